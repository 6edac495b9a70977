// The wallet as a user meets it, offscreen, on a real sandbox (anvil + PoCo + faucet): the
// onboarding wizard end to end (create with the phrase confirmed, every import and its errors),
// test funds, sending RLC to a second account and depositing into the iExec account (checked on
// chain), a pending transaction sped up, auto-lock and the password asked again, the lock on a
// screensaver signal from a private D-Bus session bus, the clipboard cleared, one instance per
// data folder, and screenshots of every wizard page and dialog (light and dark, EN and FR).
#include "ChainMonitor.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "SingleInstance.h"
#include "Theme.h"
#include "Timeouts.h"
#include "eth/JsonRpcClient.h"
#include "iexec/FundsService.h"
#include "onboarding/ConfirmPage.h"
#include "onboarding/FinishPage.h"
#include "onboarding/ImportKeystorePage.h"
#include "onboarding/OnboardingWizard.h"
#include "onboarding/PasswordPage.h"
#include "onboarding/PhrasePage.h"
#include "sandbox/SandboxNetwork.h"
#include "settings/SettingsModel.h"
#include "store/AddressBook.h"
#include "util/Paths.h"
#include "wallet/ActivityFeed.h"
#include "wallet/ActivityModel.h"
#include "wallet/AddressBookDialog.h"
#include "wallet/Keystore.h"
#include "wallet/PasswordDialog.h"
#include "wallet/SecureClipboard.h"
#include "wallet/TransferDialog.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <unistd.h>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;

namespace {

using sr::test::child;
using sr::test::screenshotDir;
using sr::test::shoot;
using sr::test::type;
using sr::test::whenModal;

const char kPassword[] = "correct horse battery staple";
// The well-known test phrase: its first account is anvil's first dev account.
const char kTestPhrase[] = "test test test test test test test test test test test junk";
const char kTestPhraseAccount[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

} // namespace

class WalletTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    sandbox::SandboxNetwork* network_ = nullptr;
    std::unique_ptr<GuiSession> session_;
    QProcess dbus_;

    MainWindow& window() { return *session_->window(); }
    WalletSession& wallet() { return *session_->wallet(); }

    OnboardingWizard* openedWizard(bool import) { return window().openWizard(import); }

    iexec::Balances onChain(const eth::Address& who) {
        eth::JsonRpcClient rpc({network_->chain().rpcUrl()});
        return iexec::FundsService(rpc, network_->profile()).balances(who);
    }

    TransferDialog* openTransfer(const char* button) {
        // A dialog closed just before is deleted later: wait for it to be gone.
        for (int i = 0; i < 250 && window().findChild<TransferDialog*>(); ++i)
            QTest::qWait(20);
        QTest::mouseClick(child<QPushButton>(&window(), button), Qt::LeftButton);
        auto* dialog = window().findChild<TransferDialog*>();
        return dialog;
    }

    // Fills and sends a transfer; returns once confirmed.
    void transfer(const char* button, const QString& amount, const QString& to = {},
                  bool rlc = true, const QString& shot = {}) {
        TransferDialog* dialog = openTransfer(button);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "availableLabel")->text().isEmpty(),
                                 kServiceAnswers);
        if (auto* token = dialog->findChild<QComboBox*>(QStringLiteral("tokenCombo")))
            token->setCurrentIndex(rlc ? 1 : 0);
        if (!to.isEmpty())
            type(child<QLineEdit>(dialog, "recipientEdit"), to);
        type(child<QLineEdit>(dialog, "amountEdit"), amount);
        auto* review = child<QPushButton>(dialog, "reviewButton");
        QVERIFY(review->isEnabled());
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->step() == 1,
                                  qPrintable(child<QLabel>(dialog, "formError")->text()),
                                  kServiceAnswers);
        QVERIFY(child<QLabel>(dialog, "reviewSummary")->text().contains(amount));
        if (!shot.isEmpty())
            shoot(dialog, shot);
        QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 2, kServiceAnswers);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sent() && dialog->sent()->status == TxStatus::Confirmed,
                                 kChainRead);
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window().findChild<TransferDialog*>(), kServiceAnswers);
    }

