// The Overview as a dashboard (issue 16), offscreen, on a real sandbox with its worker: a new
// wallet sees the getting-started steps with nothing ticked; test funds from the sandbox
// faucet, a protect and a grant (core calls) tick theirs and bring the dashboard with its
// counts; an unfinished protect shows under Needs attention and its button opens the Protected
// data page; a paid run on the data makes the month's earnings, equal to the Earnings page's,
// and earnings to withdraw; a run requested through the compute pipeline ticks the last steps,
// one that timed out is claimable; too little ETH for fees is said; a card opens its page;
// screenshots EN/FR, light/dark, nothing clipped at the default and minimum sizes.
#include "EarningsTestKit.h"
#include "Format.h"
#include "GuiSandboxFixture.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Timeouts.h"
#include "compute/ComputeJournal.h"
#include "earnings/EarningsPage.h"
#include "eth/Signer.h"
#include "iexec/FaucetClient.h"
#include "iexec/ProtectJournal.h"
#include "overview/OverviewPage.h"
#include "settings/SettingsModel.h"
#include "util/Paths.h"
#include "wallet/WalletSession.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;
using eth::Address;
using eth::U256;
using sr::test::child;
using sr::test::shoot;

namespace {
const char* const kSteps[] = {"Funds", "Protect", "Grant", "Run", "Result"};
} // namespace

class OverviewGuiTest : public QObject {
    Q_OBJECT
    test::GuiSandboxFixture fixture_;
    test::DevKey newcomer_;
    test::DevKey buyer_ = test::devKey(3);
    Address dataset_;
    std::unique_ptr<eth::PrivateKeySigner> signer_;

    MainWindow& window() { return fixture_.window(); }
    GuiSession& session() { return fixture_.session(); }
    test::WorkerTestKit& kit() { return fixture_.kit(); }
    sandbox::SandboxNetwork& net() { return fixture_.network(); }
    OverviewPage* page() { return window().findChild<OverviewPage*>(); }

    bool reread() {
        QSignalSpy done(page(), &OverviewPage::refreshed);
        page()->refresh();
        return done.wait(kAccountReady);
    }

    // Grants the Content Reader access to `dataset`, as the Access page does (published on the
    // sandbox market, signed by the newcomer).
    void grantReader(const Address& dataset, std::uint64_t price, std::uint64_t volume) {
        auto access = session().wallet()->chain()->access();
        iexec::GrantRequest request;
        request.dataset = dataset;
        request.app = fixture_.reader();
        request.price = U256(price);
        request.volume = U256(volume);
        access.grant(access.prepare(newcomer_.address, request), *signer_);
    }

    // The newcomer asks for a run of the Content Reader on `dataset` through the engine's
    // compute pipeline, as the app does; returns its task once the deal is on chain.
    Hash32 requestRun(const Address& dataset) {
        auto pipeline = session().wallet()->chain()->compute();
        compute::ComputeOperation op;
        op.chainId = net().profile().chainId;
        op.requester = newcomer_.address;
        op.app = fixture_.reader();
        op.dataset = dataset;
        op.encrypt = false;
        op = pipeline.create(std::move(op));
        const auto done = pipeline.run(op.id, *signer_, std::string());
        if (!done.taskId)
            throw Error(ErrorCode::Internal, "the request has no task");
        return *done.taskId;
    }

    // The Needs attention row `name` says `text` first; its button opens `target`.
    void attentionOpens(const char* name, const QString& text, MainWindow::PageId target) {
        QVERIFY(child<QWidget>(page(), "overviewAttention")->isVisible());
        auto* row = child<QWidget>(
            page(),
            (QStringLiteral("overviewAttention") + QLatin1String(name)).toLatin1().constData());
        QVERIFY(row->isVisible());
        const QString said = row->findChild<QLabel*>()->text();
        QVERIFY2(said.startsWith(text), qPrintable(said));
        shoot(child<QWidget>(page(), "overviewAttention"),
              QStringLiteral("en-light-overview-attention-") + QString::fromLatin1(name).toLower());
        QTest::mouseClick(child<QPushButton>(page(), (QStringLiteral("overviewAttentionButton") +
                                                      QLatin1String(name))
                                                         .toLatin1()
                                                         .constData()),
                          Qt::LeftButton);
        QCOMPARE(window().currentPage(), target);
        window().showPage(MainWindow::Overview);
    }

    // The test kit sends from the newcomer itself (anvil takes its transactions unsigned once
    // told to): the newcomer pays its own gas.
    void sendAsTheNewcomer() {
        kit().rpc().send("anvil_impersonateAccount",
                         nlohmann::json::array({newcomer_.address.toLowerHex()}));
    }

