// Differential test of the hash, MAC, KDF and AES primitives against independent JavaScript
// implementations (@noble/hashes, aes-js): a few hundred deterministic random inputs go to one
// node process in one batch, and every output must be byte-identical.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "crypto/Aes128Ctr.h"
#include "crypto/Aes256Cbc.h"
#include "crypto/Hmac.h"
#include "crypto/Keccak.h"
#include "crypto/Pbkdf2.h"
#include "crypto/Scrypt.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <random>

using sr::Bytes;
using sr::crypto::SecretBytes;

namespace {

QString hex(sr::ByteView v) {
    return QString::fromStdString(sr::eth::toHex(v, false));
}
Bytes bytes(const QJsonValue& v) {
    return sr::eth::fromHex(v.toString().toStdString());
}

// Deterministic inputs: the same seed gives the same cases on every run and machine.
using Inputs = sr::test::RandomInputs;

} // namespace

class TestCryptoHashes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keccak256();
    void sha256();
    void hmacSha256();
    void hmacSha512();
    void pbkdf2Sha256();
    void pbkdf2Sha512();
    void scrypt();
    void aes128Ctr();
    void aes256Cbc();

private:
    QJsonObject request_;
    QJsonObject reply_;

    template <typename Compute> void compareAll(const char* key, Compute compute);
};

void TestCryptoHashes::initTestCase() {
    QString why;
    if (!sr::test::nodeAvailable(&why))
        QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

    Inputs in(0x5eedc0de2024ULL);
    // Lengths 0..600 cover empty input and several crossings of keccak's 136-byte rate and
    // SHA-256's 64-byte block; the first cases hit the boundaries exactly.
    const std::size_t boundaries[] = {0, 1, 55, 56, 63, 64, 65, 135, 136, 137, 271, 272, 273};
    QJsonArray keccak, sha;
    for (std::size_t i = 0; i < 300; ++i) {
        const std::size_t length = i < std::size(boundaries) ? boundaries[i] : in.below(601);
        keccak.append(hex(in.bytes(length)));
        sha.append(hex(in.bytes(length)));
    }
    QJsonArray hmac256, hmac512;
    for (int i = 0; i < 200; ++i) {
        // Keys shorter and longer than the block (64 / 128 bytes) take different HMAC paths.
        hmac256.append(QJsonObject{{"key", hex(in.bytes(in.below(150)))},
                                   {"data", hex(in.bytes(in.below(300)))}});
        hmac512.append(QJsonObject{{"key", hex(in.bytes(in.below(260)))},
                                   {"data", hex(in.bytes(in.below(300)))}});
    }
    QJsonArray pbkdf256, pbkdf512;
    for (int i = 0; i < 60; ++i) {
        const auto make = [&](std::size_t maxLength) {
            return QJsonObject{{"password", hex(in.bytes(in.below(80)))},
                               {"salt", hex(in.bytes(in.below(40)))},
                               {"c", static_cast<int>(1 + in.below(64))},
                               {"dkLen", static_cast<int>(1 + in.below(maxLength))}};
        };
        pbkdf256.append(make(100)); // > 32: several blocks
        pbkdf512.append(make(150));
    }
    QJsonArray scrypts;
    for (int i = 0; i < 24; ++i) {
        scrypts.append(QJsonObject{{"password", hex(in.bytes(in.below(40)))},
                                   {"salt", hex(in.bytes(in.below(40)))},
                                   {"N", 1 << (1 + in.below(10))}, // 2 .. 1024
                                   {"r", static_cast<int>(1 + in.below(8))},
                                   {"p", static_cast<int>(1 + in.below(3))},
                                   {"dkLen", static_cast<int>(1 + in.below(80))}});
    }
    QJsonArray ctr, cbc;
    for (int i = 0; i < 200; ++i) {
        Bytes iv = in.bytes(16);
        if (i % 10 == 0) // counters about to wrap their low bytes (and the whole block)
            std::fill(iv.begin() + (i % 20 == 0 ? 0 : 8), iv.end(), 0xff);
        ctr.append(QJsonObject{
            {"key", hex(in.bytes(16))}, {"iv", hex(iv)}, {"data", hex(in.bytes(in.below(200)))}});
        cbc.append(QJsonObject{{"key", hex(in.bytes(32))},
                               {"iv", hex(in.bytes(16))},
                               {"data", hex(in.bytes(in.below(200)))}});
    }
    request_ = QJsonObject{{"keccak256", keccak},      {"sha256", sha},
                           {"hmacSha256", hmac256},    {"hmacSha512", hmac512},
                           {"pbkdf2Sha256", pbkdf256}, {"pbkdf2Sha512", pbkdf512},
                           {"scrypt", scrypts},        {"aes128Ctr", ctr},
                           {"aes256Cbc", cbc}};
    const QJsonDocument reply =
        sr::test::runNodeScript(QStringLiteral("crypto_hashes.mjs"), QJsonDocument(request_));
    QVERIFY2(reply.isObject(), "crypto_hashes.mjs gave no reply");
    reply_ = reply.object();
}

