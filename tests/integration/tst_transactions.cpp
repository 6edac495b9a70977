// The TransactionManager and its journal against a real anvil: EIP-1559 and legacy fees, gas
// with a margin, nonces under concurrent sends, confirmations, and every way a transaction
// goes astray: dropped by the node (anvil_dropTransaction), replaced by another wallet,
// sped up, cancelled, a nonce gap, a reorg (anvil_reorg), the node stopped mid-wait and
// restarted from its dumped state, a crash between journaling and broadcasting, a poll() run
// on purpose while send() broadcasts (one manager, and two sharing a journal), and a FAKE
// proxy (FaultyHttpServer forwarding to anvil) that garbles or stalls the node's replies.
#include "EthPayment.h"
#include "FaultyHttpServer.h"
#include "eth/FeeEstimator.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "sandbox/AnvilProcess.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <set>
#include <thread>

using namespace sr;
using eth::Address;
using eth::U256;
using namespace std::chrono_literals;

namespace {

// anvil's default dev accounts (public test keys).
const char* kKeys[] = {"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                       "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
                       "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
                       "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
                       "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
                       "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
                       "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e"};

eth::PrivateKeySigner signerOf(int i) {
    return eth::PrivateKeySigner(crypto::SecretBytes(eth::fromHex(kKeys[i])));
}

eth::TransactionRequest payment(const Address& to, const char* eth) {
    return test::ethPayment(to, eth);
}

U256 balanceOf(eth::JsonRpcClient& rpc, const Address& a) {
    return U256::fromHex(rpc.call("eth_getBalance", {a.toLowerHex(), "latest"}).get<std::string>());
}

std::string errorOf(const std::function<void()>& f, ErrorCode* code = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (code)
            *code = e.code();
        return e.what();
    }
    return "(no error)";
}

/// A FAKE node in front of a real one: forwards every request, and lets a test garble or
/// delay the reply of chosen methods.
class FaultyProxy {
public:
    using Fault = std::function<std::optional<std::string>(const std::string& method,
                                                           const std::string& forwarded)>;
    FaultyProxy(std::string upstream, Fault fault)
        : upstream_(std::move(upstream)), fault_(std::move(fault)) {
        test::FaultyHttpServer::Reply forward;
        forward.bodyFor = [this](const std::string& body) {
            HttpRequest up;
            up.method = "POST";
            up.url = upstream_;
            up.headers = {{"Content-Type", "application/json"}};
            up.body = body;
            const std::string reply = http_.send(up).body;
            const auto request = nlohmann::json::parse(body, nullptr, false);
            const std::string method =
                request.is_object() ? request.value("method", "") : std::string("batch");
            if (auto changed = fault_(method, reply))
                return *changed;
            return reply;
        };
        server_.script({forward});
    }
    std::string url() const { return server_.url(); }

private:
    std::string upstream_;
    Fault fault_;
    HttpClient http_;
    test::FaultyHttpServer server_;
};

} // namespace

