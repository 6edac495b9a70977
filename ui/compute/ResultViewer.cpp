#include "compute/ResultViewer.h"

#include "Async.h"
#include "ErrorText.h"
#include "util/Csv.h"
#include "util/Error.h"
#include "widgets/FileDialog.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

constexpr qint64 kPreviewBytes = 1 << 20;
constexpr int kTableRows = 1000;

QString suffixOf(const std::filesystem::path& file) {
    return QString::fromStdString(file.extension().string()).toLower();
}

} // namespace

ResultViewer::ResultViewer(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    files_ = new QListWidget(split);
    files_->setObjectName(QStringLiteral("resultFiles"));
    files_->setMinimumWidth(120);
    stack_ = new QStackedWidget(split);
    stack_->setObjectName(QStringLiteral("resultPreview"));
    message_ = new QLabel(stack_);
    message_->setObjectName(QStringLiteral("resultMessage"));
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);
    message_->setProperty("muted", true);
    text_ = new QPlainTextEdit(stack_);
    text_->setObjectName(QStringLiteral("resultText"));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    table_ = new QTableWidget(stack_);
    table_->setObjectName(QStringLiteral("resultTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    imageArea_ = new QScrollArea(stack_);
    image_ = new QLabel(imageArea_);
    image_->setObjectName(QStringLiteral("resultImage"));
    image_->setAlignment(Qt::AlignCenter);
    imageArea_->setWidget(image_);
    imageArea_->setWidgetResizable(true);
    for (QWidget* w : {static_cast<QWidget*>(message_), static_cast<QWidget*>(text_),
                       static_cast<QWidget*>(table_), static_cast<QWidget*>(imageArea_)})
        stack_->addWidget(w);
    split->addWidget(files_);
    split->addWidget(stack_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("resultNote"));
    note_->setWordWrap(true);
    note_->setProperty("muted", true);
    note_->hide();
    layout->addWidget(note_);
    auto* actions = new QHBoxLayout;
    saveAs_ = new QPushButton(this);
    saveAs_->setObjectName(QStringLiteral("resultSaveAs"));
    openFolder_ = new QPushButton(this);
    openFolder_->setObjectName(QStringLiteral("resultOpenFolder"));
    actions->addStretch(1);
    actions->addWidget(openFolder_);
    actions->addWidget(saveAs_);
    layout->addLayout(actions);

    connect(files_, &QListWidget::currentRowChanged, this, &ResultViewer::select);
    connect(openFolder_, &QPushButton::clicked, this, [this] {
        if (!folder_.empty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QString::fromStdString(folder_)));
    });
    connect(saveAs_, &QPushButton::clicked, this, [this] {
        const QString name = currentFile();
        if (name.isEmpty())
            return;
        const QString target =
            FileDialog::chooseOne(this, FileDialog::Mode::Save, tr("Save a file of the result"),
                                  QString(), name.section(QLatin1Char('/'), -1));
        if (!target.isEmpty())
            saveCurrentTo(target);
    });
    retranslate();
    clearResult();
}

void ResultViewer::setResult(const std::filesystem::path& folder, const QStringList& files,
                             const QString& first) {
    folder_ = folder;
    const QSignalBlocker blocker(files_);
    files_->clear();
    files_->addItems(files);
    const int at = first.isEmpty() ? -1 : int(files.indexOf(first));
    saveAs_->setEnabled(!files.isEmpty());
    openFolder_->setEnabled(true);
    if (files.isEmpty()) {
        select(-1);
        return;
    }
    files_->setCurrentRow(at < 0 ? 0 : at);
    select(files_->currentRow());
}

void ResultViewer::clearResult() {
    folder_.clear();
    const QSignalBlocker blocker(files_);
    files_->clear();
    saveAs_->setEnabled(false);
    openFolder_->setEnabled(false);
    select(-1);
}

QString ResultViewer::currentFile() const {
    const auto* item = files_->currentItem();
    return item ? item->text() : QString();
}

void ResultViewer::select(int row) {
    ++generation_;
    note_->hide();
    if (row < 0 || folder_.empty()) {
        kind_ = PreviewKind::None;
        message_->setText(folder_.empty() ? QString() : tr("This result holds no file."));
        stack_->setCurrentWidget(message_);
        return;
    }
    const std::filesystem::path file = folder_ / files_->item(row)->text().toStdString();
    message_->setText(tr("Reading…"));
    stack_->setCurrentWidget(message_);
    runAsync(
        this, [file] { return readPreview(file); },
        [this, generation = generation_](AsyncResult<Preview> result) {
            if (generation != generation_)
                return;
            if (!result.ok()) {
                Preview failed;
                failed.kind = PreviewKind::Unreadable;
                failed.error = errorText(*result.error);
                showPreview(failed);
                return;
            }
            showPreview(*result.value);
        });
}

