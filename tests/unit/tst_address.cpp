// Address: EIP-55 checksums (the EIP's own examples), strict parsing, public key -> address.

#include "crypto/Secp256k1.h"
#include "eth/Address.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QtTest>
#include <set>

using sr::eth::Address;

class TestAddress : public QObject {
    Q_OBJECT

private slots:
    void eip55Examples_data();
    void eip55Examples();
    void acceptsSingleCase();
    void rejectsWrongChecksum_data();
    void rejectsWrongChecksum();
    void rejectsBadLength_data();
    void rejectsBadLength();
    void fromPublicKey();
    void bytesZeroAndOrdering();
};

void TestAddress::eip55Examples_data() {
    QTest::addColumn<QString>("checksummed");
    // From EIP-55 itself: all caps, all lower, and normal mixed-case examples.
    for (const char* a : {"0x52908400098527886E0F7030069857D2E4169EE7",
                          "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                          "0xde709f2102306220921060314715629080e2fb77",
                          "0x27b1fdb04752bbc536007a920d24acb045561c26",
                          "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                          "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                          "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                          "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TestAddress::eip55Examples() {
    QFETCH(QString, checksummed);
    const std::string text = checksummed.toStdString();
    const Address address = Address::fromHex(text);
    QCOMPARE(address.toChecksumHex(), text);
    QCOMPARE(address.toLowerHex(), checksummed.toLower().toStdString());
}

void TestAddress::acceptsSingleCase() {
    const Address expected = Address::fromHex("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    QCOMPARE(Address::fromHex("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), expected);
    QCOMPARE(Address::fromHex("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"), expected);
    QCOMPARE(Address::fromHex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), expected);
    QCOMPARE(Address::fromHex("0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"), expected);
}

void TestAddress::rejectsWrongChecksum_data() {
    QTest::addColumn<QString>("text");
    // One letter's case flipped in each EIP-55 example.
    QTest::newRow("first letter") << "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    QTest::newRow("last letter") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
    QTest::newRow("middle") << "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5D359";
    QTest::newRow("two letters") << "0xdbf03B407c01E7cD3CBea99509d93f8DDDC8C6Fb";
}

void TestAddress::rejectsWrongChecksum() {
    QFETCH(QString, text);
    try {
        Address::fromHex(text.toStdString());
        QFAIL("accepted a wrong checksum");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromUtf8(e.what()).contains("checksum"), e.what());
        QCOMPARE(e.reason(), sr::ErrorReason::AddressChecksum);
    }
}

void TestAddress::rejectsBadLength_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("digits");
    const int length = int(sr::ErrorReason::AddressLength);
    const int notHex = int(sr::ErrorReason::AddressNotHex);
    QTest::newRow("empty") << "" << length << "0";
    QTest::newRow("prefix only") << "0x" << length << "0";
    QTest::newRow("39 digits") << "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae" << length << "39";
    QTest::newRow("41 digits") << "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed0" << length << "41";
    QTest::newRow("42 digits") << "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00" << length << "42";
    QTest::newRow("bad digit") << "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg" << notHex << "";
    QTest::newRow("spaces") << " 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed" << length << "43";
}

void TestAddress::rejectsBadLength() {
    QFETCH(QString, text);
    QFETCH(int, reason);
    QFETCH(QString, digits);
    try {
        Address::fromHex(text.toStdString());
        QFAIL("accepted a malformed address");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
        // The reason and its parameter, for the GUI's own words.
        QCOMPARE(int(e.reason()), reason);
        QCOMPARE(QString::fromStdString(e.param("digits")), digits);
    }
    QVERIFY_THROWS_EXCEPTION(sr::Error, Address::fromBytes(sr::Bytes(19)));
    QVERIFY_THROWS_EXCEPTION(sr::Error, Address::fromBytes(sr::Bytes(21)));
}

void TestAddress::fromPublicKey() {
    // Private key 1: the public key is the generator G, address 0x7E5F...5Bdf.
    sr::crypto::SecretBytes one(32);
    one.data()[31] = 1;
    const auto publicKey = sr::crypto::publicKeyFromPrivate(one);
    QCOMPARE(Address::fromPublicKey(publicKey).toChecksumHex(),
             std::string("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"));
    // The EIP-155 example key 0x4646...46.
    sr::crypto::SecretBytes key(32);
    std::fill(key.data(), key.data() + 32, 0x46);
    QCOMPARE(Address::fromPublicKey(sr::crypto::publicKeyFromPrivate(key)).toChecksumHex(),
             std::string("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
}

void TestAddress::bytesZeroAndOrdering() {
    QVERIFY(Address::zero().isZero());
    QVERIFY(Address().isZero());
    QCOMPARE(Address::zero().toLowerHex(), std::string("0x") + std::string(40, '0'));
    const Address a = Address::fromHex("0x0000000000000000000000000000000000000001");
    const Address b = Address::fromHex("0x0100000000000000000000000000000000000000");
    QVERIFY(!a.isZero());
    QVERIFY(a < b);
    QVERIFY(Address::zero() < a);
    QVERIFY(a != b);
    QCOMPARE(a.bytes()[19], std::uint8_t(1));
    QCOMPARE(Address::fromBytes(b.bytes()), b);
    std::set<Address> set{b, a, a};
    QCOMPARE(set.size(), std::size_t(2));
}

QTEST_APPLESS_MAIN(TestAddress)
#include "tst_address.moc"
