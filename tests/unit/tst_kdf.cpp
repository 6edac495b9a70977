// PBKDF2-HMAC-SHA256/512, scrypt (all four RFC 7914 vectors, including the 1 GiB one), and the
// keystore parameter guard that runs before any memory is spent.

#include "crypto/KdfLimits.h"
#include "crypto/Pbkdf2.h"
#include "crypto/Scrypt.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QtTest>

using sr::asBytes;
using sr::crypto::ScryptParams;
using sr::eth::toHex;

namespace {

std::string hex(const sr::crypto::SecretBytes& s) {
    return toHex(s.view(), false);
}

sr::ErrorCode codeOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const sr::Error& e) {
        return e.code();
    }
    return sr::ErrorCode::Internal; // "did not throw": no test expects Internal
}

} // namespace

class TestKdf : public QObject {
    Q_OBJECT

private slots:
    void pbkdf2Sha256_data();
    void pbkdf2Sha256();
    void pbkdf2Sha512_data();
    void pbkdf2Sha512();
    void pbkdf2RejectsBadParameters();
    void scryptRfc7914_data();
    void scryptRfc7914();
    void scryptRfc7914OneGiB();
    void scryptR1LargeN();
    void scryptRejectsBadParameters();
    void scryptMemory();
    void keystoreScryptGuard_data();
    void keystoreScryptGuard();
    void keystorePbkdf2Guard();
};

void TestKdf::pbkdf2Sha256_data() {
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<uint>("iterations");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    // RFC 7914 section 11 (PBKDF2-HMAC-SHA256).
    QTest::newRow("rfc7914 c=1") << QByteArray("passwd") << QByteArray("salt") << 1u << 64
                                 << "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dac"
                                    "bc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a1"
                                    "9783";
    QTest::newRow("rfc7914 c=80000")
        << QByteArray("Password") << QByteArray("NaCl") << 80000u << 64
        << "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb84"
           "1b51c9b3176a272bdebba1d078478f62b397f33c8d";
    // The RFC 6070 inputs with SHA-256, as published in the PBKDF2-SHA256 test-vector lists.
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1u << 32
                         << "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b";
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2u << 32
                         << "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43";
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096u << 32
                            << "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a";
    QTest::newRow("long, 40 bytes")
        << QByteArray("passwordPASSWORDpassword")
        << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096u << 40
        << "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9";
}

void TestKdf::pbkdf2Sha256() {
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(uint, iterations);
    QFETCH(int, length);
    QFETCH(QString, expected);
    const auto key =
        sr::crypto::pbkdf2HmacSha256(asBytes(password.toStdString()), asBytes(salt.toStdString()),
                                     iterations, static_cast<std::size_t>(length));
    QCOMPARE(QString::fromStdString(hex(key)), expected);
}

void TestKdf::pbkdf2Sha512_data() {
    QTest::addColumn<uint>("iterations");
    QTest::addColumn<QString>("expected");
    // "password" / "salt", 64 bytes: the PBKDF2-HMAC-SHA512 vectors published alongside RFC 6070.
    QTest::newRow("c=1") << 1u
                         << "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d"
                            "470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce";
    QTest::newRow("c=2") << 2u
                         << "e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53cf76c"
                            "ab2868a39b9f7840edce4fef5a82be67335c77a6068e04112754f27ccf4e";
    QTest::newRow("c=4096") << 4096u
                            << "d197b1b33db0143e018b12f3d1d1479e6cdebdcc97c5c0f87f6902e072f457b514"
                               "3f30602641b3d55cd335988cb36b84376060ecd532e039b742a239434af2d5";
}

void TestKdf::pbkdf2Sha512() {
    QFETCH(uint, iterations);
    QFETCH(QString, expected);
    const auto key =
        sr::crypto::pbkdf2HmacSha512(asBytes("password"), asBytes("salt"), iterations, 64);
    QCOMPARE(QString::fromStdString(hex(key)), expected);
}

