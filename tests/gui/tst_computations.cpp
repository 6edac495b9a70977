// The Computations page (issue 15) as a requester and a data owner meet it, offscreen, on a
// real sandbox with its workerpool: the empty states; a Content Reader run on data the account
// protected, requested through the core pipeline, shown and followed to COMPLETED by the page
// (announced), its result fetched with the typed password (a wrong one first) and read in the
// viewer; a second account's run on the owner's data on *On my data*; a failing app's task
// past its final deadline claimed through the confirmation and the password; the node gone,
// said plainly; screenshots EN/FR, light/dark, default and minimum sizes.
#include "EarningsTestKit.h"
#include "GuiSandboxFixture.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SandboxAppOrders.h"
#include "Timeouts.h"
#include "compute/ComputationsModel.h"
#include "compute/ComputationsPage.h"
#include "compute/ComputeJournal.h"
#include "compute/ComputePipeline.h"
#include "compute/ResultViewer.h"
#include "data/ProtectedDataPage.h"
#include "eth/Hex.h"
#include "eth/Signer.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Paths.h"
#include "wallet/PasswordDialog.h"
#include "wallet/WalletSession.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QtTest>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;
using eth::Address;
using eth::U256;
using sr::test::child;
using sr::test::shoot;
using sr::test::whenModal;

namespace {
const char* const kPassword = test::GuiSandboxFixture::kPassword;
}

class ComputationsGuiTest : public QObject {
    Q_OBJECT
    test::GuiSandboxFixture fixture_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey buyer_ = test::devKey(3);

    MainWindow& window() { return fixture_.window(); }
    GuiSession& session() { return fixture_.session(); }
    test::WorkerTestKit& kit() { return fixture_.kit(); }
    sandbox::SandboxNetwork& net() { return fixture_.network(); }
    ComputationsPage* page() { return window().computationsPage(); }

    bool reread() {
        QSignalSpy done(page(), &ComputationsPage::refreshed);
        page()->refresh();
        return done.wait(kLongChainWork);
    }

    /// Requests `app` on `dataset` as the owner through the core pipeline (as the New
    /// computation dialog does); returns the journal's operation.
    compute::ComputeOperation request(const Address& dataset, bool run = true) {
        auto chain = session().wallet()->chain();
        auto pipeline = chain->compute();
        compute::ComputeOperation op;
        op.requester = owner_.address;
        op.app = fixture_.reader();
        op.dataset = dataset;
        op = pipeline.create(std::move(op));
        if (!run)
            return op;
        const eth::PrivateKeySigner signer(crypto::SecretBytes(owner_.key.view()));
        return pipeline.run(op.id, signer, session().wallet()->current()->resultPublicKeyPem);
    }

    /// Protects `name` as the owner (its key pushed to the SMS, or not: then its runs fail),
    /// grants it to the Content Reader for the owner alone, and requests a run of it.
    compute::ComputeOperation runOnNewData(const std::string& name, bool pushKey = true) {
        const Address dataset = kit().protect(owner_, name, {{"email", "a@b.c"}}, pushKey);
        test::publishGrant(kit(), owner_, dataset, fixture_.reader(), owner_.address, 0, 10);
        return request(dataset);
    }

    /// A run of the owner's that the page, shown, followed to COMPLETED; its operation's id,
    /// 0 (said) if it did not complete.
    std::int64_t aCompletedRun() {
        compute::ComputeOperation op;
        try {
            op = runOnNewData("medical-2026");
        } catch (const Error& e) {
            qWarning("%s", e.what());
            return 0;
        }
        window().showPage(MainWindow::Computations);
        page()->showOperation(op.id);
        if (!waitForStatus(op.id, QStringLiteral("COMPLETED"))) {
            qWarning("the run is %s", qPrintable(statusKey(op.id)));
            return 0;
        }
        return op.id;
    }

    /// Shows the Computations page of a window just opened and waits for its first read.
    bool showRead() {
        QSignalSpy done(page(), &ComputationsPage::refreshed);
        window().showPage(MainWindow::Computations);
        return done.wait(kLongChainWork);
    }

