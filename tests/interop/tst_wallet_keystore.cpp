// Keystores across wallets: files written by ethers (small and default scrypt N) and by the
// iExec SDK's own wallet code open in Strongroom to the same address, and files Strongroom
// writes (account store files included) open in ethers to the same key.

#include "NodeScript.h"
#include "crypto/Secp256k1.h"
#include "eth/Hex.h"
#include "wallet/AccountStore.h"
#include "wallet/Keystore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using sr::crypto::SecretBytes;
using sr::wallet::Keystore;

namespace {

constexpr int kEthersSmall = 12;
constexpr int kOursSmall = 12;

QString hex(sr::ByteView v, bool prefix = true) {
    return QString::fromStdString(sr::eth::toHex(v, prefix));
}

QString addressOf(const SecretBytes& key) {
    return QString::fromStdString(
        sr::eth::Address::fromPublicKey(sr::crypto::publicKeyFromPrivate(key)).toChecksumHex());
}

// ASCII and Unicode (already NFC and NFKC-stable, as ethers normalises passwords with NFKC).
QString randomPassword(std::mt19937_64& rng, int i) {
    static const QString unicode[] = {QStringLiteral("p\u00e4ssw\u00f6rd"),
                                      QStringLiteral("\u5bc6\u7801\u2713"),
                                      QStringLiteral("\u043f\u0430\u0440\u043e\u043b\u044c")};
    QString p;
    for (int k = 0; k < 8 + int(rng() % 16); ++k)
        p += QChar(char16_t(0x21 + rng() % 94));
    return i % 3 == 0 ? p + unicode[rng() % 3] : p;
}

} // namespace

class TestWalletKeystore : public QObject {
    Q_OBJECT

private slots:
    void acrossWallets() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        const std::uint64_t seed = std::random_device{}();
        qInfo("random seed %llu", static_cast<unsigned long long>(seed));
        std::mt19937_64 rng(seed);

        // ethers writes: small N, then one with its default N (2^17).
        QJsonArray write;
        std::vector<std::pair<SecretBytes, QString>> ethersInputs;
        for (int i = 0; i <= kEthersSmall; ++i) {
            SecretBytes key = SecretBytes::random(32);
            if (i == 1)
                key.data()[0] = 0; // a leading zero byte
            const QString password = randomPassword(rng, i);
            write.append(QJsonObject{
                {QStringLiteral("privateKey"), hex(key.view())},
                {QStringLiteral("password"), password},
                {QStringLiteral("n"), i == kEthersSmall ? QJsonValue() : QJsonValue(1 << 10)}});
            ethersInputs.emplace_back(std::move(key), password);
        }
        // the iExec SDK's wallet code (ethers underneath, default N)
        QJsonArray iexec;
        std::vector<std::pair<SecretBytes, QString>> iexecInputs;
        for (int i = 0; i < 2; ++i) {
            SecretBytes key = SecretBytes::random(32);
            const QString password = randomPassword(rng, i);
            iexec.append(QJsonObject{{QStringLiteral("privateKey"), hex(key.view())},
                                     {QStringLiteral("password"), password}});
            iexecInputs.emplace_back(std::move(key), password);
        }
        // ours, for ethers to open: small N, one default N, and one account store file (with
        // the x-strongroom member and the sealed result key).
        QJsonArray read;
        std::vector<SecretBytes> ourKeys;
        for (int i = 0; i <= kOursSmall; ++i) {
            SecretBytes key = SecretBytes::random(32);
            const QString password = randomPassword(rng, i);
            const Keystore keystore =
                i == kOursSmall ? Keystore::create(key, password.toStdString())
                                : Keystore::create(key, password.toStdString(), {1u << 10, 8, 1});
            read.append(
                QJsonObject{{QStringLiteral("json"), QString::fromStdString(keystore.toJson())},
                            {QStringLiteral("password"), password}});
            ourKeys.push_back(std::move(key));
        }
        QTemporaryDir dir;
        sr::wallet::AccountStore::Options options;
        options.cost = {1u << 10, 8, 1};
        options.rsaBits = 2048;
        sr::wallet::AccountStore store(dir.path().toStdString(), options);
        const auto account = store.importMnemonic(
            "test test test test test test test test test test test junk", 4, "store password");
        read.append(QJsonObject{
            {QStringLiteral("json"),
             QString::fromStdString(store.exportKeystore(account.address, "store password"))},
            {QStringLiteral("password"), QStringLiteral("store password")}});

