// Web3 Secret Storage v3: every published keystore vector (ethereum/tests, go-ethereum), our own
// files, and corrupt or hostile input (every field missing, mistyped, badly encoded, absurd).

#include "NodeScript.h"
#include "crypto/Scrypt.h"
#include "crypto/Secp256k1.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/Keystore.h"
#include "wallet/SeedKeystore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using nlohmann::json;
using sr::Error;
using sr::ErrorCode;
using sr::crypto::SecretBytes;
using sr::eth::fromHex;
using sr::eth::toHex;
using sr::wallet::Keystore;
using sr::wallet::KeystoreCrypto;
using sr::wallet::Mnemonic;
using sr::wallet::ScryptCost;
using sr::wallet::SeedKeystore;

Q_DECLARE_METATYPE(ErrorCode)

namespace {

const ScryptCost kFast{1u << 10, 8, 1};

json loadVectors(const QString& relative, QString* why) {
    const QString dir = sr::test::testVectorsDir(why);
    if (dir.isEmpty())
        return {};
    std::ifstream in((dir + "/" + relative).toStdString());
    if (!in) {
        *why = "cannot read " + dir + "/" + relative;
        return {};
    }
    return json::parse(in);
}

SecretBytes keyFromHex(const std::string& hex) {
    const sr::Bytes bytes = fromHex(hex);
    SecretBytes padded(32);
    std::copy(bytes.begin(), bytes.end(), padded.data() + (32 - bytes.size()));
    return padded;
}

std::string addressOf(const SecretBytes& key) {
    return sr::eth::Address::fromPublicKey(sr::crypto::publicKeyFromPrivate(key)).toLowerHex();
}

ErrorCode codeOf(const std::function<void()>& f, std::string* message = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    return ErrorCode(0);
}

// A small valid keystore to mutate (scrypt N = 2^10).
const json& sampleKeystore() {
    static const json sample = json::parse(
        Keystore::create(keyFromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f36"
                                    "2318"),
                         "pass", kFast)
            .toJson());
    return sample;
}

} // namespace

class KeystoreTest : public QObject {
    Q_OBJECT

    int vectorCount_ = 0;

    void checkVectorFile(const QString& relative, int expected) {
        QString why;
        const json vectors = loadVectors(relative, &why);
        if (vectors.is_null())
            QFAIL(qPrintable(why));
        int count = 0;
        for (const auto& [name, v] : vectors.items()) {
            const Keystore keystore = Keystore::parse(v.at("json").dump());
            const std::string password = v.at("password").get<std::string>();
            const SecretBytes key = keystore.unlock(password);
            QVERIFY2(key.equals(keyFromHex(v.at("priv").get<std::string>()).view()), name.c_str());
            QCOMPARE(key.size(), std::size_t(32));
            if (keystore.address())
                QCOMPARE(keystore.address()->toLowerHex(), addressOf(key));
            std::string message;
            QCOMPARE(codeOf([&] { (void)keystore.unlock(password + "x"); }, &message),
                     ErrorCode::WrongPassword);
            QCOMPARE(message, std::string(sr::wallet::kWrongPasswordMessage));
            // Re-encrypted by us, the key (30- and 31-byte ones included) comes back whole.
            const Keystore again = Keystore::parse(Keystore::create(key, password, kFast).toJson());
            QVERIFY(again.unlock(password).equals(key.view()));
            ++count;
        }
        QCOMPARE(count, expected);
        vectorCount_ += count;
    }

private slots:
    void ethereumTestsBasic() {
        checkVectorFile("ethereum-tests/KeyStoreTests/basic_tests.json", 5);
    }
    void ethereumTestsPbkdf2() {
        checkVectorFile("ethereum-tests/KeyStoreTests/pbkdf2_test.json", 2);
    }
    void gethV3Vectors() { checkVectorFile("go-ethereum/keystore/v3_test_vector.json", 4); }

