// Revert decoding: Error(string), Panic(uint256), PoCo's custom errors, and the shapes in which
// nodes and providers carry revert data. The embedded PoCo error list is checked against the
// installed @iexec/poco package. (Real reverts from the deployed contracts are decoded in
// integration_tst_bindings.)
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/RevertDecoder.h"
#include "sandbox/PocoArtifacts.h"
#include "util/Error.h"

#include <QtTest>
#include <filesystem>
#include <fstream>
#include <set>

using namespace sr;
using eth::AbiValue;
using eth::RevertDecoder;
using eth::RevertReason;
using eth::U256;

namespace {

Bytes errorString(const std::string& text) {
    return eth::Abi::encodeCall("Error(string)", {AbiValue::string(text)});
}

Bytes panic(unsigned code) {
    return eth::Abi::encodeCall("Panic(uint256)", {AbiValue::number(U256(code))});
}

std::string canonicalOfHumanReadable(std::string text) {
    if (text.starts_with("error "))
        text = text.substr(6);
    return eth::AbiSignature::parse(text).canonical();
}

std::string typeOf(const nlohmann::json& p) {
    std::string t = p.at("type").get<std::string>();
    if (t.starts_with("tuple")) {
        std::string inner;
        for (const auto& c : p.at("components"))
            inner += (inner.empty() ? "" : ",") + typeOf(c);
        return "(" + inner + ")" + t.substr(5);
    }
    return t;
}

} // namespace

class RevertDecoderTest : public QObject {
    Q_OBJECT

private slots:
    void errorStrings() {
        const RevertReason r =
            RevertDecoder::standard().decode(errorString("SafeMath: subtraction overflow"));
        QCOMPARE(r.kind, RevertReason::Kind::ErrorString);
        QCOMPARE(r.message, std::string("SafeMath: subtraction overflow"));
        QCOMPARE(r.errorName, std::string("Error"));
    }

    void errorStringsAreSanitised() {
        const RevertReason r =
            RevertDecoder::standard().decode(errorString(std::string("a\nb\x01") + "c"));
        QCOMPARE(r.message, std::string("a?b?c"));
        const RevertReason longOne =
            RevertDecoder::standard().decode(errorString(std::string(5000, 'x')));
        QVERIFY(longOne.message.size() < 400);
    }

    void matchOrdersCodesAreExplained() {
        const RevertReason r =
            RevertDecoder::standard().decode(errorString("iExecV5-matchOrders-0x31"));
        QVERIFY(r.message.find("dataset order's signature is invalid") != std::string::npos);
        QVERIFY(r.message.find("iExecV5-matchOrders-0x31") != std::string::npos);
    }

    void panics_data() {
        QTest::addColumn<unsigned>("code");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("assert") << 0x01u << "assertion failed";
        QTest::newRow("overflow") << 0x11u << "arithmetic overflow or underflow";
        QTest::newRow("division") << 0x12u << "division or modulo by zero";
        QTest::newRow("enum") << 0x21u << "enum";
        QTest::newRow("pop") << 0x31u << "pop() on an empty array";
        QTest::newRow("index") << 0x32u << "array index out of bounds";
        QTest::newRow("memory") << 0x41u << "too much memory";
        QTest::newRow("function") << 0x51u << "uninitialised function";
        QTest::newRow("unknown") << 0x99u << "unknown failure";
    }
    void panics() {
        QFETCH(unsigned, code);
        QFETCH(QString, meaning);
        const RevertReason r = RevertDecoder::standard().decode(panic(code));
        QCOMPARE(r.kind, RevertReason::Kind::Panic);
        QCOMPARE(*r.panicCode, U256(code));
        QVERIFY2(r.message.find(meaning.toStdString()) != std::string::npos, r.message.c_str());
        QVERIFY(r.message.find(U256(code).toHex()) != std::string::npos);
    }

