#include "Card.h"

#include "Theme.h"

#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sr::ui {
namespace {

// The shadow: the card's rounded shape, 2 px lower, blurred over 18 px around it (the reach
// of the blur QGraphicsDropShadowEffect drew with a blur radius of 18; a Gaussian of
// sigma 4.25 matches it within 2 grey levels).
constexpr int kShadowReach = 18;
constexpr int kShadowDrop = 2;
constexpr double kShadowSigma = 4.25;
constexpr int kCornerRadius = 6; // the style sheet's border-radius of a card
/// Half the side of the shape blurred once for all cards: far enough from its corners that
/// the middle of each side is a straight edge's profile (corner radius + the kernel's reach,
/// 3 sigma, with room to spare).
constexpr int kCore = kCornerRadius + 20;

/// The shadow of a square card of side 2 * kCore with kShadowReach around it: its corners
/// are the corners of every card's shadow, its middle row and column the sides' profile.
/// Computed once (88 x 88 pixels, 31 KB), shared by every card.
const QImage& shadowTile() {
    static const QImage tile = [] {
        const int shape = 2 * kCore;
        const int side = shape + 2 * kShadowReach;
        QImage mask(side, side, QImage::Format_ARGB32_Premultiplied);
        mask.fill(Qt::transparent);
        {
            QPainter p(&mask);
            p.setRenderHint(QPainter::Antialiasing);
            QPainterPath path;
            path.addRoundedRect(QRectF(kShadowReach, kShadowReach, shape, shape), kCornerRadius,
                                kCornerRadius);
            p.fillPath(path, Qt::black);
        }
        const int reach = int(std::ceil(3 * kShadowSigma));
        std::vector<double> kernel(std::size_t(2 * reach + 1));
        double sum = 0;
        for (int i = -reach; i <= reach; ++i)
            sum += kernel[std::size_t(i + reach)] =
                std::exp(-double(i * i) / (2 * kShadowSigma * kShadowSigma));
        for (double& weight : kernel)
            weight /= sum;
        // A Gaussian is separable: along the rows, then along the columns.
        std::vector<double> coverage(std::size_t(side * side));
        std::vector<double> rows(coverage.size());
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                coverage[std::size_t(y * side + x)] = qAlpha(mask.pixel(x, y)) / 255.0;
        auto blur = [&](const std::vector<double>& from, std::vector<double>& to, int dx, int dy) {
            for (int y = 0; y < side; ++y)
                for (int x = 0; x < side; ++x) {
                    double value = 0;
                    for (int i = -reach; i <= reach; ++i) {
                        const int sx = x + i * dx;
                        const int sy = y + i * dy;
                        if (sx >= 0 && sx < side && sy >= 0 && sy < side)
                            value +=
                                kernel[std::size_t(i + reach)] * from[std::size_t(sy * side + sx)];
                    }
                    to[std::size_t(y * side + x)] = value;
                }
        };
        blur(coverage, rows, 1, 0);
        blur(rows, coverage, 0, 1);
        QImage out(side, side, QImage::Format_ARGB32_Premultiplied);
        const QColor colour = brand::cardShadow;
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                const int alpha =
                    int(std::lround(coverage[std::size_t(y * side + x)] * colour.alpha()));
                out.setPixel(
                    x, y, qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), alpha)));
            }
        return out;
    }();
    return tile;
}

/// Paints the shadow into `area` (a card's shadowRect): the tile's corners as they are, its
/// middle row and column stretched along the sides. The middle is left out: the card covers it.
void paintShadow(QPainter& p, const QRect& area) {
    const QImage& tile = shadowTile();
    const int side = tile.width();
    const int mid = side / 2;
    const int cornerW = std::min(kShadowReach + kCore, area.width() / 2);
    const int cornerH = std::min(kShadowReach + kCore, area.height() / 2);
    const int left = area.left();
    const int top = area.top();
    const int right = area.left() + area.width() - cornerW;
    const int bottom = area.top() + area.height() - cornerH;
    p.drawImage(QRect(left, top, cornerW, cornerH), tile, QRect(0, 0, cornerW, cornerH));
    p.drawImage(QRect(right, top, cornerW, cornerH), tile,
                QRect(side - cornerW, 0, cornerW, cornerH));
    p.drawImage(QRect(left, bottom, cornerW, cornerH), tile,
                QRect(0, side - cornerH, cornerW, cornerH));
    p.drawImage(QRect(right, bottom, cornerW, cornerH), tile,
                QRect(side - cornerW, side - cornerH, cornerW, cornerH));
    const int width = area.width() - 2 * cornerW;
    const int height = area.height() - 2 * cornerH;
    if (width > 0) {
        p.drawImage(QRect(left + cornerW, top, width, cornerH), tile, QRect(mid, 0, 1, cornerH));
        p.drawImage(QRect(left + cornerW, bottom, width, cornerH), tile,
                    QRect(mid, side - cornerH, 1, cornerH));
    }
    if (height > 0) {
        p.drawImage(QRect(left, top + cornerH, cornerW, height), tile, QRect(0, mid, cornerW, 1));
        p.drawImage(QRect(right, top + cornerH, cornerW, height), tile,
                    QRect(side - cornerW, mid, cornerW, 1));
    }
}

} // namespace

Card::Card(QWidget* parent) : QFrame(parent) {
    setProperty("card", true);
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
    followParent();
}

Card::~Card() {
    // The host repaints the card's own area, not the shadow around it. (A host being
    // destroyed has already cleared host_.)
    if (host_)
        host_->update(painted_);
}

void Card::setTitle(const QString& title) {
    title_->setText(title);
    title_->setVisible(!title.isEmpty());
}

QRect Card::shadowRect() const {
    return geometry()
        .translated(0, kShadowDrop)
        .adjusted(-kShadowReach, -kShadowReach, kShadowReach, kShadowReach);
}

void Card::followParent() {
    if (host_ == parentWidget())
        return;
    if (host_) {
        host_->removeEventFilter(this);
        host_->update(painted_);
    }
    host_ = parentWidget();
    painted_ = QRect();
    if (host_) {
        host_->installEventFilter(this);
        repaintShadow();
    }
}

void Card::repaintShadow() {
    if (!host_)
        return;
    const QRect now = isVisibleTo(host_) ? shadowRect() : QRect();
    if (now == painted_)
        return;
    // The host repaints what the card uncovers, not the band of shadow around it.
    host_->update(painted_);
    host_->update(now);
    painted_ = now;
}

bool Card::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::ParentChange:
        followParent();
        break;
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        repaintShadow();
        break;
    default:
        break;
    }
    return QFrame::event(event);
}

bool Card::eventFilter(QObject* watched, QEvent* event) {
    // The host's background is already painted when its paint event comes, its children
    // (this card among them) after it: the shadow lands between the two.
    if (watched == host_ && event->type() == QEvent::Paint && isVisibleTo(host_)) {
        const QRect area = shadowRect();
        if (static_cast<QPaintEvent*>(event)->region().intersects(area)) {
            QPainter p(host_);
            paintShadow(p, area);
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sr::ui
