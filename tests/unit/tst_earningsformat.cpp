// The edges of the earnings ledger that need no chain: RFC 4180 CSV (quoting, reading back,
// refusing malformed text), UTC dates, and totals by day, week and month.

#include "iexec/HubLedger.h"
#include "util/Csv.h"
#include "util/Error.h"

#include <QtTest>

using namespace sr;
using iexec::Earning;
using iexec::EarningRole;

class EarningsFormatTest : public QObject {
    Q_OBJECT

    static Earning earning(std::uint64_t time, std::uint64_t amount, EarningRole role) {
        Earning e;
        e.timestamp = time;
        e.amount = eth::U256(amount);
        e.role = role;
        e.dataset = eth::Address::fromHex("0x00000000000000000000000000000000000000d1");
        e.task[0] = static_cast<std::uint8_t>(amount);
        return e;
    }

private slots:
    void aDealsStatusFollowsItsTasks() {
        iexec::HubDeal d;
        d.botSize = 3;
        QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Active);
        d.tasksCompleted = 2;
        QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Active);
        d.tasksCompleted = 3;
        QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Completed);
        d.tasksCompleted = 0;
        d.tasksFailed = 3;
        QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Failed);
        d.tasksCompleted = 1;
        d.tasksFailed = 2;
        QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Partial);
        QCOMPARE(iexec::dealStatusName(iexec::DealStatus::Partial), std::string_view("partial"));
        // More ended tasks than the deal holds (logs of a deal read twice) is never pending.
        d.tasksFailed = 5;
        QCOMPARE(d.tasksPending(), std::uint64_t(0));
        QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Partial);
    }

    void quotesWhatNeedsQuoting() {
        QCOMPARE(csvRecord({"a", "b c", ""}), std::string("a,b c,\r\n"));
        QCOMPARE(csvRecord({"x,y", "say \"hi\"", "two\nlines", " pad"}),
                 std::string("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\"\r\n"));
        const std::vector<std::string> fields = {"x,y", "say \"hi\"", "two\r\nlines", "", "é"};
        const auto back = parseCsv(csvRecord(fields) + csvRecord({"1", "2"}));
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back[0], fields);
        QCOMPARE(back[1], (std::vector<std::string>{"1", "2"}));
        // LF line ends and a last line without one are read too.
        QCOMPARE(parseCsv("a,b\nc,d").size(), std::size_t(2));
        QCOMPARE(parseCsv("a,\n")[0], (std::vector<std::string>{"a", ""}));
    }

    void refusesMalformedCsv() {
        QVERIFY_THROWS_EXCEPTION(Error, parseCsv("a,\"open\r\n"));
        QVERIFY_THROWS_EXCEPTION(Error, parseCsv("\"closed\"x,b\r\n"));
        QVERIFY_THROWS_EXCEPTION(Error, parseCsv("a\rb"));
        QVERIFY_THROWS_EXCEPTION(Error, iexec::parseEarningsCsv("date,task\r\n"));
        const std::string good = iexec::earningsCsv({earning(1765000000, 5, EarningRole::Data)});
        QCOMPARE(iexec::parseEarningsCsv(good).size(), std::size_t(1));
        // A field count, an amount pair or a date that does not hold is named with its line.
        std::string bad = good;
        bad.replace(bad.find(",5,"), 3, ",6,");
        try {
            iexec::parseEarningsCsv(bad);
            QFAIL("accepted amounts that differ");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("line 2") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(Error, iexec::parseEarningsCsv(good + "1,2\r\n"));
    }

    void readsUtcDates() {
        QCOMPARE(iexec::parseUtcDate("1970-01-02"), std::optional<std::uint64_t>(86400));
        QCOMPARE(iexec::parseUtcDate("2026-12-07"), std::optional<std::uint64_t>(1796601600));
        QCOMPARE(iexec::utcDateTime(1796601600 + 3661), std::string("2026-12-07 01:01:01"));
        for (const char* bad : {"2026-02-30", "2026-13-01", "2026-1-01", "07/12/2026", "", "x"})
            QVERIFY2(!iexec::parseUtcDate(bad), bad);
    }

    void totalsByDayWeekAndMonth() {
        const std::uint64_t monday = 1796601600; // 2026-12-07, a Monday
        const std::vector<Earning> all = {earning(monday, 1, EarningRole::Data),
                                          earning(monday + 86400 * 6, 2, EarningRole::App),
                                          earning(monday + 86400 * 7, 4, EarningRole::Data),
                                          earning(monday + 86400 * 30, 8, EarningRole::Data),
                                          earning(monday, 100, EarningRole::Other)};
        const auto byWeek = iexec::earningsTotals(all, iexec::EarningsGroup::Week);
        QCOMPARE(byWeek.size(), std::size_t(3));
        QCOMPARE(byWeek[0].key, std::string("2026-W50"));
        QCOMPARE(byWeek[0].amount.toDecimal(), std::string("3"));
        QCOMPARE(byWeek[0].count, std::uint64_t(2));
        QCOMPARE(byWeek[2].key, std::string("2027-W01")); // 2027-01-06 is in ISO week 1
        const auto byMonth = iexec::earningsTotals(all, iexec::EarningsGroup::Month);
        QCOMPARE(byMonth.size(), std::size_t(2));
        QCOMPARE(byMonth[0].key, std::string("2026-12"));
        QCOMPARE(byMonth[0].amount.toDecimal(), std::string("7")); // Other is not earnings
        QCOMPARE(iexec::earningsTotals(all, iexec::EarningsGroup::Day).size(), std::size_t(4));
        QCOMPARE(iexec::earningsSum(all, EarningRole::Other).toDecimal(), std::string("100"));
        QCOMPARE(iexec::earningsGroupFromName("week"), iexec::EarningsGroup::Week);
        QVERIFY(!iexec::earningsGroupFromName("year"));
    }
};

QTEST_GUILESS_MAIN(EarningsFormatTest)
#include "tst_earningsformat.moc"
