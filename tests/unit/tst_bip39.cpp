// BIP-39: the embedded word list, every python-mnemonic (Trezor) vector, NFKD facts, bad phrases.

#include "NodeScript.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/Bip39Wordlist.h"
#include "wallet/Mnemonic.h"
#include "wallet/Nfkd.h"

#include <QFile>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using sr::Error;
using sr::ErrorCode;
using sr::eth::fromHex;
using sr::eth::toHex;
using sr::wallet::Bip39Wordlist;
using sr::wallet::Mnemonic;
using sr::wallet::MnemonicCheck;

namespace {

std::string text(const sr::crypto::SecretBytes& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::u32string codePoints(const sr::crypto::SecretBytes& utf8) {
    // Only used on the outputs of nfkd(), which are valid UTF-8.
    std::u32string out;
    const std::string s = text(utf8);
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? b : b & (0x7F >> n);
        for (int k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

nlohmann::json trezorVectors(QString* why) {
    const QString dir = sr::test::testVectorsDir(why);
    if (dir.isEmpty())
        return {};
    std::ifstream in((dir + "/python-mnemonic/vectors.json").toStdString());
    if (!in) {
        *why = "cannot read " + dir + "/python-mnemonic/vectors.json";
        return {};
    }
    return nlohmann::json::parse(in);
}

} // namespace

class Bip39Test : public QObject {
    Q_OBJECT

private slots:
    void wordlistIsThePublishedOne() {
        const auto bytes = Bip39Wordlist::embeddedBytes();
        QCOMPARE(bytes.size(), std::size_t(13116));
        QCOMPARE(QString::fromStdString(toHex(sr::crypto::sha256(bytes), false)),
                 QString::fromLatin1(Bip39Wordlist::kSha256Hex.data(),
                                     int(Bip39Wordlist::kSha256Hex.size())));
        const Bip39Wordlist& list = Bip39Wordlist::english();
        QCOMPARE(list.word(0), std::string_view("abandon"));
        QCOMPARE(list.word(1), std::string_view("ability"));
        QCOMPARE(list.word(2047), std::string_view("zoo"));
        QCOMPARE(*list.indexOf("zoo"), std::uint16_t(2047));
        QCOMPARE(*list.indexOf("about"), std::uint16_t(3));
        QVERIFY(!list.indexOf("abandn"));
        QVERIFY(!list.indexOf("Abandon"));
        QVERIFY(!list.indexOf(""));
        // The file in resources/ is the one that was embedded, and has the published hash.
        QFile file(QStringLiteral(STRONGROOM_SOURCE_DIR "/resources/wordlists/bip39-english.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QCOMPARE(QCryptographicHash::hash(onDisk, QCryptographicHash::Sha256).toHex(),
                 QByteArray(Bip39Wordlist::kSha256Hex.data()));
        QCOMPARE(onDisk,
                 QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
    }

    void trezorEnglishVectors() {
        QString why;
        const nlohmann::json vectors = trezorVectors(&why);
        if (vectors.is_null())
            QFAIL(qPrintable(why));
        const auto& english = vectors.at("english");
        QCOMPARE(english.size(), std::size_t(24));
        for (const auto& v : english) {
            const auto entropy = fromHex(v[0].get<std::string>());
            const std::string phrase = v[1].get<std::string>();
            const std::string seed = v[2].get<std::string>();
            const Mnemonic fromEntropy = Mnemonic::fromEntropy(entropy);
            QCOMPARE(std::string(fromEntropy.phrase()), phrase);
            QCOMPARE(fromEntropy.wordCount(), entropy.size() * 3 / 4);
            const Mnemonic parsed = Mnemonic::fromPhrase(phrase);
            QCOMPARE(toHex(parsed.entropy().view(), false), v[0].get<std::string>());
            QCOMPARE(toHex(parsed.toSeed("TREZOR").view(), false), seed);
            QVERIFY(Mnemonic::check(phrase).ok());
        }
    }

    // Every language's vector: the seed needs only NFKD and PBKDF2, not the word list, so the
    // Japanese (ideographic spaces, dakuten), Korean (Hangul) and accented phrases check NFKD.
    void trezorAllLanguagesSeeds() {
        QString why;
        const nlohmann::json vectors = trezorVectors(&why);
        if (vectors.is_null())
            QFAIL(qPrintable(why));
        int count = 0;
        for (const auto& [language, list] : vectors.items())
            for (const auto& v : list) {
                const auto seed = Mnemonic::seedFromAnyPhrase(v[1].get<std::string>(), "TREZOR");
                QVERIFY2(toHex(seed.view(), false) == v[2].get<std::string>(), language.c_str());
                ++count;
            }
        QCOMPARE(count, 288);
    }

    void nfkdFacts_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QStringLiteral("TREZOR pass 1!")
                               << QStringLiteral("TREZOR pass 1!");
        QTest::newRow("e acute") << QStringLiteral("\u00e9") << QStringLiteral("e\u0301");
        QTest::newRow("fi ligature") << QStringLiteral("\ufb01") << QStringLiteral("fi");
        QTest::newRow("circled one") << QStringLiteral("\u2460") << QStringLiteral("1");
        QTest::newRow("hangul LV") << QStringLiteral("\uac00") << QStringLiteral("\u1100\u1161");
        QTest::newRow("hangul LVT")
            << QStringLiteral("\uac01") << QStringLiteral("\u1100\u1161\u11a8");
        QTest::newRow("reorder") << QStringLiteral("a\u0301\u0316")
                                 << QStringLiteral("a\u0316\u0301");
        QTest::newRow("decompose then reorder")
            << QStringLiteral("\u1e9b\u0323") << QStringLiteral("s\u0323\u0307");
        QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << QStringLiteral("a b");
        QTest::newRow("fullwidth") << QStringLiteral("\uff21\uff42") << QStringLiteral("Ab");
        QTest::newRow("math bold A") << QString::fromUcs4(U"\U0001d400") << QStringLiteral("A");
        QTest::newRow("one half") << QStringLiteral("\u00bd") << QStringLiteral("1\u20442");
        QTest::newRow("longest")
            << QStringLiteral("\ufdfa")
            << QStringLiteral("\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a"
                              "\u0647 \u0648\u0633\u0644\u0645");
        QTest::newRow("empty") << QString() << QString();
    }
    void nfkdFacts() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto out = sr::wallet::nfkd(input.toStdString());
        QCOMPARE(QString::fromStdU32String(codePoints(out)), expected);
        QCOMPARE(QString::fromUtf8(text(out)), expected);
    }

    void nfkdRefusesInvalidUtf8_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("truncated") << QByteArray("\xe3\x80");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("above 10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("f8") << QByteArray("\xf8\x88\x80\x80\x80");
        QTest::newRow("bad continuation") << QByteArray("\xc3\x28");
    }
    void nfkdRefusesInvalidUtf8() {
        QFETCH(QByteArray, bytes);
        try {
            (void)sr::wallet::nfkd(std::string_view(bytes.constData(), bytes.size()));
            QFAIL("accepted invalid UTF-8");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
        QCOMPARE(Mnemonic::check(std::string_view(bytes.constData(), bytes.size())).problem,
                 MnemonicCheck::Problem::InvalidText);
        try {
            (void)Mnemonic::seedFromAnyPhrase("abandon",
                                              std::string_view(bytes.constData(), bytes.size()));
            QFAIL("accepted an invalid passphrase");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY(std::string(e.what()).find("passphrase") != std::string::npos);
        }
    }

    void unicodePassphrase() {
        // NFC and NFD spellings of the same passphrase give the same seed (BIP-39 says NFKD).
        const Mnemonic m = Mnemonic::fromPhrase(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
            "abandon about");
        const auto nfc = m.toSeed("caf\u00e9 \u2460");
        const auto nfd = m.toSeed("cafe\u0301 1");
        QVERIFY(nfc.equals(nfd.view()));
        QVERIFY(!nfc.equals(m.toSeed("cafe 1").view()));
        QVERIFY(!nfc.equals(m.toSeed().view()));
    }

    void generate() {
        for (std::size_t words : {12, 15, 18, 21, 24}) {
            const Mnemonic m = Mnemonic::generate(words);
            QCOMPARE(m.wordCount(), words);
            QCOMPARE(m.entropy().size(), words * 4 / 3);
            const std::string phrase(m.phrase());
            QCOMPARE(std::size_t(std::count(phrase.begin(), phrase.end(), ' ')), words - 1);
            QVERIFY(Mnemonic::check(phrase).ok());
            QVERIFY(Mnemonic::fromPhrase(phrase).entropy().equals(m.entropy().view()));
        }
        QVERIFY(!Mnemonic::generate(12).entropy().equals(Mnemonic::generate(12).entropy().view()));
        for (std::size_t bad : {0, 11, 13, 27, 48}) {
            try {
                (void)Mnemonic::generate(bad);
                QFAIL("accepted a bad word count");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            }
        }
        for (std::size_t badEntropy : {0, 15, 17, 33, 64})
            QVERIFY_THROWS_EXCEPTION(Error, Mnemonic::fromEntropy(sr::Bytes(badEntropy, 1)));
    }

    void typedPhrasesAreCanonicalised() {
        const std::string canonical = "legal winner thank year wave sausage worth useful legal "
                                      "winner thank yellow";
        const Mnemonic m = Mnemonic::fromPhrase("  Legal WINNER\tthank year wave\nsausage  worth "
                                                "useful legal winner thank yellow \r\n");
        QCOMPARE(std::string(m.phrase()), canonical);
        QVERIFY(m.toSeed("TREZOR").equals(Mnemonic::fromPhrase(canonical).toSeed("TREZOR").view()));
        // Ideographic spaces become spaces under NFKD.
        QCOMPARE(std::string(Mnemonic::fromPhrase("legal\u3000winner thank year wave sausage "
                                                  "worth useful legal winner thank yellow")
                                 .phrase()),
                 canonical);
    }

    void badPhrases_data() {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("wordIndex");
        QTest::addColumn<QString>("message");
        const QString about = QStringLiteral("abandon abandon abandon abandon abandon abandon "
                                             "abandon abandon abandon abandon abandon about");
        QTest::newRow("empty") << QString() << int(MnemonicCheck::Problem::WrongWordCount) << 0
                               << QStringLiteral("this one has 0");
        QTest::newRow("11 words") << about.section(QLatin1Char(' '), 1)
                                  << int(MnemonicCheck::Problem::WrongWordCount) << 0
                                  << QStringLiteral("this one has 11");
        QTest::newRow("13 words") << about + QStringLiteral(" about")
                                  << int(MnemonicCheck::Problem::WrongWordCount) << 0
                                  << QStringLiteral("12, 15, 18, 21 or 24 words");
        QTest::newRow("25 words") << (about + QLatin1Char(' ') + about + QStringLiteral(" abandon"))
                                  << int(MnemonicCheck::Problem::WrongWordCount) << 0
                                  << QStringLiteral("this one has 25");
        QTest::newRow("unknown word 3")
            << QString(about).replace(16, 7, QStringLiteral("abandn"))
            << int(MnemonicCheck::Problem::UnknownWord) << 3 << QStringLiteral("Word 3 ");
        QTest::newRow("unknown last word")
            << QString(about).replace(QStringLiteral("about"), QStringLiteral("aboot"))
            << int(MnemonicCheck::Problem::UnknownWord) << 12 << QStringLiteral("Word 12 ");
        QTest::newRow("accented word")
            << QString(about).replace(QStringLiteral("about"), QStringLiteral("\u00e1bout"))
            << int(MnemonicCheck::Problem::UnknownWord) << 12 << QStringLiteral("Word 12 ");
        QTest::newRow("bad checksum")
            << QString(about).replace(QStringLiteral("about"), QStringLiteral("abandon"))
            << int(MnemonicCheck::Problem::BadChecksum) << 0 << QStringLiteral("checksum");
        QTest::newRow("swapped words")
            << QStringLiteral("winner legal thank year wave sausage worth useful legal winner "
                              "thank yellow")
            << int(MnemonicCheck::Problem::BadChecksum) << 0 << QStringLiteral("checksum");
        QTest::newRow("24 words bad checksum")
            << QStringLiteral("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo "
                              "zoo zoo zoo zoo zoo zoo zoo zoo")
            << int(MnemonicCheck::Problem::BadChecksum) << 0 << QStringLiteral("checksum");
    }
    void badPhrases() {
        QFETCH(QString, phrase);
        QFETCH(int, problem);
        QFETCH(int, wordIndex);
        QFETCH(QString, message);
        const std::string utf8 = phrase.toStdString();
        const MnemonicCheck check = Mnemonic::check(utf8);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(int(check.wordIndex), wordIndex);
        try {
            (void)Mnemonic::fromPhrase(utf8);
            QFAIL("accepted a bad phrase");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
            QCOMPARE(std::string(e.what()), check.message());
            // The message never repeats a word of the phrase.
            for (const char* word : {"abandon", "abandn", "aboot", "legal", "zoo", "about"})
                QVERIFY2(std::string(e.what()).find(word) == std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(Bip39Test)
#include "tst_bip39.moc"
