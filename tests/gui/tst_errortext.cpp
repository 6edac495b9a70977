// The engine's errors reach a person in their language: every ErrorCode has its own sentence in
// English and in French (ErrorText), and a dialog's text keeps the engine's particulars after it.
#include "ErrorText.h"
#include "Localization.h"

#include <QApplication>
#include <QSet>
#include <QtTest>

using namespace sr;

class ErrorTextTest : public QObject {
    Q_OBJECT
    ui::Localization localization_;

    QStringList headlines() const {
        QStringList out;
        for (ErrorCode code : ui::allErrorCodes())
            out << ui::errorHeadline(code);
        return out;
    }

private slots:
    void everyCodeIsListed() {
        // Codes are numbered 1..N without a gap (util/Error.h never renumbers): all are here.
        const auto& codes = ui::allErrorCodes();
        for (std::size_t i = 0; i < codes.size(); ++i)
            QCOMPARE(static_cast<int>(codes[i]), static_cast<int>(i) + 1);
        QCOMPARE(errorCodeName(static_cast<ErrorCode>(codes.size() + 1)),
                 std::string_view("unknown"));
    }

    void everyCodeHasItsSentenceInBothLanguages() {
        QCOMPARE(localization_.apply(QStringLiteral("en")), QStringLiteral("en"));
        const QStringList english = headlines();
        QCOMPARE(localization_.apply(QStringLiteral("fr")), QStringLiteral("fr"));
        const QStringList french = headlines();
        QCOMPARE(english.size(), french.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!english[i].isEmpty() && !french[i].isEmpty(), qPrintable(english[i]));
            // Translated: no French sentence is the English one left as it was.
            QVERIFY2(english[i] != french[i], qPrintable(english[i]));
        }
        // One sentence per code: two codes never read the same.
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), english.size());
        QCOMPARE(QSet<QString>(french.begin(), french.end()).size(), french.size());
        localization_.apply(QStringLiteral("en"));
    }

    void aDialogKeepsTheEnginesParticulars() {
        localization_.apply(QStringLiteral("fr"));
        const Error e(ErrorCode::ChainMismatch, "The node at 127.0.0.1 serves chain 1.");
        const QString text = ui::errorText(e);
        QVERIFY2(text.startsWith(ui::errorHeadline(ErrorCode::ChainMismatch)), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("The node at 127.0.0.1 serves chain 1.")),
                 qPrintable(text));
        // A wrong password needs no particulars (and the engine's are English).
        QCOMPARE(ui::errorText(Error(ErrorCode::WrongPassword, "Wrong password for 0xabc.")),
                 ui::errorHeadline(ErrorCode::WrongPassword));
        localization_.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(ErrorTextTest)
#include "tst_errortext.moc"
