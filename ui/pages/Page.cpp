#include "Page.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sr::ui {

Page::Page(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    inner->setObjectName(QStringLiteral("pageBody"));
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    title_ = new QLabel(inner);
    title_->setObjectName(QStringLiteral("pageTitle"));
    subtitle_ = new QLabel(inner);
    subtitle_->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle_->setWordWrap(true);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    content_ = new QVBoxLayout;
    content_->setSpacing(16);
    layout->addLayout(content_);
    layout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
}

void Page::setHeading(const QString& title, const QString& subtitle) {
    title_->setText(title);
    subtitle_->setText(subtitle);
    subtitle_->setVisible(!subtitle.isEmpty());
}

void Page::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sr::ui
