// The shipped programs keep their secrets out of core dumps and away from ptrace: a running
// strongroom-cli (here blocked on a password file that is a FIFO nobody writes yet) has no
// core limit and is not dumpable. Release builds only (NDEBUG): debug builds stay debuggable.
#include "Timeouts.h"
#include "util/ProcessPrivacy.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <sstream>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sr::test::timeouts;

namespace {

// The "Max core file size" soft limit of a process, from /proc/<pid>/limits.
std::string coreLimitOf(qint64 pid) {
    std::ifstream limits("/proc/" + std::to_string(pid) + "/limits");
    std::string line;
    while (std::getline(limits, line))
        if (line.starts_with("Max core file size")) {
            std::istringstream fields(line.substr(std::string("Max core file size").size()));
            std::string soft;
            fields >> soft;
            return soft;
        }
    return {};
}

} // namespace

class ProcessPrivacyTest : public QObject {
    Q_OBJECT

private slots:
    void theHelperClosesTheProcess() {
        // In a child, so that this test process stays debuggable.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const bool ok = sr::makeProcessPrivate();
            rlimit core{};
            ::getrlimit(RLIMIT_CORE, &core);
            const bool closed = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && core.rlim_cur == 0 &&
                                core.rlim_max == 0;
            ::_exit(ok && closed ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void theCliRunsPrivate() {
#ifndef NDEBUG
        QSKIP("SKIPPED LOUDLY: a debug build keeps strongroom-cli debuggable on purpose");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.path() + QStringLiteral("/password");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QProcess p;
        p.setChildProcessModifier([] {
            ::setsid();
            // Core files allowed, as on many desktops: the program itself must close them.
            rlimit core{};
            ::getrlimit(RLIMIT_CORE, &core);
            core.rlim_cur = core.rlim_max == RLIM_INFINITY ? (1 << 20) : core.rlim_max;
            ::setrlimit(RLIMIT_CORE, &core);
        });
        p.start(QStringLiteral(STRONGROOM_CLI),
                {QStringLiteral("--data-dir"), dir.path() + QStringLiteral("/data"),
                 QStringLiteral("--password-file"), fifo, QStringLiteral("wallet"),
                 QStringLiteral("create")});
        QVERIFY(p.waitForStarted());
        // Blocked opening the FIFO: look at it while it waits.
        std::string limit;
        (void)QTest::qWaitFor([&] { return (limit = coreLimitOf(p.processId())) == "0"; },
                              kUiSettles);
        p.kill();
        p.waitForFinished();
        QCOMPARE(QString::fromStdString(limit), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(ProcessPrivacyTest)
#include "tst_processprivacy.moc"