    // Where a newcomer stands once the dashboard shows: test funds from the faucet, a protect
    // (dataset_) and its grant to the Content Reader (3 nRLC a run, 10 runs); the page read.
    void aStartedAccount() {
        try {
            iexec::requestTestFunds(net().profile().faucet, newcomer_.address);
            sendAsTheNewcomer();
            dataset_ = kit().protect(newcomer_, "my notes", {{"email", "me@example.org"}});
            grantReader(dataset_, 3, 10);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
    }

    // A protect of the newcomer's that stopped at its upload, in the app's journal.
    void aProtectThatStopped() {
        iexec::ProtectOperation op;
        op.chainId = net().profile().chainId;
        op.owner = newcomer_.address;
        op.name = "half done";
        op.step = iexec::ProtectStep::Upload;
        op.state = iexec::ProtectState::Failed;
        op.failure = RecordedError{
            ErrorCode::Network, ErrorReason::Unspecified, {}, "the IPFS node did not answer"};
        iexec::ProtectJournal(resolveAppPaths(fixture_.dataDir()).databaseFile()).insert(op);
    }

    // 1000 wei left to the newcomer: less than a transaction's fees.
    void tooLittleEth() {
        try {
            kit().rpc().send("anvil_setBalance",
                             nlohmann::json::array({newcomer_.address.toLowerHex(), "0x3e8"}));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    bool ticked(const char* step) {
        return child<QLabel>(page(), (QStringLiteral("overviewStepMark") + QLatin1String(step))
                                         .toLatin1()
                                         .constData())
            ->property("done")
            .toBool();
    }

private slots:
    void initTestCase() {
        QVERIFY(fixture_.start([this] { test::depositRlc(net(), kit(), buyer_, U256(1000)); }));
    }

    // Each function starts as a newcomer of its own: a wallet nobody funded, with a key of
    // its own (not one of anvil's rich dev accounts), in a data folder of its own.
    void init() {
        newcomer_.key = crypto::SecretBytes::random(32);
        signer_ =
            std::make_unique<eth::PrivateKeySigner>(crypto::SecretBytes(newcomer_.key.view()));
        newcomer_.address = signer_->address();
        QVERIFY(fixture_.open({{newcomer_, "Newcomer"}}));
    }
    void cleanup() { fixture_.close(); }
    void cleanupTestCase() { fixture_.stop(); }

    void aNewWalletSeesTheChecklistWithNothingTicked() {
        QVERIFY(session().wallet()->current());
        QCOMPARE(session().wallet()->current()->address, newcomer_.address);
        QSignalSpy done(page(), &OverviewPage::refreshed);
        window().showPage(MainWindow::Overview);
        QVERIFY(done.wait(kAccountReady));
        QVERIFY(page()->accountFacts() && page()->activity());
        QVERIFY2(!child<QLabel>(page(), "overviewStatus")->text().startsWith("Could not"),
                 qPrintable(child<QLabel>(page(), "overviewStatus")->text()));
        QVERIFY(child<QWidget>(page(), "overviewChecklist")->isVisible());
        QVERIFY(!child<QWidget>(page(), "overviewDashboard")->isVisible());
        // No ETH at all, but the checklist says so first: no alert on top of it.
        QVERIFY(!child<QWidget>(page(), "overviewAttention")->isVisible());
        for (const char* step : kSteps) {
            QVERIFY2(!ticked(step), step);
            QVERIFY(child<QPushButton>(page(),
                                       (QStringLiteral("overviewStepButton") + QLatin1String(step))
                                           .toLatin1()
                                           .constData())
                        ->isVisible());
        }
        // The network's facts stay, in their own card.
        QVERIFY(child<QWidget>(page(), "networkCard")->isVisible());
        QCOMPARE(child<QLabel>(page(), "overviewNetworkName")->text(),
                 QString::fromStdString(net().profile().displayName));
        shoot(&window(), QStringLiteral("en-light-overview-new-wallet"));
        // The first step's button leads to the Wallet page (Get test funds is there).
        QTest::mouseClick(child<QPushButton>(page(), "overviewStepButtonFunds"), Qt::LeftButton);
        QCOMPARE(window().currentPage(), MainWindow::Wallet);
        window().showPage(MainWindow::Overview);
    }

    void fundsProtectAndGrantTickTheirSteps() {
        Address dataset;
        try {
            iexec::requestTestFunds(net().profile().faucet, newcomer_.address);
            QVERIFY(reread());
            QVERIFY(ticked("Funds"));
            QVERIFY(!ticked("Protect"));
            QVERIFY(child<QWidget>(page(), "overviewChecklist")->isVisible());
            sendAsTheNewcomer();
            dataset = kit().protect(newcomer_, "my notes", {{"email", "me@example.org"}});
            dataset_ = dataset;
            QVERIFY(reread());
            QVERIFY(ticked("Protect"));
            QVERIFY(!ticked("Grant"));
            grantReader(dataset, 3, 10);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        QVERIFY(ticked("Funds") && ticked("Protect") && ticked("Grant"));
        QVERIFY(!ticked("Run") && !ticked("Result"));
        QVERIFY(!child<QPushButton>(page(), "overviewStepButtonGrant")->isVisible());
        QVERIFY(child<QPushButton>(page(), "overviewStepButtonRun")->isVisible());
        // No longer new: the dashboard shows the counts, the checklist what is left.
        QVERIFY(child<QWidget>(page(), "overviewDashboard")->isVisible());
        QVERIFY(child<QWidget>(page(), "overviewChecklist")->isVisible());
        QCOMPARE(child<QLabel>(page(), "overviewValueData")->text(), QStringLiteral("1"));
        QCOMPARE(child<QLabel>(page(), "overviewValueGrants")->text(), QStringLiteral("1"));
        QCOMPARE(child<QLabel>(page(), "overviewValueComputations")->text(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>(page(), "overviewValueEarnings")->text(), QStringLiteral("0 RLC"));
        const auto& facts = *page()->accountFacts();
        QCOMPARE(child<QLabel>(page(), "overviewValueBalances")->text(),
                 displayAmount(facts.balances.rlc, eth::kRlcDecimals, QStringLiteral("RLC"), 9));
        QVERIFY(!facts.balances.rlc.isZero());
        // The faucet's ETH pays for many transactions: no gas alert.
        QVERIFY(!child<QWidget>(page(), "overviewAttentionGas")->isVisible());
        shoot(&window(), QStringLiteral("en-light-overview-dashboard"));
    }

    void anUnfinishedProtectNeedsAttention() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        aProtectThatStopped();
        QVERIFY(reread());
        attentionOpens("Protect", QStringLiteral("1 protect did not finish"),
                       MainWindow::ProtectedData);
    }

    void theMonthsEarningsAreTheEarningsPages() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        try {
            const auto order = kit().grant(newcomer_, dataset_, fixture_.reader(), 7);
            const Hash32 task =
                iexec::PocoHub::taskId(kit().request(buyer_, fixture_.reader(), order), 0);
            const auto record = kit().waitForWorker(task);
            QVERIFY2(record.status == sandbox::SandboxWorker::Status::Completed,
                     record.reason.c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        const auto activity = *page()->activity();
        QCOMPARE(activity.earnings.since.toDecimal(), std::string("7"));
        // The Earnings page sums the same rewards the same way.
        auto* earnings = window().earningsPage();
        QSignalSpy read(earnings, &EarningsPage::refreshed);
        window().showPage(MainWindow::Earnings);
        QVERIFY(read.wait(kLongChainWork));
        QCOMPARE(earnings->earnedThisMonth(), activity.earnings.since);
        QCOMPARE(earnings->earnedAsData() + earnings->earnedAsApp(), activity.earnings.earned());
        QCOMPARE(earnings->pendingTotal(), activity.earnings.pending());
        window().showPage(MainWindow::Overview);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kLongChainWork);
        QCOMPARE(child<QLabel>(page(), "overviewValueEarnings")->text(),
                 displayAmount(earnings->earnedThisMonth(), eth::kRlcDecimals,
                               QStringLiteral("RLC"), 9));
        // The reward sits in the iExec account: to withdraw, on the Earnings page.
        attentionOpens("Withdraw", QStringLiteral("Your iExec account holds"),
                       MainWindow::Earnings);
    }

    // A computation the account asks for, through the engine's compute pipeline as the app
    // does it: "Run an app" ticks once its deal is on chain, "See the result" once it completed.
    void aRequestedRunTicksTheLastSteps() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!ticked("Run") && !ticked("Result"));
        try {
            test::depositRlc(net(), kit(), newcomer_, U256(100));
            const Hash32 task = requestRun(dataset_);
            QVERIFY(reread());
            QVERIFY(ticked("Run"));
            const auto record = kit().waitForWorker(task);
            QVERIFY2(record.status == sandbox::SandboxWorker::Status::Completed,
                     record.reason.c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        QCOMPARE(page()->activity()->requested, std::size_t(1));
        QCOMPARE(page()->activity()->requestedCompleted, std::size_t(1));
        QCOMPARE(page()->activity()->claimable, std::size_t(0));
        // Every step done: the checklist gives way to the dashboard alone.
        QVERIFY(ticked("Result"));
        QVERIFY(!child<QWidget>(page(), "overviewChecklist")->isVisible());
        QVERIFY(child<QWidget>(page(), "overviewDashboard")->isVisible());
        QCOMPARE(child<QLabel>(page(), "overviewValueComputations")->text(), QStringLiteral("0"));
    }

    // A run the worker cannot finish (the data's key never reached the SMS) is under way until
    // its final deadline passes (category 0: 10 x 300 s; anvil's clock is moved on), then it
    // is claimable: Needs attention says so and its button opens Computations.
    void aTimedOutRunIsClaimable() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        try {
            test::depositRlc(net(), kit(), newcomer_, U256(100));
            const Address noKey =
                kit().protect(newcomer_, "no key", {{"email", "k@k.k"}}, /*pushKey=*/false);
            grantReader(noKey, 0, 1);
            const Hash32 task = requestRun(noKey);
            QVERIFY(kit().waitForWorker(task).status == sandbox::SandboxWorker::Status::Failed);
            QVERIFY(reread());
            QCOMPARE(page()->activity()->requestedRunning, std::size_t(1));
            QCOMPARE(page()->activity()->claimable, std::size_t(0));
            QCOMPARE(child<QLabel>(page(), "overviewValueComputations")->text(),
                     QStringLiteral("1"));
            QVERIFY(!child<QWidget>(page(), "overviewAttentionClaim")->isVisible());
            kit().rpc().call("evm_increaseTime", nlohmann::json::array({3001}));
            kit().rpc().call("evm_mine", nlohmann::json::array());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        QCOMPARE(page()->activity()->claimable, std::size_t(1));
        QCOMPARE(page()->activity()->requestedRunning, std::size_t(0));
        attentionOpens("Claim", QStringLiteral("1 computation passed its final deadline"),
                       MainWindow::Computations);
    }

    // Below what a transaction costs on this network (the node's fees), the wallet is told
    // before it tries: the Gas row opens the Wallet page.
    void tooLittleEthForFeesNeedsAttention() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!child<QWidget>(page(), "overviewAttentionGas")->isVisible());
        tooLittleEth();
        QVERIFY(reread());
        QVERIFY(page()->accountFacts()->transactionCost);
        QVERIFY(U256(1000) < *page()->accountFacts()->transactionCost);
        attentionOpens("Gas", QStringLiteral("Not enough ETH for network fees"),
                       MainWindow::Wallet);
    }

    void eachCardOpensItsPage() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        const std::pair<const char*, MainWindow::PageId> cards[] = {
            {"overviewOpenBalances", MainWindow::Wallet},
            {"overviewOpenData", MainWindow::ProtectedData},
            {"overviewOpenGrants", MainWindow::Access},
            {"overviewOpenComputations", MainWindow::Computations},
            {"overviewOpenEarnings", MainWindow::Earnings}};
        for (const auto& [button, target] : cards) {
            window().showPage(MainWindow::Overview);
            QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kLongChainWork);
            auto* open = child<QPushButton>(page(), button);
            QVERIFY2(open->isVisible(), button);
            // By keyboard: focus, then Return, as well as a click.
            open->setFocus();
            QTest::keyClick(open, Qt::Key_Space);
            QCOMPARE(window().currentPage(), target);
        }
        window().showPage(MainWindow::Overview);
    }

