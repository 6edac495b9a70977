// strongroom-sandbox as a user runs it: up (in the background), status, fund, the profile
// used by strongroom-cli under the name "sandbox", down, and up again from the saved state.
#include "Timeouts.h"
#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/JsonRpcClient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace sr::test::timeouts;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run exec(const QString& program, const QStringList& args, int timeoutMs = kPipelineEnds) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        qInfo("%s %s: no end within %d ms", qPrintable(QFileInfo(program).fileName()),
              qPrintable(args.join(u' ')), timeoutMs);
        return {};
    }
    Run run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    // What a failing command said, so that a check on its exit code alone can be understood
    // from the log (some checks expect a failure: the line is then just information).
    if (run.code != 0)
        qInfo("%s %s exited %d: %s", qPrintable(QFileInfo(program).fileName()),
              qPrintable(args.join(u' ')), run.code, run.err.constData());
    return run;
}

Run sandbox(const QStringList& args) {
    return exec(QStringLiteral(STRONGROOM_SANDBOX), args);
}
Run cli(const QStringList& args) {
    return exec(QStringLiteral(STRONGROOM_CLI), args);
}

} // namespace

class SandboxAppTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_;
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), data_.path()}; }

private slots:
    void cleanupTestCase() { sandbox(QStringList{QStringLiteral("down")} + dataDir()); }

    void upWritesTheProfileAndReturnsReady() {
        QElapsedTimer timer;
        timer.start();
        const Run r = sandbox(QStringList{QStringLiteral("up")} + dataDir());
        QVERIFY2(r.code == 0, r.err.constData());
        qInfo("first start (deploying everything): %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
        const QString profile = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(profile, data_.path() + QStringLiteral("/sandbox/network.json"));
        QVERIFY(QFileInfo::exists(profile));
        // A second `up` finds it running.
        const Run again = sandbox(QStringList{QStringLiteral("up")} + dataDir());
        QCOMPARE(again.code, 0);
        QVERIFY(again.err.contains("already running"));
    }

    void statusTellsWhereEverythingIs() {
        const Run r =
            sandbox(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + dataDir());
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o[QStringLiteral("running")].toBool());
        QVERIFY(o.contains(QStringLiteral("blockNumber")));
        for (const char* service : {"sms", "iexecGateway", "ipfsNode", "ipfsGateway", "faucet"})
            QVERIFY2(o[QStringLiteral("endpoints")].toObject().contains(QLatin1String(service)),
                     service);
    }

    void theCliFindsItByName() {
        const Run r = cli(QStringList{QStringLiteral("network"), QStringLiteral("show"),
                                      QStringLiteral("sandbox"), QStringLiteral("--json")} +
                          dataDir());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("kind")].toString(), QStringLiteral("sandbox"));
        QCOMPARE(o[QStringLiteral("chainId")].toInteger(), 31337);
        QVERIFY(
            o[QStringLiteral("faucet")].toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        const Run list =
            cli(QStringList{QStringLiteral("network"), QStringLiteral("list")} + dataDir());
        QVERIFY(list.out.contains("sandbox"));
    }

    void fundSendsEthAndRlc() {
        const QString user = QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        const Run r = sandbox(QStringList{QStringLiteral("fund"), user, QStringLiteral("--json")} +
                              dataDir());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("rlc")].toString(), QStringLiteral("1000000000000"));
        const Run bad =
            sandbox(QStringList{QStringLiteral("fund"), QStringLiteral("0x1234")} + dataDir());
        QCOMPARE(bad.code, 1);
        QVERIFY(!bad.err.isEmpty());
    }

    void downThenUpLoadsTheSavedState() {
        QElapsedTimer downTimer;
        downTimer.start();
        QCOMPARE(sandbox(QStringList{QStringLiteral("down")} + dataDir()).code, 0);
        qInfo("down: %lld ms", downTimer.elapsed());
        // It took 4-6 s: anvil inherited the blocked SIGTERM (killed after 3 s, without its
        // last save) and a zombie sandbox counted as running until something reaped it.
        QVERIFY(downTimer.elapsed() < 2000);
        const Run stopped = sandbox(QStringList{QStringLiteral("status")} + dataDir());
        QCOMPARE(stopped.code, 1);
        QVERIFY(stopped.out.contains("not running"));
        // The profile stays, marked as stopped: local commands keep working without the node,
        // and those that need it say the sandbox is stopped.
        QFile profile(data_.path() + QStringLiteral("/sandbox/network.json"));
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(profile.readAll())
                    .object()[QStringLiteral("stopped")]
                    .toBool());
        profile.close();
        const Run operations =
            cli(QStringList{QStringLiteral("--network"), QStringLiteral("sandbox"),
                            QStringLiteral("data"), QStringLiteral("operations"),
                            QStringLiteral("--json")} +
                dataDir());
        QVERIFY2(operations.code == 0, operations.err.constData());
        QCOMPARE(cli(QStringList{QStringLiteral("wallet"), QStringLiteral("watch"),
                                 QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906")} +
                     dataDir())
                     .code,
                 0);
        const Run stoppedBalance =
            cli(QStringList{QStringLiteral("--network"), QStringLiteral("sandbox"),
                            QStringLiteral("--account"),
                            QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906"),
                            QStringLiteral("wallet"), QStringLiteral("balance")} +
                dataDir());
        QCOMPARE(stoppedBalance.code, 1);
        QVERIFY2(stoppedBalance.err.contains(
                     "The sandbox is stopped: start it with 'strongroom-sandbox up "
                     "--data-dir"),
                 stoppedBalance.err.constData());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sandbox(QStringList{QStringLiteral("up")} + dataDir()).code, 0);
        qInfo("second start (loading the saved state): %lld ms", timer.elapsed());
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QVERIFY(!QJsonDocument::fromJson(profile.readAll())
                     .object()
                     .contains(QStringLiteral("stopped")));
        profile.close();
        QVERIFY(timer.elapsed() < 10000);
        QFile log(data_.path() + QStringLiteral("/sandbox/sandbox.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("from its saved state"));
        // The funds sent before the restart are still there.
        const Run status =
            sandbox(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + dataDir());
        const QString rpc =
            QJsonDocument::fromJson(status.out).object()[QStringLiteral("rpcUrl")].toString();
        sr::eth::JsonRpcClient client({rpc.toStdString()});
        const auto balance =
            client.call("eth_getBalance", {"0x90F79bf6EB2c4f870365E785982E1f101E93b906", "latest"});
        QVERIFY(balance.get<std::string>() != "0x21e19e0c9bab2400000"); // 10000 ETH + 10 now
        QCOMPARE(sandbox(QStringList{QStringLiteral("down")} + dataDir()).code, 0);
    }

    // A `kill -9` of the sandbox (and its anvil) right after a transaction rolled the chain back
    // to anvil's last once-a-second save: every mined block is saved now.
    void aKillLosesNoMinedBlock() {
        QCOMPARE(sandbox(QStringList{QStringLiteral("up")} + dataDir()).code, 0);
        Run status =
            sandbox(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + dataDir());
        const QJsonObject running = QJsonDocument::fromJson(status.out).object();
        const auto pid = static_cast<pid_t>(running[QStringLiteral("pid")].toInteger());
        const QString user = QStringLiteral("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
        QCOMPARE(sandbox(QStringList{QStringLiteral("fund"), user} + dataDir()).code, 0);
        sr::eth::JsonRpcClient client({running[QStringLiteral("rpcUrl")].toString().toStdString()});
        const std::uint64_t mined = client.blockNumber();
        const auto funded = client.call("eth_getBalance", {user.toStdString(), "latest"});
        QTest::qWait(300); // well within a second: anvil's own save may not have come yet
        // Everything dies at once, as in a power cut: the sandbox and its anvil.
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
        QVERIFY(children.open(QIODevice::ReadOnly));
        const QList<QByteArray> kids = children.readAll().trimmed().split(' ');
        ::kill(pid, SIGKILL);
        for (const QByteArray& kid : kids)
            if (!kid.isEmpty())
                ::kill(static_cast<pid_t>(kid.toInt()), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, kAtOnce);
        QCOMPARE(sandbox(QStringList{QStringLiteral("up")} + dataDir()).code, 0);
        status =
            sandbox(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + dataDir());
        sr::eth::JsonRpcClient again({QJsonDocument::fromJson(status.out)
                                          .object()[QStringLiteral("rpcUrl")]
                                          .toString()
                                          .toStdString()});
        QVERIFY(again.blockNumber() >= mined);
        QCOMPARE(again.call("eth_getBalance", {user.toStdString(), "latest"}), funded);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sandbox(QStringList{QStringLiteral("down")} + dataDir()).code, 0);
        qInfo("down: %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 2000);
        QFile log(data_.path() + QStringLiteral("/sandbox/sandbox.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("chain saved and stopped in"));
    }

    void usageErrorsExitTwo() {
        QCOMPARE(sandbox({}).code, 2);
        QCOMPARE(sandbox({QStringLiteral("launch")}).code, 2);
        QCOMPARE(sandbox({QStringLiteral("fund")}).code, 2);
        QCOMPARE(sandbox({QStringLiteral("up"), QStringLiteral("--colour")}).code, 2);
        QCOMPARE(sandbox({QStringLiteral("--help")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(SandboxAppTest)
#include "tst_sandboxapp.moc"
