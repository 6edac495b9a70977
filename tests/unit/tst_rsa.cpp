// RSA result keys: generation, PEM round trips, PKCS#1 v1.5 wrap/unwrap, and refusal of
// everything that is not a usable unencrypted RSA key (without ever prompting for a passphrase).

#include "crypto/RsaPrivateKey.h"
#include "crypto/RsaPublicKey.h"
#include "util/Error.h"

#include <QtTest>
#include <string>

using sr::asBytes;
using sr::Bytes;
using sr::crypto::RsaPrivateKey;
using sr::crypto::RsaPublicKey;
using sr::crypto::SecretBytes;

namespace {

// Fixtures made with `openssl genpkey` for this test (throwaway keys, never used elsewhere).
const char* const kRsa1024Pem = R"(-----BEGIN PRIVATE KEY-----
MIICeQIBADANBgkqhkiG9w0BAQEFAASCAmMwggJfAgEAAoGBALy+fGZhTersOk/3
u4XFbi2Be2mbAlTJwQv6k1/csLSRff822UW8f1zjsZJzWRAHv/uHfMZcDaenDclS
sON/83O9Ku9spbanHoYJGG2jy3NbQHYKFQ1OwG1mgb242pdXcEEoLUBNA8jsPFLV
cfiPPy0/hUxqziXxvtiABGLJGjbFAgMBAAECgYEAsZ5pH0eutcd80MiHdknnd3eE
lktDlFsRCp7SlcHvoN3SPpx1N4U+LkIwV2upgsZoSuKj71+tkfpJpQ3mXRGKHeEO
BI/MqjV31np8EXQKDeqDa+TT19u+H324LNHo7w+muaBspOEJ9E/AANKbKqmwLd1O
rk9kUVbX8kiBWyGDqjkCQQDjfVBACU/U3wTxYkEPe973+roUaD3SLRvVyOzMLv9R
xUg+5YG7hy19vml2KjXdHuOWA9kGSw5TDq/z4JpSljkXAkEA1GYURU2vS3HSOVTP
1yZnP75qIO2V/7v97RrVDNLoH3qRaLPAq4JYqYHnAPCN1dHr4Tl5+b/Zd+ns47Dw
Sn0AgwJBAJQlTHiXV9TB898aZFIoEfkd38ZgaDoSRDlB4uvJg14GAtlq7sRn8Lkd
omJgdLluXzmXgeK2SDrQqsdAMl+sErsCQQCdshSGyADIUP+2VUPjB75M04FUZVGj
B96l9fAMj2KMTKI9TIhWTnapk6sBRZjpEezB0bzAMzKxF1ssSih+BYUlAkEAwAn/
8cYwglpK1uRpo3dJFOYO1e1Sl0iRzNDYe8sG8XhgUSMRVFxKtOEFejjjVRO2yay5
BWDtWGfDWSgWc6Fpjg==
-----END PRIVATE KEY-----)";
const char* const kEcP256Pem = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+2w0jICb/5lsf00f
/GjKnpayf6bRR3F4uaodX3s9lquhRANCAAT2CQdmdWiaMdQnghzelT82ql9OG+L9
XhKQBzEWj8xMqOa/XitjAkMUbxoaaur+5spUVmadMUnW338Gjn4k8km0
-----END PRIVATE KEY-----)";
// Encrypted with the passphrase "secret": must be refused, not prompted for.
const char* const kEncryptedPem = R"(-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIAxcfmQ8KXkECAggA
MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBBrmrTjsrw21Z5UnEYzjWuRBIIE
0JJ1e0XNBufqkXZ1cZDPCuejDCU8L9mc4JooN8+C9rPOjLzgU6ErsPijwxTCw5mP
gOQWOjMh0jIJ9Wv3OcqevIC9vFt8ObVz50P72kl8lI3D3T2u7Z+hzE3V5J638oDv
FSBWZ0bX7RIaSUUzLzOw26xD+pM3gOfcYqoIA30Yej0FpittxhRzS5ZJhsHz0aVH
Ae2IjJpgigtV4I5kbO3hWxzXW7xj0DGPORRk1HjzGpdmU6SkszgQFpbwycLHv7+q
gfWypI33vqShqS21IBvxXMRRX7374voi1ZJZ29dcf1OkiAW3ZANH5lvTNoya7nyP
7pRgHIZNZD8jKMXqpLf9ocyPo0qEK9Phvtf5rwyyPPbfLaqJhxeJI3ub7lVR+8ZF
5JryMhsL+mGBTss+EiuNwqz6Xi64JoaVSyEmaQrcTYAPvIw8WG8RWHUeRvZIwkhB
JSlF/W0/30FPMUmDrq9BxC11YoOxgCubWpD7VLoyoUO3fHVczjVtsaYoivx0/eRF
keoS8P4KYtEEJ5SbcqDRb6dKu2SMpK9mwL0UEcLRC1AZOmN0M/sF/9HNG6rrVtdu
cUbUC+DnReQ1COQQ7anYJNPV6O6woDOYEPyiWv4uGPJEDS4Fn0UXDfAP+Fe0Sx3p
+8QvYKuLRzDTMDUAleCkcsyyNzZjr4DhwUmkBFDqwGnTUW84lWKlj/Dpvfe1xJYG
yvVMkaYPBWKM9kTeI0R1Gz6BfRNSw8K0RbX3D/M3JT1zO8wwodwDh5aqle1MGqVu
AxBxeEIEgyY5+gYMEKzqi6jODnsD9qLsQEkRW8oEFjv+9zjc8s1q4LA+YdFDz3PK
fz8smAbTaKgY2KDlG9mTRcRvySL5GjUyFNdCfYeFKk9hyxfcXlpI+iMnpI5a2RP4
eChxi43NcjJj19wRCdGFbfKVIcW0AOCzY9pQm5yToChIllbHLdTPesl35vLGdXgE
Wxe5MEhOwhCA3rM7Ap3KA4DseRj4W+psPGh7pFhdzXi9cOTv9898yOuW7vczZl33
aq+Y8kSN4sDeAIOqY/AddFXxgFdS+m1UzxrizzcpV3ApA6Xnc6JVpKpe8fjJpLaK
YDNTzBRR/ZBJ9am6Gg1tEijVP427EV0NKZ7xH/67IERu0Owmk6Wc08HiNsHkyDzV
/FKIC9GSW5oZJK99UlPwiJyWOPp1MjkLJfyOg4D0b/XH2qBX6We1Xhoup5fbjHXP
BmKQncQLTgv4EOj7JKWsjq6SW3qk5LPSizoxdbliLsPSGSoTWJAMJb/N7olzKR3Z
mkL8PGNeeQg6dF4J6d85oVRYx+vfSSnHHjSpv602Mr1Mmz+io2HFG2yQIlgL+G7o
nFS5Ja0cJj7P4EHWVm2q9rhIqR8rBhFCadUuf0UpGAbiNw8rkisEAVT+vF1ydt3m
Vm7CpobsFGlFY1Ts4vtCaInSDfsleJG8LWsAoDenjPGcxBRjuqYlY7TCyJe3HrP2
V9vrGyefA/oeH0TcIb+vU2ybioUhMMWRaFqqEy4/njO8MYmwZ/yU9+0oyaqsHXOm
t4UGq7te7kZZYfAfMImUsGd16jzzq6t+hqwl4mAUUF0XVkVDdSK6Z+LX6A9EpQlK
82lBpKAl6zE5xkd6H67Ij/07/nswalh7Xbr4C+JDgqXK
-----END ENCRYPTED PRIVATE KEY-----)";

