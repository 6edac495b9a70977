// iExec orders: EIP-712 type hashes against the constants of PoCo's IexecLibOrders_v5,
// JSON round trips, signatures that recover to the signer, and corrupt order documents.

#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"
#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "util/Error.h"

#include <QtTest>

using nlohmann::json;
using sr::Error;
using sr::ErrorCode;
using sr::eth::Address;
using sr::eth::Eip712;
using sr::eth::toHex;
using sr::eth::U256;

namespace {

sr::iexec::OrderDomain arbitrumOne() {
    sr::iexec::OrderDomain d;
    d.chainId = 42161;
    d.verifyingContract = Address::fromHex("0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0");
    return d;
}

sr::iexec::DatasetOrder sampleDatasetOrder() {
    sr::iexec::DatasetOrder o;
    o.dataset = Address::fromHex("0x00000000000000000000000000000000000000d1");
    o.datasetprice = U256(5);
    o.volume = U256(10);
    o.tag = sr::eth::fromHexFixed<32>("0x" + std::string(62, '0') + "09");
    o.apprestrict = Address::fromHex("0x00000000000000000000000000000000000000a1");
    o.salt = sr::crypto::keccak256(sr::asBytes("salt"));
    return o;
}

sr::iexec::RequestOrder sampleRequestOrder() {
    sr::iexec::RequestOrder o;
    o.app = Address::fromHex("0x00000000000000000000000000000000000000a1");
    o.dataset = Address::fromHex("0x00000000000000000000000000000000000000d1");
    o.workerpool = Address::fromHex("0x2C06263943180Cc024dAFfeEe15612DB6e5fD248");
    o.requester = Address::fromHex("0x00000000000000000000000000000000000000e1");
    o.beneficiary = o.requester;
    o.volume = U256(1);
    o.appmaxprice = U256(1);
    o.datasetmaxprice = U256(5);
    o.workerpoolmaxprice = U256(100);
    o.category = U256(0);
    o.params = "{\"iexec_args\":\"h\xc3\xa9llo \\\"world\\\"\"}";
    return o;
}

std::string typeHashOf(const json& typedData) {
    const Eip712 td = Eip712::fromJson(typedData);
    return toHex(td.typeHash(typedData.at("primaryType").get<std::string>()));
}

} // namespace

class TestIexecOrders : public QObject {
    Q_OBJECT

private slots:
    // The constants hard-coded in IexecLibOrders_v5 (@iexec/poco 6.1.0).
    void typeHashesMatchPoco() {
        const auto d = arbitrumOne();
        QCOMPARE(toHex(Eip712::fromJson(sr::iexec::typedData(d, sr::iexec::AppOrder{}))
                           .typeHash("EIP712Domain")),
                 std::string("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f"));
        QCOMPARE(typeHashOf(sr::iexec::typedData(d, sr::iexec::AppOrder{})),
                 std::string("0x60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d008"));
        QCOMPARE(typeHashOf(sr::iexec::typedData(d, sr::iexec::DatasetOrder{})),
                 std::string("0x6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c"));
        QCOMPARE(typeHashOf(sr::iexec::typedData(d, sr::iexec::WorkerpoolOrder{})),
                 std::string("0xaa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb"));
        QCOMPARE(typeHashOf(sr::iexec::typedData(d, sr::iexec::RequestOrder{})),
                 std::string("0xf24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae0"));
        const auto close = sr::iexec::OrderOperation::Close;
        QCOMPARE(typeHashOf(sr::iexec::operationTypedData(d, sr::iexec::AppOrder{}, close)),
                 std::string("0x0638bb0702457e2b4b01be8a202579b8bf97e587fb4f2cc4d4aad01f21a06ee0"));
        QCOMPARE(typeHashOf(sr::iexec::operationTypedData(d, sr::iexec::DatasetOrder{}, close)),
                 std::string("0x075eb6f7578ff4292c241bd2484cd5c1d5e6ecc2ddd3317e1d8176b5a45865ec"));
        QCOMPARE(typeHashOf(sr::iexec::operationTypedData(d, sr::iexec::WorkerpoolOrder{}, close)),
                 std::string("0x322d980b7d7a6a1f7c39ff0c5445da6ae1d8e0393ff0dd468c8be3e2c8644388"));
        QCOMPARE(typeHashOf(sr::iexec::operationTypedData(d, sr::iexec::RequestOrder{}, close)),
                 std::string("0x0ded7b52c2d77595a40d242eca751df172b18e686326dbbed3f4748828af77c7"));
        QCOMPARE(sr::iexec::orderTypeString(sr::iexec::DatasetOrder{}),
                 std::string("DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,"
                             "bytes32 tag,address apprestrict,address workerpoolrestrict,"
                             "address requesterrestrict,bytes32 salt)"));
    }

