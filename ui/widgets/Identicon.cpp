#include "widgets/Identicon.h"

#include "crypto/Keccak.h"

#include <QPainter>
#include <QPainterPath>

namespace sr::ui {

QPixmap identicon(const eth::Address& address, int size, qreal devicePixelRatio) {
    const auto& raw = address.bytes();
    const Hash32 hash = crypto::keccak256(ByteView(raw.data(), raw.size()));
    const int hue = (hash[0] << 8 | hash[1]) % 360;
    const QColor foreground = QColor::fromHsl(hue, 150 + hash[2] % 70, 95 + hash[3] % 40);
    const QColor background = QColor::fromHsl((hue + 180) % 360, 60, 232);

    QPixmap pixmap(int(size * devicePixelRatio), int(size * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath disc;
    disc.addEllipse(QRectF(0, 0, size, size));
    painter.setClipPath(disc);
    painter.fillRect(QRectF(0, 0, size, size), background);
    const qreal cell = size / 6.0;
    const qreal origin = cell / 2;
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 3; ++column) {
            const int bit = row * 3 + column;
            if (!((hash[4 + bit / 8] >> (bit % 8)) & 1))
                continue;
            for (const int c : {column, 4 - column})
                painter.fillRect(
                    QRectF(origin + c * cell, origin + row * cell, cell + 0.5, cell + 0.5),
                    foreground);
        }
    }
    return pixmap;
}

} // namespace sr::ui
