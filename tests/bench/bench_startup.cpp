// Cold start to a usable window, and the memory of a window left idle: Strongroom's main window
// (its real GuiSession on a fresh data folder with a wallet, offscreen) next to a bare Qt
// QMainWindow measured the same way in the same run, each in its own process, interleaved.
// Prints the medians, then where Strongroom's start goes step by step (the app's own trace,
// STRONGROOM_TRACE_STARTUP); fails only if a child fails.
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
#include <algorithm>
#include <cstdio>
#include <vector>

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
    sr::ui::markStartup("start");
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
    sr::ui::markStartup("show");
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    QCoreApplication::processEvents();
    sr::ui::markStartup("first paint");
    const double readyMs = double(timer.nsecsElapsed()) / 1e6;
    QTest::qWait(3000); // idle: the chain monitor polls, nothing else should grow
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("ms"), readyMs},
                                                  {QStringLiteral("rss"), rssMiB("VmRSS:")}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

struct Runs {
    std::vector<double> ms, rss;
    // Each step of the start as the app traces it (STRONGROOM_TRACE_STARTUP), in order.
    std::vector<std::pair<QString, std::vector<double>>> steps;

    void addStep(const QString& step, double stepMs) {
        for (auto& [name, values] : steps)
            if (name == step) {
                values.push_back(stepMs);
                return;
            }
        steps.push_back({step, {stepMs}});
    }
};

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && (std::strcmp(argv[1], "--bare") == 0 || std::strcmp(argv[1], "--app") == 0))
        return child(1, argv, std::strcmp(argv[1], "--bare") == 0, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    QTemporaryDir data;
    // --prepare DIR: only make the data folder, to profile a child (perf, heaptrack) by hand:
    //   STRONGROOM_TRACE_STARTUP=1 QT_QPA_PLATFORM=offscreen bench_startup --app DIR
    const bool prepareOnly = argc == 3 && std::strcmp(argv[1], "--prepare") == 0;
    {
        // A wallet with one account, as after onboarding (a cheap KDF: only the start is timed).
        sr::wallet::AccountStore::Options cheap;
        cheap.cost.n = 1u << 12;
        cheap.rsaBits = 2048;
        const std::filesystem::path dir = prepareOnly
                                              ? std::filesystem::path(argv[2])
                                              : std::filesystem::path(data.path().toStdString());
        sr::wallet::AccountStore(dir / "keystore", cheap).createHdWallet("benchmark password");
        if (prepareOnly)
            return 0;
    }
    auto run = [&](const char* mode, Runs& into) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("STRONGROOM_TRACE_STARTUP"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(mode), data.path()});
        p.waitForFinished(60000);
        const auto lines = p.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject o = QJsonDocument::fromJson(lines.last()).object();
        if (o.isEmpty())
            return false;
        into.ms.push_back(o[QStringLiteral("ms")].toDouble());
        into.rss.push_back(o[QStringLiteral("rss")].toDouble());
        for (const QByteArray& line : p.readAllStandardError().split('\n'))
            if (line.startsWith("startup: ")) {
                const QString text = QString::fromUtf8(line.mid(9)).trimmed();
                const QString step = text.section(QLatin1Char(' '), 0, -2);
                if (step != QLatin1String("start"))
                    into.addStep(step, text.section(QLatin1Char(' '), -1).toDouble());
            }
        return true;
    };
    // Interleaved, so that whatever else the machine does weighs on both alike.
    const int rounds = 7;
    const QString loadBefore = loadAverage();
    Runs strongroom, bare;
    for (int i = 0; i < rounds; ++i)
        if (!run("--app", strongroom) || !run("--bare", bare)) {
            std::printf("FAILED: a child did not report\n");
            return 1;
        }
    std::printf("Start to a usable window and RSS after 3 s idle (offscreen, median of %d runs "
                "each, interleaved; load average %s before, %s after):\n",
                rounds, qPrintable(loadBefore), qPrintable(loadAverage()));
    auto line = [](const char* what, const Runs& r) {
        std::printf("  %-44s %6.0f ms (%.0f-%.0f)  %6.1f MiB (%.1f-%.1f)\n", what, median(r.ms),
                    *std::min_element(r.ms.begin(), r.ms.end()),
                    *std::max_element(r.ms.begin(), r.ms.end()), median(r.rss),
                    *std::min_element(r.rss.begin(), r.rss.end()),
                    *std::max_element(r.rss.begin(), r.rss.end()));
    };
    line("Strongroom (a data folder with a wallet)", strongroom);
    line("bare Qt QMainWindow", bare);
    std::printf("Strongroom's start, step by step (median ms; STRONGROOM_TRACE_STARTUP):\n");
    for (const auto& [step, values] : strongroom.steps)
        std::printf("  %-28s %6.1f\n", qPrintable(step), median(values));
    return 0;
}