    /// Clicks the button of `box` that reads `text`.
    static void clickButton(QMessageBox* box, const QString& text) {
        QAbstractButton* button = nullptr;
        for (auto* b : box->buttons())
            if (b->text() == text)
                button = b;
        QVERIFY2(button, qPrintable(text));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Types the wallet password in the next password dialog and presses Return.
    static void typePasswordWhenAsked(bool* typed) {
        whenModal([typed](QWidget* modal) {
            auto* dialog = qobject_cast<PasswordDialog*>(modal);
            QVERIFY(dialog);
            auto* field = child<QLineEdit>(dialog, "passwordField");
            sr::test::type(field, QString::fromLatin1(kPassword));
            QTest::keyClick(field, Qt::Key_Return);
            *typed = true;
        });
    }

    /// The page's row of operation `id` (-1 if not listed).
    int rowOf(std::int64_t id) { return page()->requests()->rowOf(id); }
    QString statusKey(std::int64_t id) {
        const int row = rowOf(id);
        return row < 0 ? QString() : requestStatusKey(page()->requests()->at(row));
    }

    /// Clicks the row of operation `id` in the requests table, as a person selects it.
    void clickRow(std::int64_t id) {
        auto* table = child<QTableView>(page(), "requestsTable");
        const QModelIndex at =
            page()->requestsFilter()->mapFromSource(page()->requests()->index(rowOf(id), 0));
        table->scrollTo(at);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(at).center());
        QCOMPARE(page()->selectedId(), id);
    }

    void mine() { kit().rpc().call("evm_mine", nlohmann::json::array()); }

    /// Waits until the page shows request `id` in `key`, mining a block every second (the
    /// page follows the blocks it sees; a sandbox mines only when something is sent).
    bool waitForStatus(std::int64_t id, const QString& key, int seconds = 60) {
        for (int i = 0; i < seconds * 10 && statusKey(id) != key; ++i) {
            if (i % 10 == 0)
                mine();
            QTest::qWait(100);
        }
        return statusKey(id) == key;
    }

private slots:
    void initTestCase() {
        QVERIFY(fixture_.start([this] { test::depositRlc(net(), kit(), owner_, U256(1000000)); }));
    }

    // Each function has a data folder of its own (its requests are the ones it makes) and
    // starts on the Computations page, read once.
    void init() {
        QVERIFY(fixture_.open({{owner_, "Owner"}}));
        QVERIFY(showRead());
    }
    void cleanup() { fixture_.close(); }
    void cleanupTestCase() { fixture_.stop(); }

