// The Overview's sums and decisions that need no chain: the earnings summary the Earnings page
// and the Overview share, UTC month starts, the getting-started steps, what is a new wallet,
// and what needs attention.

#include "iexec/EarningsSummary.h"
#include "session/Dashboard.h"

#include <QtTest>

using namespace sr;
using iexec::Earning;
using iexec::EarningRole;
using session::Attention;
using session::DashboardAccount;
using session::DashboardActivity;

class DashboardTest : public QObject {
    Q_OBJECT

    // Rewards from (time, amount, role) rows.
    static std::vector<Earning>
    rewards(std::initializer_list<std::tuple<std::uint64_t, std::uint64_t, EarningRole>> rows) {
        std::vector<Earning> out(rows.size());
        auto at = out.begin();
        for (const auto& [time, amount, role] : rows) {
            at->timestamp = time;
            at->amount = eth::U256(amount);
            (at++)->role = role;
        }
        return out;
    }

private slots:
    void monthStartsAtMidnightUtcOfTheFirst() {
        // 2026-12-07 14:03:09 UTC -> 2026-12-01 00:00:00 UTC.
        QCOMPARE(iexec::utcMonthStart(1796652189), std::uint64_t(1796083200));
        QCOMPARE(iexec::utcMonthStart(1796083200), std::uint64_t(1796083200));
        QCOMPARE(iexec::utcMonthStart(1796083199), std::uint64_t(1793491200)); // Nov 1
        // A leap February: 2028-02-29 12:00 -> 2028-02-01.
        QCOMPARE(iexec::utcMonthStart(1835438400), std::uint64_t(1832976000));
        QCOMPARE(iexec::utcMonthStart(0), std::uint64_t(0));
    }

    void summarySplitsRolesMonthAndPending() {
        const std::uint64_t month = 1796083200;
        const auto earnings = rewards({{month - 1, 100, EarningRole::Data},
                                       {month, 7, EarningRole::Data},
                                       {month + 50, 3, EarningRole::App},
                                       {month + 60, 1000, EarningRole::Other}});
        iexec::PendingEarning p1, p2;
        p1.role = EarningRole::Data;
        p1.amount = eth::U256(5);
        p2.role = EarningRole::App;
        p2.amount = eth::U256(2);
        const auto s = iexec::summarizeEarnings(earnings, {p1, p2}, month);
        QCOMPARE(s.asData.toDecimal(), std::string("107"));
        QCOMPARE(s.asApp.toDecimal(), std::string("3"));
        QCOMPARE(s.earned().toDecimal(), std::string("110"));
        QCOMPARE(s.since.toDecimal(), std::string("10")); // Other rewards left out
        QCOMPARE(s.pending().toDecimal(), std::string("7"));
        QCOMPARE(s.pendingRuns, std::size_t(2));
        const auto none = iexec::summarizeEarnings({}, {}, month);
        QVERIFY(none.earned().isZero() && none.since.isZero() && none.pending().isZero());
    }

    void aNewWalletTicksNothing() {
        DashboardAccount a;
        const auto g = session::gettingStarted(a, DashboardActivity{});
        QCOMPARE(g.done(), 0);
        QVERIFY(!g.complete());
        QVERIFY(session::isNewWallet(a, DashboardActivity{}));
        QVERIFY(session::isNewWallet(a, std::nullopt));
    }

    void stepsTickFromWhatTheChainSays() {
        DashboardAccount a;
        a.balances.rlc = eth::U256(1);
        QVERIFY(session::gettingStarted(a, std::nullopt).funds);
        a.balances.rlc = {};
        a.protectedData = 1; // funds spent, but protecting took some
        auto g = session::gettingStarted(a, std::nullopt);
        QVERIFY(g.funds && g.protect && !g.grant && !g.run);
        QVERIFY(!session::isNewWallet(a, std::nullopt));
        a.grants = 1;
        a.liveGrants = 0; // used up: it was still given
        QVERIFY(session::gettingStarted(a, std::nullopt).grant);
        DashboardActivity act;
        act.requested = 1;
        g = session::gettingStarted(a, act);
        QVERIFY(g.run && !g.result);
        act.requestedCompleted = 1;
        QVERIFY(session::gettingStarted(a, act).complete());
        // A request alone (nothing protected) is not a new wallet any more.
        DashboardAccount b;
        QVERIFY(!session::isNewWallet(b, act));
        b.requestsInFlow = 1;
        QVERIFY(!session::isNewWallet(b, std::nullopt));
        DashboardAccount c;
        c.unfinishedProtects = 1;
        QVERIFY(!session::isNewWallet(c, std::nullopt));
    }

    void attentionInItsOrder() {
        DashboardAccount a;
        a.balances.eth = eth::U256(1000);
        // Fees unknown: no gas alert rather than a guess.
        QVERIFY(session::needsAttention(a, std::nullopt).empty());
        a.transactionCost = eth::U256(1000);
        QVERIFY(session::needsAttention(a, std::nullopt).empty());
        a.transactionCost = eth::U256(1001);
        QVERIFY(session::needsAttention(a, std::nullopt) ==
                std::vector<Attention>{Attention::GasTooLow});
        a.unfinishedProtects = 2;
        a.balances.stake = eth::U256(5);
        DashboardActivity act;
        act.claimable = 1;
        // A stake without earnings is a deposit, not earnings to withdraw.
        QVERIFY(session::needsAttention(a, act) ==
                (std::vector<Attention>{Attention::UnfinishedProtect, Attention::ClaimableTask,
                                        Attention::GasTooLow}));
        act.earnings.asData = eth::U256(3);
        QVERIFY(session::needsAttention(a, act).back() == Attention::EarningsToWithdraw);
        a.balances.stake = {};
        QVERIFY(session::needsAttention(a, act).back() == Attention::GasTooLow);
    }
};

QTEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