void TestKdf::pbkdf2RejectsBadParameters() {
    QCOMPARE(codeOf([] { sr::crypto::pbkdf2HmacSha256(asBytes("p"), asBytes("s"), 0, 32); }),
             sr::ErrorCode::InvalidArgument);
    QCOMPARE(codeOf([] { sr::crypto::pbkdf2HmacSha256(asBytes("p"), asBytes("s"), 1, 0); }),
             sr::ErrorCode::InvalidArgument);
    QCOMPARE(
        codeOf([] { sr::crypto::pbkdf2HmacSha512(asBytes("p"), asBytes("s"), 0x80000000u, 32); }),
        sr::ErrorCode::InvalidArgument);
    // Empty password and salt are valid inputs.
    QCOMPARE(sr::crypto::pbkdf2HmacSha256({}, {}, 1, 32).size(), std::size_t(32));
}

void TestKdf::scryptRfc7914_data() {
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<uint>("r");
    QTest::addColumn<uint>("p");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1") << QByteArray() << QByteArray() << quint64(16) << 1u << 1u
                       << "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd006"
                          "9ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906";
    QTest::newRow("2") << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << 8u << 16u
                       << "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30"
                          "d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640";
    QTest::newRow("3") << QByteArray("pleaseletmein") << QByteArray("SodiumChloride")
                       << quint64(16384) << 8u << 1u
                       << "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d54329"
                          "55613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887";
}

void TestKdf::scryptRfc7914() {
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(uint, r);
    QFETCH(uint, p);
    QFETCH(QString, expected);
    const auto key = sr::crypto::scrypt(asBytes(password.toStdString()),
                                        asBytes(salt.toStdString()), ScryptParams{n, r, p, 64});
    QCOMPARE(QString::fromStdString(hex(key)), expected);
}

void TestKdf::scryptRfc7914OneGiB() {
    // The fourth RFC 7914 vector: N = 2^20, r = 8 uses 1 GiB, exactly the keystore ceiling.
    const ScryptParams params{1u << 20, 8, 1, 64};
    QVERIFY(sr::crypto::scryptMemoryBytes(params) <= sr::crypto::kKeystoreScryptMaxMemoryBytes);
    QElapsedTimer timer;
    timer.start();
    const auto key =
        sr::crypto::scrypt(asBytes("pleaseletmein"), asBytes("SodiumChloride"), params);
    qInfo("scrypt N=2^20 r=8 p=1: %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(hex(key), std::string("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa"
                                   "478e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a"
                                   "41a4"));
}

void TestKdf::scryptR1LargeN() {
    // The combination OpenSSL refuses (r = 1, N >= 2^16), used by official keystore vectors.
    const auto key = sr::crypto::scrypt(asBytes("testpassword"), asBytes("salt"),
                                        ScryptParams{1u << 18, 1, 8, 32});
    QCOMPARE(key.size(), std::size_t(32));
}

void TestKdf::scryptRejectsBadParameters() {
    const auto run = [](ScryptParams params) {
        return codeOf([&] { sr::crypto::scrypt(asBytes("p"), asBytes("s"), params); });
    };
    QCOMPARE(run({0, 1, 1, 32}), sr::ErrorCode::InvalidArgument);
    QCOMPARE(run({1, 1, 1, 32}), sr::ErrorCode::InvalidArgument);
    QCOMPARE(run({1000, 1, 1, 32}), sr::ErrorCode::InvalidArgument);
    QCOMPARE(run({16, 0, 1, 32}), sr::ErrorCode::InvalidArgument);
    QCOMPARE(run({16, 1, 0, 32}), sr::ErrorCode::InvalidArgument);
    QCOMPARE(run({16, 1u << 15, 1u << 15, 32}), sr::ErrorCode::InvalidArgument); // r·p = 2^30
    QCOMPARE(run({16, 1, 1, 0}), sr::ErrorCode::InvalidArgument);
}

void TestKdf::scryptMemory() {
    QCOMPARE(sr::crypto::scryptMemoryBytes({1u << 18, 8, 1, 32}),
             quint64(128) * (1u << 18) * 8 + 256 * 8 + 128 * 8);
    // Saturates instead of wrapping around.
    QCOMPARE(sr::crypto::scryptMemoryBytes({1ULL << 62, 0xffffffffu, 0xffffffffu, 32}),
             std::numeric_limits<std::uint64_t>::max());
}

