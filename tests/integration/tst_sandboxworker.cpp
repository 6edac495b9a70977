// The sandbox workerpool (issue 14) against the whole sandbox: protected data made as
// DataProtector makes it, a grant, a request matched with the orders the scheduler publishes,
// and the task run by the worker to COMPLETED on chain (result digest, results field, archive on
// IPFS, encrypted for the requester when asked, Reward to the owners), or failed with a reason
// the requester can read.

#include "WorkerTestKit.h"
#include "crypto/Aes256Cbc.h"
#include "crypto/RsaPrivateKey.h"
#include "eth/ContractCaller.h"
#include "iexec/PocoHub.h"
#include "sandbox/FaucetService.h"
#include "sandbox/SandboxWorker.h"
#include "sandbox/WorkerProtocol.h"
#include "store/AtomicFile.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace sr;
using eth::Address;
using sandbox::SandboxWorker;

namespace {

std::string text(const Bytes& b) {
    return std::string(b.begin(), b.end());
}

} // namespace

class SandboxWorkerTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    std::unique_ptr<test::WorkerTestKit> kit_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey requester_ = test::devKey(3);
    Address reader_;

    Hash32 runContentReader(const Address& dataset, std::uint64_t price = 0,
                            const std::string& params = "{\"iexec_secrets\":{}}") {
        const auto order = kit_->grant(owner_, dataset, reader_, price);
        const Hash32 dealId = kit_->request(requester_, reader_, order, params);
        return iexec::PocoHub::taskId(dealId, 0);
    }

    /// An app whose program is `script` (a /bin/sh script), deployed by the scheduler.
    Address byoApp(const std::string& name, const std::string& script) {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "apps";
        std::filesystem::create_directories(dir);
        const auto program = dir / name;
        {
            std::ofstream out(program);
            out << "#!/bin/sh\n" << script << "\n";
        }
        std::filesystem::permissions(program, std::filesystem::perms::owner_all);
        sandbox::DevAccountSender scheduler(kit_->rpc(), SandboxWorker::schedulerAccount());
        const std::vector<eth::AbiValue> args = {
            eth::AbiValue::address(SandboxWorker::schedulerAccount()),
            eth::AbiValue::string(name),
            eth::AbiValue::string("DOCKER"),
            eth::AbiValue::bytes(Bytes(name.begin(), name.end())),
            eth::AbiValue::bytes(Bytes(32, 0x44)),
            eth::AbiValue::bytes({})};
        const Address registry = net_->deployment().poco.appRegistry;
        const Address app =
            scheduler
                .call(registry, "predictApp(address,string,string,bytes,bytes32,bytes)", args,
                      {eth::AbiType::address()})[0]
                .asAddress();
        scheduler.transact(registry, "createApp(address,string,string,bytes,bytes32,bytes)", args);
        net_->worker()->addApp({app, name, program, {}, {}});
        kit_->waitForOrders(app);
        return app;
    }

    SandboxWorker::TaskRecord runByo(const Address& app, const Address& dataset) {
        const auto order = kit_->grant(owner_, dataset, app);
        const Hash32 taskId = iexec::PocoHub::taskId(kit_->request(requester_, app, order), 0);
        return kit_->waitForWorker(taskId);
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        try {
            net_ = test::startWorkerSandbox(
                std::filesystem::path(tmp_.path().toStdString()) / "sandbox", reader_);
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
            kit_->waitForOrders(reader_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void publishesFreeTdxOrdersForEveryCategory() {
        for (int category = 0; category < 5; ++category) {
            const auto order = kit_->marketFirst(
                "workerpool", "workerpool=" + net_->deployment().workerpool.toChecksumHex() +
                                  "&category=" + std::to_string(category));
            QCOMPARE(order["tag"].get<std::string>(), test::WorkerTestKit::teeTag());
            QCOMPARE(order["workerpoolprice"].dump(), std::string("0"));
        }
        const auto app = kit_->marketFirst("app", "app=" + reader_.toChecksumHex());
        QCOMPARE(app["tag"].get<std::string>(), test::WorkerTestKit::teeTag());
    }

    void contentReaderCompletesOnChain() {
        try {
            const Address dataset = kit_->protect(
                owner_, "reader data",
                {{"email", "alice@example.org"}, {"scores", "name,score\nann,3\nbob,5\n"}});
            const Hash32 taskId = runContentReader(dataset);
            const auto record = kit_->waitForWorker(taskId);
            QVERIFY2(record.status == SandboxWorker::Status::Completed, record.reason.c_str());
            const auto task = kit_->task(taskId);
            QCOMPARE(int(task.status), int(iexec::TaskStatus::Completed));
            QCOMPARE(text(task.results), sandbox::ipfsResultsField(record.resultCid));
            const auto entries = test::unzip(kit_->ipfsGet(record.resultCid));
            QVERIFY(entries.count("report.json"));
            QVERIFY(entries.count("computed.json"));
            // The digest is the sha256 of the deterministic output, as the real post-compute.
            const Hash32 digest = crypto::sha256(entries.at("report.json"));
            QVERIFY(task.resultDigest == digest);
            const auto report = nlohmann::json::parse(text(entries.at("report.json")));
            QCOMPARE(report["fields"].size(), std::size_t(2));
            const std::string reportText = report.dump();
            QVERIFY2(reportText.find("alice") == std::string::npos, "content leaked");
            QVERIFY2(reportText.find("bob") == std::string::npos, "content leaked");
            for (const auto& field : report["fields"])
                if (field["path"] == "scores") {
                    QCOMPARE(field["text"]["csv"]["rows"].get<int>(), 2);
                    QCOMPARE(field["text"]["csv"]["columns"][1]["mean"].get<double>(), 4.0);
                }
            // The worker's log tells the steps.
            const auto log =
                readFile(SandboxWorker::taskDir(
                             sandbox::SandboxNetwork::workerStateDir(
                                 std::filesystem::path(tmp_.path().toStdString()) / "sandbox"),
                             taskId) /
                         "worker.log");
            QVERIFY(log.find("contributeAndFinalize") != std::string::npos);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void encryptsTheResultForTheBeneficiary() {
        try {
            const auto key = crypto::RsaPrivateKey::generate(2048);
            const std::string pem = key.publicKey().toSpkiPem();
            const std::string value = base64Encode(asBytes(pem));
            QCOMPARE(kit_->pushWeb2(requester_, "iexec-result-encryption-public-key", value), 204L);
            const Address dataset = kit_->protect(owner_, "encrypted run", {{"email", "x@y.z"}});
            const Hash32 taskId = runContentReader(
                dataset, 0, "{\"iexec_secrets\":{},\"iexec_result_encryption\":true}");
            const auto record = kit_->waitForWorker(taskId);
            QVERIFY2(record.status == SandboxWorker::Status::Completed, record.reason.c_str());
            const auto outer = test::unzip(kit_->ipfsGet(record.resultCid));
            QVERIFY(outer.count("aes-key.rsa"));
            QVERIFY(outer.count("iexec_out.zip.aes"));
            const auto aesKey = key.decryptPkcs1v15(outer.at("aes-key.rsa"));
            const Bytes& sealed = outer.at("iexec_out.zip.aes");
            const Bytes inner =
                crypto::aes256CbcDecrypt(aesKey, ByteView(sealed.data(), 16),
                                         ByteView(sealed.data() + 16, sealed.size() - 16));
            QVERIFY(test::unzip(inner).count("report.json"));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void rewardsPayTheDatasetOwner() {
        try {
            // The requester gets RLC and deposits it in its iExec account.
            sandbox::FaucetService::fund(kit_->rpc(), net_->deployment().poco.rlc,
                                         net_->deployment().poco.owner, requester_.address);
            sandbox::DevAccountSender requester(kit_->rpc(), requester_.address);
            requester.transact(net_->deployment().poco.rlc, "approveAndCall(address,uint256,bytes)",
                               {eth::AbiValue::address(kit_->hub()), eth::AbiValue::number(1000),
                                eth::AbiValue::bytes({})});
            eth::ContractCaller caller(kit_->rpc());
            const iexec::PocoHub hub(kit_->hub());
            const auto before = caller.call(hub.viewAccount(owner_.address)).stake;
            const Address dataset = kit_->protect(owner_, "priced data", {{"email", "p@q.r"}});
            const Hash32 taskId = runContentReader(dataset, 7);
            const auto record = kit_->waitForWorker(taskId);
            QVERIFY2(record.status == SandboxWorker::Status::Completed, record.reason.c_str());
            const auto after = caller.call(hub.viewAccount(owner_.address)).stake;
            QCOMPARE(after.toDecimal(), (before + eth::U256(7)).toDecimal());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aPricedWorkerpoolOrderIsPaidFromTheRequester() {
        try {
            // The requester (funded by the previous test) deposits 1 RLC more.
            sandbox::DevAccountSender(kit_->rpc(), requester_.address)
                .transact(net_->deployment().poco.rlc, "approveAndCall(address,uint256,bytes)",
                          {eth::AbiValue::address(kit_->hub()),
                           eth::AbiValue::number(1'000'000'000), eth::AbiValue::bytes({})});
            eth::ContractCaller caller(kit_->rpc());
            const iexec::PocoHub hub(kit_->hub());
            const auto before = caller.call(hub.viewAccount(requester_.address)).stake;
            const auto workerBefore =
                caller.call(hub.viewAccount(SandboxWorker::workerAccount())).stake;
            const Address dataset = kit_->protect(owner_, "priced pool", {{"email", "w@p.o"}});
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, reader_, kit_->grant(owner_, dataset, reader_),
                              "{\"iexec_secrets\":{}}", /*pricedPool=*/true),
                0);
            const auto record = kit_->waitForWorker(taskId);
            QVERIFY2(record.status == SandboxWorker::Status::Completed, record.reason.c_str());
            const auto after = caller.call(hub.viewAccount(requester_.address)).stake;
            QCOMPARE((before - after).toDecimal(), std::string("10000000"));
            QVERIFY(caller.call(hub.viewAccount(SandboxWorker::workerAccount())).stake >
                    workerBefore);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void tasksRunAtOnce() {
        try {
            // More deals at once than executors: the scheduler's and the worker's transactions
            // from parallel tasks must not race for their accounts' nonces.
            const Address dataset = kit_->protect(owner_, "concurrent", {{"email", "a@a.a"}});
            const auto order = kit_->grant(owner_, dataset, reader_);
            std::vector<Hash32> tasks;
            for (int i = 0; i < 10; ++i)
                tasks.push_back(
                    iexec::PocoHub::taskId(kit_->request(requester_, reader_, order), 0));
            for (const auto& taskId : tasks) {
                const auto record = kit_->waitForWorker(taskId);
                QVERIFY2(record.status == SandboxWorker::Status::Completed, record.reason.c_str());
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aMissingDatasetKeyFailsTheTask() {
        try {
            const Address dataset =
                kit_->protect(owner_, "no key", {{"email", "k@k.k"}}, /*pushKey=*/false);
            const Hash32 taskId = runContentReader(dataset);
            const auto record = kit_->waitForWorker(taskId);
            QVERIFY(record.status == SandboxWorker::Status::Failed);
            QVERIFY2(record.reason.find("no key for dataset") != std::string::npos,
                     record.reason.c_str());
            // Never contributed: ACTIVE on chain until its final deadline, then claimable.
            QCOMPARE(int(kit_->task(taskId).status), int(iexec::TaskStatus::Active));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aChecksumMismatchFailsTheTask() {
        try {
            const Address dataset = kit_->protect(owner_, "bad checksum", {{"email", "c@c.c"}},
                                                  true, /*corruptChecksum=*/true);
            const auto record = kit_->waitForWorker(runContentReader(dataset));
            QVERIFY(record.status == SandboxWorker::Status::Failed);
            QVERIFY2(record.reason.find("checksum") != std::string::npos, record.reason.c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void bringYourOwnAppFailures() {
        try {
            const Address dataset = kit_->protect(owner_, "byo data", {{"email", "d@d.d"}});
            const struct {
                const char* name;
                const char* script;
                const char* reason;
            } cases[] = {
                {"byo-crash", "exit 3", "exited with code 3"},
                {"byo-loop", "while :; do :; done", "wall-clock limit"},
                {"byo-silent", "echo nothing", "no computed.json"},
                {"byo-outside",
                 "echo x > \"$IEXEC_OUT/../escape\"\necho '{}' > \"$IEXEC_OUT/computed.json\"",
                 "outside its output folder"},
                {"byo-longname",
                 "echo x > \"$IEXEC_OUT/a-result-file-name-over-31-chars.txt\"\n"
                 "echo "
                 "'{\"deterministic-output-path\":\"/iexec_out/"
                 "a-result-file-name-over-31-chars.txt\"}' "
                 "> \"$IEXEC_OUT/computed.json\"",
                 "longer than 31"},
                {"byo-env",
                 "env > \"$IEXEC_OUT/env.txt\"\necho "
                 "'{\"deterministic-output-path\":\"/iexec_out/env.txt\"}' > "
                 "\"$IEXEC_OUT/computed.json\"",
                 ""},
            };
            for (const auto& c : cases) {
                const Address app = byoApp(c.name, c.script);
                const auto record = runByo(app, dataset);
                if (std::string(c.reason).empty()) {
                    QVERIFY2(record.status == SandboxWorker::Status::Completed,
                             record.reason.c_str());
                    const auto files = test::unzip(kit_->ipfsGet(record.resultCid));
                    const std::string env = text(files.at("env.txt"));
                    // Only the app contract: no PATH, no HOME, nothing of the sandbox's own.
                    QVERIFY2(env.find("IEXEC_TASK_ID=") != std::string::npos, env.c_str());
                    QVERIFY2(env.find("IEXEC_DATASET_FILENAME=" + dataset.toChecksumHex()) !=
                                 std::string::npos,
                             env.c_str());
                    QVERIFY2(env.find("HOME=") == std::string::npos, env.c_str());
                    QVERIFY2(env.find("IEXEC_DATASET_KEY") == std::string::npos, env.c_str());
                    QVERIFY2(env.find("SIGN_TEE_CHALLENGE_PRIVATE_KEY") == std::string::npos,
                             env.c_str());
                } else {
                    QVERIFY2(record.status == SandboxWorker::Status::Failed, c.name);
                    QVERIFY2(record.reason.find(c.reason) != std::string::npos,
                             (std::string(c.name) + ": " + record.reason).c_str());
                }
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void inputFilesAndArgumentsReachTheApp() {
        try {
            const auto cid = kit_->ipfsAdd(asBytes(std::string("input file content")));
            const std::string url = net_->services().ipfsUrl() + "/ipfs/" + cid.toString();
            const Address app =
                byoApp("byo-inputs",
                       "cat \"$IEXEC_IN/$IEXEC_INPUT_FILE_NAME_1\" > \"$IEXEC_OUT/out.txt\"\n"
                       "echo \"$IEXEC_INPUT_FILES_NUMBER|$#|$1|$2\" >> \"$IEXEC_OUT/out.txt\"\n"
                       "echo '{\"deterministic-output-path\":\"/iexec_out/out.txt\"}' > "
                       "\"$IEXEC_OUT/computed.json\"");
            const Address dataset = kit_->protect(owner_, "inputs data", {{"email", "i@n.p"}});
            const nlohmann::json params = {{"iexec_args", "one \"two words\""},
                                           {"iexec_input_files", {url}},
                                           {"iexec_secrets", nlohmann::json::object()}};
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, app, kit_->grant(owner_, dataset, app), params.dump()),
                0);
            const auto record = kit_->waitForWorker(taskId);
            QVERIFY2(record.status == SandboxWorker::Status::Completed, record.reason.c_str());
            const auto files = test::unzip(kit_->ipfsGet(record.resultCid));
            QCOMPARE(text(files.at("out.txt")),
                     std::string("input file content1|2|one|two words\n"));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aRestartTakesUpWhereItStopped() {
        try {
            // Stop the worker, make a deal while it is down, start it again: the deal is found
            // from the block it had reached and the task completes.
            net_->worker()->stop();
            const Address dataset = kit_->protect(owner_, "while down", {{"email", "w@w.w"}});
            const Hash32 taskId = runContentReader(dataset);
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            QVERIFY(!net_->worker()->task(taskId).has_value());
            net_->worker()->start();
            QVERIFY(kit_->waitForWorker(taskId).status == SandboxWorker::Status::Completed);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase() {
        kit_.reset();
        net_.reset();
    }
};

QTEST_GUILESS_MAIN(SandboxWorkerTest)
#include "tst_sandboxworker.moc"
