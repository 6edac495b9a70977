// The engine's front door (session::ChainSession) against a real anvil: the node's chain id is
// asked once for the whole session and refused before any read when it is another chain's;
// the transaction flow (plan, send, follow) says how a transaction ended; a data folder whose
// journal cannot be opened still reads and refuses to send, saying why. Requests are counted
// by a FAKE provider forwarding to anvil.
#include "ErrorCodeOf.h"
#include "EthPayment.h"
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "eth/Hex.h"
#include "eth/Signer.h"
#include "sandbox/AnvilProcess.h"
#include "session/NodeProbe.h"
#include "session/Session.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

using namespace sr;
using eth::Address;
using eth::U256;
using namespace std::chrono_literals;

namespace {

// anvil's dev account 7 (a public test key), not used by other tests of this file's chain.
const char* kKey = "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356";

using test::errorCodeOf;
using test::ethPayment;

int chainIdRequests(const test::FaultyHttpServer& proxy) {
    int n = 0;
    for (const auto& body : proxy.requests())
        for (std::size_t at = body.find("eth_chainId"); at != std::string::npos;
             at = body.find("eth_chainId", at + 1))
            ++n;
    return n;
}

} // namespace

class SessionTest : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::AnvilProcess> anvil_;
    QTemporaryDir dir_;

    AppPaths folder(const char* name) const {
        const std::filesystem::path p = std::filesystem::path(dir_.path().toStdString()) / name;
        std::filesystem::create_directories(p);
        return AppPaths{p / "config", p, true};
    }
    NetworkProfile profile(std::string url, std::uint64_t chainId = 31337) const {
        NetworkProfile p;
        p.name = "local";
        p.displayName = "Local";
        p.chainId = chainId;
        p.rpcUrls = {std::move(url)};
        // Never called here: only the services' constructors read them.
        p.hub = "0x00000000000000000000000000000000000000a1";
        p.dataProtector = "0x00000000000000000000000000000000000000a2";
        return p;
    }
    session::ChainSession chain() const {
        return session::ChainSession(folder("probe"), profile(anvil_->rpcUrl()));
    }
    void automine(bool on) {
        eth::JsonRpcClient(std::vector<std::string>{anvil_->rpcUrl()})
            .send("evm_setAutomine", {on});
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        anvil_ = std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{});
    }

    void theChainIsAskedOnceForTheWholeSession() {
        test::FaultyHttpServer proxy;
        proxy.script({test::forwardTo(anvil_->rpcUrl())});
        session::ChainSession chain(folder("once"), profile(proxy.url()));
        QCOMPARE(proxy.requestCount(), 0); // nothing is asked when the session is opened
        (void)chain.funds();               // nor when a service is handed out
        (void)chain.datasets().cached(Address());
        QCOMPARE(proxy.requestCount(), 0);
        for (int i = 0; i < 3; ++i)
            (void)chain.rpc().blockNumber();
        (void)chain.rpc().batch({{"eth_blockNumber", nlohmann::json::array()}});
        QCOMPARE(chainIdRequests(proxy), 1);
        QCOMPARE(proxy.requestCount(), 1 + 3 + 1);
    }

    void theChainsTimeIsItsLatestBlocksAndNoFaucetIsSaid() {
        session::ChainSession chain(folder("time"), profile(anvil_->rpcUrl()));
        const auto block =
            chain.rpc().call("eth_getBlockByNumber", nlohmann::json::array({"latest", false}));
        const auto expected =
            eth::JsonRpcClient::parseQuantity(block.at("timestamp"), "The block timestamp");
        QCOMPARE(chain.chainTime(), expected);
        // A task's result has one place in the data folder, for the GUI and the CLI alike.
        Hash32 task{};
        task[31] = 0x2a;
        const auto data = folder("time").dataDir;
        QCOMPARE(chain.resultFolder(task), data / "results" / eth::toHex(task));
        QCOMPARE(chain.resultArchive(task), data / "results" / (eth::toHex(task) + ".zip"));
        // A profile without a faucet refuses before asking anyone.
        QCOMPARE(errorCodeOf([&] { (void)chain.requestTestFunds(Address()); }),
                 ErrorCode::Unsupported);
    }

    void aNodeProbeSaysWhatTheStatusBarShows() {
        // The probe works without a session: the right chain gives the block...
        session::NodeProbe probe(profile(anvil_->rpcUrl()));
        QCOMPARE(probe.check(), chain().rpc().blockNumber());
        // ...another chain says which, and a node nobody runs says it cannot be reached.
        session::NodeProbe wrong(profile(anvil_->rpcUrl(), 42161));
        try {
            (void)wrong.check();
            QFAIL("another chain was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::ChainMismatch);
            QCOMPARE(e.reason(), ErrorReason::WrongChain);
            QCOMPARE(e.param("expected"), std::string("42161"));
        }
        session::NodeProbe gone(profile("http://127.0.0.1:1"));
        try {
            (void)gone.check();
            QFAIL("a closed port answered");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Network);
            QCOMPARE(e.reason(), ErrorReason::Unreachable);
        }
    }

    void anotherChainIsRefusedBeforeAnyRead() {
        test::FaultyHttpServer proxy;
        proxy.script({test::forwardTo(anvil_->rpcUrl())});
        session::ChainSession chain(folder("other"), profile(proxy.url(), 42161));
        QCOMPARE(errorCodeOf([&] { (void)chain.rpc().blockNumber(); }), ErrorCode::ChainMismatch);
        QCOMPARE(proxy.requestCount(), 1); // the chain id, and nothing else
        const eth::PrivateKeySigner signer(crypto::SecretBytes(eth::fromHex(kKey)));
        QCOMPARE(
            errorCodeOf([&] { (void)chain.plan(ethPayment(Address(), "1"), signer.address()); }),
            ErrorCode::ChainMismatch);
        QCOMPARE(errorCodeOf([&] { (void)chain.funds().balances(signer.address()); }),
                 ErrorCode::ChainMismatch);
        // Nothing was journaled, and every request since was the chain id asked again.
        QVERIFY(chain.journal().history({}).empty());
        QCOMPARE(chainIdRequests(proxy), proxy.requestCount());
    }

    void theFlowSaysHowATransactionEnded() {
        session::ChainSession chain(folder("flow"), profile(anvil_->rpcUrl()));
        QVERIFY(chain.canSend());
        const eth::PrivateKeySigner signer(crypto::SecretBytes(eth::fromHex(kKey)));
        const Address to = Address::fromHex("0x00000000000000000000000000000000000000b0");

        // Mined.
        (void)chain.followEarlier();
        const eth::TransactionPlan plan = chain.plan(ethPayment(to, "0.25"), signer.address());
        QCOMPARE(plan.from, signer.address());
        QVERIFY(plan.maxFee() > U256(0));
        const TxRecord sent = chain.send(plan, signer);
        const session::FollowedTransaction mined = chain.follow(sent.id, 10s);
        QCOMPARE(mined.outcome, session::TxOutcome::Mined);
        QCOMPARE(mined.record.status, TxStatus::Confirmed);
        QVERIFY(mined.reason.empty());
        QCOMPARE(chain.followToSuccess(sent.id, 1s).id, sent.id);

        // Cancelled: a cancel of ours took its nonce before it was mined.
        automine(false);
        const TxRecord second =
            chain.send(chain.plan(ethPayment(to, "0.5"), signer.address()), signer);
        const TxRecord cancel = chain.transactions().cancel(second.id, signer);
        automine(true);
        const session::FollowedTransaction cancelled = chain.follow(second.id, 10s);
        QCOMPARE(cancelled.outcome, session::TxOutcome::Cancelled);
        QVERIFY2(cancelled.reason.find(eth::toHex(cancel.hash)) != std::string::npos,
                 cancelled.reason.c_str());
        QCOMPARE(errorCodeOf([&] { (void)chain.followToSuccess(second.id, 1s); }),
                 ErrorCode::Cancelled);
    }

    void everySettledStatusHasAnOutcome() {
        using session::ChainSession;
        using session::TxOutcome;
        QCOMPARE(ChainSession::outcomeOf(TxStatus::Confirmed), std::optional(TxOutcome::Mined));
        QCOMPARE(ChainSession::outcomeOf(TxStatus::Failed), std::optional(TxOutcome::Failed));
        QCOMPARE(ChainSession::outcomeOf(TxStatus::Cancelled), std::optional(TxOutcome::Cancelled));
        QCOMPARE(ChainSession::outcomeOf(TxStatus::Replaced), std::optional(TxOutcome::Replaced));
        QCOMPARE(ChainSession::outcomeOf(TxStatus::Dropped), std::optional(TxOutcome::NotMined));
        QCOMPARE(ChainSession::outcomeOf(TxStatus::Rejected), std::optional(TxOutcome::NotMined));
        for (TxStatus unsettled : {TxStatus::Signed, TxStatus::Pending, TxStatus::Mined})
            QVERIFY(!ChainSession::outcomeOf(unsettled));
    }

    void aFolderWithoutJournalReadsAndRefusesToSend() {
        // The database's place is taken by a folder: it cannot be opened.
        AppPaths paths = folder("broken");
        std::filesystem::create_directories(paths.databaseFile());
        session::ChainSession chain(paths, profile(anvil_->rpcUrl()));
        std::string problem;
        QVERIFY(!chain.canSend(&problem));
        QVERIFY(!problem.empty());
        QVERIFY(chain.rpc().blockNumber() > 0); // reading goes on
        const eth::PrivateKeySigner signer(crypto::SecretBytes(eth::fromHex(kKey)));
        try {
            (void)chain.plan(ethPayment(Address(), "1"), signer.address());
            QFAIL("planned without a journal");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), problem); // the same reason, each time
        }
        // The protect and compute journals, and the pipelines over them, say it too.
        const ErrorCode opening = errorCodeOf([&] { (void)chain.journal(); });
        QVERIFY(opening != ErrorCode::Internal);
        for (int attempt = 0; attempt < 2; ++attempt) {
            QCOMPARE(errorCodeOf([&] { (void)chain.protectJournal(); }), opening);
            QCOMPARE(errorCodeOf([&] { (void)chain.computeJournal(); }), opening);
            QCOMPARE(errorCodeOf([&] { (void)chain.protect(); }), opening);
            QCOMPARE(errorCodeOf([&] { (void)chain.compute(); }), opening);
        }
    }

    void theSessionHandsOutOneJournalOfEachKind() {
        AppPaths paths = folder("journals");
        session::ChainSession chain(paths, profile(anvil_->rpcUrl()));
        // Opened once and shared: what one job writes, the next one reads.
        QCOMPARE(&chain.protectJournal(), &chain.protectJournal());
        QCOMPARE(&chain.computeJournal(), &chain.computeJournal());
        const std::uint64_t chainId = chain.profile().chainId;
        compute::ComputeOperation op;
        op.chainId = chainId;
        op.requester = Address::fromHex("0x00000000000000000000000000000000000000a1");
        op.app = Address::fromHex("0x00000000000000000000000000000000000000b2");
        op = chain.computeJournal().insert(std::move(op));
        QCOMPARE(chain.computeJournal().list(chainId).size(), std::size_t(1));
        QVERIFY(chain.protectJournal().list(chainId).empty());
        // Another session over the same data folder sees the same rows.
        session::ChainSession other(paths, profile(anvil_->rpcUrl()));
        QVERIFY(other.computeJournal().find(op.id).has_value());
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
