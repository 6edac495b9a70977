#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <filesystem>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;

namespace sr::ui {

/// The files of a computation's result, unpacked in a folder of their own: the list, and a
/// preview of the selected one (text as is, JSON pretty-printed, CSV as a table, images), Save
/// as… (a copy anywhere) and Open folder (the desktop's file manager). Files are read off the
/// GUI thread; previews read at most the first MiB of text (the copy is whole).
class ResultViewer : public QWidget {
    Q_OBJECT
public:
    explicit ResultViewer(QWidget* parent = nullptr);

    /// Shows the result in `folder`, whose files are `files` (relative names, as unpacked);
    /// selects `first` when it is one of them (the app's deterministic output), else the first.
    void setResult(const std::filesystem::path& folder, const QStringList& files,
                   const QString& first = {});
    void clearResult();
    std::filesystem::path folder() const { return folder_; }
    /// The selected file's relative name.
    QString currentFile() const;
    /// Copies the selected file to `target` (replacing it), off the GUI thread; saved() says
    /// how it went.
    void saveCurrentTo(const QString& target);

    /// What the preview shows: for the tests.
    enum class PreviewKind { None, Text, Json, Csv, Image, Unreadable };
    PreviewKind previewKind() const { return kind_; }

signals:
    /// A preview is on screen (or its failure said).
    void previewShown();
    /// saveCurrentTo ended: `error` empty when written.
    void saved(const QString& target, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Preview {
        PreviewKind kind = PreviewKind::None;
        QString text;
        std::vector<QStringList> rows;
        QImage image;
        bool cut = false;
        QString error;
    };
    static Preview readPreview(const std::filesystem::path& file);
    void showPreview(const Preview& preview);
    void select(int row);
    void retranslate();

    std::filesystem::path folder_;
    PreviewKind kind_ = PreviewKind::None;
    int generation_ = 0;
    QListWidget* files_;
    QStackedWidget* stack_;
    QPlainTextEdit* text_;
    QTableWidget* table_;
    QScrollArea* imageArea_;
    QLabel* image_;
    QLabel* message_;
    QLabel* note_;
    QPushButton* saveAs_;
    QPushButton* openFolder_;
};

} // namespace sr::ui
