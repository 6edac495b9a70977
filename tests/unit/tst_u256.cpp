// U256: conversions, checked arithmetic, token-unit parsing and formatting.

#include "eth/U256.h"
#include "util/Error.h"

#include <QtTest>
#include <random>

using sr::Error;
using sr::ErrorCode;
using sr::eth::U256;

namespace {

const char* kMaxDecimal =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";

template <typename F> ErrorCode errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal; // "no error" shows up as a clear mismatch in QCOMPARE
}

} // namespace

class TestU256 : public QObject {
    Q_OBJECT

private slots:
    void decimalRoundTrip_data() {
        QTest::addColumn<QString>("text");
        for (const char* s : {"0", "1", "9", "10", "18446744073709551615", "18446744073709551616",
                              "10000000000000000000", "9999999999999999999",
                              "340282366920938463463374607431768211456", kMaxDecimal})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void decimalRoundTrip() {
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(U256::fromDecimal(text.toStdString()).toDecimal()), text);
    }

    void decimalRejects() {
        for (const char* bad :
             {"", "-1", "+1", " 1", "1 ", "1e3", "0x10", "1.0", "abc",
              "115792089237316195423570985008687907853269984665640564039457584007913129639936"})
            QCOMPARE(errorOf([&] { U256::fromDecimal(bad); }), ErrorCode::InvalidArgument);
    }

