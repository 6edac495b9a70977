#include "Format.h"

#include <QLocale>
#include <QtTest>

using namespace sr;

class FormatTest : public QObject {
    Q_OBJECT
private slots:
    void amountsAreCutNeverRoundedUp() {
        QLocale::setDefault(QLocale(QLocale::English));
        const auto eth = [](const char* text) { return eth::parseUnits(text, 18); };
        QCOMPARE(ui::displayAmount(eth("9.999775315205858816"), 18, QStringLiteral("ETH")),
                 QStringLiteral("9.999775 ETH"));
        QCOMPARE(ui::displayAmount(eth("0.9999999"), 18, QStringLiteral("ETH")),
                 QStringLiteral("0.999999 ETH"));
        QCOMPARE(ui::displayAmount(eth("10"), 18, QStringLiteral("ETH")), QStringLiteral("10 ETH"));
        QCOMPARE(ui::displayAmount(eth("1234567.5"), 18, QStringLiteral("ETH")),
                 QStringLiteral("1,234,567.5 ETH"));
        QCOMPARE(ui::displayAmount(eth("0"), 18, QStringLiteral("ETH")), QStringLiteral("0 ETH"));
        QCOMPARE(ui::displayAmount(eth("0.0000000001"), 18, QStringLiteral("ETH")),
                 QStringLiteral("< 0.000001 ETH"));
        QCOMPARE(ui::displayAmount(eth::parseUnits("984.5", 9), 9, QStringLiteral("RLC"), 4),
                 QStringLiteral("984.5 RLC"));
        QLocale::setDefault(QLocale(QLocale::French));
        QCOMPARE(ui::displayAmount(eth("1234.5"), 18, QStringLiteral("ETH")),
                 QLocale().toString(1234) + QStringLiteral(",5 ETH"));
    }

    // RLC as the pages show it (totals, rewards, prices): every one of its 9 decimals.
    void rlcAmountsKeepTheirNineDecimals() {
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(ui::rlcAmount(eth::parseUnits("1.5", 9)), QStringLiteral("1.5 RLC"));
        QCOMPARE(ui::rlcAmount(eth::U256(1)), QStringLiteral("0.000000001 RLC"));
        QCOMPARE(ui::rlcAmount(eth::parseUnits("1234.123456789", 9)),
                 QStringLiteral("1,234.123456789 RLC"));
        QCOMPARE(ui::rlcAmount(eth::U256()), QStringLiteral("0 RLC"));
    }

    // Exact amounts restated in forms and reviews follow the language too: never "1.5 RLC"
    // beside "987,5 RLC" in French.
    void exactAmountsAndCountsFollowTheLanguage() {
        const auto rlc = [](const char* text) { return eth::parseUnits(text, 9); };
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(ui::exactAmount(rlc("1.5"), 9), QStringLiteral("1.5"));
        QCOMPARE(ui::exactAmount(rlc("1234567.123456789"), 9),
                 QStringLiteral("1,234,567.123456789"));
        QCOMPARE(ui::exactAmount(rlc("1234567.5"), 9, false), QStringLiteral("1234567.5"));
        QCOMPARE(ui::displayCount(eth::U256(1000000000)), QStringLiteral("1,000,000,000"));
        // Beyond 64 bits the digits are grouped all the same.
        QCOMPARE(ui::displayCount(eth::U256::fromDecimal("123456789012345678901234")),
                 QStringLiteral("123,456,789,012,345,678,901,234"));
        QLocale::setDefault(QLocale(QLocale::French));
        const QString group = QLocale().groupSeparator();
        QCOMPARE(ui::exactAmount(rlc("1.5"), 9), QStringLiteral("1,5"));
        QCOMPARE(ui::exactAmount(rlc("987.5"), 9), QStringLiteral("987,5"));
        QCOMPARE(ui::exactAmount(rlc("1234.25"), 9),
                 QStringLiteral("1") + group + QStringLiteral("234,25"));
        // Put back into a field: no group separator, which the field would refuse.
        QCOMPARE(ui::exactAmount(rlc("1234.25"), 9, false), QStringLiteral("1234,25"));
        QCOMPARE(ui::displayCount(eth::U256(1000000)), QStringLiteral("1") + group +
                                                           QStringLiteral("000") + group +
                                                           QStringLiteral("000"));
    }
};

QTEST_GUILESS_MAIN(FormatTest)
#include "tst_format.moc"
