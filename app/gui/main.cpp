#include "AppState.h"
#include "GuiSession.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "util/Error.h"
#include "util/ProcessPrivacy.h"
#include "wallet/WalletSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char** argv) {
#ifdef NDEBUG
    // Keys and passwords pass through this process: no core dump, no ptrace by the same user.
    (void)sr::makeProcessPrivate();
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Strongroom"));
    QApplication::setOrganizationDomain(QStringLiteral("strongroom.app"));
    QApplication::setDesktopFileName(QStringLiteral("app.strongroom.Strongroom"));
    QApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Strongroom: wallet and data manager for iExec confidential computing."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep all state (settings included) in <dir>, for tests and portable use."),
        QStringLiteral("dir"));
    parser.addOption(dataDirOption);
    const QCommandLineOption networkOption(
        QStringLiteral("network"),
        QStringLiteral("Make <name> the active network (e.g. sandbox, arbitrum-sepolia)."),
        QStringLiteral("name"));
    parser.addOption(networkOption);
    parser.process(app);

    std::optional<std::filesystem::path> dataDir;
    if (parser.isSet(dataDirOption))
        dataDir = parser.value(dataDirOption).toStdString();
    std::optional<std::string> network;
    if (parser.isSet(networkOption))
        network = parser.value(networkOption).toStdString();
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
        session.window()->show();
        // First launch: the wallet wizard opens by itself (create or import); it can be closed
        // and opened again from the header.
        if (!session.wallet()->hasAccounts())
            QTimer::singleShot(0, session.window(),
                               [&session] { session.window()->openWizard(true); });
        return app.exec();
    } catch (const sr::Error& e) {
        QMessageBox::critical(nullptr, QStringLiteral("Strongroom"),
                              QString::fromStdString(e.what()));
        return 1;
    }
}