    void gethVeryLightScrypt() {
        QString why;
        const json file = loadVectors("go-ethereum/keystore/very-light-scrypt.json", &why);
        if (file.is_null())
            QFAIL(qPrintable(why));
        // passphrase_test.go: password "" and this address.
        const Keystore keystore = Keystore::parse(file.dump());
        const SecretBytes key = keystore.unlock("");
        QCOMPARE(addressOf(key), std::string("0x45dea0fb0bba44f4fcf290bba71fd57d7117cbb8"));
        QCOMPARE(keystore.address()->toLowerHex(), addressOf(key));
        QCOMPARE(codeOf([&] { (void)keystore.unlock(" "); }), ErrorCode::WrongPassword);
        ++vectorCount_;
    }

    void shortKeysArePadded() {
        QString why;
        const json vectors = loadVectors("go-ethereum/keystore/v3_test_vector.json", &why);
        if (vectors.is_null())
            QFAIL(qPrintable(why));
        for (const char* name : {"30_byte_key", "31_byte_key"}) {
            const json& v = vectors.at(name);
            const Keystore keystore = Keystore::parse(v.at("json").dump());
            QVERIFY(keystore.crypto().ciphertextSize() < 32);
            const SecretBytes key = keystore.unlock(v.at("password").get<std::string>());
            QCOMPARE(key.data()[0], std::uint8_t(0));
            QCOMPARE(toHex(key.view(), false).substr(64 - v.at("priv").get<std::string>().size()),
                     v.at("priv").get<std::string>());
        }
    }