ResultViewer::Preview ResultViewer::readPreview(const std::filesystem::path& file) {
    Preview p;
    const QString path = QString::fromStdString(file.string());
    const QString suffix = suffixOf(file);
    if (QImageReader::supportedImageFormats().contains(suffix.mid(1).toLatin1()) &&
        !suffix.isEmpty()) {
        QImageReader reader(path);
        p.image = reader.read();
        if (p.image.isNull()) {
            p.kind = PreviewKind::Unreadable;
            p.error = reader.errorString();
        } else {
            p.kind = PreviewKind::Image;
        }
        return p;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p.kind = PreviewKind::Unreadable;
        p.error = f.errorString();
        return p;
    }
    const QByteArray bytes = f.read(kPreviewBytes);
    p.cut = f.size() > kPreviewBytes;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (bytes.contains('\0') || (utf8.hasError() && !p.cut)) {
        p.kind = PreviewKind::None; // binary: no preview
        return p;
    }
    p.text = text;
    p.kind = PreviewKind::Text;
    if (suffix == QLatin1String(".json") && !p.cut) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError) {
            p.text = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
            p.kind = PreviewKind::Json;
        }
    } else if (suffix == QLatin1String(".csv")) {
        // A preview cut short ends inside a record: only whole lines are read as CSV.
        QByteArray whole = bytes;
        if (p.cut)
            whole.truncate(whole.lastIndexOf('\n') + 1);
        try {
            for (const auto& record :
                 sr::parseCsv(std::string_view(whole.constData(), std::size_t(whole.size())))) {
                QStringList row;
                for (const auto& field : record)
                    row << QString::fromStdString(field);
                p.rows.push_back(row);
                if (p.rows.size() > std::size_t(kTableRows) + 1) {
                    p.rows.pop_back();
                    p.cut = true;
                    break;
                }
            }
            p.kind = PreviewKind::Csv;
        } catch (const Error&) {
            p.rows.clear(); // not valid CSV: shown as the text it is
        }
    }
    return p;
}

void ResultViewer::showPreview(const Preview& p) {
    kind_ = p.kind;
    switch (p.kind) {
    case PreviewKind::Text:
    case PreviewKind::Json:
        text_->setPlainText(p.text);
        stack_->setCurrentWidget(text_);
        break;
    case PreviewKind::Csv: {
        const QStringList header = p.rows.empty() ? QStringList() : p.rows.front();
        int columns = 0;
        for (const auto& r : p.rows)
            columns = std::max(columns, int(r.size()));
        table_->clear();
        table_->setColumnCount(columns);
        table_->setRowCount(p.rows.empty() ? 0 : int(p.rows.size()) - 1);
        table_->setHorizontalHeaderLabels(header);
        for (std::size_t r = 1; r < p.rows.size(); ++r)
            for (int c = 0; c < p.rows[r].size(); ++c)
                table_->setItem(int(r) - 1, c, new QTableWidgetItem(p.rows[r][c]));
        table_->resizeColumnsToContents();
        stack_->setCurrentWidget(table_);
        break;
    }
    case PreviewKind::Image:
        image_->setPixmap(QPixmap::fromImage(p.image));
        stack_->setCurrentWidget(imageArea_);
        break;
    case PreviewKind::Unreadable:
        message_->setText(tr("This file cannot be read: %1").arg(p.error));
        stack_->setCurrentWidget(message_);
        break;
    case PreviewKind::None:
        message_->setText(tr("No preview for this kind of file: save it or open the folder."));
        stack_->setCurrentWidget(message_);
        break;
    }
    if (p.cut) {
        note_->setText(tr("The preview shows the beginning of the file only; Save as… copies "
                          "all of it."));
        note_->show();
    }
    emit previewShown();
}

void ResultViewer::saveCurrentTo(const QString& target) {
    const QString name = currentFile();
    if (name.isEmpty())
        return;
    const std::filesystem::path from = folder_ / name.toStdString();
    const std::filesystem::path to = target.toStdString();
    runAsync(
        this,
        [from, to] {
            std::error_code error;
            std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing,
                                       error);
            if (error)
                throw Error(ErrorCode::Io, "Could not copy " + from.filename().string() + " to " +
                                               to.string() + ": " + error.message() + ".");
        },
        [this, target](AsyncResult<void> result) {
            emit saved(target, result.ok() ? QString() : errorText(*result.error));
        });
}

void ResultViewer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultViewer::retranslate() {
    saveAs_->setText(tr("Save as…"));
    openFolder_->setText(tr("Open folder"));
    saveAs_->setToolTip(tr("Copy the selected file anywhere"));
    openFolder_->setToolTip(tr("Show the result's folder in the file manager"));
}

} // namespace sr::ui
