// The first run on a machine with no wallet and no sandbox, offscreen: the wizard's network
// page offers to start the local sandbox (the real strongroom-sandbox program, started as the
// app does) next to Arbitrum; choosing it starts it and moves on once it is ready; the app
// stops that sandbox when it quits, starts it again at the next launch, and leaves alone a
// sandbox the user started separately. A program that cannot start says why and keeps the
// page usable.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Timeouts.h"
#include "onboarding/OnboardingWizard.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/SandboxLauncher.h"
#include "settings/SettingsModel.h"
#include "wallet/WalletSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <csignal>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;

namespace {

using sr::test::child;
using sr::test::shoot;
using sr::test::type;

const QString kWatched = QStringLiteral("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");

/// A click on a radio button's indicator (its middle may be past the end of its text).
void clickRadio(QRadioButton* radio) {
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

bool processAlive(pid_t pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

} // namespace

class SandboxStartTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<GuiSession> session_;

    std::filesystem::path dataDir() const { return dir_.path().toStdString(); }
    sandbox::SandboxControl control() const {
        return sandbox::SandboxControl(dataDir() / "sandbox");
    }
    SandboxLauncher& launcher() { return SandboxLauncher::of(*session_->state()); }

    void openSession(const QString& program = QStringLiteral(STRONGROOM_SANDBOX)) {
        session_ = std::make_unique<GuiSession>(*qApp, dataDir(), false);
        QVERIFY(session_->ready());
        launcher().setProgram(program);
    }

    /// A watch-only first wallet (no password page): the wizard on its network page.
    OnboardingWizard* wizardOnNetworkPage() {
        auto* wizard = session_->window()->openWizard(true);
        if (!QTest::qWaitFor([wizard] { return wizard->isVisible(); }, kServiceAnswers))
            return nullptr;
        QTest::mouseClick(child<QCommandLinkButton>(wizard, "watchButton"), Qt::LeftButton);
        type(child<QLineEdit>(wizard, "watchAddress"), kWatched);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        if (wizard->currentId() != OnboardingWizard::NetworkPageId)
            return nullptr;
        // The choices show once laid out, as a user sees them.
        const bool shown = QTest::qWaitFor([wizard] {
            auto* arbitrum =
                wizard->findChild<QRadioButton*>(QStringLiteral("network-arbitrum-sepolia"));
            return arbitrum && arbitrum->isVisible();
        });
        return shown ? wizard : nullptr;
    }

    /// `strongroom-sandbox ARGS --data-dir <ours>`, as a user in a terminal.
    void runSandboxCommand(const QString& command) {
        QProcess p;
        p.start(QStringLiteral(STRONGROOM_SANDBOX),
                {command, QStringLiteral("--data-dir"), dir_.path()});
        QVERIFY(p.waitForFinished(kPipelineEnds));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void cleanupTestCase() {
        session_.reset();
        control().stop(); // whatever a failed test left running
    }

    void aProgramThatCannotStartSaysWhy() {
        // No program: no offer.
        openSession(dir_.path() + QStringLiteral("/no-such-program"));
        auto* wizard = wizardOnNetworkPage();
        QVERIFY(wizard);
        QVERIFY(!wizard->findChild<QRadioButton*>(QStringLiteral("network-start-sandbox")));
        QVERIFY(child<QRadioButton>(wizard, "network-arbitrum-sepolia"));
        wizard->reject();
        session_.reset();

        // A program that exits at once: the reason is shown and the page stays usable.
        openSession(QStringLiteral("/bin/false"));
        wizard = wizardOnNetworkPage();
        QVERIFY(wizard);
        clickRadio(child<QRadioButton>(wizard, "network-start-sandbox"));
        QVERIFY(child<QRadioButton>(wizard, "network-start-sandbox")->isChecked());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
        auto* status = child<QLabel>(wizard, "sandbox-status");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not start")),
                                 kServiceAnswers);
        QVERIFY(status->text().contains(QStringLiteral("stopped while starting")));
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!launcher().startedHere());
        wizard->reject();
        session_.reset();
    }

    void firstRunStartsTheSandboxAndQuitStopsIt() {
        openSession();
        auto* wizard = wizardOnNetworkPage();
        QVERIFY(wizard);
        // No sandbox runs: the offer to start one, saying what it is, next to Arbitrum.
        QVERIFY(!wizard->findChild<QRadioButton*>(QStringLiteral("network-sandbox")));
        auto* start = child<QRadioButton>(wizard, "network-start-sandbox");
        QVERIFY(start);
        QVERIFY(child<QRadioButton>(wizard, "network-arbitrum-sepolia"));
        QVERIFY(child<QRadioButton>(wizard, "network-arbitrum-mainnet"));
        bool explained = false;
        for (auto* label : wizard->findChildren<QLabel*>())
            explained |= label->text().contains(QStringLiteral("on this computer only")) &&
                         label->text().contains(QStringLiteral("stops it when you quit"));
        QVERIFY(explained);
        clickRadio(start);
        QVERIFY(start->isChecked());
        shoot(wizard, QStringLiteral("wizard-network-start-sandbox"));

        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        // While it starts the page waits, saying so.
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::NetworkPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard, "sandbox-status")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::FinishPageId),
                                  kPipelineEnds);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(),
                                 kServiceAnswers);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(session_->state()->activeNetwork().profile.kind, NetworkKind::Sandbox);
        QVERIFY(launcher().startedHere());
        const auto runtime = control().running();
        QVERIFY(runtime);

        // Quitting stops it (its chain is kept for the next time).
        session_.reset();
        QVERIFY(!control().running());
        QVERIFY(!processAlive(runtime->pid));
        QVERIFY(std::filesystem::exists(dataDir() / "sandbox" / "chain.json"));
    }

    void theNextLaunchStartsItAgain() {
        openSession();
        QCOMPARE(session_->state()->settings().activeNetwork, std::string("sandbox"));
        QSignalSpy started(&launcher(), &SandboxLauncher::started);
        QVERIFY(launcher().resumeIfActive());
        QVERIFY(started.wait(kPipelineEnds));
        QVERIFY(launcher().startedHere());
        QCOMPARE(session_->state()->activeNetwork().profile.kind, NetworkKind::Sandbox);
        const auto runtime = control().running();
        QVERIFY(runtime);
        // Already running: nothing more to start.
        QVERIFY(!launcher().resumeIfActive());
        session_.reset();
        QVERIFY(!processAlive(runtime->pid));
    }

    void aSandboxStartedSeparatelyKeepsRunning() {
        runSandboxCommand(QStringLiteral("up"));
        const auto runtime = control().running();
        QVERIFY(runtime);
        openSession();
        QVERIFY(!launcher().resumeIfActive());
        QVERIFY(!launcher().startedHere());
        session_.reset();
        QVERIFY(processAlive(runtime->pid));
        QVERIFY(control().running());
        runSandboxCommand(QStringLiteral("down"));
        QVERIFY(!control().running());
    }
};

QTEST_MAIN(SandboxStartTest)
#include "tst_sandboxstart.moc"
