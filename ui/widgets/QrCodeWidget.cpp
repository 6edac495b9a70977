#include "widgets/QrCodeWidget.h"

#include <QPainter>
#include <qrencode.h>

namespace sr::ui {

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent) {
    setMinimumSize(120, 120);
}

void QrCodeWidget::setText(const QString& text) {
    text_ = text;
    width_ = 0;
    dark_.clear();
    const QByteArray utf8 = text.toUtf8();
    if (QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
        width_ = code->width;
        dark_.resize(std::size_t(width_) * std::size_t(width_));
        for (std::size_t i = 0; i < dark_.size(); ++i)
            dark_[i] = code->data[i] & 1;
        QRcode_free(code);
    }
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (width_ == 0)
        return;
    // Four modules of quiet zone on each side, whole pixels per module for a crisp code.
    const int total = width_ + 8;
    const int module = std::max(1, side / total);
    const int drawn = module * total;
    const QPoint origin(square.x() + (side - drawn) / 2 + 4 * module,
                        square.y() + (side - drawn) / 2 + 4 * module);
    for (int y = 0; y < width_; ++y)
        for (int x = 0; x < width_; ++x)
            if (isDark(x, y))
                painter.fillRect(origin.x() + x * module, origin.y() + y * module, module, module,
                                 Qt::black);
}

} // namespace sr::ui
