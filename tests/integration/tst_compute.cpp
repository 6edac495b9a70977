// The requester's side of a computation against the whole sandbox (anvil, IPFS, SMS, market,
// scheduler and worker): the task followed on chain as the SDK's task show does, its
// encrypted result fetched from the IPFS gateway, checked, decrypted and unpacked; a failing
// app's task stays ACTIVE, cannot be claimed before its final deadline, and is claimed (the
// requester refunded) once the chain's time has passed it.

#include "WorkerTestKit.h"
#include "compute/RequestBuilder.h"
#include "compute/TaskFollow.h"
#include "compute/TaskResult.h"
#include "crypto/RsaPrivateKey.h"
#include "eth/ContractCaller.h"
#include "iexec/PocoHub.h"
#include "sandbox/SandboxWorker.h"
#include "store/AtomicFile.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

using namespace sr;
using eth::Address;
using sandbox::SandboxWorker;
namespace fs = std::filesystem;

class ComputeTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    std::unique_ptr<test::WorkerTestKit> kit_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey requester_ = test::devKey(3);
    Address reader_;

    fs::path root() const { return fs::path(tmp_.path().toStdString()); }

    std::uint64_t chainNow() {
        const auto block =
            kit_->rpc().call("eth_getBlockByNumber", nlohmann::json::array({"latest", false}));
        return std::stoull(block.at("timestamp").get<std::string>(), nullptr, 16);
    }

    compute::TaskState state(const Hash32& taskId) {
        eth::ContractCaller caller(kit_->rpc());
        return compute::readTaskState(caller, iexec::PocoHub(kit_->hub()), taskId, chainNow());
    }

    std::string params(bool encrypt) {
        compute::RequestParams p;
        p.encryptResult = encrypt;
        return compute::requestParamsJson(p);
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        try {
            sandbox::SandboxNetwork::Options options{root() / "sandbox"};
            options.worker = true;
            options.appProgram = STRONGROOM_SANDBOX;
            options.maxWallClock = std::chrono::seconds(3);
            net_ = std::make_unique<sandbox::SandboxNetwork>(options);
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
            for (const auto& app : net_->deployment().apps)
                if (app.name == "Sandbox Content Reader")
                    reader_ = app.address;
            QVERIFY(!reader_.isZero());
            kit_->waitForOrders(reader_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void encryptedResultIsFollowedFetchedAndOpened() {
        try {
            const auto key = crypto::RsaPrivateKey::generate(2048);
            QCOMPARE(kit_->pushWeb2(requester_, "iexec-result-encryption-public-key",
                                    base64Encode(asBytes(key.publicKey().toSpkiPem()))),
                     204L);
            const Address dataset =
                kit_->protect(owner_, "followed", {{"scores", "name,score\nann,3\nbob,5\n"}});
            const Hash32 dealId = kit_->request(
                requester_, reader_, kit_->grant(owner_, dataset, reader_), params(true));
            const Hash32 taskId = iexec::PocoHub::taskId(dealId, 0);
            kit_->waitForWorker(taskId);
            const auto s = state(taskId);
            QCOMPARE(s.statusName, std::string("COMPLETED"));
            QVERIFY(s.dealid == dealId);
            QVERIFY(s.startTime > 0 && s.finalDeadline > s.startTime);
            QVERIFY(!s.claimable);
            QVERIFY_THROWS_EXCEPTION(Error, compute::claimTask(iexec::PocoHub(kit_->hub()), s));

            compute::ResultFetcher fetcher(net_->services().ipfsUrl());
            const auto opened = fetcher.fetch(s.results, root() / "results" / "task.zip",
                                              root() / "results" / "task", &key);
            QVERIFY(opened.wasEncrypted);
            QVERIFY(fs::exists(root() / "results" / "task" / "report.json"));
            QVERIFY(opened.computed.deterministicOutputPath.has_value());
            const auto report =
                nlohmann::json::parse(readFile(root() / "results" / "task" / "report.json"));
            QVERIFY(report.contains("fields"));

            // Another key: refused, the unpacked result stays.
            const auto other = crypto::RsaPrivateKey::generate(2048);
            QVERIFY_THROWS_EXCEPTION(Error, fetcher.fetch(s.results, root() / "results/task.zip",
                                                          root() / "results/task", &other));
            QVERIFY(fs::exists(root() / "results" / "task" / "report.json"));

            // A gateway answer that is not the CID's bytes: refused.
            QVERIFY_THROWS_EXCEPTION(
                Error,
                fetcher.download(asBytes(R"({"storage":"ipfs","location":"/ipfs/)"
                                         R"(QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQX"})"),
                                 root() / "results" / "bad.zip"));
            QVERIFY(!fs::exists(root() / "results" / "bad.zip"));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aFailedTaskIsClaimedAfterItsFinalDeadline() {
        try {
            const Address dataset = kit_->protect(owner_, "no key", {{"email", "k@k.k"}},
                                                  /*pushKey=*/false);
            const Hash32 taskId = iexec::PocoHub::taskId(
                kit_->request(requester_, reader_, kit_->grant(owner_, dataset, reader_),
                              params(false)),
                0);
            QVERIFY(kit_->waitForWorker(taskId).status == SandboxWorker::Status::Failed);
            auto s = state(taskId);
            QCOMPARE(s.statusName, std::string("ACTIVE"));
            QVERIFY(!s.claimable);
            try {
                compute::claimTask(iexec::PocoHub(kit_->hub()), s);
                QFAIL("claimable before the final deadline");
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find("final deadline") != std::string::npos,
                         e.what());
            }
            // Past the final deadline (category 0: 10 x 300 s from the deal's start).
            kit_->rpc().call("evm_increaseTime", nlohmann::json::array({3001}));
            kit_->rpc().call("evm_mine", nlohmann::json::array());
            s = state(taskId);
            QCOMPARE(s.statusName, std::string("TIMEOUT"));
            QVERIFY(s.claimable);
            const auto claim = compute::claimTask(iexec::PocoHub(kit_->hub()), s);
            nlohmann::json call = {{"from", requester_.address.toLowerHex()},
                                   {"to", kit_->hub().toLowerHex()},
                                   {"data", eth::toHex(claim.data)}};
            kit_->rpc().send("eth_sendTransaction", nlohmann::json::array({call}));
            kit_->waitForChain(taskId, iexec::TaskStatus::Failed);
            s = state(taskId);
            QCOMPARE(s.statusName, std::string("FAILED"));
            QVERIFY_THROWS_EXCEPTION(Error, compute::claimTask(iexec::PocoHub(kit_->hub()), s));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }
};

QTEST_GUILESS_MAIN(ComputeTest)
#include "tst_compute.moc"
