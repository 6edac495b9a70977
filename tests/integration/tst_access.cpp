// Browse, grant, revoke and apps (issue 8) against the whole sandbox: anvil with PoCo, the
// sandbox's DataProtector, apps and whitelist, its market API and IPFS node. Datasets are made
// through DataProtector's createDatasetWithSchema (and one straight through the registry, as
// another tool would); every grant and revoke is checked on chain and on the market.
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "SandboxAppOrders.h"
#include "SandboxTestChain.h"
#include "TestApps.h"
#include "Timeouts.h"
#include "crypto/Sha256.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/AccessService.h"
#include "iexec/AppCatalog.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/FaucetClient.h"
#include "iexec/FundsService.h"
#include "iexec/MarketClient.h"
#include "iexec/Multiaddr.h"
#include "iexec/PocoHub.h"
#include "iexec/ProtectJournal.h"
#include "iexec/ProtectPipeline.h"
#include "iexec/SealedData.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/HttpServer.h"
#include "sandbox/SandboxNetwork.h"
#include "session/Session.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cstring>
#include <fstream>
#include <functional>
#include <thread>
#include <tuple>

using namespace sr::test::timeouts;

using namespace sr;
using eth::Address;
using eth::U256;

namespace {

template <typename F> ErrorCode codeOf(F f, std::string* message = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    return ErrorCode::Internal; // nothing thrown: the callers compare against a real code
}

} // namespace

class AccessTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    NetworkProfile profile_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    std::unique_ptr<PendingTransactions> journal_;
    std::unique_ptr<eth::TransactionManager> tm_;
    std::unique_ptr<eth::PrivateKeySigner> user_, other_;
    std::filesystem::path db_;
    Address email_, health_, plain_, web3mail_, whitelist_;
    Hash32 emailChecksum_{};

    Address protect(const eth::PrivateKeySigner& owner, const std::string& name,
                    const std::string& schema, const Bytes& multiaddr, const Hash32& checksum) {
        const iexec::DataProtectorContract dp(Address::fromHex(profile_.dataProtector));
        const auto sent = tm_->send(
            dp.createDatasetWithSchema(owner.address(), name, schema, multiaddr, checksum), owner);
        const auto done = tm_->waitForSuccess(sent.id, std::chrono::seconds(30));
        return dp.createdDataset(tm_->receipt(done))->dataset;
    }

    std::string ipfsAdd(const std::string& content) {
        const std::string boundary = "strongroom-test-boundary";
        HttpRequest r;
        r.method = "POST";
        r.url = profile_.ipfsNode + "/api/v0/add";
        r.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}};
        r.body = "--" + boundary +
                 "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blob\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n" +
                 content + "\r\n--" + boundary + "--\r\n";
        HttpClient http;
        const auto reply = http.send(r);
        if (!reply.ok())
            throw Error(ErrorCode::Network, "ipfs add: " + reply.body);
        return nlohmann::json::parse(reply.body)["Hash"].get<std::string>();
    }

    iexec::AccessService access() { return iexec::AccessService(*rpc_, profile_); }

    /// Registers an app of user_'s, without an MREnclave (as on Arbitrum).
    Address registerApp(const std::string& name) {
        eth::ContractCaller caller(*rpc_);
        const Address registry =
            caller.call(iexec::PocoHub(Address::fromHex(profile_.hub)).appRegistry());
        return test::registerTestApp(*rpc_, registry, user_->address(), name);
    }

    /// Signs an order of one of user_'s apps and publishes it on the sandbox market.
    void publishAppOrder(iexec::AccessService& service, const iexec::AppOrder& order) {
        auto json = iexec::toJson(order);
        json["sign"] = eth::toHex(iexec::signOrder(service.domain(), order, test::devKey(2).key));
        HttpRequest r;
        r.method = "POST";
        r.url = profile_.marketApi + "/apporders?chainId=" + std::to_string(profile_.chainId);
        r.headers = {{"Content-Type", "application/json"},
                     {"authorization", service.market().authorization(*user_)}};
        r.body = nlohmann::json{{"order", json}}.dump();
        const auto reply = HttpClient().send(r);
        if (!reply.ok())
            throw Error(ErrorCode::Network, "publishing an app order: " + reply.body);
    }

    static iexec::AppOrder appOrder(const Address& app, std::uint8_t tag, std::uint64_t price,
                                    std::uint64_t volume) {
        iexec::AppOrder o;
        o.app = app;
        o.appprice = U256(price);
        o.volume = U256(volume);
        o.tag[31] = tag;
        o.salt[0] = static_cast<std::uint8_t>(price);
        o.salt[1] = tag;
        o.salt[31] = 0x5a;
        return o;
    }

    /// Runs `work` on a thread with blocks made by hand, cancels (with user_'s key) the first
    /// transaction of `purpose` it sends as soon as it waits in the pool, mines the block and
    /// returns the error `work` ended with. `cancelled` gets the transaction cancelled.
    std::optional<Error> cancelWhatItSends(const std::function<void()>& work,
                                           eth::TxPurpose purpose,
                                           std::optional<TxRecord>& cancelled) {
        eth::JsonRpcClient node(profile_.rpcUrls);
        node.send("evm_setAutomine", {false});
        std::optional<Error> error;
        std::thread running([&] {
            try {
                work();
            } catch (const Error& e) {
                error = e;
            }
        });
        // Whether it showed up is in `cancelled`: the callers check it.
        (void)QTest::qWaitFor(
            [&] {
                for (const auto& r : journal_->active(profile_.chainId, user_->address()))
                    if (r.purpose == purpose && r.status == TxStatus::Pending)
                        cancelled = r;
                return cancelled.has_value();
            },
            kLongChainWork);
        if (cancelled)
            tm_->cancel(cancelled->id, *user_);
        node.send("evm_mine", nlohmann::json::array());
        node.send("evm_setAutomine", {true});
        running.join();
        return error;
    }

    /// A protect pipeline over the sandbox, with a fast key seal.
    iexec::ProtectPipeline pipelineOver(iexec::ProtectJournal& protects) {
        return iexec::ProtectPipeline(
            profile_, *tm_, protects,
            {.workDir = std::filesystem::path(tmp_.path().toStdString()) / "protect-work",
             .keyCost = {.n = 1u << 10, .r = 8, .p = 1}});
    }

    iexec::GrantedAccess grant(const Address& dataset, const Address& app,
                               std::optional<Address> user, std::uint64_t volume,
                               std::uint64_t price = 0) {
        auto service = access();
        iexec::GrantRequest r;
        r.dataset = dataset;
        r.app = app;
        r.user = user;
        r.volume = U256(volume);
        r.price = U256(price);
        return service.grant(service.prepare(user_->address(), r), *user_);
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        const std::filesystem::path dir = tmp_.path().toStdString();
        try {
            // With its workerpool: the sandbox apps say where they run through its app orders.
            net_ = std::make_unique<sandbox::SandboxNetwork>(
                test::sandboxWithWorkerpool(dir / "sandbox"));
            profile_ = net_->profile();
            rpc_ = std::make_unique<eth::JsonRpcClient>(profile_.rpcUrls);
            db_ = dir / "strongroom.sqlite";
            journal_ = std::make_unique<PendingTransactions>(db_);
            tm_ = std::make_unique<eth::TransactionManager>(*rpc_, *journal_, profile_.chainId);
            user_ = std::make_unique<eth::PrivateKeySigner>(test::devKey(2).key);
            other_ = std::make_unique<eth::PrivateKeySigner>(test::devKey(3).key);
            web3mail_ = net_->deployment().apps.at(0).address;
            whitelist_ = net_->deployment().appWhitelist;

            const std::string content = "encrypted bytes of my email address";
            const std::string cid = ipfsAdd(content);
            emailChecksum_ = crypto::sha256(asBytes(content));
            email_ = protect(*user_, "my-email", "{\"email\":\"string\"}",
                             iexec::p2pMultiaddrFromString("/p2p/" + cid), emailChecksum_);
            health_ = protect(*user_, "Health records", "{\"file\":\"application/pdf\"}",
                              iexec::p2pMultiaddrFromString("/p2p/" + cid), Hash32{});
            // Made straight through the registry, as another tool could: no schema event.
            sandbox::DevAccountSender direct(*rpc_, user_->address());
            eth::ContractCaller caller(*rpc_);
            const Address registry =
                caller.call(iexec::PocoHub(Address::fromHex(profile_.hub)).datasetRegistry());
            const std::string url = "https://example.org/x";
            const std::vector<eth::AbiValue> args = {
                eth::AbiValue::address(user_->address()), eth::AbiValue::string("plain"),
                eth::AbiValue::bytes(Bytes(url.begin(), url.end())),
                eth::AbiValue::bytes(Bytes(32, 0x33))};
            plain_ = direct
                         .call(registry, "predictDataset(address,string,bytes,bytes32)", args,
                               {eth::AbiType::address()})[0]
                         .asAddress();
            direct.transact(registry, "createDataset(address,string,bytes,bytes32)", args);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void listsEveryDatasetOfTheOwnerAndCachesThem() {
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        QVERIFY(!catalog.isCached(user_->address()));
        QVERIFY(catalog.cached(user_->address()).empty());
        const auto list = catalog.refresh(user_->address());
        QCOMPARE(list.size(), std::size_t(3));
        std::map<std::string, iexec::ProtectedData> byName;
        for (const auto& d : list)
            byName[d.name] = d;
        QCOMPARE(byName["my-email"].address, email_);
        QCOMPARE(byName["my-email"].schema, std::string("{\"email\":\"string\"}"));
        QCOMPARE(byName["my-email"].checksum, emailChecksum_);
        QVERIFY(byName["my-email"].createdAt.value_or(0) > 1600000000);
        QCOMPARE(byName["my-email"].owner, user_->address());
        QVERIFY(byName["my-email"].multiaddrText().starts_with("/p2p/Qm"));
        QCOMPARE(byName["plain"].address, plain_);
        QVERIFY(byName["plain"].schema.empty());
        QVERIFY(!byName["plain"].createdAt);
        QCOMPARE(byName["plain"].multiaddrText(), std::string("https://example.org/x"));
        // The cache holds the same, without the network.
        QCOMPARE(iexec::DatasetCatalog(*rpc_, profile_, db_).cached(user_->address()), list);

        // Search and filter.
        QCOMPARE(iexec::filterProtectedData(list, {"HEALTH", ""}).size(), std::size_t(1));
        QCOMPARE(iexec::filterProtectedData(list, {"", "email"}).at(0).address, email_);
        QCOMPARE(iexec::filterProtectedData(list, {"", "email:string"}).size(), std::size_t(1));
        QCOMPARE(iexec::filterProtectedData(list, {"", "email:bool"}).size(), std::size_t(0));
        QCOMPARE(iexec::filterProtectedData(list, {email_.toLowerHex().substr(0, 8), ""}).size(),
                 std::size_t(1));
        // Nobody else's data shows.
        QVERIFY(catalog.refresh(other_->address()).empty());
    }

    void aColdListingCostsFourRequestsAtOneBlock() {
        // Counted by a FAKE provider forwarding to the sandbox's anvil: block number and
        // registry in one batch; balanceOf; the token ids; the records with the schema logs.
        // anvil's logs carry their block's time, so no block header is read (a node whose logs
        // don't would cost a fifth request).
        test::FaultyHttpServer proxy;
        proxy.script({test::forwardTo(profile_.rpcUrls.at(0))});
        eth::JsonRpcClient counted({proxy.url()});
        const std::filesystem::path dir = tmp_.path().toStdString();
        iexec::DatasetCatalog catalog(counted, profile_, dir / "counted.sqlite");
        const auto list = catalog.refresh(user_->address());
        QCOMPARE(list, iexec::DatasetCatalog(*rpc_, profile_, db_).cached(user_->address()));
        QCOMPARE(list.size(), std::size_t(3));
        QCOMPARE(proxy.requestCount(), 4);

        // Every read after the first batch is pinned at the block that batch returned.
        // (Nothing was mined since.)
        const auto requests = proxy.requests();
        const std::string block = U256(rpc_->blockNumber()).toHex();
        std::size_t pinned = 0;
        for (std::size_t r = 1; r < requests.size(); ++r) {
            auto body = nlohmann::json::parse(requests[r]);
            if (!body.is_array())
                body = nlohmann::json::array({body}); // a single call
            for (const auto& item : body) {
                if (item["method"] == "eth_call")
                    QCOMPARE(item["params"][1].get<std::string>(), block);
                else if (item["method"] == "eth_getLogs")
                    QCOMPARE(item["params"][0]["toBlock"].get<std::string>(), block);
                else
                    QFAIL(item.dump().c_str());
                ++pinned;
            }
        }
        QVERIFY(pinned >= 3);

        // Nothing new since: one request, for the block number.
        QCOMPARE(catalog.refresh(user_->address()), list);
        QCOMPARE(proxy.requestCount(), 5);

        // Another chain than the profile's: the session's client refuses before anything is
        // listed or cached, with one request (the chain id).
        NetworkProfile other = profile_;
        other.chainId += 1;
        other.rpcUrls = {proxy.url()};
        std::filesystem::create_directories(dir / "wrong-chain");
        session::ChainSession wrongChain({dir / "wrong-chain", dir / "wrong-chain"}, other);
        iexec::DatasetCatalog wrong = wrongChain.datasets();
        QCOMPARE(codeOf([&] { wrong.refresh(user_->address()); }), ErrorCode::ChainMismatch);
        QVERIFY(!wrong.isCached(user_->address()));
        QCOMPARE(proxy.requestCount(), 6);
    }

    void refreshFollowsTransfersIncrementally() {
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        (void)catalog.refresh(user_->address());
        const Address extra = protect(*user_, "extra", "{\"n\":\"f64\"}", {0x01}, Hash32{});
        auto list = catalog.refresh(user_->address());
        QCOMPARE(list.size(), std::size_t(4));
        QCOMPARE(list.front().address, extra); // newest first

        // Transfer: refused to zero, to oneself, for data one does not own; then done.
        std::string message;
        QCOMPARE(codeOf([&] { catalog.transfer(user_->address(), extra, Address()); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { catalog.transfer(user_->address(), extra, user_->address()); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(
            codeOf([&] { catalog.transfer(other_->address(), extra, user_->address()); }, &message),
            ErrorCode::InvalidArgument);
        QVERIFY2(message.find("belongs to") != std::string::npos, message.c_str());
        const auto data = catalog.read(extra);
        const std::string confirm =
            iexec::DatasetCatalog::transferConfirmation(data, other_->address());
        QVERIFY(confirm.find(other_->address().toChecksumHex()) != std::string::npos);
        const auto sent =
            tm_->send(catalog.transfer(user_->address(), extra, other_->address()), *user_);
        tm_->waitForSuccess(sent.id, std::chrono::seconds(30));

        list = catalog.refresh(user_->address());
        QCOMPARE(list.size(), std::size_t(3));
        QVERIFY(std::none_of(list.begin(), list.end(),
                             [&](const auto& d) { return d.address == extra; }));
        const auto theirs = catalog.refresh(other_->address());
        QCOMPARE(theirs.size(), std::size_t(1));
        QCOMPARE(theirs[0].address, extra);
        QCOMPARE(theirs[0].schema, std::string("{\"n\":\"f64\"}"));
        QCOMPARE(codeOf([&] { catalog.read(Address::fromHex("0x" + std::string(40, '7'))); }),
                 ErrorCode::NotFound);
    }

    void verifyChecksTheContentAgainstTheChain() {
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        const auto good = catalog.verify(email_);
        QVERIFY(good.matches());
        QCOMPARE(good.size, std::uint64_t(35));
        QVERIFY(good.url.find("/ipfs/Qm") != std::string::npos);
        // Its size, asked without downloading it.
        QCOMPARE(catalog.contentSize(catalog.read(email_)), std::optional<std::uint64_t>(35));
        const auto bad = catalog.verify(health_); // same content, checksum of zeros on chain
        QVERIFY(!bad.matches());
        QCOMPARE(bad.actual, emailChecksum_);
        // A URL nobody serves is a network error, not a verdict.
        QCOMPARE(codeOf([&] { catalog.verify(plain_); }), ErrorCode::Network);
        QCOMPARE(codeOf([&] {
                     catalog.contentSize(catalog.read(plain_), nullptr,
                                         iexec::DatasetCatalog::Hosts::AnyAfterAClick);
                 }),
                 ErrorCode::Network);
    }

    // Data anyone may transfer to you can point at any server (a tracker, a machine of your
    // network): only the profile's gateway is asked for a size without a click.
    void onlyTheOwnGatewayIsAskedWithoutAClick() {
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        test::FaultyHttpServer elsewhere; // FAKE: stands for a stranger's server
        test::FaultyHttpServer::Reply head;
        head.body = std::string(1234, 'x'); // its Content-Length is the size said
        elsewhere.script({head});
        iexec::ProtectedData foreign = catalog.read(plain_);
        const std::string url = elsewhere.url() + "/tracker";
        foreign.multiaddr = Bytes(url.begin(), url.end());
        QVERIFY(!iexec::DatasetCatalog::onOwnGateway(foreign));
        QVERIFY(iexec::DatasetCatalog::onOwnGateway(catalog.read(email_)));
        std::string message;
        QCOMPARE(codeOf([&] { catalog.contentSize(foreign); }, &message),
                 ErrorCode::InvalidArgument);
        QVERIFY2(message.find("127.0.0.1") != std::string::npos, message.c_str());
        QCOMPARE(elsewhere.requestCount(), 0);
        // After the user's click it is asked.
        QCOMPARE(
            catalog.contentSize(foreign, nullptr, iexec::DatasetCatalog::Hosts::AnyAfterAClick),
            std::optional<std::uint64_t>(1234));
        QCOMPARE(elsewhere.requestCount(), 1);
    }

    void verifyStreamsALargeContentFromTheGateway() {
        // 6 MiB through the sandbox's IPFS node and gateway (many UnixFS blocks), hashed as it
        // arrives. Owned by the other account: the listings above stay as they are.
        std::string content(6u << 20, '\0');
        std::uint32_t x = 12345;
        for (auto& c : content) {
            x = x * 1103515245u + 12345u;
            c = static_cast<char>(x >> 24);
        }
        const std::string cid = ipfsAdd(content);
        const Address large =
            protect(*other_, "large", "{\"file\":\"application/octet-stream\"}",
                    iexec::p2pMultiaddrFromString("/p2p/" + cid), crypto::sha256(asBytes(content)));
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        const auto result = catalog.verify(large);
        QVERIFY(result.matches());
        QCOMPARE(result.size, std::uint64_t(content.size()));
    }

    void verifyReportsABrokenDownloadAndCanBeCancelled() {
        // The project's own HTTP server as a gateway that fails mid-body: it announces 35
        // bytes, sends 10, then closes the connection (or, stalling, sends nothing more).
        sandbox::HttpServer gateway;
        auto stall = std::make_shared<std::atomic<bool>>(false);
        gateway.routePrefix("GET", "/ipfs/", [stall](const sandbox::ServerRequest&) {
            auto sent = std::make_shared<bool>(false);
            return sandbox::ServerResponse::stream(
                200, 35, [sent, stall](char* buffer, std::size_t) {
                    if (*sent) {
                        for (int i = 0; *stall && i < 100; ++i) // 5 s at most
                            std::this_thread::sleep_for(std::chrono::milliseconds(50));
                        return std::size_t(0);
                    }
                    *sent = true;
                    std::memset(buffer, 'x', 10);
                    return std::size_t(10);
                });
        });
        gateway.start();
        NetworkProfile broken = profile_;
        broken.ipfsGateway = gateway.baseUrl();
        iexec::DatasetCatalog catalog(*rpc_, broken, db_);
        std::string message;
        QCOMPARE(codeOf([&] { catalog.verify(email_); }, &message), ErrorCode::Network);
        QVERIFY2(message.find("broke off after 10 bytes") != std::string::npos, message.c_str());
        QVERIFY2(message.find(email_.toChecksumHex()) != std::string::npos, message.c_str());

        // Cancelled while the gateway says nothing: it stops at once.
        *stall = true;
        CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(codeOf([&] { catalog.verify(email_, &cancel); }), ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 2500, std::to_string(timer.elapsed()).c_str());
        canceller.join();
        *stall = false;
    }

    void marketClientTalksToTheSandboxMarket() {
        auto service = access();
        iexec::MarketClient& market = service.market();
        const auto challenge = market.challenge(user_->address());
        QCOMPARE(challenge["primaryType"].get<std::string>(), std::string("Challenge"));
        const std::string auth = market.authorization(*user_);
        QCOMPARE(std::count(auth.begin(), auth.end(), '_'), 2);
        QVERIFY(auth.ends_with(user_->address().toChecksumHex()));
        iexec::DatasetOrderbookQuery q;
        q.dataset = email_;
        QCOMPARE(market.datasetOrderbook(q).count, std::uint64_t(0));
        QVERIFY(!market.datasetOrder(Hash32{}).has_value());
        q.pageSize = 5;
        QCOMPARE(codeOf([&] { market.datasetOrderbook(q); }), ErrorCode::InvalidArgument);
        // A market that is down, or that answers nonsense.
        iexec::MarketClient down("http://127.0.0.1:1", service.domain());
        QCOMPARE(codeOf([&] { down.challenge(user_->address()); }), ErrorCode::Network);
        test::FaultyHttpServer fake; // a FAKE market for replies a real one never sends
        iexec::MarketClient liar(fake.url(), service.domain());
        q.pageSize = 100;
        for (const char* body :
             {"not json", "{\"ok\":false}", "{\"ok\":true,\"orders\":5,\"count\":0}",
              "{\"ok\":true,\"orders\":[{\"orderHash\":\"0x12\"}],\"count\":1}"}) {
            fake.script({{test::FaultyHttpServer::Reply::Kind::Respond, 200, body, {}, {}}});
            QCOMPARE(codeOf([&] { liar.datasetOrderbook(q); }), ErrorCode::Corrupt);
        }
        fake.script({{test::FaultyHttpServer::Reply::Kind::Respond, 503, "busy", {}, {}}});
        QCOMPARE(codeOf([&] { liar.datasetOrderbook(q); }), ErrorCode::Network);
    }

    void appOrdersAreReadPageByPage() {
        auto service = access();
        iexec::MarketClient& market = service.market();
        Address app;
        try {
            app = registerApp("Paged app");
            QVERIFY(market.openAppOrders(app).empty());
            // Twelve orders, the last one restricted to a dataset: every one is the app's.
            for (std::uint64_t i = 0; i < 12; ++i) {
                auto order = appOrder(app, i % 2 ? 0x09 : 0x00, i, 5 + i);
                if (i == 11)
                    order.datasetrestrict = email_;
                publishAppOrder(service, order);
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        iexec::AppOrderbookQuery q;
        q.app = app;
        q.pageSize = 10;
        const auto first = market.appOrderbook(q);
        QCOMPARE(first.orders.size(), std::size_t(10));
        QCOMPARE(first.count, std::uint64_t(12));
        QVERIFY(first.nextPage.has_value());
        QCOMPARE(market.allAppOrders(q).size(), std::size_t(12));
        const auto open = market.openAppOrders(app);
        QCOMPARE(open.size(), std::size_t(12));
        for (std::size_t i = 0; i < open.size(); ++i) { // cheapest first
            QCOMPARE(open[i].order.order.appprice, U256(i));
            QCOMPARE(open[i].remaining, std::uint64_t(5 + i));
            QCOMPARE(open[i].status, std::string("open"));
            QCOMPARE(open[i].signer, user_->address());
            QCOMPARE(open[i].orderHash, iexec::orderHash(service.domain(), open[i].order.order));
        }
        QCOMPARE(open.back().order.order.datasetrestrict, email_);
        // The filters as the real API reads them: "" = unrestricted orders only; a tag.
        q.dataset = "";
        QCOMPARE(market.allAppOrders(q).size(), std::size_t(11));
        q.dataset = "any";
        q.minTag = iexec::defaultTeeTag();
        QCOMPARE(market.allAppOrders(q).size(), std::size_t(6));
        q.minTag.reset();
        QCOMPARE(codeOf([&] { market.allAppOrders(q, nullptr, 5); }), ErrorCode::Unsupported);
        q.pageSize = 5;
        QCOMPARE(codeOf([&] { market.appOrderbook(q); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { market.appOrderbook(iexec::AppOrderbookQuery{}); }),
                 ErrorCode::InvalidArgument);

        // A FAKE market for the replies a real one never sends: each is a clear error.
        test::FaultyHttpServer fake;
        iexec::MarketClient liar(fake.url(), service.domain());
        nlohmann::json stranger; // a well-made reply, with an order of another app
        {
            const auto order = appOrder(web3mail_, 0x09, 0, 1);
            auto o = iexec::toJson(order);
            o["sign"] = "0x" + std::string(130, '1');
            stranger = {{"ok", true},
                        {"count", std::uint64_t(1)},
                        {"orders",
                         {{{"orderHash", eth::toHex(iexec::orderHash(service.domain(), order))},
                           {"order", o},
                           {"remaining", std::uint64_t(1)},
                           {"status", "open"},
                           {"publicationTimestamp", "2026-01-01T00:00:00.000Z"},
                           {"signer", user_->address().toChecksumHex()}}}}};
        }
        for (const std::string& body :
             {std::string("not json"), std::string("{\"ok\":true}"),
              std::string("{\"ok\":true,\"orders\":{},\"count\":0}"),
              std::string("{\"ok\":true,\"orders\":[],\"count\":-1}"),
              std::string("{\"ok\":true,\"orders\":[{\"orderHash\":\"0x12\"}],\"count\":1}"),
              stranger.dump()}) {
            fake.script({{test::FaultyHttpServer::Reply::Kind::Respond, 200, body, {}, {}}});
            std::string message;
            QCOMPARE(codeOf([&] { liar.openAppOrders(app); }, &message), ErrorCode::Corrupt);
            QVERIFY2(message.starts_with("The market API sent a malformed reply"), message.c_str());
        }
        std::string message;
        (void)codeOf([&] { liar.openAppOrders(app); }, &message);
        QVERIFY2(message.find("another app") != std::string::npos, message.c_str());
        fake.script({{test::FaultyHttpServer::Reply::Kind::Respond, 503, "busy", {}, {}}});
        QCOMPARE(codeOf([&] { liar.openAppOrders(app); }), ErrorCode::Network);
    }

    void whereAnAppRunsIsReadFromItsOrders() {
        auto service = access();
        Address tdx, plain, silent;
        try {
            tdx = registerApp("TDX app");
            plain = registerApp("Plain app");
            silent = registerApp("Silent app");
            publishAppOrder(service, appOrder(tdx, 0x09, 0, 10));
            publishAppOrder(service, appOrder(plain, 0x00, 0, 10));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        iexec::AppInspector inspector(*rpc_, profile_);
        const auto t = inspector.inspect(tdx);
        QCOMPARE(t.tee.framework, std::string("TDX"));
        QCOMPARE(t.tee.source, iexec::TeeSource::AppOrders);
        QVERIFY(t.app.mrenclave.empty());
        const auto p = inspector.inspect(plain);
        QCOMPARE(p.tee.framework, std::string());
        QCOMPARE(p.tee.source, iexec::TeeSource::AppOrders); // known: not confidential
        QVERIFY(p.tee.known());
        const auto n = inspector.inspect(silent);
        QCOMPARE(n.tee.framework, std::string());
        QCOMPARE(n.tee.source, iexec::TeeSource::NoOrder); // unknown, said so
        QVERIFY(!n.tee.known());

        // Approved, what was read is kept: not confidential stays known, unknown stays unknown.
        iexec::ApprovedApps approved(tmp_.path().toStdString() + "/tee.sqlite");
        approved.approve(iexec::ApprovedApps::fromDetails(profile_.chainId, t, "", {}));
        approved.approve(iexec::ApprovedApps::fromDetails(profile_.chainId, p, "", {}));
        approved.approve(iexec::ApprovedApps::fromDetails(profile_.chainId, n, "", {}));
        QCOMPARE(approved.find(profile_.chainId, tdx)->teeFramework, std::string("TDX"));
        QVERIFY(approved.find(profile_.chainId, tdx)->teeKnown);
        QVERIFY(approved.find(profile_.chainId, plain)->teeKnown);
        QCOMPARE(approved.find(profile_.chainId, plain)->teeFramework, std::string());
        QVERIFY(!approved.find(profile_.chainId, silent)->teeKnown);

        // A market that is down: the chain is still read; where the app runs is unknown, and
        // why is said.
        NetworkProfile down = profile_;
        down.marketApi = "http://127.0.0.1:1";
        const auto blind = iexec::AppInspector(*rpc_, down).inspect(tdx);
        QCOMPARE(blind.app.name, std::string("TDX app"));
        QCOMPARE(blind.tee.source, iexec::TeeSource::MarketUnreadable);
        QVERIFY2(blind.tee.marketError.find("could not be reached") != std::string::npos,
                 blind.tee.marketError.c_str());
        // A FAKE market that answers nonsense: the same, naming the malformed reply.
        test::FaultyHttpServer fake;
        fake.script({{test::FaultyHttpServer::Reply::Kind::Respond, 200, "{\"ok\":true}", {}, {}}});
        NetworkProfile lying = profile_;
        lying.marketApi = fake.url();
        const auto fooled = iexec::AppInspector(*rpc_, lying).inspect(tdx);
        QCOMPARE(fooled.tee.source, iexec::TeeSource::MarketUnreadable);
        QVERIFY2(fooled.tee.marketError.find("malformed") != std::string::npos,
                 fooled.tee.marketError.c_str());
    }

    void grantIsSignedPublishedAndListed() {
        auto service = access();
        iexec::GrantRequest r;
        r.dataset = email_;
        r.app = web3mail_;
        r.volume = U256(10);
        r.requiredSchema = {{"email", "string"}};
        const auto prepared = service.prepare(user_->address(), r);
        QCOMPARE(
            prepared.summary,
            std::string("Anyone may run Sandbox Web3Mail on my-email up to 10 times for 0 RLC"));
        QVERIFY(prepared.missingFields.empty());
        QCOMPARE(prepared.order.tag, iexec::defaultTeeTag());
        QVERIFY(prepared.order.salt != Hash32{});
        const auto g = service.grant(prepared, *user_);
        QCOMPARE(g.orderHash, prepared.orderHash);

        // On chain: the hub accepts the signature, nothing consumed.
        eth::ContractCaller caller(*rpc_);
        const iexec::PocoHub hub(Address::fromHex(profile_.hub));
        QVERIFY(caller.call(hub.verifySignature(user_->address(), g.orderHash, g.order.sign)));
        QCOMPARE(caller.call(hub.viewConsumed(g.orderHash)), U256(0));
        // On the market, with every field.
        const auto served = service.market().datasetOrder(g.orderHash);
        QVERIFY(served.has_value());
        QCOMPARE(served->order.order, prepared.order);
        QCOMPARE(served->status, std::string("open"));
        const auto list = service.list(user_->address());
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].remaining, U256(10));
        QCOMPARE(list[0].toJson()["remainingAccess"].get<std::string>(), std::string("10"));

        // A duplicate of a live grant is refused; another user is a new grant.
        std::string message;
        QCOMPARE(codeOf([&] { service.prepare(user_->address(), r); }, &message),
                 ErrorCode::AlreadyExists);
        QVERIFY2(message.find("revoke it first") != std::string::npos, message.c_str());
        r.user = other_->address();
        r.price = U256(1500000000);
        r.volume = U256(1);
        const auto p2 = service.prepare(user_->address(), r);
        QCOMPARE(p2.summary, "User " + other_->address().toChecksumHex() +
                                 " may run Sandbox Web3Mail on my-email once for 1.5 RLC per "
                                 "access");
    }

    void aGrantReviewCostsThreeNodeRequestsAtOneBlock() {
        // Counted by a FAKE provider forwarding to the sandbox's anvil: the block number with
        // the chain id, the hub's domain and registries; whether the data is registered with
        // what the app is and its name; the data's records with its schema (the market is
        // asked directly). It was ten.
        test::FaultyHttpServer proxy;
        proxy.script({test::forwardTo(profile_.rpcUrls.at(0))});
        eth::JsonRpcClient counted({proxy.url()});
        iexec::AccessService service(counted, profile_);
        iexec::GrantRequest r;
        r.dataset = email_; // granted to anyone with web3mail_ by the test before
        r.app = web3mail_;
        r.user = Address::fromHex("0x00000000000000000000000000000000000000aa");
        r.volume = U256(3);
        const auto prepared = service.prepare(user_->address(), r);
        QCOMPARE(prepared.appName, std::string("Sandbox Web3Mail"));
        QCOMPARE(prepared.datasetName, std::string("my-email"));
        QVERIFY(!prepared.appIsWhitelist);
        QCOMPARE(proxy.requestCount(), 3);
        const std::string block = U256(rpc_->blockNumber()).toHex();
        const auto requests = proxy.requests();
        for (std::size_t k = 1; k < requests.size(); ++k) {
            auto body = nlohmann::json::parse(requests[k]);
            if (!body.is_array())
                body = nlohmann::json::array({body});
            for (const auto& item : body)
                if (item["method"] == "eth_call")
                    QCOMPARE(item["params"][1].get<std::string>(), block);
        }
        // A live grant for the same app and user: its accesses left are read on chain, a
        // fourth request, and the review is refused.
        r.user.reset();
        QCOMPARE(codeOf([&] { service.prepare(user_->address(), r); }), ErrorCode::AlreadyExists);
        QCOMPARE(proxy.requestCount(), 3 + 4);
        // A whitelist is told by the same requests.
        r.app = whitelist_;
        r.dataset = health_;
        QVERIFY(service.prepare(user_->address(), r).appIsWhitelist);
        QCOMPARE(proxy.requestCount(), 3 + 4 + 3);
        // Another chain than the profile's: the session's client refuses with the first
        // request (the chain id).
        NetworkProfile other = profile_;
        other.chainId += 1;
        other.rpcUrls = {proxy.url()};
        const std::filesystem::path folder = tmp_.path().toStdString();
        session::ChainSession wrongChain({folder, folder}, other);
        QCOMPARE(codeOf([&] { wrongChain.access().prepare(user_->address(), r); }),
                 ErrorCode::ChainMismatch);
        QCOMPARE(proxy.requestCount(), 3 + 4 + 3 + 1);
    }

    void badGrantsAreRefused() {
        auto service = access();
        const auto refused = [&](iexec::GrantRequest r, ErrorCode code, const char* words) {
            std::string message;
            const ErrorCode got = codeOf([&] { service.prepare(user_->address(), r); }, &message);
            QVERIFY2(got == code && message.find(words) != std::string::npos, message.c_str());
        };
        iexec::GrantRequest r;
        r.dataset = health_;
        r.app = web3mail_;
        r.app = Address();
        refused(r, ErrorCode::InvalidArgument, "zero address");
        r.app = other_->address(); // an account, not an app
        refused(r, ErrorCode::InvalidArgument, "neither an app");
        r.app = Address::fromHex(profile_.hub); // a contract, but neither
        refused(r, ErrorCode::InvalidArgument, "neither an app");
        r.app = web3mail_;
        r.volume = U256(0);
        refused(r, ErrorCode::InvalidArgument, "at least 1");
        r.volume = U256(iexec::kMaxOrderNumber) + U256(1);
        refused(r, ErrorCode::InvalidArgument, "number of accesses");
        r.volume = U256(1);
        r.price = U256::max();
        refused(r, ErrorCode::InvalidArgument, "price");
        r.price = U256(0);
        r.dataset = plain_;
        const auto p = access().prepare(
            user_->address(), {plain_, web3mail_, {}, U256(0), U256(1), "", {{"email", "string"}}});
        QCOMPARE(p.missingFields, std::vector<std::string>{"email: string"});
        QCOMPARE(codeOf([&] { access().prepare(other_->address(), r); }),
                 ErrorCode::InvalidArgument); // not theirs
        // A whitelist is a valid target.
        r.app = whitelist_;
        const auto w = service.prepare(user_->address(), r);
        QVERIFY(w.appIsWhitelist);
        QVERIFY(w.summary.find("whitelist") != std::string::npos);
    }

    void revokeOneThenAllForAData() {
        auto service = access();
        auto all = service.list(user_->address(), {email_, {}, {}});
        QCOMPARE(all.size(), std::size_t(1));
        const auto first = all[0];
        std::vector<iexec::RevokeStep> steps;
        const auto mined = service.revoke({first}, *tm_, *user_,
                                          [&](std::size_t, std::size_t, const auto&,
                                              iexec::RevokeStep s) { steps.push_back(s); });
        QCOMPARE(mined.size(), std::size_t(1));
        QCOMPARE(mined[0].purpose, eth::TxPurpose::RevokeAccess);
        QCOMPARE(*mined[0].details.dataset, first.dataset());
        QCOMPARE(*mined[0].details.app, first.app());
        QCOMPARE(mined[0].details.recipient,
                 first.user().isZero() ? std::nullopt : std::optional<Address>(first.user()));
        QCOMPARE(steps.size(), std::size_t(3));
        eth::ContractCaller caller(*rpc_);
        const iexec::PocoHub hub(Address::fromHex(profile_.hub));
        QCOMPARE(caller.call(hub.viewConsumed(first.orderHash)), U256(10));
        QVERIFY(service.list(user_->address()).empty());
        const auto gone = service.market().datasetOrder(first.orderHash);
        QVERIFY(!gone || gone->status != "open");

        // Three grants on two data, revoke all for one data.
        grant(email_, web3mail_, std::nullopt, 3);
        grant(email_, whitelist_, other_->address(), 2);
        const auto kept = grant(health_, web3mail_, std::nullopt, 1);
        const auto forEmail = service.list(user_->address(), {email_, {}, {}});
        QCOMPARE(forEmail.size(), std::size_t(2));
        QCOMPARE(service.list(user_->address(), {{}, whitelist_, {}}).size(), std::size_t(1));
        QCOMPARE(service.list(user_->address(), {{}, {}, Address()}).size(), std::size_t(2));
        service.revoke(forEmail, *tm_, *user_);
        for (const auto& g : forEmail)
            QCOMPARE(caller.call(hub.viewConsumed(g.orderHash)), g.order.order.volume);
        const auto left = service.list(user_->address());
        QCOMPARE(left.size(), std::size_t(1));
        QCOMPARE(left[0].orderHash, kept.orderHash);
    }

    // Revoking several sends every close first, then follows them: with blocks made by hand,
    // both closes wait in the pool together and one block mines them.
    void revokingSeveralSendsThemAllBeforeWaiting() {
        auto service = access();
        const auto a = grant(health_, web3mail_, other_->address(), 2);
        const auto b = grant(health_, whitelist_, std::nullopt, 2);
        eth::JsonRpcClient node(profile_.rpcUrls);
        const auto count = [&](const char* tag) {
            return eth::JsonRpcClient::parseQuantity(
                node.call("eth_getTransactionCount",
                          nlohmann::json::array({user_->address().toLowerHex(), tag})),
                "nonce");
        };
        node.send("evm_setAutomine", {false});
        const std::uint64_t mined = count("latest");
        std::vector<TxRecord> records;
        std::string error;
        std::thread revoking([&] {
            try {
                records = service.revoke({a, b}, *tm_, *user_);
            } catch (const std::exception& e) {
                error = e.what();
            }
        });
        const bool bothPending =
            QTest::qWaitFor([&] { return count("pending") == mined + 2; }, kServiceAnswers);
        node.send("evm_mine", nlohmann::json::array());
        node.send("evm_setAutomine", {true});
        revoking.join();
        QVERIFY2(bothPending, "the second close waited for the first to be mined");
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(records[0].blockNumber && records[0].blockNumber == records[1].blockNumber);
        eth::ContractCaller caller(*rpc_);
        const iexec::PocoHub hub(Address::fromHex(profile_.hub));
        QCOMPARE(caller.call(hub.viewConsumed(a.orderHash)), U256(2));
        QCOMPARE(caller.call(hub.viewConsumed(b.orderHash)), U256(2));
    }

    void aFailingRevokeLeavesNothingHalfDone() {
        auto service = access();
        const auto g = service.list(user_->address()).at(0);
        const auto before = journal_->history({}).size();
        std::string message;
        // Someone else can't close our order: refused at estimation, nothing is signed.
        const ErrorCode code = codeOf([&] { service.revoke({g}, *tm_, *other_); }, &message);
        QCOMPARE(code, ErrorCode::Reverted);
        QVERIFY2(message.find("0 of 1 grants revoked") != std::string::npos, message.c_str());
        QCOMPARE(journal_->history({}).size(), before);
        QCOMPARE(service.list(user_->address()).size(), std::size_t(1)); // still live
    }

    // A cancel of ours mined in the place of any kind of transaction the app sends is that
    // transaction's own outcome, "cancelled": never the success of what it was to do. Each
    // kind is journaled with what it is (purpose and details), and its cancel with the same.
    void aCancelOfEachKindIsItsOwnOutcome() {
        eth::JsonRpcClient node(profile_.rpcUrls);
        try {
            iexec::requestTestFunds(profile_.faucet, user_->address());
        } catch (const Error&) {
            // funded earlier in this run: what it has is enough
        }
        iexec::FundsService funds(*rpc_, profile_);
        // Something to withdraw, and a grant to revoke.
        tm_->waitForSuccess(tm_->send(funds.deposit(user_->address(), U256(1000)), *user_).id,
                            std::chrono::seconds(30));
        const auto live = grant(health_, web3mail_, other_->address(), 4);
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        const iexec::DataProtectorContract dp(Address::fromHex(profile_.dataProtector));
        const auto before = funds.balances(user_->address());
        using eth::TxPurpose;
        auto details = [](std::optional<Address> recipient, std::optional<U256> amount,
                          std::optional<std::string_view> token, std::optional<Address> dataset,
                          std::optional<Address> app, std::optional<std::string> name) {
            eth::TxDetails d;
            d.recipient = recipient;
            d.amount = amount;
            if (token)
                d.token = std::string(*token);
            d.dataset = dataset;
            d.app = app;
            d.name = std::move(name);
            return d;
        };
        const Address other = other_->address();
        const std::vector<std::tuple<TxPurpose, eth::TransactionRequest, eth::TxDetails>> kinds = {
            {TxPurpose::SendEth, funds.sendEth(user_->address(), other, U256(12345)),
             details(other, U256(12345), eth::kTokenEth, {}, {}, {})},
            {TxPurpose::SendRlc, funds.sendRlc(user_->address(), other, U256(7)),
             details(other, U256(7), eth::kTokenRlc, {}, {}, {})},
            {TxPurpose::Deposit, funds.deposit(user_->address(), U256(5)),
             details({}, U256(5), eth::kTokenRlc, {}, {}, {})},
            {TxPurpose::Withdraw, funds.withdraw(user_->address(), U256(5)),
             details({}, U256(5), eth::kTokenRlc, {}, {}, {})},
            {TxPurpose::RegisterDataset,
             dp.createDatasetWithSchema(user_->address(), "cancelled data",
                                        "{\"email\":\"string\"}", Bytes{1, 2, 3}, Hash32{}),
             details({}, {}, {}, {}, {}, "cancelled data")},
            {TxPurpose::TransferDataset, catalog.transfer(user_->address(), health_, other),
             details(other, {}, {}, health_, {}, "Health records")},
            {TxPurpose::RevokeAccess, access().revokeRequest(live),
             details(other, {}, {}, health_, web3mail_, {})},
        };
        for (const auto& [purpose, request, expected] : kinds) {
            node.send("evm_setAutomine", {false});
            const auto sent = tm_->send(request, *user_);
            QCOMPARE(sent.purpose, purpose);
            const auto journaled = journal_->find(sent.id);
            QCOMPARE(journaled->purpose, purpose);
            QVERIFY2(journaled->details == expected, journaled->label.c_str());
            QCOMPARE(journaled->label, eth::describeTransaction(purpose, expected));
            const auto cancel = tm_->cancel(sent.id, *user_);
            QCOMPARE(journal_->find(cancel.id)->purpose, TxPurpose::Cancel);
            QVERIFY(journal_->find(cancel.id)->details == expected);
            node.send("evm_mine", nlohmann::json::array());
            node.send("evm_setAutomine", {true});
            const auto outcome = tm_->wait(sent.id, std::chrono::seconds(30));
            QCOMPARE(outcome.id, sent.id);
            QVERIFY2(outcome.status == TxStatus::Cancelled,
                     std::string(eth::txPurposeName(purpose)).c_str());
            QCOMPARE(*outcome.replacedBy, cancel.id);
            QVERIFY2(outcome.error.find("Cancelled") != std::string::npos, outcome.error.c_str());
            QCOMPARE(journal_->find(sent.id)->status, TxStatus::Cancelled);
            QCOMPARE(journal_->find(cancel.id)->status, TxStatus::Confirmed);
            std::string message;
            QCOMPARE(
                codeOf([&] { tm_->waitForSuccess(sent.id, std::chrono::seconds(5)); }, &message),
                ErrorCode::Cancelled);
            QVERIFY2(message.find("cancelled on chain") != std::string::npos, message.c_str());
        }
        // Nothing any of them was to do happened.
        const auto after = funds.balances(user_->address());
        QCOMPARE(after.rlc, before.rlc);
        QCOMPARE(after.stake, before.stake);
        QCOMPARE(catalog.read(health_).owner, user_->address());
        eth::ContractCaller caller(*rpc_);
        const iexec::PocoHub hub(Address::fromHex(profile_.hub));
        QCOMPARE(caller.call(hub.viewConsumed(live.orderHash)), U256(0));
        access().revoke({live}, *tm_, *user_); // tidy: the next tests count grants
    }

    // A revoke whose close is cancelled fails as cancelled, and the grant stays live: on
    // chain, on the market and in the list.
    void aCancelledRevokeKeepsTheGrantLive() {
        auto service = access();
        const auto g = grant(health_, web3mail_, other_->address(), 3);
        std::optional<TxRecord> close;
        const auto error = cancelWhatItSends([&] { service.revoke({g}, *tm_, *user_); },
                                             eth::TxPurpose::RevokeAccess, close);
        QVERIFY(close.has_value());
        QVERIFY(error.has_value());
        QCOMPARE(error->code(), ErrorCode::Cancelled);
        QVERIFY2(std::string(error->what()).find("0 of 1 grants revoked") != std::string::npos,
                 error->what());
        eth::ContractCaller caller(*rpc_);
        const iexec::PocoHub hub(Address::fromHex(profile_.hub));
        QCOMPARE(caller.call(hub.viewConsumed(g.orderHash)), U256(0));
        const auto served = service.market().datasetOrder(g.orderHash);
        QVERIFY(served && served->status == "open");
        const auto listed = service.list(user_->address(), {health_, {}, {}});
        QVERIFY(std::any_of(listed.begin(), listed.end(),
                            [&](const auto& x) { return x.orderHash == g.orderHash; }));
        service.revoke({g}, *tm_, *user_); // tidy
    }

    // A registration cancelled on chain sends the protect operation back to Register: the run
    // says so, a resume registers it anew (and it could be given up instead).
    void aCancelledRegistrationGoesBackToRegister() {
        const std::filesystem::path dir = tmp_.path().toStdString();
        iexec::ProtectJournal protects(db_);
        auto pipeline = pipelineOver(protects);
        std::ofstream(dir / "cancelled.txt") << "someone@example.org";
        const std::int64_t id =
            pipeline.create({.paths = {dir / "cancelled.txt"}, .name = "cancelled registration"},
                            user_->address(), "pw");
        std::optional<TxRecord> registration;
        const auto error = cancelWhatItSends([&] { pipeline.run(id, *user_, "pw"); },
                                             eth::TxPurpose::RegisterDataset, registration);
        QVERIFY(registration.has_value());
        QVERIFY(error.has_value());
        QCOMPARE(error->code(), ErrorCode::Cancelled);
        QVERIFY2(std::string(error->what()).find("nothing is on chain") != std::string::npos,
                 error->what());
        const auto op = pipeline.find(id);
        QCOMPARE(op.step, iexec::ProtectStep::Register);
        QVERIFY(!op.txId);
        QCOMPARE(op.state, iexec::ProtectState::Failed);
        // Resumed, it registers for real.
        const auto done = pipeline.run(id, *user_, "pw");
        QCOMPARE(done.state, iexec::ProtectState::Done);
        QVERIFY(done.dataset.has_value());
        QVERIFY(*done.txId != registration->id);
    }

    // The sealed bytes go straight into the node: nothing of the data's size is written on
    // this computer, the steps still come in their order, and what the node stores is what is
    // registered.
    void sealsStraightIntoTheNodeWithoutALocalCopy() {
        const std::filesystem::path dir = tmp_.path().toStdString();
        iexec::ProtectJournal protects(db_);
        auto pipeline = pipelineOver(protects);
        std::string content(3 << 20, '\0');
        for (std::size_t i = 0; i < content.size(); ++i)
            content[i] = static_cast<char>(i * 131 % 251);
        std::ofstream(dir / "streamed.bin", std::ios::binary) << content;
        const std::int64_t id = pipeline.create(
            {.paths = {dir / "streamed.bin"}, .name = "streamed"}, user_->address(), "pw");
        std::uintmax_t largestLocal = 0;
        std::vector<iexec::ProtectStep> steps;
        const auto done = pipeline.run(id, *user_, "pw", [&](const iexec::ProtectProgress& p) {
            if (steps.empty() || steps.back() != p.step)
                steps.push_back(p.step);
            std::error_code ec;
            for (const auto& entry :
                 std::filesystem::recursive_directory_iterator(dir / "protect-work", ec))
                if (entry.is_regular_file(ec))
                    largestLocal = std::max(largestLocal, entry.file_size(ec));
        });
        QCOMPARE(done.state, iexec::ProtectState::Done);
        QVERIFY(done.encryptedFile.empty());
        QVERIFY2(largestLocal < 4096, std::to_string(largestLocal).c_str()); // the lock file
        QVERIFY(steps.size() >= 3);
        QCOMPARE(steps[0], iexec::ProtectStep::Seal);
        QCOMPARE(steps[1], iexec::ProtectStep::Upload);
        QCOMPARE(steps[2], iexec::ProtectStep::Gateway);
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        QCOMPARE(catalog.read(*done.dataset).checksum, *done.checksum);
        QVERIFY(catalog.verify(*done.dataset).matches());
    }

    // create() keeps the key it sealed opened for the run that follows (scrypt once, not
    // twice), but only for the same password: another one is refused as before.
    void aWrongPasswordRightAfterCreateIsRefused() {
        const std::filesystem::path dir = tmp_.path().toStdString();
        iexec::ProtectJournal protects(db_);
        auto pipeline = pipelineOver(protects);
        std::ofstream(dir / "guarded.txt") << "only with the right password";
        const std::int64_t id = pipeline.create({.paths = {dir / "guarded.txt"}, .name = "guarded"},
                                                user_->address(), "pw");
        try {
            pipeline.run(id, *user_, "not the password");
            QFAIL("a wrong password was taken");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::WrongPassword);
        }
        QCOMPARE(pipeline.find(id).step, iexec::ProtectStep::Seal);
        QCOMPARE(pipeline.run(id, *user_, "pw").state, iexec::ProtectState::Done);
    }

    // The node takes every sealed byte, then goes away without an answer: the Upload step
    // failed with the node's reason, and a resume over a working node seals again and ends
    // protected.
    void aNodeThatGoesAwayFailsTheUploadStep() {
        const std::filesystem::path dir = tmp_.path().toStdString();
        test::FaultyHttpServer vanishing; // FAKE: a node that closes without answering
        test::FaultyHttpServer::Reply drop;
        drop.kind = test::FaultyHttpServer::Reply::Kind::Drop;
        vanishing.script({drop});
        NetworkProfile broken = profile_;
        broken.ipfsNode = vanishing.url();
        iexec::ProtectJournal protects(db_);
        iexec::ProtectPipeline brokenPipeline(
            broken, *tm_, protects,
            {.workDir = dir / "protect-work", .keyCost = {.n = 1u << 10, .r = 8, .p = 1}});
        std::ofstream(dir / "dropped.bin", std::ios::binary) << std::string(1 << 20, 'd');
        const std::int64_t id = brokenPipeline.create(
            {.paths = {dir / "dropped.bin"}, .name = "dropped"}, user_->address(), "pw");
        try {
            brokenPipeline.run(id, *user_, "pw");
            QFAIL("a node that answered nothing was taken for a stored upload");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Network);
        }
        const auto failed = brokenPipeline.find(id);
        QCOMPARE(failed.state, iexec::ProtectState::Failed);
        QCOMPARE(failed.step, iexec::ProtectStep::Upload);
        QVERIFY(failed.failure.has_value());
        QCOMPARE(failed.failure->code, ErrorCode::Network);
        QVERIFY(failed.encryptedFile.empty());
        auto pipeline = pipelineOver(protects);
        const auto done = pipeline.run(id, *user_, "pw");
        QCOMPARE(done.state, iexec::ProtectState::Done);
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        QVERIFY(catalog.verify(*done.dataset).matches());
    }

    // An operation that an earlier version sealed to a local file and left at Upload: the
    // file is uploaded. If that copy changed on disk meanwhile (same size, other bytes), the
    // node gives another CID, so the data is sealed again before anything is registered.
    void anEarlierVersionsLocalCopyIsUploadedOrSealedAgain() {
        const std::filesystem::path dir = tmp_.path().toStdString();
        iexec::ProtectJournal protects(db_);
        auto pipeline = pipelineOver(protects);
        std::ofstream(dir / "resealed.txt") << "a content sealed twice";
        const std::int64_t id = pipeline.create(
            {.paths = {dir / "resealed.txt"}, .name = "resealed"}, user_->address(), "pw");
        // As an earlier version left it: sealed to a file, journaled at Upload.
        iexec::ProtectOperation old = pipeline.find(id);
        const std::filesystem::path file = dir / "protect-work" / "earlier.enc";
        std::filesystem::create_directories(file.parent_path());
        const auto sealed =
            iexec::sealDataObject(iexec::protectDataObject(old.paths, old.fields), file,
                                  iexec::datasetKeyFromBase64(pipeline.revealKey(id, "pw").text()));
        old.encryptedFile = file;
        old.schema = sealed.schema.dump();
        old.checksum = sealed.encrypted.checksum;
        old.cid = sealed.encrypted.ipfs.cid.toString();
        old.encryptedSize = sealed.encrypted.size;
        old.zipSize = sealed.zipSize;
        old.step = iexec::ProtectStep::Upload;
        protects.update(old);
        {
            std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
            f.seekg(20);
            const char byte = static_cast<char>(f.get());
            f.seekp(20);
            f.put(static_cast<char>(~byte)); // one byte changed, the size the same
        }
        int seals = 0;
        const auto done = pipeline.run(id, *user_, "pw", [&](const iexec::ProtectProgress& p) {
            if (p.step == iexec::ProtectStep::Seal && p.done == 0)
                ++seals;
        });
        QCOMPARE(done.state, iexec::ProtectState::Done);
        QCOMPARE(seals, 1); // sealed again, once
        QVERIFY(done.cid != old.cid);
        QVERIFY(!std::filesystem::exists(file)); // the changed copy is gone
        // What is registered is what the gateway serves under the registered CID.
        iexec::DatasetCatalog catalog(*rpc_, profile_, db_);
        QCOMPARE(catalog.read(*done.dataset).checksum, *done.checksum);
        QVERIFY(catalog.verify(*done.dataset).matches());
    }

    void appsAreInspectedApprovedAndEdited() {
        try {
            test::waitForSandboxAppOrders(*net_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        iexec::AppInspector inspector(*rpc_, profile_);
        const auto app = inspector.inspect(web3mail_);
        QCOMPARE(app.kind, iexec::AppKind::App);
        QCOMPARE(app.app.name, std::string("Sandbox Web3Mail"));
        // TDX is what the workerpool's orders of the app say.
        QCOMPARE(app.tee.framework, std::string("TDX"));
        QCOMPARE(app.tee.source, iexec::TeeSource::AppOrders);
        QCOMPARE(app.app.owner, sandbox::SandboxChain::schedulerAccount());
        const auto list = inspector.inspect(whitelist_);
        QCOMPARE(list.kind, iexec::AppKind::Whitelist);
        QCOMPARE(list.members.size(), net_->deployment().apps.size());
        QCOMPARE(list.memberTees.size(), list.members.size());
        for (const auto& tee : list.memberTees)
            QCOMPARE(tee.framework, std::string("TDX"));
        QCOMPARE(codeOf([&] { inspector.inspect(Address()); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { inspector.inspect(user_->address()); }), ErrorCode::InvalidArgument);

        iexec::ApprovedApps approved(tmp_.path().toStdString() + "/apps.sqlite");
        approved.preload(profile_);
        QCOMPARE(approved.list(profile_.chainId).size(), profile_.knownApps.size());
        const auto known = approved.find(profile_.chainId, web3mail_);
        QVERIFY(known && known->preloaded);
        QCOMPARE(known->schema, nlohmann::json({{"email", "string"}}));
        approved.remove(profile_.chainId, web3mail_);
        approved.preload(profile_); // a removed known app stays removed
        QVERIFY(!approved.find(profile_.chainId, web3mail_));
        approved.approve(iexec::ApprovedApps::fromDetails(profile_.chainId, app, "", {}));
        auto back = approved.find(profile_.chainId, web3mail_);
        QVERIFY(back && !back->preloaded);
        QCOMPARE(back->teeFramework, std::string("TDX"));
        QCOMPARE(back->owner, app.app.owner);
        approved.edit(profile_.chainId, web3mail_, "Mail", {{"email", "string"}});
        QCOMPARE(approved.find(profile_.chainId, web3mail_)->name, std::string("Mail"));
        QCOMPARE(codeOf([&] { approved.remove(1, web3mail_); }), ErrorCode::NotFound);
        QCOMPARE(iexec::missingSchemaFields({{"email", "string"}}, "{\"email\":\"bool\"}"),
                 std::vector<std::string>{"email: string"});
        QVERIFY(iexec::missingSchemaFields({{"a", {{"b", "f64"}}}}, "{\"a\":{\"b\":\"f64\"},\"c\":"
                                                                    "\"bool\"}")
                    .empty());
    }
};

QTEST_GUILESS_MAIN(AccessTest)
#include "tst_access.moc"
