// The keys people press, in the dialogs where they press them, on a real sandbox: Return and
// Escape in the password dialog (also while the password is being checked, which used to crash
// the app), Return in secondary rows and on review steps, Escape while a dialog signs or writes,
// and the defaults of confirmations that destroy something. Every key goes through QTest as a
// key press on the focused widget, never through a slot.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "Theme.h"
#include "Timeouts.h"
#include "apps/AppDialog.h"
#include "data/ProtectedDataPage.h"
#include "protect/ProtectController.h"
#include "protect/ProtectDialog.h"
#include "protect/ProtectPanel.h"
#include "sandbox/SandboxNetwork.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "store/AddressBook.h"
#include "store/AppSettings.h"
#include "util/Paths.h"
#include "wallet/AccountStore.h"
#include "wallet/AddressBookDialog.h"
#include "wallet/PasswordDialog.h"
#include "wallet/TransferDialog.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <atomic>
#include <fstream>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;

namespace {

using sr::test::child;
using sr::test::shoot;
using sr::test::type;
using sr::test::whenModal;

const char kPassword[] = "correct horse battery staple";
// The well-known test phrase: its account 1 is one of anvil's funded dev accounts.
const char kTestPhrase[] = "test test test test test test test test test test test junk";
const char kOtherAccount[] = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
constexpr int kWait = 20000; // background work on a loaded 2-core machine

/// Clicks into `field` (which gives it the focus, as a user's click does), then types `text`.
void typeInto(QLineEdit* field, const QString& text) {
    QTest::mouseClick(field, Qt::LeftButton);
    type(field, text);
}

/// Presses `key` on whatever has the keyboard focus in `window` (as a user's key press does).
void press(QWidget* window, Qt::Key key) {
    QWidget* target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, key);
}

/// For as long as it lives: any modal dialog that shows is noted and closed, so that a key
/// press that wrongly opens one fails the test instead of blocking it.
class ModalGuard {
public:
    /// `expected`: a (window-)modal dialog already open, not counted.
    explicit ModalGuard(QWidget* expected = nullptr) : seen_(std::make_shared<QString>()) {
        auto seen = seen_;
        QPointer<QWidget> open(expected);
        QObject::connect(&timer_, &QTimer::timeout, [seen, open] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal != open) {
                *seen = modal->objectName();
                modal->close();
            }
        });
        timer_.start(20);
    }
    QString seen() const { return *seen_; }

private:
    std::shared_ptr<QString> seen_;
    QTimer timer_;
};

/// The next password dialog gets the right password, confirmed with Return.
void answerPassword() {
    whenModal([](QWidget* modal) {
        auto* ask = qobject_cast<PasswordDialog*>(modal);
        QVERIFY(ask);
        type(child<QLineEdit>(ask, "passwordField"), QLatin1String(kPassword));
        press(ask, Qt::Key_Return);
    });
}

} // namespace

class KeysTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    std::unique_ptr<GuiSession> session_;
    eth::Address me_;

    MainWindow& window() { return *session_->window(); }
    WalletSession& wallet() { return *session_->wallet(); }

    // A new file in the test folder, opened in the protect dialog; returns it on its review.
    ProtectDialog* reviewNewFile(const QString& name, const std::string& content) {
        const QString file = dir_.filePath(name);
        {
            std::ofstream out(file.toStdString());
            out << content;
        }
        window().showPage(MainWindow::ProtectedData);
        ProtectDialog* dialog =
            window().protectedDataPage()->findChild<ProtectPanel*>()->openProtectDialog({file});
        if (!QTest::qWaitFor([dialog] { return dialog->phase() == ProtectDialog::Phase::Review; },
                             kWait))
            return nullptr;
        return dialog;
    }

    ProtectController& protectController() { return *window().findChild<ProtectController*>(); }

    // Opens the unlock dialog as a flow that signs does; `answer` runs once it shows.
    bool unlockWith(std::function<void(UnlockDialog*)> answer) {
        whenModal([answer](QWidget* modal) {
            auto* dialog = qobject_cast<UnlockDialog*>(modal);
            QVERIFY(dialog);
            answer(dialog);
        });
        return UnlockDialog::ensureUnlocked(wallet(), &window(), QStringLiteral("to test"));
    }