    void writesWhatGethWrites() {
        const SecretBytes key = SecretBytes::random(32);
        QElapsedTimer timer;
        timer.start();
        const Keystore keystore = Keystore::create(key, "correct horse battery staple");
        const json file = json::parse(keystore.toJson());
        qInfo("writing one default keystore (scrypt N=2^17): %lld ms", timer.elapsed());
        QCOMPARE(file.at("version"), 3);
        QCOMPARE(file.at("address").get<std::string>(), addressOf(key).substr(2));
        QVERIFY(QRegularExpression(
                    QStringLiteral(
                        "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(QString::fromStdString(file.at("id").get<std::string>()))
                    .hasMatch());
        const json& c = file.at("crypto");
        QCOMPARE(c.at("cipher"), "aes-128-ctr");
        QCOMPARE(c.at("kdf"), "scrypt");
        QCOMPARE(c.at("kdfparams").at("n"), 131072);
        QCOMPARE(c.at("kdfparams").at("r"), 8);
        QCOMPARE(c.at("kdfparams").at("p"), 1);
        QCOMPARE(c.at("kdfparams").at("dklen"), 32);
        QCOMPARE(c.at("kdfparams").at("salt").get<std::string>().size(), std::size_t(64));
        QCOMPARE(c.at("cipherparams").at("iv").get<std::string>().size(), std::size_t(32));
        QCOMPARE(c.at("ciphertext").get<std::string>().size(), std::size_t(64));
        QCOMPARE(c.at("mac").get<std::string>().size(), std::size_t(64));
        QVERIFY(!file.contains("x-strongroom"));
        QVERIFY(Keystore::parse(keystore.toJson())
                    .unlock("correct horse battery staple")
                    .equals(key.view()));
        // Fresh salt, IV and id every time.
        const json other = json::parse(Keystore::create(key, "p", kFast).toJson());
        const json third = json::parse(Keystore::create(key, "p", kFast).toJson());
        QVERIFY(other.at("crypto").at("kdfparams").at("salt") !=
                third.at("crypto").at("kdfparams").at("salt"));
        QVERIFY(other.at("crypto").at("cipherparams").at("iv") !=
                third.at("crypto").at("cipherparams").at("iv"));
        QVERIFY(other.at("id") != third.at("id"));
    }

    void refusesInvalidKeysAndCosts() {
        QCOMPARE(codeOf([] { (void)Keystore::create(SecretBytes(32), "p", kFast); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] { (void)Keystore::create(SecretBytes::random(31), "p", kFast); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] {
                     (void)Keystore::create(SecretBytes::random(32), "p", ScryptCost{3, 8, 1});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(
            codeOf([] {
                (void)Keystore::create(SecretBytes::random(32), "p", ScryptCost{1ull << 30, 8, 1});
            }),
            ErrorCode::InvalidArgument);
    }

    void wrongPasswordAndCorruptMacLookTheSame() {
        const json& sample = sampleKeystore();
        std::string wrongPassword, badMac, badCiphertext;
        QCOMPARE(
            codeOf([&] { (void)Keystore::parse(sample.dump()).unlock("Pass"); }, &wrongPassword),
            ErrorCode::WrongPassword);
        json mac = sample;
        std::string m = mac["crypto"]["mac"].get<std::string>();
        m[0] = m[0] == '0' ? '1' : '0';
        mac["crypto"]["mac"] = m;
        QCOMPARE(codeOf([&] { (void)Keystore::parse(mac.dump()).unlock("pass"); }, &badMac),
                 ErrorCode::WrongPassword);
        json ct = sample;
        std::string c = ct["crypto"]["ciphertext"].get<std::string>();
        c[10] = c[10] == 'a' ? 'b' : 'a';
        ct["crypto"]["ciphertext"] = c;
        QCOMPARE(codeOf([&] { (void)Keystore::parse(ct.dump()).unlock("pass"); }, &badCiphertext),
                 ErrorCode::WrongPassword);
        QCOMPARE(wrongPassword, badMac);
        QCOMPARE(wrongPassword, badCiphertext);
    }

    void addressMismatchIsCorruption() {
        json altered = sampleKeystore();
        altered["address"] = "0000000000000000000000000000000000000001";
        std::string message;
        QCOMPARE(codeOf([&] { (void)Keystore::parse(altered.dump()).unlock("pass"); }, &message),
                 ErrorCode::Corrupt);
        QVERIFY(message.find("address") != std::string::npos);
        // No address field at all (ethereum/tests files have none) is fine.
        json none = sampleKeystore();
        none.erase("address");
        QVERIFY(!Keystore::parse(none.dump()).address());
        QCOMPARE(addressOf(Keystore::parse(none.dump()).unlock("pass")),
                 "0x" + sampleKeystore().at("address").get<std::string>());
    }

    void fieldNamesInAnyCase() {
        json file = sampleKeystore();
        json crypto = file["crypto"];
        file.erase("crypto");
        json upper;
        for (auto& [k, v] : crypto.items()) {
            std::string name = k;
            std::transform(name.begin(), name.end(), name.begin(), ::toupper);
            upper[name] = v;
        }
        upper["KDFPARAMS"]["DkLen"] = upper["KDFPARAMS"]["dklen"];
        upper["KDFPARAMS"].erase("dklen");
        upper["CIPHER"] = "AES-128-CTR";
        upper["KDF"] = "Scrypt";
        file["Crypto"] = upper;
        file["Address"] = file["address"];
        file.erase("address");
        file["version"] = "3";
        const Keystore keystore = Keystore::parse(file.dump());
        QVERIFY(keystore.address());
        QCOMPARE(keystore.address()->toLowerHex(), addressOf(keystore.unlock("pass")));
        // The same member twice in different cases is ambiguous.
        json twice = sampleKeystore();
        twice["CRYPTO"] = twice["crypto"];
        QCOMPARE(codeOf([&] { (void)Keystore::parse(twice.dump()); }), ErrorCode::Corrupt);
    }

    // Every field: missing, of the wrong type, badly encoded, or absurd. Each must be refused
    // by parse() (before any key derivation) with a message naming the field.
    void corruptFields_data() {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // JSON text, or empty to remove the member
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mentions");
        auto row = [](const char* name, const char* pointer, const char* value, ErrorCode code,
                      const char* mentions) {
            QTest::newRow(name) << QString::fromLatin1(pointer) << QString::fromLatin1(value)
                                << code << QString::fromLatin1(mentions);
        };
        const auto C = ErrorCode::Corrupt;
        const auto U = ErrorCode::Unsupported;
        row("no version", "/version", "", C, "version");
        row("version 2", "/version", "2", U, "version 3");
        row("version float", "/version", "3.0", C, "version");
        row("version object", "/version", "{}", C, "version");
        row("no crypto", "/crypto", "", C, "crypto");
        row("crypto string", "/crypto", "\"x\"", C, "crypto");
        row("crypto array", "/crypto", "[]", C, "crypto");
        row("no cipher", "/crypto/cipher", "", C, "crypto.cipher");
        row("cipher number", "/crypto/cipher", "1", C, "crypto.cipher");
        row("cipher cbc", "/crypto/cipher", "\"aes-128-cbc\"", U, "aes-128-cbc");
        row("no cipherparams", "/crypto/cipherparams", "", C, "crypto.cipherparams");
        row("cipherparams string", "/crypto/cipherparams", "\"iv\"", C, "crypto.cipherparams");
        row("no iv", "/crypto/cipherparams/iv", "", C, "crypto.cipherparams.iv");
        row("iv number", "/crypto/cipherparams/iv", "12", C, "crypto.cipherparams.iv");
        row("iv short", "/crypto/cipherparams/iv", "\"00112233\"", C, "crypto.cipherparams.iv");
        row("iv long", "/crypto/cipherparams/iv", "\"000102030405060708090a0b0c0d0e0f10\"", C,
            "crypto.cipherparams.iv");
        row("iv not hex", "/crypto/cipherparams/iv", "\"zz0102030405060708090a0b0c0d0e0f\"", C,
            "crypto.cipherparams.iv");
        row("no ciphertext", "/crypto/ciphertext", "", C, "crypto.ciphertext");
        row("ciphertext number", "/crypto/ciphertext", "5", C, "crypto.ciphertext");
        row("ciphertext empty", "/crypto/ciphertext", "\"\"", C, "crypto.ciphertext");
        row("ciphertext 15 bytes", "/crypto/ciphertext", "\"000102030405060708090a0b0c0d0e\"", C,
            "crypto.ciphertext");
        row("ciphertext 33 bytes", "/crypto/ciphertext",
            "\"000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f10\"", C,
            "crypto.ciphertext");
        row("ciphertext odd hex", "/crypto/ciphertext",
            "\"000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0\"", C,
            "crypto.ciphertext");
        row("ciphertext not hex", "/crypto/ciphertext",
            "\"g00102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f\"", C,
            "crypto.ciphertext");
        row("ciphertext megabytes", "/crypto/ciphertext", nullptr, C, "crypto.ciphertext");
        row("no mac", "/crypto/mac", "", C, "crypto.mac");
        row("mac number", "/crypto/mac", "0", C, "crypto.mac");
        row("mac short", "/crypto/mac", "\"0011\"", C, "crypto.mac");
        row("mac not hex", "/crypto/mac",
            "\"xx0102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f\"", C,
            "crypto.mac");
        row("no kdf", "/crypto/kdf", "", C, "crypto.kdf");
        row("kdf number", "/crypto/kdf", "7", C, "crypto.kdf");
        row("kdf argon2", "/crypto/kdf", "\"argon2id\"", U, "argon2id");
        row("no kdfparams", "/crypto/kdfparams", "", C, "crypto.kdfparams");
        row("kdfparams array", "/crypto/kdfparams", "[1,2]", C, "crypto.kdfparams");
        row("no n", "/crypto/kdfparams/n", "", C, "crypto.kdfparams.n");
        row("n string", "/crypto/kdfparams/n", "\"1024\"", C, "crypto.kdfparams.n");
        row("n float", "/crypto/kdfparams/n", "1024.5", C, "crypto.kdfparams.n");
        row("n negative", "/crypto/kdfparams/n", "-1024", C, "crypto.kdfparams.n");
        row("n zero", "/crypto/kdfparams/n", "0", C, "power of two");
        row("n one", "/crypto/kdfparams/n", "1", C, "power of two");
        row("n not power of two", "/crypto/kdfparams/n", "1000", C, "power of two");
        row("n 2^21", "/crypto/kdfparams/n", "2097152", U, "n = 2097152");
        row("n 2^40", "/crypto/kdfparams/n", "1099511627776", U, "n =");
        row("n 2^63", "/crypto/kdfparams/n", "9223372036854775808", U, "n =");
        row("n 2^64", "/crypto/kdfparams/n", "18446744073709551616", C, "crypto.kdfparams.n");
        row("no r", "/crypto/kdfparams/r", "", C, "crypto.kdfparams.r");
        row("r zero", "/crypto/kdfparams/r", "0", C, "r or p");
        row("r huge", "/crypto/kdfparams/r", "100000", U, "MiB");
        row("r 2^32", "/crypto/kdfparams/r", "4294967296", U, "r or p");
        row("no p", "/crypto/kdfparams/p", "", C, "crypto.kdfparams.p");
        row("p zero", "/crypto/kdfparams/p", "0", C, "r or p");
        row("p huge", "/crypto/kdfparams/p", "1000000", U, "work");
        row("p 2^40", "/crypto/kdfparams/p", "1099511627776", U, "r or p");
        row("no dklen", "/crypto/kdfparams/dklen", "", C, "crypto.kdfparams.dklen");
        row("dklen 64", "/crypto/kdfparams/dklen", "64", C, "dklen");
        row("dklen 16", "/crypto/kdfparams/dklen", "16", C, "dklen");
        row("dklen string", "/crypto/kdfparams/dklen", "\"32\"", C, "crypto.kdfparams.dklen");
        row("no salt", "/crypto/kdfparams/salt", "", C, "crypto.kdfparams.salt");
        row("salt number", "/crypto/kdfparams/salt", "1", C, "crypto.kdfparams.salt");
        row("salt not hex", "/crypto/kdfparams/salt", "\"salty\"", C, "crypto.kdfparams.salt");
        row("address number", "/address", "1", C, "address");
        row("address short", "/address", "\"1234\"", C, "address");
        row("address not hex", "/address", "\"zz5dea0fb0bba44f4fcf290bba71fd57d7117cbb8\"", C,
            "address");
        row("id number", "/id", "5", C, "id");
        row("extension not object", "/x-strongroom", "1", C, "x-strongroom");
        row("hd index string", "/x-strongroom", "{\"hd\":{\"seed\":\"a\",\"index\":\"1\"}}", C,
            "x-strongroom.hd.index");
        row("hd index hardened", "/x-strongroom", "{\"hd\":{\"seed\":\"a\",\"index\":2147483648}}",
            C, "x-strongroom.hd.index");
        row("hd no seed", "/x-strongroom", "{\"hd\":{\"index\":1}}", C, "x-strongroom.hd.seed");
        row("result key no crypto", "/x-strongroom", "{\"resultKey\":{\"publicKey\":\"x\"}}", C,
            "x-strongroom.resultKey.crypto");
    }
    void corruptFields() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mentions);
        json file = sampleKeystore();
        const json::json_pointer at(pointer.toStdString());
        if (value.isNull() && pointer.endsWith(QLatin1String("ciphertext")))
            file[at] = std::string(40000, 'a'); // refused by its size, before decoding
        else if (value.isEmpty())
            file[at.parent_pointer()].erase(at.back());
        else
            file[at] = json::parse(value.toStdString());
        std::string message;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(codeOf([&] { (void)Keystore::parse(file.dump()); }, &message), code);
        // Refused before any key derivation: parse() derives nothing.
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(QString::fromStdString(message).contains(mentions), message.c_str());
    }

    void pbkdf2Fields_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no c") << QStringLiteral("c") << QString() << ErrorCode::Corrupt;
        QTest::newRow("c zero") << QStringLiteral("c") << QStringLiteral("0") << ErrorCode::Corrupt;
        QTest::newRow("c string") << QStringLiteral("c") << QStringLiteral("\"262144\"")
                                  << ErrorCode::Corrupt;
        QTest::newRow("c 2^40") << QStringLiteral("c") << QStringLiteral("1099511627776")
                                << ErrorCode::Unsupported;
        QTest::newRow("c 10^7+1") << QStringLiteral("c") << QStringLiteral("10000001")
                                  << ErrorCode::Unsupported;
        QTest::newRow("no prf") << QStringLiteral("prf") << QString() << ErrorCode::Corrupt;
        QTest::newRow("prf sha512")
            << QStringLiteral("prf") << QStringLiteral("\"hmac-sha512\"") << ErrorCode::Unsupported;
        QTest::newRow("prf number")
            << QStringLiteral("prf") << QStringLiteral("1") << ErrorCode::Corrupt;
        QTest::newRow("dklen 31") << QStringLiteral("dklen") << QStringLiteral("31")
                                  << ErrorCode::Corrupt;
        QTest::newRow("no salt") << QStringLiteral("salt") << QString() << ErrorCode::Corrupt;
    }
    void pbkdf2Fields() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(ErrorCode, code);
        json file = sampleKeystore();
        file["crypto"]["kdf"] = "pbkdf2";
        file["crypto"]["kdfparams"] = {
            {"c", 10}, {"dklen", 32}, {"prf", "hmac-sha256"}, {"salt", "00ff"}};
        QCOMPARE(codeOf([&] { (void)Keystore::parse(file.dump()); }), ErrorCode(0));
        if (value.isEmpty())
            file["crypto"]["kdfparams"].erase(field.toStdString());
        else
            file["crypto"]["kdfparams"][field.toStdString()] = json::parse(value.toStdString());
        QCOMPARE(codeOf([&] { (void)Keystore::parse(file.dump()); }), code);
    }

    void notJsonOrNotAnObject_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not json");
        QTest::newRow("truncated") << QByteArray(sampleKeystore().dump().substr(0, 100).c_str());
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("string") << QByteArray("\"keystore\"");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("deep") << QByteArray(100000, '[');
        QTest::newRow("deep objects")
            << QByteArray("{\"a\":").repeated(40) + "1" + QByteArray("}").repeated(40);
        QTest::newRow("huge") << QByteArray(200000, ' ') + "{}";
        QTest::newRow("nul byte") << QByteArray("{\"version\":3\0}", 14);
        QTest::newRow("invalid utf8 string") << QByteArray("{\"version\":3,\"id\":\"\xff\"}");
    }
    void notJsonOrNotAnObject() {
        QFETCH(QByteArray, text);
        QCOMPARE(
            codeOf([&] { (void)Keystore::parse(std::string_view(text.constData(), text.size())); }),
            ErrorCode::Corrupt);
    }

