// A newcomer's first minutes, offscreen, with keys, clicks and the wheel (issue 20, "Crashes and
// dead ends"): `strongroom --help` without a display, `--network FILE` (the path
// `strongroom-sandbox up` prints) honoured and an unknown network refused, the network menu's
// "Open a network profile…" and "Local sandbox", the wizard's preselected network, a wallet
// stored once (no Back, no Escape while storing), the header's Unlock, the Overview showing the
// wallet, the wheel over an unfocused combo box scrolling the page, and Ctrl+Q.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "Timeouts.h"
#include "onboarding/FinishPage.h"
#include "onboarding/OnboardingWizard.h"
#include "sandbox/SandboxNetwork.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsPage.h"
#include "store/AppSettings.h"
#include "util/Error.h"
#include "util/Paths.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;

namespace {

using sr::test::child;
using sr::test::shoot;
using sr::test::type;

const char kPassword[] = "correct horse battery staple";
// anvil's second dev account: a valid key whose account has nothing to lose.
const char kKey[] = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

void clickNext(QWizard* wizard) {
    auto* next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

/// From the wizard's start page to its Network page (or Finish, when a wallet exists), as a
/// user does: Import a private key, the key, a new password typed twice.
void importKeyUpToTheNetwork(OnboardingWizard* wizard) {
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::StartPageId));
    QTest::mouseClick(child<QCommandLinkButton>(wizard, "importKeyButton"), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportKeyPageId));
    type(child<QLineEdit>(wizard, "importKeyEdit"), QLatin1String(kKey));
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::PasswordPageId));
    type(child<QLineEdit>(wizard, "newPassword"), QLatin1String(kPassword));
    type(child<QLineEdit>(wizard, "repeatPassword"), QLatin1String(kPassword));
    clickNext(wizard);
}

/// Opens the header's network menu with a click and runs `inside` while it is open (a popup
/// runs its own event loop); `inside` closes it, or triggers one of its actions by keyboard.
void withNetworkMenu(MainWindow& w, const std::function<void(QMenu*)>& inside) {
    auto* badge = child<QToolButton>(&w, "networkBadge");
    QMenu* menu = badge->menu();
    QVERIFY(menu);
    bool ran = false;
    QTimer::singleShot(50, menu, [&] {
        ran = true;
        inside(menu);
        if (menu->isVisible())
            menu->close();
    });
    QTest::mouseClick(badge, Qt::LeftButton);
    QTRY_VERIFY(ran);
}

