// Hex encoding: lowercase output, strict input (prefix optional, even length, hex digits only).

#include "eth/Hex.h"
#include "util/Error.h"

#include <QtTest>

using sr::Bytes;
using sr::eth::fromHex;
using sr::eth::fromHexFixed;
using sr::eth::toHex;

class TestHex : public QObject {
    Q_OBJECT

private slots:
    void encodes();
    void decodes();
    void roundTripsEveryByte();
    void fixedLength();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void errorDoesNotEchoInput();
};

void TestHex::encodes() {
    QCOMPARE(toHex(Bytes{}), std::string("0x"));
    QCOMPARE(toHex(Bytes{}, false), std::string());
    QCOMPARE(toHex(Bytes{0x00, 0x0f, 0xab, 0xff}), std::string("0x000fabff"));
    QCOMPARE(toHex(Bytes{0xDE, 0xAD}, false), std::string("dead"));
}

void TestHex::decodes() {
    QCOMPARE(fromHex(""), Bytes{});
    QCOMPARE(fromHex("0x"), Bytes{});
    QCOMPARE(fromHex("0X"), Bytes{});
    QCOMPARE(fromHex("0x000fAbFf"), (Bytes{0x00, 0x0f, 0xab, 0xff}));
    QCOMPARE(fromHex("0XDEAD"), (Bytes{0xde, 0xad}));
    QCOMPARE(fromHex("dead"), (Bytes{0xde, 0xad}));
}

void TestHex::roundTripsEveryByte() {
    Bytes all(256);
    for (int i = 0; i < 256; ++i)
        all[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i);
    QCOMPARE(fromHex(toHex(all)), all);
    QCOMPARE(fromHex(toHex(all, false)), all);
}

void TestHex::fixedLength() {
    const auto four = fromHexFixed<4>("0x01020304");
    QCOMPARE(four, (std::array<std::uint8_t, 4>{1, 2, 3, 4}));
    QVERIFY_THROWS_EXCEPTION(sr::Error, fromHexFixed<4>("0x010203"));
    QVERIFY_THROWS_EXCEPTION(sr::Error, fromHexFixed<4>("0x0102030405"));
    try {
        fromHexFixed<32>("0x00");
        QFAIL("no exception");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
        QVERIFY(std::string(e.what()).find("32 bytes") != std::string::npos);
    }
}

void TestHex::rejectsBadInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("odd") << "0x123"
                         << "odd number";
    QTest::newRow("odd no prefix") << "a"
                                   << "odd number";
    QTest::newRow("bad digit") << "0x12g4"
                               << "position 4";
    QTest::newRow("space") << "0x12 4"
                           << "position 4";
    QTest::newRow("double prefix") << "0x0x12"
                                   << "position 3";
    QTest::newRow("sign") << "-1"
                          << "position 0";
    QTest::newRow("unicode") << QString::fromUtf8("0x\xc3\xa9") << "not a hex digit";
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("0") << "not a hex digit";
}

void TestHex::rejectsBadInput() {
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const QByteArray utf8 = text.toUtf8();
    try {
        fromHex(std::string_view(utf8.constData(), utf8.size()));
        QFAIL("no exception");
    } catch (const sr::Error& e) {
        QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromUtf8(e.what()).contains(messagePart), e.what());
    }
}

void TestHex::errorDoesNotEchoInput() {
    // The text may be a private key: the message must not contain it.
    const std::string secretish =
        "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f36231z";
    try {
        fromHex(secretish);
        QFAIL("no exception");
    } catch (const sr::Error& e) {
        QVERIFY(std::string(e.what()).find("4c0883a6") == std::string::npos);
    }
}

QTEST_APPLESS_MAIN(TestHex)
#include "tst_hex.moc"
