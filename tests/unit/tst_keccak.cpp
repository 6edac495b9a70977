// keccak-256 (Ethereum's, original Keccak padding) against published vectors, plus the
// incremental interface against the one-shot function across the 136-byte rate boundary.

#include "crypto/Keccak.h"
#include "eth/Hex.h"

#include <QtTest>
#include <string>

using sr::asBytes;
using sr::Bytes;
using sr::crypto::Keccak256;
using sr::crypto::keccak256;
using sr::eth::toHex;

class TestKeccak : public QObject {
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void millionA();
    void differsFromSha3();
    void incrementalEqualsOneShot();
    void finalizeResets();
};

void TestKeccak::publishedVectors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // Keccak team / Ethereum (web3.sha3) values; the last one (112 bytes) is below the rate.
    QTest::newRow("empty") << QByteArray()
                           << "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
    QTest::newRow("abc") << QByteArray("abc")
                         << "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";
    QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                         << "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15";
    QTest::newRow("448 bits") << QByteArray(
                                     "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "45d3b367a6904e6e8d502ee04999a7c27647f91fa845d456525fd352ae3d7371";
    QTest::newRow("896 bits")
        << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklm"
                      "nopqklmnopqrlmnopqrsmnopqrstnopqrstu")
        << "f519747ed599024f3882238e5ab43960132572b7345fbeb9a90769dafd21ad67";
    QTest::newRow("transfer(address,uint256)")
        << QByteArray("transfer(address,uint256)")
        << "a9059cbb2ab09eb219583f4a59a5d0623ade346d962bcd4e46b11da047c9049b";
}

void TestKeccak::publishedVectors() {
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    const auto hash = keccak256(asBytes(std::string_view(input.constData(), input.size())));
    QCOMPARE(QString::fromStdString(toHex(hash, false)), digest);
}

void TestKeccak::millionA() {
    // One million 'a': crosses the rate thousands of times.
    const std::string input(1000000, 'a');
    QCOMPARE(QString::fromStdString(toHex(keccak256(asBytes(input)), false)),
             QStringLiteral("fadae6b49f129bbb812be8407b7b2894f34aecf6dbd1f9b0f0c7e9853098fc96"));
    // The same fed in odd-sized pieces.
    Keccak256 hasher;
    for (std::size_t at = 0; at < input.size(); at += 997)
        hasher.update(asBytes(std::string_view(input).substr(at, 997)));
    QCOMPARE(QString::fromStdString(toHex(hasher.finalize(), false)),
             QStringLiteral("fadae6b49f129bbb812be8407b7b2894f34aecf6dbd1f9b0f0c7e9853098fc96"));
}

void TestKeccak::differsFromSha3() {
    // SHA3-256("") is a7ffc6f8...; getting it would mean the 0x06 padding slipped in.
    QVERIFY(toHex(keccak256({}), false) !=
            "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
}

void TestKeccak::incrementalEqualsOneShot() {
    // Every length around one and two rate blocks, split at every possible point.
    Bytes data(3 * Keccak256::kRateBytes + 5);
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<std::uint8_t>(i * 31 + 7);
    for (std::size_t length : {0, 1, 135, 136, 137, 271, 272, 273, 408, 413}) {
        const sr::ByteView input(data.data(), length);
        const auto expected = keccak256(input);
        for (std::size_t split = 0; split <= length; ++split) {
            Keccak256 hasher;
            hasher.update(input.first(split));
            hasher.update(input.subspan(split));
            QCOMPARE(hasher.finalize(), expected);
        }
        Keccak256 byteByByte;
        for (std::size_t i = 0; i < length; ++i)
            byteByByte.update(input.subspan(i, 1));
        QCOMPARE(byteByByte.finalize(), expected);
    }
}

void TestKeccak::finalizeResets() {
    Keccak256 hasher;
    hasher.update(asBytes("something else"));
    (void)hasher.finalize();
    hasher.update(asBytes("abc"));
    QCOMPARE(hasher.finalize(), keccak256(asBytes("abc")));
}

QTEST_APPLESS_MAIN(TestKeccak)
#include "tst_keccak.moc"
