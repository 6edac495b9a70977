// ABI codec: the published ethereum/tests vectors, Solidity documentation examples typed in as
// facts, type parsing, events, and corrupt input for the strict decoder.

#include "NodeScript.h"
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using sr::Bytes;
using sr::Error;
using sr::ErrorCode;
using sr::Hash32;
using sr::eth::Abi;
using sr::eth::AbiSignature;
using sr::eth::AbiType;
using sr::eth::AbiValue;
using sr::eth::Address;
using sr::eth::fromHex;
using sr::eth::toHex;
using sr::eth::U256;

namespace {

std::vector<AbiType> types(std::initializer_list<const char*> names) {
    std::vector<AbiType> out;
    for (const char* n : names)
        out.push_back(AbiType::parse(n));
    return out;
}

Bytes words(std::initializer_list<const char*> hexWords) {
    Bytes out;
    for (const char* w : hexWords) {
        const Bytes b = fromHex(w);
        out.insert(out.end(), b.begin(), b.end());
    }
    return out;
}

// A 32-byte word holding a small number.
std::string w(std::uint64_t v) {
    return toHex(U256(v).toBigEndian(), false);
}

template <typename F> ErrorCode errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

ErrorCode decodeError(std::initializer_list<const char*> typeNames, const Bytes& data) {
    const auto t = types(typeNames);
    return errorOf([&] { Abi::decode(t, data); });
}

// The vectors write arguments loosely: numbers, number arrays, ASCII for bytes, hex addresses.
AbiValue fromVectorArg(const AbiType& type, const nlohmann::json& arg) {
    switch (type.kind()) {
    case AbiType::Kind::Uint:
        return AbiValue::number(U256(arg.get<std::uint64_t>()));
    case AbiType::Kind::Address:
        return AbiValue::address(Address::fromHex(arg.get<std::string>()));
    case AbiType::Kind::FixedBytes:
    case AbiType::Kind::Bytes: {
        const std::string s = arg.get<std::string>();
        return AbiValue::bytes(Bytes(s.begin(), s.end()));
    }
    case AbiType::Kind::Array: {
        std::vector<AbiValue> items;
        for (const auto& a : arg)
            items.push_back(fromVectorArg(type.element(), a));
        return AbiValue::list(std::move(items));
    }
    default:
        throw std::runtime_error("unexpected type in the vectors: " + type.canonical());
    }
}

} // namespace