    void extensionsRoundTrip() {
        const SecretBytes key = SecretBytes::random(32);
        Keystore keystore = Keystore::create(key, "pw", kFast);
        keystore.setHdOrigin(Keystore::HdOrigin{"seed-id", 7});
        const std::string pem = "-----BEGIN PRIVATE KEY-----\nnot a real key\n"
                                "-----END PRIVATE KEY-----\n";
        keystore.setResultKey("-----BEGIN PUBLIC KEY-----\n", SecretBytes(sr::asBytes(pem)), "pw",
                              kFast);
        const Keystore parsed = Keystore::parse(keystore.toJson());
        QCOMPARE(parsed.hdOrigin()->seedId, std::string("seed-id"));
        QCOMPARE(parsed.hdOrigin()->index, 7u);
        QCOMPARE(*parsed.resultPublicKeyPem(), std::string("-----BEGIN PUBLIC KEY-----\n"));
        QVERIFY(parsed.unlockResultKey("pw").equals(sr::asBytes(pem)));
        QCOMPARE(codeOf([&] { (void)parsed.unlockResultKey("PW"); }), ErrorCode::WrongPassword);
        QVERIFY(parsed.unlock("pw").equals(key.view()));
        QCOMPARE(codeOf([&] { (void)Keystore::create(key, "pw", kFast).unlockResultKey("pw"); }),
                 ErrorCode::NotFound);
        // The PEM never appears in clear in the file.
        QVERIFY(keystore.toJson().find("not a real key") == std::string::npos);
    }

