// EIP-191 personal messages, r||s||v (de)serialisation and address recovery.

#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QtTest>

using sr::asBytes;
using sr::Bytes;
using sr::crypto::SecretBytes;
using sr::crypto::Signature;
using sr::eth::Address;
using sr::eth::fromHex;
using sr::eth::toHex;

namespace {

// The key of the web3.js accounts documentation example ("Some data").
const char* const kDocKey = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

SecretBytes docKey() {
    const Bytes b = fromHex(kDocKey);
    return SecretBytes(sr::ByteView{b});
}

} // namespace

class TestEip191 : public QObject {
    Q_OBJECT

private slots:
    void hashesPersonalMessages();
    void signsLikeTheDocumentation();
    void rsvRoundTrip();
    void fromRsvRejectsBadInput_data();
    void fromRsvRejectsBadInput();
    void recoverRejectsGarbage();
};

void TestEip191::hashesPersonalMessages() {
    // ethers documentation: hashMessage("Hello World").
    QCOMPARE(toHex(sr::eth::hashPersonalMessage(asBytes("Hello World"))),
             std::string("0xa1de988600a42c4b4ab089b619297c17d53cffae5d5120d82d8a92d0bb3b78f2"));
    QCOMPARE(toHex(sr::eth::hashPersonalMessage(asBytes("Some data"))),
             std::string("0x1da44b586eb0729ff70a73c326926f6ed5a25f5b056e7f47fbc6e58d86871655"));
}

void TestEip191::signsLikeTheDocumentation() {
    // web3.js documentation, web3.eth.accounts.sign("Some data", key).
    const Bytes signature = sr::eth::signPersonalMessage(docKey(), asBytes("Some data"));
    QCOMPARE(toHex(signature), std::string("0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a"
                                           "4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e"
                                           "5d18a5f5d4300f8e1a0291c"));
    const Address signer = sr::eth::recoverAddress(
        sr::eth::hashPersonalMessage(asBytes("Some data")), sr::eth::fromRsv(signature));
    QCOMPARE(signer.toChecksumHex(), std::string("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"));
}

void TestEip191::rsvRoundTrip() {
    const auto digest = sr::eth::hashPersonalMessage(asBytes("round trip"));
    const Signature signature = sr::crypto::signHash(docKey(), digest);
    const Bytes rsv27 = sr::eth::toRsv(signature);
    const Bytes rsv0 = sr::eth::toRsv(signature, 0);
    QCOMPARE(rsv27.size(), std::size_t(65));
    QCOMPARE(rsv27[64], std::uint8_t(27 + signature.recoveryId));
    QCOMPARE(rsv0[64], signature.recoveryId);
    QCOMPARE(sr::eth::fromRsv(rsv27), signature);
    QCOMPARE(sr::eth::fromRsv(rsv0), signature);
}

void TestEip191::fromRsvRejectsBadInput_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("v");
    QTest::newRow("empty") << 0 << 27;
    QTest::newRow("64 bytes") << 64 << 27;
    QTest::newRow("66 bytes") << 66 << 27;
    QTest::newRow("v 2") << 65 << 2;
    QTest::newRow("v 26") << 65 << 26;
    QTest::newRow("v 29") << 65 << 29;
    QTest::newRow("v 37 (EIP-155)") << 65 << 37;
    QTest::newRow("v 255") << 65 << 255;
}

void TestEip191::fromRsvRejectsBadInput() {
    QFETCH(int, length);
    QFETCH(int, v);
    Bytes rsv(static_cast<std::size_t>(length), 1);
    if (length == 65)
        rsv[64] = static_cast<std::uint8_t>(v);
    else if (length > 0)
        rsv.back() = static_cast<std::uint8_t>(v);
    try {
        sr::eth::fromRsv(rsv);
        QFAIL("accepted");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
    }
}

void TestEip191::recoverRejectsGarbage() {
    const auto digest = sr::eth::hashPersonalMessage(asBytes("x"));
    Bytes rsv(65, 0);
    rsv[64] = 27;
    QVERIFY_THROWS_EXCEPTION(sr::Error, sr::eth::recoverAddress(digest, sr::eth::fromRsv(rsv)));
    Bytes overflow(65, 0xff); // r, s >= n
    overflow[64] = 28;
    QVERIFY_THROWS_EXCEPTION(sr::Error,
                             sr::eth::recoverAddress(digest, sr::eth::fromRsv(overflow)));
}

QTEST_APPLESS_MAIN(TestEip191)
#include "tst_eip191.moc"
