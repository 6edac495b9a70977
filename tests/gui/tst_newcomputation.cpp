// The New computation dialog (issue 15), offscreen, on a real sandbox with its workerpool: data
// protected (core) and granted to the wallet's account; the dialog opened by clicking the data
// pane's "Run an app…", the Content Reader picked by typing its name, the cost and the
// plain-language summary read from the market, the password typed and Return pressed, the steps
// followed to a deal on chain and the journal's operation Done; an app the grant does not allow
// refused with the reason; too little stake said, its deposit offered, made and the run done
// (opened from the Apps page); Escape while the market is read loses nothing; screenshots
// EN/FR, light/dark, nothing clipped at the default and minimum sizes.
#include "EarningsTestKit.h"
#include "GuiSandboxFixture.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SandboxAppOrders.h"
#include "Timeouts.h"
#include "apps/AppsPage.h"
#include "compute/ComputeJournal.h"
#include "compute/NewComputationDialog.h"
#include "data/ProtectedDataModel.h"
#include "data/ProtectedDataPage.h"
#include "models/ApprovedAppsModel.h"
#include "sandbox/FaucetService.h"
#include "settings/SettingsModel.h"
#include "util/Paths.h"
#include "wallet/TransferDialog.h"
#include "wallet/WalletSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;
using eth::Address;
using eth::U256;
using sr::test::child;
using sr::test::shoot;
using sr::test::whenModal;
using Phase = NewComputationDialog::Phase;

namespace {
const char* const kPassword = sr::test::GuiSandboxFixture::kPassword;
const char kReaderName[] = "Sandbox Content Reader";
} // namespace

class NewComputationTest : public QObject {
    Q_OBJECT
    test::GuiSandboxFixture fixture_;
    test::DevKey me_ = test::devKey(2);
    test::DevKey other_ = test::devKey(4);
    Address mine_, priced_;

    MainWindow& window() { return fixture_.window(); }
    GuiSession& session() { return fixture_.session(); }
    test::WorkerTestKit& kit() { return fixture_.kit(); }
    sandbox::SandboxNetwork& net() { return fixture_.network(); }

    std::vector<compute::ComputeOperation> operations() {
        return compute::ComputeJournal(resolveAppPaths(fixture_.dataDir()).databaseFile()).list();
    }

    U256 stakeOf(const Address& who) {
        eth::ContractCaller caller(kit().rpc());
        return caller.call(iexec::PocoHub(kit().hub()).viewAccount(who)).stake;
    }

    // Answers the next password dialog with the wallet's password and Return.
    void answerPassword() {
        whenModal([](QWidget* modal) {
            auto* field = child<QLineEdit>(modal, "passwordField");
            QVERIFY(field);
            test::type(field, QString::fromLatin1(kPassword));
            QTest::keyClick(field, Qt::Key_Return);
        });
    }

    NewComputationDialog* openedDialog() {
        NewComputationDialog* dialog = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = window().newComputationDialog()), kAtOnce); }();
        if (dialog)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->phase() != Phase::Loading, kChainRead); }();
        return dialog;
    }

    // Whether a plan ended (a cost or a refusal) within a minute.
    static bool waitForPlan(NewComputationDialog* dialog) {
        return QTest::qWaitFor(
            [dialog] {
                return dialog->phase() == Phase::Planned || dialog->phase() == Phase::Refused;
            },
            kLongChainWork);
    }

    // Runs what the dialog planned: Return, the password, the steps to Done. The operation.
    std::optional<compute::ComputeOperation> runPlanned(NewComputationDialog* dialog) {
        QSignalSpy requested(dialog, &NewComputationDialog::requested);
        answerPassword();
        QTest::keyClick(dialog, Qt::Key_Return);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->phase() != Phase::Planned, kChainRead); }();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->phase() == Phase::Done || dialog->phase() == Phase::Failed, kPipelineEnds);
        }();
        if (dialog->phase() != Phase::Done) {
            qWarning("%s", qPrintable(child<QLabel>(dialog, "computeRunStatus")->text()));
            return std::nullopt;
        }
        if (requested.size() != 1)
            return std::nullopt;
        const auto id = requested.front().front().value<std::int64_t>();
        if (id != dialog->operationId())
            return std::nullopt;
        return compute::ComputeJournal(resolveAppPaths(fixture_.dataDir()).databaseFile()).find(id);
    }

    void checkDealOnChain(const compute::ComputeOperation& op, const Address& dataset) {
        QCOMPARE(op.state, compute::ComputeState::Done);
        QVERIFY(op.dealId && op.taskId);
        eth::ContractCaller caller(kit().rpc());
        const auto deal = caller.call(iexec::PocoHub(kit().hub()).viewDeal(*op.dealId));
        QVERIFY(deal.exists());
        QVERIFY(deal.app.pointer == fixture_.reader());
        QVERIFY(deal.dataset.pointer == dataset);
        QVERIFY(deal.requester == me_.address);
    }