QAction* actionNamed(QMenu* menu, const QString& text) {
    for (QAction* a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

/// Chooses `action` in the open `menu` with the keyboard (it becomes the active one, Return).
void chooseWithKeyboard(QMenu* menu, QAction* action) {
    menu->setActiveAction(action);
    QTest::keyClick(menu, Qt::Key_Return);
}

/// Answers the next modal dialog of type T when it shows up (several can wait at once).
template <typename T> void whenModalIs(std::function<void(T*)> answer) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto* modal = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

/// Answers the next file dialog with `path` in its file name field and Return.
void whenFileDialog(const QString& path) {
    whenModalIs<QFileDialog>([path](QFileDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        // Pasted, as a path printed by `strongroom-sandbox up` is; then Return.
        name->setFocus();
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

} // namespace

class FirstMinutesTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    std::unique_ptr<GuiSession> session_;

    MainWindow& window() { return *session_->window(); }
    WalletSession& wallet() { return *session_->wallet(); }

    static std::unique_ptr<GuiSession> openFresh(const QTemporaryDir& dir,
                                                 std::optional<std::string> network = {}) {
        return test::openSession(dir.path().toStdString(), std::move(network));
    }

    /// The sandbox's profile copied elsewhere, as another state folder's sandbox would write it.
    QString profileElsewhere(const QTemporaryDir& where) {
        const QString from =
            QString::fromStdString((resolveAppPaths(data_).sandboxDir() / "network.json").string());
        const QString to = where.filePath(QStringLiteral("network.json"));
        QFile::remove(to);
        return QFile::copy(from, to) ? to : QString();
    }

private slots:
    void initTestCase() {
        data_ = dir_.path().toStdString();
        sandbox_ = std::make_unique<test::PublishedSandbox>(data_);
        session_ = test::openSession(data_);
        QVERIFY(session_);
    }

    void cleanupTestCase() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        sandbox_.reset();
    }

    void helpAndVersionWithoutADisplay() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        for (const char* flag : {"--help", "-h", "--version"}) {
            QProcess app;
            app.setProcessEnvironment(env);
            app.start(QStringLiteral(STRONGROOM_GUI), {QLatin1String(flag)});
            QVERIFY(app.waitForFinished(kServiceAnswers));
            const QString out = QString::fromUtf8(app.readAllStandardOutput());
            QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                     qPrintable(flag + QStringLiteral(": ") +
                                QString::fromUtf8(app.readAllStandardError())));
            if (QByteArray(flag) == "--version") {
                QVERIFY2(out.startsWith(QStringLiteral("Strongroom ")), qPrintable(out));
            } else {
                QVERIFY2(out.contains(QStringLiteral("Usage:")), qPrintable(out));
                QVERIFY(out.contains(QStringLiteral("--network <name|file>")));
                QVERIFY(out.contains(QStringLiteral("--data-dir <dir>")));
            }
        }
    }

    void unknownNetworkIsAnErrorNeverMainnet() {
        QTemporaryDir dir;
        try {
            GuiSession session(*qApp, std::filesystem::path(dir.path().toStdString()), false,
                               std::string("arbitrum-nowhere"));
            QFAIL("an unknown network was accepted");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("Unknown network \"arbitrum-nowhere\"") !=
                         std::string::npos,
                     e.what());
        }
        // A file that is not a profile is said as such too.
        QFile notAProfile(dir.filePath(QStringLiteral("notes.json")));
        QVERIFY(notAProfile.open(QIODevice::WriteOnly));
        notAProfile.write("{\"hello\": 1}");
        notAProfile.close();
        QVERIFY_THROWS_EXCEPTION(Error,
                                 GuiSession(*qApp, std::filesystem::path(dir.path().toStdString()),
                                            false, notAProfile.fileName().toStdString()));
    }

    void networkFileIsHonouredForThisRun() {
        // `strongroom --network <the path strongroom-sandbox up printed>`, from another folder.
        QTemporaryDir elsewhere;
        const QString profile = profileElsewhere(elsewhere);
        QVERIFY(!profile.isEmpty());
        QTemporaryDir dir;
        auto session = openFresh(dir, profile.toStdString());
        QVERIFY(session);
        MainWindow& w = *session->window();
        const auto active = session->state()->activeNetwork();
        QCOMPARE(active.profile.kind, NetworkKind::Sandbox);
        QCOMPARE(active.profile.chainId, sandbox_->network().profile().chainId);
        QCOMPARE(active.profile.rpcUrls, sandbox_->network().profile().rpcUrls);
        auto* badge = child<QToolButton>(&w, "networkBadge");
        QVERIFY2(badge->text().contains(QStringLiteral("Sandbox")), qPrintable(badge->text()));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&w, "statusConnection")
                                     ->text()
                                     .startsWith(QStringLiteral("Connected · block")),
                                 kServiceAnswers);
        QCOMPARE(child<QLabel>(&w, "overviewNetworkName")->text(), QStringLiteral("Sandbox"));
        // For this run only: the saved choice is not a path.
        QCOMPARE(session->state()->settings().activeNetwork, std::string("arbitrum-mainnet"));
        // The menu lists it, checked.
        withNetworkMenu(w, [](QMenu* menu) {
            auto* file = menu->findChild<QAction*>(QStringLiteral("fileNetworkAction"));
            QVERIFY(file);
            QVERIFY(file->isChecked());
        });
        // The wizard keeps it.
        auto* wizard = w.openWizard(true);
        QTRY_VERIFY(wizard->isVisible());
        importKeyUpToTheNetwork(wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
        QVERIFY(child<QRadioButton>(wizard, "network-file")->isChecked());
        QVERIFY(!child<QRadioButton>(wizard, "network-arbitrum-mainnet")->isChecked());
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!w.findChild<OnboardingWizard*>());
        session->state()->waitForWrites();
    }

    void wizardPreselectsATestnetNeverMainnet() {
        // No sandbox in this folder, and the saved network is mainnet (the default).
        QTemporaryDir dir;
        auto session = openFresh(dir);
        QVERIFY(session);
        MainWindow& w = *session->window();
        QCOMPARE(session->state()->activeNetwork().profile.kind, NetworkKind::Mainnet);
        for (const char* language : {"en", "fr"})
            for (const char* theme : {"light", "dark"}) {
                session->state()->setLanguage(QLatin1String(language));
                session->state()->setTheme(QLatin1String(theme));
                QCoreApplication::processEvents();
                auto* wizard = w.openWizard(true);
                QTRY_VERIFY(wizard->isVisible());
                importKeyUpToTheNetwork(wizard);
                QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
                QVERIFY(child<QRadioButton>(wizard, "network-arbitrum-sepolia")->isChecked());
                QVERIFY(!child<QRadioButton>(wizard, "network-arbitrum-mainnet")->isChecked());
                shoot(wizard, QStringLiteral("%1-%2-firstminutes-wizard-network")
                                  .arg(QLatin1String(language), QLatin1String(theme)));
                QTest::keyClick(wizard, Qt::Key_Escape);
                QTRY_VERIFY(!w.findChild<OnboardingWizard*>());
            }
        session->state()->setLanguage(QStringLiteral("en"));
        session->state()->setTheme(QStringLiteral("light"));
        session->state()->waitForWrites();
    }

    void networkMenuOpensAProfileAndOffersTheLocalSandbox() {
        MainWindow& w = window();
        QVERIFY(session_->state()->activeNetwork().profile.kind != NetworkKind::Sandbox);
        withNetworkMenu(w, [](QMenu* menu) {
            QVERIFY(menu->findChild<QAction*>(QStringLiteral("openNetworkProfileAction")));
            shoot(menu, QStringLiteral("en-light-firstminutes-network-menu"));
            // The sandbox of this data folder runs: one click away.
            QAction* local = actionNamed(menu, QStringLiteral("Local sandbox"));
            QVERIFY(local);
            chooseWithKeyboard(menu, local);
        });
        QCOMPARE(session_->state()->activeNetwork().origin, NetworkOrigin::Sandbox);

        // A file that is not a profile: said, and nothing changes.
        QTemporaryDir elsewhere;
        QFile bad(elsewhere.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[1, 2, 3]");
        bad.close();
        QString said;
        whenFileDialog(bad.fileName());
        whenModalIs<QMessageBox>([&said](QMessageBox* box) {
            said = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        withNetworkMenu(w, [](QMenu* menu) {
            chooseWithKeyboard(
                menu, menu->findChild<QAction*>(QStringLiteral("openNetworkProfileAction")));
        });
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(QStringLiteral("bad.json")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("The network is unchanged.")));
        QCOMPARE(session_->state()->activeNetwork().origin, NetworkOrigin::Sandbox);
        QVERIFY(!session_->state()->fileNetwork());

        // A real profile from elsewhere: used for this run, listed, checked.
        const QString profile = profileElsewhere(elsewhere);
        QVERIFY(!profile.isEmpty());
        whenFileDialog(profile);
        withNetworkMenu(w, [](QMenu* menu) {
            chooseWithKeyboard(
                menu, menu->findChild<QAction*>(QStringLiteral("openNetworkProfileAction")));
        });
        QTRY_VERIFY(session_->state()->fileNetworkActive());
        QCOMPARE(session_->state()->activeNetwork().origin, NetworkOrigin::File);
        withNetworkMenu(w, [](QMenu* menu) {
            auto* file = menu->findChild<QAction*>(QStringLiteral("fileNetworkAction"));
            QVERIFY(file && file->isChecked());
            chooseWithKeyboard(menu, actionNamed(menu, QStringLiteral("Local sandbox")));
        });
        QVERIFY(!session_->state()->fileNetworkActive());
        QCOMPARE(session_->state()->activeNetwork().origin, NetworkOrigin::Sandbox);
    }

    void wizardStoresOnceWithoutBackOrEscape() {
        QVERIFY(!wallet().hasAccounts());
        auto* wizard = window().openWizard(true);
        QTRY_VERIFY(wizard->isVisible());
        importKeyUpToTheNetwork(wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
        // The sandbox runs: it is preselected.
        QVERIFY(child<QRadioButton>(wizard, "network-sandbox")->isChecked());
        clickNext(wizard);

        QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishPageId));
        auto* finish = wizard->findChild<FinishPage*>();
        QVERIFY(finish->isWorking());
        auto* back = wizard->button(QWizard::BackButton);
        QVERIFY(!back->isEnabled()); // going back now would store the keys twice
        // Escape and the close button wait for the keys to be stored.
        QTest::keyClick(wizard, Qt::Key_Escape);
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->close());
        QVERIFY(wizard->isVisible());
        QVERIFY(child<QLabel>(wizard, "finishStatus")->text().contains(QStringLiteral("wait")));
        shoot(wizard, QStringLiteral("en-light-firstminutes-wizard-storing"));

        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), kAccountReady);
        QVERIFY(wallet().hasAccounts()); // loaded, not only stored
        QVERIFY(!back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishPageId));
        QCOMPARE(finish->title(), QStringLiteral("Your wallet is ready"));
        QVERIFY(finish->errorText().isEmpty());
        QVERIFY(!child<QLabel>(wizard, "finishStatus")->text().contains(QStringLiteral("could")));
        shoot(wizard, QStringLiteral("en-light-firstminutes-wizard-ready"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window().findChild<OnboardingWizard*>());
        QCOMPARE(int(wallet().accounts().size()), 1);
        QVERIFY(wallet().isUnlocked());
        QCOMPARE(session_->state()->activeNetwork().origin, NetworkOrigin::Sandbox);
    }

    void overviewShowsTheWallet() {
        QVERIFY(wallet().hasAccounts());
        MainWindow& w = window();
        w.showPage(MainWindow::Overview);
        QVERIFY(!child<QWidget>(&w, "overviewNoWallet")->isVisible());
        QVERIFY(child<QWidget>(&w, "overviewAccountRow")->isVisible());
        const QString address = QString::fromStdString(wallet().current()->address.toChecksumHex());
        QCOMPARE(w.findChild<AddressLabel*>(QStringLiteral("overviewAccountAddress"))->value(),
                 address);
        auto* state = child<QLabel>(&w, "overviewWalletState");
        QVERIFY2(state->text().startsWith(QStringLiteral("Unlocked · on Sandbox · 1 account")),
                 qPrintable(state->text()));
        // The balances the Wallet page reads; this dev account starts with 10000 ETH.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&w, "overviewBalances")->text().contains(QStringLiteral("ETH")),
            kServiceAnswers);
        QVERIFY(child<QLabel>(&w, "overviewBalances")->text().contains(QStringLiteral("RLC")));
        wallet().lock();
        QVERIFY(state->text().startsWith(QStringLiteral("Locked")));
    }

    void lockedHeaderButtonUnlocks() {
        MainWindow& w = window();
        wallet().lock();
        auto* lock = child<QToolButton>(&w, "lockButton");
        QCOMPARE(lock->text(), QStringLiteral("Unlock…"));
        for (const char* language : {"en", "fr"})
            for (const char* theme : {"light", "dark"}) {
                session_->state()->setLanguage(QLatin1String(language));
                session_->state()->setTheme(QLatin1String(theme));
                w.showPage(MainWindow::Overview);
                shoot(&w, QStringLiteral("%1-%2-firstminutes-overview-locked")
                              .arg(QLatin1String(language), QLatin1String(theme)));
            }
        session_->state()->setLanguage(QStringLiteral("en"));
        session_->state()->setTheme(QStringLiteral("light"));
        bool asked = false;
        whenModalIs<UnlockDialog>([&asked](UnlockDialog* dialog) {
            asked = true;
            type(child<QLineEdit>(dialog, "passwordField"), QLatin1String(kPassword));
            QTest::mouseClick(child<QPushButton>(dialog, "passwordConfirm"), Qt::LeftButton);
        });
        QTest::mouseClick(lock, Qt::LeftButton);
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(wallet().isUnlocked(), kServiceAnswers);
        QCOMPARE(lock->text(), QStringLiteral("Lock"));
        QTest::mouseClick(lock, Qt::LeftButton);
        QVERIFY(!wallet().isUnlocked());
        QCOMPARE(lock->text(), QStringLiteral("Unlock…"));
    }

    void wheelScrollsThePageNotTheComboBox() {
        MainWindow& w = window();
        w.activateWindow(); // focus only counts in the active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.resize(w.minimumSize()); // the Settings page scrolls
        w.showPage(MainWindow::Settings);
        QCoreApplication::processEvents();
        auto* page = w.settingsPage();
        auto* scroll = page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QScrollBar* bar = scroll->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(0);
        auto* combo = child<QComboBox>(page, "autoLockCombo");
        QVERIFY(combo->isVisible());
        QVERIFY(combo->focusPolicy() != Qt::WheelFocus); // the wheel never gives it the focus
        const int index = combo->currentIndex();
        const int minutes = session_->state()->settings().autoLockMinutes;
        auto wheel = [&](int delta) {
            const QPointF at = QPointF(combo->rect().center());
            QWheelEvent event(at, combo->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(combo, &event);
        };
        w.setFocus();
        QVERIFY(!combo->hasFocus());
        wheel(-120);
        QCOMPARE(combo->currentIndex(), index);
        QCOMPARE(session_->state()->settings().autoLockMinutes, minutes);
        QVERIFY2(bar->value() > 0, "the page did not scroll");
        // Focused (Tab, or a click), the box takes the wheel as before.
        combo->setFocus(Qt::TabFocusReason);
        QVERIFY(combo->hasFocus());
        wheel(index + 1 < combo->count() ? -120 : 120);
        QVERIFY(combo->currentIndex() != index);
        QVERIFY(session_->state()->settings().autoLockMinutes != minutes);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(session_->state()->settings().autoLockMinutes, minutes);
        w.resize(1180, 760);
        session_->state()->waitForWrites();
    }

    void ctrlQQuits() {
        QTemporaryDir dir;
        auto session = openFresh(dir);
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* quit = w.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QVERIFY(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w.isVisible());
        session->state()->waitForWrites();
    }
};

QTEST_MAIN(FirstMinutesTest)
#include "tst_firstminutes.moc"
