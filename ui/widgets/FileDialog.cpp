#include "widgets/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

namespace sr::ui {
namespace {

QString& lastFolder() {
    static QString folder;
    return folder;
}

// QFileSystemModel writes sizes and dates in the desktop's locale; the app may speak another.
class LocalizedFiles : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override {
        const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
        if (files && role == Qt::DisplayRole) {
            const QModelIndex source = mapToSource(index);
            if (index.column() == kSize && !files->isDir(source))
                return QLocale().formattedDataSize(files->size(source));
            if (index.column() == kModified)
                return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    // QFileSystemModel's columns: name, size, type, date modified.
    static constexpr int kSize = 1;
    static constexpr int kModified = 3;
};

} // namespace

QString FileDialog::startFolder() {
    const QString last = lastFolder();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

QStringList FileDialog::choose(QWidget* parent, Mode mode, const QString& title,
                               const QString& filter, const QString& suggested) {
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setProxyModel(new LocalizedFiles(&dialog));
    switch (mode) {
    case Mode::OpenFile:
        dialog.setFileMode(QFileDialog::ExistingFile);
        break;
    case Mode::OpenFiles:
        dialog.setFileMode(QFileDialog::ExistingFiles);
        break;
    case Mode::Folder:
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        break;
    case Mode::Save:
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        break;
    }
    if (!filter.isEmpty())
        dialog.setNameFilter(filter);
    const bool suggestsFolder = mode != Mode::Save && !suggested.isEmpty();
    dialog.setDirectory(suggestsFolder && QFileInfo(suggested).isDir() ? suggested : startFolder());
    if (mode == Mode::Save && !suggested.isEmpty())
        dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QStringList chosen = dialog.selectedFiles();
    const QFileInfo first(chosen.first());
    lastFolder() = mode == Mode::Folder ? first.absoluteFilePath() : first.absolutePath();
    return chosen;
}

QString FileDialog::chooseOne(QWidget* parent, Mode mode, const QString& title,
                              const QString& filter, const QString& suggested) {
    const QStringList chosen = choose(parent, mode, title, filter, suggested);
    return chosen.isEmpty() ? QString() : chosen.first();
}

} // namespace sr::ui
