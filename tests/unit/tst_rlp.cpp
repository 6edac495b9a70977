// RLP: every published ethereum/tests vector (valid and invalid), typed-in facts, corrupt input.

#include "NodeScript.h"
#include "eth/Hex.h"
#include "eth/Rlp.h"
#include "util/Error.h"

#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using sr::Bytes;
using sr::Error;
using sr::ErrorCode;
using sr::eth::fromHex;
using sr::eth::Rlp;
using sr::eth::toHex;
using sr::eth::U256;

namespace {

nlohmann::json loadVectors(const QString& relative, QString* why) {
    const QString dir = sr::test::testVectorsDir(why);
    if (dir.isEmpty())
        return {};
    std::ifstream in((dir + "/" + relative).toStdString());
    if (!in) {
        *why = "cannot read " + dir + "/" + relative;
        return {};
    }
    return nlohmann::json::parse(in);
}

// "#123..." in the vectors is an arbitrary-precision decimal (one exceeds 256 bits).
Bytes bigDecimalToBytes(const std::string& digits) {
    Bytes be; // big-endian, no leading zero
    for (char c : digits) {
        unsigned carry = static_cast<unsigned>(c - '0');
        for (auto it = be.rbegin(); it != be.rend(); ++it) {
            const unsigned v = *it * 10u + carry;
            *it = static_cast<std::uint8_t>(v);
            carry = v >> 8;
        }
        while (carry != 0) {
            be.insert(be.begin(), static_cast<std::uint8_t>(carry));
            carry >>= 8;
        }
    }
    return be;
}

Rlp fromVectorInput(const nlohmann::json& in) {
    if (in.is_array()) {
        std::vector<Rlp> items;
        for (const auto& item : in)
            items.push_back(fromVectorInput(item));
        return Rlp::list(std::move(items));
    }
    if (in.is_number_unsigned())
        return Rlp::uint(U256(in.get<std::uint64_t>()));
    const std::string s = in.get<std::string>();
    if (!s.empty() && s[0] == '#')
        return Rlp::bytes(bigDecimalToBytes(s.substr(1)));
    return Rlp::string(s);
}

ErrorCode decodeError(const Bytes& encoded, std::size_t maxDepth = Rlp::kDefaultMaxDepth) {
    try {
        Rlp::decode(encoded, maxDepth);
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal; // decoded: shows as a mismatch against Corrupt
}

} // namespace

class TestRlp : public QObject {
    Q_OBJECT

private slots:
    void publishedValidVectors() {
        QString why;
        const nlohmann::json vectors = loadVectors("ethereum-tests/RLPTests/rlptest.json", &why);
        if (vectors.is_null())
            QFAIL(qPrintable(why));
        QCOMPARE(vectors.size(), std::size_t{28});
        int count = 0;
        for (const auto& [name, test] : vectors.items()) {
            const Rlp expected = fromVectorInput(test.at("in"));
            const Bytes out = fromHex(test.at("out").get<std::string>());
            QVERIFY2(expected.encode() == out, name.c_str());
            QVERIFY2(Rlp::decode(out) == expected, name.c_str());
            ++count;
        }
        QCOMPARE(count, 28);
    }

    void publishedInvalidVectors() {
        QString why;
        const nlohmann::json vectors =
            loadVectors("ethereum-tests/RLPTests/invalidRLPTest.json", &why);
        if (vectors.is_null())
            QFAIL(qPrintable(why));
        QCOMPARE(vectors.size(), std::size_t{26});
        for (const auto& [name, test] : vectors.items()) {
            QCOMPARE(test.at("in").get<std::string>(), std::string("INVALID"));
            const Bytes out = fromHex(test.at("out").get<std::string>());
            QVERIFY2(decodeError(out) == ErrorCode::Corrupt, name.c_str());
        }
    }

    void integers() {
        QCOMPARE(Rlp::uint(U256(0)).encode(), (Bytes{0x80}));
        QCOMPARE(Rlp::uint(U256(15)).encode(), (Bytes{0x0f}));
        QCOMPARE(Rlp::uint(U256(1024)).encode(), (Bytes{0x82, 0x04, 0x00}));
        QCOMPARE(Rlp::decode(Bytes{0x82, 0x04, 0x00}).asUint(), U256(1024));
        QCOMPARE(Rlp::decode(Bytes{0x80}).asUint64(), std::uint64_t{0});
        QCOMPARE(Rlp::uint(U256::max()).encode().size(), std::size_t{33});
        QCOMPARE(Rlp::decode(Rlp::uint(U256::max()).encode()).asUint(), U256::max());
        // A leading zero byte is a non-canonical integer even though the string is valid RLP.
        const Rlp padded = Rlp::decode(Bytes{0x82, 0x00, 0x01});
        QVERIFY_THROWS_EXCEPTION(Error, padded.asUint());
        QVERIFY_THROWS_EXCEPTION(Error, Rlp::decode(Bytes{0x00}).asUint());
        QVERIFY_THROWS_EXCEPTION(Error, Rlp::bytes(Bytes(33, 1)).asUint());
        QVERIFY_THROWS_EXCEPTION(Error, Rlp::uint(U256(1) << 64).asUint64());
        QVERIFY_THROWS_EXCEPTION(Error, Rlp::list().asUint());
        QVERIFY_THROWS_EXCEPTION(Error, Rlp::string("x").items());
    }

