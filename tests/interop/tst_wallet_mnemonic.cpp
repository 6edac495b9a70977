// BIP-39 / BIP-32 / Ethereum paths against @scure/bip39, @scure/bip32 and ethers on random
// inputs: phrases, seeds (with ASCII and Unicode passphrases), master xprv and the addresses
// of m/44'/60'/0'/0/i; phrase validation on mutated phrases; NFKD against JavaScript's.

#include "NodeScript.h"
#include "eth/Hex.h"
#include "wallet/Bip39Wordlist.h"
#include "wallet/HdKey.h"
#include "wallet/Mnemonic.h"
#include "wallet/Nfkd.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <random>

using sr::wallet::Bip39Wordlist;
using sr::wallet::DerivationPath;
using sr::wallet::HdKey;
using sr::wallet::Mnemonic;

namespace {

constexpr int kCases = 200;
constexpr int kNfkdStrings = 3000;
constexpr int kPhraseChecks = 400;

// Blocks assigned long before Unicode 14 (the version of our tables; Node's may be newer):
// Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Hangul, Kana, CJK compatibility,
// fullwidth and mathematical forms, combining marks... where NFKD does most of its work.
constexpr std::pair<char32_t, char32_t> kRanges[] = {
    {0x20, 0x7E},     {0xA0, 0x24F},    {0x300, 0x36F},     {0x370, 0x3FF},     {0x400, 0x4FF},
    {0x591, 0x5C7},   {0x600, 0x6FF},   {0x900, 0x97F},     {0x1100, 0x11FF},   {0x1E00, 0x1FFF},
    {0x2000, 0x206F}, {0x2070, 0x209C}, {0x2100, 0x218B},   {0x2460, 0x24FF},   {0x3000, 0x30FF},
    {0x3130, 0x318F}, {0x3200, 0x33FF}, {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFB00, 0xFB4F},
    {0xFE30, 0xFE6B}, {0xFF00, 0xFFEF}, {0x1D400, 0x1D7FF}, {0x1F100, 0x1F1AD},
};

QString randomText(std::mt19937_64& rng, int maxLength) {
    std::u32string s;
    const int length = 1 + int(rng() % std::uint64_t(maxLength));
    for (int i = 0; i < length; ++i) {
        const auto& [first, last] = kRanges[rng() % std::size(kRanges)];
        s += char32_t(first + rng() % (last - first + 1));
    }
    return QString::fromStdU32String(s);
}

QString hex(sr::ByteView v) {
    return QString::fromStdString(sr::eth::toHex(v, false));
}

std::string text(const sr::crypto::SecretBytes& s) {
    return {reinterpret_cast<const char*>(s.data()), s.size()};
}

} // namespace

class TestWalletMnemonic : public QObject {
    Q_OBJECT

private slots:
    void againstScureAndEthers() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        const std::uint64_t seed = std::random_device{}();
        qInfo("random seed %llu", static_cast<unsigned long long>(seed));
        std::mt19937_64 rng(seed);

        struct Case {
            sr::Bytes entropy;
            QString passphrase;
            std::vector<std::uint32_t> indices;
        };
        std::vector<Case> cases;
        QJsonArray casesJson;
        for (int i = 0; i < kCases; ++i) {
            Case c;
            c.entropy.resize(16 + 4 * (rng() % 5));
            for (auto& b : c.entropy)
                b = std::uint8_t(rng());
            switch (i % 4) {
            case 0:
                break;
            case 1:
                c.passphrase = QStringLiteral("TREZOR");
                break;
            default:
                c.passphrase = randomText(rng, 12);
            }
            c.indices = {0, 1, std::uint32_t(rng() % 0x80000000u)};
            QJsonArray indices;
            for (auto index : c.indices)
                indices.append(qint64(index));
            casesJson.append(QJsonObject{{QStringLiteral("entropy"), hex(c.entropy)},
                                         {QStringLiteral("passphrase"), c.passphrase},
                                         {QStringLiteral("indices"), indices}});
            cases.push_back(std::move(c));
        }

        QJsonArray nfkdJson;
        std::vector<QString> nfkdInputs;
        for (int i = 0; i < kNfkdStrings; ++i) {
            nfkdInputs.push_back(randomText(rng, 10));
            nfkdJson.append(nfkdInputs.back());
        }

