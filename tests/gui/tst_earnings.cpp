// The Earnings page (issue 16) as a data owner meets it, offscreen, on a real sandbox with its
// worker: the empty state of an account that earned nothing; priced grants bought and run to
// completion; the page following the chain, announcing the new rewards and showing the
// ledger's totals and rows; the proxy model checked by QAbstractItemModelTester; filtered by
// typing and by data, sorted by a header click; exported through the file dialog and read
// back; Withdraw to wallet prefilled; screenshots EN/FR, light/dark, default and minimum sizes.
#include "EarningsTestKit.h"
#include "Format.h"
#include "GuiSandboxFixture.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SandboxAppOrders.h"
#include "Timeouts.h"
#include "data/ProtectedDataPage.h"
#include "earnings/EarningsChart.h"
#include "earnings/EarningsModel.h"
#include "earnings/EarningsPage.h"
#include "settings/SettingsModel.h"
#include "store/AppSettings.h"
#include "util/Paths.h"
#include "wallet/TransferDialog.h"
#include "wallet/WalletSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
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

class EarningsGuiTest : public QObject {
    Q_OBJECT
    test::GuiSandboxFixture fixture_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey buyer_ = test::devKey(3);
    Address dataA_, dataB_;
    bool paid_ = false; // the three paid runs are on chain

    MainWindow& window() { return fixture_.window(); }
    GuiSession& session() { return fixture_.session(); }
    test::WorkerTestKit& kit() { return fixture_.kit(); }
    sandbox::SandboxNetwork& net() { return fixture_.network(); }
    EarningsPage* page() { return window().earningsPage(); }

    void buyAndComplete(const Address& dataset, std::uint64_t price) {
        const auto order = kit().grant(owner_, dataset, fixture_.reader(), price);
        const Hash32 task =
            iexec::PocoHub::taskId(kit().request(buyer_, fixture_.reader(), order), 0);
        const auto record = kit().waitForWorker(task);
        if (record.status != sandbox::SandboxWorker::Status::Completed)
            throw Error(ErrorCode::Internal, "the run did not complete: " + record.reason);
    }

    // The ledger as the core reads it, on its own database.
    std::vector<iexec::Earning> ledger() {
        eth::JsonRpcClient rpc({kit().endpoints().rpcUrl});
        iexec::HubLogReader reader(rpc, net().profile(),
                                   fixture_.dataDir() / "ledger-check.sqlite");
        reader.sync();
        return reader.rewardsTo(owner_.address);
    }

    bool reread() {
        QSignalSpy done(page(), &EarningsPage::refreshed);
        page()->refresh();
        return done.wait(kLongChainWork);
    }

    /// Shows the Earnings page of a window just opened and waits for its first read.
    bool showRead() {
        QSignalSpy done(page(), &EarningsPage::refreshed);
        window().showPage(MainWindow::Earnings);
        return done.wait(kLongChainWork);
    }

