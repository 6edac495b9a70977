// EIP-712: the "Mail" example of the EIP typed in as facts (type string, type hash, domain
// separator, message hash, digest and the signature with keccak256("cow")), v4 arrays, and
// corrupt documents.

#include "crypto/Keccak.h"
#include "crypto/SecretBytes.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QtTest>

using nlohmann::json;
using sr::Error;
using sr::ErrorCode;
using sr::eth::Eip712;
using sr::eth::toHex;

namespace {

json mail() {
    return json::parse(R"({
      "types": {
        "EIP712Domain": [
          {"name": "name", "type": "string"}, {"name": "version", "type": "string"},
          {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
        "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
        "Mail": [{"name": "from", "type": "Person"}, {"name": "to", "type": "Person"},
                 {"name": "contents", "type": "string"}]
      },
      "primaryType": "Mail",
      "domain": {"name": "Ether Mail", "version": "1", "chainId": 1,
                 "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
      "message": {
        "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
        "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
        "contents": "Hello, Bob!"
      }
    })");
}

// A document whose digest fails: parsing may succeed (values are checked when hashed).
ErrorCode errorOf(const json& doc) {
    try {
        (void)Eip712::fromJson(doc).digest();
    } catch (const Error& e) {
        qDebug("%s", e.what()); // the message a user would see: worth reading in the log
        return e.code();
    }
    return ErrorCode::Internal;
}

json withField(const char* type, json value) {
    json doc = mail();
    doc["types"]["Mail"].push_back({{"name", "extra"}, {"type", type}});
    doc["message"]["extra"] = std::move(value);
    return doc;
}

} // namespace

class TestEip712 : public QObject {
    Q_OBJECT

private slots:
    void mailExampleFromTheEip() {
        const Eip712 td = Eip712::fromJson(mail());
        QCOMPARE(td.encodeType("Mail"),
                 std::string("Mail(Person from,Person to,string contents)Person(string name,"
                             "address wallet)"));
        QCOMPARE(toHex(td.typeHash("Mail")),
                 std::string("0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2"));
        QCOMPARE(toHex(td.domainSeparator()),
                 std::string("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        QCOMPARE(toHex(td.messageHash()),
                 std::string("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e"));
        QCOMPARE(toHex(td.digest()),
                 std::string("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));
        const sr::crypto::SecretBytes cow(sr::crypto::keccak256(sr::asBytes("cow")));
        QCOMPARE(toHex(td.sign(cow)),
                 std::string("0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
                             "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c"));
    }

    void domainTypeDerivedWhenAbsent() {
        json doc = mail();
        doc["types"].erase("EIP712Domain");
        QCOMPARE(toHex(Eip712::fromJson(doc).domainSeparator()),
                 std::string("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        doc["domain"]["custom"] = "x";
        QCOMPARE(errorOf(doc), ErrorCode::Corrupt);
    }

    void numbersInEveryForm() {
        // chainId 1 as a JSON number, a decimal string and a hex string: one digest.
        const auto digest = Eip712::fromJson(mail()).digest();
        for (json chainId : {json(1), json("1"), json("0x1"), json("0x01")}) {
            json doc = mail();
            doc["domain"]["chainId"] = chainId;
            QCOMPARE(Eip712::fromJson(doc).digest(), digest);
        }
    }

    void dependencyOrderIsAlphabetical() {
        json doc = mail();
        doc["types"]["Zebra"] = json::array({{{"name", "a"}, {"type", "uint8"}}});
        doc["types"]["Apple"] = json::array({{{"name", "z"}, {"type", "Zebra[]"}}});
        doc["types"]["Mail"].push_back({{"name", "apples"}, {"type", "Apple[2]"}});
        doc["message"]["apples"] =
            json::array({{{"z", json::array()}}, {{"z", json::array({{{"a", 255}}})}}});
        const Eip712 td = Eip712::fromJson(doc);
        QCOMPARE(td.encodeType("Mail"),
                 std::string("Mail(Person from,Person to,string contents,Apple[2] apples)"
                             "Apple(Zebra[] z)Person(string name,address wallet)Zebra(uint8 a)"));
        (void)td.digest();
    }

    void atomicArraysAndBytes() {
        QVERIFY(errorOf(withField("int8[]", json::array({-128, 127, "-5", 0}))) ==
                ErrorCode::Internal);
        QVERIFY(errorOf(withField("bytes", "0x")) == ErrorCode::Internal);
        QVERIFY(errorOf(withField("bytes4", "0x11223344")) == ErrorCode::Internal);
        QVERIFY(errorOf(withField("bool[][]", json::array({json::array({true, false})}))) ==
                ErrorCode::Internal);
        QVERIFY(errorOf(withField("uint256", "0x" + std::string(64, 'f'))) == ErrorCode::Internal);
    }

    void corruptDocuments_data() {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<QByteArray>("document");
        auto add = [](const char* name, const json& doc) {
            QTest::newRow(name) << QByteArray(name) << QByteArray::fromStdString(doc.dump());
        };
        add("not an object", json::array());
        {
            json d = mail();
            d.erase("types");
            add("no types", d);
        }
        {
            json d = mail();
            d.erase("primaryType");
            add("no primaryType", d);
        }
        {
            json d = mail();
            d.erase("message");
            add("no message", d);
        }
        {
            json d = mail();
            d["primaryType"] = "Letter";
            add("undefined primaryType", d);
        }
        {
            json d = mail();
            d["types"].erase("Person");
            add("missing struct type", d);
        }
        {
            json d = mail();
            d["types"]["Person"].push_back({{"name", "friend"}, {"type", "Person[]"}});
            d["message"]["from"]["friend"] = json::array();
            d["message"]["to"]["friend"] = json::array();
            add("self-referencing type", d);
        }
        {
            json d = mail();
            d["types"]["Person"].push_back({{"name", "mail"}, {"type", "Mail"}});
            add("cycle through two types", d);
        }
        {
            json d = mail();
            d["types"]["Person"].push_back({{"name", "name"}, {"type", "string"}});
            add("duplicate field", d);
        }
        {
            json d = mail();
            d["types"]["Person"][0]["type"] = "uint";
            add("non-canonical atomic type", d);
        }
        {
            json d = mail();
            d["types"]["Person"][0]["type"] = "string[0]";
            add("zero-length array type", d);
        }
        {
            json d = mail();
            d["types"]["uint256"] = json::array();
            add("struct named like an atomic type", d);
        }
        {
            json d = mail();
            d["message"].erase("contents");
            add("missing field", d);
        }
        {
            json d = mail();
            d["message"]["bcc"] = "eve";
            add("undeclared field", d);
        }
        {
            json d = mail();
            d["message"]["to"] = nullptr;
            add("null struct", d);
        }
        {
            json d = mail();
            d["message"]["from"]["wallet"] = "0xcD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826";
            add("bad checksum", d);
        }
        {
            json d = mail();
            d["message"]["from"]["wallet"] = "0x1234";
            add("short address", d);
        }
        {
            json d = mail();
            d["message"]["contents"] = 5;
            add("number for string", d);
        }
        {
            json d = mail();
            d["domain"]["chainId"] = 1.5;
            add("float", d);
        }
        {
            json d = mail();
            d["domain"]["chainId"] = "-1";
            add("negative uint", d);
        }
        {
            json d = mail();
            d["domain"]["chainId"] = "0x1" + std::string(64, '0');
            add("uint256 overflow", d);
        }
        {
            json d = mail();
            for (int i = 0; i < 300; ++i)
                d["types"]["Unused" + std::to_string(i)] =
                    json::array({{{"name", "v"}, {"type", "uint8"}}});
            add("too many types", d);
        }
        add("deeply nested JSON",
            withField("uint8[]", json::parse(std::string(1000, '[') + std::string(1000, ']'))));
        add("uint8 overflow", withField("uint8", 256));
        add("int8 overflow", withField("int8", -129));
        add("bytes4 too short", withField("bytes4", "0x112233"));
        add("bytes not hex", withField("bytes", "hello"));
        add("bytes odd hex", withField("bytes", "0x123"));
        add("bool as string", withField("bool", "true"));
        add("fixed array length", withField("uint8[2]", json::array({1})));
        add("array is not an array", withField("uint8[]", 1));
        {
            // A chain of 100 struct types, each holding the next: deeper than the limit.
            json d = mail();
            json value = json::object({{"v", 1}});
            d["types"]["T100"] = json::array({{{"name", "v"}, {"type", "uint8"}}});
            for (int i = 99; i >= 0; --i) {
                d["types"]["T" + std::to_string(i)] =
                    json::array({{{"name", "n"}, {"type", "T" + std::to_string(i + 1)}}});
                value = json::object({{"n", value}});
            }
            d["types"]["Mail"].push_back({{"name", "deep"}, {"type", "T0"}});
            d["message"]["deep"] = value;
            add("nesting too deep", d);
        }
    }
    void corruptDocuments() {
        QFETCH(QByteArray, description);
        QFETCH(QByteArray, document);
        QCOMPARE(errorOf(json::parse(document.toStdString())), ErrorCode::Corrupt);
    }
};

QTEST_APPLESS_MAIN(TestEip712)
#include "tst_eip712.moc"
