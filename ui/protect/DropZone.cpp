#include "protect/DropZone.h"

#include "Resources.h"
#include "Theme.h"
#include "widgets/FileDialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace sr::ui {

DropZone::DropZone(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setAttribute(Qt::WA_StyledBackground);

    // Dashed like every drop target users know; the accent colour while something hovers.
    setStyleSheet(
        QStringLiteral("QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 12px; }"
                       "QFrame#dropZone[hovered=\"true\"] { border-color: %1; }")
            .arg(brand::accent.name()));
    layout_ = new QBoxLayout(QBoxLayout::TopToBottom, this);
    icon_ = new QLabel(this);
    icon_->setAlignment(Qt::AlignCenter);
    headline_ = new QLabel(this);
    headline_->setObjectName(QStringLiteral("cardTitle"));
    headline_->setAlignment(Qt::AlignCenter);
    headline_->setWordWrap(true);
    hint_ = new QLabel(this);
    hint_->setProperty("muted", true);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    files_ = new QPushButton(this);
    files_->setObjectName(QStringLiteral("chooseFilesButton"));
    files_->setProperty("primary", true);
    folder_ = new QPushButton(this);
    folder_->setObjectName(QStringLiteral("chooseFolderButton"));
    buttons->addStretch(1);
    buttons->addWidget(files_);
    buttons->addWidget(folder_);
    buttons->addStretch(1);
    layout_->addStretch(1);
    layout_->addWidget(icon_);
    layout_->addWidget(headline_);
    layout_->addWidget(hint_);
    layout_->addLayout(buttons);
    layout_->addStretch(1);
    connect(files_, &QPushButton::clicked, this, &DropZone::chooseFiles);
    connect(folder_, &QPushButton::clicked, this, &DropZone::chooseFolder);
    compact_ = true; // so that the call below lays the large zone out
    setCompact(false);
}

void DropZone::setCompact(bool compact) {
    if (compact == compact_)
        return;
    compact_ = compact;
    // The strip reads left to right: icon, headline, then the buttons at the far end.
    layout_->setDirection(compact ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    layout_->setContentsMargins(compact ? 16 : 24, compact ? 10 : 20, compact ? 16 : 24,
                                compact ? 10 : 20);
    layout_->setSpacing(compact ? 12 : 8);
    headline_->setAlignment(compact ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    headline_->setObjectName(compact ? QString() : QStringLiteral("cardTitle"));
    headline_->style()->unpolish(headline_);
    headline_->style()->polish(headline_);
    hint_->setVisible(!compact);
    // Large: centred between two stretches. Strip: the headline takes the room.
    layout_->setStretch(0, compact ? 0 : 1);
    layout_->setStretch(2, compact ? 1 : 0);
    layout_->setStretch(5, compact ? 0 : 1);
    setMinimumHeight(compact ? 0 : 190);
    retranslate();
}

void DropZone::retranslate() {
    headline_->setText(tr("Drop files or folders here to protect them"));
    setAccessibleName(headline_->text());
    hint_->setText(tr("They are encrypted on this computer before anything leaves it. You "
                      "review the name and what becomes public before anything is sent."));
    files_->setText(tr("Choose files…"));
    folder_->setText(tr("Choose a folder…"));
    const int size = compact_ ? 24 : 40;
    icon_->setPixmap(lineIcon(QStringLiteral("protected-data"), iconColor()).pixmap(size, size));
}

void DropZone::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QFrame::changeEvent(event);
}

QStringList DropZone::localPaths(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {}; // a web link mixed in: not something we can protect as is
        paths << url.toLocalFile();
    }
    return paths;
}

void DropZone::setHovered(bool hovered) {
    setProperty("hovered", hovered);
    style()->unpolish(this);
    style()->polish(this);
}

void DropZone::dragEnterEvent(QDragEnterEvent* event) {
    if (localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setHovered(true);
}

void DropZone::dragMoveEvent(QDragMoveEvent* event) {
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event) {
    setHovered(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event) {
    setHovered(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit pathsChosen(paths);
}

void DropZone::chooseFiles() {
    const QStringList files =
        FileDialog::choose(this, FileDialog::Mode::OpenFiles, tr("Choose files to protect"));
    if (!files.isEmpty())
        emit pathsChosen(files);
}

void DropZone::chooseFolder() {
    const QString folder =
        FileDialog::chooseOne(this, FileDialog::Mode::Folder, tr("Choose a folder to protect"));
    if (!folder.isEmpty())
        emit pathsChosen({folder});
}

} // namespace sr::ui
