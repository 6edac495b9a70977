// Strongroom's grants as the reference SDKs see them, on the whole sandbox (anvil with PoCo and
// DataProtector, market API, SMS, IPFS): the iexec SDK's fetchDatasetOrderbook finds each grant
// with the same fields and signature, and no longer after a revoke; @iexec/dataprotector's
// getGrantedAccess agrees with AccessService::list field for field; and a protected data made
// by the DataProtector SDK's own protectData shows in DatasetCatalog's listing, with its schema,
// and its content passes our verify.

#include "../integration/SandboxTestChain.h"
#include "NodeScript.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/TransactionManager.h"
#include "iexec/AccessService.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/Multiaddr.h"
#include "iexec/PocoHub.h"
#include "sandbox/IpfsService.h"
#include "sandbox/SandboxNetwork.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace sr;
using eth::Address;
using eth::U256;
using nlohmann::json;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// An order as the market and the SDK print it, reduced to what both sides must agree on.
json orderFields(const json& order) {
    json out;
    for (const char* key : {"dataset", "datasetprice", "volume", "tag", "apprestrict",
                            "workerpoolrestrict", "requesterrestrict", "salt", "sign"}) {
        const json& v = order.at(key);
        out[key] = lower(v.is_string() ? v.get<std::string>() : v.dump());
    }
    return out;
}

const json* findOrder(const json& orders, const std::string& hash) {
    for (const auto& o : orders)
        if (lower(o.value("orderHash", "")) == lower(hash))
            return &o;
    return nullptr;
}

} // namespace

class AccessSdkTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    NetworkProfile profile_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    std::unique_ptr<PendingTransactions> journal_;
    std::unique_ptr<eth::TransactionManager> tm_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey user_ = test::devKey(3);
    std::unique_ptr<eth::PrivateKeySigner> signer_;
    Address dataset_;

    json runSdk(bool protect) {
        const json input = {{"rpcUrl", profile_.rpcUrls.at(0)},
                            {"hubAddress", profile_.hub},
                            {"smsURL", profile_.sms},
                            {"iexecGatewayURL", profile_.marketApi},
                            {"ipfsNode", profile_.ipfsNode},
                            {"ipfsGateway", profile_.ipfsGateway},
                            {"dataProtector", profile_.dataProtector},
                            {"workerpool", profile_.workerpool},
                            {"ownerKey", eth::toHex(owner_.key.view())},
                            {"owner", owner_.address.toChecksumHex()},
                            {"dataset", dataset_.toChecksumHex()},
                            {"protect", protect ? json{{"name", "made by the SDK"},
                                                       {"data", {{"email", "someone@example.org"}}}}
                                                : json(nullptr)}};
        return test::runNode("access_sdk.mjs", input);
    }

