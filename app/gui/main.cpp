#include "GuiSession.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "data/ProtectedDataPage.h"
#include "sandbox/SandboxLauncher.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "util/ProcessPrivacy.h"
#include "wallet/WalletSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// --screenshot: the Protected data page, saved as a picture once its list was read, then quit.
void saveScreenshotAndQuit(sr::ui::MainWindow& window, const QString& file) {
    auto* page = window.protectedDataPage();
    auto count = std::make_shared<int>(0);
    QObject::connect(page, &sr::ui::ProtectedDataPage::dataCountChanged, &window,
                     [count](int n) { *count = n; });
    auto done = std::make_shared<bool>(false);
    auto save = [&window, file, count, done](bool read) {
        if (*done)
            return;
        *done = true;
        const bool saved = window.grab().save(file, "PNG");
        if (saved)
            std::printf("strongroom: window saved to %s (%d protected data listed)\n",
                        qPrintable(file), *count);
        else
            std::fprintf(stderr, "strongroom: cannot write %s\n", qPrintable(file));
        if (!read)
            std::fprintf(stderr, "strongroom: the protected data list was not read in time\n");
        std::fflush(stdout);
        QCoreApplication::exit(saved && read ? 0 : 1);
    };
    // A moment after the list arrives, so that the page has laid it out.
    QObject::connect(page, &sr::ui::ProtectedDataPage::refreshed, &window,
                     [save] { QTimer::singleShot(500, [save] { save(true); }); });
    QTimer::singleShot(60000, &window, [save] { save(false); });
    window.showPage(sr::ui::MainWindow::ProtectedData);
}

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Strongroom"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("strongroom.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));
}

struct Options {
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QStringLiteral("Keep all state (settings included) in <dir>, for tests and portable use."),
        QStringLiteral("dir")};
    QCommandLineOption network{
        QStringLiteral("network"),
        QStringLiteral("Make <name> the active network (e.g. sandbox, arbitrum-sepolia), or use "
                       "the profile in <file> for this run (such as the one `strongroom-sandbox "
                       "up` prints). An unknown name is an error."),
        QStringLiteral("name|file")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Show the Protected data page, save a picture of the window to <file> once "
                       "the list has been read from the network, then quit (for documentation "
                       "and checks; exit status 1 if it was not read within 60 seconds)."),
        QStringLiteral("file")};
};

void describe(QCommandLineParser& parser, const Options& options) {
    parser.setApplicationDescription(
        QStringLiteral("Strongroom: wallet and data manager for iExec confidential computing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.dataDir);
    parser.addOption(options.network);
    parser.addOption(options.screenshot);
}

/// --help and --version are answered without a display: they must work over SSH, in a
/// terminal without X or Wayland, and in packaging checks.
bool asksHelpOrVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char** argv) {
#ifdef NDEBUG
    // Keys and passwords pass through this process: no core dump, no ptrace by the same user.
    (void)sr::makeProcessPrivate();
#endif
    if (asksHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(core); // prints the help or the version and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("app.strongroom.Strongroom"));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    std::optional<std::filesystem::path> dataDir;
    if (parser.isSet(options.dataDir))
        dataDir = parser.value(options.dataDir).toStdString();
    std::optional<std::string> network;
    if (parser.isSet(options.network))
        network = parser.value(options.network).toStdString();
    try {
        sr::ui::GuiSession session(app, dataDir, true, network);
        if (!session.ready())
            return 1;
        // One window per data folder: a second launch brings the first to the front.
        sr::ui::SingleInstance instance(session.state()->paths().dataDir);
        if (instance.anotherIsRunning())
            return 0;
        QObject::connect(&instance, &sr::ui::SingleInstance::raiseRequested, session.window(),
                         &sr::ui::MainWindow::raiseWindow);
        // The sandbox this app started last time (it is the active network): start it again.
        sr::ui::SandboxLauncher::of(*session.state()).resumeIfActive();
        const bool screenshot = parser.isSet(options.screenshot);
        if (screenshot)
            saveScreenshotAndQuit(*session.window(), parser.value(options.screenshot));
        session.window()->show();
        // First launch: the wallet wizard opens by itself (create or import); it can be closed
        // and opened again from the header.
        if (!session.wallet()->hasAccounts() && !screenshot)
            QTimer::singleShot(0, session.window(),
                               [&session] { session.window()->openWizard(true); });
        return app.exec();
    } catch (const sr::Error& e) {
        // Said on the terminal too: a script or a desktop launcher's log keeps it.
        std::fprintf(stderr, "strongroom: %s\n", e.what());
        QMessageBox::critical(nullptr, QStringLiteral("Strongroom"),
                              QString::fromStdString(e.what()));
        return 1;
    }
}
