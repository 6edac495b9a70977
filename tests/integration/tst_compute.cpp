// The requester's side of a computation against the whole sandbox (anvil, IPFS, SMS, market,
// scheduler and worker): the task followed on chain as the SDK's task show does, its
// encrypted result fetched from the IPFS gateway, checked, decrypted and unpacked; a failing
// app's task stays ACTIVE, cannot be claimed before its final deadline, and is claimed (the
// requester refunded) once the chain's time has passed it.

#include "EarningsTestKit.h"
#include "NodeScript.h"
#include "WorkerTestKit.h"
#include "compute/ComputePlan.h"
#include "compute/RequestBuilder.h"
#include "compute/TaskFollow.h"
#include "compute/TaskResult.h"
#include "crypto/RsaPrivateKey.h"
#include "eth/ContractCaller.h"
#include "eth/Signer.h"
#include "iexec/MarketClient.h"
#include "iexec/PocoHub.h"
#include "sandbox/FaucetService.h"
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

    std::vector<Hash32> seen_; // every task a test followed, for the SDK comparison

    compute::TaskState state(const Hash32& taskId) {
        if (std::find(seen_.begin(), seen_.end(), taskId) == seen_.end())
            seen_.push_back(taskId);
        eth::ContractCaller caller(kit_->rpc());
        return compute::readTaskState(caller, iexec::PocoHub(kit_->hub()), taskId, chainNow());
    }

    /// Grants `app` to `requester` (volume, price) and publishes the order on the market.
    iexec::SignedOrder<iexec::DatasetOrder> publishGrant(const Address& dataset, const Address& app,
                                                         const Address& requester,
                                                         std::uint64_t volume = 100,
                                                         std::uint64_t price = 0) {
        return test::publishGrant(*kit_, owner_, dataset, app, requester, price, volume);
    }

    iexec::MarketClient& market() {
        if (!market_)
            market_ =
                std::make_unique<iexec::MarketClient>(net_->services().marketUrl(), kit_->domain());
        return *market_;
    }
    std::unique_ptr<iexec::MarketClient> market_;

    compute::Plan plan(const Address& dataset, std::optional<eth::U256> maxPrice = {},
                       std::uint64_t category = 0, const Address* requester = nullptr) {
        eth::ContractCaller caller(kit_->rpc());
        compute::PlanRequest r;
        r.app = reader_;
        r.dataset = dataset;
        r.requester = requester ? *requester : requester_.address;
        r.maxPrice = maxPrice;
        r.category = category;
        return compute::planComputation(market(), caller, iexec::PocoHub(kit_->hub()), r);
    }

    /// The message of the Error `f` throws ("" if none).
    template <typename F> std::string failure(F f) {
        try {
            f();
        } catch (const Error& e) {
            return e.what();
        }
        return "";
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
            net_ = test::startWorkerSandbox(root() / "sandbox", reader_);
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
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

    void aPlanPicksTheOrdersAndSaysWhyNot() {
        try {
            const Address dataset = kit_->protect(owner_, "planned", {{"email", "p@l.an"}});
            // No grant yet.
            std::string why = failure([&] { plan(dataset); });
            QVERIFY2(why.find("has no grant at all") != std::string::npos, why.c_str());
            // A grant for someone else.
            publishGrant(dataset, reader_, test::devKey(4).address);
            why = failure([&] { plan(dataset); });
            QVERIFY2(why.find("no grant names you") != std::string::npos, why.c_str());
            // A grant for me, for another app.
            publishGrant(dataset, test::devKey(5).address, requester_.address);
            why = failure([&] { plan(dataset); });
            QVERIFY2(why.find("your grants do not allow app") != std::string::npos, why.c_str());
            // A priced grant for me and the app: the plan uses it and shows its price.
            const auto grant = publishGrant(dataset, reader_, requester_.address, 1, 7);
            const auto p = plan(dataset);
            QVERIFY(p.dataset.order == grant.order);
            QCOMPARE(p.datasetPrice().toDecimal(), std::string("7"));
            QCOMPARE(p.total().toDecimal(), (p.appPrice() + p.workerpoolPrice() + 7).toDecimal());
            QVERIFY((p.tag[31] & 0x09) == 0x09);
            // Above my maximum: the cost is said.
            why = failure([&] { plan(dataset, eth::U256(6)); });
            QVERIFY2(why.find("costs 0.000000007 RLC") != std::string::npos, why.c_str());
            // No workerpool order in a category nobody serves.
            why = failure([&] { plan(dataset, {}, 7); });
            QVERIFY2(why.find("No workerpool") != std::string::npos, why.c_str());
            // The grant's one access spent on chain (paid from a funded account): used up.
            sandbox::FaucetService::fund(kit_->rpc(), net_->deployment().poco.rlc,
                                         net_->deployment().poco.owner, requester_.address);
            sandbox::DevAccountSender(kit_->rpc(), requester_.address)
                .transact(net_->deployment().poco.rlc, "approveAndCall(address,uint256,bytes)",
                          {eth::AbiValue::address(kit_->hub()), eth::AbiValue::number(1000),
                           eth::AbiValue::bytes({})});
            kit_->request(requester_, reader_, grant, params(false));
            why = failure([&] { plan(dataset); });
            QVERIFY2(why.find("used up") != std::string::npos, why.c_str());
            // An app without orders.
            compute::PlanRequest r;
            r.app = test::devKey(5).address;
            r.requester = requester_.address;
            eth::ContractCaller caller(kit_->rpc());
            why = failure([&] {
                compute::planComputation(market(), caller, iexec::PocoHub(kit_->hub()), r);
            });
            QVERIFY2(why.find("has no order on the market") != std::string::npos, why.c_str());
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

    // Last: the SDK's task show agrees with ours on every task the tests followed.
    void theSdkTaskShowAgrees() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QVERIFY(seen_.size() >= 2);
        nlohmann::json tasks = nlohmann::json::array();
        for (const auto& t : seen_)
            tasks.push_back(eth::toHex(t));
        const auto reply =
            test::runNode("compute_taskshow.mjs", {{"rpcUrl", net_->chain().rpcUrl()},
                                                   {"hubAddress", kit_->hub().toChecksumHex()},
                                                   {"tasks", tasks}});
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");
        for (std::size_t i = 0; i < seen_.size(); ++i) {
            const auto& sdk = reply["tasks"][i];
            QVERIFY2(!sdk.contains("error"), sdk.dump().c_str());
            const auto ours = state(seen_[i]);
            const std::string label = sdk.dump();
            QCOMPARE(sdk["statusName"].get<std::string>(), ours.statusName);
            QCOMPARE(sdk["status"].get<int>(), static_cast<int>(ours.status));
            QCOMPARE(sdk["taskTimedOut"].get<bool>(), ours.timedOut);
            QCOMPARE(sdk["dealid"].get<std::string>(), eth::toHex(ours.dealid));
            QCOMPARE(sdk["idx"].get<std::uint64_t>(), ours.idx);
            QCOMPARE(sdk["finalDeadline"].get<std::uint64_t>(), ours.finalDeadline);
            QCOMPARE(sdk["dealFinalTime"].get<std::uint64_t>(), ours.finalDeadline);
            const auto link = compute::parseResultLink(ours.results);
            QCOMPARE(sdk["results"].value("storage", ""), link.storage);
            if (link.storage != "none")
                QCOMPARE(sdk["results"].value("location", ""), link.location);
        }
        qInfo("%zu tasks: the iexec SDK's task show and deal show agree with readTaskState",
              seen_.size());
    }
};

QTEST_GUILESS_MAIN(ComputeTest)
#include "tst_compute.moc"
