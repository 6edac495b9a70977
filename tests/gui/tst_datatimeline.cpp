// The protected data's timeline in the Protected data page's detail pane (issue 16), offscreen,
// on a real sandbox with its worker: a data made by another account and transferred to the
// owner, granted for a price, bought and run, then revoked; selecting it (a click on its row)
// shows each event in order in words; a new run arrives without a click as the page follows
// the chain; screenshots EN/FR, light/dark, nothing clipped at the default and minimum sizes.
#include "EarningsTestKit.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "SandboxAppOrders.h"
#include "Timeouts.h"
#include "data/DataTimelineView.h"
#include "data/ProtectedDataModel.h"
#include "data/ProtectedDataPage.h"
#include "iexec/DatasetCatalog.h"
#include "sandbox/DevAccountSender.h"
#include "settings/SettingsModel.h"
#include "util/Paths.h"
#include "wallet/AccountStore.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;
using eth::Address;
using eth::U256;
using sr::test::child;
using sr::test::shoot;

namespace {
const char kPassword[] = "correct horse battery staple";
}

class DataTimelineGuiTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    sandbox::SandboxNetwork* net_ = nullptr;
    std::unique_ptr<test::WorkerTestKit> kit_;
    std::unique_ptr<GuiSession> session_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey buyer_ = test::devKey(3);
    test::DevKey maker_ = test::devKey(4);
    Address reader_, data_A_;

    MainWindow& window() { return *session_->window(); }
    ProtectedDataPage* page() { return window().protectedDataPage(); }
    DataTimelineView* timeline() { return child<DataTimelineView>(page(), "dataTimeline"); }

    void run(const iexec::SignedOrder<iexec::DatasetOrder>& grant) {
        const Hash32 task = iexec::PocoHub::taskId(kit_->request(buyer_, reader_, grant), 0);
        const auto record = kit_->waitForWorker(task);
        if (record.status != sandbox::SandboxWorker::Status::Completed)
            throw Error(ErrorCode::Internal, "the run did not complete: " + record.reason);
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        data_ = dir_.path().toStdString();
        try {
            sandbox_ = std::make_unique<test::PublishedSandbox>(
                data_, [](const std::filesystem::path& stateDir) {
                    auto options = test::sandboxWithWorkerpool(stateDir);
                    options.maxWallClock = std::chrono::seconds(5);
                    return options;
                });
            net_ = &sandbox_->network();
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
            reader_ = test::contentReader(*net_, *kit_);
            test::depositRlc(*net_, *kit_, buyer_, U256(1'000'000'000));
            // Made by another account, then given to the owner.
            data_A_ = kit_->protect(maker_, "medical-2026", {{"email", "a@b.c"}});
            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::DatasetCatalog catalog(rpc, net_->profile(), data_ / "scratch.sqlite");
            sandbox::DevAccountSender(kit_->rpc(), maker_.address)
                .send(catalog.transfer(maker_.address, data_A_, owner_.address), "transfer");
            // 0.1 RLC a run for anyone, bought once, then revoked.
            const auto grant =
                test::publishGrant(*kit_, owner_, data_A_, reader_, Address(), 100'000'000, 5);
            run(grant);
            sandbox::DevAccountSender(kit_->rpc(), owner_.address)
                .send(iexec::PocoHub(kit_->hub())
                          .manageDatasetOrder(grant, iexec::OrderOperation::Close),
                      "revoke");
            wallet::AccountStore::Options quick;
            quick.cost = {1u << 10, 8, 1};
            quick.rsaBits = 2048;
            wallet::AccountStore(resolveAppPaths(data_).keystoreDir(), quick)
                .importPrivateKey(crypto::SecretBytes(owner_.key.view()), kPassword, "Owner");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        session_ = test::openSession(data_, std::string("sandbox"));
        QVERIFY(session_);
    }

    void cleanupTestCase() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        kit_.reset();
        sandbox_.reset();
    }

    void selectingTheDataShowsItsTimeline() {
        window().showPage(MainWindow::ProtectedData);
        QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() == 1 && !page()->isLoading(),
                                 kLongChainWork);
        auto* table = child<QTableView>(page(), "dataTable");
        QSignalSpy loaded(timeline(), &DataTimelineView::loaded);
        const QRect row = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(page()->selected() == data_A_);
        QVERIFY(loaded.count() > 0 || loaded.wait(kLongChainWork));
        QTRY_COMPARE_WITH_TIMEOUT(timeline()->sentences().size(), 5, kChainRead);
        const QStringList s = timeline()->sentences();
        const QString maker =
            AddressLabel::shorten(QString::fromStdString(maker_.address.toChecksumHex()));
        const QString buyer =
            AddressLabel::shorten(QString::fromStdString(buyer_.address.toChecksumHex()));
        QCOMPARE(s[0], QStringLiteral("Created by %1").arg(maker));
        QCOMPARE(s[1], QStringLiteral("Received from %1").arg(maker));
        QVERIFY2(s[2].startsWith(QStringLiteral("Granted to ")) &&
                     s[2].endsWith(QStringLiteral(" for anyone, 0.1 RLC per run, up to 5 runs")),
                 qPrintable(s[2]));
        QVERIFY2(s[3].startsWith(QStringLiteral("Run by %1 with ").arg(buyer)) &&
                     s[3].endsWith(QStringLiteral(" — earned 0.1 RLC")),
                 qPrintable(s[3]));
        QVERIFY2(s[4].startsWith(QStringLiteral("Revoked the grant to ")) &&
                     s[4].endsWith(QStringLiteral(" for anyone")),
                 qPrintable(s[4]));
        // One row a event, each with its kind.
        const auto rows = timeline()->findChildren<QWidget*>(QStringLiteral("timelineEvent"));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[3]->property("kind").toString(), QStringLiteral("run"));
        shoot(child<QWidget>(page(), "dataDetailCard"), QStringLiteral("en-light-data-timeline"));
    }

    // A new grant and run show without a click: the page follows the chain.
    void newEventsArriveWithTheBlocks() {
        try {
            const auto grant =
                test::publishGrant(*kit_, owner_, data_A_, reader_, buyer_.address, 0, 2);
            run(grant);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QTRY_COMPARE_WITH_TIMEOUT(timeline()->sentences().size(), 7, kLongChainWork);
        const QStringList s = timeline()->sentences();
        const QString buyer =
            AddressLabel::shorten(QString::fromStdString(buyer_.address.toChecksumHex()));
        QVERIFY2(s[5].endsWith(QStringLiteral(" for %1, 0 RLC per run, up to 2 runs").arg(buyer)),
                 qPrintable(s[5]));
        QVERIFY2(s[6].endsWith(QStringLiteral(" — free")), qPrintable(s[6]));
        QVERIFY(page()->selected() == data_A_);
    }

    void screenshotsFitInBothLanguagesAndThemes() {
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session_->state()->setLanguage(language);
                session_->state()->setTheme(theme);
                QCoreApplication::processEvents();
                window().showPage(MainWindow::ProtectedData);
                QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kChainRead);
                QTRY_COMPARE_WITH_TIMEOUT(timeline()->sentences().size(), 7, kChainRead);
                const QString prefix = language + QLatin1Char('-') + theme;
                shoot(child<QWidget>(page(), "dataDetailCard"),
                      prefix + QStringLiteral("-data-timeline"));
                sr::test::verifyFitsDefaultAndMinimum(
                    &window(), QSize(1180, 760), prefix + QStringLiteral("-fit-data-timeline"));
                if (QTest::currentTestFailed())
                    return;
                if (language == QLatin1String("fr")) {
                    QCOMPARE(child<QLabel>(timeline(), "dataTimelineCaption")->text(),
                             QStringLiteral("Historique"));
                    QVERIFY2(timeline()->sentences().at(0).startsWith(QStringLiteral("Créée par")),
                             qPrintable(timeline()->sentences().at(0)));
                }
            }
        }
        session_->state()->setLanguage(QStringLiteral("en"));
        session_->state()->setTheme(QStringLiteral("light"));
    }
};

QTEST_MAIN(DataTimelineGuiTest)
#include "store/AppSettings.h"
#include "tst_datatimeline.moc"