class TestAbi : public QObject {
    Q_OBJECT

private slots:
    void bytes32OfTakesExactly32Bytes() {
        Bytes raw(32);
        for (std::size_t i = 0; i < raw.size(); ++i)
            raw[i] = static_cast<std::uint8_t>(i);
        const Hash32 h = sr::eth::bytes32Of(raw, "A hub log");
        QVERIFY(std::equal(h.begin(), h.end(), raw.begin()));
        for (std::size_t size : {std::size_t{0}, std::size_t{31}, std::size_t{33}}) {
            try {
                sr::eth::bytes32Of(Bytes(size, 1), "A hub log");
                QFAIL("a bytes32 of another size was taken");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Corrupt);
                QCOMPARE(std::string(e.what()),
                         std::string("A hub log holds a bytes32 of another size"));
            }
        }
    }

    void publishedVectors() {
        QString why;
        const QString dir = sr::test::testVectorsDir(&why);
        if (dir.isEmpty())
            QFAIL(qPrintable(why));
        std::ifstream in((dir + "/ethereum-tests/ABITests/basic_abi_tests.json").toStdString());
        QVERIFY(in.good());
        const nlohmann::json vectors = nlohmann::json::parse(in);
        QCOMPARE(vectors.size(), std::size_t{3});
        for (const auto& [name, test] : vectors.items()) {
            std::vector<AbiType> t;
            std::vector<AbiValue> v;
            for (std::size_t i = 0; i < test.at("types").size(); ++i) {
                t.push_back(AbiType::parse(test.at("types")[i].get<std::string>()));
                v.push_back(fromVectorArg(t.back(), test.at("args")[i]));
            }
            const Bytes expected = fromHex(test.at("result").get<std::string>());
            QVERIFY2(Abi::encode(t, v) == expected, name.c_str());
            QVERIFY2(Abi::decode(t, expected) == v, name.c_str());
        }
    }

    void selectorsAndTopics() {
        auto hex4 = [](const std::array<std::uint8_t, 4>& s) { return toHex(s, false); };
        QCOMPARE(hex4(Abi::selector("transfer(address,uint256)")), std::string("a9059cbb"));
        QCOMPARE(hex4(Abi::selector("balanceOf(address)")), std::string("70a08231"));
        QCOMPARE(hex4(Abi::selector("approve(address,uint256)")), std::string("095ea7b3"));
        QCOMPARE(hex4(Abi::selector("baz(uint32,bool)")), std::string("cdcd77c0"));
        // Names and `indexed` do not change the canonical signature; "uint" means uint256.
        QCOMPARE(hex4(Abi::selector("transfer(address to, uint amount)")), std::string("a9059cbb"));
        QCOMPARE(toHex(Abi::eventTopic(
                     "Transfer(address indexed from, address indexed to, uint256 value)")),
                 std::string("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    }

    // Examples from the Solidity ABI specification.
    void solidityDocExamples() {
        const Bytes baz =
            Abi::encodeCall("baz(uint32,bool)", {AbiValue::number(69), AbiValue::boolean(true)});
        QCOMPARE(toHex(baz), "0xcdcd77c0" + w(69) + w(1));

        const Bytes sam = Abi::encodeCall(
            "sam(bytes,bool,uint256[])",
            {AbiValue::bytes(Bytes{'d', 'a', 'v', 'e'}), AbiValue::boolean(true),
             AbiValue::list({AbiValue::number(1), AbiValue::number(2), AbiValue::number(3)})});
        QCOMPARE(toHex(sam),
                 "0xa5643bf2" + w(0x60) + w(1) + w(0xa0) + w(4) +
                     "6461766500000000000000000000000000000000000000000000000000000000" + w(3) +
                     w(1) + w(2) + w(3));
        const auto args = Abi::decodeCall("sam(bytes,bool,uint256[])", sam);
        QCOMPARE(args.at(2).asList().size(), std::size_t{3});
        QCOMPARE(args.at(0).asBytes(), (Bytes{'d', 'a', 'v', 'e'}));
        QCOMPARE(errorOf([&] { Abi::decodeCall("baz(uint32,bool)", sam); }), ErrorCode::Corrupt);

        // g(uint256[][],string[]) with ([[1,2],[3]], ["one","two","three"]).
        const Bytes g =
            Abi::encode(types({"uint256[][]", "string[]"}),
                        {AbiValue::list({AbiValue::list({AbiValue::number(1), AbiValue::number(2)}),
                                         AbiValue::list({AbiValue::number(3)})}),
                         AbiValue::list({AbiValue::string("one"), AbiValue::string("two"),
                                         AbiValue::string("three")})});
        const std::string expected =
            w(0x40) + w(0x140) + w(2) + w(0x40) + w(0xa0) + w(2) + w(1) + w(2) + w(1) + w(3) +
            w(3) + w(0x60) + w(0xa0) + w(0xe0) + w(3) +
            "6f6e650000000000000000000000000000000000000000000000000000000000" + w(3) +
            "74776f0000000000000000000000000000000000000000000000000000000000" + w(5) +
            "7468726565000000000000000000000000000000000000000000000000000000";
        QCOMPARE(toHex(g, false), expected);
    }

    void typeParsing() {
        for (const char* t : {"uint8", "uint256", "int24", "address", "bool", "bytes1", "bytes32",
                              "bytes", "string", "uint256[]", "uint8[3]", "bool[2][]",
                              "(uint256,bool)", "(address,(bytes,string[])[2])[]", "string[][3][]"})
            QCOMPARE(AbiType::parse(t).canonical(), std::string(t));
        QCOMPARE(AbiType::parse("uint").canonical(), std::string("uint256"));
        QCOMPARE(AbiType::parse("int[]").canonical(), std::string("int256[]"));
        QVERIFY(AbiType::parse("(uint256,string)").isDynamic());
        QVERIFY(!AbiType::parse("(uint256,bool[3])").isDynamic());
        QCOMPARE(AbiType::parse("(uint256,bool[3])").headSize(), std::size_t{128});
        QVERIFY(AbiType::parse("string[2]").isDynamic());
        for (const char* bad : {"",
                                "uint7",
                                "uint0",
                                "uint264",
                                "uint08",
                                "int",
                                "bytes0",
                                "bytes33",
                                "bytes01",
                                "foo",
                                "Uint256",
                                "uint256 ",
                                " uint256",
                                "uint256[",
                                "uint256[]]",
                                "uint256[0]",
                                "uint256[01]",
                                "()",
                                "(uint256",
                                "(uint256,)",
                                "(,uint256)",
                                "uint256[-1]",
                                "function",
                                "fixed128x18",
                                "uint256[9999999999]",
                                "uint256[100000][100000]"}) {
            if (std::string_view(bad) == "int")
                continue; // an alias, not an error
            QVERIFY2(errorOf([&] { AbiType::parse(bad); }) == ErrorCode::InvalidArgument, bad);
        }
        std::string deep = "uint8";
        for (int i = 0; i < 40; ++i)
            deep += "[]";
        QCOMPARE(errorOf([&] { AbiType::parse(deep); }), ErrorCode::InvalidArgument);
        std::string deepTuple(1000, '(');
        QCOMPARE(errorOf([&] { AbiType::parse(deepTuple + "uint8"); }), ErrorCode::InvalidArgument);
    }

    void signedIntegers() {
        const auto t = types({"int8", "int256", "int16"});
        const std::vector<AbiValue> v = {
            AbiValue::signedNumber(std::int64_t{-1}),
            AbiValue::signedNumber("-57896044618658097711785492504343953926634992332"
                                   "820282019728792003956564819968"),
            AbiValue::signedNumber("32767")};
        const Bytes enc = Abi::encode(t, v);
        QCOMPARE(toHex(enc, false).substr(0, 64), std::string(64, 'f'));
        QCOMPARE(toHex(enc, false).substr(64, 64), "8" + std::string(63, '0'));
        const auto back = Abi::decode(t, enc);
        QCOMPARE(back, v);
        QCOMPARE(back[0].asSignedDecimal(), std::string("-1"));
        QCOMPARE(back[2].asSignedDecimal(), std::string("32767"));
        QCOMPARE(AbiValue::signedNumber(std::numeric_limits<std::int64_t>::min()).asSignedDecimal(),
                 std::string("-9223372036854775808"));
        QCOMPARE(errorOf([] { Abi::encode(types({"int8"}), {AbiValue::signedNumber("128")}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { Abi::encode(types({"int8"}), {AbiValue::signedNumber("-129")}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] {
                     AbiValue::signedNumber("578960446186580977117854925043439539266349"
                                            "92332820282019728792003956564819968");
                 }),
                 ErrorCode::InvalidArgument);
        // -1 as an int8 word that is not sign-extended.
        QCOMPARE(decodeError({"int8"}, fromHex(w(0xff))), ErrorCode::Corrupt);
    }

    void encodeRejectsBadValues() {
        QCOMPARE(errorOf([] { Abi::encode(types({"uint8"}), {AbiValue::number(256)}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] {
                     Abi::encode(types({"bytes4"}), {AbiValue::bytes({1, 2, 3})});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { Abi::encode(types({"uint8[2]"}), {AbiValue::list({})}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { Abi::encode(types({"string"}), {AbiValue::bytes({})}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { Abi::encode(types({"address"}), {AbiValue::number(1)}); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] {
                     Abi::encode(types({"bool", "bool"}), {AbiValue::boolean(true)});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] {
                     Abi::encode(types({"(bool,bool)"}),
                                 {AbiValue::list({AbiValue::boolean(true)})});
                 }),
                 ErrorCode::InvalidArgument);
    }

    void corruptData() {
        QCOMPARE(decodeError({"uint256"}, Bytes(31, 0)), ErrorCode::Corrupt);  // truncated
        QCOMPARE(decodeError({"uint8"}, fromHex(w(256))), ErrorCode::Corrupt); // high bits
        QCOMPARE(decodeError({"bool"}, fromHex(w(2))), ErrorCode::Corrupt);
        QCOMPARE(decodeError({"address"}, fromHex("01" + std::string(62, '0') + "01")),
                 ErrorCode::Corrupt);
        QCOMPARE(decodeError({"bytes4"}, fromHex("11223344" + std::string(54, '0') + "01")),
                 ErrorCode::Corrupt);
        // Dynamic bytes: offset past the end, absurd offset, absurd length, overrun, padding.
        QCOMPARE(decodeError({"bytes"}, words({w(0x40).c_str()})), ErrorCode::Corrupt);
        QCOMPARE(decodeError({"bytes"}, fromHex(std::string(64, 'f'))), ErrorCode::Corrupt);
        QCOMPARE(decodeError({"bytes"}, words({w(0x20).c_str(), std::string(64, 'f').c_str()})),
                 ErrorCode::Corrupt);
        QCOMPARE(decodeError({"bytes"}, words({w(0x20).c_str(), w(33).c_str(), w(0).c_str()})),
                 ErrorCode::Corrupt);
        QCOMPARE(decodeError({"string"}, words({w(0x20).c_str(), w(1).c_str(),
                                                ("61" + std::string(60, '0') + "01").c_str()})),
                 ErrorCode::Corrupt);
        // Arrays: a length the data cannot hold is refused before any allocation.
        QCOMPARE(decodeError({"uint256[]"}, words({w(0x20).c_str(), w(1000000000).c_str()})),
                 ErrorCode::Corrupt);
        QCOMPARE(
            decodeError({"uint256[]"}, words({w(0x20).c_str(), "ffffffff"
                                                               "ffffffffffffffffffffffffffffff"
                                                               "ffffffffffffffffffffffffffff"})),
            ErrorCode::Corrupt);
        QCOMPARE(decodeError({"uint256[3]"}, Bytes(64, 0)), ErrorCode::Corrupt);
        QCOMPARE(decodeError({"(uint256,string)"}, words({w(0x20).c_str(), w(1).c_str()})),
                 ErrorCode::Corrupt);
        QCOMPARE(decodeError({"uint256"}, {}), ErrorCode::Corrupt);
    }

    // Offsets that all point at the same inner array would turn a few kilobytes into gigabytes
    // of decoded values; the decoder refuses instead.
    void overlappingOffsetsDoNotAmplify() {
        constexpr std::size_t n = 100;
        Bytes data = fromHex(w(0x20)); // offset of the outer uint256[][][]
        auto appendArrayOfSameOffsets = [&](std::size_t count) {
            const Bytes len = fromHex(w(count));
            data.insert(data.end(), len.begin(), len.end());
            // Every element points just past this array's heads: at the next array.
            const Bytes off = fromHex(w(count * 32));
            for (std::size_t i = 0; i < count; ++i)
                data.insert(data.end(), off.begin(), off.end());
        };
        appendArrayOfSameOffsets(n);
        appendArrayOfSameOffsets(n);
        const Bytes len = fromHex(w(n));
        data.insert(data.end(), len.begin(), len.end());
        data.insert(data.end(), n * 32, 0);
        QCOMPARE(decodeError({"uint256[][][]"}, data), ErrorCode::Corrupt);
    }

    void events() {
        const auto transfer = AbiSignature::parse(
            "Transfer(address indexed from, address indexed to, uint256 value)");
        QCOMPARE(transfer.params.size(), std::size_t{3});
        QVERIFY(transfer.params[0].indexed);
        QCOMPARE(transfer.params[1].name, std::string("to"));
        const Address from = Address::fromHex("0x00000000000000000000000000000000000000aa");
        const Address to = Address::fromHex("0x00000000000000000000000000000000000000bb");
        auto topicOf = [](const Address& a) {
            Hash32 h{};
            std::copy(a.bytes().begin(), a.bytes().end(), h.begin() + 12);
            return h;
        };
        const std::vector<Hash32> topics = {Abi::eventTopic(transfer.canonical()), topicOf(from),
                                            topicOf(to)};
        const auto values = Abi::decodeEvent(transfer, topics, fromHex(w(1000)));
        QCOMPARE(values.size(), std::size_t{3});
        QCOMPARE(values[0].asAddress(), from);
        QCOMPARE(values[1].asAddress(), to);
        QCOMPARE(values[2].asNumber(), U256(1000));

        QCOMPARE(errorOf([&] {
                     Abi::decodeEvent(transfer, {topics[0], topics[1]}, {});
                 }),
                 ErrorCode::Corrupt);
        QCOMPARE(
            errorOf([&] {
                Abi::decodeEvent(transfer, {topics[1], topics[1], topics[2]}, fromHex(w(1000)));
            }),
            ErrorCode::Corrupt);
        Hash32 dirty = topicOf(from);
        dirty[0] = 1;
        QCOMPARE(errorOf([&] {
                     Abi::decodeEvent(transfer, {topics[0], dirty, topics[2]}, fromHex(w(1)));
                 }),
                 ErrorCode::Corrupt);

        // DataProtector's DatasetSchema(address indexed dataset, string schema).
        const auto schema =
            AbiSignature::parse("DatasetSchema(address indexed dataset, string schema)");
        const Bytes data = Abi::encode({AbiType::string()}, {AbiValue::string("{\"a\":\"bool\"}")});
        const auto s =
            Abi::decodeEvent(schema, {Abi::eventTopic(schema.canonical()), topicOf(to)}, data);
        QCOMPARE(s[1].asString(), std::string("{\"a\":\"bool\"}"));

        // An indexed string is only its hash.
        const auto named = AbiSignature::parse("Named(string indexed name)");
        const Hash32 nameHash{0x12};
        const auto n = Abi::decodeEvent(named, {Abi::eventTopic(named.canonical()), nameHash}, {});
        QCOMPARE(n[0].asBytes(), Bytes(nameHash.begin(), nameHash.end()));

        auto anon = AbiSignature::parse("Anon(uint256 indexed x)");
        anon.anonymous = true;
        QCOMPARE(Abi::decodeEvent(anon, {Hash32{}}, {})[0].asNumber(), U256(0));
    }

    void signatureParsing() {
        for (const char* bad : {"transfer", "transfer(", "(uint256)", "1x(uint256)",
                                "f(uint256 indexed 1a)", "f((uint256)", "f(uint256))"})
            QVERIFY2(errorOf([&] { AbiSignature::parse(bad); }) == ErrorCode::InvalidArgument, bad);
        QCOMPARE(AbiSignature::parse("f()").canonical(), std::string("f()"));
        QCOMPARE(AbiSignature::parse("f((uint256,bool)[] x, string)").canonical(),
                 std::string("f((uint256,bool)[],string)"));
    }
};

QTEST_APPLESS_MAIN(TestAbi)
#include "tst_abi.moc"