    void orderHashIsTheTypedDataDigest() {
        const auto d = arbitrumOne();
        const auto order = sampleDatasetOrder();
        const Eip712 td = Eip712::fromJson(sr::iexec::typedData(d, order));
        QCOMPARE(sr::iexec::structHash(order), td.messageHash());
        QCOMPARE(sr::iexec::orderHash(d, order), td.digest());
        QVERIFY(sr::iexec::orderHash(d, order) != sr::iexec::structHash(order));
        // The domain is part of the hash: another chain, another order hash.
        auto sepolia = d;
        sepolia.chainId = 421614;
        QVERIFY(sr::iexec::orderHash(sepolia, order) != sr::iexec::orderHash(d, order));
        QCOMPARE(sr::iexec::structHash(order), sr::iexec::structHash(order));
    }

    void signatureRecoversTheSigner() {
        const sr::crypto::SecretBytes key(sr::crypto::keccak256(sr::asBytes("cow")));
        const auto d = arbitrumOne();
        const auto order = sampleRequestOrder();
        const sr::Bytes sig = sr::iexec::signOrder(d, order, key);
        QCOMPARE(sig.size(), std::size_t{65});
        const Address signer =
            sr::eth::recoverAddress(sr::iexec::orderHash(d, order), sr::eth::fromRsv(sig));
        QCOMPARE(signer.toChecksumHex(), std::string("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"));
    }

    void jsonRoundTrip() {
        const auto dataset = sampleDatasetOrder();
        const json j = sr::iexec::toJson(dataset);
        QCOMPARE(j.at("datasetprice").get<std::string>(), std::string("5"));
        QCOMPARE(j.at("tag").get<std::string>(), "0x" + std::string(62, '0') + "09");
        QCOMPARE(sr::iexec::datasetOrderFromJson(j), dataset);
        const auto request = sampleRequestOrder();
        QCOMPARE(sr::iexec::requestOrderFromJson(sr::iexec::toJson(request)), request);
        sr::iexec::WorkerpoolOrder wp;
        wp.category = U256(3);
        wp.trust = U256(1);
        QCOMPARE(sr::iexec::workerpoolOrderFromJson(sr::iexec::toJson(wp)), wp);
        QCOMPARE(sr::iexec::appOrderFromJson(sr::iexec::toJson(sr::iexec::AppOrder{})),
                 sr::iexec::AppOrder{});

        // The market API writes numbers as JSON numbers and adds "sign".
        json market = j;
        market["datasetprice"] = 5;
        market["volume"] = 10;
        market["sign"] = "0x" + std::string(130, '1');
        QCOMPARE(sr::iexec::datasetOrderFromJson(market), dataset);
    }

    void corruptOrders() {
        const json good = sr::iexec::toJson(sampleDatasetOrder());
        auto expectCorrupt = [](const json& j) {
            try {
                sr::iexec::datasetOrderFromJson(j);
            } catch (const Error& e) {
                return e.code() == ErrorCode::Corrupt;
            }
            return false;
        };
        QVERIFY(expectCorrupt(json::array()));
        for (const char* field : {"dataset", "datasetprice", "volume", "tag", "apprestrict",
                                  "workerpoolrestrict", "requesterrestrict", "salt"}) {
            json missing = good;
            missing.erase(field);
            QVERIFY2(expectCorrupt(missing), field);
            json wrongType = good;
            wrongType[field] = json::array();
            QVERIFY2(expectCorrupt(wrongType), field);
        }
        for (const auto& [field, value] : std::vector<std::pair<const char*, json>>{
                 {"datasetprice", -1},
                 {"datasetprice", 1.5},
                 {"datasetprice", "12abc"},
                 {"volume", "0x1" + std::string(64, '0')},
                 {"tag", "0x09"},
                 {"salt", "0x" + std::string(63, '0')},
                 {"dataset", "0xd1"},
                 {"apprestrict", "0x00000000000000000000000000000000000000a1x"}}) {
            json bad = good;
            bad[field] = value;
            QVERIFY2(expectCorrupt(bad), field);
        }
    }
};

QTEST_APPLESS_MAIN(TestIexecOrders)
#include "tst_iexecorders.moc"
