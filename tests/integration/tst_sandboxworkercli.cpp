// The sandbox workerpool as a user drives it through strongroom-sandbox (issue 14): `app add`
// of a local program, `app list|remove`, a sandbox killed in the middle of a task and started
// again (the task still completes), Web3Mail into `mailbox`, `task logs`, `time advance`, and
// the commands' refusals.

#include "Timeouts.h"
#include "WorkerTestKit.h"
#include "store/AtomicFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <fstream>

using namespace sr::test::timeouts;

using namespace sr;
using eth::Address;
using json = nlohmann::json;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run sandboxCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(STRONGROOM_SANDBOX), args);
    if (!p.waitForFinished(kPipelineEnds)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

std::vector<pid_t> childrenOf(pid_t pid) {
    std::vector<pid_t> out;
    std::ifstream in("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
    pid_t child = 0;
    while (in >> child)
        out.push_back(child);
    return out;
}

} // namespace

class SandboxWorkerCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<test::WorkerTestKit> kit_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey requester_ = test::devKey(3);
    json deployment_;

    std::filesystem::path stateDir() const {
        return std::filesystem::path(tmp_.path().toStdString()) / "state";
    }
    QStringList withState(QStringList args) const {
        return args << QStringLiteral("--state-dir") << QString::fromStdString(stateDir().string());
    }
    Run cli(const QStringList& args) { return sandboxCli(withState(args)); }

    void connectKit() {
        const auto runtime = json::parse(readFile(stateDir() / "runtime.json"));
        deployment_ = json::parse(readFile(stateDir() / "deployment.json"));
        test::SandboxEndpoints e;
        e.rpcUrl = runtime["rpcUrl"];
        e.sms = runtime["endpoints"]["sms"];
        e.market = runtime["endpoints"]["iexecGateway"];
        e.ipfs = runtime["endpoints"]["ipfsNode"];
        e.hub = Address::fromHex(deployment_["poco"]["hub"].get<std::string>());
        e.workerpool = Address::fromHex(deployment_["workerpool"].get<std::string>());
        e.dataProtector = Address::fromHex(deployment_["dataProtector"].get<std::string>());
        kit_ = std::make_unique<test::WorkerTestKit>(e);
    }

    Address sandboxApp(const std::string& name) {
        for (const auto& app : deployment_["apps"])
            if (app["name"] == name)
                return Address::fromHex(app["address"].get<std::string>());
        return {};
    }

    std::string logsOf(const Hash32& taskId) {
        return cli({QStringLiteral("task"), QStringLiteral("logs"),
                    QString::fromStdString(eth::toHex(ByteView(taskId.data(), 32)))})
            .out;
    }

    /// Waits for the task to be COMPLETED on chain; the error carries its `task logs`.
    void waitCompleted(const Hash32& taskId) {
        try {
            kit_->waitForChain(taskId, iexec::TaskStatus::Completed);
        } catch (const Error& e) {
            throw Error(e.code(), std::string(e.what()) + "\n" + logsOf(taskId));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        const Run up = cli({QStringLiteral("up")});
        QVERIFY2(up.code == 0, up.err.c_str());
        connectKit();
    }

    void cleanupTestCase() { cli({QStringLiteral("down")}); }

    void refusesBadInputsWithReasons() {
        Run r = cli({QStringLiteral("app"), QStringLiteral("add"), QStringLiteral("ghost"),
                     QStringLiteral("--exec"), QStringLiteral("/nonexistent/program")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("does not exist") != std::string::npos, r.err.c_str());
        r = cli({QStringLiteral("app"), QStringLiteral("add"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("app"), QStringLiteral("add"), QStringLiteral("bad-schema"),
                 QStringLiteral("--exec"), QStringLiteral("/bin/true"), QStringLiteral("--schema"),
                 QStringLiteral("[1]")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("JSON object") != std::string::npos, r.err.c_str());
        r = cli({QStringLiteral("app"), QStringLiteral("remove"), QStringLiteral("nothing")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("task"), QStringLiteral("logs"), QStringLiteral("0x12")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("not a task id") != std::string::npos, r.err.c_str());
        r = cli({QStringLiteral("time"), QStringLiteral("advance"), QStringLiteral("soon")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("not a duration") != std::string::npos, r.err.c_str());
        r = cli({QStringLiteral("fund"), QStringLiteral("--price"), QStringLiteral("3")});
        QCOMPARE(r.code, 2);
    }

    void timeAdvanceMovesTheChainClock() {
        const auto before = eth::JsonRpcClient::parseQuantity(
            kit_->rpc().call("eth_getBlockByNumber", json::array({"latest", false}))["timestamp"],
            "t");
        const Run r = cli({QStringLiteral("time"), QStringLiteral("advance"), QStringLiteral("2h"),
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto after = json::parse(r.out)["blockTimestamp"].get<std::uint64_t>();
        QVERIFY(after >= before + 7200);
    }

    void aFailedTaskIsClaimableAfterTimeAdvance() {
        try {
            const Address reader = sandboxApp("Sandbox Content Reader");
            kit_->waitForOrders(reader);
            // No key in the SMS: the worker cannot run it and never contributes.
            const Address dataset =
                kit_->protect(owner_, "never computed", {{"email", "n@o.pe"}}, false);
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, reader, kit_->grant(owner_, dataset, reader)), 0);
            std::string logs;
            for (int i = 0; i < 200 && logs.find("FAILED") == std::string::npos; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                logs = logsOf(taskId);
            }
            QVERIFY2(logs.find("FAILED: the SMS refused (404)") != std::string::npos, logs.c_str());
            QCOMPARE(int(kit_->task(taskId).status), int(iexec::TaskStatus::Active));
            const auto claim = [&] {
                sandbox::DevAccountSender(kit_->rpc(), requester_.address)
                    .transact(kit_->hub(), "claim(bytes32)",
                              {eth::AbiValue::bytes(Bytes(taskId.begin(), taskId.end()))});
            };
            // Not before the final deadline (category 0: 10 x 300 s after the deal)...
            QVERIFY_THROWS_EXCEPTION(Error, claim());
            const Run r =
                cli({QStringLiteral("time"), QStringLiteral("advance"), QStringLiteral("51m")});
            QVERIFY2(r.code == 0, r.err.c_str());
            // ... and then anyone can claim it: FAILED on chain, the requester refunded.
            claim();
            QCOMPARE(int(kit_->task(taskId).status), int(iexec::TaskStatus::Failed));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aTaskInterruptedByACrashCompletesAfterUp() {
        try {
            const auto program = std::filesystem::path(tmp_.path().toStdString()) / "slow.sh";
            {
                std::ofstream out(program);
                out << "#!/bin/sh\n/bin/sleep 3\necho \"done $1\" > \"$IEXEC_OUT/out.txt\"\n"
                       "echo '{\"deterministic-output-path\":\"/iexec_out/out.txt\"}' > "
                       "\"$IEXEC_OUT/computed.json\"\n";
            }
            std::filesystem::permissions(program, std::filesystem::perms::owner_all);
            const Run added =
                cli({QStringLiteral("app"), QStringLiteral("add"), QStringLiteral("slow"),
                     QStringLiteral("--exec"), QString::fromStdString(program.string()),
                     QStringLiteral("--schema"), QStringLiteral("{\"email\":\"string\"}"),
                     QStringLiteral("--json")});
            QVERIFY2(added.code == 0, added.err.c_str());
            const Address app =
                Address::fromHex(json::parse(added.out)["address"].get<std::string>());
            const Run list =
                cli({QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY(list.out.find("\"slow\"") != std::string::npos);
            kit_->waitForOrders(app);

            const Address dataset = kit_->protect(owner_, "crash data", {{"email", "c@r.sh"}});
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, app, kit_->grant(owner_, dataset, app),
                              "{\"iexec_args\":\"first-run\",\"iexec_secrets\":{}}"),
                0);
            // Kill the sandbox (and its chain) while the app runs, as a power cut would.
            const auto log =
                std::filesystem::path(stateDir() / "worker" / "tasks" /
                                      eth::toHex(ByteView(taskId.data(), 32)) / "worker.log");
            for (int i = 0; i < 300; ++i) {
                std::error_code ec;
                if (std::filesystem::exists(log, ec) &&
                    readFile(log).find("running slow") != std::string::npos)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            QVERIFY(readFile(log).find("running slow") != std::string::npos);
            std::this_thread::sleep_for(std::chrono::milliseconds(1500)); // anvil saves each second
            const pid_t pid =
                json::parse(readFile(stateDir() / "runtime.json"))["pid"].get<pid_t>();
            const auto children = childrenOf(pid);
            ::kill(pid, SIGKILL);
            for (const pid_t child : children)
                ::kill(child, SIGKILL);
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        const Run up = cli({QStringLiteral("up")});
        QVERIFY2(up.code == 0, up.err.c_str());
        connectKit();
    }

    void theInterruptedTaskCompletes() {
        try {
            // The task of the previous step: the only one of app "slow".
            const auto tasksDir = stateDir() / "worker" / "tasks";
            Hash32 taskId{};
            for (const auto& entry : std::filesystem::directory_iterator(tasksDir)) {
                const std::string log = readFile(entry.path() / "worker.log");
                if (log.find("running slow") != std::string::npos)
                    taskId = test::hashOf(entry.path().filename().string());
            }
            waitCompleted(taskId);
            const std::string logs = logsOf(taskId);
            QVERIFY2(logs.find("COMPLETED") != std::string::npos, logs.c_str());
            // Run again from the start after the crash, with the deal's arguments.
            const auto done = kit_->task(taskId);
            const std::string results(done.results.begin(), done.results.end());
            const auto files = test::unzip(
                kit_->ipfsGet(json::parse(results)["location"].get<std::string>().substr(6)));
            const std::string out(files.at("out.txt").begin(), files.at("out.txt").end());
            QCOMPARE(out, std::string("done first-run\n"));
            const Run removed =
                cli({QStringLiteral("app"), QStringLiteral("remove"), QStringLiteral("slow")});
            QVERIFY2(removed.code == 0, removed.err.c_str());
            const Run list =
                cli({QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY(list.out.find("\"slow\"") == std::string::npos);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void web3mailDeliversIntoTheMailbox() {
        try {
            const Address web3mail = sandboxApp("Sandbox Web3Mail");
            QVERIFY(!web3mail.isZero());
            kit_->waitForOrders(web3mail);
            const Address dataset =
                kit_->protect(owner_, "my email", {{"email", "bob@example.org"}});
            // The message travels as requester secret 1.
            const std::string name = "mail-1";
            const std::string value = json{
                {"emailSubject", "Hello"},
                {"emailContent", "A sandbox message"},
                {"senderName", "Tester"}}.dump();
            QCOMPARE(kit_->pushRequesterSecret(requester_, name, value), 204L);
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, web3mail, kit_->grant(owner_, dataset, web3mail),
                              "{\"iexec_secrets\":{\"1\":\"mail-1\"}}"),
                0);
            waitCompleted(taskId);
            const Run box = cli({QStringLiteral("mailbox"), QStringLiteral("--json")});
            QVERIFY2(box.code == 0, box.err.c_str());
            const auto messages = json::parse(box.out);
            QCOMPARE(messages.size(), std::size_t(1));
            QCOMPARE(messages[0]["recipient"].get<std::string>(), std::string("bob@example.org"));
            QCOMPARE(messages[0]["subject"].get<std::string>(), std::string("Hello"));
            QCOMPARE(messages[0]["task"].get<std::string>(),
                     eth::toHex(ByteView(taskId.data(), 32)));
            // The requester's result says it was sent, never to whom.
            const auto done = kit_->task(taskId);
            const std::string results(done.results.begin(), done.results.end());
            const auto cid = json::parse(results)["location"].get<std::string>().substr(6);
            const auto files = test::unzip(kit_->ipfsGet(cid));
            const std::string result(files.at("result.json").begin(),
                                     files.at("result.json").end());
            QVERIFY2(result.find("\"success\":true") != std::string::npos, result.c_str());
            QVERIFY(result.find("bob@example.org") == std::string::npos);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void web3telegramDeliversIntoTheMailbox() {
        try {
            const Address telegram = sandboxApp("Sandbox Web3Telegram");
            kit_->waitForOrders(telegram);
            const Address dataset =
                kit_->protect(owner_, "my chat", {{"telegram_chatId", "123456789"}});
            const std::string value =
                json{{"telegramContent", "Hi on Telegram"}, {"senderName", "Tester"}}.dump();
            QCOMPARE(kit_->pushRequesterSecret(requester_, "tg-1", value), 204L);
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, telegram, kit_->grant(owner_, dataset, telegram),
                              "{\"iexec_secrets\":{\"1\":\"tg-1\"}}"),
                0);
            waitCompleted(taskId);
            const auto messages =
                json::parse(cli({QStringLiteral("mailbox"), QStringLiteral("--json")}).out);
            QCOMPARE(messages.size(), std::size_t(2));
            QCOMPARE(messages[1]["channel"].get<std::string>(), std::string("telegram"));
            QCOMPARE(messages[1]["recipient"].get<std::string>(), std::string("123456789"));
            QCOMPARE(messages[1]["content"].get<std::string>(), std::string("Hi on Telegram"));
            // The plain listing names who, through which task.
            const Run box = cli({QStringLiteral("mailbox")});
            QVERIFY2(box.out.find("telegram to 123456789 from Tester") != std::string::npos,
                     box.out.c_str());
            QVERIFY(box.out.find(eth::toHex(ByteView(taskId.data(), 32))) != std::string::npos);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }
};

QTEST_GUILESS_MAIN(SandboxWorkerCliTest)
#include "tst_sandboxworkercli.moc"
