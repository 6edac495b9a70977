// The protected data's timeline in the Protected data page's detail pane (issue 16), offscreen,
// on a real sandbox with its worker: a data made by another account and transferred to the
// owner, granted for a price, bought and run, then revoked; selecting it (a click on its row)
// shows each event in order in words; a new run arrives without a click as the page follows
// the chain; screenshots EN/FR, light/dark, nothing clipped at the default and minimum sizes.
#include "EarningsTestKit.h"
#include "GuiSandboxFixture.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SandboxAppOrders.h"
#include "Timeouts.h"
#include "data/DataTimelineView.h"
#include "data/ProtectedDataModel.h"
#include "data/ProtectedDataPage.h"
#include "iexec/DatasetCatalog.h"
#include "sandbox/DevAccountSender.h"
#include "settings/SettingsModel.h"
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

class DataTimelineGuiTest : public QObject {
    Q_OBJECT
    test::GuiSandboxFixture fixture_;
    QTemporaryDir scratch_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey buyer_ = test::devKey(3);
    test::DevKey maker_ = test::devKey(4);
    Address data_A_;

    GuiSession& session() { return fixture_.session(); }
    test::WorkerTestKit& kit() { return fixture_.kit(); }
    MainWindow& window() { return fixture_.window(); }
    ProtectedDataPage* page() { return window().protectedDataPage(); }
    DataTimelineView* timeline() { return child<DataTimelineView>(page(), "dataTimeline"); }

    void run(const iexec::SignedOrder<iexec::DatasetOrder>& grant) {
        const Hash32 task =
            iexec::PocoHub::taskId(kit().request(buyer_, fixture_.reader(), grant), 0);
        const auto record = kit().waitForWorker(task);
        if (record.status != sandbox::SandboxWorker::Status::Completed)
            throw Error(ErrorCode::Internal, "the run did not complete: " + record.reason);
    }

    /// Shows the Protected data page and selects the data by a click on its row; waits for
    /// its timeline.
    void selectTheData() {
        window().showPage(MainWindow::ProtectedData);
        QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() == 1 && !page()->isLoading(),
                                 kLongChainWork);
        auto* table = child<QTableView>(page(), "dataTable");
        QSignalSpy loaded(timeline(), &DataTimelineView::loaded);
        const QRect row = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(page()->selected() == data_A_);
        QVERIFY(loaded.count() > 0 || loaded.wait(kLongChainWork));
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->sentences().size() >= 5, kChainRead);
    }

private slots:
    // The data's story up to its revoke is the suite's: every function starts from it.
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        QVERIFY(fixture_.start([this] {
            auto& net = fixture_.network();
            test::depositRlc(net, kit(), buyer_, U256(1'000'000'000));
            // Made by another account, then given to the owner.
            data_A_ = kit().protect(maker_, "medical-2026", {{"email", "a@b.c"}});
            eth::JsonRpcClient rpc({kit().endpoints().rpcUrl});
            iexec::DatasetCatalog catalog(
                rpc, net.profile(),
                std::filesystem::path(
                    scratch_.filePath(QStringLiteral("scratch.sqlite")).toStdString()));
            sandbox::DevAccountSender(kit().rpc(), maker_.address)
                .send(catalog.transfer(maker_.address, data_A_, owner_.address), "transfer");
            // 0.1 RLC a run for anyone, bought once, then revoked.
            const auto grant = test::publishGrant(kit(), owner_, data_A_, fixture_.reader(),
                                                  Address(), 100'000'000, 5);
            run(grant);
            sandbox::DevAccountSender(kit().rpc(), owner_.address)
                .send(iexec::PocoHub(kit().hub())
                          .manageDatasetOrder(grant, iexec::OrderOperation::Close),
                      "revoke");
        }));
    }

    void init() { QVERIFY(fixture_.open({{owner_, "Owner"}})); }
    void cleanup() { fixture_.close(); }
    void cleanupTestCase() { fixture_.stop(); }

    void selectingTheDataShowsItsTimeline() {
        selectTheData();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(timeline()->sentences().size(), 5);
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
        selectTheData();
        if (QTest::currentTestFailed())
            return;
        const qsizetype before = timeline()->sentences().size();
        try {
            const auto grant =
                test::publishGrant(kit(), owner_, data_A_, fixture_.reader(), buyer_.address, 0, 2);
            run(grant);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QTRY_COMPARE_WITH_TIMEOUT(timeline()->sentences().size(), before + 2, kLongChainWork);
        const QStringList s = timeline()->sentences();
        const QString buyer =
            AddressLabel::shorten(QString::fromStdString(buyer_.address.toChecksumHex()));
        QVERIFY2(
            s[before].endsWith(QStringLiteral(" for %1, 0 RLC per run, up to 2 runs").arg(buyer)),
            qPrintable(s[before]));
        QVERIFY2(s[before + 1].endsWith(QStringLiteral(" — free")), qPrintable(s[before + 1]));
        QVERIFY(page()->selected() == data_A_);
    }

    void screenshotsFitInBothLanguagesAndThemes() {
        selectTheData();
        if (QTest::currentTestFailed())
            return;
        const qsizetype events = timeline()->sentences().size();
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session().state()->setLanguage(language);
                session().state()->setTheme(theme);
                QCoreApplication::processEvents();
                window().showPage(MainWindow::ProtectedData);
                QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kChainRead);
                QTRY_COMPARE_WITH_TIMEOUT(timeline()->sentences().size(), events, kChainRead);
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
        session().state()->setLanguage(QStringLiteral("en"));
        session().state()->setTheme(QStringLiteral("light"));
    }
};

QTEST_MAIN(DataTimelineGuiTest)
#include "store/AppSettings.h"
#include "tst_datatimeline.moc"