    void pocoCustomErrors() {
        const auto& d = RevertDecoder::standard();
        RevertReason r = d.decode(eth::Abi::encodeCall("IncompatibleDatasetOrder(string)",
                                                       {AbiValue::string("Deal not found")}));
        QCOMPARE(r.kind, RevertReason::Kind::CustomError);
        QCOMPARE(r.errorName, std::string("IncompatibleDatasetOrder"));
        QCOMPARE(r.message,
                 std::string("The dataset order can't be used with this deal: Deal not found."));

        const auto a = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const auto b = eth::Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        r = d.decode(eth::Abi::encodeCall("NotContractOwner(address,address)",
                                          {AbiValue::address(a), AbiValue::address(b)}));
        QVERIFY(r.message.find(a.toChecksumHex()) != std::string::npos);
        QVERIFY(r.message.find("Only the contract owner") != std::string::npos);

        r = d.decode(eth::Abi::encodeCall("FunctionNotFound(bytes4)",
                                          {AbiValue::bytes({0xde, 0xad, 0xbe, 0xef})}));
        QVERIFY(r.message.find("0xdeadbeef") != std::string::npos);

        // Generic formatting with parameter names.
        r = d.decode(eth::Abi::encodeCall("SafeCastOverflowedUintDowncast(uint8,uint256)",
                                          {AbiValue::number(96), AbiValue::number(U256(7))}));
        QCOMPARE(r.message, std::string("SafeCastOverflowedUintDowncast(bits=96, value=7)"));
    }

    void malformedDataIsUnknownNeverACrash() {
        const auto& d = RevertDecoder::standard();
        QCOMPARE(d.decode({}).kind, RevertReason::Kind::Empty);
        QCOMPARE(d.decode(Bytes{0x08, 0xc3}).kind, RevertReason::Kind::Unknown);
        Bytes truncated = errorString("hello");
        truncated.resize(40);
        QCOMPARE(d.decode(truncated).kind, RevertReason::Kind::Unknown);
        Bytes bogusLength = errorString("hello");
        bogusLength[4 + 32 + 31] = 0xff; // string length 255 > data
        QCOMPARE(d.decode(bogusLength).kind, RevertReason::Kind::Unknown);
        const Bytes unknownSelector = {0x12, 0x34, 0x56, 0x78, 0x00};
        const RevertReason r = d.decode(unknownSelector);
        QCOMPARE(r.kind, RevertReason::Kind::Unknown);
        QVERIFY(r.message.find("0x1234567800") != std::string::npos);
    }

    void errorsFromAnyAbi() {
        RevertDecoder d;
        const nlohmann::json abi = nlohmann::json::parse(
            "[{\"type\":\"error\",\"name\":\"ERC721OutOfBoundsIndex\",\"inputs\":["
            "{\"name\":\"owner\",\"type\":\"address\"},{\"name\":\"index\",\"type\":\"uint256\"}]},"
            "{\"type\":\"function\",\"name\":\"f\",\"inputs\":[],\"outputs\":[]},"
            "\"error Custom((uint8,string) detail)\"]");
        QCOMPARE(d.addAbi(abi), std::size_t(2));
        const auto owner = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        RevertReason r =
            d.decode(eth::Abi::encodeCall("ERC721OutOfBoundsIndex(address,uint256)",
                                          {AbiValue::address(owner), AbiValue::number(U256(3))}));
        QCOMPARE(r.message, "ERC721OutOfBoundsIndex(owner=" + owner.toChecksumHex() + ", index=3)");
        r = d.decode(
            eth::Abi::encodeCall("Custom((uint8,string))",
                                 {AbiValue::list({AbiValue::number(1), AbiValue::string("x")})}));
        QCOMPARE(r.message, std::string("Custom(detail=(1, \"x\"))"));
        QCOMPARE(d.addAbi(abi), std::size_t(0)); // already known
    }

