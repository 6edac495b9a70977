// The engine's errors reach a person in their language: every ErrorCode has its own sentence in
// English and in French (ErrorText), every ErrorReason its particulars with their parameters,
// and an error without a known reason keeps the engine's English particulars.
#include "ErrorText.h"
#include "Localization.h"
#include "util/FileStream.h"

#include <QApplication>
#include <QSet>
#include <QtTest>
#include <cerrno>

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

    /// One error per reason, every parameter filled (a reason reads only its own).
    static std::vector<Error> oneErrorPerReason() {
        const ErrorParams params = {{"host", "node.example"}, {"cause", "Connection refused"},
                                    {"seconds", "4.5"},       {"bytes", "1234"},
                                    {"mebibytes", "64"},      {"status", "502"},
                                    {"actual", "1"},          {"expected", "42161"},
                                    {"account", "0xAbC"},     {"asset", "rlc-stake"},
                                    {"has", "1 RLC"},         {"needs", "3 RLC"},
                                    {"missing", "2 RLC"},     {"path", "/data/file.csv"},
                                    {"digits", "39"}};
        std::vector<Error> out;
        // ErrorReason's values run from Unspecified (0) to AddressChecksum without a gap.
        for (int r = 1; r <= static_cast<int>(ErrorReason::AddressChecksum); ++r)
            out.emplace_back(ErrorCode::Network, static_cast<ErrorReason>(r), params,
                             "English message " + std::to_string(r) + ".");
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

    void everyReasonIsSaidInBothLanguagesWithItsParameters() {
        const auto errors = oneErrorPerReason();
        QStringList english;
        QCOMPARE(localization_.apply(QStringLiteral("en")), QStringLiteral("en"));
        for (const Error& e : errors)
            english << ui::errorParticulars(e);
        QCOMPARE(localization_.apply(QStringLiteral("fr")), QStringLiteral("fr"));
        for (std::size_t i = 0; i < errors.size(); ++i) {
            const QString french = ui::errorParticulars(errors[i]);
            const QString message = QString::fromStdString(errors[i].what());
            // Said in the reason's own words, never the engine's English message.
            QVERIFY2(english[int(i)] != message, qPrintable(english[int(i)]));
            QVERIFY2(french != message, qPrintable(french));
            QVERIFY2(french != english[int(i)], qPrintable(french));
            QVERIFY2(!french.contains(QLatin1Char('%')), qPrintable(french)); // all filled
        }
        // The parameters are in the text.
        QVERIFY(ui::errorParticulars(errors[int(ErrorReason::WrongChain) - 1])
                    .contains(QStringLiteral("42161")));
        QVERIFY(ui::errorParticulars(errors[int(ErrorReason::DiskFull) - 1])
                    .contains(QStringLiteral("/data/file.csv")));
        // Two reasons never read the same.
        QStringList french;
        for (const Error& e : errors)
            french << ui::errorParticulars(e);
        QCOMPARE(QSet<QString>(french.begin(), french.end()).size(), french.size());
        localization_.apply(QStringLiteral("en"));
    }

    void aReasonWithoutItsParametersKeepsTheMessage() {
        const Error bare(ErrorCode::Network, ErrorReason::HttpStatus, {}, "Node said 500.");
        QCOMPARE(ui::errorParticulars(bare), QStringLiteral("Node said 500."));
    }

    void aFailedFileCallSaysWhichKindOfFailure() {
        QCOMPARE(fileError("Could not write", "/x", ENOSPC).reason(), ErrorReason::DiskFull);
        QCOMPARE(fileError("Could not write", "/x", EDQUOT).reason(), ErrorReason::DiskFull);
        QCOMPARE(fileError("Could not open", "/x", EACCES).reason(), ErrorReason::FileDenied);
        QCOMPARE(fileError("Could not open", "/x", EIO).reason(), ErrorReason::Unspecified);
        QCOMPARE(fileError("Could not open", "/x", EIO).code(), ErrorCode::Io);
        // A real missing file, through the engine's file reader.
        try {
            InputFile file("/nonexistent-strongroom/file.bin");
            QFAIL("a missing file opened");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
            QCOMPARE(e.reason(), ErrorReason::FileMissing);
            QCOMPARE(e.param("path"), std::string("/nonexistent-strongroom/file.bin"));
            localization_.apply(QStringLiteral("fr"));
            QVERIFY2(ui::errorText(e).contains(QStringLiteral("/nonexistent-strongroom/file.bin")),
                     qPrintable(ui::errorText(e)));
            QVERIFY2(!ui::errorText(e).contains(QStringLiteral("Could not open")),
                     qPrintable(ui::errorText(e)));
            localization_.apply(QStringLiteral("en"));
        }
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
