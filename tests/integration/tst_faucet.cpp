// The sandbox faucet on a real anvil with the real RLC: ETH and RLC reach the address, the HTTP
// endpoint rate-limits per address and refuses bad input, the C++ entry point (used by
// `strongroom-sandbox fund`) has no limit, and SandboxServices wires the four services.

#include "SandboxTestChain.h"
#include "sandbox/FaucetService.h"
#include "sandbox/SandboxServices.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace sr;
using eth::AbiType;
using eth::AbiValue;
using eth::Address;
using eth::U256;
using nlohmann::json;

class FaucetTest : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxTestChain> chain_;
    std::unique_ptr<sandbox::FaucetService> faucet_;
    HttpClient http_;

    U256 ether(const Address& who) {
        return U256::parse(chain_->rpc()
                               .call("eth_getBalance", json::array({who.toLowerHex(), "latest"}))
                               .get<std::string>());
    }
    U256 rlc(const Address& who) {
        return chain_->sender(who)
            .call(chain_->deployment().rlc, "balanceOf(address)", {AbiValue::address(who)},
                  {AbiType::uint()})[0]
            .asNumber();
    }
    HttpResponse post(const std::string& base, const std::string& body) {
        HttpRequest request;
        request.method = "POST";
        request.url = base + "/faucet";
        request.body = body;
        request.headers.emplace_back("Content-Type", "application/json");
        return http_.send(request);
    }

private slots:
    void initTestCase() {
        try {
            chain_ = std::make_unique<test::SandboxTestChain>();
            faucet_ = std::make_unique<sandbox::FaucetService>(
                sandbox::FaucetService::Options{.rpcUrl = chain_->rpcUrl(),
                                                .rlc = chain_->deployment().rlc,
                                                .owner = chain_->deployment().owner,
                                                .cooldown = std::chrono::seconds(3600)});
            faucet_->start();
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void httpGrantsEthAndRlcOncePerCooldown() {
        const Address user = Address::fromHex("0x1111111111111111111111111111111111111111");
        const U256 before = ether(user);
        const HttpResponse response =
            post(faucet_->baseUrl(), "{\"address\":\"" + user.toLowerHex() + "\"}");
        QCOMPARE(response.status, 200L);
        QVERIFY(response.header("content-type")->find("application/json") != std::string::npos);
        const json body = json::parse(response.body);
        QCOMPARE(body.at("ok"), json(true));
        QCOMPARE(body.at("address"), json(user.toChecksumHex()));
        QCOMPARE(body.at("eth"), json("10000000000000000000"));
        QCOMPARE(body.at("rlc"), json("1000000000000"));
        QVERIFY(body.at("transactions").at("eth").get<std::string>().starts_with("0x"));
        QVERIFY(body.at("transactions").at("rlc").get<std::string>().starts_with("0x"));
        QCOMPARE(ether(user) - before, sandbox::FaucetAmounts().wei);
        QCOMPARE(rlc(user), sandbox::FaucetAmounts().nRlc);

        // Again, with the address in another case: too soon.
        const HttpResponse again =
            post(faucet_->baseUrl(), "{\"address\":\"" + user.toChecksumHex() + "\"}");
        QCOMPARE(again.status, 429L);
        QVERIFY(again.header("retry-after").has_value());
        const json refused = json::parse(again.body);
        QCOMPARE(refused.at("ok"), json(false));
        QVERIFY(refused.at("retryAfter").get<int>() > 3500);
        QCOMPARE(rlc(user), sandbox::FaucetAmounts().nRlc);
    }

    void httpRefusesBadInput() {
        for (const std::string body :
             {"", "not json", "[]", "{}", "{\"address\":42}", "{\"address\":\"0x1234\"}",
              "{\"address\":\"0x0000000000000000000000000000000000000000\"}"}) {
            const HttpResponse response = post(faucet_->baseUrl(), body);
            QVERIFY2(response.status == 400, body.c_str());
            QCOMPARE(json::parse(response.body).at("ok"), json(false));
        }
        HttpRequest info;
        info.url = faucet_->baseUrl() + "/faucet";
        const json described = json::parse(http_.send(info).body);
        QCOMPARE(described.at("cooldownSeconds"), json(3600));
        QCOMPARE(described.at("rlc"), json("1000000000000"));
    }

    void directFundingHasNoLimit() {
        const Address user = Address::fromHex("0x2222222222222222222222222222222222222222");
        try {
            faucet_->fund(user);
            const auto grant = sandbox::FaucetService::fund(
                chain_->rpc(), chain_->deployment().rlc, chain_->deployment().owner, user,
                sandbox::FaucetAmounts{.wei = U256(5), .nRlc = U256(7)});
            QCOMPARE(grant.to, user);
            QVERIFY(grant.rlcTransaction.starts_with("0x"));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QCOMPARE(rlc(user), sandbox::FaucetAmounts().nRlc + U256(7));
        try {
            faucet_->fund(Address());
            QFAIL("funded the zero address");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
    }

    void aDryFaucetSaysSo() {
        // Dev account 5 has ETH but no RLC: the RLC transfer reverts.
        sandbox::FaucetService dry(
            sandbox::FaucetService::Options{.rpcUrl = chain_->rpcUrl(),
                                            .rlc = chain_->deployment().rlc,
                                            .owner = test::devKey(5).address});
        dry.start();
        const HttpResponse response =
            post(dry.baseUrl(), "{\"address\":\"0x3333333333333333333333333333333333333333\"}");
        QCOMPARE(response.status, 500L);
        QCOMPARE(json::parse(response.body).at("ok"), json(false));
    }

    void sandboxServicesWireTheFour() {
        QTemporaryDir dir;
        try {
            sandbox::SandboxServices services(
                sandbox::SandboxServices::Options{.rpcUrl = chain_->rpcUrl(),
                                                  .deployment = chain_->deployment(),
                                                  .stateDir = dir.path().toStdString() + "/svc"});
            services.start();
            const json endpoints = services.endpoints();
            std::set<std::string> urls;
            for (const char* key : {"sms", "iexecGateway", "faucet", "ipfsNode"}) {
                QVERIFY(endpoints.at(key).get<std::string>().starts_with("http://127.0.0.1:"));
                urls.insert(endpoints.at(key).get<std::string>());
            }
            QCOMPARE(urls.size(), std::size_t(4));
            QCOMPARE(endpoints.at("ipfsGateway"), endpoints.at("ipfsNode"));
            const auto added = services.ipfs().add(asBytes("hello sandbox"));
            HttpRequest cat;
            cat.url = services.ipfsUrl() + "/ipfs/" + added.cid.toString();
            QCOMPARE(http_.send(cat).body, std::string("hello sandbox"));
            HttpRequest head;
            head.method = "HEAD";
            head.url = services.smsUrl() +
                       "/secrets/web3?secretAddress=" + chain_->deployment().hub.toLowerHex();
            QCOMPARE(http_.send(head).status, 404L);
            HttpRequest version;
            version.url = services.marketUrl() + "/version";
            QCOMPARE(http_.send(version).status, 200L);
            QCOMPARE(services.market().chainId(), chain_->rpc().chainId());
            services.stop();
            services.stop(); // idempotent
            QVERIFY(std::filesystem::exists(dir.path().toStdString() + "/svc/sms/sms.key"));
            QVERIFY(
                std::filesystem::exists(dir.path().toStdString() + "/svc/market/market.sqlite"));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase() {
        faucet_.reset();
        chain_.reset();
    }
};

QTEST_GUILESS_MAIN(FaucetTest)
#include "tst_faucet.moc"