SecretBytes secretText(std::string_view text) {
    return SecretBytes(asBytes(text));
}

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

std::string text(const SecretBytes& s) {
    return std::string(reinterpret_cast<const char*>(s.data()), s.size());
}

} // namespace

class TestRsa : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void generatesAndRoundTripsPem();
    void wrapsAndUnwrapsKeys();
    void wrongKeyOrDamagedCiphertext();
    void plaintextTooLong();
    void refusesUnusableKeys_data();
    void refusesUnusableKeys();
    void refusesBadPublicKeys();

private:
    std::optional<RsaPrivateKey> key4096_;
    std::optional<RsaPrivateKey> key2048_;
};

void TestRsa::initTestCase() {
    QElapsedTimer timer;
    timer.start();
    key4096_.emplace(RsaPrivateKey::generate());
    qInfo("RSA-4096 generation: %lld ms", static_cast<long long>(timer.elapsed()));
    key2048_.emplace(RsaPrivateKey::generate(2048));
}

void TestRsa::generatesAndRoundTripsPem() {
    QCOMPARE(key4096_->bits(), 4096u);
    QCOMPARE(key2048_->bits(), 2048u);
    const SecretBytes pem = key4096_->toPkcs8Pem();
    QVERIFY(text(pem).starts_with("-----BEGIN PRIVATE KEY-----\n"));
    const RsaPrivateKey reread = RsaPrivateKey::fromPem(pem);
    QVERIFY(reread.toPkcs8Pem().equals(pem.view()));

    const std::string spki = key4096_->publicKey().toSpkiPem();
    QVERIFY(spki.starts_with("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(spki.find("PRIVATE") == std::string::npos);
    QCOMPARE(RsaPublicKey::fromSpkiPem(spki).toSpkiPem(), spki);
    QCOMPARE(RsaPublicKey::fromSpkiPem(spki).bits(), 4096u);
}

void TestRsa::wrapsAndUnwrapsKeys() {
    for (std::size_t length : {0, 1, 32, 44, 501}) { // 44: a base64 AES key; 501 = 512 - 11
        const SecretBytes aesKey = SecretBytes::random(length);
        const Bytes wrapped = key4096_->publicKey().encryptPkcs1v15(aesKey.view());
        QCOMPARE(wrapped.size(), std::size_t(512));
        QVERIFY(key4096_->decryptPkcs1v15(wrapped).equals(aesKey.view()));
        // PKCS#1 v1.5 is randomised: wrapping twice differs.
        QVERIFY(key4096_->publicKey().encryptPkcs1v15(aesKey.view()) != wrapped);
    }
}

void TestRsa::wrongKeyOrDamagedCiphertext() {
    const SecretBytes aesKey = SecretBytes::random(32);
    Bytes wrapped = key4096_->publicKey().encryptPkcs1v15(aesKey.view());
    std::string message;
    // Another 4096-bit key: padding check fails (or, rarely, yields garbage, never the key).
    const RsaPrivateKey other = RsaPrivateKey::generate(4096);
    try {
        QVERIFY(!other.decryptPkcs1v15(wrapped).equals(aesKey.view()));
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::Crypto);
    }
    // A block for a 2048-bit key has the wrong length.
    QCOMPARE(codeOf([&] { key2048_->decryptPkcs1v15(wrapped); }, &message), sr::ErrorCode::Crypto);
    QVERIFY2(message.find("another key") != std::string::npos, message.c_str());
    // Truncated.
    QCOMPARE(codeOf([&] { key4096_->decryptPkcs1v15(sr::ByteView(wrapped).first(511)); }),
             sr::ErrorCode::Crypto);
    QCOMPARE(codeOf([&] { key4096_->decryptPkcs1v15({}); }), sr::ErrorCode::Crypto);
    // Damaged: a flipped bit ruins the padding.
    wrapped[100] ^= 0x01;
    try {
        QVERIFY(!key4096_->decryptPkcs1v15(wrapped).equals(aesKey.view()));
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::Crypto);
    }
}

