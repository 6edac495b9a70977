// The sandbox market API against a real anvil with the real PoCo contracts: the challenge
// login, publishing the four kinds of orders with every check of the real API, orderbooks with
// their filters and pagination, unpublishing, orders leaving the book once closed on chain,
// and a restart on the same state folder.

#include "SandboxTestChain.h"
#include "crypto/SecureRandom.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "sandbox/MarketService.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <regex>

using namespace sr;
using eth::AbiValue;
using eth::Address;
using nlohmann::json;

namespace {

Hash32 randomSalt() {
    Hash32 salt{};
    crypto::randomFill(salt);
    return salt;
}

Hash32 tagOf(std::uint8_t low) {
    Hash32 tag{};
    tag[31] = low;
    return tag;
}

struct Reply {
    long status = 0;
    json body;
};

} // namespace

class MarketServiceTest : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxTestChain> chain_;
    QTemporaryDir state_;
    std::unique_ptr<sandbox::MarketService> market_;
    HttpClient http_;
    iexec::OrderDomain domain_;
    std::string chainId_;
    test::DevKey owner_ = test::devKey(1);    // datasets
    test::DevKey appOwner_ = test::devKey(2); // apps
    test::DevKey poolOwner_ = test::devKey(3);
    test::DevKey requester_ = test::devKey(4);
    test::DevKey stranger_ = test::devKey(5);
    Address dataset_, dataset2_, app_, app2_, pool_;
    std::string firstHash_;
    json firstOrder_;

    std::filesystem::path stateDir() const {
        return std::filesystem::path(state_.path().toStdString()) / "market";
    }

    void startMarket(std::size_t maxOpen = 50) {
        market_ = std::make_unique<sandbox::MarketService>(
            sandbox::MarketService::Options{.rpcUrl = chain_->rpcUrl(),
                                            .deployment = chain_->deployment(),
                                            .stateDir = stateDir(),
                                            .maxOpenOrdersPerSigner = maxOpen});
        market_->start();
    }

    Reply send(const std::string& method, const std::string& target, const std::string& body = {},
               const std::optional<std::string>& authorization = std::nullopt) {
        HttpRequest request;
        request.method = method;
        request.url = market_->baseUrl() + target;
        request.body = body;
        request.headers.emplace_back("Accept", "application/json");
        if (method == "POST" || method == "PUT")
            request.headers.emplace_back("Content-Type", "application/json");
        if (authorization)
            request.headers.emplace_back("authorization", *authorization);
        const auto response = http_.send(request);
        Reply reply;
        reply.status = response.status;
        reply.body = json::parse(response.body, nullptr, false);
        if (method != "HEAD") {
            const auto type = response.header("content-type");
            if (!type || type->find("application/json") == std::string::npos)
                qWarning("not JSON: %s", response.body.c_str());
        }
        return reply;
    }

    std::string q() const { return "?chainId=" + chainId_; }

    /// What the SDK's getAuthorization does: fetch the challenge, sign it, join the parts.
    std::string authorization(const test::DevKey& signer) {
        const Reply challenge =
            send("GET", "/challenge" + q() + "&address=" + signer.address.toChecksumHex());
        if (challenge.status != 200)
            throw Error(ErrorCode::Network, "no challenge: " + challenge.body.dump());
        const auto typed = eth::Eip712::fromJson(challenge.body.at("data"));
        return eth::toHex(typed.digest()) + "_" + eth::toHex(typed.sign(signer.key)) + "_" +
               signer.address.toChecksumHex();
    }

    template <typename Order> json signedJson(const Order& order, const test::DevKey& signer) {
        json j = iexec::toJson(order); // decimal strings, as the SDK sends them
        j["sign"] = eth::toHex(iexec::signOrder(domain_, order, signer.key));
        return j;
    }

    Reply publish(const std::string& kind, const json& order, const test::DevKey& as) {
        return send("POST", "/" + kind + "orders" + q(), json{{"order", order}}.dump(),
                    authorization(as));
    }

    iexec::DatasetOrder datasetOrder(const Address& dataset, std::uint64_t price,
                                     std::uint64_t volume, std::uint8_t tag = 0,
                                     const Address& apprestrict = {},
                                     const Address& requesterrestrict = {}) {
        iexec::DatasetOrder order;
        order.dataset = dataset;
        order.datasetprice = price;
        order.volume = volume;
        order.tag = tagOf(tag);
        order.apprestrict = apprestrict;
        order.requesterrestrict = requesterrestrict;
        order.salt = randomSalt();
        return order;
    }

    std::string publishDataset(const iexec::DatasetOrder& order) {
        const Reply reply = publish("dataset", signedJson(order, owner_), owner_);
        if (reply.status != 200)
            throw Error(ErrorCode::Network, "publish failed: " + reply.body.dump());
        return reply.body.at("published").at("orderHash").get<std::string>();
    }

    Reply book(const std::string& kind, const std::string& filters) {
        return send("GET", "/" + kind + "orders" + q() + filters);
    }

    std::vector<std::string> hashesOf(const Reply& reply) {
        std::vector<std::string> out;
        for (const auto& entry : reply.body.at("orders"))
            out.push_back(entry.at("orderHash").get<std::string>());
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(state_.isValid());
        try {
            chain_ = std::make_unique<test::SandboxTestChain>();
            dataset_ = chain_->createDataset(owner_.address, "market data");
            dataset2_ = chain_->createDataset(owner_.address, "market data 2");
            app_ = chain_->createApp(appOwner_.address, "market app");
            app2_ = chain_->createApp(appOwner_.address, "market app 2");
            pool_ = chain_->createWorkerpool(poolOwner_.address, "market pool");
            domain_ = iexec::OrderDomain{.chainId = chain_->rpc().chainId(),
                                         .verifyingContract = chain_->deployment().hub};
            chainId_ = std::to_string(domain_.chainId);
            startMarket();
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void challengeHasTheRealShape() {
        const std::string target = "/challenge" + q() + "&address=" + owner_.address.toLowerHex();
        const Reply first = send("GET", target);
        QCOMPARE(first.status, 200L);
        QCOMPARE(first.body.at("ok"), json(true));
        const json& data = first.body.at("data");
        QCOMPARE(data.at("primaryType"), json("Challenge"));
        QCOMPARE(data.at("domain"),
                 json({{"name", "iExec Gateway"}, {"version", "1"}, {"chainId", chainId_}}));
        QCOMPARE(data.at("types").at("EIP712Domain").size(), std::size_t(3));
        QCOMPARE(data.at("types").at("Challenge"),
                 json::array({{{"name", "challenge"}, {"type", "string"}}}));
        const std::string text = data.at("message").at("challenge").get<std::string>();
        QVERIFY(std::regex_match(
            text, std::regex("Sign this message to log into iExec Gateway: [0-9A-Za-z]{32}")));
        // The same challenge until it is used.
        QCOMPARE(send("GET", target).body, first.body);

        QCOMPARE(send("GET", "/challenge?chainId=1&address=" + owner_.address.toLowerHex()).status,
                 400L);
        QCOMPARE(send("GET", "/challenge" + q() + "&address=0x12").status, 400L);
        QCOMPARE(send("GET", "/challenge" + q()).status, 400L);
        QCOMPARE(send("GET", "/version").body.at("ok"), json(true));
    }

    void publishesADatasetOrder() {
        const auto order = datasetOrder(dataset_, 5, 10, 0x01, app_);
        firstOrder_ = signedJson(order, owner_);
        const Reply reply = publish("dataset", firstOrder_, owner_);
        QCOMPARE(reply.status, 200L);
        QCOMPARE(reply.body.at("ok"), json(true));
        const json& published = reply.body.at("published");
        firstHash_ = eth::toHex(iexec::orderHash(domain_, order));
        QCOMPARE(published.at("orderHash").get<std::string>(), firstHash_);
        QCOMPARE(published.at("chainId"), json(domain_.chainId));
        QCOMPARE(published.at("remaining"), json(10));
        QCOMPARE(published.at("status"), json("open"));
        QCOMPARE(published.at("signer"), json(owner_.address.toChecksumHex()));
        QCOMPARE(published.at("bulk"), json(false));
        QVERIFY(
            std::regex_match(published.at("publicationTimestamp").get<std::string>(),
                             std::regex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")));
        const json& stored = published.at("order");
        QCOMPARE(stored.at("dataset"), json(dataset_.toChecksumHex()));
        QCOMPARE(stored.at("datasetprice"), json(5)); // numbers, as the real API stores them
        QCOMPARE(stored.at("volume"), json(10));
        QCOMPARE(stored.at("apprestrict"), json(app_.toChecksumHex()));
        QCOMPARE(stored.at("sign"), firstOrder_.at("sign"));
        QCOMPARE(stored.size(), std::size_t(9));

        // The same order again.
        const Reply again = publish("dataset", firstOrder_, owner_);
        QCOMPARE(again.status, 403L);
        QCOMPARE(again.body.at("error"), json("order already published"));

        // One by hash.
        const Reply one = send("GET", "/datasetorders/" + firstHash_ + q());
        QCOMPARE(one.status, 200L);
        QCOMPARE(one.body.at("orderHash"), json(firstHash_));
        QCOMPARE(one.body.at("chainId"), json(chainId_)); // the query's string, as the real API
        QCOMPARE(one.body.at("order"), stored);
        QCOMPARE(one.body.at("remaining"), json(10));
        QCOMPARE(one.body.at("status"), json("open"));
        QCOMPARE(one.body.at("signer"), json(owner_.address.toChecksumHex()));
        QVERIFY(one.body.contains("publicationTimestamp"));
        const Reply missing = send("GET", "/datasetorders/0x" + std::string(64, '0') + q());
        QCOMPARE(missing.status, 404L);
        QCOMPARE(missing.body, json({{"ok", false}, {"error", "datasetorder not found"}}));
        QCOMPARE(send("GET", "/datasetorders/0x1234" + q()).status, 400L);
        QCOMPARE(send("GET", "/apporders/" + firstHash_ + q()).status, 404L);
    }

    void authorizationIsCheckedAndSingleUse() {
        const auto order = datasetOrder(dataset_, 1, 1);
        const std::string body = json{{"order", signedJson(order, owner_)}}.dump();
        const std::string target = "/datasetorders" + q();
        const auto expectRefused = [&](const Reply& reply) {
            QCOMPARE(reply.status, 403L);
            QCOMPARE(reply.body, json({{"ok", false}, {"error", "invalid authorization"}}));
        };
        expectRefused(send("POST", target, body));                       // none
        expectRefused(send("POST", target, body, std::string("a_b_c"))); // garbage
        // The owner's challenge signed by someone else.
        {
            const Reply c =
                send("GET", "/challenge" + q() + "&address=" + owner_.address.toChecksumHex());
            const auto typed = eth::Eip712::fromJson(c.body.at("data"));
            expectRefused(send("POST", target, body,
                               eth::toHex(typed.digest()) + "_" +
                                   eth::toHex(typed.sign(stranger_.key)) + "_" +
                                   owner_.address.toChecksumHex()));
            // A hash that is not the challenge's.
            expectRefused(send("POST", target, body,
                               "0x" + std::string(64, 'a') + "_" +
                                   eth::toHex(typed.sign(owner_.key)) + "_" +
                                   owner_.address.toChecksumHex()));
        }
        // Used once, then refused.
        const std::string auth = authorization(owner_);
        QCOMPARE(send("POST", target, body, auth).status, 200L);
        expectRefused(send("POST", target,
                           json{{"order", signedJson(datasetOrder(dataset_, 1, 1), owner_)}}.dump(),
                           auth));
        // The chain id is checked before anything else.
        QCOMPARE(send("POST", "/datasetorders?chainId=1", body, authorization(owner_)).status,
                 400L);
    }

    void publishRefusesWhatTheRealApiRefuses() {
        // Signed by someone else than the dataset's owner.
        const Reply badSign =
            publish("dataset", signedJson(datasetOrder(dataset_, 1, 1), stranger_), owner_);
        QCOMPARE(badSign.status, 403L);
        QCOMPARE(badSign.body.at("error"), json("invalid sign"));
        // Published by someone else than the owner, even with the owner's signature.
        const Reply notSigner =
            publish("dataset", signedJson(datasetOrder(dataset_, 1, 1), owner_), stranger_);
        QCOMPARE(notSigner.status, 403L);
        QCOMPARE(
            notSigner.body.at("error"),
            json("only order signer " + owner_.address.toChecksumHex() + " can publish an order"));
        // Not a registered dataset (an app's address, an account).
        for (const Address& notDataset : {app_, owner_.address}) {
            const Reply reply =
                publish("dataset", signedJson(datasetOrder(notDataset, 1, 1), owner_), owner_);
            QCOMPARE(reply.status, 403L);
            QCOMPARE(reply.body.at("error"), json("Resource not deployed"));
        }
        // Malformed orders.
        json order = signedJson(datasetOrder(dataset_, 1, 1), owner_);
        const auto malformed = [&](json bad, const std::string& expected) {
            const Reply reply = publish("dataset", bad, owner_);
            QCOMPARE(reply.status, 400L);
            QCOMPARE(reply.body.at("ok"), json(false));
            QCOMPARE(reply.body.at("error").get<std::string>(), expected);
        };
        json b = order;
        b["volume"] = 0;
        malformed(b, "order.volume must be greater than or equal to 1");
        b = order;
        b["datasetprice"] = "-1";
        malformed(b, "order.datasetprice must be a `number` type");
        b = order;
        b["datasetprice"] = "9007199254740992";
        malformed(b, "order.datasetprice must be less than or equal to 9007199254740991");
        b = order;
        b["tag"] = "0x01";
        malformed(b, "order.tag must be a bytes32 hexstring");
        b = order;
        b["apprestrict"] = "0xnope";
        malformed(b, "order.apprestrict is not a valid ethereum address");
        b = order;
        b.erase("salt");
        malformed(b, "order.salt is a required field");
        b = order;
        b.erase("sign");
        malformed(b, "order.sign is a required field");
        const std::string target = "/datasetorders" + q();
        QCOMPARE(send("POST", target, "{}", authorization(owner_)).status, 400L);
        QCOMPARE(send("POST", target, "not json", authorization(owner_)).status, 400L);
        const std::string huge = "{\"order\":\"" + std::string(3u << 20, 'x') + "\"}";
        QCOMPARE(send("POST", target, huge, authorization(owner_)).status, 413L);
        // A signature that is not even hex: the real API's verifySignature says invalid.
        b = order;
        b["sign"] = "0xzz";
        QCOMPARE(publish("dataset", b, owner_).status, 403L);
        // Nothing of the above was stored.
        const Reply all = book("dataset", "&dataset=" + dataset_.toChecksumHex() + "&app=any" +
                                              "&requester=any&workerpool=any");
        QCOMPARE(all.body.at("count"), json(2));
    }

    void orderbookFiltersAsTheRealApi() {
        // Dataset 2: a spread of orders.
        const Address user = requester_.address;
        const std::string free = publishDataset(datasetOrder(dataset2_, 0, 100));
        const std::string forApp = publishDataset(datasetOrder(dataset2_, 3, 5, 0x01, app_));
        const std::string forUser = publishDataset(datasetOrder(dataset2_, 2, 1, 0x03, {}, user));
        const std::string bulk =
            publishDataset(datasetOrder(dataset2_, 0, 9007199254740991ull, 0x01));
        const std::string base = "&dataset=" + dataset2_.toChecksumHex();

        // No restriction filter given: unrestricted orders only. Sorted by price.
        Reply r = book("dataset", base);
        QCOMPARE(r.status, 200L);
        QCOMPARE(r.body.at("ok"), json(true));
        QCOMPARE(r.body.at("count"), json(2));
        QVERIFY(!r.body.contains("nextPage"));
        const auto unrestricted = hashesOf(r);
        QCOMPARE(unrestricted.size(), std::size_t(2));
        QVERIFY(std::find(unrestricted.begin(), unrestricted.end(), free) != unrestricted.end());
        QVERIFY(std::find(unrestricted.begin(), unrestricted.end(), bulk) != unrestricted.end());
        for (const auto& entry : r.body.at("orders")) {
            for (const char* key : {"orderHash", "order", "chainId", "remaining", "status",
                                    "publicationTimestamp", "signer", "bulk"})
                QVERIFY2(entry.contains(key), key);
            QCOMPARE(entry.at("chainId"), json(domain_.chainId));
        }

        // app: non-strict takes the unrestricted ones too; strict only the app's.
        r = book("dataset", base + "&app=" + app_.toChecksumHex());
        QCOMPARE(r.body.at("count"), json(3));
        r = book("dataset", base + "&app=" + app_.toLowerHex() + "&isAppStrict=true");
        QCOMPARE(hashesOf(r), std::vector<std::string>{forApp});
        r = book("dataset", base + "&app=" + app2_.toChecksumHex() + "&isAppStrict=true");
        QCOMPARE(r.body.at("count"), json(0));
        // requester
        r = book("dataset",
                 base + "&requester=" + user.toChecksumHex() + "&isRequesterStrict=true");
        QCOMPARE(hashesOf(r), std::vector<std::string>{forUser});
        // any: everything on the dataset, sorted by price then publication.
        r = book("dataset", base + "&app=any&requester=any&workerpool=any");
        QCOMPARE(r.body.at("count"), json(4));
        const auto everything = hashesOf(r);
        QCOMPARE(everything.back(), forApp); // the dearest
        QCOMPARE(everything[2], forUser);
        // Tags: minTag needs every bit, maxTag allows no other bit.
        r = book("dataset", base + "&app=any&requester=any&minTag=0x" + std::string(63, '0') + "2");
        QCOMPARE(hashesOf(r), std::vector<std::string>{forUser});
        r = book("dataset", base + "&app=any&requester=any&maxTag=0x" + std::string(63, '0') + "1");
        QCOMPARE(r.body.at("count"), json(3));
        r = book("dataset", base + "&app=any&requester=any&maxTag=0x" + std::string(64, '0'));
        QCOMPARE(hashesOf(r), std::vector<std::string>{free});
        // minVolume, bulkOnly.
        r = book("dataset", base + "&app=any&requester=any&minVolume=6");
        QCOMPARE(r.body.at("count"), json(2));
        r = book("dataset", base + "&app=any&requester=any&bulkOnly=true");
        QCOMPARE(hashesOf(r), std::vector<std::string>{bulk});
        QCOMPARE(r.body.at("orders").at(0).at("bulk"), json(true));
        // datasetOwner instead of dataset: both datasets.
        r = book("dataset",
                 "&datasetOwner=" + owner_.address.toChecksumHex() + "&app=any&requester=any");
        QCOMPARE(r.body.at("count"), json(6));
        // dataset=any
        r = book("dataset", "&dataset=any&app=any&requester=any");
        QCOMPARE(r.body.at("count"), json(6));

        // Refusals.
        QCOMPARE(book("dataset", "").status, 400L); // dataset or datasetOwner
        QCOMPARE(book("dataset", base + "&app=0x12").status, 400L);
        QCOMPARE(book("dataset", base + "&isAppStrict=maybe").status, 400L);
        QCOMPARE(book("dataset", base + "&minTag=0x01").status, 400L);
        QCOMPARE(book("dataset", base + "&minVolume=0").status, 400L);
        QCOMPARE(book("dataset", base + "&pageSize=9").status, 400L);
        QCOMPARE(book("dataset", base + "&pageSize=1001").status, 400L);
        QCOMPARE(send("GET", "/datasetorders?chainId=5" + base).status, 400L);
        QCOMPARE(send("GET", "/datasetorders?" + base.substr(1)).status, 400L); // no chainId
    }

    void orderbookPages() {
        const Address paged = chain_->createDataset(owner_.address, "paged data");
        std::vector<std::string> published;
        for (std::uint64_t price = 0; price < 12; ++price)
            published.push_back(publishDataset(datasetOrder(paged, price, 1)));
        const std::string base = "&dataset=" + paged.toChecksumHex();
        Reply first = book("dataset", base + "&pageSize=10");
        QCOMPARE(first.body.at("count"), json(12));
        QCOMPARE(first.body.at("orders").size(), std::size_t(10));
        QCOMPARE(first.body.at("nextPage"), json(10));
        QCOMPARE(hashesOf(first).front(), published.front()); // cheapest first
        Reply second = book("dataset", base + "&pageSize=10&pageIndex=1");
        QCOMPARE(second.body.at("orders").size(), std::size_t(2));
        QVERIFY(!second.body.contains("nextPage"));
        QCOMPARE(hashesOf(second).back(), published.back());
        // The default page is 20; the deprecated `page` is an offset.
        QCOMPARE(book("dataset", base).body.at("orders").size(), std::size_t(12));
        QCOMPARE(book("dataset", base + "&page=11").body.at("orders").size(), std::size_t(1));
    }

    void appWorkerpoolAndRequestOrders() {
        // App orders: by the app's owner.
        iexec::AppOrder appOrder;
        appOrder.app = app_;
        appOrder.volume = 10;
        appOrder.tag = tagOf(0x01);
        appOrder.salt = randomSalt();
        Reply r = publish("app", signedJson(appOrder, appOwner_), appOwner_);
        QCOMPARE(r.status, 200L);
        QVERIFY(!r.body.at("published").contains("bulk"));
        r = publish("app", signedJson(appOrder, owner_), owner_);
        QCOMPARE(r.status, 403L);
        QCOMPARE(book("app", "&app=" + app_.toChecksumHex()).body.at("count"), json(1));
        QCOMPARE(book("app", "&appOwner=" + appOwner_.address.toChecksumHex()).body.at("count"),
                 json(1));
        QCOMPARE(book("app", "").status, 400L); // app or appOwner

        // Workerpool orders: the owner's stake must cover 30% of the price.
        iexec::WorkerpoolOrder poolOrder;
        poolOrder.workerpool = pool_;
        poolOrder.volume = 3;
        poolOrder.tag = tagOf(0x01);
        poolOrder.salt = randomSalt();
        r = publish("workerpool", signedJson(poolOrder, poolOwner_), poolOwner_);
        QCOMPARE(r.status, 200L);
        iexec::WorkerpoolOrder dear = poolOrder;
        dear.workerpoolprice = 100;
        dear.salt = randomSalt();
        r = publish("workerpool", signedJson(dear, poolOwner_), poolOwner_);
        QCOMPARE(r.status, 403L);
        QCOMPARE(r.body.at("error"),
                 json("workerpool owner's stake is too low to cover required workerpool lock"));
        r = book("workerpool", "&workerpool=" + pool_.toChecksumHex() + "&category=0");
        QCOMPARE(r.body.at("count"), json(1));
        QCOMPARE(book("workerpool", "&category=1").body.at("count"), json(0));
        QCOMPARE(book("workerpool", "&minTag=0x" + std::string(63, '0') + "3").body.at("count"),
                 json(0));

        // Request orders: by the requester, needing matching app and dataset orders.
        iexec::RequestOrder request;
        request.app = app_;
        request.dataset = dataset_;
        request.datasetmaxprice = 10;
        request.requester = requester_.address;
        request.volume = 1;
        request.tag = tagOf(0x01);
        request.beneficiary = requester_.address;
        request.params = "{\"iexec_args\":\"x\"}";
        request.salt = randomSalt();
        r = publish("request", signedJson(request, requester_), requester_);
        // The dataset's cheapest order open to app_ costs 1 (stake 0 covers a total of 0 only).
        QCOMPARE(r.status, 403L);
        QVERIFY2(r.body.at("error").get<std::string>().starts_with(
                     "requester stake is too low to cover requestorder payment"),
                 r.body.dump().c_str());
        request.datasetmaxprice = 0;
        r = publish("request", signedJson(request, requester_), requester_);
        QCOMPARE(r.status, 403L);
        QCOMPARE(r.body.at("error"),
                 json("datasetmaxprice for dataset " + dataset_.toChecksumHex() +
                      " is too low, actual best price is 1 nRLC"));
        iexec::RequestOrder noApp = request;
        noApp.app = app2_;
        noApp.dataset = {};
        r = publish("request", signedJson(noApp, requester_), requester_);
        QCOMPARE(r.status, 403L);
        QCOMPARE(r.body.at("error"),
                 json("No tee enabled apporder published for app " + app2_.toChecksumHex()));
        iexec::RequestOrder ok = request;
        ok.dataset = {};
        r = publish("request", signedJson(ok, requester_), requester_);
        QCOMPARE(r.status, 200L);
        QCOMPARE(r.body.at("published").at("order").at("params"), json(ok.params));
        r = publish("request", signedJson(ok, stranger_), stranger_);
        QCOMPARE(r.status, 403L); // the requester is the signer
        r = book("request", "&requester=" + requester_.address.toChecksumHex());
        QCOMPARE(r.body.at("count"), json(1));
        r = book("request",
                 "&app=" + app_.toChecksumHex() + "&workerpool=" + pool_.toChecksumHex());
        QCOMPARE(r.body.at("count"), json(1)); // not strict: unrestricted workerpool
        r = book("request", "&workerpool=" + pool_.toChecksumHex() + "&isWorkerpoolStrict=true");
        QCOMPARE(r.body.at("count"), json(0));
    }

    void unpublishes() {
        const Address d = chain_->createDataset(owner_.address, "unpublish data");
        const std::string a = publishDataset(datasetOrder(d, 1, 1));
        const std::string b = publishDataset(datasetOrder(d, 2, 1));
        const std::string c = publishDataset(datasetOrder(d, 3, 1));
        const std::string target = "/datasetorders" + q();

        // By hash: only the signer.
        Reply r =
            send("PUT", target, json{{"target", "unpublish_orderHash"}, {"orderHash", a}}.dump(),
                 authorization(stranger_));
        QCOMPARE(r.status, 403L);
        QCOMPARE(r.body.at("error"), json("only order signer " + owner_.address.toChecksumHex() +
                                          " can unpublish an order"));
        r = send("PUT", target, json{{"orderHash", a}}.dump(), authorization(owner_));
        QCOMPARE(r.status, 200L);
        QCOMPARE(r.body, json({{"ok", true}, {"unpublished", json::array({a})}}));
        r = send("PUT", target, json{{"orderHash", a}}.dump(), authorization(owner_));
        QCOMPARE(r.status, 403L);
        QCOMPARE(r.body.at("error"),
                 json("datasetorder with orderHash " + a + " is not published"));
        QCOMPARE(send("GET", "/datasetorders/" + a + q()).status, 404L);

        // Last, then all.
        r = send("PUT", target,
                 json{{"target", "unpublish_last"}, {"dataset", d.toChecksumHex()}}.dump(),
                 authorization(owner_));
        QCOMPARE(r.body, json({{"ok", true}, {"unpublished", json::array({c})}}));
        const std::string e = publishDataset(datasetOrder(d, 4, 1));
        r = send("PUT", target,
                 json{{"target", "unpublish_all"}, {"dataset", d.toLowerHex()}}.dump(),
                 authorization(owner_));
        QCOMPARE(r.status, 200L);
        auto gone = r.body.at("unpublished").get<std::vector<std::string>>();
        std::sort(gone.begin(), gone.end());
        std::vector<std::string> expected{b, e};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(gone, expected);
        r = send("PUT", target,
                 json{{"target", "unpublish_all"}, {"dataset", d.toLowerHex()}}.dump(),
                 authorization(owner_));
        QCOMPARE(r.status, 403L);
        QCOMPARE(book("dataset", "&dataset=" + d.toChecksumHex()).body.at("count"), json(0));

        // Malformed.
        QCOMPARE(send("PUT", target, json{{"target", "unpublish_everything"}}.dump(),
                      authorization(owner_))
                     .status,
                 400L);
        QCOMPARE(
            send("PUT", target, json{{"target", "unpublish_all"}}.dump(), authorization(owner_))
                .status,
            400L);
        QCOMPARE(
            send("PUT", target, json{{"orderHash", "0x12"}}.dump(), authorization(owner_)).status,
            400L);
        QCOMPARE(send("PUT", target, json{{"orderHash", b}}.dump()).status, 403L); // no login
    }

    void aClosedOrderLeavesTheBook() {
        try {
            const Address d = chain_->createDataset(owner_.address, "closed data");
            const auto order = datasetOrder(d, 0, 3);
            const std::string hash = publishDataset(order);
            const std::string base = "&dataset=" + d.toChecksumHex();
            QCOMPARE(book("dataset", base).body.at("count"), json(1));
            // The owner revokes it on chain: manageDatasetOrder CLOSE (consumed := volume).
            const auto b32 = [](const Hash32& h) {
                return AbiValue::bytes(Bytes(h.begin(), h.end()));
            };
            const AbiValue tuple = AbiValue::list(
                {AbiValue::list({AbiValue::address(d), AbiValue::number(0), AbiValue::number(3),
                                 b32(order.tag), AbiValue::address({}), AbiValue::address({}),
                                 AbiValue::address({}), b32(order.salt), AbiValue::bytes({})}),
                 AbiValue::number(1), AbiValue::bytes({})});
            chain_->sender(owner_.address)
                .transact(chain_->deployment().hub,
                          "manageDatasetOrder(((address,uint256,uint256,bytes32,address,address,"
                          "address,bytes32,bytes),uint8,bytes))",
                          {tuple});
            Reply r = book("dataset", base);
            QCOMPARE(r.body.at("count"), json(0));
            r = send("GET", "/datasetorders/" + hash + q());
            QCOMPARE(r.status, 200L);
            QCOMPARE(r.body.at("status"), json("canceled"));
            QCOMPARE(r.body.at("remaining"), json(0));
            // Nor can it be unpublished or published again.
            QCOMPARE(send("PUT", "/datasetorders" + q(), json{{"orderHash", hash}}.dump(),
                          authorization(owner_))
                         .status,
                     403L);
            QCOMPARE(publish("dataset", signedJson(order, owner_), owner_).status, 403L);
            // A closed order that was never published cannot be published.
            const auto unpublishedClosed = datasetOrder(d, 0, 1);
            const AbiValue tuple2 = AbiValue::list(
                {AbiValue::list({AbiValue::address(d), AbiValue::number(0), AbiValue::number(1),
                                 b32(unpublishedClosed.tag), AbiValue::address({}),
                                 AbiValue::address({}), AbiValue::address({}),
                                 b32(unpublishedClosed.salt), AbiValue::bytes({})}),
                 AbiValue::number(1), AbiValue::bytes({})});
            chain_->sender(owner_.address)
                .transact(chain_->deployment().hub,
                          "manageDatasetOrder(((address,uint256,uint256,bytes32,address,address,"
                          "address,bytes32,bytes),uint8,bytes))",
                          {tuple2});
            r = publish("dataset", signedJson(unpublishedClosed, owner_), owner_);
            QCOMPARE(r.status, 403L);
            QCOMPARE(r.body.at("error"), json("order already consumed"));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aConsumedOrderLeavesTheBook() {
        try {
            const Address d = chain_->createDataset(owner_.address, "consumed data");
            const auto order = datasetOrder(d, 0, 2);
            const std::string hash = publishDataset(order);
            iexec::AppOrder app;
            app.app = app_;
            app.volume = 2;
            app.tag = tagOf(0x01);
            app.salt = randomSalt();
            iexec::WorkerpoolOrder pool;
            pool.workerpool = pool_;
            pool.volume = 2;
            pool.tag = tagOf(0x01);
            pool.salt = randomSalt();
            iexec::RequestOrder request;
            request.app = app_;
            request.dataset = d;
            request.workerpool = pool_;
            request.requester = requester_.address;
            request.volume = 1;
            request.beneficiary = requester_.address;
            const std::string base = "&dataset=" + d.toChecksumHex();

            // One task of two: still open, one remaining.
            request.salt = randomSalt();
            const Hash32 firstDeal = chain_->matchOrders(app, appOwner_, order, owner_, pool,
                                                         poolOwner_, request, requester_);
            Reply r = book("dataset", base);
            QCOMPARE(r.body.at("count"), json(1));
            QCOMPARE(r.body.at("orders").at(0).at("remaining"), json(1));
            QCOMPARE(book("dataset", base + "&minVolume=2").body.at("count"), json(0));

            // The second: filled, out of the book.
            request.salt = randomSalt();
            chain_->matchOrders(app, appOwner_, order, owner_, pool, poolOwner_, request,
                                requester_);
            QCOMPARE(book("dataset", base).body.at("count"), json(0));
            r = send("GET", "/datasetorders/" + hash + q());
            QCOMPARE(r.body.at("status"), json("filled"));
            QCOMPARE(r.body.at("remaining"), json(0));

            // The two deals, indexed from OrdersMatched, newest first.
            r = send("GET", "/deals" + q() + "&dataset=" + d.toLowerHex());
            QCOMPARE(r.status, 200L);
            QCOMPARE(r.body.at("ok"), json(true));
            QCOMPARE(r.body.at("count"), json(2));
            QVERIFY(!r.body.contains("nextPage"));
            const json& newest = r.body.at("deals").at(0);
            const json& oldest = r.body.at("deals").at(1);
            QVERIFY(newest.at("blockNumber").get<std::uint64_t>() >
                    oldest.at("blockNumber").get<std::uint64_t>());
            QCOMPARE(oldest.at("dealid"), json(eth::toHex(firstDeal)));
            QCOMPARE(oldest.at("chainId"), json(domain_.chainId));
            QCOMPARE(oldest.at("app"), json({{"pointer", app_.toChecksumHex()},
                                             {"price", 0},
                                             {"owner", appOwner_.address.toChecksumHex()}}));
            QCOMPARE(oldest.at("dataset").at("owner"), json(owner_.address.toChecksumHex()));
            QCOMPARE(oldest.at("workerpool").at("pointer"), json(pool_.toChecksumHex()));
            QCOMPARE(oldest.at("requester"), json(requester_.address.toChecksumHex()));
            QCOMPARE(oldest.at("datasetHash"), json(hash));
            QCOMPARE(oldest.at("appHash"), json(eth::toHex(iexec::orderHash(domain_, app))));
            QCOMPARE(oldest.at("volume"), json(1));
            QCOMPARE(oldest.at("botSize"), json(1));
            QCOMPARE(oldest.at("tag"), json(eth::toHex(tagOf(0x01))));
            QVERIFY(
                std::regex_match(oldest.at("blockTimestamp").get<std::string>(),
                                 std::regex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z")));
            QVERIFY(oldest.at("transactionHash").get<std::string>().size() == 66);
            QCOMPARE(send("GET", "/deals" + q() + "&datasetorderHash=" + hash).body.at("count"),
                     json(2));
            QCOMPARE(send("GET", "/deals" + q() + "&requester=" + stranger_.address.toChecksumHex())
                         .body.at("count"),
                     json(0));
            QCOMPARE(send("GET", "/deals" + q() + "&datasetOwner=" +
                                     owner_.address.toChecksumHex() + "&pageSize=10&pageIndex=0")
                         .body.at("count"),
                     json(2));
            const Reply one = send("GET", "/deals/" + eth::toHex(firstDeal) + q());
            QCOMPARE(one.status, 200L);
            QCOMPARE(one.body.at("ok"), json(true));
            QCOMPARE(one.body.at("dealid"), json(eth::toHex(firstDeal)));
            QCOMPARE(one.body.at("params"), json(""));
            QCOMPARE(send("GET", "/deals/0x" + std::string(64, '0') + q()).status, 404L);
            QCOMPARE(send("GET", "/deals/0x12" + q()).status, 400L);
            QCOMPARE(send("GET", "/deals" + q() + "&app=0x12").status, 400L);
            QCOMPARE(send("GET", "/deals?chainId=1").status, 400L);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void ordersSurviveARestart() {
        const Reply before = book("dataset", "&dataset=any&app=any&requester=any");
        market_->stop();
        market_.reset();
        startMarket();
        const Reply after = book("dataset", "&dataset=any&app=any&requester=any");
        QCOMPARE(after.body.at("count"), before.body.at("count"));
        QCOMPARE(after.body.at("orders"), before.body.at("orders"));
        const Reply one = send("GET", "/datasetorders/" + firstHash_ + q());
        QCOMPARE(one.status, 200L);
        QCOMPARE(one.body.at("order").at("sign"), firstOrder_.at("sign"));
    }

    void openOrdersPerSignerAreCapped() {
        market_->stop();
        market_.reset();
        startMarket(3); // the owner already has more than 3 open dataset orders
        const Reply r =
            publish("dataset", signedJson(datasetOrder(dataset_, 7, 1), owner_), owner_);
        QCOMPARE(r.status, 403L);
        QCOMPARE(r.body.at("error"), json("maximum of 3 published open datasetorder has been "
                                          "reached for wallet " +
                                          owner_.address.toChecksumHex()));
    }

    void cleanupTestCase() {
        market_.reset();
        chain_.reset();
    }
};

QTEST_GUILESS_MAIN(MarketServiceTest)
#include "tst_marketservice.moc"