void TestKdf::keystoreScryptGuard_data() {
    QTest::addColumn<quint64>("n");
    QTest::addColumn<uint>("r");
    QTest::addColumn<uint>("p");
    QTest::addColumn<int>("dklen");
    QTest::addColumn<int>("expected"); // 0 = accepted, else the ErrorCode
    const int ok = 0;
    const int corrupt = static_cast<int>(sr::ErrorCode::Corrupt);
    const int unsupported = static_cast<int>(sr::ErrorCode::Unsupported);
    // What real wallets write.
    QTest::newRow("geth standard") << quint64(1u << 18) << 8u << 1u << 32 << ok;
    QTest::newRow("geth light") << quint64(1u << 12) << 8u << 6u << 32 << ok;
    QTest::newRow("ethers default") << quint64(1u << 17) << 8u << 1u << 32 << ok;
    QTest::newRow("ethereum/tests") << quint64(1u << 18) << 1u << 8u << 32 << ok;
    QTest::newRow("very light") << quint64(2) << 8u << 1u << 32 << ok;
    QTest::newRow("ceiling") << quint64(1u << 20) << 8u << 1u << 32 << ok;
    // Impossible values.
    QTest::newRow("dklen 64") << quint64(1u << 18) << 8u << 1u << 64 << corrupt;
    QTest::newRow("dklen 16") << quint64(1u << 18) << 8u << 1u << 16 << corrupt;
    QTest::newRow("n not power of two") << quint64(262143) << 8u << 1u << 32 << corrupt;
    QTest::newRow("n zero") << quint64(0) << 8u << 1u << 32 << corrupt;
    QTest::newRow("n one") << quint64(1) << 8u << 1u << 32 << corrupt;
    QTest::newRow("r zero") << quint64(1u << 18) << 0u << 1u << 32 << corrupt;
    QTest::newRow("p zero") << quint64(1u << 18) << 8u << 0u << 32 << corrupt;
    // Hostile costs.
    QTest::newRow("n 2^21") << quint64(1u << 21) << 8u << 1u << 32 << unsupported;
    QTest::newRow("n 2^62") << quint64(1ULL << 62) << 8u << 1u << 32 << unsupported;
    QTest::newRow("memory: r 16 at 2^20") << quint64(1u << 20) << 16u << 1u << 32 << unsupported;
    QTest::newRow("memory: huge r") << quint64(2) << 0xffffffffu << 1u << 32 << unsupported;
    QTest::newRow("work: huge p") << quint64(1u << 18) << 8u << 1000u << 32 << unsupported;
    QTest::newRow("work: r·p 2^32") << quint64(16) << 0x10000u << 0x10000u << 32 << unsupported;
}

void TestKdf::keystoreScryptGuard() {
    QFETCH(quint64, n);
    QFETCH(uint, r);
    QFETCH(uint, p);
    QFETCH(int, dklen);
    QFETCH(int, expected);
    const ScryptParams params{n, r, p, static_cast<std::size_t>(dklen)};
    try {
        sr::crypto::checkKeystoreScryptParams(params);
        QCOMPARE(0, expected);
    } catch (const sr::Error& e) {
        QVERIFY2(expected != 0, e.what());
        QCOMPARE(static_cast<int>(e.code()), expected);
        QVERIFY(std::string(e.what()).find("keystore") != std::string::npos);
    }
}

void TestKdf::keystorePbkdf2Guard() {
    sr::crypto::checkKeystorePbkdf2Params(262144, 32);
    sr::crypto::checkKeystorePbkdf2Params(1, 32);
    sr::crypto::checkKeystorePbkdf2Params(sr::crypto::kKeystorePbkdf2MaxIterations, 32);
    QCOMPARE(codeOf([] { sr::crypto::checkKeystorePbkdf2Params(0, 32); }), sr::ErrorCode::Corrupt);
    QCOMPARE(codeOf([] { sr::crypto::checkKeystorePbkdf2Params(262144, 31); }),
             sr::ErrorCode::Corrupt);
    QCOMPARE(codeOf([] {
                 sr::crypto::checkKeystorePbkdf2Params(sr::crypto::kKeystorePbkdf2MaxIterations + 1,
                                                       32);
             }),
             sr::ErrorCode::Unsupported);
    QCOMPARE(codeOf([] { sr::crypto::checkKeystorePbkdf2Params(~0ULL, 32); }),
             sr::ErrorCode::Unsupported);
}

QTEST_APPLESS_MAIN(TestKdf)
#include "tst_kdf.moc"
