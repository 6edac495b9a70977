// The GUI thread never waits for the wallet's KDF: while scrypt runs on a slow keystore (an
// unlock on another thread, a removal), the event loop keeps turning, and renaming and listing
// accounts finish without waiting for it. Driven through the Wallet page's real buttons and
// dialogs, on a published sandbox.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "crypto/Scrypt.h"
#include "eth/Hex.h"
#include "settings/SettingsModel.h"
#include "store/AppSettings.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "util/Paths.h"
#include "wallet/AccountStore.h"
#include "wallet/Keystore.h"
#include "wallet/PasswordDialog.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace sr;
using namespace sr::ui;

namespace {

using sr::test::child;
using sr::test::type;
using sr::test::whenModal;

const char kPassword[] = "correct horse battery staple";
constexpr int kWait = 30000; // scrypt at a high cost on a loaded 2-core machine
// A keystore that takes seconds to open (scrypt N = 2^17, r = 8, p = 8: 128 MiB, eight passes),
// as a file brought from another tool may.
constexpr wallet::ScryptCost kSlowCost{1u << 17, 8, 8};

// Counts the ticks of a timer on the GUI thread: the event loop turning.
class Ticks {
public:
    Ticks() {
        QObject::connect(&timer_, &QTimer::timeout, [this] { ++count_; });
        timer_.start(10);
    }
    int count() const { return count_; }

private:
    QTimer timer_;
    int count_ = 0;
};

} // namespace

class WalletThreadsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    std::unique_ptr<GuiSession> session_;
    eth::Address fast_;
    eth::Address slow_;

    MainWindow& window() { return *session_->window(); }
    WalletSession& wallet() { return *session_->wallet(); }
    QListWidget* accountsList() {
        return child<QListWidget>(window().walletPage(), "accountsList");
    }

    // The row of `address` in the Wallet page's list, or null.
    QListWidgetItem* row(const eth::Address& address) {
        auto* list = accountsList();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() ==
                QString::fromStdString(address.toChecksumHex()))
                return list->item(i);
        return nullptr;
    }
    QString rowText(const eth::Address& address) {
        const auto* item = row(address);
        return item ? item->text() : QString();
    }

private slots:
    void initTestCase() {
        data_ = dir_.path().toStdString();
        sandbox_ = std::make_unique<test::PublishedSandbox>(data_);
        const auto keystoreDir = resolveAppPaths(data_).keystoreDir();
        wallet::AccountStore::Options quick;
        quick.cost = {1u << 10, 8, 1};
        quick.rsaBits = 2048;
        wallet::AccountStore store(keystoreDir, quick);
        fast_ = store.importPrivateKey(crypto::SecretBytes::random(32), kPassword, "Fast").address;
        // The slow file, as geth would leave it in the folder.
        const wallet::Keystore slow =
            wallet::Keystore::create(crypto::SecretBytes::random(32), kPassword, kSlowCost);
        slow_ = *slow.address();
        writeFileAtomic(keystoreDir / ("UTC--2020-01-01T00-00-00.000000000Z--" +
                                       eth::toHex(slow_.bytes(), false)),
                        slow.toJson());
        session_ = std::make_unique<GuiSession>(*qApp, data_, false, std::string("sandbox"));
        QVERIFY(session_->ready());
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        window().showPage(MainWindow::Wallet);
        QCOMPARE(wallet().accounts().size(), std::size_t(2));
    }

    void cleanupTestCase() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        sandbox_.reset();
    }

    void cleanup() {
        // A failed test must not leave a modal dialog to the next one.
        for (int i = 0; i < 10 && QApplication::activeModalWidget(); ++i) {
            QApplication::activeModalWidget()->close();
            QTest::qWait(50);
        }
    }

    // Another thread opens the slow keystore; meanwhile the user renames the other account
    // with Rename…: the new name is listed while that KDF still runs, and the loop turned all
    // along. (The store used to hold its lock through scrypt, and the page relabelled and
    // re-listed on the GUI thread: the window froze until the unlock ended.)
    void renameWhileAnotherThreadDerives() {
        Ticks ticks;
        std::atomic<bool> unlocked{false};
        const std::uint64_t before = crypto::scryptRuns();
        std::thread worker([store = wallet().store(), address = slow_, &unlocked] {
            try {
                (void)store->unlock(address, kPassword);
            } catch (const Error&) {
            }
            unlocked = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(crypto::scryptRuns() > before, kWait);
        const int ticksBefore = ticks.count();

        accountsList()->setCurrentItem(row(fast_));
        whenModal([](QWidget* modal) {
            auto* ask = qobject_cast<QInputDialog*>(modal);
            QVERIFY(ask);
            ask->setTextValue(QStringLiteral("Renamed while busy"));
            ask->accept();
        });
        QTest::mouseClick(child<QPushButton>(window().walletPage(), "renameAccountButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowText(fast_).startsWith(QStringLiteral("Renamed while busy")),
                                 kWait);
        const bool unlockedMeanwhile = unlocked;
        const int ticksMeanwhile = ticks.count() - ticksBefore;
        worker.join();
        QVERIFY2(!unlockedMeanwhile, "the rename waited for the other thread's KDF");
        QVERIFY(ticksMeanwhile > 0);
        QCOMPARE(wallet().store()->account(fast_).label, std::string("Renamed while busy"));
    }

    // Removing the slow account: its password is checked off the GUI thread (seconds of
    // scrypt) and the list is read again off it too; the loop keeps turning throughout, and
    // the account leaves the list.
    void removeTheSlowAccount() {
        Ticks ticks;
        accountsList()->setCurrentItem(row(slow_));
        std::atomic<int> ticksDuringKdf{-1};
        std::uint64_t before = 0;
        whenModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            whenModal([&](QWidget* next) {
                auto* ask = qobject_cast<PasswordDialog*>(next);
                QVERIFY(ask);
                type(child<QLineEdit>(ask, "passwordField"), QLatin1String(kPassword));
                before = crypto::scryptRuns();
                QTest::keyClick(child<QLineEdit>(ask, "passwordField"), Qt::Key_Return);
                QVERIFY(ask->isChecking());
                // Ticks counted from the KDF's start until the check is over.
                const int start = ticks.count();
                QVERIFY(QTest::qWaitFor([&] { return crypto::scryptRuns() > before; }, kWait));
                QVERIFY(QTest::qWaitFor([&] { return !ask->isVisible(); }, kWait));
                ticksDuringKdf = ticks.count() - start;
            });
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(window().walletPage(), "removeAccountButton"),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wallet().accounts().size(), std::size_t(1), kWait);
        QVERIFY(rowText(slow_).isEmpty());
        QVERIFY2(ticksDuringKdf > 0, "the event loop stopped while the password was checked");
        QCOMPARE(wallet().store()->list().size(), std::size_t(1));
    }
};

QTEST_MAIN(WalletThreadsTest)
#include "tst_walletthreads.moc"
