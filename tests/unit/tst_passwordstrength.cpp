#include "wallet/PasswordStrength.h"

#include <QtTest>

using namespace sr::wallet;

class PasswordStrengthTest : public QObject {
    Q_OBJECT
private slots:
    void weakPasswordsAreWeak_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("hint");
        QTest::newRow("empty") << QString() << int(PasswordHint::Empty);
        QTest::newRow("common") << QStringLiteral("password") << int(PasswordHint::Common);
        QTest::newRow("common with digits")
            << QStringLiteral("Password123") << int(PasswordHint::Common);
        QTest::newRow("short") << QStringLiteral("x7#Kq") << int(PasswordHint::TooShort);
        QTest::newRow("repeats") << QStringLiteral("aaaaaaaaaaaaa") << int(PasswordHint::Repeats);
        QTest::newRow("block repeated")
            << QStringLiteral("abxyabxyabxy") << int(PasswordHint::Repeats);
        QTest::newRow("sequence") << QStringLiteral("abcdefgh1234") << int(PasswordHint::Sequence);
        QTest::newRow("keyboard") << QStringLiteral("zxcvbnm12345") << int(PasswordHint::Sequence);
        QTest::newRow("digits only") << QStringLiteral("8402917365") << int(PasswordHint::OneKind);
    }
    void weakPasswordsAreWeak() {
        QFETCH(QString, password);
        QFETCH(int, hint);
        const PasswordStrength s = estimatePasswordStrength(password.toStdString());
        QVERIFY2(s.score < kMinimumPasswordScore, qPrintable(QString::number(s.bits)));
        QCOMPARE(int(s.hint), hint);
    }

    void strongPasswordsAreStrong_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << 4;
        QTest::newRow("mixed") << QStringLiteral("T4k!ng-the-l0ng-way") << 4;
        QTest::newRow("ten mixed") << QStringLiteral("pN4#vR8!qZ") << 2;
        QTest::newRow("accents") << QStringLiteral("mot de passe élégant") << 3;
    }
    void strongPasswordsAreStrong() {
        QFETCH(QString, password);
        QFETCH(int, atLeast);
        const PasswordStrength s = estimatePasswordStrength(password.toStdString());
        QVERIFY2(s.score >= atLeast, qPrintable(QString::number(s.bits)));
        QVERIFY(s.score >= kMinimumPasswordScore);
    }

    void longerIsNeverWeaker() {
        std::string p = "k";
        int last = 0;
        for (const char c : std::string("Vr9#mQ2!xLp7&zW4")) {
            p += c;
            const int score = estimatePasswordStrength(p).score;
            QVERIFY(score >= last);
            last = score;
        }
        QCOMPARE(last, 4);
    }
};

QTEST_GUILESS_MAIN(PasswordStrengthTest)
#include "tst_passwordstrength.moc"
