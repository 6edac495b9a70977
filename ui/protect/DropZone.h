#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QMimeData;
class QPushButton;

namespace sr::ui {

/// Where files and folders are dropped to be protected: accepts drags that carry local file
/// URLs (one file, several, folders), and offers "Choose files…" and "Choose a folder…" for
/// those who do not drag. Says nothing about what happens next: it emits the paths.
class DropZone : public QFrame {
    Q_OBJECT
public:
    explicit DropZone(QWidget* parent = nullptr);

    /// The local paths a drag carries, or none when it carries anything else.
    static QStringList localPaths(const QMimeData* mime);

signals:
    void pathsChosen(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setHovered(bool hovered);
    void chooseFiles();
    void chooseFolder();

    QLabel* icon_;
    QLabel* headline_;
    QLabel* hint_;
    QPushButton* files_;
    QPushButton* folder_;
};

} // namespace sr::ui