private slots:
    void initTestCase() {
        // A private session bus, so that the screensaver signal is a real D-Bus signal.
        dbus_.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--print-address"),
                     QStringLiteral("--nofork")});
        if (dbus_.waitForStarted(kAtOnce) && dbus_.waitForReadyRead(kAtOnce)) {
            const QByteArray address = dbus_.readLine().trimmed();
            qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        } else {
            qWarning("SKIPPED LOUDLY: dbus-daemon is not available; the screensaver lock is "
                     "tested without a bus");
        }
        data_ = dir_.path().toStdString();
        sandbox_ = std::make_unique<test::PublishedSandbox>(data_);
        network_ = &sandbox_->network();
        session_ = std::make_unique<GuiSession>(*qApp, data_, false);
        QVERIFY(session_->ready());
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
    }

    void cleanupTestCase() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        sandbox_.reset();
        dbus_.kill();
        dbus_.waitForFinished();
    }

    // A test that failed halfway leaves no paused chain or open dialog to the next.
    void cleanup() {
        if (!QTest::currentTestFailed() || !session_)
            return;
        eth::JsonRpcClient({network_->chain().rpcUrl()}).send("evm_setAutomine", {true});
        for (auto* dialog : window().findChildren<QDialog*>())
            delete dialog;
    }

    void createWalletEndToEnd() {
        QVERIFY(!wallet().hasAccounts());
        QVERIFY(child<QPushButton>(&window(), "createWalletButton")->isVisible());
        QTest::mouseClick(child<QPushButton>(&window(), "createWalletButton"), Qt::LeftButton);
        auto* wizard = window().findChild<OnboardingWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), kServiceAnswers);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::PhrasePageId));
        // The words are hidden until asked for: this screenshot shows no secret.
        shoot(wizard, QStringLiteral("wizard-create-phrase-hidden"));
        auto* phrasePage = wizard->findChild<PhrasePage*>();
        QVERIFY(phrasePage->shownWords().join(QString()).contains(QStringLiteral("•")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(child<QPushButton>(wizard, "revealButton"), Qt::LeftButton);
        const QStringList words = phrasePage->shownWords();
        QCOMPARE(words.size(), 12);
        QVERIFY(wallet::Mnemonic::check(words.join(QLatin1Char(' ')).toStdString()).ok());
        child<QCheckBox>(wizard, "writtenCheck")->setChecked(true);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConfirmPageId));
        auto* confirm = wizard->findChild<ConfirmPage*>();
        const QList<int> positions = confirm->positions();
        QCOMPARE(positions.size(), 3);
        // A wrong word first: refused, with the position named.
        for (int i = 0; i < 3; ++i)
            type(child<QLineEdit>(wizard, QStringLiteral("confirmWord%1").arg(i + 1).toLatin1()),
                 i == 1 ? QStringLiteral("zoo") == words[positions[i] - 1]
                              ? QStringLiteral("abandon")
                              : QStringLiteral("zoo")
                        : words[positions[i] - 1]);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConfirmPageId));
        QVERIFY(child<QLabel>(wizard, "confirmFeedback")
                    ->text()
                    .contains(QString::number(positions[1])));
        type(child<QLineEdit>(wizard, "confirmWord2"), words[positions[1] - 1].toUpper());
        wizard->next();

        QCOMPARE(wizard->currentId(), int(OnboardingWizard::PasswordPageId));
        auto* next = wizard->button(QWizard::NextButton);
        type(child<QLineEdit>(wizard, "newPassword"), QStringLiteral("password1"));
        type(child<QLineEdit>(wizard, "repeatPassword"), QStringLiteral("password1"));
        QVERIFY(!next->isEnabled()); // a common password
        QVERIFY(
            child<QLabel>(wizard, "passwordHint")->text().contains(QStringLiteral("most used")));
        type(child<QLineEdit>(wizard, "newPassword"), QLatin1String(kPassword));
        type(child<QLineEdit>(wizard, "repeatPassword"), QStringLiteral("something else"));
        QVERIFY(!next->isEnabled()); // the two differ
        auto* hint = child<QLabel>(wizard, "passwordHint");
        QCOMPARE(hint->text(), QStringLiteral("The two passwords differ."));
        QCOMPARE(hint->palette().color(QPalette::WindowText), toneColor(Tone::Error)); // not green
        type(child<QLineEdit>(wizard, "repeatPassword"), QLatin1String(kPassword));
        QVERIFY(next->isEnabled());
        auto* meter = child<QProgressBar>(wizard, "strengthMeter");
        QVERIFY(meter->property("score").toInt() >= 3);
        QVERIFY(meter->styleSheet().contains(toneColor(Tone::Good).name()));
        shoot(wizard, QStringLiteral("wizard-password"));
        wizard->next();

        QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
        // The sandbox runs: it is preselected.
        QVERIFY(child<QRadioButton>(wizard, "network-sandbox")->isChecked());
        wizard->next();

        QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), kAccountReady);
        shoot(wizard, QStringLiteral("wizard-finished"));
        const auto created = wizard->createdAccount();
        QVERIFY(created);
        wizard->button(QWizard::FinishButton)->click();

        QVERIFY(wallet().hasAccounts());
        QCOMPARE(wallet().current()->address, *created);
        QVERIFY(wallet().isUnlocked());
        QCOMPARE(session_->state()->activeNetwork().profile.kind, NetworkKind::Sandbox);
        QCOMPARE(window().currentPage(), MainWindow::Wallet);
        QVERIFY(child<QComboBox>(&window(), "accountSwitch")->isVisible());
        QVERIFY(!child<QPushButton>(&window(), "createWalletButton")->isVisible());
        // The phrase the store keeps is the one shown.
        const auto kept = wallet().store()->exportMnemonic(*created, kPassword);
        QCOMPARE(QString::fromStdString(std::string(kept.phrase())), words.join(QLatin1Char(' ')));
    }

    void testFundsThenSendAndDeposit() {
        QVERIFY(wallet().hasAccounts());
        auto* page = window().walletPage();
        auto* faucet = child<QPushButton>(page, "faucetButton");
        QTRY_VERIFY_WITH_TIMEOUT(faucet->isVisible(), kServiceAnswers);
        QTRY_VERIFY_WITH_TIMEOUT(page->balances().has_value(), kServiceAnswers);
        QVERIFY(child<QLabel>(page, "balanceNote")->text().contains(QStringLiteral("test funds")));
        QTest::mouseClick(faucet, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->balances() && !page->balances()->rlc.isZero(), kChainRead);
        const eth::Address me = wallet().current()->address;
        const auto funded = onChain(me);
        QVERIFY(!funded.eth.isZero());
        QCOMPARE(page->balances()->rlc, funded.rlc);
        shoot(&window(), QStringLiteral("en-light-wallet-funded"));

        // A second account of the same phrase, through the Add account button: a wrong
        // password first (said in the dialog, which stays open), then the right one, each
        // confirmed with Return.
        whenModal([](QWidget* modal) {
            auto* ask = qobject_cast<PasswordDialog*>(modal);
            QVERIFY(ask);
            type(child<QLineEdit>(ask, "passwordField"), QStringLiteral("not the password"));
            QTest::keyClick(child<QLineEdit>(ask, "passwordField"), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(ask, "passwordStatus")
                                         ->text()
                                         .contains(QStringLiteral("does not unlock")),
                                     kServiceAnswers);
            QVERIFY(ask->isVisible());
            QVERIFY(child<QLineEdit>(ask, "passwordField")->text().isEmpty()); // wiped
            type(child<QLineEdit>(ask, "passwordField"), QLatin1String(kPassword));
            QTest::keyClick(child<QLineEdit>(ask, "passwordField"), Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(wallet().accounts().size()), 2, kChainRead);
        const eth::Address second = wallet().accounts()[1].address;
        // Listed and said, but the account in use stays the one the user chose.
        QCOMPARE(wallet().current()->address, me);
        QVERIFY(child<QLabel>(page, "accountNote")->text().contains(QStringLiteral("added")));
        wallet().lock();

        // The header's account switcher names the accounts.
        auto* switcher = child<QComboBox>(&window(), "accountSwitch");
        QCOMPARE(switcher->count(), 2);
        QVERIFY2(switcher->itemText(0).startsWith(QStringLiteral("Account 1  ·  0x")),
                 qPrintable(switcher->itemText(0)));
        QVERIFY2(switcher->itemText(1).startsWith(QStringLiteral("Account 2  ·  0x")),
                 qPrintable(switcher->itemText(1)));

        // Send 12.5 RLC: locked, so the password is asked first (a wrong one, then the right).
        TransferDialog* dialog = openTransfer("sendButton");
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "availableLabel")->text().isEmpty(),
                                 kServiceAnswers);
        // The user starts typing the recipient: focus is there, not on Cancel.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->focusWidget(),
                                  static_cast<QWidget*>(child<QLineEdit>(dialog, "recipientEdit")),
                                  kAtOnce);
        child<QComboBox>(dialog, "tokenCombo")->setCurrentIndex(1);
        type(child<QLineEdit>(dialog, "recipientEdit"),
             QString::fromStdString(second.toChecksumHex())
                 .toLower()
                 .replace(2, 1, QStringLiteral("X")));
        QVERIFY(!child<QPushButton>(dialog, "reviewButton")->isEnabled()); // not an address
        QString mixed = QString::fromStdString(second.toChecksumHex());
        // Flip the case of one letter: an EIP-55 checksum error.
        for (int i = 2; i < mixed.size(); ++i)
            if (mixed[i].isLetter()) {
                mixed[i] = mixed[i].isUpper() ? mixed[i].toLower() : mixed[i].toUpper();
                break;
            }
        type(child<QLineEdit>(dialog, "recipientEdit"), mixed);
        type(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("12.5"));
        QVERIFY(!child<QPushButton>(dialog, "reviewButton")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "recipientFeedback")->text().isEmpty());
        type(child<QLineEdit>(dialog, "recipientEdit"),
             QString::fromStdString(second.toChecksumHex()));
        // The wallet's own second account is named as such, never "used before" or "new".
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "recipientFeedback")->text(),
                                  QStringLiteral("Your own account “Account 2”."), kUiSettles);
        type(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("abc"));
        QVERIFY(!child<QLabel>(dialog, "formError")->text().isEmpty());
        // More than the account has: the engine's refusal names the account, not its hex, and
        // the error leaves every field its height.
        type(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("987654321"));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        auto* formError = child<QLabel>(dialog, "formError");
        QTRY_VERIFY_WITH_TIMEOUT(formError->text().contains(QStringLiteral("Not enough")),
                                 kServiceAnswers);
        QVERIFY2(formError->text().contains(QStringLiteral("your account “Account 1”")),
                 qPrintable(formError->text()));
        QVERIFY2(!formError->text().contains(QString::fromStdString(me.toChecksumHex()),
                                             Qt::CaseInsensitive),
                 qPrintable(formError->text()));
        QCOMPARE(formError->palette().color(QPalette::WindowText), toneColor(Tone::Error));
        sr::test::verifyNothingClipped(dialog, QStringLiteral("the send form with an error"));
        shoot(dialog, QStringLiteral("en-light-send-error"));
        type(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("12,5")); // a French comma
        QVERIFY(child<QPushButton>(dialog, "reviewButton")->isEnabled());
        shoot(dialog, QStringLiteral("en-light-send-form"));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 1, kServiceAnswers);
        QVERIFY(
            child<QLabel>(dialog, "reviewSummary")->text().contains(QStringLiteral("12.5 RLC")));
        shoot(dialog, QStringLiteral("en-light-send-review"));
        int attempts = 0;
        whenModal([&attempts](QWidget* modal) {
            auto* unlock = qobject_cast<UnlockDialog*>(modal);
            QVERIFY(unlock);
            shoot(unlock, QStringLiteral("en-light-unlock"));
            type(child<QLineEdit>(unlock, "passwordField"), QStringLiteral("wrong password"));
            QTest::mouseClick(child<QPushButton>(unlock, "passwordConfirm"), Qt::LeftButton);
            ++attempts;
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(unlock, "passwordStatus")
                                         ->text()
                                         .contains(QStringLiteral("does not unlock")),
                                     kServiceAnswers);
            type(child<QLineEdit>(unlock, "passwordField"), QLatin1String(kPassword));
            QTest::mouseClick(child<QPushButton>(unlock, "passwordConfirm"), Qt::LeftButton);
            ++attempts;
        });
        QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
        QCOMPARE(attempts, 2);
        QVERIFY(wallet().isUnlocked());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 2, kServiceAnswers);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sent() && dialog->sent()->status == TxStatus::Confirmed,
                                 kChainRead);
        // The status bar's block is never behind the confirmation on screen (its own poll
        // runs every 10 s; it must not wait for it).
        QVERIFY(dialog->sent()->blockNumber.has_value());
        auto* monitor = window().findChild<ChainMonitor*>();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->blockNumber() >= *dialog->sent()->blockNumber, 2000);
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QCOMPARE(onChain(second).rlc, eth::parseUnits("12.5", eth::kRlcDecimals));
        QCOMPARE(onChain(me).rlc, funded.rlc - eth::parseUnits("12.5", eth::kRlcDecimals));

        // Deposit 5 RLC into the iExec account, then see it on the page and on chain.
        transfer("depositButton", QStringLiteral("5"), {}, true,
                 QStringLiteral("en-light-deposit-review"));
        QCOMPARE(onChain(me).stake, eth::parseUnits("5", eth::kRlcDecimals));
        QTRY_VERIFY_WITH_TIMEOUT(page->balances() && page->balances()->stake ==
                                                         eth::parseUnits("5", eth::kRlcDecimals),
                                 kServiceAnswers);
        QVERIFY(child<QLabel>(page, "stakeBalance")->text().startsWith(QStringLiteral("5 RLC")));
        // Withdraw 2 back.
        transfer("withdrawButton", QStringLiteral("2"));
        QCOMPARE(onChain(me).stake, eth::parseUnits("3", eth::kRlcDecimals));
        // Every one is in Activity, confirmed, and survives a restart (the journal).
        auto* activity = page->activity();
        QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() >= 3, kServiceAnswers);
        QCOMPARE(activity->record(0).status, TxStatus::Confirmed);
        shoot(&window(), QStringLiteral("en-light-wallet-activity"));
        // The same rows in French: each said from its recorded fields, not the English label.
        session_->state()->setLanguage(QStringLiteral("fr"));
        sr::test::settle();
        const auto what = [&](int row) {
            return activity->index(row, ActivityModel::WhatColumn).data().toString();
        };
        QCOMPARE(what(0), QStringLiteral("Retirer 2 RLC de votre compte iExec"));
        QCOMPARE(what(1), QStringLiteral("Déposer 5 RLC sur votre compte iExec"));
        QVERIFY2(what(2).startsWith(QStringLiteral("Envoyer 12,5 RLC à 0x")), qPrintable(what(2)));
        shoot(&window(), QStringLiteral("fr-light-wallet-activity"));
        session_->state()->setLanguage(QStringLiteral("en"));
        sr::test::settle();
    }

    void pendingTransactionSpedUp() {
        QVERIFY(wallet().isUnlocked());
        eth::JsonRpcClient rpc({network_->chain().rpcUrl()});
        rpc.send("evm_setAutomine", {false});
        auto* page = window().walletPage();
        TransferDialog* dialog = openTransfer("sendButton");
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "availableLabel")->text().isEmpty(),
                                 kServiceAnswers);
        type(child<QLineEdit>(dialog, "recipientEdit"),
             QString::fromStdString(wallet().accounts()[1].address.toChecksumHex()));
        type(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("0.01"));
        QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 1, kServiceAnswers);
        QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), 2, kServiceAnswers);
        const std::int64_t original = dialog->sent()->id;
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);

        auto* activity = page->activity();
        page->activityFeed()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() > 0 && activity->record(0).id == original &&
                                     activity->record(0).status == TxStatus::Pending,
                                 kServiceAnswers);
        auto* view = child<QTableView>(page, "activityView");
        view->selectRow(0);
        auto* speedUp = child<QPushButton>(page, "speedUpButton");
        QVERIFY(speedUp->isEnabled());
        shoot(&window(), QStringLiteral("en-light-wallet-pending"));
        QTest::mouseClick(speedUp, Qt::LeftButton);
        // A refusal shows a message box: say what it says rather than wait for nothing.
        QTRY_VERIFY_WITH_TIMEOUT(
            (activity->rowCount() > 0 && activity->record(0).kind == TxKind::SpeedUp) ||
                qobject_cast<QMessageBox*>(QApplication::activeModalWidget()),
            kServiceAnswers);
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            const QString text = box->text();
            box->close();
            QFAIL(qPrintable(QStringLiteral("the speed-up was refused: ") + text));
        }
        rpc.send("evm_mine", {});
        rpc.send("evm_setAutomine", {true});
        // Said from what the journal records of it: the speed-up of a send.
        QVERIFY2(activity->index(0, ActivityModel::WhatColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("Speed-up: Send ")),
                 qPrintable(activity->index(0, ActivityModel::WhatColumn).data().toString()));
        page->activityFeed()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(activity->record(0).status == TxStatus::Confirmed, kChainRead);
        bool replaced = false;
        for (int row = 0; row < activity->rowCount(); ++row)
            replaced = replaced || (activity->record(row).id == original &&
                                    activity->record(row).status == TxStatus::Replaced);
        QVERIFY(replaced);
    }

    void autoLockAndScreenLock() {
        QVERIFY(wallet().isUnlocked());
        wallet().setAutoLockInterval(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(!wallet().isUnlocked(), kAtOnce);
        QCOMPARE(child<QToolButton>(&window(), "lockButton")->text(), QStringLiteral("Unlock…"));
        wallet().setAutoLockInterval(std::chrono::milliseconds(0));

        // Unlock again, then the screen locks: a real signal on the session bus.
        QSignalSpy unlocked(&wallet(), &WalletSession::lockChanged);
        whenModal([](QWidget* modal) {
            auto* unlock = qobject_cast<UnlockDialog*>(modal);
            QVERIFY(unlock);
            type(child<QLineEdit>(unlock, "passwordField"), QLatin1String(kPassword));
            QTest::keyClick(child<QLineEdit>(unlock, "passwordField"), Qt::Key_Return);
        });
        QVERIFY(UnlockDialog::ensureUnlocked(wallet(), &window(), QString()));
        QVERIFY(wallet().isUnlocked());
        auto bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("SKIPPED LOUDLY: no D-Bus session bus (dbus-daemon missing)");
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
        signal << true;
        QVERIFY(bus.send(signal));
        QTRY_VERIFY_WITH_TIMEOUT(!wallet().isUnlocked(), kAtOnce);
    }

    void secretsLeaveTheClipboard() {
        auto& clipboard = SecureClipboard::instance();
        clipboard.setClearAfter(200);
        clipboard.copySecret(QStringLiteral("a secret phrase"));
        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(data->text(), QStringLiteral("a secret phrase"));
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard.holdsSecret());
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
        // What the user copied meanwhile is theirs: left alone.
        clipboard.copySecret(QStringLiteral("another secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTest::qWait(400);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
        clipboard.setClearAfter(30000);
    }

    void receiveShowsAScannableAddress() {
        QTest::mouseClick(child<QPushButton>(window().walletPage(), "receiveButton"),
                          Qt::LeftButton);
        QDialog* dialog = window().findChild<QDialog*>(QStringLiteral("receiveDialog"));
        QVERIFY(dialog);
        auto* qr = child<QrCodeWidget>(dialog, "receiveQr");
        QCOMPARE(qr->text(), QString::fromStdString(wallet().current()->address.toChecksumHex()));
        QVERIFY(qr->modules() >= 21); // a real QR code (version 1 has 21 modules per side)
        QVERIFY(qr->isDark(0, 0));    // finder pattern corner
        shoot(dialog, QStringLiteral("en-light-receive"));
        QTest::mouseClick(child<QPushButton>(dialog, "copyAddressButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), qr->text());
        dialog->reject();
    }

    void importEachKindAndItsErrors() {
        // Each import goes into this wallet (its password is asked, not a new one).
        QTemporaryDir files;
        // A keystore file from elsewhere, with its own password.
        const std::string key(64, '4');
        crypto::SecretBytes raw(32);
        for (int i = 0; i < 32; ++i)
            raw.data()[i] = 0x44;
        const std::string keystorePath = files.path().toStdString() + "/UTC--import.json";
        {
            wallet::ScryptCost light;
            light.n = 1u << 12;
            QFile f(QString::fromStdString(keystorePath));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(
                wallet::Keystore::create(raw, "file password", light).toJson()));
        }
        const QString corruptPath = files.path() + QStringLiteral("/corrupt.json");
        {
            QFile f(corruptPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"version\": 3, \"crypto\": ");
        }

        // Recovery phrase: unknown word, bad checksum, then the right one.
        auto* wizard = openedWizard(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), kServiceAnswers);
        QTest::mouseClick(child<QCommandLinkButton>(wizard, "importPhraseButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPhrasePageId));
        auto* phrase = child<QLineEdit>(wizard, "importPhraseEdit");
        auto* feedback = child<QLabel>(wizard, "importPhraseFeedback");
        type(phrase, QStringLiteral("test test test test test test test test test test test jank"));
        QVERIFY(feedback->text().contains(QStringLiteral("Word 12")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        type(phrase, QStringLiteral("test test test test test test test test test test test test"));
        QVERIFY(feedback->text().contains(QStringLiteral("checksum")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        type(phrase, QLatin1String(kTestPhrase));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        shoot(wizard, QStringLiteral("wizard-import-phrase"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::PasswordPageId));
        QVERIFY(wizard->findChild<PasswordPage*>()->asksExisting());
        type(child<QLineEdit>(wizard, "newPassword"), QStringLiteral("not the password"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishPageId)); // network kept
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<FinishPage*>()->isWorking(), kChainRead);
        QVERIFY(wizard->findChild<FinishPage*>()->errorText().contains(QStringLiteral("password")));
        shoot(wizard, QStringLiteral("wizard-error"));
        wizard->back();
        type(child<QLineEdit>(wizard, "newPassword"), QLatin1String(kPassword));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(),
                                 kLongChainWork);
        QCOMPARE(QString::fromStdString(wizard->createdAccount()->toChecksumHex()),
                 QLatin1String(kTestPhraseAccount));
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(wallet().current()->address.toChecksumHex(), std::string(kTestPhraseAccount));

        // Private key: garbage, then a valid one (its address shown before anything is saved).
        wizard = openedWizard(true);
        QTest::mouseClick(child<QCommandLinkButton>(wizard, "importKeyButton"), Qt::LeftButton);
        auto* keyEdit = child<QLineEdit>(wizard, "importKeyEdit");
        type(keyEdit, QStringLiteral("0x1234"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        type(keyEdit, QStringLiteral("0x") + QString(64, QLatin1Char('0')));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // zero is no key
        type(keyEdit, QStringLiteral("0x") + QString(64, QLatin1Char('3')));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard, "importKeyFeedback")->text().contains(QStringLiteral("0x")));
        shoot(wizard, QStringLiteral("wizard-import-key"));
        wizard->next();
        type(child<QLineEdit>(wizard, "newPassword"), QLatin1String(kPassword));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(),
                                 kLongChainWork);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(int(wallet().accounts().size()), 4);

        // Keystore: a corrupt file, a wrong file password, then the right one.
        wizard = openedWizard(true);
        QTest::mouseClick(child<QCommandLinkButton>(wizard, "importKeystoreButton"),
                          Qt::LeftButton);
        auto* page = wizard->findChild<ImportKeystorePage*>();
        QVERIFY(!page->loadFile(corruptPath));
        QVERIFY(!child<QLabel>(wizard, "keystoreFeedback")->text().isEmpty());
        // A real drop of the file's URL.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(keystorePath))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &drop);
        QVERIFY(!page->keystoreJson().empty());
        type(child<QLineEdit>(wizard, "keystorePassword"), QStringLiteral("wrong"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "keystoreFeedback")
                                     ->text()
                                     .contains(QStringLiteral("does not open")),
                                 kServiceAnswers);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportKeystorePageId));
        shoot(wizard, QStringLiteral("wizard-import-keystore"));
        type(child<QLineEdit>(wizard, "keystorePassword"), QStringLiteral("file password"));
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::PasswordPageId),
                                  kServiceAnswers);
        type(child<QLineEdit>(wizard, "newPassword"), QLatin1String(kPassword));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(),
                                 kLongChainWork);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(int(wallet().accounts().size()), 5);
    }

    void addressBookTypedAndUsedBySend() {
        auto* page = window().walletPage();
        QTest::mouseClick(child<QPushButton>(page, "addressBookButton"), Qt::LeftButton);
        auto* book = window().findChild<AddressBookDialog*>();
        QVERIFY(book);
        const QString bob = QStringLiteral("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
        type(child<QLineEdit>(book, "bookAddress"), bob);
        type(child<QLineEdit>(book, "bookLabel"), QStringLiteral("Bob"));
        QTest::mouseClick(child<QPushButton>(book, "bookSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>(book, "addressBookTable")->rowCount(), 1,
                                  kUiSettles);
        // An app must be an app on this network: Bob's account is not.
        type(child<QLineEdit>(book, "bookAddress"), bob);
        type(child<QLineEdit>(book, "bookLabel"), QStringLiteral("Not an app"));
        auto* kind = child<QComboBox>(book, "bookKind");
        kind->setCurrentIndex(kind->findData(int(ContactKind::App)));
        QTest::mouseClick(child<QPushButton>(book, "bookSave"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLabel>(book, "bookStatus")->text().isEmpty() &&
                !child<QLabel>(book, "bookStatus")->text().startsWith(QStringLiteral("Checking")),
            kServiceAnswers);
        QVERIFY(!child<QLabel>(book, "bookStatus")->text().startsWith(QStringLiteral("Saved")));
        QCOMPARE(child<QTableWidget>(book, "addressBookTable")->rowCount(), 1);
        // The sandbox's first app is one.
        const QString app =
            QString::fromStdString(network_->deployment().apps.front().address.toChecksumHex());
        type(child<QLineEdit>(book, "bookAddress"), app);
        type(child<QLineEdit>(book, "bookLabel"), QStringLiteral("Sandbox app"));
        kind->setCurrentIndex(kind->findData(int(ContactKind::App)));
        QTest::mouseClick(child<QPushButton>(book, "bookSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>(book, "addressBookTable")->rowCount(), 2,
                                  kServiceAnswers);
        shoot(book, QStringLiteral("en-light-address-book"));
        // Removing one: the app goes, Bob stays.
        auto* table = child<QTableWidget>(book, "addressBookTable");
        const auto appRow = table->findItems(QStringLiteral("Sandbox app"), Qt::MatchExactly);
        QCOMPARE(appRow.size(), 1);
        table->setCurrentCell(appRow.front()->row(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(book, "bookRemove")->isEnabled(),
                                 kServiceAnswers);
        QTest::mouseClick(child<QPushButton>(book, "bookRemove"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, kServiceAnswers);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Bob"));
        QCOMPARE(child<QLabel>(book, "bookStatus")->text(), QStringLiteral("Removed."));
        book->reject();

        // Send recognises Bob, and offers to save an address never used.
        TransferDialog* dialog = openTransfer("sendButton");
        type(child<QLineEdit>(dialog, "recipientEdit"), bob);
        // The address book and the history are read off the GUI thread when the dialog opens.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "recipientFeedback")->text().contains(QStringLiteral("Bob")),
            kServiceAnswers);
        QVERIFY(!child<QCheckBox>(dialog, "saveContactCheck")->isVisible());
        const QString stranger = QStringLiteral("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
        type(child<QLineEdit>(dialog, "recipientEdit"), stranger);
        QVERIFY(child<QCheckBox>(dialog, "saveContactCheck")->isVisible());
        QVERIFY(
            child<QLabel>(dialog, "recipientFeedback")->text().contains(QStringLiteral("never")));
        dialog->reject();

        // Once sent something, the address is one used before. (This account has no ETH
        // yet: the node gives it some.)
        eth::JsonRpcClient({network_->chain().rpcUrl()})
            .send("anvil_setBalance",
                  {wallet().current()->address.toLowerHex(), "0xde0b6b3a7640000"}); // 1 ETH
        transfer("sendButton", QStringLiteral("0.001"), stranger, false);
        dialog = openTransfer("sendButton");
        type(child<QLineEdit>(dialog, "recipientEdit"), stranger);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "recipientFeedback")
                                     ->text()
                                     .contains(QStringLiteral("used before")),
                                 kServiceAnswers);
        QVERIFY(!child<QCheckBox>(dialog, "saveContactCheck")->isVisible());
        dialog->reject();
    }

    void watchOnlyBrowsesButNeverSigns() {
        const auto before = wallet().accounts().size();
        auto* wizard = openedWizard(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), kServiceAnswers);
        QTest::mouseClick(child<QCommandLinkButton>(wizard, "watchButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::WatchPageId));
        type(child<QLineEdit>(wizard, "watchAddress"), QStringLiteral("0x1234"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        type(child<QLineEdit>(wizard, "watchAddress"),
             QStringLiteral("0x0000000000000000000000000000000000000000"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        const QString watched = QStringLiteral("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
        type(child<QLineEdit>(wizard, "watchAddress"), watched);
        type(child<QLineEdit>(wizard, "watchLabel"), QStringLiteral("cold wallet"));
        shoot(wizard, QStringLiteral("wizard-watch"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishPageId)); // no password
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(),
                                 kServiceAnswers);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(wallet().accounts().size(), before + 1);
        QCOMPARE(QString::fromStdString(wallet().current()->address.toChecksumHex()), watched);
        QCOMPARE(wallet().current()->kind, wallet::AccountKind::WatchOnly);
        QVERIFY(!wallet().canSign());
        auto* page = window().walletPage();
        QVERIFY(!child<QPushButton>(page, "sendButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "depositButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page->balances().has_value(), kServiceAnswers); // browsing works
        QString why;
        whenModal([&why](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            why = box->text();
            box->accept();
        });
        QVERIFY(!UnlockDialog::ensureUnlocked(wallet(), &window(), QString()));
        QVERIFY(why.contains(QStringLiteral("watch-only")));
        QVERIFY(!wallet().isUnlocked());
        // Removing it needs no password: it was only an address.
        whenModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        auto* list = child<QListWidget>(page, "accountsList");
        list->setCurrentRow(list->count() - 1);
        QTest::mouseClick(child<QPushButton>(page, "removeAccountButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wallet().accounts().size(), before, kServiceAnswers);
    }

    void everyWizardPageInBothThemesAndLanguages() {
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session_->state()->setLanguage(language);
                session_->state()->setTheme(theme);
                QCoreApplication::processEvents();
                OnboardingWizard wizard(wallet(), *session_->state(), &window());
                wizard.show();
                QVERIFY(QTest::qWaitForWindowExposed(&wizard));
                const QList<std::pair<int, const char*>> pages = {
                    {OnboardingWizard::StartPageId, "start"},
                    {OnboardingWizard::PhrasePageId, "phrase"},
                    {OnboardingWizard::ConfirmPageId, "confirm"},
                    {OnboardingWizard::ImportPhrasePageId, "import-phrase"},
                    {OnboardingWizard::ImportKeyPageId, "import-key"},
                    {OnboardingWizard::ImportKeystorePageId, "import-keystore"},
                    {OnboardingWizard::WatchPageId, "watch"},
                    {OnboardingWizard::PasswordPageId, "password"},
                    {OnboardingWizard::NetworkPageId, "network"}};
                for (const auto& [id, name] : pages) {
                    wizard.setStartId(id);
                    wizard.restart();
                    shoot(&wizard, QStringLiteral("%1-%2-wizard-%3")
                                       .arg(language, theme, QLatin1String(name)));
                }
                window().showPage(MainWindow::Wallet);
                shoot(&window(), QStringLiteral("%1-%2-wallet-page").arg(language, theme));
                // Nothing cut or pushed sideways at the default size and the minimum.
                sr::test::verifyFitsDefaultAndMinimum(
                    &window(), QSize(1180, 760),
                    QStringLiteral("fit-%1-%2-wallet-page").arg(language, theme));
                if (QTest::currentTestFailed())
                    return;
                TransferDialog send(wallet(), TransferDialog::Kind::Send, &window());
                send.show();
                QVERIFY(QTest::qWaitForWindowExposed(&send));
                shoot(&send, QStringLiteral("%1-%2-send").arg(language, theme));
                // An error under the form keeps every field its height.
                type(child<QLineEdit>(&send, "amountEdit"), QStringLiteral("1.2.3"));
                QVERIFY(!child<QLabel>(&send, "formError")->text().isEmpty());
                sr::test::verifyFitsDefaultAndMinimum(
                    &send, send.size(),
                    QStringLiteral("fit-%1-%2-send-error").arg(language, theme));
                if (QTest::currentTestFailed())
                    return;
                TransferDialog deposit(wallet(), TransferDialog::Kind::Deposit, &window());
                deposit.show();
                QVERIFY(QTest::qWaitForWindowExposed(&deposit));
                shoot(&deposit, QStringLiteral("%1-%2-deposit").arg(language, theme));
                UnlockDialog unlock(wallet(), QString(), &window());
                unlock.show();
                QVERIFY(QTest::qWaitForWindowExposed(&unlock));
                shoot(&unlock, QStringLiteral("%1-%2-unlock").arg(language, theme));
                AddressBookDialog book(wallet(), &window());
                book.show();
                QVERIFY(QTest::qWaitForWindowExposed(&book));
                shoot(&book, QStringLiteral("%1-%2-address-book").arg(language, theme));
                QTest::mouseClick(child<QPushButton>(window().walletPage(), "receiveButton"),
                                  Qt::LeftButton);
                auto* receive = window().findChild<QDialog*>(QStringLiteral("receiveDialog"));
                QVERIFY(receive);
                QVERIFY(QTest::qWaitForWindowExposed(receive));
                shoot(receive, QStringLiteral("%1-%2-receive").arg(language, theme));
                receive->setObjectName(QString()); // the next round finds its own
                receive->close();
            }
        }
        session_->state()->setLanguage(QStringLiteral("en"));
        session_->state()->setTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
    }

    void oneInstancePerDataFolder() {
        QTemporaryDir other;
        SingleInstance first(other.path().toStdString());
        QVERIFY(!first.anotherIsRunning());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        SingleInstance second(other.path().toStdString());
        QVERIFY(second.anotherIsRunning());
        QVERIFY(raised.wait(kAtOnce));
        // Another folder is another instance.
        QTemporaryDir third;
        SingleInstance elsewhere(third.path().toStdString());
        QVERIFY(!elsewhere.anotherIsRunning());
    }
};

QTEST_MAIN(WalletTest)
#include "tst_wallet.moc"
