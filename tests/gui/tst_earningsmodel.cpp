// The Earnings page's model and filter on their own (no network): rows newest first, other
// rewards left out, a new reward inserted without a reset, names, filters by data, app and
// text, amounts sorted as numbers; QAbstractItemModelTester watches both models throughout.
#include "earnings/EarningsChart.h"
#include "earnings/EarningsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace sr;
using namespace sr::ui;
using eth::Address;
using eth::U256;
using iexec::EarningRole;

namespace {

Address address(int n) {
    Bytes b(20, 0);
    b[19] = static_cast<std::uint8_t>(n);
    return Address::fromBytes(b);
}

Hash32 hash(int n) {
    Hash32 h{};
    h[31] = static_cast<std::uint8_t>(n);
    return h;
}

iexec::Earning earning(int task, int data, int app, std::uint64_t amount, EarningRole role,
                       std::uint64_t timestamp) {
    iexec::Earning e;
    e.task = hash(task);
    e.transaction = hash(100 + task);
    e.dataset = address(data);
    e.app = address(app);
    e.requester = address(50);
    e.role = role;
    e.amount = U256(amount);
    e.timestamp = timestamp;
    return e;
}

std::vector<std::string> amountsShown(const EarningsFilter& filter) {
    std::vector<std::string> out;
    for (const auto& e : filter.shown())
        out.push_back(e.amount.toDecimal());
    return out;
}

} // namespace

class EarningsModelTest : public QObject {
    Q_OBJECT
private slots:
    void rowsFiltersAndSorting() {
        EarningsModel model;
        EarningsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<iexec::Earning> chain = {
            earning(1, 1, 10, 9, EarningRole::Data, 1000),
            earning(2, 2, 10, 10, EarningRole::Data, 2000),
            earning(3, 1, 11, 100, EarningRole::Other, 3000), // a workerpool's: not the page's
            earning(4, 1, 11, 2, EarningRole::App, 4000)};
        model.setEarnings(chain);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.at(0).task == hash(4)); // newest first
        QVERIFY(model.at(2).task == hash(1));

        // A new reward comes in at the top, the others stay (no reset).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        chain.push_back(earning(5, 2, 11, 1000, EarningRole::Data, 5000));
        model.setEarnings(chain);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.at(0).task == hash(5));

        // Names where known, shortened addresses else; the filter matches both.
        model.setNames({{address(1), QStringLiteral("my email")}}, {});
        QCOMPARE(model.index(3, EarningsModel::Data).data().toString(), QStringLiteral("my email"));
        QVERIFY(
            model.index(0, EarningsModel::Data).data().toString().startsWith(QStringLiteral("0x")));
        filter.setText(QStringLiteral("MY EMAIL"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QString::fromStdString(address(2).toChecksumHex()));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("nothing like this"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText({});
        QCOMPARE(filter.rowCount(), 4);

        // Amounts sort as numbers (9 before 10 before 1000), dates as times.
        filter.sort(EarningsModel::Amount, Qt::AscendingOrder);
        QCOMPARE(amountsShown(filter), (std::vector<std::string>{"2", "9", "10", "1000"}));
        filter.sort(EarningsModel::Date, Qt::AscendingOrder);
        QCOMPARE(amountsShown(filter), (std::vector<std::string>{"9", "10", "2", "1000"}));

        // Data and app filters, together.
        filter.setDataFilter(address(1));
        QCOMPARE(amountsShown(filter), (std::vector<std::string>{"9", "2"}));
        filter.setAppFilter(address(11));
        QCOMPARE(amountsShown(filter), (std::vector<std::string>{"2"}));
        filter.setDataFilter(std::nullopt);
        QCOMPARE(amountsShown(filter), (std::vector<std::string>{"2", "1000"}));
        filter.setAppFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 4);

        // Nothing left (another account).
        model.setEarnings({});
        QCOMPARE(filter.rowCount(), 0);
    }

    // The chart sums by day, week or month and by data or app, through the core's totals.
    void chartBars() {
        const std::uint64_t day = 86400;
        const std::uint64_t dec1 = *iexec::parseUtcDate("2026-12-01");
        const std::vector<iexec::Earning> earnings = {
            earning(1, 1, 10, 5, EarningRole::Data, dec1),
            earning(2, 2, 10, 7, EarningRole::Data, dec1 + 1),
            earning(3, 1, 11, 3, EarningRole::Data, dec1 + 2 * day),
            earning(4, 1, 11, 50, EarningRole::Other, dec1 + 2 * day),
            earning(5, 2, 11, 4, EarningRole::App, dec1 + 40 * day)};
        EarningsChart chart;
        chart.resize(400, 200);
        chart.setEarnings(earnings, iexec::EarningsGroup::Day, false,
                          {{address(1), QStringLiteral("one")}});
        QCOMPARE(chart.series().size(), std::size_t(2));
        QCOMPARE(chart.series()[0].label, QStringLiteral("one"));
        QVERIFY(chart.series()[1].label.startsWith(QStringLiteral("0x")));
        QCOMPARE(chart.bars().size(), std::size_t(3));
        QCOMPARE(chart.bars()[0].period, QStringLiteral("2026-12-01"));
        QCOMPARE(chart.bars()[0].amounts[0].toDecimal(), std::string("5"));
        QCOMPARE(chart.bars()[0].amounts[1].toDecimal(), std::string("7"));
        QCOMPARE(chart.bars()[1].period, QStringLiteral("2026-12-03"));
        QCOMPARE(chart.bars()[1].amounts[0].toDecimal(), std::string("3")); // not the 50
        QCOMPARE(chart.bars()[2].period, QStringLiteral("2027-01-10"));

        chart.setEarnings(earnings, iexec::EarningsGroup::Month, true, {});
        QCOMPARE(chart.series().size(), std::size_t(2)); // apps 10 and 11
        QCOMPARE(chart.bars().size(), std::size_t(2));
        QCOMPARE(chart.bars()[0].period, QStringLiteral("2026-12"));
        QCOMPARE(chart.bars()[0].amounts[0].toDecimal(), std::string("12"));
        QCOMPARE(chart.bars()[0].amounts[1].toDecimal(), std::string("3"));
        QCOMPARE(chart.bars()[1].amounts[1].toDecimal(), std::string("4"));
        QVERIFY(!chart.grab().isNull()); // paints
    }
};

QTEST_MAIN(EarningsModelTest)
#include "tst_earningsmodel.moc"
