#include "Resources.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

static void initStrongroomResources() {
    Q_INIT_RESOURCE(strongroom);
}

namespace sr::ui {

void initResources() {
    initStrongroomResources();
}

namespace {

/// One of our line icons, drawn at the size asked for when first asked (and kept), instead of
/// at every size up front: most icons are only ever shown at one size, many never.
class LineIconEngine : public QIconEngine {
public:
    LineIconEngine(QByteArray svg, QColor color, QColor selectedColor)
        : svg_(std::move(svg)), color_(color), selectedColor_(selectedColor) {}

    QIconEngine* clone() const override { return new LineIconEngine(*this); }
    QString key() const override { return QStringLiteral("strongroom-line-icon"); }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override {
        return {{16, 16}, {20, 20}, {24, 24}, {32, 32}, {48, 48}, {64, 64}};
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override {
        if (size.isEmpty())
            return {};
        const bool selected = mode == QIcon::Selected;
        const quint64 key = (quint64(size.width()) << 32) | (quint64(size.height()) << 2) |
                            (selected ? 1u : 0u) | (mode == QIcon::Disabled ? 2u : 0u);
        if (auto it = drawn_.constFind(key); it != drawn_.constEnd())
            return *it;
        QPixmap pm = draw(size, selected ? selectedColor_ : color_);
        if (mode == QIcon::Disabled) {
            // Greyed as the style greys any other icon.
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            pm = QApplication::style()->generatedIconPixmap(QIcon::Disabled, pm, &option);
        }
        drawn_.insert(key, pm);
        return pm;
    }

private:
    QPixmap draw(const QSize& size, const QColor& color) const {
        QByteArray svg = svg_;
        // Qt's SVG renderer has no currentColor: substitute the colour we want.
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setOpacity(color.alphaF());
        renderer.render(&painter);
        painter.end();
        return pm;
    }

    QByteArray svg_;
    QColor color_;
    QColor selectedColor_;
    QHash<quint64, QPixmap> drawn_;
};

} // namespace

QIcon lineIcon(const QString& name, const QColor& color) {
    return lineIcon(name, color, color);
}

QIcon lineIcon(const QString& name, const QColor& color, const QColor& selectedColor) {
    static QHash<QString, QIcon> cache;
    const QString key = name + QLatin1Char('/') + color.name(QColor::HexArgb) + QLatin1Char('/') +
                        selectedColor.name(QColor::HexArgb);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QIcon icon(new LineIconEngine(file.readAll(), color, selectedColor));
    cache.insert(key, icon);
    return icon;
}

QIcon appIcon() {
    return QIcon(QStringLiteral(":/icons/strongroom.svg"));
}

} // namespace sr::ui
