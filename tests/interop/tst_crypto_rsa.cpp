// RSA result keys against the iExec SDK's own tools: node-forge unwraps what we wrap and we
// unwrap what forge wraps (RSAES-PKCS1-v1_5), forge reads our PEMs, and we read the PEMs
// node:crypto makes the way `iexec` generates result key pairs (PKCS#8 and PKCS#1).

#include "NodeScript.h"
#include "crypto/RsaPrivateKey.h"
#include "crypto/RsaPublicKey.h"
#include "eth/Hex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <random>

using sr::Bytes;
using sr::crypto::RsaPrivateKey;
using sr::crypto::RsaPublicKey;
using sr::crypto::SecretBytes;

namespace {

QString hex(sr::ByteView v) {
    return QString::fromStdString(sr::eth::toHex(v, false));
}
Bytes bytes(const QJsonValue& v) {
    return sr::eth::fromHex(v.toString().toStdString());
}
SecretBytes pem(const QJsonValue& v) {
    const std::string text = v.toString().toStdString();
    return SecretBytes(sr::asBytes(text));
}

} // namespace

class TestCryptoRsa : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void forgeReadsOurKeys();
    void forgeUnwrapsOurWrapping();
    void weUnwrapForgeWrapping();
    void weReadSdkKeyPairs();

private:
    std::optional<RsaPrivateKey> ours_;
    std::vector<Bytes> plaintexts_;
    std::vector<Bytes> ourCiphertexts_;
    QJsonObject reply_;
};

void TestCryptoRsa::initTestCase() {
    QString why;
    if (!sr::test::nodeAvailable(&why))
        QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
    ours_.emplace(RsaPrivateKey::generate());
    std::mt19937_64 rng(0x45a4096ULL);
    QJsonArray ciphertexts, toWrap;
    for (int i = 0; i < 20; ++i) {
        // AES keys as the worker wraps them (32 raw bytes), and other lengths up to the limit.
        const std::size_t length = i < 10 ? 32 : static_cast<std::size_t>(rng() % 502);
        Bytes plaintext(length);
        for (auto& b : plaintext)
            b = static_cast<std::uint8_t>(rng());
        plaintexts_.push_back(plaintext);
        ourCiphertexts_.push_back(ours_->publicKey().encryptPkcs1v15(plaintext));
        ciphertexts.append(hex(ourCiphertexts_.back()));
        toWrap.append(hex(plaintext));
    }
    const SecretBytes privatePem = ours_->toPkcs8Pem();
    const QJsonObject request{
        {"ourPrivatePem", QString::fromUtf8(reinterpret_cast<const char*>(privatePem.data()),
                                            static_cast<qsizetype>(privatePem.size()))},
        {"ourPublicPem", QString::fromStdString(ours_->publicKey().toSpkiPem())},
        {"ourCiphertexts", ciphertexts},
        {"toWrap", toWrap}};
    const QJsonDocument reply =
        sr::test::runNodeScript(QStringLiteral("crypto_rsa.mjs"), QJsonDocument(request));
    QVERIFY2(reply.isObject(), "crypto_rsa.mjs gave no reply");
    reply_ = reply.object();
}

void TestCryptoRsa::forgeReadsOurKeys() {
    QCOMPARE(reply_.value("forgeBits").toInt(), 4096);
}

void TestCryptoRsa::forgeUnwrapsOurWrapping() {
    const QJsonArray decrypted = reply_.value("forgeDecrypted").toArray();
    QCOMPARE(decrypted.size(), qsizetype(plaintexts_.size()));
    for (std::size_t i = 0; i < plaintexts_.size(); ++i)
        QCOMPARE(decrypted.at(static_cast<qsizetype>(i)).toString(), hex(plaintexts_[i]));
    qInfo("%zu of our RSA-4096 PKCS#1 v1.5 wrappings unwrapped by node-forge", plaintexts_.size());
}

void TestCryptoRsa::weUnwrapForgeWrapping() {
    const QJsonArray wrapped = reply_.value("forgeWrapped").toArray();
    QCOMPARE(wrapped.size(), qsizetype(plaintexts_.size()));
    for (std::size_t i = 0; i < plaintexts_.size(); ++i)
        QVERIFY(ours_->decryptPkcs1v15(bytes(wrapped.at(static_cast<qsizetype>(i))))
                    .equals(plaintexts_[i]));
    qInfo("%zu node-forge wrappings unwrapped by us", plaintexts_.size());
}

void TestCryptoRsa::weReadSdkKeyPairs() {
    const RsaPrivateKey sdk = RsaPrivateKey::fromPem(pem(reply_.value("sdkPrivatePem")));
    QCOMPARE(sdk.bits(), 4096u);
    // Same key whether read from PKCS#8 or PKCS#1, and the public halves match.
    const RsaPrivateKey pkcs1 = RsaPrivateKey::fromPem(pem(reply_.value("sdkPkcs1PrivatePem")));
    QVERIFY(pkcs1.toPkcs8Pem().equals(sdk.toPkcs8Pem().view()));
    const std::string publicPem = reply_.value("sdkPublicPem").toString().toStdString();
    QCOMPARE(RsaPublicKey::fromSpkiPem(publicPem).toSpkiPem(), publicPem);
    QCOMPARE(sdk.publicKey().toSpkiPem(), publicPem);
    const QJsonArray wrapped = reply_.value("sdkWrapped").toArray();
    QCOMPARE(wrapped.size(), qsizetype(plaintexts_.size()));
    for (std::size_t i = 0; i < plaintexts_.size(); ++i)
        QVERIFY(sdk.decryptPkcs1v15(bytes(wrapped.at(static_cast<qsizetype>(i))))
                    .equals(plaintexts_[i]));
}

QTEST_APPLESS_MAIN(TestCryptoRsa)
#include "tst_crypto_rsa.moc"