    // The dashboard with rows under Needs attention, as an account that has been at it shows.
    void screenshotsFitInBothLanguagesAndThemes() {
        aStartedAccount();
        if (QTest::currentTestFailed())
            return;
        aProtectThatStopped();
        tooLittleEth();
        QVERIFY(reread());
        QVERIFY(child<QWidget>(page(), "overviewAttention")->isVisible());
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session().state()->setLanguage(language);
                session().state()->setTheme(theme);
                QCoreApplication::processEvents();
                window().showPage(MainWindow::Overview);
                QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kLongChainWork);
                const QString prefix = language + QLatin1Char('-') + theme;
                shoot(&window(), prefix + QStringLiteral("-overview-page"));
                sr::test::verifyFitsDefaultAndMinimum(
                    &window(), QSize(1180, 760), prefix + QStringLiteral("-fit-overview-page"));
                if (QTest::currentTestFailed())
                    return;
                if (language == QLatin1String("fr")) {
                    QCOMPARE(child<QPushButton>(page(), "overviewOpenEarnings")->text(),
                             QStringLiteral("Ouvrir Gains"));
                    QVERIFY2(child<QLabel>(page(), "overviewStatus")
                                 ->text()
                                 .startsWith(QStringLiteral("À jour")),
                             qPrintable(child<QLabel>(page(), "overviewStatus")->text()));
                }
            }
        }
        session().state()->setLanguage(QStringLiteral("en"));
        session().state()->setTheme(QStringLiteral("light"));
    }
};

QTEST_MAIN(OverviewGuiTest)
#include "store/AppSettings.h"
#include "tst_overview.moc"