private slots:
    // The data and the grants are the suite's; each function has a data folder of its own.
    void initTestCase() {
        QVERIFY(fixture_.start([this] {
            // The account's own data, granted to itself for the Content Reader.
            mine_ = kit().protect(me_, "medical-2026", {{"email", "a@b.c"}});
            test::publishGrant(kit(), me_, mine_, fixture_.reader(), me_.address, 0, 10);
            // Another owner's data, granted to the account at 5 nRLC a run.
            priced_ = kit().protect(other_, "priced", {{"email", "p@r.i"}});
            test::publishGrant(kit(), other_, priced_, fixture_.reader(), me_.address, 5, 10);
        }));
    }

    void init() {
        QVERIFY(fixture_.open({{me_, "Me"}}));
        QVERIFY(session().wallet()->current());
    }
    void cleanup() { fixture_.close(); }
    void cleanupTestCase() { fixture_.stop(); }

    void runsTheContentReaderFromTheDataPane() {
        window().showPage(MainWindow::ProtectedData);
        ProtectedDataPage* page = window().protectedDataPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() > 0, kChainRead);
        page->select(mine_);
        auto* button = child<QPushButton>(page, "runAppButton");
        QVERIFY(button && button->isVisible());
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        NewComputationDialog* dialog = openedDialog();
        QVERIFY(dialog);
        // The data is preselected by name; the app is picked by typing its name.
        auto* data = child<QComboBox>(dialog, "computeData");
        QCOMPARE(data->currentText(), QStringLiteral("medical-2026"));
        auto* app = child<QComboBox>(dialog, "computeApp");
        QVERIFY(app->findText(QLatin1String(kReaderName)) >= 0);
        const int before = int(operations().size());
        QTest::keyClicks(app->lineEdit(), QLatin1String(kReaderName));
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Planned);
        QVERIFY(dialog->plan().has_value());
        QCOMPARE(dialog->plan()->total().toDecimal(), std::string("0"));
        const QString summary = child<QLabel>(dialog, "computeSummary")->text();
        QCOMPARE(summary, QStringLiteral("Run <i>Sandbox Content Reader</i> on <i>medical-2026</i> "
                                         "by the iExec workerpool for <b>0 RLC</b>"));
        QVERIFY2(child<QLabel>(dialog, "computeCost")
                     ->text()
                     .startsWith(QStringLiteral("Cost: app 0 RLC + data 0 RLC + workerpool 0 RLC")),
                 qPrintable(child<QLabel>(dialog, "computeCost")->text()));
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
        QCOMPARE(child<QPushButton>(dialog, "runButton")->text(), QStringLiteral("Run for 0 RLC"));
        QCOMPARE(int(operations().size()), before); // nothing recorded by planning
        shoot(dialog, QStringLiteral("en-light-newcomputation-planned"));

        const auto op = runPlanned(dialog);
        QVERIFY(op);
        checkDealOnChain(*op, mine_);
        QVERIFY(op->encrypt);
        for (const char* step : {"plan", "push-key", "sign", "match", "confirm", "done"})
            QCOMPARE(child<QLabel>(dialog, (std::string("computeStepIcon-") + step).c_str())
                         ->property("state")
                         .toString(),
                     QStringLiteral("done"));
        QVERIFY(child<QLabel>(dialog, "computeRunStatus")
                    ->text()
                    .contains(QString::fromStdString(eth::toHex(*op->taskId))));
        shoot(dialog, QStringLiteral("en-light-newcomputation-done"));
        // The worker runs it to the end.
        const auto record = kit().waitForWorker(*op->taskId);
        QVERIFY2(record.status == sandbox::SandboxWorker::Status::Completed, record.reason.c_str());
        // Return closes once it is requested.
        QPointer<NewComputationDialog> open(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!open);
    }

    // Arguments, an input file and a requester secret chosen in the file dialog reach the
    // deal's params and the SMS as the SDK writes them.
    void argumentsSecretsAndInputFilesReachTheDeal() {
        const QString secretFile = fixture_.scratch(QStringLiteral("api-key.txt"));
        {
            QFile out(secretFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("an api key");
        }
        window().openNewComputation(mine_, fixture_.reader());
        NewComputationDialog* dialog = openedDialog();
        QVERIFY(dialog);
        test::type(child<QLineEdit>(dialog, "computeArgs"), QStringLiteral("a \"quoted\" arg"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "computeInputFiles"),
                         QStringLiteral("https://example.org/in.csv"));
        whenModal([secretFile](QWidget* modal) {
            auto* name = modal->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setFocus();
            name->setText(secretFile);
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(dialog, "addSecretButton"), Qt::LeftButton);
        auto* secrets = child<QListWidget>(dialog, "computeSecrets");
        QTRY_COMPARE(secrets->count(), 1);
        QCOMPARE(secrets->item(0)->text(), QStringLiteral("1: ") + secretFile);
        // A URL that is not one is said at once, and nothing is planned.
        auto* inputs = child<QPlainTextEdit>(dialog, "computeInputFiles");
        QTest::keyClick(inputs, Qt::Key_Return);
        QTest::keyClicks(inputs, QStringLiteral("ftp://x/y"));
        QCOMPARE(dialog->phase(), Phase::Form);
        QVERIFY2(child<QLabel>(dialog, "computePlanStatus")
                     ->text()
                     .contains(QStringLiteral("“ftp://x/y” is not the address of a file")),
                 qPrintable(child<QLabel>(dialog, "computePlanStatus")->text()));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        for (int i = 0; i < 10; ++i) // the line break and "ftp://x/y"
            QTest::keyClick(inputs, Qt::Key_Backspace);
        QCOMPARE(inputs->toPlainText(), QStringLiteral("https://example.org/in.csv"));
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Planned);

        const auto op = runPlanned(dialog);
        QVERIFY(op);
        checkDealOnChain(*op, mine_);
        eth::ContractCaller caller(kit().rpc());
        const auto deal = caller.call(iexec::PocoHub(kit().hub()).viewDeal(*op->dealId));
        const auto params = nlohmann::json::parse(deal.params);
        QCOMPARE(params.at("iexec_args").get<std::string>(), std::string("a \"quoted\" arg"));
        QCOMPARE(QString::fromStdString(params.at("iexec_input_files").dump()),
                 QStringLiteral("[\"https://example.org/in.csv\"]"));
        QVERIFY(params.at("iexec_result_encryption").get<bool>());
        const std::string name = params.at("iexec_secrets").at("1").get<std::string>();
        const auto stored = net().services().sms().requesterSecret(me_.address, name);
        QVERIFY(stored && stored->text() == "an api key");
        dialog->close();
    }

    void anAppTheGrantDoesNotAllowIsRefusedWithTheReason() {
        Address other;
        for (const auto& app : net().deployment().apps)
            if (app.address != fixture_.reader())
                other = app.address;
        QVERIFY(!other.isZero());
        window().openNewComputation(mine_, std::nullopt);
        NewComputationDialog* dialog = openedDialog();
        QVERIFY(dialog);
        const int before = int(operations().size());
        QTest::keyClicks(child<QComboBox>(dialog, "computeApp")->lineEdit(),
                         QString::fromStdString(other.toChecksumHex()));
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Refused);
        const QString said = child<QLabel>(dialog, "computePlanStatus")->text();
        QVERIFY2(said.startsWith(QStringLiteral("This computation can't run as asked.")) &&
                     (said.contains(QStringLiteral("do not allow app")) ||
                      said.contains(QStringLiteral("none this request can use"))),
                 qPrintable(said));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        // Return does not run it: it reads the market again, and says the same.
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Refused);
        QCOMPARE(int(operations().size()), before);
        shoot(dialog, QStringLiteral("en-light-newcomputation-refused"));
        QPointer<NewComputationDialog> open(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!open);
    }

    void tooLittleStakeOffersTheDepositThenRuns() {
        try {
            sandbox::FaucetService::fund(kit().rpc(), net().deployment().poco.rlc,
                                         net().deployment().poco.owner, me_.address);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        const U256 stake = stakeOf(me_.address);
        QVERIFY(stake < U256(5));
        const U256 ownerBefore = stakeOf(other_.address);
        // From the Apps page: the Content Reader selected, "Run on my data…".
        window().showPage(MainWindow::Apps);
        AppsPage* apps = window().appsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kChainRead);
        const auto row = apps->approvedModel()->rowOf(fixture_.reader());
        QVERIFY(row);
        child<QTableView>(apps, "approvedAppsTable")->selectRow(*row);
        auto* runOnData = child<QPushButton>(apps, "runOnDataButton");
        QVERIFY(runOnData->isEnabled());
        QTest::mouseClick(runOnData, Qt::LeftButton);
        NewComputationDialog* dialog = openedDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "computeApp")->currentText(), QLatin1String(kReaderName));
        // Data granted to this account by someone else: typed by its address.
        QTest::keyClicks(child<QComboBox>(dialog, "computeData")->lineEdit(),
                         QString::fromStdString(priced_.toChecksumHex()));
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Planned);
        QCOMPARE(dialog->plan()->datasetPrice().toDecimal(), std::string("5"));
        QCOMPARE(dialog->missingStake(), U256(5) - stake);
        const QString missing = QString::fromStdString(compute::formatRlc(U256(5) - stake));
        const QString said = child<QLabel>(dialog, "computeStake")->text();
        QVERIFY2(said.contains(missing + QStringLiteral(" more is needed")), qPrintable(said));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        auto* deposit = child<QPushButton>(dialog, "depositButton");
        QVERIFY(deposit->isVisible());
        QCOMPARE(deposit->text(), QStringLiteral("Deposit %1…").arg(missing));
        shoot(dialog, QStringLiteral("en-light-newcomputation-stake"));
        // Return does not run it either.
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Planned);
        const int before = int(operations().size());

        // The deposit, through the Wallet's dialog, prefilled and confirmed.
        QTest::mouseClick(deposit, Qt::LeftButton);
        TransferDialog* transfer = nullptr;
        QTRY_VERIFY((transfer = dialog->findChild<TransferDialog*>()) != nullptr);
        QCOMPARE(transfer->kind(), TransferDialog::Kind::Deposit);
        auto* review = child<QPushButton>(transfer, "reviewButton");
        QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), kChainRead);
        QTest::mouseClick(review, Qt::LeftButton);
        auto* confirm = child<QPushButton>(transfer, "confirmButton");
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible() && confirm->isEnabled(), kChainRead);
        if (!session().wallet()->isUnlocked())
            answerPassword();
        QSignalSpy mined(transfer, &TransferDialog::finishedTransaction);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(mined.wait(kLongChainWork) || mined.size() == 1);
        // The stake is read again with the price: enough now.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->phase() == Phase::Planned && dialog->missingStake() == U256(0), kLongChainWork);
        QCOMPARE(stakeOf(me_.address), U256(5));
        QVERIFY(!deposit->isVisible());
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
        transfer->close();
        QCOMPARE(int(operations().size()), before);

        const auto op = runPlanned(dialog);
        QVERIFY(op);
        checkDealOnChain(*op, priced_);
        const auto record = kit().waitForWorker(*op->taskId);
        QVERIFY2(record.status == sandbox::SandboxWorker::Status::Completed, record.reason.c_str());
        QTRY_COMPARE_WITH_TIMEOUT(stakeOf(other_.address).toDecimal(),
                                  (ownerBefore + U256(5)).toDecimal(), kChainRead);
        dialog->close();
    }

    // The grant is spent elsewhere between the price and the run: the run stops at its first
    // step and says why; the journal keeps it (Failed, resumable) until it is cancelled.
    void aFailureSaysTheStepAndTheReasonAndKeepsTheRequest() {
        Address once;
        iexec::SignedOrder<iexec::DatasetOrder> grant;
        try {
            once = kit().protect(me_, "once", {{"email", "o@n.e"}});
            grant = test::publishGrant(kit(), me_, once, fixture_.reader(), me_.address, 0, 1);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        window().openNewComputation(once, fixture_.reader());
        NewComputationDialog* dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Planned);
        try {
            kit().request(me_, fixture_.reader(), grant); // the one access, used by another request
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        answerPassword();
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->phase() == Phase::Failed, kLongChainWork);
        const QString said = child<QLabel>(dialog, "computeRunStatus")->text();
        QVERIFY2(said.startsWith(QStringLiteral(
                     "Stopped at “Choosing the orders and checking the price”: Not found.")) &&
                     said.contains(QStringLiteral("used up")) &&
                     said.contains(QStringLiteral("The request is kept")),
                 qPrintable(said));
        QCOMPARE(child<QLabel>(dialog, "computeStepIcon-plan")->property("state").toString(),
                 QStringLiteral("current"));
        QCOMPARE(child<QLabel>(dialog, "computeStepIcon-plan")->text(), QStringLiteral("✕"));
        QVERIFY(child<QPushButton>(dialog, "retryButton")->isVisible());
        auto op = compute::ComputeJournal(resolveAppPaths(fixture_.dataDir()).databaseFile())
                      .find(dialog->operationId());
        QVERIFY(op);
        QCOMPARE(op->state, compute::ComputeState::Failed);
        QCOMPARE(op->step, compute::ComputeStep::Plan);
        QVERIFY(!op->txId);
        shoot(dialog, QStringLiteral("en-light-newcomputation-failed"));
        // Nothing reached the chain: it can be given up.
        auto* cancel = child<QPushButton>(dialog, "cancelRunButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->phase() == Phase::Cancelled, kChainRead);
        op = compute::ComputeJournal(resolveAppPaths(fixture_.dataDir()).databaseFile())
                 .find(dialog->operationId());
        QVERIFY(op);
        QCOMPARE(op->state, compute::ComputeState::Cancelled);
        QPointer<NewComputationDialog> open(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!open);
    }

    void escapeWhileTheMarketIsReadLosesNothing() {
        const auto before = operations();
        window().openNewComputation(mine_, std::nullopt);
        NewComputationDialog* dialog = openedDialog();
        QVERIFY(dialog);
        QSignalSpy planned(dialog, &NewComputationDialog::planFinished);
        // Escape pressed the moment the market is asked, before its answer can arrive.
        QPointer<NewComputationDialog> open(dialog);
        bool escaped = false;
        connect(dialog, &NewComputationDialog::planStarted, dialog, [&] {
            QCOMPARE(dialog->phase(), Phase::Planning);
            QTest::keyClick(dialog, Qt::Key_Escape);
            escaped = true;
        });
        auto* args = child<QLineEdit>(dialog, "computeArgs");
        test::type(args, QStringLiteral("--verbose"));
        QTest::keyClicks(child<QComboBox>(dialog, "computeApp")->lineEdit(),
                         QLatin1String(kReaderName));
        QTRY_VERIFY(escaped);
        QTRY_VERIFY(!open);
        // The plan's answer arrives to nobody; nothing was recorded, and the window goes on.
        QTest::qWait(1500);
        QVERIFY(planned.isEmpty());
        QCOMPARE(operations().size(), before.size());
        QVERIFY(!window().newComputationDialog());
        window().openNewComputation(mine_, fixture_.reader());
        dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog->phase(), Phase::Planned);
        dialog->close();
    }

    void screenshotsFitInBothLanguagesAndThemes() {
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session().state()->setLanguage(language);
                session().state()->setTheme(theme);
                QCoreApplication::processEvents();
                const QString prefix = language + QLatin1Char('-') + theme;
                window().openNewComputation(mine_, fixture_.reader());
                NewComputationDialog* dialog = openedDialog();
                QVERIFY(dialog);
                QVERIFY(waitForPlan(dialog));
                QCOMPARE(dialog->phase(), Phase::Planned);
                // The advanced fields open, the encryption off: its warning shows too.
                QTest::mouseClick(child<QWidget>(dialog, "advancedToggle"), Qt::LeftButton);
                QVERIFY(child<QWidget>(dialog, "computeMaxPrice")->isVisible());
                auto* encrypt = child<QCheckBox>(dialog, "computeEncrypt");
                QTest::mouseClick(encrypt, Qt::LeftButton, {}, QPoint(8, encrypt->height() / 2));
                QVERIFY(!encrypt->isChecked());
                QVERIFY(child<QLabel>(dialog, "encryptWarning")->isVisible());
                QVERIFY(waitForPlan(dialog));
                sr::test::verifyFitsDefaultAndMinimum(dialog, QSize(720, 680),
                                                      prefix + QStringLiteral("-newcomputation"));
                if (QTest::currentTestFailed())
                    return;
                if (language == QLatin1String("fr"))
                    QVERIFY2(child<QLabel>(dialog, "computeSummary")
                                 ->text()
                                 .startsWith(QStringLiteral("Exécuter <i>Sandbox Content Reader")),
                             qPrintable(child<QLabel>(dialog, "computeSummary")->text()));
                dialog->close();
                QTRY_VERIFY(!window().newComputationDialog());
                // The buttons that open it, on their pages.
                window().showPage(MainWindow::ProtectedData);
                QTRY_VERIFY_WITH_TIMEOUT(!window().protectedDataPage()->isLoading() &&
                                             window().protectedDataPage()->model()->rowCount() > 0,
                                         kChainRead);
                window().protectedDataPage()->select(mine_);
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-data-run-app"));
                if (QTest::currentTestFailed())
                    return;
                window().showPage(MainWindow::Apps);
                QTRY_VERIFY_WITH_TIMEOUT(!window().appsPage()->isLoading(), kChainRead);
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-apps-run"));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        session().state()->setLanguage(QStringLiteral("en"));
        session().state()->setTheme(QStringLiteral("light"));
    }
};

QTEST_MAIN(NewComputationTest)
#include "store/AppSettings.h"
#include "tst_newcomputation.moc"