        const QJsonObject reply =
            sr::test::runNodeScript(QStringLiteral("wallet_keystore.mjs"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("write"), write},
                                                              {QStringLiteral("iexec"), iexec},
                                                              {QStringLiteral("read"), read}}),
                                    300000)
                .object();
        QVERIFY(!reply.isEmpty());

        const QJsonArray written = reply[QStringLiteral("written")].toArray();
        QCOMPARE(written.size(), kEthersSmall + 1);
        for (int i = 0; i < written.size(); ++i) {
            const QJsonObject w = written[i].toObject();
            const Keystore keystore =
                Keystore::parse(w[QStringLiteral("json")].toString().toStdString());
            QElapsedTimer timer;
            timer.start();
            const SecretBytes key =
                keystore.unlock(ethersInputs[std::size_t(i)].second.toStdString());
            if (i == kEthersSmall) {
                QCOMPARE(keystore.crypto().scryptParams().n, std::uint64_t(1) << 17);
                qInfo("ethers' default keystore (N=2^17) opened in %lld ms", timer.elapsed());
            }
            QVERIFY(key.equals(ethersInputs[std::size_t(i)].first.view()));
            QCOMPARE(addressOf(key), w[QStringLiteral("address")].toString());
        }

        const QJsonArray fromIexec = reply[QStringLiteral("iexec")].toArray();
        QCOMPARE(fromIexec.size(), 2);
        for (int i = 0; i < fromIexec.size(); ++i) {
            const QJsonObject w = fromIexec[i].toObject();
            const std::string json = w[QStringLiteral("json")].toString().toStdString();
            const SecretBytes key =
                Keystore::parse(json).unlock(iexecInputs[std::size_t(i)].second.toStdString());
            QVERIFY(key.equals(iexecInputs[std::size_t(i)].first.view()));
            QCOMPARE(addressOf(key), w[QStringLiteral("address")].toString());
            QVERIFY(w[QStringLiteral("fileName")].toString().startsWith(QStringLiteral("UTC--")));
            // and the account store takes the SDK's file as an import
            const auto imported = store.importKeystore(
                json, iexecInputs[std::size_t(i)].second.toStdString(), "store password");
            QCOMPARE(QString::fromStdString(imported.address.toChecksumHex()),
                     w[QStringLiteral("address")].toString());
        }

        const QJsonArray opened = reply[QStringLiteral("read")].toArray();
        QCOMPARE(opened.size(), kOursSmall + 2);
        for (int i = 0; i <= kOursSmall; ++i) {
            const QJsonObject r = opened[i].toObject();
            QCOMPARE(r[QStringLiteral("privateKey")].toString(),
                     hex(ourKeys[std::size_t(i)].view()));
            QCOMPARE(r[QStringLiteral("address")].toString(), addressOf(ourKeys[std::size_t(i)]));
        }
        QCOMPARE(opened[kOursSmall + 1].toObject()[QStringLiteral("address")].toString(),
                 QString::fromStdString(account.address.toChecksumHex()));
        qInfo("ethers-written keystores opened: %d; iExec SDK-written: %d; ours opened by "
              "ethers: %d",
              int(written.size()), int(fromIexec.size()), int(opened.size()));
    }
};

QTEST_APPLESS_MAIN(TestWalletKeystore)
#include "tst_wallet_keystore.moc"
