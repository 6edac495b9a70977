// An account's result key pair, as made by the account store, used the way iExec uses it: a
// worker wraps the result's AES key with the public key (Node's crypto, PKCS#1 v1.5) and the
// iExec SDK's decryptResult opens the result with the private key; we unwrap the same keys.

#include "NodeScript.h"
#include "crypto/RsaPrivateKey.h"
#include "eth/Hex.h"
#include "wallet/AccountStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using sr::crypto::SecretBytes;

class TestWalletResultKey : public QObject {
    Q_OBJECT

private slots:
    void usableByIexec() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QTemporaryDir dir;
        sr::wallet::AccountStore::Options options;
        options.cost = {1u << 10, 8, 1}; // RSA stays at the real 4096 bits
        sr::wallet::AccountStore store(dir.path().toStdString(), options);
        const auto account = store.importPrivateKey(SecretBytes::random(32), "pw");
        const SecretBytes privatePem = store.unlockResultKey(account.address, "pw");
        const auto privateKey = sr::crypto::RsaPrivateKey::fromPem(privatePem);
        QCOMPARE(privateKey.bits(), 4096u);
        QVERIFY(account.resultPublicKeyPem.starts_with("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(
            std::string_view(reinterpret_cast<const char*>(privatePem.data()), privatePem.size())
                .starts_with("-----BEGIN PRIVATE KEY-----"));

        std::mt19937_64 rng(std::random_device{}());
        QJsonArray results;
        std::vector<QString> resultHex;
        for (int i = 0; i < 6; ++i) {
            sr::Bytes result(1 + rng() % 5000);
            for (auto& b : result)
                b = std::uint8_t(rng());
            resultHex.push_back(QString::fromStdString(sr::eth::toHex(result, false)));
            results.append(resultHex.back());
        }
        const QJsonObject reply =
            sr::test::runNodeScript(
                QStringLiteral("wallet_resultkey.mjs"),
                QJsonDocument(QJsonObject{
                    {QStringLiteral("publicPem"),
                     QString::fromStdString(account.resultPublicKeyPem)},
                    {QStringLiteral("privatePem"),
                     QString::fromLatin1(reinterpret_cast<const char*>(privatePem.data()),
                                         qsizetype(privatePem.size()))},
                    {QStringLiteral("results"), results}}))
                .object();
        QVERIFY(!reply.isEmpty());
        const QJsonArray decrypted = reply[QStringLiteral("sdkDecrypted")].toArray();
        const QJsonArray wrapped = reply[QStringLiteral("wrapped")].toArray();
        const QJsonArray aesKeys = reply[QStringLiteral("aesKeys")].toArray();
        QCOMPARE(decrypted.size(), results.size());
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(decrypted[i].toString(), resultHex[std::size_t(i)]);
            const SecretBytes aesKey =
                privateKey.decryptPkcs1v15(sr::eth::fromHex(wrapped[i].toString().toStdString()));
            QCOMPARE(QString::fromStdString(sr::eth::toHex(aesKey.view(), false)),
                     aesKeys[i].toString());
        }
        qInfo("%d results opened by iexec's decryptResult with our key; %d AES keys unwrapped "
              "by us",
              int(decrypted.size()), int(wrapped.size()));
    }
};

QTEST_APPLESS_MAIN(TestWalletResultKey)
#include "tst_wallet_resultkey.moc"