class TransactionsTest : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::AnvilProcess> anvil_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    QTemporaryDir dir_;
    std::unique_ptr<PendingTransactions> journal_;
    std::unique_ptr<eth::TransactionManager> tm_;

    std::filesystem::path journalFile() const {
        return std::filesystem::path(dir_.path().toStdString()) / "strongroom.sqlite";
    }
    void automine(bool on) { rpc_->send("evm_setAutomine", {on}); }
    /// A chain without EIP-1559 (no base fee): legacy gas prices.
    static std::unique_ptr<sandbox::AnvilProcess> berlinAnvil() {
        sandbox::AnvilProcess::Options berlin;
        berlin.extraArgs = {"--hardfork", "berlin"};
        return std::make_unique<sandbox::AnvilProcess>(berlin);
    }
    void mine() { rpc_->send("evm_mine", nlohmann::json::array()); }
    std::uint64_t minedNonce(const Address& a) {
        return eth::JsonRpcClient::parseQuantity(
            rpc_->call("eth_getTransactionCount", {a.toLowerHex(), "latest"}), "nonce");
    }

    /// A manager whose beforeBroadcast hook calls `window` (set later by sendWhilePolling).
    std::unique_ptr<eth::TransactionManager>
    hookedManager(eth::JsonRpcClient& rpc, PendingTransactions& journal,
                  std::function<void(const TxRecord&)>& window) {
        eth::TransactionManager::Options o;
        o.beforeBroadcast = [&window](const TxRecord& row) {
            if (window)
                window(row);
        };
        return std::make_unique<eth::TransactionManager>(rpc, journal, 31337, o);
    }

    /// Sends 0.25 ETH from anvil's account 0 with `sender`, and while send() holds the row
    /// journaled as Signed but not yet broadcast, runs `poller.poll()` on another thread, then
    /// lets `inWindow` look at what it did. Checks that exactly one transaction left the account,
    /// with the nonce the row was signed with, and that the row ends mined (Confirmed), not
    /// Rejected.
    void sendWhilePolling(
        eth::TransactionManager& sender, std::function<void(const TxRecord&)>& window,
        eth::TransactionManager& poller, PendingTransactions& journal,
        const std::function<void(const TxRecord& row, const std::vector<TxRecord>& polled)>&
            inWindow) {
        const auto from = signerOf(0);
        const Address to = Address::fromHex("0x00000000000000000000000000000000000face5");
        const std::uint64_t nonce = minedNonce(from.address());
        const U256 before = balanceOf(*rpc_, to);
        int windows = 0;
        window = [&](const TxRecord& row) {
            if (windows++ > 0)
                return; // a second broadcast (the old retry with a fresh nonce) runs unhindered
            QCOMPARE(row.status, TxStatus::Signed);
            QCOMPARE(journal.find(row.id)->status, TxStatus::Signed);
            std::vector<TxRecord> polled;
            std::string failure;
            std::thread([&] {
                try {
                    polled = poller.poll();
                } catch (const Error& e) {
                    failure = e.what();
                }
            }).join();
            QVERIFY2(failure.empty(), failure.c_str());
            inWindow(row, polled);
        };
        TxRecord sent;
        const std::string error = errorOf([&] { sent = sender.send(payment(to, "0.25"), from); });
        window = nullptr;
        // On chain: one transaction left the account (not a second one with the next nonce),
        // and one payment.
        QCOMPARE(minedNonce(from.address()), nonce + 1);
        QCOMPARE(balanceOf(*rpc_, to), before + eth::parseUnits("0.25", eth::kEthDecimals));
        // In the journal: nothing rejected, one row for the nonce.
        PendingTransactions::HistoryQuery query;
        query.account = from.address();
        const auto rows = journal.history(query);
        for (const auto& r : rows)
            QVERIFY2(r.status != TxStatus::Rejected, r.error.c_str());
        QCOMPARE(rows.size(), std::size_t(1));
        // send() returned that row, sent, and broadcast it once.
        QCOMPARE(error, std::string("(no error)"));
        QCOMPARE(windows, 1);
        QCOMPARE(sent.id, rows.front().id);
        QCOMPARE(sent.nonce, nonce);
        QCOMPARE(sent.status, TxStatus::Pending);
        QVERIFY2(sent.error.empty(), sent.error.c_str());
        QVERIFY(!rpc_->call("eth_getTransactionReceipt", {eth::toHex(sent.hash)}).is_null());
        const auto done = sender.refresh(sent.id);
        QCOMPARE(done.status, TxStatus::Confirmed);
        QVERIFY(done.blockNumber.has_value());
    }

