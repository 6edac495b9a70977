// Differential test of EIP-712 hashing and signing against ethers' TypedDataEncoder and
// MetaMask's eth-sig-util (V4): a few hundred random documents from a fixed seed, with nested
// structs, arrays of structs and of atomic types (dynamic, fixed, nested), bytes and strings,
// every integer width and varied domains, all in one node process.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

using nlohmann::json;
using sr::Bytes;
using sr::eth::Eip712;
using sr::eth::toHex;
using sr::eth::U256;
using sr::test::runNode;

namespace {

class Generator : public sr::test::RandomInputs {
public:
    using RandomInputs::RandomInputs;

    std::string atomicType() {
        switch (below(7)) {
        case 0:
            return "uint" + std::to_string(8 * (1 + below(32)));
        case 1:
            return "int" + std::to_string(8 * (1 + below(32)));
        case 2:
            return "address";
        case 3:
            return "bool";
        case 4:
            return "bytes" + std::to_string(1 + below(32));
        case 5:
            return "bytes";
        default:
            return "string";
        }
    }

    std::string arraySuffixes() {
        std::string s;
        for (std::size_t i = 0, n = below(3) == 0 ? 1 + below(2) : 0; i < n; ++i)
            s += below(2) ? "[]" : "[" + std::to_string(1 + below(3)) + "]";
        return s;
    }

    json typedData() {
        static const char* kNames[] = {"Mail",    "Person", "Asset",  "Zed", "group",
                                       "Order_1", "a",      "Wallet", "B"};
        std::vector<std::string> names;
        std::set<std::string> used;
        for (std::size_t i = 0, n = 1 + below(4); i < n; ++i) {
            std::string name;
            do
                name = kNames[below(std::size(kNames))];
            while (!used.insert(name).second);
            names.push_back(name);
        }
        // Type i may reference types after it only: acyclic, and the first is the only root.
        std::vector<json> fields(names.size(), json::array());
        std::vector<bool> referenced(names.size(), false);
        auto fieldName = [](const json& list) { return "f" + std::to_string(list.size()); };
        for (std::size_t i = 0; i < names.size(); ++i) {
            for (std::size_t k = 0, n = 1 + below(5); k < n; ++k) {
                std::string type;
                if (i + 1 < names.size() && below(3) == 0) {
                    const std::size_t j = i + 1 + below(names.size() - i - 1);
                    referenced[j] = true;
                    type = names[j];
                } else {
                    type = atomicType();
                }
                fields[i].push_back(
                    {{"name", fieldName(fields[i])}, {"type", type + arraySuffixes()}});
            }
        }
        for (std::size_t j = 1; j < names.size(); ++j) {
            if (!referenced[j]) {
                const std::size_t i = below(j);
                fields[i].push_back(
                    {{"name", fieldName(fields[i])}, {"type", names[j] + arraySuffixes()}});
            }
        }
        json types = json::object();
        for (std::size_t i = 0; i < names.size(); ++i)
            types[names[i]] = fields[i];

        json domain = json::object();
        json domainType = json::array();
        auto addDomain = [&](const char* name, const char* type, json value) {
            domain[name] = std::move(value);
            domainType.push_back({{"name", name}, {"type", type}});
        };
        const std::size_t mask = 1 + below(31);
        if (mask & 1)
            addDomain("name", "string", text());
        if (mask & 2)
            addDomain("version", "string", std::to_string(below(10)));
        if (mask & 4)
            addDomain("chainId", "uint256",
                      below(2) ? json(1 + below(500000))
                               : json(std::to_string(1 + below(1000000))));
        if (mask & 8)
            addDomain("verifyingContract", "address", address());
        if (mask & 16)
            addDomain("salt", "bytes32", toHex(bytes(32)));
        types["EIP712Domain"] = domainType;

        json message = value(types, names[0], 0);
        return {
            {"types", types}, {"primaryType", names[0]}, {"domain", domain}, {"message", message}};
    }

private:
    std::string text() {
        static const char* kPieces[] = {"a", "Z", "0", " ", "\"", "é", "中", "😀", "\n"};
        std::string s;
        for (std::size_t i = 0, n = below(12); i < n; ++i)
            s += kPieces[below(std::size(kPieces))];
        return s;
    }

    std::string address() {
        const auto a = sr::eth::Address::fromBytes(bytes(20));
        return below(2) ? a.toChecksumHex() : a.toLowerHex();
    }

