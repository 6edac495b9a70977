// The edges of the earnings ledger that need no chain: RFC 4180 CSV (quoting, reading back,
// refusing malformed text), UTC dates, and totals by day, week and month.

#include "eth/Hex.h"
#include "iexec/HubLedger.h"
#include "iexec/PocoHub.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Csv.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
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

    void dealsOfAnOwnerComeFromALargeLedgerAtOnce() {
        // A ledger as a sync stores it (no chain needed): 1,500 deals on the owner's data or
        // app among 1,500 of others, each task with its TaskInitialize and its end.
        QTemporaryDir tmp;
        const auto file = std::filesystem::path(tmp.path().toStdString()) / "ledger.sqlite";
        const std::string owner = "0x00000000000000000000000000000000000000aa";
        const std::string other = "0x00000000000000000000000000000000000000bb";
        constexpr int kDeals = 3000;
        {
            Database db(file, strongroomMigrations());
            db.transaction([&] {
                auto deal = db.prepare(
                    "INSERT INTO hub_deals VALUES (1, ?, ?, '0x', ?, ?, 0, ?, ?, '0', ?, ?, '7', ?,"
                    " ?, '0', ?, 0, ?)");
                const std::string tx = eth::toHex(Hash32{});
                auto task = db.prepare(
                    "INSERT INTO hub_tasks (chain_id, task_id, deal_id, idx) VALUES (1, ?, ?, ?)");
                auto event =
                    db.prepare("INSERT INTO hub_task_events VALUES (1, ?, ?, '0x', 0, '0x', ?, ?)");
                int logIndex = 0;
                for (int n = 0; n < kDeals; ++n) {
                    Hash32 id{};
                    id[0] = static_cast<std::uint8_t>(n >> 8);
                    id[1] = static_cast<std::uint8_t>(n);
                    const bool mine = n % 2 == 0;
                    const bool asApp = n % 10 == 0; // some of the owner's are on its app
                    const std::int64_t tasks = n % 100 == 0 ? 2 : 1;
                    deal.reset();
                    deal.bind(1, eth::toHex(id)).bind(2, n).bind(3, 1700000000 + n).bind(4, tx);
                    deal.bind(5, other).bind(6, mine && asApp ? owner : other);
                    deal.bind(7, "0x00000000000000000000000000000000000000d1");
                    deal.bind(8, mine && !asApp ? owner : other).bind(9, other).bind(10, other);
                    deal.bind(11, other).bind(12, tasks);
                    deal.run();
                    for (std::int64_t k = 0; k < tasks; ++k) {
                        const std::string taskId =
                            eth::toHex(iexec::PocoHub::taskId(id, static_cast<std::uint64_t>(k)));
                        task.reset();
                        task.bind(1, taskId).bind(2, eth::toHex(id)).bind(3, k);
                        task.run();
                        for (const char* kind : {"initialize", k == 1 ? "claimed" : "finalize"}) {
                            event.reset();
                            event.bind(1, n).bind(2, logIndex++).bind(3, taskId).bind(4, kind);
                            event.run();
                        }
                    }
                }
            });
        }
        NetworkProfile profile;
        profile.name = "ledger";
        profile.chainId = 1;
        profile.rpcUrls = {"http://127.0.0.1:9"};
        profile.hub = "0x00000000000000000000000000000000000000cc";
        eth::JsonRpcClient rpc(profile.rpcUrls); // never called: the query is local
        iexec::HubLogReader reader(rpc, profile, file);
        QElapsedTimer timer;
        timer.start();
        const auto deals = reader.dealsOwnedBy(eth::Address::fromHex(owner));
        const auto ms = timer.elapsed();
        QCOMPARE(deals.size(), std::size_t(kDeals / 2));
        std::size_t onApp = 0, partial = 0;
        for (const auto& d : deals) {
            onApp += d.appOwner == eth::Address::fromHex(owner);
            if (d.botSize == 2) {
                QCOMPARE(d.tasksCompleted, std::uint64_t(1));
                QCOMPARE(d.tasksFailed, std::uint64_t(1));
                QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Partial);
                ++partial;
            } else {
                QCOMPARE(iexec::dealStatus(d), iexec::DealStatus::Completed);
            }
        }
        QCOMPARE(onApp, std::size_t(kDeals / 10));
        QCOMPARE(partial, std::size_t(kDeals / 100));
        QCOMPARE(deals.front().block, std::uint64_t(kDeals - 2)); // newest first
        // Indexed lookups take milliseconds; counting each deal's events by scanning the
        // chain's took seconds here.
        QVERIFY2(ms < 500, (std::to_string(ms) + " ms").c_str());
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
