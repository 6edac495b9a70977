#include "AddressLabel.h"

#include "Resources.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sr::ui {

AddressLabel::AddressLabel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    text_ = new QLabel(this);
    text_->setProperty("mono", true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    copy_ = new QToolButton(this);
    copy_->setObjectName(QStringLiteral("copyButton"));
    copy_->setAutoRaise(true);
    copy_->setIcon(lineIcon(QStringLiteral("copy"), iconColor()));
    copy_->setIconSize(QSize(14, 14));
    layout->addWidget(text_);
    layout->addWidget(copy_);
    layout->addStretch(1);
    connect(copy_, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(value_); });
    retranslate();
}

QString AddressLabel::shorten(const QString& value, int maxChars) {
    if (value.size() <= maxChars)
        return value;
    const int head = value.startsWith(QLatin1String("0x")) ? 6 : maxChars / 2;
    const int tail = value.startsWith(QLatin1String("0x")) ? 4 : maxChars - head - 1;
    return value.left(head) + QChar(0x2026) + value.right(tail);
}

void AddressLabel::setValue(const QString& value) {
    value_ = value;
    const bool isAddress = value.startsWith(QLatin1String("0x")) && value.size() == 42;
    text_->setText(isAddress ? shorten(value) : value);
    text_->setToolTip(value);
    copy_->setVisible(!value.isEmpty());
}

void AddressLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        copy_->setIcon(lineIcon(QStringLiteral("copy"), iconColor()));
    QWidget::changeEvent(event);
}

void AddressLabel::retranslate() {
    copy_->setToolTip(tr("Copy to the clipboard"));
}

} // namespace sr::ui
