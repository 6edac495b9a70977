// The shared ASCII helpers the protocol parsers use (util/Text.h): every hex digit, case folding
// of ASCII letters only, and trimming of spaces and tabs only.
#include "util/Text.h"

#include <QtTest>
#include <clocale>
#include <string>

using namespace sr::text;

class TextTest : public QObject {
    Q_OBJECT

private slots:
    void hexDigitsInBothCasesAndNothingElse() {
        const std::string digits = "0123456789abcdef";
        for (int i = 0; i < 256; ++i) {
            const char c = static_cast<char>(i);
            const auto at = digits.find(asciiLower(c));
            const int expected = at == std::string::npos ? -1 : int(at);
            QCOMPARE(hexDigitValue(c), expected);
        }
        static_assert(hexDigitValue('F') == 15 && hexDigitValue('g') == -1);
    }

    void caseFoldingIsAsciiOnlyWhateverTheLocale() {
        std::setlocale(LC_ALL, "tr_TR.UTF-8"); // where it exists, 'I' lowers to a dotless i
        QVERIFY(iequals("Content-Length", "content-LENGTH"));
        QVERIFY(iequals("IDENTITY", "identity"));
        QVERIFY(!iequals("Host", "Hos"));
        QVERIFY(!iequals("\xC9t\xE9", "\xE9t\xE9")); // bytes above ASCII are compared as they are
        QCOMPARE(asciiLower('\xC9'), '\xC9');
        std::setlocale(LC_ALL, "C");
    }

    void trimsSpacesAndTabsOnly() {
        QCOMPARE(std::string(trimBlanks(" \t value \t")), std::string("value"));
        QCOMPARE(std::string(trimBlanks("\r\nvalue\n")), std::string("\r\nvalue\n"));
        QVERIFY(trimBlanks(" \t ").empty());
        QVERIFY(trimBlanks("").empty());
    }
};

QTEST_GUILESS_MAIN(TextTest)
#include "tst_text.moc"