    // The three paid runs (data A twice at 7 nRLC, data B once at 11), bought once in the
    // suite; the Earnings page shown once it lists them.
    void withPaidRuns() {
        try {
            if (!paid_) {
                buyAndComplete(dataA_, 7);
                buyAndComplete(dataA_, 7);
                buyAndComplete(dataB_, 11);
                paid_ = true;
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        window().showPage(MainWindow::Earnings);
        QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() >= 3 && !page()->isLoading(),
                                 kLongChainWork);
    }

private slots:
    // Two data of the owner's are the suite's; each function makes the runs it needs.
    void initTestCase() {
        QVERIFY(fixture_.start([this] {
            test::depositRlc(net(), kit(), buyer_, U256(1000));
            dataA_ = kit().protect(owner_, "data A", {{"email", "a@b.c"}});
            dataB_ = kit().protect(owner_, "data B", {{"email", "d@e.f"}});
        }));
    }

    // Each function has a data folder of its own and starts on the Earnings page, read once.
    void init() {
        QVERIFY(fixture_.open({{owner_, "Owner"}}));
        QVERIFY(showRead());
    }
    void cleanup() { fixture_.close(); }
    void cleanupTestCase() { fixture_.stop(); }

    void anAccountThatEarnedNothingSaysSo() {
        QVERIFY(session().wallet()->current());
        auto* empty = child<QLabel>(page(), "earningsEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No earnings yet")),
                 qPrintable(empty->text()));
        QVERIFY(!child<QTableView>(page(), "earningsTable")->isVisible());
        QVERIFY(!child<QPushButton>(page(), "earningsWithdraw")->isEnabled());
        QCOMPARE(child<QLabel>(page(), "earningsAllTime")->text(), QStringLiteral("0 RLC"));
        shoot(&window(), QStringLiteral("earnings-empty"));
    }

    void paidRunsShowWithTheLedgersTotals() {
        // Each run may show at its own block: the announcements add up to the three.
        QSignalSpy news(page(), &EarningsPage::newEarnings);
        const auto announced = [&news] {
            int sum = 0;
            for (const auto& args : news)
                sum += args.front().toInt();
            return sum;
        };
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        // The page follows the chain on its own and announces what arrived.
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 3, kLongChainWork);
        QTRY_COMPARE_WITH_TIMEOUT(announced(), 3, kUiSettles);
        const QString said = window().statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QStringLiteral("Your data earned ")) &&
                     said.contains(QStringLiteral("new reward")),
                 qPrintable(said));
        const auto rewards = ledger();
        const U256 asData = iexec::earningsSum(rewards, iexec::EarningRole::Data);
        QCOMPARE(asData.toDecimal(), std::string("25"));
        QCOMPARE(page()->earnedAsData(), asData);
        QCOMPARE(page()->earnedAsApp(), iexec::earningsSum(rewards, iexec::EarningRole::App));
        QCOMPARE(page()->earnedThisMonth(), asData); // all made just now
        QCOMPARE(child<QLabel>(page(), "earningsAllTime")->text(),
                 displayAmount(asData, eth::kRlcDecimals, QStringLiteral("RLC"), 9));
        QVERIFY(page()->pendingTotal().isZero());
        // The rows are the ledger's, newest first.
        QCOMPARE(page()->model()->rowCount(), int(rewards.size()));
        for (std::size_t i = 0; i < rewards.size(); ++i)
            QVERIFY(page()->model()->at(int(rewards.size() - 1 - i)).task == rewards[i].task);
        // The chart has a bar for today with both data in it.
        QCOMPARE(page()->chart()->series().size(), std::size_t(2));
        QCOMPARE(page()->chart()->bars().size(), std::size_t(1));
        QVERIFY(!child<QLabel>(page(), "earningsEmpty")->isVisible());
        // Once the Protected data page has listed them, the data go by their names.
        window().showPage(MainWindow::ProtectedData);
        QTRY_VERIFY_WITH_TIMEOUT(!window().protectedDataPage()->isLoading(), kChainRead);
        QVERIFY(reread());
        window().showPage(MainWindow::Earnings);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kChainRead);
        QStringList names;
        for (int row = 0; row < page()->model()->rowCount(); ++row)
            names << page()->model()->index(row, EarningsModel::Data).data().toString();
        names.removeDuplicates();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("data A"), QStringLiteral("data B")}));
        QCOMPARE(child<QComboBox>(page(), "earningsFilterData")->itemText(1).left(5),
                 QStringLiteral("data "));
        // By app: one series, the Content Reader's.
        child<QComboBox>(page(), "earningsChartBy")->setCurrentIndex(1);
        QCOMPARE(page()->chart()->series().size(), std::size_t(1));
        QVERIFY(page()->chart()->series().front().key == fixture_.reader());
        child<QComboBox>(page(), "earningsChartBy")->setCurrentIndex(0);
    }

    void filtersAndSorting() {
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        QAbstractItemModelTester tester(page()->filter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester source(page()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = child<QTableView>(page(), "earningsTable");
        auto* text = child<QLineEdit>(page(), "earningsFilterText");
        // Typing the start of data B's address leaves its one reward.
        const QString b = QString::fromStdString(dataB_.toChecksumHex()).left(12);
        text->setFocus();
        QTest::keyClicks(text, b);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(page()->filter()->shown().front().dataset, dataB_);
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(text, Qt::Key_Backspace);
        QCOMPARE(table->model()->rowCount(), 3);
        // The data filter.
        auto* data = child<QComboBox>(page(), "earningsFilterData");
        const int a = data->findData(QString::fromStdString(dataA_.toChecksumHex()));
        QVERIFY(a > 0);
        data->setCurrentIndex(a);
        QCOMPARE(table->model()->rowCount(), 2);
        data->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 3);
        // A click on the Amount header sorts by amount (ascending, then descending).
        auto* header = table->horizontalHeader();
        const auto clickAmount = [&] {
            const int x = header->sectionViewportPosition(EarningsModel::Amount) +
                          header->sectionSize(EarningsModel::Amount) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        };
        clickAmount();
        QCOMPARE(header->sortIndicatorSection(), int(EarningsModel::Amount));
        const auto first = [&] { return page()->filter()->shown().front().amount.toDecimal(); };
        const auto order = header->sortIndicatorOrder();
        QCOMPARE(first(), std::string(order == Qt::AscendingOrder ? "7" : "11"));
        clickAmount();
        QCOMPARE(first(), std::string(order == Qt::AscendingOrder ? "11" : "7"));
    }

    void exportThroughTheDialogReadsBack() {
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        const QString file = fixture_.scratch(QStringLiteral("my-earnings.csv"));
        bool chosen = false;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            QVERIFY(dialog);
            dialog->setDirectory(fixture_.scratchDir());
            // The folder read first (its listing coming in later takes the selection back).
            auto* files = qobject_cast<QFileSystemModel*>(
                dialog->proxyModel() ? dialog->proxyModel()->sourceModel() : nullptr);
            if (!files)
                files = dialog->findChild<QFileSystemModel*>();
            QVERIFY(files);
            QTRY_VERIFY_WITH_TIMEOUT(files->rowCount(files->index(fixture_.scratchDir())) > 0,
                                     kUiSettles);
            sr::test::settle();
            // Typed, then Return, as a user does.
            auto* name = child<QLineEdit>(dialog, "fileNameEdit");
            sr::test::type(name, QStringLiteral("my-earnings.csv"));
            QTest::keyClick(name, Qt::Key_Return);
            chosen = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
            if (!chosen)
                static_cast<QDialog*>(dialog)->reject();
        });
        QSignalSpy exported(page(), &EarningsPage::exported);
        QTest::mouseClick(child<QPushButton>(page(), "earningsExport"), Qt::LeftButton);
        QVERIFY(chosen);
        QVERIFY(exported.count() == 1 || exported.wait(kServiceAnswers));
        QVERIFY2(exported.front().front().toBool(),
                 qPrintable(child<QLabel>(page(), "earningsStatus")->text()));
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(child<QLabel>(page(), "earningsStatus")->text()));
        // Written as the engine writes its files: for its owner only.
        const QFileDevice::Permissions mode = QFile::permissions(file);
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                         QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray bytes = in.readAll();
        const auto back = iexec::parseEarningsCsv(bytes.toStdString());
        const auto shown = page()->filter()->shown();
        QCOMPARE(back.size(), shown.size());
        for (std::size_t i = 0; i < back.size(); ++i) {
            QVERIFY(back[i].task == shown[i].task);
            QCOMPARE(back[i].amount, shown[i].amount);
            QVERIFY(back[i].transaction == shown[i].transaction);
        }
    }

    void withdrawIsPrefilled() {
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        auto* button = child<QPushButton>(page(), "earningsWithdraw");
        QVERIFY(button->isEnabled());
        QVERIFY(!page()->withdrawable().isZero());
        QString amount;
        bool withdraw = false;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<TransferDialog*>(modal);
            QVERIFY(dialog);
            withdraw = dialog->kind() == TransferDialog::Kind::Withdraw;
            amount = child<QLineEdit>(dialog, "amountEdit")->text();
            shoot(dialog, QStringLiteral("earnings-withdraw"));
            dialog->reject();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!amount.isEmpty(), kUiSettles);
        QVERIFY(withdraw);
        QCOMPARE(amount, exactAmount(page()->withdrawable(), eth::kRlcDecimals, false));
    }

    // A run under way on the data is pending (apart from what was earned) until it completes.
    void pendingUntilTheRunCompletes() {
        try {
            const auto slow = test::addPricedApp(net(), kit(), fixture_.sandboxStateDir(),
                                                 fixture_.suiteDir(), "slow", 0, "sleep 3");
            const U256 before = page()->earnedAsData();
            const auto order = kit().grant(owner_, dataA_, slow.address, 5);
            const Hash32 task =
                iexec::PocoHub::taskId(kit().request(buyer_, slow.address, order), 0);
            QVERIFY(reread());
            QCOMPARE(page()->pendingTotal().toDecimal(), std::string("5"));
            QCOMPARE(page()->earnedAsData(), before);
            QVERIFY2(child<QLabel>(page(), "earningsSplit")
                         ->text()
                         .contains(QStringLiteral("from 1 run under way")),
                     qPrintable(child<QLabel>(page(), "earningsSplit")->text()));
            sr::test::verifyNothingClipped(&window(), QStringLiteral("pending"));
            if (QTest::currentTestFailed())
                return;
            shoot(child<QWidget>(page(), "earningsTotalsCard"),
                  QStringLiteral("en-light-earnings-pending"));
            const auto record = kit().waitForWorker(task);
            QVERIFY2(record.status == sandbox::SandboxWorker::Status::Completed,
                     record.reason.c_str());
            QVERIFY(reread());
            QVERIFY(page()->pendingTotal().isZero());
            QCOMPARE(page()->earnedAsData(), before + U256(5));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    // Following the chain, a new reward comes in as one row on top: the rows shown stay as
    // they are (no reset, none removed or replaced), and so does the row selected.
    void aSelectedRowStaysSelectedAcrossANewReward() {
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        auto* table = child<QTableView>(page(), "earningsTable");
        const int rows = page()->model()->rowCount();
        QVERIFY(rows >= 2);
        // The second row shown, clicked.
        const QModelIndex second = table->model()->index(1, EarningsModel::Amount);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(second).center());
        const auto selected = [&] {
            const auto picked = table->selectionModel()->selectedRows();
            return picked.size() == 1
                       ? page()->model()->at(page()->filter()->mapToSource(picked.front()).row())
                       : iexec::Earning{};
        };
        const iexec::Earning chosen = selected();
        QVERIFY(chosen.task != Hash32{});
        QSignalSpy resets(page()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(page()->model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(page()->model(), &QAbstractItemModel::rowsInserted);
        std::vector<Hash32> before;
        for (int i = 0; i < rows; ++i)
            before.push_back(page()->model()->at(i).task);
        try {
            buyAndComplete(dataA_, 7);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), rows + 1, kLongChainWork);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.front().at(1).toInt(), 0); // on top: the newest
        QCOMPARE(inserted.front().at(2).toInt(), 0);
        // The rows shown before are the same rewards, in the same order, under the new one
        // (a row's details may be completed meanwhile, as its deal's once read).
        for (int i = 0; i < rows; ++i)
            QVERIFY2(page()->model()->at(i + 1).task == before[std::size_t(i)],
                     "a row already shown was replaced");
        const iexec::Earning still = selected();
        QCOMPARE(still.task, chosen.task);
        QCOMPARE(int(still.role), int(chosen.role));
        QCOMPARE(page()->model()->at(0).amount.toDecimal(), std::string("7"));
        shoot(child<QWidget>(page(), "earningsRewardsCard"),
              QStringLiteral("en-light-earnings-selected-after-new-reward"));
    }

    // On another page, new rewards are announced all the same.
    void newRewardsAreAnnouncedOnAnotherPage() {
        window().showPage(MainWindow::Wallet);
        page()->setHiddenFollowInterval(std::chrono::milliseconds(500));
        QSignalSpy news(page(), &EarningsPage::newEarnings);
        try {
            buyAndComplete(dataB_, 11);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QTRY_COMPARE_WITH_TIMEOUT(news.size(), 1, kChainRead);
        QCOMPARE(news.front().at(0).toInt(), 1);
        QCOMPARE(news.front().at(1).value<U256>().toDecimal(), std::string("11"));
        QCOMPARE(window().currentPage(), MainWindow::Wallet);
        QVERIFY2(window().statusBar()->currentMessage().contains(QStringLiteral("1 new reward")),
                 qPrintable(window().statusBar()->currentMessage()));
        // A switch of language while the notice shows says it again in the new one.
        session().state()->setLanguage(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        QVERIFY2(window().statusBar()->currentMessage().startsWith(
                     QStringLiteral("Vos données ont gagné ")) &&
                     window().statusBar()->currentMessage().contains(
                         QStringLiteral("1 nouvelle rémunération")),
                 qPrintable(window().statusBar()->currentMessage()));
        session().state()->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(
            window().statusBar()->currentMessage().startsWith(QStringLiteral("Your data earned ")),
            qPrintable(window().statusBar()->currentMessage()));
        page()->setHiddenFollowInterval(std::chrono::minutes(1));
    }

    void screenshotsFitInBothLanguagesAndThemes() {
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session().state()->setLanguage(language);
                session().state()->setTheme(theme);
                QCoreApplication::processEvents();
                window().showPage(MainWindow::Earnings);
                QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), kChainRead);
                const QString prefix = language + QLatin1Char('-') + theme;
                shoot(&window(), prefix + QStringLiteral("-earnings-page"));
                shoot(child<QWidget>(page(), "earningsRewardsCard"),
                      prefix + QStringLiteral("-earnings-rewards"));
                sr::test::verifyFitsDefaultAndMinimum(
                    &window(), QSize(1180, 760), prefix + QStringLiteral("-fit-earnings-page"));
                if (QTest::currentTestFailed())
                    return;
                if (language == QLatin1String("fr")) {
                    QCOMPARE(child<QPushButton>(page(), "earningsExport")->text(),
                             QStringLiteral("Exporter en CSV…"));
                    // The status line said before the switch is said again in French.
                    const QString said = child<QLabel>(page(), "earningsStatus")->text();
                    QVERIFY2(said.startsWith(QStringLiteral("Gains exportés")) ||
                                 said.startsWith(QStringLiteral("À jour")),
                             qPrintable(said));
                }
            }
        }
        session().state()->setLanguage(QStringLiteral("en"));
        session().state()->setTheme(QStringLiteral("light"));
    }

    // Last: the node goes away. The page says so in words and keeps what it read.
    void anUnreachableNodeIsSaidPlainly() {
        withPaidRuns();
        if (QTest::currentTestFailed())
            return;
        const int rows = page()->model()->rowCount();
        QVERIFY(rows > 0);
        fixture_.stopNode();
        QVERIFY(reread());
        auto* status = child<QLabel>(page(), "earningsStatus");
        QVERIFY2(status->text().startsWith(
                     QStringLiteral("Could not read your earnings from the chain: ")),
                 qPrintable(status->text()));
        QCOMPARE(page()->model()->rowCount(), rows);
        QVERIFY(child<QTableView>(page(), "earningsTable")->isVisible());
        shoot(child<QWidget>(page(), "earningsRewardsCard"),
              QStringLiteral("en-light-earnings-unreachable"));
    }
};

QTEST_MAIN(EarningsGuiTest)
#include "tst_earnings.moc"