    void hex() {
        QCOMPARE(U256::fromHex("0x0"), U256(0));
        QCOMPARE(U256::fromHex("0xFF"), U256(255));
        QCOMPARE(U256::fromHex("0x00ff"), U256(255));
        QCOMPARE(U256::fromHex("0x" + std::string(64, 'f')), U256::max());
        QCOMPARE(U256::fromHex("0x" + std::string(70, '0') + "1"), U256(1));
        QCOMPARE(U256(255).toHex(), std::string("0xff"));
        QCOMPARE(U256(0).toHex(), std::string("0x0"));
        QCOMPARE(U256::max().toHex(), "0x" + std::string(64, 'f'));
        for (const char* bad : {"", "0x", "ff", "0xg", "0x-1", "x10", "0x 1"})
            QCOMPARE(errorOf([&] { U256::fromHex(bad); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([&] { U256::fromHex("0x1" + std::string(64, '0')); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(U256::parse("0x10"), U256(16));
        QCOMPARE(U256::parse("10"), U256(10));
    }

    void bigEndian() {
        const std::array<std::uint8_t, 3> three{1, 2, 3};
        const U256 v = U256::fromBigEndian(three);
        QCOMPARE(v, U256(0x010203));
        const auto be = v.toBigEndian();
        QCOMPARE(be[29], std::uint8_t{1});
        QCOMPARE(be[31], std::uint8_t{3});
        QCOMPARE(v.toMinimalBigEndian(), (sr::Bytes{1, 2, 3}));
        QVERIFY(U256(0).toMinimalBigEndian().empty());
        QCOMPARE(U256::fromBigEndian(U256::max().toBigEndian()), U256::max());
        const std::vector<std::uint8_t> tooLong(33, 0);
        QCOMPARE(errorOf([&] { U256::fromBigEndian(tooLong); }), ErrorCode::InvalidArgument);
    }

    void checkedArithmetic() {
        QCOMPARE(U256(2) + U256(3), U256(5));
        QCOMPARE(U256(7) - U256(7), U256(0));
        QCOMPARE(U256(6) * U256(7), U256(42));
        QCOMPARE(U256(43) / U256(7), U256(6));
        QCOMPARE(U256(43) % U256(7), U256(1));
        QCOMPARE(errorOf([] { (void)(U256::max() + U256(1)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { (void)(U256(1) - U256(2)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { (void)(U256::max() * U256(2)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { (void)((U256(1) << 255) * U256(2)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { (void)(U256(1) / U256(0)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { (void)(U256(1) % U256(0)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { U256(-1); }), ErrorCode::InvalidArgument);
        QCOMPARE(U256::max() / U256::max(), U256(1));
        QCOMPARE(U256::max() % (U256(1) << 255), (U256(1) << 255) - U256(1));
        QCOMPARE(U256::max() / (U256(1) << 200), (U256(1) << 56) - U256(1));
        QVERIFY(U256(1) < U256(2));
        QVERIFY((U256(1) << 128) > U256(~std::uint64_t{0}));
        QCOMPARE(U256(5).toUint64(), std::uint64_t{5});
        QCOMPARE(errorOf([] { (void)((U256(1) << 64).toUint64()); }), ErrorCode::InvalidArgument);
        QCOMPARE(U256(0).wrappingNeg(), U256(0));
        QCOMPARE(U256(1).wrappingNeg(), U256::max());
    }

    // Division, multiplication and shifts agree with each other on random values.
    void randomIdentities() {
        std::mt19937_64 rng(12345);
        auto random = [&] {
            std::array<std::uint8_t, 32> b{};
            const auto len = rng() % 33;
            for (std::size_t i = 32 - len; i < 32; ++i)
                b[i] = static_cast<std::uint8_t>(rng());
            return U256::fromBigEndian(b);
        };
        for (int i = 0; i < 2000; ++i) {
            const U256 a = random();
            U256 b = random();
            if (b.isZero())
                b = U256(1);
            U256 q, r;
            U256::divMod(a, b, q, r);
            QVERIFY(r < b);
            QCOMPARE(q * b + r, a);
            QCOMPARE(U256::fromDecimal(a.toDecimal()), a);
            QCOMPARE(U256::fromHex(a.toHex()), a);
            const unsigned s = static_cast<unsigned>(rng() % 256);
            QCOMPARE((a >> s) << s, a & ~((U256(1) << s).wrappingAdd(U256::max())));
            QCOMPARE(a.wrappingAdd(a.wrappingNeg()), U256(0));
        }
    }

    void parseUnits() {
        using sr::eth::parseUnits;
        QCOMPARE(parseUnits("1.5", 9), U256(1500000000));
        QCOMPARE(parseUnits("1", 18), U256(1000000000000000000ull));
        QCOMPARE(parseUnits("0.000000001", 9), U256(1));
        QCOMPARE(parseUnits("0", 18), U256(0));
        QCOMPARE(parseUnits("12", 0), U256(12));
        QCOMPARE(parseUnits("1.5000000000000", 9), U256(1500000000)); // zeros past precision
        QCOMPARE(parseUnits("00.10", 2), U256(10));
        for (const char* bad : {"", "-1", "+1", ".5", "1.", "1..2", "1.2.3", "1e9", " 1", "1 ",
                                "abc", "1,5", "0x10", "1.0000000001"})
            QCOMPARE(errorOf([&] { parseUnits(bad, 9); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { parseUnits("1.5", 0); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { parseUnits(kMaxDecimal, 1); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([] { parseUnits("1", 78); }), ErrorCode::InvalidArgument);
    }

    void formatUnits() {
        using sr::eth::formatUnits;
        QCOMPARE(formatUnits(U256(1500000000), 9), std::string("1.5"));
        QCOMPARE(formatUnits(U256(1000000000000000000ull), 18), std::string("1"));
        QCOMPARE(formatUnits(U256(1), 18), std::string("0.000000000000000001"));
        QCOMPARE(formatUnits(U256(0), 9), std::string("0"));
        QCOMPARE(formatUnits(U256(123), 0), std::string("123"));
        QCOMPARE(formatUnits(U256(1230), 2), std::string("12.3"));
        QCOMPARE(
            formatUnits(U256::max(), 77),
            std::string(
                "1.15792089237316195423570985008687907853269984665640564039457584007913129639935"));
        std::mt19937_64 rng(7);
        for (int i = 0; i < 500; ++i) {
            const U256 v = U256(rng()) * U256(rng());
            const unsigned d = static_cast<unsigned>(rng() % 30);
            QCOMPARE(sr::eth::parseUnits(formatUnits(v, d), d), v);
        }
    }
};

QTEST_APPLESS_MAIN(TestU256)
#include "tst_u256.moc"
