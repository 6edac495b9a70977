#include "InfoPage.h"

#include "Resources.h"
#include "Theme.h"
#include "widgets/Card.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sr::ui {

InfoPage::InfoPage(const QString& iconName, std::function<Texts()> texts, QWidget* parent)
    : Page(parent), iconName_(iconName), texts_(std::move(texts)) {
    auto* card = new Card(this);
    auto* row = new QHBoxLayout;
    row->setSpacing(20);
    icon_ = new QLabel(card);
    icon_->setAlignment(Qt::AlignTop);
    auto* column = new QVBoxLayout;
    headline_ = new QLabel(card);
    headline_->setObjectName(QStringLiteral("cardTitle"));
    headline_->setWordWrap(true);
    body_ = new QLabel(card);
    body_->setObjectName(QStringLiteral("emptyStateText"));
    body_->setWordWrap(true);
    body_->setProperty("muted", true);
    column->addWidget(headline_);
    column->addWidget(body_);
    row->addWidget(icon_);
    row->addLayout(column, 1);
    card->body()->addLayout(row);
    content()->addWidget(card);
    retranslate();
}

void InfoPage::retranslate() {
    const Texts t = texts_();
    setHeading(t.title, t.subtitle);
    headline_->setText(t.headline);
    body_->setText(t.body);
    icon_->setPixmap(lineIcon(iconName_, iconColor()).pixmap(48, 48));
}

void InfoPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        icon_->setPixmap(lineIcon(iconName_, iconColor()).pixmap(48, 48));
    Page::changeEvent(event);
}

} // namespace sr::ui
