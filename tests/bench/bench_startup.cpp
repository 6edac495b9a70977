// Cold start to a usable window, and the memory of a window left idle: Strongroom's main window
// (its real GuiSession on a fresh data folder with a wallet, offscreen) next to a bare Qt
// QMainWindow measured the same way in the same run, each in its own process.
// Prints the figures; fails only if a child fails.
#include "GuiSession.h"
#include "MainWindow.h"
#include "wallet/AccountStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

double rssMiB(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').first().toDouble() / 1024;
    return 0;
}

int child(int argc, char** argv, bool bare, const QString& dataDir) {
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    std::unique_ptr<sr::ui::GuiSession> session;
    std::unique_ptr<QMainWindow> plain;
    QWidget* window = nullptr;
    if (bare) {
        plain = std::make_unique<QMainWindow>();
        plain->resize(1180, 760);
        window = plain.get();
    } else {
        session = std::make_unique<sr::ui::GuiSession>(app, dataDir.toStdString(), false);
        window = session->window();
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    QCoreApplication::processEvents();
    const double readyMs = double(timer.nsecsElapsed()) / 1e6;
    QTest::qWait(3000); // idle: the chain monitor polls, nothing else should grow
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("ms"), readyMs},
                                                  {QStringLiteral("rss"), rssMiB("VmRSS:")}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && (std::strcmp(argv[1], "--bare") == 0 || std::strcmp(argv[1], "--app") == 0))
        return child(1, argv, std::strcmp(argv[1], "--bare") == 0, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    QTemporaryDir data;
    {
        // A wallet with one account, as after onboarding (a cheap KDF: only the start is timed).
        sr::wallet::AccountStore::Options cheap;
        cheap.cost.n = 1u << 12;
        cheap.rsaBits = 2048;
        sr::wallet::AccountStore(std::filesystem::path(data.path().toStdString()) / "keystore",
                                 cheap)
            .createHdWallet("benchmark password");
    }
    auto run = [&](const char* mode) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(mode), data.path()});
        p.waitForFinished(60000);
        const auto lines = p.readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    };
    const int rounds = 3;
    double appMs = 0, bareMs = 0, appRss = 0, bareRss = 0;
    for (int i = 0; i < rounds; ++i) {
        const QJsonObject a = run("--app");
        const QJsonObject b = run("--bare");
        if (a.isEmpty() || b.isEmpty()) {
            std::printf("FAILED: a child did not report\n");
            return 1;
        }
        appMs += a[QStringLiteral("ms")].toDouble();
        bareMs += b[QStringLiteral("ms")].toDouble();
        appRss = std::max(appRss, a[QStringLiteral("rss")].toDouble());
        bareRss = std::max(bareRss, b[QStringLiteral("rss")].toDouble());
    }
    std::printf("Start to a usable window (offscreen, mean of %d) and RSS after 3 s idle:\n",
                rounds);
    std::printf("  Strongroom (a data folder with a wallet)      %6.0f ms  %6.1f MiB\n",
                appMs / rounds, appRss);
    std::printf("  bare Qt QMainWindow                             %6.0f ms  %6.1f MiB\n",
                bareMs / rounds, bareRss);
    return 0;
}