private slots:
    void initTestCase() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        const std::filesystem::path dir = tmp_.path().toStdString();
        try {
            net_ = std::make_unique<sandbox::SandboxNetwork>(
                sandbox::SandboxNetwork::Options{dir / "sandbox"});
            profile_ = net_->profile();
            rpc_ = std::make_unique<eth::JsonRpcClient>(profile_.rpcUrls);
            journal_ = std::make_unique<PendingTransactions>(dir / "strongroom.sqlite");
            tm_ = std::make_unique<eth::TransactionManager>(*rpc_, *journal_, profile_.chainId);
            signer_ = std::make_unique<eth::PrivateKeySigner>(test::devKey(2).key);
            const auto added = net_->services().ipfs().add(asBytes(std::string("encrypted")));
            const iexec::DataProtectorContract dp(Address::fromHex(profile_.dataProtector));
            const auto sent = tm_->send(
                dp.createDatasetWithSchema(owner_.address, "my-email", "{\"email\":\"string\"}",
                                           iexec::p2pMultiaddr(added.cid), Hash32{}),
                *signer_);
            dataset_ = dp.createdDataset(
                             tm_->receipt(tm_->waitForSuccess(sent.id, std::chrono::seconds(30))))
                           ->dataset;
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase() {
        if (net_)
            net_->stop();
    }

    void theSdksSeeOurGrantsAndTheirDataIsListed() {
        iexec::AccessService service(*rpc_, profile_);
        const auto grant = [&](const Address& app, std::optional<Address> user, std::uint64_t price,
                               std::uint64_t volume) {
            iexec::GrantRequest r;
            r.dataset = dataset_;
            r.app = app;
            r.user = user;
            r.price = U256(price);
            r.volume = U256(volume);
            return service.grant(service.prepare(owner_.address, r), *signer_);
        };
        iexec::GrantedAccess anyone, one;
        try {
            anyone = grant(net_->deployment().apps.at(0).address, std::nullopt, 0, 10);
            one = grant(net_->deployment().appWhitelist, user_.address, 1500000000, 2);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        const auto ours = service.list(owner_.address);
        QCOMPARE(ours.size(), std::size_t(2));

        const json r = runSdk(true);
        QVERIFY2(!r.is_null(), "the SDK script failed");
        const auto show = [&](const char* name) { return r.at(name).dump(); };

        // iexec's orderbook: each grant, with the very fields and signature we signed.
        QVERIFY2(!r.at("orderbook").contains("error"), show("orderbook").c_str());
        const json& orders = r.at("orderbook").at("orders");
        QCOMPARE(r.at("orderbook").at("count").get<int>(), 2);
        for (const auto& g : ours) {
            const json* seen = findOrder(orders, eth::toHex(g.orderHash));
            QVERIFY2(seen, show("orderbook").c_str());
            QCOMPARE(orderFields(seen->at("order")), orderFields(g.toJson()));
            QCOMPARE(seen->at("remaining").get<std::uint64_t>(),
                     std::stoull(g.remaining.toDecimal()));
            QCOMPARE(seen->at("status").get<std::string>(), std::string("open"));
        }
        QVERIFY2(!r.at("byOwner").contains("error"), show("byOwner").c_str());
        QCOMPARE(r.at("byOwner").at("count").get<int>(), 2);

        // DataProtector's getGrantedAccess: the same grants, in its own shape.
        QVERIFY2(!r.at("grantedAccess").contains("error"), show("grantedAccess").c_str());
        const json& granted = r.at("grantedAccess").at("grantedAccess");
        QCOMPARE(granted.size(), std::size_t(2));
        for (const auto& g : ours) {
            const json mine = g.toJson();
            bool found = false;
            for (const auto& theirs : granted) {
                if (lower(theirs.at("salt").get<std::string>()) != mine.at("salt"))
                    continue;
                found = true;
                QCOMPARE(orderFields(theirs), orderFields(mine));
                QCOMPARE(theirs.at("remainingAccess").dump(),
                         mine.at("remainingAccess").get<std::string>());
            }
            QVERIFY2(found, show("grantedAccess").c_str());
        }

        // Data made by the SDK's protectData: listed by us, schema and all, content verified.
        QVERIFY2(!r.at("protected").contains("error"), show("protected").c_str());
        const Address made = Address::fromHex(r.at("protected").at("address").get<std::string>());
        iexec::DatasetCatalog catalog(*rpc_, profile_, tmp_.path().toStdString() + "/cat.sqlite");
        const auto list = catalog.refresh(owner_.address);
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&](const auto& d) { return d.address == made; });
        QVERIFY(it != list.end());
        QCOMPARE(it->name, std::string("made by the SDK"));
        QCOMPARE(it->owner, owner_.address);
        QCOMPARE(json::parse(it->schema), r.at("protected").at("schema"));
        QCOMPARE(it->multiaddrText(), r.at("protected").at("multiaddr").get<std::string>());
        QVERIFY(it->createdAt.has_value());
        QVERIFY(catalog.verify(made).matches());
        QCOMPARE(list.size(), std::size_t(2));

        // Revoke the grant to anyone: both SDKs stop seeing it; the other stays.
        try {
            service.revoke({anyone}, *tm_, *signer_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        eth::ContractCaller caller(*rpc_);
        QCOMPARE(caller.call(
                     iexec::PocoHub(Address::fromHex(profile_.hub)).viewConsumed(anyone.orderHash)),
                 U256(10));
        const json after = runSdk(false);
        QVERIFY2(!after.is_null(), "the SDK script failed");
        QCOMPARE(after.at("orderbook").at("count").get<int>(), 1);
        QVERIFY(!findOrder(after.at("orderbook").at("orders"), eth::toHex(anyone.orderHash)));
        QVERIFY(findOrder(after.at("orderbook").at("orders"), eth::toHex(one.orderHash)));
        const json& left = after.at("grantedAccess").at("grantedAccess");
        QCOMPARE(left.size(), std::size_t(1));
        QCOMPARE(lower(left[0].at("salt").get<std::string>()), eth::toHex(one.order.order.salt));
        QCOMPARE(service.list(owner_.address).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(AccessSdkTest)
#include "tst_access_sdk.moc"