    void embeddedListMatchesThePocoPackage() {
        std::filesystem::path poco;
        try {
            poco = sandbox::PocoArtifacts::defaultNodeModules() / "@iexec" / "poco";
            sandbox::PocoArtifacts check(sandbox::PocoArtifacts::defaultNodeModules());
        } catch (const Error& e) {
            QFAIL(e.what()); // a pinned dependency: its absence is a failure
        }
        std::set<std::string> fromPackage;
        for (const char* folder : {"artifacts", "abis", "deployments"}) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(poco / folder)) {
                const auto& path = entry.path();
                if (!entry.is_regular_file() || path.extension() != ".json" ||
                    path.string().ends_with(".dbg.json"))
                    continue;
                std::ifstream in(path);
                const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
                const nlohmann::json* abi = nullptr;
                if (json.is_array())
                    abi = &json;
                else if (json.is_object() && json.contains("abi") && json["abi"].is_array())
                    abi = &json["abi"];
                if (!abi)
                    continue;
                for (const auto& e : *abi) {
                    if (e.is_string() && e.get<std::string>().starts_with("error "))
                        fromPackage.insert(canonicalOfHumanReadable(e.get<std::string>()));
                    if (e.is_object() && e.value("type", "") == "error") {
                        std::string sig = e.at("name").get<std::string>() + "(";
                        bool first = true;
                        for (const auto& p : e.at("inputs")) {
                            sig += (first ? "" : ",") + typeOf(p);
                            first = false;
                        }
                        fromPackage.insert(sig + ")");
                    }
                }
            }
        }
        QVERIFY(fromPackage.size() > 20);
        const auto known = RevertDecoder::standard().knownErrors();
        const std::set<std::string> embedded(known.begin(), known.end());
        for (const auto& s : fromPackage)
            QVERIFY2(embedded.count(s), ("missing from RevertDecoder: " + s).c_str());
        for (const auto& s : embedded)
            QVERIFY2(fromPackage.count(s), ("not in @iexec/poco: " + s).c_str());
    }

    void revertDataFromNodeErrors() {
        using eth::RpcError;
        const Bytes data = errorString("nope");
        const std::string hex = eth::toHex(data);
        // geth / anvil / Arbitrum: code 3, data hex.
        auto got = RevertDecoder::revertData(RpcError(3, "execution reverted: nope", hex, "x"));
        QVERIFY(got && *got == data);
        // Some providers nest it.
        got = RevertDecoder::revertData(
            RpcError(-32000, "execution reverted", nlohmann::json{{"data", hex}}, "x"));
        QVERIFY(got && *got == data);
        got = RevertDecoder::revertData(RpcError(
            -32603, "Internal error",
            nlohmann::json{{"originalError", {{"data", hex}, {"message", "reverted"}}}}, "x"));
        QVERIFY(got && *got == data);
        // Nethermind.
        got = RevertDecoder::revertData(
            RpcError(-32015, "VM execution error.", "Reverted " + hex, "x"));
        QVERIFY(got && *got == data);
        // A bare revert: empty data.
        got = RevertDecoder::revertData(RpcError(-32000, "execution reverted", nullptr, "x"));
        QVERIFY(got && got->empty());
        // Not a revert at all.
        QVERIFY(!RevertDecoder::revertData(RpcError(-32601, "method not found", nullptr, "x")));
        QVERIFY(!RevertDecoder::revertData(RpcError(-32000, "nonce too low", nullptr, "x")));
    }

    void explainNamesTheOperation() {
        const auto& d = RevertDecoder::standard();
        const std::string hex = eth::toHex(errorString("SafeMath: subtraction overflow"));
        const auto e =
            d.explain(eth::RpcError(3, "execution reverted", hex, "x"), "Withdraw 5 RLC");
        QVERIFY(e);
        QCOMPARE(e->code(), ErrorCode::Reverted);
        QCOMPARE(std::string(e->what()), std::string("Withdraw 5 RLC was refused by the contract: "
                                                     "SafeMath: subtraction overflow."));
        // Message-only reasons (no data) are still shown.
        const auto m = d.explain(
            eth::RpcError(-32000, "execution reverted: only the owner", nullptr, "x"), "Do it");
        QVERIFY(m);
        QVERIFY(std::string(m->what()).find("only the owner") != std::string::npos);
        QVERIFY(!d.explain(eth::RpcError(-32601, "method not found", nullptr, "x"), "Do it"));
    }
};

QTEST_GUILESS_MAIN(RevertDecoderTest)
#include "tst_revertdecoder.moc"
