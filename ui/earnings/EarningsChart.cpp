#include "earnings/EarningsChart.h"

#include "Format.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <map>

namespace sr::ui {
namespace {

/// At most this many bars (the latest), so that each stays wide enough to see.
constexpr std::size_t kMaxBars = 24;

/// nRLC as a double, for drawing only (amounts are exact everywhere else).
double asDouble(const eth::U256& value) {
    return QString::fromStdString(value.toDecimal()).toDouble();
}

} // namespace

EarningsChart::EarningsChart(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize EarningsChart::sizeHint() const {
    return {480, 200};
}

QSize EarningsChart::minimumSizeHint() const {
    return {200, 140};
}

QColor EarningsChart::seriesColor(std::size_t i) {
    const QColor colors[] = {brand::orange,         brand::accent, brand::testnetBlue,
                             toneColor(Tone::Good), brand::yellow, brand::sandboxGrey};
    return colors[i % std::size(colors)];
}

void EarningsChart::setEarnings(const std::vector<iexec::Earning>& earnings,
                                iexec::EarningsGroup period, bool byApp,
                                const std::vector<Series>& names) {
    // One series per data (or app) that earned, in the order of `names` then of first reward.
    std::map<eth::Address, std::vector<iexec::Earning>> byKey;
    std::vector<eth::Address> order;
    for (const auto& e : earnings) {
        if (e.role == iexec::EarningRole::Other)
            continue;
        const eth::Address key = byApp ? e.app : e.dataset;
        if (byKey[key].empty())
            order.push_back(key);
        byKey[key].push_back(e);
    }
    series_.clear();
    for (const auto& key : order) {
        const auto named =
            std::find_if(names.begin(), names.end(), [&](const Series& s) { return s.key == key; });
        series_.push_back({key, named != names.end()
                                    ? named->label
                                    : QString::fromStdString(key.toChecksumHex())});
    }
    // The core sums each series by period; bars are the union of the periods, in date order.
    std::map<std::string, std::vector<eth::U256>> periods;
    for (std::size_t i = 0; i < order.size(); ++i)
        for (const auto& total : iexec::earningsTotals(byKey[order[i]], period)) {
            auto& amounts = periods[total.key];
            amounts.resize(order.size());
            amounts[i] = total.amount;
        }
    bars_.clear();
    for (auto& [key, amounts] : periods) {
        amounts.resize(order.size());
        bars_.push_back({QString::fromStdString(key), std::move(amounts)});
    }
    if (bars_.size() > kMaxBars)
        bars_.erase(bars_.begin(), bars_.end() - std::ptrdiff_t(kMaxBars));
    update();
}

void EarningsChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);

    // The legend on top, wrapped over as many lines as it needs.
    int x = 0, y = 0;
    const int swatch = fm.height() - 4;
    for (std::size_t i = 0; i < series_.size(); ++i) {
        const QString label = fm.elidedText(series_[i].label, Qt::ElideMiddle, width() / 2);
        const int w = swatch + 6 + fm.horizontalAdvance(label) + 16;
        if (x > 0 && x + w > width()) {
            x = 0;
            y += fm.height() + 2;
        }
        p.fillRect(QRect(x, y + 2, swatch, swatch), seriesColor(i));
        p.setPen(text);
        p.drawText(QRect(x + swatch + 6, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   label);
        x += w;
    }
    const int top = (series_.empty() ? 0 : y + fm.height() + 8) + fm.height() / 2;
    const int bottom = height() - fm.height() - 6;
    if (bars_.empty() || bottom <= top)
        return;

    // The largest bar sets the scale; its amount is written at the top line.
    eth::U256 largest;
    for (const auto& bar : bars_) {
        eth::U256 sum;
        for (const auto& a : bar.amounts)
            sum = sum + a;
        largest = std::max(largest, sum);
    }
    const QString topLabel = rlcAmount(largest);
    const int axis = fm.horizontalAdvance(topLabel) + 8;
    p.setPen(text);
    p.drawText(QRect(0, top - fm.height() / 2, axis - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, topLabel);
    p.setPen(QPen(grid, 1, Qt::DotLine));
    p.drawLine(axis, top, width(), top);
    p.setPen(QPen(grid, 1));
    p.drawLine(axis, bottom, width(), bottom);

    const double scale = largest.isZero() ? 0 : (bottom - top) / asDouble(largest);
    const double slot = double(width() - axis) / double(bars_.size());
    const double barWidth = std::clamp(slot * 0.6, 2.0, 56.0);
    // Period labels under the bars, as many as fit without overlapping.
    const int labelWidth = fm.horizontalAdvance(bars_.back().period) + 12;
    const std::size_t every =
        std::max<std::size_t>(1, std::size_t(labelWidth / std::max(slot, 1.0)) + 1);
    for (std::size_t b = 0; b < bars_.size(); ++b) {
        const double left = axis + slot * double(b) + (slot - barWidth) / 2;
        double base = bottom;
        for (std::size_t i = 0; i < bars_[b].amounts.size(); ++i) {
            const double h = asDouble(bars_[b].amounts[i]) * scale;
            if (h <= 0)
                continue;
            p.fillRect(QRectF(left, base - h, barWidth, h), seriesColor(i));
            base -= h;
        }
        if ((bars_.size() - 1 - b) % every == 0) {
            p.setPen(text);
            const QRectF label(axis + slot * double(b) + slot / 2 - labelWidth / 2.0, bottom + 4,
                               labelWidth, fm.height());
            if (label.left() >= 0 && label.right() <= width() + labelWidth / 2.0)
                p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, bars_[b].period);
        }
    }
}

} // namespace sr::ui