    // create() with a result key seals both under one derivation (same salt and KDF, their own
    // IVs), and unlockWithResultKey() opens both with one; a file whose result key was sealed
    // apart (older Strongroom files) takes two.
    void resultKeySharesTheFilesDerivation() {
        const SecretBytes key = SecretBytes::random(32);
        const std::string pem = "-----BEGIN PRIVATE KEY-----\nnot a real key\n"
                                "-----END PRIVATE KEY-----\n";
        const std::uint64_t start = sr::crypto::scryptRuns();
        const Keystore shared = Keystore::create(key, "-----BEGIN PUBLIC KEY-----\n",
                                                 SecretBytes(sr::asBytes(pem)), "pw", kFast);
        QCOMPARE(sr::crypto::scryptRuns() - start, 1u);
        const auto doc = nlohmann::json::parse(shared.toJson());
        const auto& resultCrypto = doc["x-strongroom"]["resultKey"]["crypto"];
        QCOMPARE(resultCrypto["kdfparams"], doc["crypto"]["kdfparams"]);
        QVERIFY(resultCrypto["cipherparams"]["iv"] != doc["crypto"]["cipherparams"]["iv"]);
        QVERIFY(resultCrypto["mac"] != doc["crypto"]["mac"]);

        const Keystore parsed = Keystore::parse(shared.toJson());
        std::uint64_t before = sr::crypto::scryptRuns();
        const Keystore::Unlocked both = parsed.unlockWithResultKey("pw");
        QCOMPARE(sr::crypto::scryptRuns() - before, 1u);
        QVERIFY(both.privateKey.equals(key.view()));
        QVERIFY(both.resultKey && both.resultKey->equals(sr::asBytes(pem)));
        // Each half still opens alone, and a wrong password opens neither.
        QVERIFY(parsed.unlock("pw").equals(key.view()));
        QVERIFY(parsed.unlockResultKey("pw").equals(sr::asBytes(pem)));
        QCOMPARE(codeOf([&] { (void)parsed.unlockWithResultKey("PW"); }), ErrorCode::WrongPassword);

        Keystore apart = Keystore::create(key, "pw", kFast);
        apart.setResultKey("-----BEGIN PUBLIC KEY-----\n", SecretBytes(sr::asBytes(pem)), "pw",
                           kFast);
        before = sr::crypto::scryptRuns();
        const Keystore::Unlocked again = Keystore::parse(apart.toJson()).unlockWithResultKey("pw");
        QCOMPARE(sr::crypto::scryptRuns() - before, 2u);
        QVERIFY(again.resultKey && again.resultKey->equals(sr::asBytes(pem)));
        // No result key: one derivation, nothing more to open.
        before = sr::crypto::scryptRuns();
        QVERIFY(!Keystore::create(key, "pw", kFast).unlockWithResultKey("pw").resultKey);
        QCOMPARE(sr::crypto::scryptRuns() - before, 2u); // create, then unlock
    }