    // An integer of `bits` bits, written as a decimal string, a JSON number or 0x hex.
    json integer(std::size_t bits, bool isSigned) {
        const std::size_t magnitudeBits = isSigned ? bits - 1 : bits;
        U256 v = U256::fromBigEndian(bytes(32));
        if (below(4) == 0)
            v = U256(below(1000));
        if (magnitudeBits < 256)
            v = v & ((U256(1) << static_cast<unsigned>(magnitudeBits)) - U256(1));
        if (below(6) == 0 && magnitudeBits < 256)
            v = (U256(1) << static_cast<unsigned>(magnitudeBits)) - U256(1); // the maximum
        const bool negative = isSigned && below(2) == 0;
        if (negative) {
            if (below(6) == 0)
                v = v.wrappingAdd(U256(1)); // reaches -2^(N-1)
            return "-" + v.toDecimal();
        }
        if (v.fitsUint64() && v.toUint64() < 1'000'000 && below(2) == 0)
            return v.toUint64();
        return below(3) == 0 ? json(v.toHex()) : json(v.toDecimal());
    }

    json atomicValue(const std::string& type) {
        if (type.starts_with("uint"))
            return integer(std::stoul(type.substr(4)), false);
        if (type.starts_with("int"))
            return integer(std::stoul(type.substr(3)), true);
        if (type == "address")
            return address();
        if (type == "bool")
            return below(2) == 1;
        if (type == "bytes")
            return toHex(bytes(below(3) == 0 ? below(100) : below(10)));
        if (type.starts_with("bytes"))
            return toHex(bytes(std::stoul(type.substr(5))));
        return text();
    }

    json value(const json& types, const std::string& type, std::size_t depth) {
        if (type.back() == ']') {
            const auto open = type.rfind('[');
            const std::string element = type.substr(0, open);
            const std::string digits = type.substr(open + 1, type.size() - open - 2);
            const std::size_t n = digits.empty() ? below(depth > 2 ? 2 : 4) : std::stoul(digits);
            json a = json::array();
            for (std::size_t i = 0; i < n; ++i)
                a.push_back(value(types, element, depth + 1));
            return a;
        }
        if (!types.contains(type))
            return atomicValue(type);
        json object = json::object();
        for (const auto& field : types[type])
            object[field["name"].get<std::string>()] =
                value(types, field["type"].get<std::string>(), depth + 1);
        return object;
    }
};

} // namespace

class TestEthEip712 : public QObject {
    Q_OBJECT

private slots:
    void againstEthersAndEthSigUtil() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

        Generator gen(0xe1712e1712ULL);
        constexpr int kCases = 250;
        json request = {{"cases", json::array()}};
        std::vector<Bytes> keys;
        for (int i = 0; i < kCases; ++i) {
            keys.push_back(gen.bytes(32));
            request["cases"].push_back(
                {{"typedData", gen.typedData()}, {"privateKey", toHex(keys.back())}});
        }

        const json reply = runNode("eth_eip712.mjs", request);
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");
        QVERIFY(reply.contains("cases") && reply.at("cases").size() == std::size_t{kCases});

        for (int i = 0; i < kCases; ++i) {
            const json& td = request["cases"][i]["typedData"];
            const json& r = reply["cases"][i];
            const std::string label = "case " + std::to_string(i) + ": " + td["types"].dump();
            QVERIFY2(!r.contains("error"), qPrintable(QString::fromStdString(
                                               label + "\nreference: " + r.value("error", ""))));
            const Eip712 ours = Eip712::fromJson(td);
            const std::string primary = td["primaryType"];
            for (const char* side : {"ethers", "sigUtil"}) {
                const json& ref = r[side];
                QVERIFY2(ref["encodeType"] == ours.encodeType(primary), label.c_str());
                QVERIFY2(ref["domainSeparator"] == toHex(ours.domainSeparator()), label.c_str());
                QVERIFY2(ref["structHash"] == toHex(ours.messageHash()), label.c_str());
                QVERIFY2(ref["digest"] == toHex(ours.digest()), label.c_str());
            }
            const sr::crypto::SecretBytes key(keys[i]);
            QVERIFY2(r["sigUtil"]["signature"] == toHex(ours.sign(key)), label.c_str());
        }
        qInfo("%d random typed-data documents: type strings, hashes, digests and signatures equal "
              "ethers and eth-sig-util",
              kCases);
    }
};

QTEST_APPLESS_MAIN(TestEthEip712)
#include "tst_eth_eip712.moc"
