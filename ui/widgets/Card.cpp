#include "Card.h"

#include "Theme.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QVBoxLayout>

namespace sr::ui {

Card::Card(QWidget* parent) : QFrame(parent) {
    setProperty("card", true);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 2);
    shadow->setColor(brand::cardShadow);
    setGraphicsEffect(shadow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(10);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("cardTitle"));
    title_->hide();
    layout->addWidget(title_);
    body_ = new QVBoxLayout;
    body_->setSpacing(8);
    layout->addLayout(body_);
}

void Card::setTitle(const QString& title) {
    title_->setText(title);
    title_->setVisible(!title.isEmpty());
}

} // namespace sr::ui
