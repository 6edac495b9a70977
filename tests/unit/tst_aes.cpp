// AES-128-CTR and streaming AES-256-CBC/PKCS#7 against NIST SP 800-38A, plus corrupt input:
// bad padding, truncated ciphertext, wrong key and IV sizes.

#include "crypto/Aes128Ctr.h"
#include "crypto/Aes256Cbc.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QtTest>

using sr::Bytes;
using sr::crypto::SecretBytes;
using sr::eth::fromHex;
using sr::eth::toHex;

namespace {

// NIST SP 800-38A, appendix F: the four plaintext blocks shared by every mode.
const char* const kNistPlaintext = "6bc1bee22e409f96e93d7e117393172a"
                                   "ae2d8a571e03ac9c9eb76fac45af8e51"
                                   "30c81c46a35ce411e5fbc1191a0a52ef"
                                   "f69f2445df4f9b17ad2b417be66c3710";

SecretBytes secret(std::string_view hex) {
    const Bytes b = fromHex(hex);
    return SecretBytes(sr::ByteView{b});
}

const char* const kCbcKey = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";
const char* const kCbcIv = "000102030405060708090a0b0c0d0e0f";
// F.2.5 CBC-AES256.Encrypt
const char* const kCbcCiphertext = "f58c4c04d6e5f1ba779eabfb5f7bfbd6"
                                   "9cfc4e967edb808d679f777bc6702c7d"
                                   "39f23369a9d9bacfa530e26304231461"
                                   "b2eb05e2c39be9fcda6c19078c6a9d1b";

sr::ErrorCode codeOf(const std::function<void()>& f, std::string* message = nullptr) {
    try {
        f();
    } catch (const sr::Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    return sr::ErrorCode::Internal;
}

} // namespace

class TestAes : public QObject {
    Q_OBJECT

private slots:
    void ctrNist();
    void ctrCounterWrapsAt128Bits();
    void ctrRejectsBadSizes();
    void cbcNist();
    void cbcStreamingAnyChunking();
    void cbcPaddingLengths();
    void cbcBadPadding();
    void cbcTruncated();
    void cbcWrongKey();
    void cbcRejectsBadSizes();
    void cbcUseAfterFinal();
};

void TestAes::ctrNist() {
    // F.5.1 CTR-AES128.Encrypt and F.5.2 Decrypt.
    const SecretBytes key = secret("2b7e151628aed2a6abf7158809cf4f3c");
    const Bytes counter = fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    const Bytes ciphertext = sr::crypto::aes128CtrEncrypt(key, counter, fromHex(kNistPlaintext));
    QCOMPARE(toHex(ciphertext, false), std::string("874d6191b620e3261bef6864990db6ce"
                                                   "9806f66b7970fdff8617187bb9fffdff"
                                                   "5ae4df3edbd5d35e5b4f09020db03eab"
                                                   "1e031dda2fbe03d1792170a0f3009cee"));
    const SecretBytes plaintext = sr::crypto::aes128CtrDecrypt(key, counter, ciphertext);
    QCOMPARE(toHex(plaintext.view(), false), std::string(kNistPlaintext));
    // A partial last block is fine in CTR.
    const Bytes partial = sr::crypto::aes128CtrEncrypt(key, counter, fromHex("6bc1bee22e"));
    QCOMPARE(toHex(partial, false), std::string("874d6191b6"));
    QVERIFY(sr::crypto::aes128CtrEncrypt(key, counter, {}).empty());
}

void TestAes::ctrCounterWrapsAt128Bits() {
    // The whole 16-byte IV is the counter (as Web3 Secret Storage and Node use it): after
    // ff..ff comes 00..00, so block 2 under IV ff..ff equals block 1 under IV 00..00.
    const SecretBytes key = secret("2b7e151628aed2a6abf7158809cf4f3c");
    const Bytes zeros(32, 0);
    const Bytes fromMax = sr::crypto::aes128CtrEncrypt(key, Bytes(16, 0xff), zeros);
    const Bytes fromZero = sr::crypto::aes128CtrEncrypt(key, Bytes(16, 0x00), zeros);
    QVERIFY(std::equal(fromMax.begin() + 16, fromMax.end(), fromZero.begin()));
}

void TestAes::ctrRejectsBadSizes() {
    QCOMPARE(codeOf([] { sr::crypto::aes128CtrEncrypt(SecretBytes(32), Bytes(16), Bytes(1)); }),
             sr::ErrorCode::InvalidArgument);
    QCOMPARE(codeOf([] { sr::crypto::aes128CtrDecrypt(SecretBytes(16), Bytes(12), Bytes(1)); }),
             sr::ErrorCode::InvalidArgument);
}

void TestAes::cbcNist() {
    const SecretBytes key = secret(kCbcKey);
    const Bytes iv = fromHex(kCbcIv);
    // With PKCS#7 a whole-block message gains one block of padding; the rest is NIST's.
    const Bytes ciphertext = sr::crypto::aes256CbcEncrypt(key, iv, fromHex(kNistPlaintext));
    QCOMPARE(ciphertext.size(), std::size_t(80));
    QCOMPARE(toHex(sr::ByteView(ciphertext).first(64), false), std::string(kCbcCiphertext));
    QCOMPARE(toHex(sr::crypto::aes256CbcDecrypt(key, iv, ciphertext), false),
             std::string(kNistPlaintext));
}

void TestAes::cbcStreamingAnyChunking() {
    const SecretBytes key = secret(kCbcKey);
    const Bytes iv = fromHex(kCbcIv);
    Bytes message(1000);
    for (std::size_t i = 0; i < message.size(); ++i)
        message[i] = static_cast<std::uint8_t>(i * 7);
    const Bytes expected = sr::crypto::aes256CbcEncrypt(key, iv, message);
    for (std::size_t chunk : {1, 5, 15, 16, 17, 100, 999, 1000}) {
        sr::crypto::Aes256CbcEncryptor encryptor(key, iv);
        Bytes ciphertext;
        for (std::size_t at = 0; at < message.size(); at += chunk)
            encryptor.update(
                sr::ByteView(message).subspan(at, std::min(chunk, message.size() - at)),
                ciphertext);
        encryptor.final(ciphertext);
        QCOMPARE(ciphertext, expected);

        sr::crypto::Aes256CbcDecryptor decryptor(key, iv);
        Bytes plaintext;
        for (std::size_t at = 0; at < ciphertext.size(); at += chunk) {
            const Bytes piece = decryptor.update(
                sr::ByteView(ciphertext).subspan(at, std::min(chunk, ciphertext.size() - at)));
            plaintext.insert(plaintext.end(), piece.begin(), piece.end());
        }
        const Bytes last = decryptor.final();
        plaintext.insert(plaintext.end(), last.begin(), last.end());
        QCOMPARE(plaintext, message);
    }
}

void TestAes::cbcPaddingLengths() {
    const SecretBytes key = secret(kCbcKey);
    const Bytes iv = fromHex(kCbcIv);
    for (std::size_t length = 0; length <= 48; ++length) {
        const Bytes message(length, 0x5a);
        const Bytes ciphertext = sr::crypto::aes256CbcEncrypt(key, iv, message);
        QCOMPARE(ciphertext.size(), (length / 16 + 1) * 16);
        QCOMPARE(sr::crypto::aes256CbcDecrypt(key, iv, ciphertext), message);
    }
}

void TestAes::cbcBadPadding() {
    const SecretBytes key = secret(kCbcKey);
    const Bytes iv = fromHex(kCbcIv);
    // NIST's four blocks without our padding block: the last plaintext byte (0x10) happens to
    // be a valid pad length but the 15 bytes before it are not 0x10, so padding fails.
    std::string message;
    QCOMPARE(
        codeOf([&] { sr::crypto::aes256CbcDecrypt(key, iv, fromHex(kCbcCiphertext)); }, &message),
        sr::ErrorCode::Crypto);
    QVERIFY2(message.find("padding") != std::string::npos, message.c_str());
    // Flipping bits in the second-to-last block corrupts the padding byte of the last one.
    Bytes ciphertext = sr::crypto::aes256CbcEncrypt(key, iv, Bytes(20, 1));
    ciphertext[ciphertext.size() - 17] ^= 0x40; // pad byte 0x0c becomes 0x4c: > 16
    QCOMPARE(codeOf([&] { sr::crypto::aes256CbcDecrypt(key, iv, ciphertext); }),
             sr::ErrorCode::Crypto);
}

void TestAes::cbcTruncated() {
    const SecretBytes key = secret(kCbcKey);
    const Bytes iv = fromHex(kCbcIv);
    const Bytes ciphertext = sr::crypto::aes256CbcEncrypt(key, iv, Bytes(40, 3));
    for (std::size_t cut : {std::size_t(0), std::size_t(1), std::size_t(15), std::size_t(47)}) {
        const Bytes truncated(ciphertext.begin(), ciphertext.begin() + static_cast<long>(cut));
        std::string message;
        QCOMPARE(codeOf([&] { sr::crypto::aes256CbcDecrypt(key, iv, truncated); }, &message),
                 sr::ErrorCode::Crypto);
        QVERIFY2(message.find("truncated") != std::string::npos, message.c_str());
    }
}

void TestAes::cbcWrongKey() {
    // A wrong key almost always gives bad padding (about 1 in 256 passes: see iexec-protocol.md).
    const Bytes iv = fromHex(kCbcIv);
    const Bytes ciphertext = sr::crypto::aes256CbcEncrypt(secret(kCbcKey), iv, Bytes(30, 9));
    int rejected = 0;
    for (int i = 0; i < 64; ++i) {
        try {
            const Bytes wrong =
                sr::crypto::aes256CbcDecrypt(SecretBytes::random(32), iv, ciphertext);
            QVERIFY(wrong != Bytes(30, 9));
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::Crypto);
            ++rejected;
        }
    }
    QVERIFY(rejected >= 50);
}

void TestAes::cbcRejectsBadSizes() {
    QCOMPARE(codeOf([] { sr::crypto::Aes256CbcEncryptor(SecretBytes(16), Bytes(16)); }),
             sr::ErrorCode::InvalidArgument);
    QCOMPARE(codeOf([] { sr::crypto::Aes256CbcDecryptor(SecretBytes(32), Bytes(15)); }),
             sr::ErrorCode::InvalidArgument);
}

void TestAes::cbcUseAfterFinal() {
    sr::crypto::Aes256CbcEncryptor encryptor(SecretBytes(32), Bytes(16));
    (void)encryptor.final();
    QCOMPARE(codeOf([&] { encryptor.update(Bytes(1)); }), sr::ErrorCode::Internal);
    sr::crypto::Aes256CbcDecryptor decryptor(SecretBytes(32), Bytes(16));
    QVERIFY_THROWS_EXCEPTION(sr::Error, decryptor.final()); // empty input: truncated
    QCOMPARE(codeOf([&] { (void)decryptor.final(); }), sr::ErrorCode::Internal);
}

QTEST_APPLESS_MAIN(TestAes)
#include "tst_aes.moc"