template <typename Compute> void TestCryptoHashes::compareAll(const char* key, Compute compute) {
    const QJsonArray requests = request_.value(key).toArray();
    const QJsonArray expected = reply_.value(key).toArray();
    QCOMPARE(expected.size(), requests.size());
    QVERIFY(requests.size() > 0);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString ours = compute(requests.at(i));
        if (ours != expected.at(i).toString())
            QFAIL(qPrintable(
                QStringLiteral("%1 case %2 differs: request %3, ours %4, reference %5")
                    .arg(key)
                    .arg(i)
                    .arg(QString::fromUtf8(
                        QJsonDocument(QJsonArray{requests.at(i)}).toJson(QJsonDocument::Compact)))
                    .arg(ours, expected.at(i).toString())));
    }
    qInfo("%s: %lld cases identical", key, static_cast<long long>(requests.size()));
}

void TestCryptoHashes::keccak256() {
    compareAll("keccak256",
               [](const QJsonValue& v) { return hex(sr::crypto::keccak256(bytes(v))); });
    // The incremental form, split at a pseudo-random point, must agree as well.
    compareAll("keccak256", [](const QJsonValue& v) {
        const Bytes data = bytes(v);
        sr::crypto::Keccak256 hasher;
        const std::size_t split = data.size() / 3;
        hasher.update(sr::ByteView(data).first(split));
        hasher.update(sr::ByteView(data).subspan(split));
        return hex(hasher.finalize());
    });
}

void TestCryptoHashes::sha256() {
    compareAll("sha256", [](const QJsonValue& v) { return hex(sr::crypto::sha256(bytes(v))); });
}

void TestCryptoHashes::hmacSha256() {
    compareAll("hmacSha256", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        return hex(sr::crypto::hmacSha256(bytes(o["key"]), bytes(o["data"])));
    });
}

void TestCryptoHashes::hmacSha512() {
    compareAll("hmacSha512", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        return hex(sr::crypto::hmacSha512(bytes(o["key"]), bytes(o["data"])).view());
    });
}

void TestCryptoHashes::pbkdf2Sha256() {
    compareAll("pbkdf2Sha256", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        return hex(sr::crypto::pbkdf2HmacSha256(bytes(o["password"]), bytes(o["salt"]),
                                                static_cast<std::uint32_t>(o["c"].toInt()),
                                                static_cast<std::size_t>(o["dkLen"].toInt()))
                       .view());
    });
}

void TestCryptoHashes::pbkdf2Sha512() {
    compareAll("pbkdf2Sha512", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        return hex(sr::crypto::pbkdf2HmacSha512(bytes(o["password"]), bytes(o["salt"]),
                                                static_cast<std::uint32_t>(o["c"].toInt()),
                                                static_cast<std::size_t>(o["dkLen"].toInt()))
                       .view());
    });
}

void TestCryptoHashes::scrypt() {
    compareAll("scrypt", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        const sr::crypto::ScryptParams params{static_cast<std::uint64_t>(o["N"].toInt()),
                                              static_cast<std::uint32_t>(o["r"].toInt()),
                                              static_cast<std::uint32_t>(o["p"].toInt()),
                                              static_cast<std::size_t>(o["dkLen"].toInt())};
        return hex(sr::crypto::scrypt(bytes(o["password"]), bytes(o["salt"]), params).view());
    });
}

void TestCryptoHashes::aes128Ctr() {
    compareAll("aes128Ctr", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        const Bytes key = bytes(o["key"]);
        const Bytes iv = bytes(o["iv"]);
        const Bytes data = bytes(o["data"]);
        const SecretBytes secretKey{sr::ByteView{key}};
        const Bytes ciphertext = sr::crypto::aes128CtrEncrypt(secretKey, iv, data);
        // Decrypting gives the plaintext back.
        if (!sr::crypto::aes128CtrDecrypt(secretKey, iv, ciphertext).equals(data))
            return QStringLiteral("round trip failed");
        return hex(ciphertext);
    });
}

void TestCryptoHashes::aes256Cbc() {
    compareAll("aes256Cbc", [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        const Bytes key = bytes(o["key"]);
        const Bytes iv = bytes(o["iv"]);
        const Bytes data = bytes(o["data"]);
        const SecretBytes secretKey{sr::ByteView{key}};
        const Bytes ciphertext = sr::crypto::aes256CbcEncrypt(secretKey, iv, data);
        if (sr::crypto::aes256CbcDecrypt(secretKey, iv, ciphertext) != data)
            return QStringLiteral("round trip failed");
        return hex(ciphertext);
    });
}

QTEST_APPLESS_MAIN(TestCryptoHashes)
#include "tst_crypto_hashes.moc"