void TestRsa::plaintextTooLong() {
    QCOMPARE(codeOf([&] { key2048_->publicKey().encryptPkcs1v15(Bytes(246)); }),
             sr::ErrorCode::InvalidArgument);
    QCOMPARE(key2048_->publicKey().encryptPkcs1v15(Bytes(245)).size(), std::size_t(256));
}

void TestRsa::refusesUnusableKeys_data() {
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << "could not be read";
    QTest::newRow("garbage") << QByteArray("not a key") << "could not be read";
    QTest::newRow("1024 bits") << QByteArray(kRsa1024Pem) << "1024 bits";
    QTest::newRow("EC key") << QByteArray(kEcP256Pem) << "not an RSA key";
    QTest::newRow("encrypted") << QByteArray(kEncryptedPem) << "unencrypted";
    QByteArray truncated(kEncryptedPem);
    truncated.replace("ENCRYPTED ", "");
    truncated.truncate(300);
    QTest::newRow("truncated") << truncated << "could not be read";
    QTest::newRow("huge") << QByteArray(100000, 'A') << "too long";
}

void TestRsa::refusesUnusableKeys() {
    QFETCH(QByteArray, pem);
    QFETCH(QString, messagePart);
    std::string message;
    QCOMPARE(codeOf(
                 [&] {
                     RsaPrivateKey::fromPem(
                         secretText(std::string_view(pem.constData(), pem.size())));
                 },
                 &message),
             sr::ErrorCode::InvalidArgument);
    QVERIFY2(QString::fromStdString(message).contains(messagePart), message.c_str());
}

void TestRsa::refusesBadPublicKeys() {
    QCOMPARE(codeOf([] { RsaPublicKey::fromSpkiPem(""); }), sr::ErrorCode::InvalidArgument);
    // A private key is not a public key PEM.
    const SecretBytes pem = key2048_->toPkcs8Pem();
    QCOMPARE(codeOf([&] { RsaPublicKey::fromSpkiPem(text(pem)); }), sr::ErrorCode::InvalidArgument);
    QCOMPARE(codeOf([] { RsaPublicKey::fromSpkiPem(std::string(100000, 'A')); }),
             sr::ErrorCode::InvalidArgument);
    QVERIFY_THROWS_EXCEPTION(sr::Error, RsaPrivateKey::generate(1024));
}

QTEST_APPLESS_MAIN(TestRsa)
#include "tst_rsa.moc"
