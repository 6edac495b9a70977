#include "Resources.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

static void initStrongroomResources() {
    Q_INIT_RESOURCE(strongroom);
}

namespace sr::ui {

void initResources() {
    initStrongroomResources();
}

namespace {
void addPixmaps(QIcon& icon, const QByteArray& svgTemplate, const QColor& color, QIcon::Mode mode) {
    QByteArray svg = svgTemplate;
    // Qt's SVG renderer has no currentColor: substitute the colour we want.
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    for (int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setOpacity(color.alphaF());
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
}
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
    const QByteArray svg = file.readAll();
    QIcon icon;
    addPixmaps(icon, svg, color, QIcon::Normal);
    addPixmaps(icon, svg, selectedColor, QIcon::Selected);
    cache.insert(key, icon);
    return icon;
}

QIcon appIcon() {
    return QIcon(QStringLiteral(":/icons/strongroom.svg"));
}

} // namespace sr::ui
