#pragma once

#include <QFrame>
#include <QStringList>

class QBoxLayout;
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

    /// Compact: one strip (icon, headline, buttons) for a page that already lists data; the
    /// large zone with its explanation is for a page that has none yet.
    void setCompact(bool compact);
    bool isCompact() const { return compact_; }

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

    bool compact_ = false;
    QBoxLayout* layout_;
    QLabel* icon_;
    QLabel* headline_;
    QLabel* hint_;
    QPushButton* files_;
    QPushButton* folder_;
};

} // namespace sr::ui