    void emptyStatesSayWhatToDo() {
        QVERIFY(session().wallet()->current());
        auto* empty = child<QLabel>(page(), "requestsEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("You have not asked")),
                 qPrintable(empty->text()));
        QVERIFY(!child<QTableView>(page(), "requestsTable")->isVisible());
        QVERIFY(child<QLabel>(page(), "computationDetailHint")->isVisible());
        shoot(&window(), QStringLiteral("computations-empty"));
        // The other tab, by a click on it.
        auto* tabs = child<QTabWidget>(page(), "computationsTabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentIndex(), 1);
        auto* noDeals = child<QLabel>(page(), "onMyDataEmpty");
        QVERIFY(noDeals->isVisible());
        QVERIFY2(noDeals->text().startsWith(QStringLiteral("Nothing has run")),
                 qPrintable(noDeals->text()));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
        // New computation… only asks the window for the dialog.
        QSignalSpy asked(page(), &ComputationsPage::newComputationRequested);
        QTest::mouseClick(child<QPushButton>(page(), "newComputation"), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
    }

    void myRunIsFollowedToItsResult() {
        QSignalSpy finished(page(), &ComputationsPage::taskFinished);
        compute::ComputeOperation op;
        try {
            op = runOnNewData("medical-2026");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(op.taskId.has_value());
        // The dialog hands over: the page reads the journal and selects the request.
        page()->showOperation(op.id);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(op.id) >= 0 && page()->selectedId() == op.id, kChainRead);
        QAbstractItemModelTester tester(page()->requestsFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Followed block after block to its end, and announced.
        QVERIFY2(waitForStatus(op.id, QStringLiteral("COMPLETED")), qPrintable(statusKey(op.id)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kUiSettles);
        QCOMPARE(finished.front().at(0).toString(), QString::fromStdString(eth::toHex(*op.taskId)));
        QVERIFY(finished.front().at(1).toBool());
        const QString said = window().statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("completed")), qPrintable(said));
        // The row: status, cost, the task id.
        const int row = page()->requests()->rowOf(op.id);
        QCOMPARE(page()->requests()->index(row, RequestsModel::Status).data().toString(),
                 QStringLiteral("Completed"));
        QVERIFY(page()
                    ->requests()
                    ->index(row, RequestsModel::Cost)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("RLC")));
        QCOMPARE(page()
                     ->requests()
                     ->index(row, RequestsModel::Task)
                     .data(RequestsModel::AddressRole)
                     .toString(),
                 QString::fromStdString(eth::toHex(*op.taskId)));
        clickRow(op.id);
        QVERIFY(child<QLabel>(page(), "computationStatus")
                    ->text()
                    .startsWith(QStringLiteral("Completed")));
        QVERIFY(child<QLabel>(page(), "computationFinalDeadline")->text() != QStringLiteral("—"));
        auto* get = child<QPushButton>(page(), "computationGetResult");
        QVERIFY(get->isVisible() && get->isEnabled());
        shoot(&window(), QStringLiteral("en-light-computations-completed"));

        // Get result: a wrong password is refused in the dialog, the right one decrypts.
        bool refused = false;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<PasswordDialog*>(modal);
            QVERIFY(dialog);
            auto* field = child<QLineEdit>(dialog, "passwordField");
            sr::test::type(field, QStringLiteral("not the password"));
            QTest::keyClick(field, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), kServiceAnswers);
            refused =
                dialog->isVisible() && !child<QLabel>(dialog, "passwordStatus")->text().isEmpty();
            shoot(dialog, QStringLiteral("en-light-computations-wrong-password"));
            sr::test::type(field, QString::fromLatin1(kPassword));
            QTest::keyClick(field, Qt::Key_Return);
        });
        QSignalSpy opened(page(), &ComputationsPage::resultOpened);
        QTest::mouseClick(get, Qt::LeftButton);
        QVERIFY(opened.size() == 1 || opened.wait(kLongChainWork));
        QVERIFY(refused);
        QVERIFY2(opened.front().front().toBool(),
                 qPrintable(child<QLabel>(page(), "computationDetailStatus")->text()));
        // The viewer: the result's files, the report pretty-printed.
        ResultViewer* viewer = page()->resultViewer();
        QVERIFY(viewer->isVisible());
        auto* files = child<QListWidget>(viewer, "resultFiles");
        const auto reports = files->findItems(QStringLiteral("report.json"), Qt::MatchEndsWith);
        QVERIFY(!reports.isEmpty());
        QSignalSpy preview(viewer, &ResultViewer::previewShown);
        QTest::mouseClick(files->viewport(), Qt::LeftButton, {},
                          files->visualItemRect(reports.front()).center());
        QTRY_VERIFY_WITH_TIMEOUT(viewer->currentFile().endsWith(QStringLiteral("report.json")) &&
                                     viewer->previewKind() == ResultViewer::PreviewKind::Json,
                                 kUiSettles);
        const QString text = child<QPlainTextEdit>(viewer, "resultText")->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("\"fields\"")), qPrintable(text.left(300)));
        QVERIFY2(text.contains(QStringLiteral("\n    ")), "not pretty-printed");
        const auto folder =
            resolveAppPaths(fixture_.dataDir()).dataDir / "results" / eth::toHex(*op.taskId);
        QVERIFY(std::filesystem::exists(folder / "report.json"));
        shoot(&window(), QStringLiteral("en-light-computations-result"));
        // Save as… writes a copy.
        QSignalSpy saved(viewer, &ResultViewer::saved);
        viewer->saveCurrentTo(fixture_.scratch(QStringLiteral("report-copy.json")));
        QVERIFY(saved.wait(kUiSettles));
        QVERIFY(saved.front().at(1).toString().isEmpty());
        QVERIFY(QFile::exists(fixture_.scratch(QStringLiteral("report-copy.json"))));
        // A result already on disk opens again without a password.
        QSignalSpy again(page(), &ComputationsPage::resultOpened);
        QTest::mouseClick(get, Qt::LeftButton);
        QVERIFY(again.wait(kServiceAnswers));
        QVERIFY(again.front().front().toBool());
    }

    // IPFS down: said in words; the request and what is on disk stay, and it works again.
    void aGatewayDownIsSaidAndLosesNothing() {
        const std::int64_t completed = aCompletedRun();
        QVERIFY(completed != 0);
        // A port nothing listens on: the gateway refuses at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        NetworkProfile broken = session().state()->activeNetwork().profile;
        broken.name = "sandbox-no-ipfs";
        broken.displayName = "Sandbox without IPFS";
        broken.ipfsGateway = "http://127.0.0.1:" + std::to_string(port);
        const QString file = fixture_.scratch(QStringLiteral("no-ipfs.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(broken.toJson().dump(2)));
        out.close();
        const auto switchTo = [this, completed](const std::string& network) {
            session().state()->openNetwork(network);
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(completed) >= 0 && !page()->isLoading(), kLongChainWork);
        };
        switchTo(file.toStdString());
        if (QTest::currentTestFailed())
            return;
        const auto results = resolveAppPaths(fixture_.dataDir()).dataDir / "results";
        std::filesystem::remove_all(results);
        clickRow(completed);
        bool typed = false;
        typePasswordWhenAsked(&typed);
        QSignalSpy opened(page(), &ComputationsPage::resultOpened);
        QTest::mouseClick(child<QPushButton>(page(), "computationGetResult"), Qt::LeftButton);
        QVERIFY(opened.size() == 1 || opened.wait(kLongChainWork));
        QVERIFY(typed);
        QVERIFY(!opened.front().front().toBool());
        const QString said = child<QLabel>(page(), "computationDetailStatus")->text();
        QVERIFY2(said.startsWith(QStringLiteral("Could not get the result: ")), qPrintable(said));
        QVERIFY(!page()->resultViewer()->isVisible());
        QCOMPARE(statusKey(completed), QStringLiteral("COMPLETED"));
        shoot(&window(), QStringLiteral("en-light-computations-gateway-down"));
        // Back on the sandbox's own profile, the result comes again.
        switchTo("sandbox");
        if (QTest::currentTestFailed())
            return;
        clickRow(completed);
        typePasswordWhenAsked(&typed);
        QSignalSpy again(page(), &ComputationsPage::resultOpened);
        QTest::mouseClick(child<QPushButton>(page(), "computationGetResult"), Qt::LeftButton);
        QVERIFY(again.size() == 1 || again.wait(kLongChainWork));
        QVERIFY2(again.front().front().toBool(),
                 qPrintable(child<QLabel>(page(), "computationDetailStatus")->text()));
    }

    void csvAndTextPreviews() {
        const auto folder =
            std::filesystem::path(fixture_.scratch(QStringLiteral("viewer")).toStdString());
        std::filesystem::create_directories(folder);
        QFile csv(QString::fromStdString((folder / "scores.csv").string()));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,score\r\n\"ann, the first\",3\r\nbob,\"5\"\"\"\r\n");
        csv.close();
        ResultViewer viewer;
        QSignalSpy shown(&viewer, &ResultViewer::previewShown);
        viewer.setResult(folder, {QStringLiteral("scores.csv")});
        QVERIFY(shown.wait(kUiSettles));
        QCOMPARE(viewer.previewKind(), ResultViewer::PreviewKind::Csv);
        auto* table = child<QTableWidget>(&viewer, "resultTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("ann, the first"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("5\""));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("score"));
        // A CSV that is not valid (a quote never closed) is shown as the text it is.
        QFile bad(QString::fromStdString((folder / "bad.csv").string()));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name,score\r\n\"ann,3\r\n");
        bad.close();
        viewer.setResult(folder, {QStringLiteral("bad.csv")});
        QVERIFY(shown.wait(kUiSettles));
        QCOMPARE(viewer.previewKind(), ResultViewer::PreviewKind::Text);
        // An image, a text, and bytes that are neither, picked in the list by a click.
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QVERIFY(picture.save(QString::fromStdString((folder / "chart.png").string())));
        QFile notes(QString::fromStdString((folder / "notes.txt").string()));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("line one\nline two\n");
        notes.close();
        QFile blob(QString::fromStdString((folder / "blob.bin").string()));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.write(QByteArray("\x00\x01\x02\xff", 4));
        blob.close();
        viewer.setResult(folder, {QStringLiteral("blob.bin"), QStringLiteral("chart.png"),
                                  QStringLiteral("notes.txt"), QStringLiteral("scores.csv")});
        viewer.resize(600, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto* files = child<QListWidget>(&viewer, "resultFiles");
        const auto pick = [&](int row) {
            QTest::mouseClick(files->viewport(), Qt::LeftButton, {},
                              files->visualItemRect(files->item(row)).center());
        };
        QTRY_COMPARE_WITH_TIMEOUT(viewer.previewKind(), ResultViewer::PreviewKind::None,
                                  kUiSettles);
        QVERIFY(child<QLabel>(&viewer, "resultMessage")
                    ->text()
                    .startsWith(QStringLiteral("No preview")));
        pick(1);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.previewKind(), ResultViewer::PreviewKind::Image,
                                  kUiSettles);
        QCOMPARE(child<QLabel>(&viewer, "resultImage")->pixmap().size(), QSize(40, 30));
        pick(2);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.previewKind(), ResultViewer::PreviewKind::Text,
                                  kUiSettles);
        QCOMPARE(child<QPlainTextEdit>(&viewer, "resultText")->toPlainText(),
                 QStringLiteral("line one\nline two\n"));
        shoot(&viewer, QStringLiteral("en-light-result-viewer-text"));
    }

    void aRunOnMyDataByAnotherAccountShows() {
        Hash32 deal{};
        try {
            const Address dataset = kit().protect(owner_, "shared", {{"email", "s@h.r"}});
            deal = kit().request(buyer_, fixture_.reader(),
                                 kit().grant(owner_, dataset, fixture_.reader()));
            // The owner's own run on the same data.
            (void)kit().request(owner_, fixture_.reader(),
                                kit().grant(owner_, dataset, fixture_.reader()));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        // Once the Protected data page has listed them, the data go by their names.
        window().showPage(MainWindow::ProtectedData);
        QTRY_VERIFY_WITH_TIMEOUT(!window().protectedDataPage()->isLoading(), kChainRead);
        window().showPage(MainWindow::Computations);
        auto* tabs = child<QTabWidget>(page(), "computationsTabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentIndex(), 1);
        const auto listed = [&] {
            for (const auto& d : page()->onMyData()->rows())
                if (d.dealId == deal)
                    return true;
            return false;
        };
        for (int i = 0; i < 300 && !listed(); ++i) {
            if (i % 10 == 0)
                mine();
            QTest::qWait(100);
        }
        QVERIFY(listed());
        QAbstractItemModelTester tester(page()->onMyDataFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The owner's own run is there too; filtering by the buyer leaves theirs.
        QVERIFY(page()->onMyData()->rowCount() >= 2);
        QVERIFY(reread());
        auto* filter = child<QLineEdit>(page(), "computationsFilter");
        filter->setFocus();
        QTest::keyClicks(filter, QString::fromStdString(buyer_.address.toChecksumHex()).left(14));
        const bool one = page()->onMyDataFilter()->rowCount() == 1;
        const QString firstData =
            page()->onMyDataFilter()->index(0, OnMyDataModel::Data).data().toString();
        if (!one || firstData != QLatin1String("shared"))
            filter->clear(); // the next tests see every row
        QVERIFY(one);
        const QModelIndex first = page()->onMyDataFilter()->index(0, OnMyDataModel::Requester);
        QCOMPARE(first.data(RequestsModel::AddressRole).toString(),
                 QString::fromStdString(buyer_.address.toChecksumHex()));
        QCOMPARE(firstData, QStringLiteral("shared"));
        shoot(&window(), QStringLiteral("en-light-computations-on-my-data"));
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        // A click on the Requester header sorts by requester, a second one the other way.
        auto* table = child<QTableView>(page(), "onMyDataTable");
        auto* header = table->horizontalHeader();
        const auto clickRequester = [&] {
            const int x = header->sectionViewportPosition(OnMyDataModel::Requester) +
                          header->sectionSize(OnMyDataModel::Requester) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        };
        const auto requesters = [&] {
            QStringList out;
            for (int r = 0; r < page()->onMyDataFilter()->rowCount(); ++r)
                out << page()
                           ->onMyDataFilter()
                           ->index(r, OnMyDataModel::Requester)
                           .data()
                           .toString();
            return out;
        };
        clickRequester();
        QCOMPARE(header->sortIndicatorSection(), int(OnMyDataModel::Requester));
        QStringList sorted = requesters();
        std::sort(sorted.begin(), sorted.end());
        if (header->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(requesters(), sorted);
        clickRequester();
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(requesters(), sorted);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
    }

    void aFailedTaskIsClaimedPastItsFinalDeadline() {
        QSignalSpy finished(page(), &ComputationsPage::taskFinished);
        compute::ComputeOperation op;
        try {
            // The SMS does not hold this data's key: the enclave cannot open it, the task fails.
            op = runOnNewData("no key", /*pushKey=*/false);
            QVERIFY(kit().waitForWorker(*op.taskId).status ==
                    sandbox::SandboxWorker::Status::Failed);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        QCOMPARE(statusKey(op.id), QStringLiteral("ACTIVE"));
        clickRow(op.id);
        QVERIFY(!child<QPushButton>(page(), "computationClaim")->isVisible());
        // Past the final deadline (category 0: 10 x 300 s from the deal's start).
        kit().rpc().call("evm_increaseTime", nlohmann::json::array({3001}));
        mine();
        QVERIFY2(waitForStatus(op.id, QStringLiteral("TIMEOUT")), qPrintable(statusKey(op.id)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kUiSettles);
        QVERIFY(!finished.front().at(1).toBool());
        const QString said = window().statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("ended without a result: claim its refund")),
                 qPrintable(said));
        auto* claim = child<QPushButton>(page(), "computationClaim");
        QTRY_VERIFY_WITH_TIMEOUT(claim->isVisible() && claim->isEnabled(), kUiSettles);
        shoot(&window(), QStringLiteral("en-light-computations-claimable"));
        // Confirmed, then the wallet's password, as a person does.
        session().wallet()->lock();
        bool confirmed = false;
        whenModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            shoot(box, QStringLiteral("en-light-computations-claim-confirm"));
            typePasswordWhenAsked(&confirmed);
            clickButton(box, QStringLiteral("Claim"));
        });
        QSignalSpy done(page(), &ComputationsPage::actionFinished);
        QTest::mouseClick(claim, Qt::LeftButton);
        QVERIFY(done.size() == 1 || done.wait(kPipelineEnds));
        QVERIFY(confirmed);
        QVERIFY2(done.front().front().toBool(),
                 qPrintable(child<QLabel>(page(), "computationDetailStatus")->text()));
        QVERIFY2(waitForStatus(op.id, QStringLiteral("FAILED")), qPrintable(statusKey(op.id)));
        QCOMPARE(page()->requests()->index(rowOf(op.id), RequestsModel::Status).data().toString(),
                 QStringLiteral("Failed, refunded"));
    }

    void aRequestThatSentNothingIsCancelled() {
        compute::ComputeOperation op;
        try {
            op = request(kit().protect(owner_, "unsent", {{"email", "u@n.s"}}), false);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        QCOMPARE(statusKey(op.id), QStringLiteral("REQUESTING"));
        clickRow(op.id);
        auto* cancel = child<QPushButton>(page(), "computationCancel");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(child<QPushButton>(page(), "computationResume")->isVisible());
        QVERIFY(!child<QPushButton>(page(), "computationGetResult")->isVisible());
        whenModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            clickButton(box, QStringLiteral("Give up"));
        });
        QSignalSpy done(page(), &ComputationsPage::actionFinished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(done.size() == 1 || done.wait(kServiceAnswers));
        QVERIFY(done.front().front().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(statusKey(op.id), QStringLiteral("CANCELLED"), kServiceAnswers);
        QVERIFY(!cancel->isVisible());
    }

    void aStoppedRequestIsResumed() {
        Address dataset;
        try {
            dataset = kit().protect(owner_, "granted later", {{"email", "g@l.t"}});
            (void)request(dataset);
            QFAIL("requested without a grant");
        } catch (const Error&) {
            // No grant yet: the request stops at its plan, and is kept.
        }
        compute::ComputeJournal journal(resolveAppPaths(fixture_.dataDir()).databaseFile());
        const auto ops = journal.list(0, true, owner_.address);
        QVERIFY(!ops.empty());
        const auto stopped = ops.front();
        QCOMPARE(int(stopped.state), int(compute::ComputeState::Failed));
        QVERIFY(reread());
        QCOMPARE(statusKey(stopped.id), QStringLiteral("STOPPED"));
        clickRow(stopped.id);
        auto* error = child<QLabel>(page(), "computationError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Stopped at “Choosing the orders”: Not "
                                                         "found.")) &&
                     error->text().contains(QStringLiteral("grant")),
                 qPrintable(error->text()));
        shoot(&window(), QStringLiteral("en-light-computations-stopped"));
        try {
            test::publishGrant(kit(), owner_, dataset, fixture_.reader(), owner_.address, 0, 10);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        session().wallet()->lock();
        bool typed = false;
        typePasswordWhenAsked(&typed);
        QSignalSpy done(page(), &ComputationsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(page(), "computationResume"), Qt::LeftButton);
        QVERIFY(done.size() == 1 || done.wait(kPipelineEnds));
        QVERIFY(typed);
        QVERIFY2(done.front().front().toBool(),
                 qPrintable(child<QLabel>(page(), "computationDetailStatus")->text()));
        QVERIFY2(waitForStatus(stopped.id, QStringLiteral("COMPLETED")),
                 qPrintable(statusKey(stopped.id)));
    }

    // On another page, a task of mine that ends is announced all the same.
    void aTaskThatEndsIsAnnouncedOnAnotherPage() {
        window().showPage(MainWindow::Wallet);
        page()->setHiddenFollowInterval(std::chrono::milliseconds(500));
        QSignalSpy finished(page(), &ComputationsPage::taskFinished);
        compute::ComputeOperation op;
        try {
            op = runOnNewData("while away");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kLongChainWork);
        QCOMPARE(finished.front().at(0).toString(), QString::fromStdString(eth::toHex(*op.taskId)));
        QVERIFY(finished.front().at(1).toBool());
        QCOMPARE(window().currentPage(), MainWindow::Wallet);
        const QString said = window().statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QStringLiteral("Sandbox Content Reader on ")) &&
                     said.contains(QStringLiteral(" completed: ")),
                 qPrintable(said));
        page()->setHiddenFollowInterval(std::chrono::seconds(30));
    }

    void screenshotsFitInBothLanguagesAndThemes() {
        const std::int64_t completed = aCompletedRun();
        QVERIFY(completed != 0);
        clickRow(completed);
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session().state()->setLanguage(language);
                session().state()->setTheme(theme);
                QCoreApplication::processEvents();
                QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kChainRead);
                const QString prefix = language + QLatin1Char('-') + theme;
                shoot(&window(), prefix + QStringLiteral("-computations-page"));
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-computations"));
                if (QTest::currentTestFailed())
                    return;
                auto* tabs = child<QTabWidget>(page(), "computationsTabs");
                tabs->setCurrentIndex(1);
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-on-my-data"));
                tabs->setCurrentIndex(0);
                if (QTest::currentTestFailed())
                    return;
                if (language == QLatin1String("fr")) {
                    QCOMPARE(tabs->tabText(0), QStringLiteral("Demandés par moi"));
                    QCOMPARE(child<QPushButton>(page(), "computationGetResult")->text(),
                             QStringLiteral("Obtenir le résultat"));
                }
            }
        }
        session().state()->setLanguage(QStringLiteral("en"));
        session().state()->setTheme(QStringLiteral("light"));
    }

    // Last: the node goes away. The page says so and keeps what it read.
    void anUnreachableNodeIsSaidPlainly() {
        try {
            // One request on chain, one not sent.
            (void)runOnNewData("kept");
            (void)request(kit().protect(owner_, "unsent", {{"email", "u@n.s"}}), false);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QVERIFY(reread());
        const int rows = page()->requests()->rowCount();
        QVERIFY(rows >= 2);
        fixture_.stopNode();
        QVERIFY(reread());
        auto* status = child<QLabel>(page(), "computationsStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("The chain could not be read")),
                 qPrintable(status->text()));
        QCOMPARE(page()->requests()->rowCount(), rows);
        QVERIFY(child<QTableView>(page(), "requestsTable")->isVisible());
        shoot(&window(), QStringLiteral("en-light-computations-unreachable"));
    }
};

QTEST_MAIN(ComputationsGuiTest)
#include "store/AppSettings.h"
#include "tst_computations.moc"