    void lengthBoundaries() {
        for (std::size_t n : {0, 1, 55, 56, 255, 256, 65535, 65536, 70000}) {
            const Rlp s = Rlp::bytes(Bytes(n, 0xaa));
            const Bytes enc = s.encode();
            QCOMPARE(Rlp::decode(enc), s);
            std::vector<Rlp> items(n, Rlp::bytes(Bytes{0x01}));
            const Rlp l = Rlp::list(items);
            QCOMPARE(Rlp::decode(l.encode()), l);
        }
        QCOMPARE(Rlp::bytes(Bytes(56, 0)).encode()[0], std::uint8_t{0xb8});
        QCOMPARE(Rlp::bytes(Bytes(55, 0)).encode()[0], std::uint8_t{0xb7});
    }

    void corruptInputs() {
        const std::vector<Bytes> bad = {
            {},                                                     // nothing
            {0x01, 0x02},                                           // trailing byte
            {0x80, 0x80},                                           // trailing item
            {0x82, 0x01},                                           // truncated string
            {0xc2, 0x01},                                           // truncated list
            {0xc1, 0x82, 0x01, 0x02},                               // item overruns its list
            {0xc3, 0x82, 0x01},                                     // list shorter than claimed
            {0xb8},                                                 // missing length byte
            {0xb8, 0x37},                                           // long form for 55
            {0xb9, 0x00, 0x40},                                     // leading zero in length
            {0xbf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, // 2^64-1 bytes
            {0xbb, 0xff, 0xff, 0xff, 0xff},                         // 4 GiB claimed, none present
            {0xf8, 0x00},                                           // leading zero / long form
            {0x81, 0x7f},                                           // single byte as string
            {0xc1, 0x81, 0x00},                                     // same, nested
        };
        for (const Bytes& b : bad)
            QVERIFY2(decodeError(b) == ErrorCode::Corrupt, toHex(b).c_str());
    }

    void nestingDepth() {
        // 64 nested lists decode; 65 exceed the default limit; a megabyte of 0xc1 never recurses
        // that deep.
        auto nested = [](std::size_t depth) {
            // Headers computed inside out, so the deep case needs no recursive encoder.
            std::vector<Bytes> headers;
            std::size_t length = 1; // the innermost 0xc0
            for (std::size_t i = 1; i < depth; ++i) {
                Bytes h;
                if (length < 56) {
                    h.push_back(static_cast<std::uint8_t>(0xc0 + length));
                } else {
                    Bytes be;
                    for (std::size_t v = length; v != 0; v >>= 8)
                        be.insert(be.begin(), static_cast<std::uint8_t>(v));
                    h.push_back(static_cast<std::uint8_t>(0xf7 + be.size()));
                    h.insert(h.end(), be.begin(), be.end());
                }
                length += h.size();
                headers.push_back(std::move(h));
            }
            Bytes out;
            for (auto it = headers.rbegin(); it != headers.rend(); ++it)
                out.insert(out.end(), it->begin(), it->end());
            out.push_back(0xc0);
            return out;
        };
        QVERIFY(Rlp::decode(nested(64)).isList());
        QCOMPARE(decodeError(nested(65)), ErrorCode::Corrupt);
        QCOMPARE(decodeError(nested(1 << 20)), ErrorCode::Corrupt);
        QCOMPARE(decodeError(nested(3), 2), ErrorCode::Corrupt);
    }

    void nestedStructure() {
        // [ [], [[]], [ [], [[]] ] ] from the RLP spec: the set-theoretic three.
        const Rlp three = Rlp::list({Rlp::list(), Rlp::list({Rlp::list()}),
                                     Rlp::list({Rlp::list(), Rlp::list({Rlp::list()})})});
        QCOMPARE(toHex(three.encode()), std::string("0xc7c0c1c0c3c0c1c0"));
        QCOMPARE(toHex(Rlp::list({Rlp::string("cat"), Rlp::string("dog")}).encode()),
                 std::string("0xc88363617483646f67"));
    }
};

QTEST_APPLESS_MAIN(TestRlp)
#include "tst_rlp.moc"
