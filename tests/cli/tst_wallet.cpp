// strongroom-cli wallet and sign commands, run as a user would: the real binary, real files,
// the default (slow, real) key derivation and RSA-4096 result keys.

#include "Timeouts.h"
#include "crypto/Keccak.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "wallet/Keystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace sr::test::timeouts;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args) {
    QProcess p;
    // No controlling terminal, as in CI: nothing may wait for someone to type.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(STRONGROOM_CLI), args);
    if (!p.waitForFinished(kCliRuns))
        qFatal("strongroom-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject json(const Run& r) {
    return QJsonDocument::fromJson(r.out).object();
}

QString writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

sr::eth::Address recover(const QByteArray& message, const QString& signatureHex) {
    const auto signature = sr::eth::fromRsv(sr::eth::fromHex(signatureHex.trimmed().toStdString()));
    return sr::eth::recoverAddress(sr::eth::hashPersonalMessage(sr::ByteView(
                                       reinterpret_cast<const std::uint8_t*>(message.constData()),
                                       std::size_t(message.size()))),
                                   signature);
}

const QString kJunk = QStringLiteral("test test test test test test test test test test test junk");

} // namespace

class WalletCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    int n_ = 0;
    QString passwordFile_;
    QString freshData() { return tmp_.path() + QStringLiteral("/data%1").arg(++n_); }
    QString file(const QString& name) const { return tmp_.path() + QLatin1Char('/') + name; }

    QStringList base(const QString& data) const {
        return {QStringLiteral("--data-dir"), data, QStringLiteral("--password-file"),
                passwordFile_};
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        // The first line only, without its newline.
        passwordFile_ = writeFile(file(QStringLiteral("password")),
                                  "correct horse battery staple\nsecond line is ignored\n");
    }

    void createListSignExportRemove() {
        const QString data = freshData();
        // create
        Run r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("create"),
                                             QStringLiteral("--label"), QStringLiteral("Main")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.contains("Recovery phrase (12 words)"));
        QVERIFY(r.out.contains("shown only this once"));
        const QString address =
            QString::fromLatin1(r.out).section(QStringLiteral("Created account "), 1).left(42);
        QVERIFY(address.startsWith(QStringLiteral("0x")));
        // list
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray accounts = json(r)[QStringLiteral("accounts")].toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0][QStringLiteral("address")].toString(), address);
        QCOMPARE(accounts[0][QStringLiteral("kind")].toString(), QStringLiteral("hd"));
        QCOMPARE(accounts[0][QStringLiteral("index")].toInt(), 0);
        QCOMPARE(accounts[0][QStringLiteral("label")].toString(), QStringLiteral("Main"));
        QVERIFY(!r.out.contains("crypto"));
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(("* " + address).toLatin1()));
        // sign message: the signature recovers the address
        r = cli(base(data) + QStringList{QStringLiteral("sign"), QStringLiteral("message"),
                                         QStringLiteral("--text"), QStringLiteral("hello iExec")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().size(), 132);
        QCOMPARE(recover("hello iExec", QString::fromLatin1(r.out)).toChecksumHex(),
                 address.toStdString());
        r = cli(base(data) + QStringList{QStringLiteral("sign"), QStringLiteral("message"),
                                         QStringLiteral("--hex"), QStringLiteral("0x00FF10"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("address")].toString(), address);
        QCOMPARE(json(r)[QStringLiteral("message")].toString(), QStringLiteral("0x00ff10"));
        QCOMPARE(
            recover(QByteArray("\x00\xff\x10", 3), json(r)[QStringLiteral("signature")].toString())
                .toChecksumHex(),
            address.toStdString());
        // export: the file opens with the same password
        const QString exported = file(QStringLiteral("export-%1.json").arg(n_));
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("export"),
                                         QStringLiteral("--address"), address,
                                         QStringLiteral("--out"), exported});
        QCOMPARE(r.code, 0);
        QCOMPARE(QFile(exported).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const auto keystore = sr::wallet::Keystore::parse(readAll(exported).toStdString());
        QCOMPARE(sr::eth::Address::fromPublicKey(sr::crypto::publicKeyFromPrivate(keystore.unlock(
                                                     "correct horse battery staple")))
                     .toChecksumHex(),
                 address.toStdString());
        QVERIFY(keystore.resultPublicKeyPem()->starts_with("-----BEGIN PUBLIC KEY-----"));
        // never overwrites
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("export"),
                                         QStringLiteral("--address"), address,
                                         QStringLiteral("--out"), exported});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("already exists"));
        // the phrase, with the password
        const QString phraseFile = file(QStringLiteral("phrase-%1.txt").arg(n_));
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("export"),
                                         QStringLiteral("--address"), address,
                                         QStringLiteral("--out"), phraseFile,
                                         QStringLiteral("--phrase")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readAll(phraseFile).trimmed().split(' ').size(), 12);
        // remove
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("remove"),
                                         QStringLiteral("--address"), address,
                                         QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("removed")].toBool(), true);
        QCOMPARE(json(r)[QStringLiteral("mnemonicRemoved")].toBool(), true);
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("accounts")].toArray().size(), 0);
        // the exported phrase brings the account back
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                         QStringLiteral("--mnemonic-file"), phraseFile,
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("address")].toString(), address);
    }

    void createJsonAndTwentyFourWords() {
        const QString data = freshData();
        Run r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("create"),
                                             QStringLiteral("--words"), QStringLiteral("24"),
                                             QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("mnemonic")].toString().split(QLatin1Char(' ')).size(), 24);
        QCOMPARE(o[QStringLiteral("kind")].toString(), QStringLiteral("hd"));
        QVERIFY(!o.contains(QStringLiteral("privateKey")));
        // add the next account
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("add"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("index")].toInt(), 1);
    }

    void importEachKind() {
        const QString data = freshData();
        // a phrase, at index 2
        const QString phrase = writeFile(file(QStringLiteral("junk.txt")), kJunk.toLatin1() + "\n");
        Run r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                             QStringLiteral("--mnemonic-file"), phrase,
                                             QStringLiteral("--index"), QStringLiteral("2"),
                                             QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("address")].toString(),
                 QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
        QCOMPARE(json(r)[QStringLiteral("index")].toInt(), 2);
        // a private key: keccak256("cow"), the EIP-712 example's signer
        const QString key =
            writeFile(file(QStringLiteral("cow.key")),
                      "0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4\n");
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                         QStringLiteral("--private-key-file"), key,
                                         QStringLiteral("--label"), QStringLiteral("cow")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"));
        // a keystore with its own password (written here with a light scrypt)
        const sr::crypto::SecretBytes other = sr::crypto::SecretBytes::random(32);
        const auto foreign =
            sr::wallet::Keystore::create(other, "the file's password", {1u << 12, 8, 1});
        const QString keystore = writeFile(file(QStringLiteral("foreign.json")),
                                           QByteArray::fromStdString(foreign.toJson()));
        const QString filePassword =
            writeFile(file(QStringLiteral("file-password")), "the file's password\n");
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                         QStringLiteral("--keystore"), keystore});
        QCOMPARE(r.code, 1); // the wallet password does not open it
        QVERIFY(r.err.contains("keystore file's password"));
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                         QStringLiteral("--keystore"), keystore,
                                         QStringLiteral("--keystore-password-file"), filePassword,
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("address")].toString().toStdString(),
                 foreign.address()->toChecksumHex());
        QCOMPARE(json(r)[QStringLiteral("kind")].toString(), QStringLiteral("imported"));
        // the same again is refused
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                         QStringLiteral("--private-key-file"), key});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("already in this wallet"));
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("accounts")].toArray().size(), 3);

        // sign typed data with the cow key: the EIP-712 "Mail" example's published signature
        const QString mail = writeFile(file(QStringLiteral("mail.json")), R"({
  "types": {
    "EIP712Domain": [{"name":"name","type":"string"},{"name":"version","type":"string"},
                     {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
    "Person": [{"name":"name","type":"string"},{"name":"wallet","type":"address"}],
    "Mail": [{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]
  },
  "primaryType": "Mail",
  "domain": {"name":"Ether Mail","version":"1","chainId":1,
             "verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
  "message": {"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
              "to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
              "contents":"Hello, Bob!"}
})");
        r = cli(base(data) +
                QStringList{QStringLiteral("--account"),
                            QStringLiteral("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"),
                            QStringLiteral("sign"), QStringLiteral("typed-data"),
                            QStringLiteral("--file"), mail, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(
            json(r)[QStringLiteral("typedDataHash")].toString(),
            QStringLiteral("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));
        QCOMPARE(
            json(r)[QStringLiteral("signature")].toString(),
            QStringLiteral("0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
                           "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c"));
        // without --account: the first account signs
        r = cli(base(data) + QStringList{QStringLiteral("sign"), QStringLiteral("message"),
                                         QStringLiteral("--text"), QStringLiteral("x"),
                                         QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("address")].toString(),
                 QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
    }

    // A watched address is listed (never the default), refuses to sign before any password is
    // asked, and can't be watched twice or be one of the wallet's own accounts.
    void watchOnlyAddresses() {
        const QString data = freshData();
        Run r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                             QStringLiteral("--private-key-file"),
                                             writeFile(file(QStringLiteral("key1")),
                                                       "0x59c6995e998f97a5a0044966f0945389dc9e86da"
                                                       "e88c7a8412f4603b6b78690d\n")});
        QCOMPARE(r.code, 0);
        const QString own = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const QString watched = QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        const QStringList watch = {QStringLiteral("wallet"), QStringLiteral("watch")};
        r = cli(base(data) + watch +
                QStringList{watched, QStringLiteral("--label"), QStringLiteral("Cold")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Watching " + watched.toLatin1()), r.out.constData());
        r = cli(base(data) + watch + QStringList{watched.toLower()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already"), r.err.constData());
        r = cli(base(data) + watch + QStringList{own});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("an account of this wallet"), r.err.constData());
        r = cli(base(data) + watch + QStringList{QStringLiteral("0x1234")});
        QCOMPARE(r.code, 2);

        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray accounts = json(r).value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts[0].toObject().value(QStringLiteral("address")).toString(), own);
        QCOMPARE(accounts[1].toObject().value(QStringLiteral("address")).toString(), watched);
        QCOMPARE(accounts[1].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("watch-only"));
        QVERIFY(accounts[1].toObject().value(QStringLiteral("keystore")).isNull());
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list")});
        QVERIFY(r.out.contains("* " + own.toLatin1()));
        QVERIFY(r.out.contains("  " + watched.toLatin1()));
        QVERIFY(r.out.contains("watch-only"));

        // Signing as it: refused, with no password file given (nothing is asked first).
        r = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--account"), watched,
                 QStringLiteral("sign"), QStringLiteral("message"), QStringLiteral("--text"),
                 QStringLiteral("hi")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("watch-only") && r.err.contains("never sign"), r.err.constData());

        const QStringList unwatch = {QStringLiteral("wallet"), QStringLiteral("unwatch"), watched};
        r = cli(base(data) + unwatch);
        QCOMPARE(r.code, 0);
        r = cli(base(data) + unwatch);
        QCOMPARE(r.code, 1);
        r = cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QCOMPARE(json(r).value(QStringLiteral("accounts")).toArray().size(), 1);
    }

    void wrongPasswordExitsOne() {
        const QString data = freshData();
        const QString phrase = writeFile(file(QStringLiteral("junk2.txt")), kJunk.toLatin1());
        QCOMPARE(cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                              QStringLiteral("--mnemonic-file"), phrase})
                     .code,
                 0);
        const QString wrong = writeFile(file(QStringLiteral("wrong-password")), "Correct horse\n");
        const QStringList wrongBase{QStringLiteral("--data-dir"), data,
                                    QStringLiteral("--password-file"), wrong};
        for (const QStringList& args :
             {QStringList{QStringLiteral("sign"), QStringLiteral("message"),
                          QStringLiteral("--text"), QStringLiteral("x")},
              QStringList{QStringLiteral("wallet"), QStringLiteral("add")},
              QStringList{QStringLiteral("wallet"), QStringLiteral("remove"),
                          QStringLiteral("--address"),
                          QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
                          QStringLiteral("--yes")},
              QStringList{QStringLiteral("wallet"), QStringLiteral("export"),
                          QStringLiteral("--address"),
                          QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
                          QStringLiteral("--out"), file(QStringLiteral("never.json"))}}) {
            const Run r = cli(wrongBase + args);
            QCOMPARE(r.code, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains("The password is wrong, or the keystore file is damaged."),
                     r.err.constData());
        }
        QVERIFY(!QFile::exists(file(QStringLiteral("never.json"))));
        // nothing was removed
        const Run list =
            cli(base(data) + QStringList{QStringLiteral("wallet"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QCOMPARE(json(list)[QStringLiteral("accounts")].toArray().size(), 1);
        // without --password-file and without a terminal, remove asks nothing and does nothing
        const Run noTty = cli({QStringLiteral("--data-dir"), data, QStringLiteral("wallet"),
                               QStringLiteral("remove"), QStringLiteral("--address"),
                               QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")});
        QCOMPARE(noTty.code, 1);
        QVERIFY(noTty.err.contains("not removed"));
        // an unknown account
        const Run unknown = cli(
            base(data) + QStringList{QStringLiteral("--account"),
                                     QStringLiteral("0x0000000000000000000000000000000000000001"),
                                     QStringLiteral("sign"), QStringLiteral("message"),
                                     QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("no account"));
        // a bad phrase says what is wrong
        const QString bad =
            writeFile(file(QStringLiteral("bad.txt")),
                      "test test test test test test test test test test test test");
        const Run badPhrase =
            cli(base(freshData()) + QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                                                QStringLiteral("--mnemonic-file"), bad});
        QCOMPARE(badPhrase.code, 1);
        QVERIFY(badPhrase.err.contains("checksum"));
        // an empty wallet cannot sign
        const Run empty =
            cli(base(freshData()) + QStringList{QStringLiteral("sign"), QStringLiteral("message"),
                                                QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(empty.code, 1);
        QVERIFY(empty.err.contains("wallet create"));
    }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString some = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        auto w = [](std::initializer_list<const char*> words) {
            QStringList list;
            for (const char* word : words)
                list << QString::fromLatin1(word);
            return list;
        };
        QTest::newRow("import nothing") << w({"wallet", "import"}) << QByteArray("exactly one");
        QTest::newRow("import two")
            << w({"wallet", "import", "--mnemonic-file", "a", "--keystore", "b"})
            << QByteArray("exactly one");
        QTest::newRow("index without phrase")
            << w({"wallet", "import", "--private-key-file", "a", "--index", "1"})
            << QByteArray("--index");
        QTest::newRow("bad index")
            << w({"wallet", "import", "--mnemonic-file", "a", "--index", "-1"})
            << QByteArray("--index");
        QTest::newRow("index too big")
            << w({"wallet", "import", "--mnemonic-file", "a", "--index", "2147483648"})
            << QByteArray("--index");
        QTest::newRow("words 13") << w({"wallet", "create", "--words", "13"})
                                  << QByteArray("--words");
        QTest::newRow("export without out")
            << (w({"wallet", "export", "--address"}) << some) << QByteArray("--out");
        QTest::newRow("export bad address")
            << w({"wallet", "export", "--address", "0x1234", "--out", "x"})
            << QByteArray("--address");
        QTest::newRow("remove without address")
            << w({"wallet", "remove"}) << QByteArray("--address");
        QTest::newRow("remove bad checksum")
            << w({"wallet", "remove", "--address", "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266"})
            << QByteArray("--address");
        QTest::newRow("sign both")
            << w({"sign", "message", "--text", "a", "--hex", "0x00"}) << QByteArray("exactly one");
        QTest::newRow("sign neither") << w({"sign", "message"}) << QByteArray("exactly one");
        QTest::newRow("sign bad hex")
            << w({"sign", "message", "--hex", "0xzz"}) << QByteArray("--hex");
        QTest::newRow("typed data without file")
            << w({"sign", "typed-data"}) << QByteArray("--file");
        QTest::newRow("unknown flag")
            << w({"wallet", "list", "--phrase"}) << QByteArray("does not apply");
        QTest::newRow("extra argument")
            << w({"wallet", "list", "extra"}) << QByteArray("unexpected argument");
        QTest::newRow("bad --account") << w({"--account", "nope", "sign", "message", "--text", "x"})
                                       << QByteArray("--account");
    }
    void usageErrorsExitTwo() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(QStringList{QStringLiteral("--data-dir"), freshData()} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void noTerminalNoPasswordFileIsAUsageError() {
        const QString data = freshData();
        const QString phrase = writeFile(file(QStringLiteral("junk3.txt")), kJunk.toLatin1());
        const Run r = cli({QStringLiteral("--data-dir"), data, QStringLiteral("wallet"),
                           QStringLiteral("import"), QStringLiteral("--mnemonic-file"), phrase});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--password-file"), r.err.constData());
    }

    void helpListsTheCommands() {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* words :
             {"wallet create", "wallet add", "wallet import", "wallet list", "wallet export",
              "wallet remove", "sign message", "sign typed-data"})
            QVERIFY2(r.out.contains(words), words);
    }
};

QTEST_GUILESS_MAIN(WalletCliTest)
#include "tst_wallet.moc"
