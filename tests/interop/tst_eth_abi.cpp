// Differential test of the ABI codec against ethers' AbiCoder: a few hundred random type trees
// (elementary types, dynamic and fixed arrays, nested tuples) with random values, from a fixed
// seed, are encoded on both sides and decoded on the other, in one node process.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <random>

using nlohmann::json;
using sr::Bytes;
using sr::eth::Abi;
using sr::eth::AbiType;
using sr::eth::AbiValue;
using sr::eth::U256;
using sr::test::runNode;

namespace {

class Generator : public sr::test::RandomInputs {
public:
    using RandomInputs::RandomInputs;

    AbiType type(std::size_t depth) {
        const std::size_t pick = below(depth == 0 ? 7 : 10);
        switch (pick) {
        case 0:
            return AbiType::uint(static_cast<unsigned>(8 * (1 + below(32))));
        case 1:
            return AbiType::int_(static_cast<unsigned>(8 * (1 + below(32))));
        case 2:
            return AbiType::address();
        case 3:
            return AbiType::boolean();
        case 4:
            return AbiType::fixedBytes(static_cast<unsigned>(1 + below(32)));
        case 5:
            return AbiType::bytes();
        case 6:
            return AbiType::string();
        case 7:
            return AbiType::array(type(depth - 1));
        case 8:
            return AbiType::fixedArray(type(depth - 1), 1 + below(3));
        default: {
            std::vector<AbiType> members;
            for (std::size_t i = 0, n = 1 + below(4); i < n; ++i)
                members.push_back(type(depth - 1));
            return AbiType::tuple(std::move(members));
        }
        }
    }

    // A random N-bit pattern; the extremes (0, all ones, the top bit alone) come up often.
    U256 bits(std::size_t n) {
        U256 v;
        switch (below(5)) {
        case 0:
            v = U256(0);
            break;
        case 1:
            v = U256::max();
            break;
        case 2:
            v = U256(1) << static_cast<unsigned>(n - 1);
            break;
        default:
            v = U256::fromBigEndian(bytes(32));
        }
        return n == 256 ? v : v & ((U256(1) << static_cast<unsigned>(n)) - U256(1));
    }

    std::string text() {
        static const char* kPieces[] = {"a", "Z", "0", " ", "\"", "\\", "é", "中", "😀", "\n", "x"};
        std::string s;
        for (std::size_t i = 0, n = below(4) == 0 ? below(80) : below(8); i < n; ++i)
            s += kPieces[below(std::size(kPieces))];
        return s;
    }

    AbiValue value(const AbiType& t) {
        using K = AbiType::Kind;
        switch (t.kind()) {
        case K::Uint:
            return AbiValue::number(bits(t.size()));
        case K::Int: {
            U256 v = bits(t.size());
            if (t.size() < 256 && v.bit(static_cast<unsigned>(t.size() - 1)))
                v = v | ~((U256(1) << static_cast<unsigned>(t.size())) - U256(1)); // sign-extend
            return AbiValue::number(v);
        }
        case K::Address:
            return AbiValue::address(sr::eth::Address::fromBytes(bytes(20)));
        case K::Bool:
            return AbiValue::boolean(below(2) == 1);
        case K::FixedBytes:
            return AbiValue::bytes(bytes(t.size()));
        case K::Bytes:
            return AbiValue::bytes(bytes(below(3) == 0 ? below(100) : below(33)));
        case K::String:
            return AbiValue::string(text());
        case K::Array: {
            std::vector<AbiValue> items;
            for (std::size_t i = 0, n = below(4); i < n; ++i)
                items.push_back(value(t.element()));
            return AbiValue::list(std::move(items));
        }
        case K::FixedArray: {
            std::vector<AbiValue> items;
            for (std::size_t i = 0; i < t.size(); ++i)
                items.push_back(value(t.element()));
            return AbiValue::list(std::move(items));
        }
        case K::Tuple: {
            std::vector<AbiValue> items;
            for (const AbiType& c : t.components())
                items.push_back(value(c));
            return AbiValue::list(std::move(items));
        }
        }
        return {};
    }
};

// Values as ethers writes them: decimal strings, checksummed addresses, lowercase hex bytes.
json toJson(const AbiType& t, const AbiValue& v) {
    using K = AbiType::Kind;
    switch (t.kind()) {
    case K::Uint:
        return v.asNumber().toDecimal();
    case K::Int:
        return v.asSignedDecimal();
    case K::Address:
        return v.asAddress().toChecksumHex();
    case K::Bool:
        return v.asBool();
    case K::FixedBytes:
    case K::Bytes:
        return sr::eth::toHex(v.asBytes());
    case K::String:
        return v.asString();
    case K::Array:
    case K::FixedArray: {
        json a = json::array();
        for (const AbiValue& item : v.asList())
            a.push_back(toJson(t.element(), item));
        return a;
    }
    case K::Tuple: {
        json a = json::array();
        for (std::size_t i = 0; i < t.components().size(); ++i)
            a.push_back(toJson(t.components()[i], v.asList()[i]));
        return a;
    }
    }
    return nullptr;
}

} // namespace

class TestEthAbi : public QObject {
    Q_OBJECT

private slots:
    void againstEthersAbiCoder() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

        Generator gen(0xab1c0de5eedULL);
        constexpr int kCases = 300;
        std::vector<std::vector<AbiType>> types(kCases);
        std::vector<std::vector<AbiValue>> values(kCases);
        json request = {{"cases", json::array()}};
        for (int i = 0; i < kCases; ++i) {
            json typeNames = json::array();
            json valueJson = json::array();
            for (std::size_t j = 0, n = 1 + gen.below(4); j < n; ++j) {
                types[i].push_back(gen.type(gen.below(4)));
                values[i].push_back(gen.value(types[i].back()));
                typeNames.push_back(types[i].back().canonical());
                valueJson.push_back(toJson(types[i].back(), values[i].back()));
            }
            request["cases"].push_back(
                {{"types", typeNames},
                 {"values", valueJson},
                 {"encoded", sr::eth::toHex(Abi::encode(types[i], values[i]))}});
        }

        const json reply = runNode("eth_abi.mjs", request);
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");
        QVERIFY(reply.contains("cases") && reply.at("cases").size() == std::size_t{kCases});

        for (int i = 0; i < kCases; ++i) {
            const auto& c = request["cases"][i];
            const auto& r = reply["cases"][i];
            const std::string label = c["types"].dump();
            QVERIFY2(!r.contains("error"), qPrintable(QString::fromStdString(
                                               label + ": ethers: " + r.value("error", ""))));
            QVERIFY2(r["encoded"] == c["encoded"], label.c_str());
            QVERIFY2(r["decoded"] == c["values"], label.c_str());
            QVERIFY2(Abi::decode(types[i], sr::eth::fromHex(c["encoded"].get<std::string>())) ==
                         values[i],
                     label.c_str());
        }
        qInfo("%d random type lists: encodings equal and decoded both ways", kCases);
    }
};

QTEST_APPLESS_MAIN(TestEthAbi)
#include "tst_eth_abi.moc"
