// SHA-256 (FIPS 180-2 examples) and HMAC-SHA256/512 (every RFC 4231 test case).

#include "crypto/Hmac.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"

#include <QtTest>
#include <string>

using sr::asBytes;
using sr::Bytes;
using sr::eth::fromHex;
using sr::eth::toHex;

namespace {

std::string hex(sr::ByteView v) {
    return toHex(v, false);
}

} // namespace

class TestHash : public QObject {
    Q_OBJECT

private slots:
    void sha256Vectors_data();
    void sha256Vectors();
    void sha256MillionA();
    void sha256Incremental();
    void hmacRfc4231_data();
    void hmacRfc4231();
    void hmacEmptyInputs();
};

void TestHash::sha256Vectors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("448 bits") << QByteArray(
                                     "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
}

void TestHash::sha256Vectors() {
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    const auto view = asBytes(std::string_view(input.constData(), input.size()));
    QCOMPARE(QString::fromStdString(hex(sr::crypto::sha256(view))), digest);
}

void TestHash::sha256MillionA() {
    const std::string input(1000000, 'a');
    QCOMPARE(hex(sr::crypto::sha256(asBytes(input))),
             std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestHash::sha256Incremental() {
    const std::string input(1000, 'x');
    sr::crypto::Sha256 hasher;
    for (std::size_t at = 0; at < input.size(); at += 7)
        hasher.update(asBytes(std::string_view(input).substr(at, 7)));
    QCOMPARE(hasher.finalize(), sr::crypto::sha256(asBytes(input)));
    // finalize() resets.
    hasher.update(asBytes("abc"));
    QCOMPARE(hasher.finalize(), sr::crypto::sha256(asBytes("abc")));
    sr::crypto::Sha256 moved(std::move(hasher));
    QCOMPARE(moved.finalize(), sr::crypto::sha256({}));
}

void TestHash::hmacRfc4231_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("sha512");
    QTest::addColumn<int>("truncateTo"); // test case 5 compares the first 128 bits only
    const QString aa131 = QString("aa").repeated(131);
    QTest::newRow("1") << QString("0b").repeated(20) << "4869205468657265"
                       << "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
                       << "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                          "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"
                       << 0;
    QTest::newRow("2") << "4a656665"
                       << "7768617420646f2079612077616e7420666f72206e6f7468696e673f"
                       << "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
                       << "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                          "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
                       << 0;
    QTest::newRow("3") << QString("aa").repeated(20) << QString("dd").repeated(50)
                       << "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
                       << "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39"
                          "bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb"
                       << 0;
    QTest::newRow("4") << "0102030405060708090a0b0c0d0e0f10111213141516171819"
                       << QString("cd").repeated(50)
                       << "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
                       << "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db"
                          "a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd"
                       << 0;
    QTest::newRow("5") << QString("0c").repeated(20) << "546573742057697468205472756e636174696f6e"
                       << "a3b6167473100ee06e0c796c2955552b"
                       << "415fad6271580a531d4179bc891d87a6" << 16;
    QTest::newRow("6") << aa131
                       << "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a"
                          "65204b6579202d2048617368204b6579204669727374"
                       << "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
                       << "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
                          "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"
                       << 0;
    QTest::newRow("7") << aa131
                       << "5468697320697320612074657374207573696e672061206c6172676572207468"
                          "616e20626c6f636b2d73697a65206b657920616e642061206c61726765722074"
                          "68616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565"
                          "647320746f20626520686173686564206265666f7265206265696e6720757365"
                          "642062792074686520484d414320616c676f726974686d2e"
                       << "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
                       << "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944"
                          "b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58"
                       << 0;
}

void TestHash::hmacRfc4231() {
    QFETCH(QString, key);
    QFETCH(QString, data);
    QFETCH(QString, sha256);
    QFETCH(QString, sha512);
    QFETCH(int, truncateTo);
    const Bytes k = fromHex(key.toStdString());
    const Bytes d = fromHex(data.toStdString());
    const auto mac256 = sr::crypto::hmacSha256(k, d);
    const auto mac512 = sr::crypto::hmacSha512(k, d);
    QCOMPARE(mac512.size(), std::size_t(64));
    sr::ByteView v256(mac256);
    sr::ByteView v512 = mac512.view();
    if (truncateTo > 0) {
        v256 = v256.first(static_cast<std::size_t>(truncateTo));
        v512 = v512.first(static_cast<std::size_t>(truncateTo));
    }
    QCOMPARE(QString::fromStdString(hex(v256)), sha256);
    QCOMPARE(QString::fromStdString(hex(v512)), sha512);
}

void TestHash::hmacEmptyInputs() {
    // HMAC-SHA256("", "") is well defined; OpenSSL must not choke on null pointers.
    QCOMPARE(hex(sr::crypto::hmacSha256({}, {})),
             std::string("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    QCOMPARE(sr::crypto::hmacSha512({}, {}).size(), std::size_t(64));
}

QTEST_APPLESS_MAIN(TestHash)
#include "tst_hash.moc"
