#pragma once

#include "iexec/Earnings.h"

#include <QString>
#include <QWidget>
#include <vector>

namespace sr::ui {

/// Earnings over time as stacked bars: one bar per day, week or month, its parts the data (or
/// the apps) that earned in it. Painted here with QPainter in the theme's colours: Qt Charts is
/// not among the packages the product ships with, and a bar chart needs little.
class EarningsChart : public QWidget {
    Q_OBJECT
public:
    /// A part of the chart: what earned (a data or an app) and its label.
    struct Series {
        eth::Address key;
        QString label;
    };
    /// One bar: its period ("2026-12-07", "2026-W49", "2026-12") and the nRLC of each series.
    struct Bar {
        QString period;
        std::vector<eth::U256> amounts;
    };

    explicit EarningsChart(QWidget* parent = nullptr);

    /// Sums `earnings` by `period` (Day, Week or Month) and by data (`byApp` false) or by app.
    void setEarnings(const std::vector<iexec::Earning>& earnings, iexec::EarningsGroup period,
                     bool byApp, const std::vector<Series>& names);

    const std::vector<Series>& series() const { return series_; }
    const std::vector<Bar>& bars() const { return bars_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// The colour of series `i`, from the theme.
    static QColor seriesColor(std::size_t i);

    std::vector<Series> series_;
    std::vector<Bar> bars_;
};

} // namespace sr::ui
