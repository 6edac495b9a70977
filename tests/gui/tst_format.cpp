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
};

QTEST_GUILESS_MAIN(FormatTest)
#include "tst_format.moc"
