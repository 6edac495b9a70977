// secp256k1 through libsecp256k1: key validation, public keys, RFC 6979 signatures with
// recovery, recovery and verification, and the Wycheproof ECDSA (Bitcoin variant) vectors.

#include "NodeScript.h"
#include "crypto/Secp256k1.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
using sr::Bytes;
using sr::Hash32;
using sr::crypto::SecretBytes;
using sr::crypto::Signature;
using sr::eth::fromHex;
using sr::eth::fromHexFixed;
using sr::eth::toHex;

namespace {

SecretBytes keyFromHex(std::string_view hex) {
    const Bytes bytes = fromHex(hex);
    return SecretBytes(sr::ByteView{bytes});
}

const char* const kOrderHex = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

} // namespace

class TestSecp256k1 : public QObject {
    Q_OBJECT

private slots:
    void validPrivateKeys();
    void invalidPrivateKeys_data();
    void invalidPrivateKeys();
    void generatorPublicKey();
    void eip155ExampleSignature();
    void signIsDeterministicLowSAndRecovers();
    void recoverRejectsBadSignatures();
    void verifyAcceptsOnlyTheSigner();
    void wycheproof();
};

void TestSecp256k1::validPrivateKeys() {
    QVERIFY(sr::crypto::isValidPrivateKey(fromHex("0x" + std::string(63, '0') + "1")));
    QVERIFY(sr::crypto::isValidPrivateKey(
        fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140"))); // n - 1
}

void TestSecp256k1::invalidPrivateKeys_data() {
    QTest::addColumn<QString>("hex");
    QTest::newRow("zero") << QString(64, QLatin1Char('0'));
    QTest::newRow("n") << QString::fromLatin1(kOrderHex);
    QTest::newRow("n + 1") << "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142";
    QTest::newRow("all ff") << QString(64, QLatin1Char('f'));
    QTest::newRow("31 bytes") << QString(62, QLatin1Char('1'));
    QTest::newRow("33 bytes") << QString(66, QLatin1Char('1'));
    QTest::newRow("empty") << QString();
}

void TestSecp256k1::invalidPrivateKeys() {
    QFETCH(QString, hex);
    const SecretBytes key = keyFromHex(hex.toStdString());
    QVERIFY(!sr::crypto::isValidPrivateKey(key.view()));
    try {
        sr::crypto::publicKeyFromPrivate(key);
        QFAIL("derived a public key from an invalid private key");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
    }
    QVERIFY_THROWS_EXCEPTION(sr::Error, sr::crypto::signHash(key, Hash32{}));
}

void TestSecp256k1::generatorPublicKey() {
    const auto g = sr::crypto::publicKeyFromPrivate(keyFromHex(std::string(63, '0') + "1"));
    QCOMPARE(toHex(g, false),
             std::string("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                         "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"));
}

void TestSecp256k1::eip155ExampleSignature() {
    // EIP-155's worked example: key 0x4646..46, signing hash daf5a7..8e53, v = 37 (chain 1).
    std::string keyHex;
    for (int i = 0; i < 32; ++i)
        keyHex += "46";
    const SecretBytes key = keyFromHex(keyHex);
    const auto digest =
        fromHexFixed<32>("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
    const Signature sig = sr::crypto::signHash(key, digest);
    QCOMPARE(toHex(sig.r, false),
             std::string("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"));
    QCOMPARE(toHex(sig.s, false),
             std::string("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    QCOMPARE(sig.recoveryId, std::uint8_t(0)); // 37 = 0 + 35 + 2 * 1
}

void TestSecp256k1::signIsDeterministicLowSAndRecovers() {
    for (int i = 1; i <= 50; ++i) {
        SecretBytes key(32);
        for (int j = 0; j < 32; ++j)
            key.data()[j] = static_cast<std::uint8_t>(i * 37 + j * 11);
        Hash32 digest{};
        for (int j = 0; j < 32; ++j)
            digest[static_cast<std::size_t>(j)] = static_cast<std::uint8_t>(i + j * 3);
        const Signature a = sr::crypto::signHash(key, digest);
        const Signature b = sr::crypto::signHash(key, digest);
        QCOMPARE(a, b);
        QVERIFY(a.recoveryId <= 1);
        QVERIFY(sr::crypto::isLowS(a));
        const auto publicKey = sr::crypto::publicKeyFromPrivate(key);
        QCOMPARE(sr::crypto::recoverPublicKey(digest, a), publicKey);
        QVERIFY(sr::crypto::verify(digest, a, publicKey));
    }
}

void TestSecp256k1::recoverRejectsBadSignatures() {
    const auto digest = fromHexFixed<32>(std::string(64, 'a'));
    Signature zero;
    QVERIFY_THROWS_EXCEPTION(sr::Error, sr::crypto::recoverPublicKey(digest, zero));
    Signature rOverflow;
    rOverflow.r = fromHexFixed<32>(kOrderHex);
    rOverflow.s[31] = 1;
    QVERIFY_THROWS_EXCEPTION(sr::Error, sr::crypto::recoverPublicKey(digest, rOverflow));
    Signature badId = sr::crypto::signHash(keyFromHex(std::string(63, '0') + "7"), digest);
    badId.recoveryId = 2;
    try {
        sr::crypto::recoverPublicKey(digest, badId);
        QFAIL("accepted recovery id 2");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::Crypto);
    }
}

void TestSecp256k1::verifyAcceptsOnlyTheSigner() {
    const SecretBytes key = keyFromHex(std::string(63, '0') + "9");
    const SecretBytes other = keyFromHex(std::string(63, '0') + "a");
    const auto digest = fromHexFixed<32>(std::string(64, 'b'));
    const Signature sig = sr::crypto::signHash(key, digest);
    const auto publicKey = sr::crypto::publicKeyFromPrivate(key);
    QVERIFY(sr::crypto::verify(digest, sig, publicKey));
    QVERIFY(!sr::crypto::verify(digest, sig, sr::crypto::publicKeyFromPrivate(other)));
    auto otherDigest = digest;
    otherDigest[0] ^= 1;
    QVERIFY(!sr::crypto::verify(otherDigest, sig, publicKey));
    QVERIFY(!sr::crypto::verify(digest, sig, Bytes(64, 0))); // not a point
    QVERIFY(!sr::crypto::verify(digest, sig, Bytes(10, 4))); // wrong length
    // SEC1 forms of the same key are accepted.
    Bytes sec1(65, 0x04);
    std::copy(publicKey.begin(), publicKey.end(), sec1.begin() + 1);
    QVERIFY(sr::crypto::verify(digest, sig, sec1));
}

void TestSecp256k1::wycheproof() {
    QString why;
    const QString dir = sr::test::testVectorsDir(&why);
    if (dir.isEmpty())
        QFAIL(qPrintable(why));
    QFile file(dir + "/wycheproof/ecdsa_secp256k1_sha256_bitcoin_test.json");
    if (!file.open(QIODevice::ReadOnly))
        QFAIL(qPrintable("cannot read " + file.fileName()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value("algorithm").toString(), QStringLiteral("ECDSA"));
    int valid = 0;
    int invalid = 0;
    int total = 0;
    for (const auto groupValue : root.value("testGroups").toArray()) {
        const QJsonObject group = groupValue.toObject();
        QCOMPARE(group.value("sha").toString(), QStringLiteral("SHA-256"));
        const Bytes publicKey = fromHex(
            group.value("publicKey").toObject().value("uncompressed").toString().toStdString());
        for (const auto testValue : group.value("tests").toArray()) {
            const QJsonObject test = testValue.toObject();
            const QString result = test.value("result").toString();
            const Hash32 digest =
                sr::crypto::sha256(fromHex(test.value("msg").toString().toStdString()));
            const bool verified = sr::crypto::verifyDer(
                digest, fromHex(test.value("sig").toString().toStdString()), publicKey);
            const QByteArray label = QByteArray::number(test.value("tcId").toInt()) + " " +
                                     test.value("comment").toString().toUtf8();
            // "acceptable" cases do not occur in this file; treat any as must-not-crash.
            if (result == QLatin1String("valid")) {
                QVERIFY2(verified, label.constData());
                ++valid;
            } else if (result == QLatin1String("invalid")) {
                QVERIFY2(!verified, label.constData());
                ++invalid;
            }
            ++total;
        }
    }
    qInfo("Wycheproof: %d tests (%d valid, %d invalid)", total, valid, invalid);
    QCOMPARE(total, root.value("numberOfTests").toInt());
    QCOMPARE(total, valid + invalid);
}

QTEST_APPLESS_MAIN(TestSecp256k1)
#include "tst_secp256k1.moc"