        // Valid phrases, and phrases with one word changed, swapped, dropped or added.
        const Bip39Wordlist& list = Bip39Wordlist::english();
        std::vector<std::string> phrases;
        QJsonArray phrasesJson;
        for (int i = 0; i < kPhraseChecks; ++i) {
            sr::Bytes entropy(i % 2 ? 16 : 32);
            for (auto& b : entropy)
                b = std::uint8_t(rng());
            std::vector<std::string> words;
            const Mnemonic m = Mnemonic::fromEntropy(entropy);
            for (const QString& w : QString::fromStdString(std::string(m.phrase())).split(' '))
                words.push_back(w.toStdString());
            switch (i % 5) {
            case 0:
                break;
            case 1:
                words[rng() % words.size()] = std::string(list.word(rng() % 2048));
                break;
            case 2:
                std::swap(words[rng() % words.size()], words[rng() % words.size()]);
                break;
            case 3:
                words.pop_back();
                break;
            case 4:
                words.push_back(std::string(list.word(rng() % 2048)));
                words.push_back(std::string(list.word(rng() % 2048)));
                words.push_back(std::string(list.word(rng() % 2048)));
                break;
            }
            std::string phrase;
            for (const auto& w : words)
                phrase += (phrase.empty() ? "" : " ") + w;
            phrases.push_back(phrase);
            phrasesJson.append(QString::fromStdString(phrase));
        }

        const QJsonObject reply =
            sr::test::runNodeScript(
                QStringLiteral("wallet_mnemonic.mjs"),
                QJsonDocument(QJsonObject{{QStringLiteral("cases"), casesJson},
                                          {QStringLiteral("nfkd"), nfkdJson},
                                          {QStringLiteral("phrases"), phrasesJson}}))
                .object();
        QVERIFY(!reply.isEmpty());

        const QJsonArray results = reply[QStringLiteral("cases")].toArray();
        QCOMPARE(results.size(), kCases);
        int addresses = 0;
        for (int i = 0; i < kCases; ++i) {
            const Case& c = cases[std::size_t(i)];
            const QJsonObject r = results[i].toObject();
            const Mnemonic m = Mnemonic::fromEntropy(c.entropy);
            QCOMPARE(QString::fromStdString(std::string(m.phrase())),
                     r[QStringLiteral("phrase")].toString());
            const auto bip39Seed = m.toSeed(c.passphrase.toStdString());
            QCOMPARE(hex(bip39Seed.view()), r[QStringLiteral("seed")].toString());
            const HdKey master = HdKey::fromSeed(bip39Seed.view());
            QCOMPARE(QString::fromStdString(text(master.toXprv())),
                     r[QStringLiteral("xprv")].toString());
            for (std::size_t k = 0; k < c.indices.size(); ++k) {
                const QString ours =
                    QString::fromStdString(master.derive(DerivationPath::ethereum(c.indices[k]))
                                               .address()
                                               .toChecksumHex());
                QCOMPARE(ours, r[QStringLiteral("scureAddresses")].toArray()[int(k)].toString());
                QCOMPARE(ours, r[QStringLiteral("ethersAddresses")].toArray()[int(k)].toString());
                ++addresses;
            }
        }

        const QJsonArray nfkd = reply[QStringLiteral("nfkd")].toArray();
        for (int i = 0; i < kNfkdStrings; ++i) {
            const auto ours = sr::wallet::nfkd(nfkdInputs[std::size_t(i)].toStdString());
            QVERIFY2(QString::fromStdString(text(ours)) == nfkd[i].toString(),
                     qPrintable(QStringLiteral("NFKD differs for U+") +
                                QString::number(nfkdInputs[std::size_t(i)].toUcs4().value(0), 16)));
        }

        const QJsonArray checks = reply[QStringLiteral("phrases")].toArray();
        int valid = 0;
        for (int i = 0; i < kPhraseChecks; ++i) {
            const QJsonObject r = checks[i].toObject();
            const bool ok = Mnemonic::check(phrases[std::size_t(i)]).ok();
            QCOMPARE(ok, r[QStringLiteral("valid")].toBool());
            if (ok) {
                ++valid;
                QCOMPARE(hex(Mnemonic::fromPhrase(phrases[std::size_t(i)]).entropy().view()),
                         r[QStringLiteral("entropy")].toString());
            }
        }
        qInfo("%d phrases, seeds and master keys; %d addresses (each vs scure and ethers); "
              "%d NFKD strings; %d phrase checks (%d valid)",
              kCases, addresses, kNfkdStrings, kPhraseChecks, valid);
    }
};

QTEST_APPLESS_MAIN(TestWalletMnemonic)
#include "tst_wallet_mnemonic.moc"