private slots:
    void initTestCase() {
        try {
            anvil_ = std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{});
            rpc_ = std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil_->rpcUrl()});
            journal_ = std::make_unique<PendingTransactions>(journalFile());
            tm_ = std::make_unique<eth::TransactionManager>(*rpc_, *journal_, 31337);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void init() { automine(true); }

    void sendsEthWithEip1559Fees() {
        const auto from = signerOf(1);
        const Address to = signerOf(2).address();
        const U256 before = balanceOf(*rpc_, to);
        const auto plan = tm_->plan(payment(to, "1.5"), from.address());
        QCOMPARE(plan.fees.type, eth::Transaction::Type::Eip1559);
        QVERIFY(plan.fees.maxFeePerGas >= plan.fees.baseFee);
        QVERIFY(plan.fees.maxPriorityFeePerGas <= plan.fees.maxFeePerGas);
        QCOMPARE(plan.gasLimit, U256(21000)); // a plain transfer: no margin needed
        QCOMPARE(plan.maxCost, eth::parseUnits("1.5", 18) + U256(21000) * plan.fees.maxFeePerGas);
        const TxRecord sent = tm_->send(plan, from);
        QCOMPARE(sent.status, TxStatus::Pending);
        QCOMPARE(sent.broadcastCount, 1);
        const TxRecord done = tm_->waitForSuccess(sent.id, 20s);
        QCOMPARE(done.status, TxStatus::Confirmed);
        QCOMPARE(*done.gasUsed, U256(21000));
        QVERIFY(done.effectiveGasPrice && !done.effectiveGasPrice->isZero());
        QVERIFY(done.blockNumber && done.blockHash && done.minedAt);
        QCOMPARE(done.label, std::string("Send 1.5 ETH"));
        QCOMPARE(balanceOf(*rpc_, to), before + eth::parseUnits("1.5", 18));
        QCOMPARE(done.transaction().type, eth::Transaction::Type::Eip1559);
        // The node's transaction is ours, byte for byte.
        const auto onChain = rpc_->call("eth_getTransactionByHash", {eth::toHex(done.hash)});
        QCOMPARE(onChain["nonce"].get<std::string>(), U256(done.nonce).toHex());
    }

    void contractCallsGetAGasMargin() {
        // A contract creation: estimated, then +20 %.
        eth::TransactionRequest deploy;
        deploy.data = eth::fromHex("0x600a600c600039600a6000f3602a60005260206000f3"); // returns 42
        deploy.label = "Deploy";
        const auto plan = tm_->plan(deploy, signerOf(1).address());
        const U256 estimate = U256::fromHex(
            rpc_->call("eth_estimateGas", {{{"from", signerOf(1).address().toLowerHex()},
                                            {"data", eth::toHex(deploy.data)}}})
                .get<std::string>());
        QCOMPARE(plan.gasLimit, estimate * U256(120) / U256(100));
        const auto done = tm_->waitForSuccess(tm_->send(plan, signerOf(1)).id, 20s);
        QVERIFY(tm_->receipt(done).contractAddress.has_value());
    }

    void feesWithoutFeeHistory() {
        // A FAKE provider that lacks eth_feeHistory: the tip comes from
        // eth_maxPriorityFeePerGas, the base fee from the latest block.
        FaultyProxy noHistory(
            anvil_->rpcUrl(),
            [](const std::string& method,
               const std::string& forwarded) -> std::optional<std::string> {
                if (method != "batch")
                    return std::nullopt;
                auto replies = nlohmann::json::parse(forwarded);
                for (auto& reply : replies)
                    if (reply.contains("result") && reply["result"].is_object() &&
                        reply["result"].contains("oldestBlock")) {
                        reply.erase("result");
                        reply["error"] = {{"code", -32601},
                                          {"message", "the method eth_feeHistory does not exist"}};
                    }
                return replies.dump();
            });
        eth::JsonRpcClient rpc({noHistory.url()});
        const auto fees = eth::FeeEstimator(rpc).estimate();
        const auto direct = eth::FeeEstimator(*rpc_).estimate();
        QCOMPARE(fees.type, eth::Transaction::Type::Eip1559);
        QCOMPARE(fees.maxPriorityFeePerGas,
                 U256::fromHex(rpc_->call("eth_maxPriorityFeePerGas", nlohmann::json::array())
                                   .get<std::string>()));
        QVERIFY(fees.baseFee > U256(0));
        QVERIFY(direct.maxFeePerGas >= direct.baseFee * U256(2));
        // A tip beyond reason is capped (a node's word is not trusted with the user's money).
        FaultyProxy greedy(anvil_->rpcUrl(),
                           [](const std::string& method,
                              const std::string& forwarded) -> std::optional<std::string> {
                               if (method != "batch")
                                   return std::nullopt;
                               auto replies = nlohmann::json::parse(forwarded);
                               for (auto& reply : replies)
                                   if (reply.contains("result") && reply["result"].is_object() &&
                                       reply["result"].contains("reward"))
                                       for (auto& row : reply["result"]["reward"])
                                           row = nlohmann::json::array({"0xffffffffffffffffff"});
                               return replies.dump();
                           });
        eth::JsonRpcClient greedyRpc({greedy.url()});
        QCOMPARE(eth::FeeEstimator(greedyRpc).estimate().maxPriorityFeePerGas,
                 U256(100'000'000'000ull));
    }

    void needsConfirmations() {
        eth::TransactionManager::Options o;
        o.confirmations = 3;
        eth::TransactionManager careful(*rpc_, *journal_, 31337, o);
        const auto sent = careful.send(payment(signerOf(3).address(), "0.01"), signerOf(2));
        QCOMPARE(careful.refresh(sent.id).status, TxStatus::Mined);
        rpc_->send("anvil_mine", {"0x1"});
        QCOMPARE(careful.refresh(sent.id).status, TxStatus::Mined);
        rpc_->send("anvil_mine", {"0x1"});
        QCOMPARE(careful.refresh(sent.id).status, TxStatus::Confirmed);
    }

    void concurrentSendsGetDistinctNonces() {
        const auto from = signerOf(3);
        const std::uint64_t first = tm_->nextNonce(from.address());
        std::vector<std::thread> threads;
        std::mutex m;
        std::vector<std::int64_t> ids;
        std::atomic<int> failures{0};
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 5; ++i) {
                    try {
                        const auto r = tm_->send(payment(signerOf(4).address(), "0.001"), from);
                        std::lock_guard lock(m);
                        ids.push_back(r.id);
                    } catch (const Error&) {
                        ++failures;
                    }
                }
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        std::set<std::uint64_t> nonces;
        for (auto id : ids) {
            const auto r = tm_->waitForSuccess(id, 20s);
            nonces.insert(r.nonce);
        }
        QCOMPARE(nonces.size(), std::size_t(20));
        QCOMPARE(*nonces.begin(), first);
        QCOMPARE(*nonces.rbegin(), first + 19);
    }

    void legacyFeesWhenTheChainHasNoBaseFee() {
        const auto old = berlinAnvil();
        eth::JsonRpcClient rpc({old->rpcUrl()});
        PendingTransactions journal(std::filesystem::path(dir_.path().toStdString()) /
                                    "berlin.sqlite");
        eth::TransactionManager tm(rpc, journal, 31337);
        const auto fees = eth::FeeEstimator(rpc).estimate();
        QCOMPARE(fees.type, eth::Transaction::Type::Legacy);
        QVERIFY(!fees.gasPrice.isZero());
        const auto done =
            tm.waitForSuccess(tm.send(payment(signerOf(2).address(), "1"), signerOf(1)).id, 20s);
        QCOMPARE(done.type, eth::Transaction::Type::Legacy);
        QCOMPARE(done.transaction().chainId, std::uint64_t(31337)); // EIP-155
        QCOMPARE(done.status, TxStatus::Confirmed);
    }

    // A legacy gas price is paid in full: far above what recent blocks paid, it is refused
    // before anything is signed (a node's bug, or a spike).
    void legacyGasPriceFarAboveRecentBlocksIsRefused() {
        const auto old = berlinAnvil();
        eth::JsonRpcClient rpc({old->rpcUrl()});
        PendingTransactions journal(std::filesystem::path(dir_.path().toStdString()) /
                                    "berlin-cap.sqlite");
        eth::TransactionManager tm(rpc, journal, 31337);
        // Recent blocks hold transactions at the usual price.
        for (int i = 0; i < 2; ++i)
            tm.waitForSuccess(tm.send(payment(signerOf(2).address(), "0.1"), signerOf(1)).id, 20s);
        const U256 usual = eth::FeeEstimator(rpc).estimate().gasPrice;
        // The node now asks 100 gwei, 50 times more.
        rpc.send("anvil_setMinGasPrice", {U256(100'000'000'000ull).toHex()});
        ErrorCode code{};
        const std::string m = errorOf([&] { eth::FeeEstimator(rpc).estimate(); }, &code);
        QCOMPARE(code, ErrorCode::InvalidArgument);
        QVERIFY2(m.find("100 gwei") != std::string::npos, m.c_str());
        QVERIFY2(m.find(eth::formatUnits(usual, 9) + " gwei") != std::string::npos, m.c_str());
        const auto before = journal.history({}).size();
        errorOf([&] { tm.send(payment(signerOf(2).address(), "0.1"), signerOf(1)); }, &code);
        QCOMPARE(code, ErrorCode::InvalidArgument);
        QCOMPARE(journal.history({}).size(), before); // nothing signed
        // Within the multiplier it is taken.
        rpc.send("anvil_setMinGasPrice", {(usual * U256(2)).toHex()});
        QCOMPARE(eth::FeeEstimator(rpc).estimate().gasPrice, usual * U256(2));
    }

    // A fee cap (the CLI's --max-fee) refuses a plan whose fee could exceed it.
    void aFeeAboveTheCapIsRefusedBeforeSigning() {
        eth::TransactionManager::Options options;
        options.maxFee = U256(21000); // 1 wei per gas: below any real fee
        eth::TransactionManager capped(*rpc_, *journal_, 31337, options);
        const auto before = journal_->history({}).size();
        ErrorCode code{};
        const std::string m = errorOf(
            [&] { capped.plan(payment(signerOf(2).address(), "0.1"), signerOf(1).address()); },
            &code);
        QCOMPARE(code, ErrorCode::InvalidArgument);
        QVERIFY2(m.find("the fee could reach") != std::string::npos, m.c_str());
        QVERIFY2(m.find("nothing was signed") != std::string::npos, m.c_str());
        QCOMPARE(journal_->history({}).size(), before);
        // A cap above the fee lets it through.
        const auto plan = tm_->plan(payment(signerOf(2).address(), "0.1"), signerOf(1).address());
        options.maxFee = plan.maxFee() * U256(2);
        eth::TransactionManager roomy(*rpc_, *journal_, 31337, options);
        QCOMPARE(roomy.plan(payment(signerOf(2).address(), "0.1"), signerOf(1).address()).gasLimit,
                 plan.gasLimit);
    }

    void aDroppedTransactionIsSentAgain() {
        automine(false);
        const auto sent = tm_->send(payment(signerOf(5).address(), "0.2"), signerOf(4));
        QCOMPARE(tm_->refresh(sent.id).status, TxStatus::Pending);
        QVERIFY(rpc_->send("anvil_dropTransaction", {eth::toHex(sent.hash)}).is_string() || true);
        QVERIFY(rpc_->call("eth_getTransactionByHash", {eth::toHex(sent.hash)}).is_null());
        const auto back = tm_->refresh(sent.id);
        QCOMPARE(back.status, TxStatus::Pending);
        QCOMPARE(back.broadcastCount, 2);
        QVERIFY(!rpc_->call("eth_getTransactionByHash", {eth::toHex(sent.hash)}).is_null());
        mine();
        QCOMPARE(tm_->refresh(sent.id).status, TxStatus::Confirmed);

        // A manager told not to send lost transactions again says Dropped instead.
        eth::TransactionManager::Options o;
        o.rebroadcastLost = false;
        eth::TransactionManager strict(*rpc_, *journal_, 31337, o);
        const auto lost = strict.send(payment(signerOf(5).address(), "0.2"), signerOf(4));
        rpc_->send("anvil_dropTransaction", {eth::toHex(lost.hash)});
        const auto dropped = strict.refresh(lost.id);
        QCOMPARE(dropped.status, TxStatus::Dropped);
        QVERIFY(dropped.error.find("dropped") != std::string::npos);
    }

    void aNonceGapIsFilled() {
        // After the previous test, the account's last transaction is dropped: its nonce N is
        // free. Queue N+1 behind the gap first, by hand, then let the manager send.
        automine(false);
        eth::TransactionManager::Options o;
        o.rebroadcastLost = false;
        eth::TransactionManager strict(*rpc_, *journal_, 31337, o);
        const auto from = signerOf(4);
        const std::uint64_t gap = tm_->nextNonce(from.address());
        QCOMPARE(U256::fromHex(
                     rpc_->call("eth_getTransactionCount", {from.address().toLowerHex(), "pending"})
                         .get<std::string>()),
                 U256(gap));
        // N+1, journaled by a manager of its own as if sent before the drop.
        eth::Transaction later;
        later.chainId = 31337;
        later.nonce = gap + 1;
        later.to = signerOf(5).address();
        later.value = U256(1);
        later.gasLimit = U256(21000);
        eth::FeeEstimator(*rpc_).estimate().applyTo(later);
        eth::signTransaction(later, from);
        TxRecord queued = TxRecord::fromTransaction(later, from.address());
        queued.label = "Queued behind a gap";
        queued = journal_->insert(queued);
        QCOMPARE(tm_->refresh(queued.id).status, TxStatus::Pending); // sent, waits in the pool
        QCOMPARE(tm_->nextNonce(from.address()), gap);               // the gap comes first
        const auto filler = strict.send(payment(signerOf(5).address(), "0.3"), from);
        QCOMPARE(filler.nonce, gap);
        mine();
        QCOMPARE(tm_->refresh(filler.id).status, TxStatus::Confirmed);
        QCOMPARE(tm_->refresh(queued.id).status, TxStatus::Confirmed);
        QCOMPARE(tm_->nextNonce(from.address()), gap + 2);
        // The dropped one's nonce went to the filler: it reads as replaced.
        PendingTransactions::HistoryQuery replaced;
        replaced.account = from.address();
        replaced.statuses = {TxStatus::Replaced};
        const auto dropped = journal_->history(replaced);
        QVERIFY(!dropped.empty());
        QCOMPARE(*dropped.front().replacedBy, filler.id);
    }

    void aReceiptLaterThanTheNonceIsNotAReplacement() {
        // A FAKE node that shows the spent nonce but not yet the receipt, three times (anvil
        // under load does; so do load-balanced providers whose nodes are at different heights).
        auto hidden = std::make_shared<std::atomic<int>>(0);
        FaultyProxy lagging(anvil_->rpcUrl(),
                            [hidden](const std::string& method,
                                     const std::string& forwarded) -> std::optional<std::string> {
                                if (method != "eth_getTransactionReceipt" || *hidden >= 3)
                                    return std::nullopt;
                                auto reply = nlohmann::json::parse(forwarded);
                                if (reply["result"].is_null())
                                    return std::nullopt;
                                ++*hidden;
                                reply["result"] = nullptr;
                                return reply.dump();
                            });
        eth::JsonRpcClient rpc({lagging.url()});
        eth::TransactionManager::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.replacedAfter = std::chrono::milliseconds(1000);
        eth::TransactionManager manager(rpc, *journal_, tm_->chainId(), options);
        const auto sent = manager.send(payment(signerOf(2).address(), "0.01"), signerOf(3));
        const auto done = manager.wait(sent.id, 10s);
        QCOMPARE(*hidden, 3);
        QVERIFY2(done.status == TxStatus::Confirmed, done.error.c_str());
        QCOMPARE(done.id, sent.id);
    }

    void replacedByAnotherWallet() {
        automine(false);
        const auto from = signerOf(5);
        const auto ours = tm_->send(payment(signerOf(6).address(), "0.5"), from);
        // The same account, elsewhere, sends another transaction with that nonce and more fee.
        eth::Transaction rival = ours.transaction();
        rival.signature.reset();
        rival.value = U256(7);
        rival.maxFeePerGas = rival.maxFeePerGas * U256(2);
        rival.maxPriorityFeePerGas = rival.maxPriorityFeePerGas * U256(2) + U256(1000);
        eth::signTransaction(rival, from);
        rpc_->send("eth_sendRawTransaction", {eth::toHex(rival.serialize())});
        mine();
        const auto after = tm_->wait(ours.id, 10s);
        QCOMPARE(after.status, TxStatus::Replaced);
        QVERIFY(!after.replacedBy);
        QVERIFY2(after.error.find("another wallet") != std::string::npos, after.error.c_str());
        const std::string m = errorOf([&] { tm_->waitForSuccess(ours.id, 1s); });
        QVERIFY2(m.find("was replaced") != std::string::npos, m.c_str());
    }

    void speedUpWins() {
        automine(false);
        const auto from = signerOf(6);
        const auto slow = tm_->send(payment(signerOf(1).address(), "0.1"), from);
        const auto fast = tm_->speedUp(slow.id, from);
        QCOMPARE(fast.kind, TxKind::SpeedUp);
        QCOMPARE(*fast.replaces, slow.id);
        QCOMPARE(fast.nonce, slow.nonce);
        QCOMPARE(fast.status, TxStatus::Pending);
        QVERIFY(fast.maxFeePerGas * U256(100) >= slow.maxFeePerGas * U256(110));
        QVERIFY(fast.maxPriorityFeePerGas * U256(100) >= slow.maxPriorityFeePerGas * U256(110));
        QVERIFY(fast.maxPriorityFeePerGas > slow.maxPriorityFeePerGas);
        // Twice: the second bump beats the first.
        const auto faster = tm_->speedUp(slow.id, from);
        QVERIFY(faster.maxFeePerGas * U256(100) >= fast.maxFeePerGas * U256(110));
        mine();
        // Waiting for the original follows the replacement that was mined.
        const auto done = tm_->wait(slow.id, 10s);
        QCOMPARE(done.id, faster.id);
        QCOMPARE(done.status, TxStatus::Confirmed);
        QCOMPARE(tm_->refresh(slow.id).status, TxStatus::Replaced);
        QCOMPARE(*journal_->find(slow.id)->replacedBy, faster.id);
        QCOMPARE(journal_->find(fast.id)->status, TxStatus::Replaced);
        // A mined transaction can't be sped up.
        ErrorCode code{};
        errorOf([&] { tm_->speedUp(faster.id, from); }, &code);
        QCOMPARE(code, ErrorCode::InvalidArgument);
    }

    void cancelStopsAPayment() {
        automine(false);
        const auto from = signerOf(6);
        const Address to = signerOf(2).address();
        const U256 before = balanceOf(*rpc_, to);
        const auto payment1 = tm_->send(payment(to, "3"), from);
        const auto cancel = tm_->cancel(payment1.id, from);
        QCOMPARE(cancel.kind, TxKind::Cancel);
        QCOMPARE(cancel.purpose, eth::TxPurpose::Cancel);
        QCOMPARE(*cancel.to, from.address());
        QCOMPARE(cancel.value, U256(0));
        QCOMPARE(cancel.label, std::string("Cancel: Send 3 ETH"));
        // Another account can't cancel it.
        ErrorCode code{};
        errorOf([&] { tm_->cancel(payment1.id, signerOf(1)); }, &code);
        QCOMPARE(code, ErrorCode::InvalidArgument);
        mine();
        // The payment's outcome is "cancelled", not the cancel's success.
        const auto done = tm_->wait(payment1.id, 10s);
        QCOMPARE(done.id, payment1.id);
        QCOMPARE(done.status, TxStatus::Cancelled);
        QCOMPARE(*done.replacedBy, cancel.id);
        QVERIFY2(done.error.find(eth::toHex(cancel.hash)) != std::string::npos, done.error.c_str());
        const auto original = tm_->refresh(payment1.id);
        QCOMPARE(original.status, TxStatus::Cancelled);
        QCOMPARE(tm_->wait(cancel.id, 10s).status, TxStatus::Confirmed);
        errorOf([&] { tm_->waitForSuccess(payment1.id, 1s); }, &code);
        QCOMPARE(code, ErrorCode::Cancelled);
        QCOMPARE(balanceOf(*rpc_, to), before);
    }

    void aReorgPutsAConfirmedTransactionBackToPending() {
        const auto sent = tm_->send(payment(signerOf(3).address(), "0.4"), signerOf(2));
        const auto confirmed = tm_->waitForSuccess(sent.id, 10s);
        QCOMPARE(confirmed.status, TxStatus::Confirmed);
        automine(false);
        rpc_->send("anvil_reorg", {2, nlohmann::json::array()});
        QVERIFY(rpc_->call("eth_getTransactionReceipt", {eth::toHex(sent.hash)}).is_null());
        // The watcher (poll) re-checks recently settled transactions.
        const auto polled = tm_->poll();
        const auto it = std::find_if(polled.begin(), polled.end(),
                                     [&](const TxRecord& r) { return r.id == sent.id; });
        QVERIFY(it != polled.end());
        QCOMPARE(it->status, TxStatus::Pending); // back to pending, and sent again
        QVERIFY(!it->blockNumber);
        QCOMPARE(it->broadcastCount, 2);
        // Two blocks went: the previous test's cancel was in the other one, and came back too.
        QCOMPARE(std::count_if(polled.begin(), polled.end(),
                               [](const TxRecord& r) { return r.status == TxStatus::Pending; }),
                 2L);
        mine();
        const auto again = tm_->refresh(sent.id);
        QCOMPARE(again.status, TxStatus::Confirmed);
        QVERIFY(*again.blockHash != *confirmed.blockHash);
        for (const auto& r : tm_->poll())
            QCOMPARE(r.status, TxStatus::Confirmed);
        QVERIFY(journal_->active(31337).empty());
    }

    void insufficientFundsAndWrongChainAreRefusedBeforeSigning() {
        const eth::PrivateKeySigner poor(crypto::SecretBytes(Bytes(32, 0x11)));
        const auto before = journal_->history({}).size();
        ErrorCode code{};
        std::string m =
            errorOf([&] { tm_->send(payment(signerOf(1).address(), "1"), poor); }, &code);
        QCOMPARE(code, ErrorCode::InvalidArgument);
        QVERIFY2(m.find("not enough ETH") != std::string::npos, m.c_str());
        QVERIFY2(m.find("has 0 ETH") != std::string::npos, m.c_str());
        eth::TransactionManager arbitrum(*rpc_, *journal_, 42161);
        m = errorOf([&] { arbitrum.send(payment(signerOf(1).address(), "1"), signerOf(2)); },
                    &code);
        QCOMPARE(code, ErrorCode::ChainMismatch);
        QCOMPARE(journal_->history({}).size(), before); // nothing journaled
    }

    void theNodeStopsMidWaitAndComesBack() {
        // A node of its own, with its state dumped on exit and loaded on restart.
        const std::string state = dir_.path().toStdString() + "/anvil-state.json";
        sandbox::AnvilProcess::Options options;
        options.dumpState = state;
        auto node = std::make_unique<sandbox::AnvilProcess>(options);
        const std::uint16_t port = node->port();
        eth::JsonRpcClient::Options fast;
        fast.initialBackoff = 50ms;
        fast.timeout = 2000ms;
        eth::JsonRpcClient rpc({node->rpcUrl()}, fast);
        PendingTransactions journal(std::filesystem::path(dir_.path().toStdString()) /
                                    "restart.sqlite");
        eth::TransactionManager::Options o;
        o.pollInterval = 200ms;
        eth::TransactionManager tm(rpc, journal, 31337, o);
        // Something mined first, so that the state has history to reload.
        tm.waitForSuccess(tm.send(payment(signerOf(2).address(), "1"), signerOf(1)).id, 10s);
        rpc.send("evm_setAutomine", {false});
        const auto sent = tm.send(payment(signerOf(2).address(), "2"), signerOf(1));

        std::optional<TxRecord> result;
        std::string failure;
        std::thread waiter([&] {
            try {
                result = tm.wait(sent.id, 40s);
            } catch (const Error& e) {
                failure = e.what();
            }
        });
        QTest::qWait(500);
        node->stop(); // the pending transaction dies with the node's memory pool
        node.reset();
        QTest::qWait(1500); // the waiter meets a dead node meanwhile
        options.dumpState.reset();
        options.loadState = state;
        options.port = port;
        node = std::make_unique<sandbox::AnvilProcess>(options); // automine is back on
        waiter.join();
        QVERIFY2(failure.empty(), failure.c_str());
        QVERIFY(result);
        QCOMPARE(result->status, TxStatus::Confirmed);
        QVERIFY(result->broadcastCount >= 2); // sent again to the restarted node
        QCOMPARE(balanceOf(rpc, signerOf(2).address()),
                 U256::fromDecimal("10003000000000000000000"));

        // A crash right after journaling, before broadcasting: the row is Signed only. A new
        // manager (the next start of the app) resumes it with poll().
        rpc.send("evm_setAutomine", {true});
        eth::Transaction tx;
        tx.chainId = 31337;
        tx.to = signerOf(3).address();
        tx.value = U256(5);
        tx.gasLimit = U256(21000);
        eth::FeeEstimator(rpc).estimate().applyTo(tx);
        const auto orphan =
            journal.insertWithNonce(31337, signerOf(1).address(),
                                    tm.nextNonce(signerOf(1).address()), [&](std::uint64_t nonce) {
                                        tx.nonce = nonce;
                                        eth::signTransaction(tx, signerOf(1));
                                        TxRecord r =
                                            TxRecord::fromTransaction(tx, signerOf(1).address());
                                        r.label = "Journaled, then the app crashed";
                                        return r;
                                    });
        QCOMPARE(orphan.status, TxStatus::Signed);
        PendingTransactions reopened(std::filesystem::path(dir_.path().toStdString()) /
                                     "restart.sqlite");
        eth::TransactionManager nextStart(rpc, reopened, 31337);
        nextStart.poll();
        const auto resumed = nextStart.wait(orphan.id, 10s);
        QCOMPARE(resumed.status, TxStatus::Confirmed);
        QCOMPARE(resumed.broadcastCount, 1);
    }

    void aProxyThatGarblesOrStallsLosesNothing() {
        // The node accepts the transaction but the reply comes back as garbage: the row stays
        // Signed (it may or may not be on the node) and is followed to the end without being
        // sent twice.
        FaultyProxy garbling(
            anvil_->rpcUrl(),
            [](const std::string& method, const std::string&) -> std::optional<std::string> {
                if (method == "eth_sendRawTransaction")
                    return std::string("<html>502 Bad Gateway</html>");
                return std::nullopt;
            });
        eth::JsonRpcClient viaProxy({garbling.url()});
        eth::TransactionManager tm(viaProxy, *journal_, 31337);
        const auto before = journal_->history({}).size();
        ErrorCode code{};
        errorOf([&] { tm.send(payment(signerOf(3).address(), "0.05"), signerOf(1)); }, &code);
        QCOMPARE(code, ErrorCode::Corrupt);
        auto rows = journal_->history({});
        QCOMPARE(rows.size(), before + 1);
        QCOMPARE(rows.front().status, TxStatus::Signed);
        const auto done = tm_->waitForSuccess(rows.front().id, 10s);
        QCOMPARE(done.status, TxStatus::Confirmed);
        QCOMPARE(done.broadcastCount, 0); // the node had it: never re-sent

        // The reply stalls past the client's timeout: same outcome, no exception this time.
        FaultyProxy stalling(anvil_->rpcUrl(),
                             [](const std::string& method,
                                const std::string& forwarded) -> std::optional<std::string> {
                                 if (method == "eth_sendRawTransaction")
                                     std::this_thread::sleep_for(1500ms);
                                 return forwarded;
                             });
        eth::JsonRpcClient::Options impatient;
        impatient.timeout = 500ms;
        eth::JsonRpcClient slow({stalling.url()}, impatient);
        eth::TransactionManager patient(slow, *journal_, 31337);
        const auto signedOnly = patient.send(payment(signerOf(3).address(), "0.05"), signerOf(1));
        QCOMPARE(signedOnly.status, TxStatus::Signed);
        QVERIFY(!signedOnly.error.empty());
        QCOMPARE(tm_->waitForSuccess(signedOnly.id, 10s).status, TxStatus::Confirmed);

        // Garbage while waiting is an error, never a wrong status.
        automine(false);
        const auto pending = tm_->send(payment(signerOf(3).address(), "0.05"), signerOf(1));
        FaultyProxy lying(
            anvil_->rpcUrl(),
            [](const std::string& method, const std::string&) -> std::optional<std::string> {
                if (method == "eth_getTransactionReceipt")
                    return std::string("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");
                return std::nullopt;
            });
        eth::JsonRpcClient viaLiar({lying.url()});
        eth::TransactionManager fooled(viaLiar, *journal_, 31337);
        errorOf([&] { fooled.wait(pending.id, 5s); }, &code);
        QCOMPARE(code, ErrorCode::Corrupt);
        QCOMPARE(journal_->find(pending.id)->status, TxStatus::Pending);
        mine();
        QCOMPARE(tm_->refresh(pending.id).status, TxStatus::Confirmed);
    }

    void aPollDuringSendLeavesItsBroadcastAlone() {
        // One manager (the app: its watcher polls while a send runs on a worker). A poll that
        // broadcast the row itself made send()'s own broadcast meet "nonce too low": the row
        // was marked Rejected and the payment signed again with the next nonce, paid twice.
        PendingTransactions journal(std::filesystem::path(dir_.path().toStdString()) /
                                    "race-one.sqlite");
        std::function<void(const TxRecord&)> window;
        const auto tm = hookedManager(*rpc_, journal, window);
        sendWhilePolling(
            *tm, window, *tm, journal,
            [&](const TxRecord& row, const std::vector<TxRecord>& polled) {
                // The poll saw the row and left it as it was: unsent.
                const auto it = std::find_if(polled.begin(), polled.end(),
                                             [&](const TxRecord& r) { return r.id == row.id; });
                QVERIFY(it != polled.end());
                QCOMPARE(it->status, TxStatus::Signed);
                QCOMPARE(it->broadcastCount, 0);
                QVERIFY(rpc_->call("eth_getTransactionByHash", {eth::toHex(row.hash)}).is_null());
            });
    }

    void aPollByAnotherManagerOfTheJournalDuringSend() {
        // Two processes on one journal: the CLI sends while the GUI polls. The GUI does not know
        // the CLI is broadcasting, so it sends the Signed row itself and it is mined at once;
        // the CLI's broadcast then meets "nonce too low" for its own transaction, which is sent,
        // not refused: no Rejected row, no second payment with a fresh nonce.
        const auto file = std::filesystem::path(dir_.path().toStdString()) / "race-two.sqlite";
        PendingTransactions cliJournal(file);
        PendingTransactions guiJournal(file);
        eth::JsonRpcClient guiRpc({anvil_->rpcUrl()});
        eth::TransactionManager gui(guiRpc, guiJournal, 31337);
        std::function<void(const TxRecord&)> window;
        const auto cli = hookedManager(*rpc_, cliJournal, window);
        sendWhilePolling(
            *cli, window, gui, cliJournal,
            [&](const TxRecord& row, const std::vector<TxRecord>& polled) {
                // The GUI sent it and anvil (automine) mined it: the window was hit.
                QVERIFY(std::any_of(polled.begin(), polled.end(),
                                    [&](const TxRecord& r) { return r.id == row.id; }));
                QVERIFY(!rpc_->call("eth_getTransactionReceipt", {eth::toHex(row.hash)}).is_null());
            });
        // The GUI's view of the shared journal agrees.
        for (const auto& r : gui.poll())
            QCOMPARE(r.status, TxStatus::Confirmed);
    }

    void historyForTheActivityList() {
        PendingTransactions::HistoryQuery q;
        q.chainId = 31337;
        q.account = signerOf(6).address();
        const auto rows = journal_->history(q);
        QVERIFY(rows.size() >= 5);
        for (std::size_t i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].id > rows[i].id);
        QCOMPARE(rows.front().kind, TxKind::Cancel);
        QVERIFY(journal_->active(31337).empty()); // everything settled
    }
};

QTEST_GUILESS_MAIN(TransactionsTest)
#include "tst_transactions.moc"