private slots:
    void initTestCase() {
        data_ = dir_.path().toStdString();
        sandbox_ = std::make_unique<test::PublishedSandbox>(data_);
        wallet::AccountStore store(resolveAppPaths(data_).keystoreDir());
        me_ = store.importMnemonic(kTestPhrase, 1, kPassword).address;
        session_ = std::make_unique<GuiSession>(*qApp, data_, false, std::string("sandbox"));
        QVERIFY(session_->ready());
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        QCOMPARE(wallet().current()->address, me_);
    }

    void cleanupTestCase() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        sandbox_.reset();
    }

    void init() { wallet().lock(); }

    void cleanup() {
        // A failed test must not leave a modal dialog to the next one.
        for (int i = 0; i < 10 && QApplication::activeModalWidget(); ++i) {
            QApplication::activeModalWidget()->close();
            QTest::qWait(50);
        }
    }

    // Return with a wrong password: the dialog stays, says why, keeps the focus in the empty
    // field; Return again while the check runs does nothing (it used to press Cancel and
    // crash); Return with the right password unlocks.
    void returnInTheUnlockDialog() {
        bool sawChecking = false;
        const bool unlocked = unlockWith([&sawChecking](UnlockDialog* dialog) {
            auto* field = child<QLineEdit>(dialog, "passwordField");
            auto* status = child<QLabel>(dialog, "passwordStatus");
            QCOMPARE(dialog->focusWidget(), field);
            type(field, QStringLiteral("wrong password"));
            press(dialog, Qt::Key_Return);
            QVERIFY(dialog->isChecking());
            QVERIFY(field->isEnabled()); // read-only, not disabled: the focus stays here
            QCOMPARE(dialog->focusWidget(), field);
            sawChecking = status->text().contains(QStringLiteral("Checking"));
            press(dialog, Qt::Key_Return); // a second press while checking
            press(dialog, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), kWait);
            QVERIFY(dialog->isVisible());
            QVERIFY(status->text().contains(QStringLiteral("does not unlock")));
            QCOMPARE(status->property("tone").toString(), QStringLiteral("error"));
            QVERIFY(field->text().isEmpty());
            QCOMPARE(dialog->focusWidget(), field);
            shoot(dialog, QStringLiteral("en-light-unlock-wrong"));
            type(field, QLatin1String(kPassword));
            press(dialog, Qt::Key_Return);
        });
        QVERIFY(sawChecking);
        QVERIFY(unlocked);
        QVERIFY(wallet().isUnlocked());
    }

    // The password dialog after a wrong password, in both languages and themes: the error in
    // the theme's error colour, nothing cut (each label tall enough for its wrapped text).
    void wrongPasswordInBothLanguagesAndThemes() {
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session_->state()->setLanguage(language);
                session_->state()->setTheme(theme);
                QCoreApplication::processEvents();
                const QString shot = QStringLiteral("%1-%2-password-wrong").arg(language, theme);
                QVERIFY(!unlockWith([shot](UnlockDialog* dialog) {
                    auto* status = child<QLabel>(dialog, "passwordStatus");
                    type(child<QLineEdit>(dialog, "passwordField"), QStringLiteral("nope"));
                    press(dialog, Qt::Key_Return);
                    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), kWait);
                    QCOMPARE(status->property("tone").toString(), QStringLiteral("error"));
                    QCOMPARE(status->palette().color(QPalette::WindowText),
                             sr::ui::toneColor(sr::ui::Tone::Error));
                    QVERIFY(status->palette().color(QPalette::WindowText) !=
                            dialog->palette().color(QPalette::WindowText));
                    for (auto* label : dialog->findChildren<QLabel*>())
                        if (label->isVisible() && label->wordWrap())
                            QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                                     qPrintable(label->text()));
                    shoot(dialog, shot);
                    press(dialog, Qt::Key_Escape);
                }));
            }
        }
        session_->state()->setLanguage(QStringLiteral("en"));
        session_->state()->setTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
    }

    // Escape while the right password is being checked closes the dialog without a crash,
    // and the key the check then opens is never installed.
    void escapeWhileCheckingNeverUnlocks() {
        const bool unlocked = unlockWith([](UnlockDialog* dialog) {
            type(child<QLineEdit>(dialog, "passwordField"), QLatin1String(kPassword));
            press(dialog, Qt::Key_Return);
            QVERIFY(dialog->isChecking());
            press(dialog, Qt::Key_Escape);
        });
        QVERIFY(!unlocked);
        // Longer than the check takes: had the result been delivered, the key would be in.
        QTest::qWait(3000);
        QVERIFY(!wallet().isUnlocked());
    }

    // The same with the Cancel button and with the window's close button.
    void cancelOrCloseWhileCheckingNeverUnlocks() {
        for (const bool closeButton : {false, true}) {
            const bool unlocked = unlockWith([closeButton](UnlockDialog* dialog) {
                type(child<QLineEdit>(dialog, "passwordField"), QLatin1String(kPassword));
                press(dialog, Qt::Key_Return);
                QVERIFY(dialog->isChecking());
                if (closeButton)
                    dialog->close(); // what the window manager's close button sends
                else
                    QTest::mouseClick(child<QPushButton>(dialog, "passwordCancel"), Qt::LeftButton);
            });
            QVERIFY(!unlocked);
        }
        QTest::qWait(3000);
        QVERIFY(!wallet().isUnlocked());
    }

    // A dialog that writes (adding an account) cannot be closed while it does: Escape waits.
    void aPasswordDialogThatWritesCannotBeEscaped() {
        std::atomic<bool> ran{false};
        whenModal([](QWidget* modal) {
            auto* dialog = qobject_cast<PasswordDialog*>(modal);
            QVERIFY(dialog);
            type(child<QLineEdit>(dialog, "passwordField"), QStringLiteral("anything"));
            press(dialog, Qt::Key_Return);
            QVERIFY(dialog->isChecking());
            press(dialog, Qt::Key_Escape);
            QVERIFY(dialog->isVisible());
            QVERIFY(!child<QPushButton>(dialog, "passwordCancel")->isEnabled());
        });
        const auto result = PasswordDialog::ask<int>(
            &window(), wallet().pool(),
            {QStringLiteral("Test"), QStringLiteral("Write"), QStringLiteral("Write")},
            std::function<int(const crypto::SecretBytes&)>([&ran](const crypto::SecretBytes&) {
                QThread::msleep(500);
                ran = true;
                return 7;
            }),
            false);
        QVERIFY(ran);
        QCOMPARE(result.value_or(0), 7);
    }

    // The protect flow's password: Return confirms (it used to cancel silently). Return in the
    // "Add field" row adds the field instead of protecting without it. While the run goes on,
    // Return presses Close (protecting goes on), never the run's Cancel. Closing the dialog
    // while it prepares (it used to crash when sealing ended) leaves the run going.
    void keysInTheProtectFlow() {
        ProtectDialog* dialog = reviewNewFile(QStringLiteral("notes.txt"), "a few private notes\n");
        QVERIFY(dialog);
        auto* tree = child<QTreeWidget>(dialog, "protectFields");
        const int before = tree->topLevelItemCount() +
                           (tree->topLevelItem(0) ? tree->topLevelItem(0)->childCount() : 0);
        auto* types = child<QComboBox>(dialog, "fieldType");
        types->setCurrentIndex(types->findText(QStringLiteral("Email address")));
        type(child<QLineEdit>(dialog, "fieldKey"), QStringLiteral("email"));
        type(child<QLineEdit>(dialog, "fieldValue"), QStringLiteral("me@example.org"));
        {
            ModalGuard guard(dialog);
            QTest::keyClick(child<QLineEdit>(dialog, "fieldValue"), Qt::Key_Return);
            QTest::qWait(200);
            // Return added the field; it did not start protecting (no password asked).
            QVERIFY2(guard.seen().isEmpty(), qPrintable(guard.seen()));
        }
        QCOMPARE(dialog->phase(), ProtectDialog::Phase::Review);
        QTRY_VERIFY_WITH_TIMEOUT(
            !tree->findItems(QStringLiteral("email"), Qt::MatchRecursive).isEmpty(), kWait);
        QVERIFY(tree->topLevelItemCount() +
                    (tree->topLevelItem(0) ? tree->topLevelItem(0)->childCount() : 0) >
                before);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "protectButton")->isEnabled(), kWait);
        answerPassword();
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->operationId() != 0, kLongChainWork);
        // Running: the default is Close, and the focus is not on the run's Cancel.
        QVERIFY(child<QPushButton>(dialog, "closeButton")->isDefault());
        QVERIFY(!child<QPushButton>(dialog, "cancelOperationButton")->isDefault());
        QVERIFY(dialog->focusWidget() != child<QPushButton>(dialog, "cancelOperationButton"));
        const std::int64_t id = dialog->operationId();
        QPointer<ProtectDialog> alive(dialog);
        press(dialog, Qt::Key_Return); // Close: the window goes, protecting goes on
        QTRY_VERIFY_WITH_TIMEOUT(!alive, kWait);
        auto& service = protectController();
        QTRY_VERIFY_WITH_TIMEOUT(!service.isRunning(id), kPipelineEnds);
        const auto op = service.operation(id);
        QVERIFY(op);
        QCOMPARE(int(op->state), int(iexec::ProtectState::Done));
    }

    void closingWhilePreparingLeavesTheRunGoing() {
        ProtectDialog* dialog = reviewNewFile(QStringLiteral("more.txt"), "more private notes\n");
        QVERIFY(dialog);
        auto& service = protectController();
        const std::size_t known = service.operations().size();
        QPointer<ProtectDialog> alive(dialog);
        answerPassword();
        // The click returns once the password is in: the dialog then says "Preparing…" while
        // the key is sealed (a KDF) off the GUI thread. Close it right then.
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(dialog, "reviewError")->text(), QStringLiteral("Preparing…"));
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!alive, kWait);
        // The operation was journaled and runs to its end without the window.
        QTRY_VERIFY_WITH_TIMEOUT(service.operations().size() > known, kWait);
        const std::int64_t id = service.operations().front().id;
        QTRY_VERIFY_WITH_TIMEOUT(service.operation(id) && service.operation(id)->finished(),
                                 kPipelineEnds);
        QCOMPARE(int(service.operation(id)->state), int(iexec::ProtectState::Done));
    }

    // The protect dialog goes away while its password is being asked (closed by the program):
    // the password dialog goes with it, nothing is started, nothing crashes.
    void protectDialogGoneWhileAskingThePassword() {
        ProtectDialog* dialog = reviewNewFile(QStringLiteral("third.txt"), "third\n");
        QVERIFY(dialog);
        auto& service = protectController();
        const std::size_t known = service.operations().size();
        QPointer<ProtectDialog> alive(dialog);
        whenModal([alive](QWidget* modal) {
            QVERIFY(qobject_cast<PasswordDialog*>(modal));
            alive->close();
        });
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, kWait);
        QVERIFY(!QApplication::activeModalWidget());
        QTest::qWait(300);
        QCOMPARE(service.operations().size(), known);
    }

    // On the review step Return means the confirm button (it used to mean Back), and Escape
    // while the transaction is being signed and sent is refused, so the follow-up (the contact
    // saved to the address book) happens.
    void returnOnReviewAndEscapeWhileSending() {
        QVERIFY(unlockWith([](UnlockDialog* dialog) {
            type(child<QLineEdit>(dialog, "passwordField"), QLatin1String(kPassword));
            press(dialog, Qt::Key_Return);
        }));
        window().showPage(MainWindow::Wallet);
        auto* send = window().findChild<QPushButton*>(QStringLiteral("sendButton"));
        QVERIFY(send);
        QTest::mouseClick(send, Qt::LeftButton);
        auto* dialog = window().findChild<TransferDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "availableLabel")->text().isEmpty(), kWait);
        typeInto(child<QLineEdit>(dialog, "recipientEdit"), QLatin1String(kOtherAccount));
        // A new address: the dialog offers to name it in the address book once it has looked.
        auto* save = child<QCheckBox>(dialog, "saveContactCheck");
        QTRY_VERIFY_WITH_TIMEOUT(save->isVisible(), kWait);
        save->setChecked(true);
        typeInto(child<QLineEdit>(dialog, "contactNameEdit"), QStringLiteral("Carol"));
        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("0.01"));
        press(dialog, Qt::Key_Return); // Review
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 1, kWait);
        QVERIFY(child<QPushButton>(dialog, "confirmButton")->isDefault());
        press(dialog, Qt::Key_Return); // Confirm and send, not Back
        QVERIFY(dialog->step() != 0);
        QVERIFY(dialog->isBusy());
        press(dialog, Qt::Key_Escape); // refused while sending
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 2, kWait);
        QVERIFY(dialog->sent().has_value());
        auto book = wallet().addressBook();
        QTRY_VERIFY_WITH_TIMEOUT(
            book->find(wallet().chain()->profile().chainId, eth::Address::fromHex(kOtherAccount))
                .has_value(),
            kWait);
        press(dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!window().findChild<TransferDialog*>(), kWait);
    }

    // In the address book, Return saves, and Return again while the save runs does not
    // remove anything (it used to remove the contact being saved).
    void returnInTheAddressBookOnlySaves() {
        auto* dialog = new AddressBookDialog(wallet(), &window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* table = child<QTableWidget>(dialog, "addressBookTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 0, kWait);
        const QString dave = QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        typeInto(child<QLineEdit>(dialog, "bookAddress"), dave);
        typeInto(child<QLineEdit>(dialog, "bookLabel"), QStringLiteral("Dave"));
        QVERIFY(child<QPushButton>(dialog, "bookSave")->isDefault());
        press(dialog, Qt::Key_Return);
        press(dialog, Qt::Key_Return);
        press(dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !table->findItems(QStringLiteral("Dave"), Qt::MatchExactly).isEmpty(), kWait);
        QTest::qWait(300);
        QVERIFY(wallet()
                    .addressBook()
                    ->find(wallet().chain()->profile().chainId,
                           eth::Address::fromHex(dave.toStdString()))
                    .has_value());
        dialog->close();
    }

    // Return in the app's address field reads it from the chain; it never approves.
    void returnInTheAppAddressOnlyReads() {
        AppDialog dialog(*session_->state(), wallet(), &window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto reader = sandbox_->network().deployment().apps.at(2).address;
        type(child<QLineEdit>(&dialog, "appAddress"),
             QString::fromStdString(reader.toChecksumHex()));
        QTest::keyClick(child<QLineEdit>(&dialog, "appAddress"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.details().has_value(), kWait);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QPushButton>(&dialog, "approveButton")->isDefault());
    }

    // Confirmations that remove something answer Return with Cancel.
    void destructiveConfirmationsDefaultToCancel() {
        window().showPage(MainWindow::Apps);
        auto* table = window().findChild<QTableView*>(QStringLiteral("approvedAppsTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kWait);
        const int rows = table->model()->rowCount();
        table->selectRow(0);
        QString defaultText;
        whenModal([&defaultText](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(&window(), "removeAppButton"), Qt::LeftButton);
        QVERIFY(defaultText.contains(QStringLiteral("Cancel")));
        QTest::qWait(300);
        QCOMPARE(table->model()->rowCount(), rows);
    }

    // The recovery phrase dialog: Return closes it without showing the words.
    void returnInThePhraseDialogDoesNotReveal() {
        window().showPage(MainWindow::Wallet);
        auto* list = window().findChild<QListWidget*>(QStringLiteral("accountsList"));
        QVERIFY(list);
        list->setCurrentRow(0);
        answerPassword();
        QTest::mouseClick(child<QPushButton>(&window(), "showPhraseButton"), Qt::LeftButton);
        QWidget* phrase = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (phrase = window().findChild<QWidget*>(QStringLiteral("phraseDialog"))) != nullptr,
            kWait);
        QTRY_VERIFY_WITH_TIMEOUT(phrase->isVisible(), kWait);
        auto* words = child<QLabel>(phrase, "phraseWords");
        const QString hidden = words->text();
        QPointer<QWidget> alive(phrase);
        press(phrase, Qt::Key_Return);
        QVERIFY(words->text() == hidden || !alive);
        QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kWait);
    }
};

QTEST_MAIN(KeysTest)
#include "tst_keys.moc"