    void seedKeystore() {
        const Mnemonic m =
            Mnemonic::fromPhrase("test test test test test test test test test test test junk");
        const SeedKeystore seed = SeedKeystore::create(m, "pw", kFast);
        QCOMPARE(seed.firstAddress().toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        const std::string text = seed.toJson();
        QVERIFY(text.find("test") == std::string::npos);
        const SeedKeystore parsed = SeedKeystore::parse(text);
        QCOMPARE(parsed.id(), seed.id());
        QCOMPARE(std::string(parsed.unlock("pw").phrase()), std::string(m.phrase()));
        QCOMPARE(codeOf([&] { (void)parsed.unlock("pW"); }), ErrorCode::WrongPassword);
        QCOMPARE(sr::wallet::hdAddress(m, 1).toChecksumHex(),
                 std::string("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));

        json file = json::parse(text);
        auto refused = [](const json& j) {
            return codeOf([&] { (void)SeedKeystore::parse(j.dump()); });
        };
        json bad = file;
        bad["type"] = "keystore";
        QCOMPARE(refused(bad), ErrorCode::Corrupt);
        bad = file;
        bad["version"] = 2;
        QCOMPARE(refused(bad), ErrorCode::Unsupported);
        bad = file;
        bad.erase("firstAddress");
        QCOMPARE(refused(bad), ErrorCode::Corrupt);
        bad = file;
        bad["crypto"]["ciphertext"] = "0011223344556677889900112233445566";
        QCOMPARE(refused(bad), ErrorCode::Corrupt); // 17 bytes: not an entropy size
        bad = file;
        bad["firstAddress"] = "0000000000000000000000000000000000000001";
        QCOMPARE(codeOf([&] { (void)SeedKeystore::parse(bad.dump()).unlock("pw"); }),
                 ErrorCode::Corrupt);
        // An account keystore is not a seed file and vice versa.
        QCOMPARE(refused(sampleKeystore()), ErrorCode::Corrupt);
        QCOMPARE(codeOf([&] { (void)Keystore::parse(text); }), ErrorCode::Unsupported);
    }

    void cleanupTestCase() { qInfo("published keystore vectors checked: %d", vectorCount_); }
};

QTEST_APPLESS_MAIN(KeystoreTest)
#include "tst_keystore.moc"
