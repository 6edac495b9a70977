// Where an app runs: on Arbitrum a TDX app has no MREnclave, its TEE framework
// is the tag of its app orders (bit 0 TEE, 1 SCONE, 2 GRAMINE, 3 TDX); an old
// SGX app may still name it in its MREnclave. And an app order as the market
// API serves it, read strictly.

#include "eth/Hex.h"
#include "iexec/AppCatalog.h"
#include "iexec/IexecOrders.h"
#include "iexec/MarketClient.h"
#include "util/Error.h"

#include <QtTest>

using namespace sr;
using namespace sr::iexec;

namespace {

Hash32 tagOf(std::uint8_t low) {
    Hash32 tag{};
    tag[31] = low;
    return tag;
}

AppOrder orderTagged(std::uint8_t low) {
    AppOrder o;
    o.app = eth::Address::fromHex("0x1111111111111111111111111111111111111111");
    o.volume = eth::U256(10);
    o.tag = tagOf(low);
    return o;
}

Bytes textBytes(const std::string& text) {
    return Bytes(text.begin(), text.end());
}

OrderDomain domain() {
    OrderDomain d;
    d.chainId = 421614;
    d.verifyingContract = eth::Address::fromHex("0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E");
    return d;
}

nlohmann::json entryOf(const AppOrder& order) {
    nlohmann::json o = toJson(order);
    o["sign"] = "0x" + std::string(130, '1');
    return {{"orderHash", eth::toHex(orderHash(domain(), order))},
            {"order", o},
            {"remaining", std::uint64_t(7)},
            {"status", "open"},
            {"publicationTimestamp", "2026-01-01T00:00:00.000Z"},
            {"signer", "0x2222222222222222222222222222222222222222"},
            {"chainId", "421614"}};
}

} // namespace

class AppOrdersTest : public QObject {
    Q_OBJECT

private slots:
    void theTagNamesTheFramework() {
        QCOMPARE(teeFrameworkOfTag(tagOf(0x09)), std::string("TDX"));
        QCOMPARE(teeFrameworkOfTag(tagOf(0x03)), std::string("SCONE"));
        QCOMPARE(teeFrameworkOfTag(tagOf(0x05)), std::string("GRAMINE"));
        QCOMPARE(teeFrameworkOfTag(tagOf(0x01)), std::string("SGX"));
        // A framework bit without the TEE bit asks for no TEE: PoCo only reads bit
        // 0.
        QCOMPARE(teeFrameworkOfTag(tagOf(0x08)), std::string());
        QCOMPARE(teeFrameworkOfTag(tagOf(0x00)), std::string());
        Hash32 gpu = tagOf(0x09);
        gpu[30] = 0x01; // bit 8, gpu, beside TEE + TDX
        QCOMPARE(teeFrameworkOfTag(gpu), std::string("TDX"));
    }

    void theOrdersComeFirst() {
        const Bytes sgxEnclave = textBytes("{\"framework\":\"SCONE\",\"version\":\"v5\"}");
        AppTee tee = appTeeOf({orderTagged(0x09)}, {});
        QCOMPARE(tee.framework, std::string("TDX"));
        QCOMPARE(tee.source, TeeSource::AppOrders);
        QVERIFY(tee.known());
        // Orders without the TEE bit: not confidential, whatever an MREnclave says.
        tee = appTeeOf({orderTagged(0x00)}, sgxEnclave);
        QCOMPARE(tee.framework, std::string());
        QCOMPARE(tee.source, TeeSource::AppOrders);
        QVERIFY(tee.known());
        // Any TDX order makes it a TDX app; TDX before SCONE before GRAMINE before
        // SGX.
        tee = appTeeOf({orderTagged(0x00), orderTagged(0x03), orderTagged(0x09)}, {});
        QCOMPARE(tee.framework, std::string("TDX"));
        tee = appTeeOf({orderTagged(0x01), orderTagged(0x05)}, {});
        QCOMPARE(tee.framework, std::string("GRAMINE"));
    }

    void withoutOrdersTheMrEnclaveElseUnknown() {
        AppTee tee = appTeeOf({}, textBytes("{\"framework\":\"scone\"}"));
        QCOMPARE(tee.framework, std::string("SCONE"));
        QCOMPARE(tee.source, TeeSource::MrEnclave);
        tee = appTeeOf({}, {});
        QCOMPARE(tee.framework, std::string());
        QCOMPARE(tee.source, TeeSource::NoOrder);
        QVERIFY(!tee.known());
        // An MREnclave that names no framework tells nothing either.
        tee = appTeeOf({}, textBytes("not json"));
        QCOMPARE(tee.source, TeeSource::NoOrder);
    }

    void anAppOrderEntryIsReadStrictly() {
        const AppOrder order = orderTagged(0x09);
        const auto read = MarketClient::parseAppOrder(entryOf(order), domain());
        QCOMPARE(read.order.order, order);
        QCOMPARE(read.remaining, std::uint64_t(7));
        QCOMPARE(read.status, std::string("open"));
        QCOMPARE(read.orderHash, orderHash(domain(), order));

        auto lie = entryOf(order);
        lie["order"]["tag"] = eth::toHex(tagOf(0x00)); // the hash no longer matches
        auto noApp = entryOf(order);
        noApp["order"].erase("app");
        auto otherChain = entryOf(order);
        otherChain["chainId"] = 1;
        auto negative = entryOf(order);
        negative["remaining"] = -1;
        auto unknownStatus = entryOf(order);
        unknownStatus["status"] = "pending";
        for (const auto& bad : {lie, noApp, otherChain, negative, unknownStatus}) {
            try {
                MarketClient::parseAppOrder(bad, domain());
                QFAIL(qPrintable(QString::fromStdString("accepted: " + bad.dump())));
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Corrupt);
                QVERIFY(std::string(e.what()).starts_with("The market API sent a malformed reply"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(AppOrdersTest)
#include "tst_apporders.moc"
