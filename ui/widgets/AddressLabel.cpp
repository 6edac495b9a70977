#include "AddressLabel.h"

#include "Resources.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
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
    shown_ = isAddress ? shorten(value) : value;
    text_->setToolTip(value);
    copy_->setVisible(!value.isEmpty());
    elide();
    updateGeometry();
}

int AddressLabel::widthFor(const QString& text) const {
    const auto* layout = this->layout();
    const QMargins m = text_->contentsMargins();
    return text_->fontMetrics().horizontalAdvance(text) + m.left() + m.right() +
           2 * text_->margin() +
           (copy_->isVisibleTo(this) ? layout->spacing() + copy_->sizeHint().width() : 0);
}

QSize AddressLabel::sizeHint() const {
    return {widthFor(shown_), QWidget::sizeHint().height()};
}

QSize AddressLabel::minimumSizeHint() const {
    // A long value may be cut down to about an address's short form.
    return {widthFor(shown_.size() <= 12 ? shown_ : shorten(shown_, 12)),
            QWidget::minimumSizeHint().height()};
}

void AddressLabel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    elide();
}

void AddressLabel::elide() {
    // The text gets the width less the copy button and the label's margins.
    const int room = width() - widthFor(QString());
    text_->setText(widthFor(shown_) <= width() ? shown_
                                               : text_->fontMetrics().elidedText(
                                                     shown_, Qt::ElideMiddle, std::max(0, room)));
}

void AddressLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        elide();
    else if (event->type() == QEvent::PaletteChange)
        copy_->setIcon(lineIcon(QStringLiteral("copy"), iconColor()));
    QWidget::changeEvent(event);
}

void AddressLabel::retranslate() {
    copy_->setToolTip(tr("Copy to the clipboard"));
}

} // namespace sr::ui
