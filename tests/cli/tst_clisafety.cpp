// strongroom-cli without a network: what must never be lost, signed by the wrong account or
// said misleadingly, run as a user would (the real binary, real keystores, no terminal).
// Removing an account, a damaged keystore or phrase file, outputs that would overwrite a file,
// the zero address, a second recovery phrase, new-password strength, password files, the exit
// codes and the --json shapes of the local commands.

#include "CliTestSupport.h"
#include "Timeouts.h"
#include "eth/Address.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace sr::test::timeouts;

using sr::test::CliRun;
using sr::test::runCli;
using sr::test::writeFile;

namespace {

// anvil's dev accounts 0 and 1 (public test keys).
const char* kKeyA = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kAddressA = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const char* kKeyB = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CliSafetyTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    int n_ = 0;

    // A new user folder (data, password file), optionally with the wallet holding kKeyA.
    sr::test::CliUser freshUser(bool withKey) {
        const QString folder = tmp_.path() + QStringLiteral("/user%1").arg(++n_);
        QDir().mkpath(folder);
        sr::test::CliUser user(folder);
        user.network = user.writeProfile(QStringLiteral("nowhere.json"), nowhere());
        if (withKey) {
            const CliRun r = user.importKey(kKeyA);
            if (r.code != 0)
                qFatal("import failed: %s", r.err.constData());
        }
        return user;
    }

    // A profile whose endpoints answer nothing: commands that must fail before the network.
    static sr::NetworkProfile nowhere() {
        sr::NetworkProfile p;
        p.name = "nowhere";
        p.displayName = "Nowhere";
        p.chainId = 31337;
        p.kind = sr::NetworkKind::Sandbox;
        p.rpcUrls = {"http://127.0.0.1:9"};
        p.hub = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
        p.dataProtector = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
        p.sms = "http://127.0.0.1:9";
        p.marketApi = "http://127.0.0.1:9";
        p.ipfsNode = "http://127.0.0.1:9";
        p.ipfsGateway = "http://127.0.0.1:9";
        return p;
    }

    static QString keystoreOf(const sr::test::CliUser& user, const QString& address) {
        const QDir dir(user.dataDir + QStringLiteral("/keystore"));
        for (const QString& name : dir.entryList({QStringLiteral("UTC--*")}, QDir::Files))
            if (name.endsWith(address.mid(2).toLower()))
                return dir.filePath(name);
        return {};
    }

    static int accountCount(const sr::test::CliUser& user) {
        return runCli({QStringLiteral("--data-dir"), user.dataDir, QStringLiteral("--json"),
                       QStringLiteral("wallet"), QStringLiteral("list")})
            .json()[QStringLiteral("accounts")]
            .toArray()
            .size();
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    // `wallet remove` with a password file and no terminal used to delete the key at once.
    void walletRemoveNeedsAConfirmation() {
        const auto user = freshUser(true);
        CliRun r = user.run(words({"wallet", "remove", "--address"}) << kAddressA);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not removed") && r.err.contains("--yes"), r.err.constData());
        QCOMPARE(accountCount(user), 1);
        QVERIFY(!keystoreOf(user, kAddressA).isEmpty());
        r = user.run(words({"wallet", "remove", "--yes", "--address"}) << kAddressA);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(accountCount(user), 0);
    }

    // A damaged default keystore made every command use the next account in silence.
    void damagedDefaultKeystoreStops() {
        auto user = freshUser(true);
        const CliRun second = user.importKey(kKeyB);
        QVERIFY2(second.code == 0, second.err.constData());
        const QString damaged = keystoreOf(user, kAddressA);
        QVERIFY(!damaged.isEmpty());
        writeFile(damaged, "{\"version\": 3, \"crypto\": {");
        CliRun r = user.run(words({"sign", "message", "--text", "hello"}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty()); // no signature by the other account
        QVERIFY2(r.err.contains(QFileInfo(damaged).fileName().toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("damaged") && r.err.contains("--account"), r.err.constData());
        // Naming the damaged account says it is damaged, not that it does not exist.
        r = user.run(words({"sign", "message", "--text", "hello", "--account"}) << kAddressA);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("damaged") && !r.err.contains("no account"), r.err.constData());
        // Choosing the other account explicitly works.
        r = user.run(words({"sign", "message", "--text", "hello", "--account",
                            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}));
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // A damaged phrase file said "create a wallet first".
    void damagedPhraseFileIsNamed() {
        const auto user = freshUser(false);
        const QString phrase =
            writeFile(user.dir + QStringLiteral("/phrase"),
                      "test test test test test test test test test test test junk\n");
        CliRun r = user.run(words({"wallet", "import", "--mnemonic-file"}) << phrase);
        QVERIFY2(r.code == 0, r.err.constData());
        const QDir dir(user.dataDir + QStringLiteral("/keystore"));
        const QStringList seeds = dir.entryList({QStringLiteral("hd-seed--*")}, QDir::Files);
        QCOMPARE(seeds.size(), 1);
        writeFile(dir.filePath(seeds[0]), "not json");
        r = user.run(words({"wallet", "add"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("damaged") && r.err.contains(seeds[0].toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains("create a wallet"), r.err.constData());
    }

    // `dataset encrypt|decrypt --out F` replaced F, even when F was the input itself.
    void datasetOutputsNeverOverwrite() {
        const auto user = freshUser(false);
        const QString in = writeFile(user.dir + QStringLiteral("/plain.txt"), "my secret notes\n");
        const QString out = writeFile(user.dir + QStringLiteral("/precious.bin"), "keep me");
        CliRun r = user.run(words({"dataset", "encrypt"}) << in << QStringLiteral("--out") << out);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already exists") && r.err.contains("--force"), r.err.constData());
        QCOMPARE(readAll(out), QByteArray("keep me"));
        QVERIFY(!QFile::exists(out + QStringLiteral(".key")));
        // The input itself, even with --force.
        r = user.run(words({"dataset", "encrypt", "--force"})
                     << in << QStringLiteral("--out") << in);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("input"), r.err.constData());
        QCOMPARE(readAll(in), QByteArray("my secret notes\n"));
        // --force replaces another file.
        r = user.run(words({"dataset", "encrypt", "--force"})
                     << in << QStringLiteral("--out") << out);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(readAll(out) != QByteArray("keep me"));
        const QString key = out + QStringLiteral(".key");
        // decrypt: the same rules, the key file counts as an input.
        const QString existing = writeFile(user.dir + QStringLiteral("/existing.txt"), "mine");
        r = user.run(words({"dataset", "decrypt"}) << out << QStringLiteral("--key-file") << key
                                                   << QStringLiteral("--out") << existing);
        QCOMPARE(r.code, 1);
        QCOMPARE(readAll(existing), QByteArray("mine"));
        for (const QString& input : {out, key}) {
            r = user.run(words({"dataset", "decrypt", "--force"})
                         << out << QStringLiteral("--key-file") << key << QStringLiteral("--out")
                         << input);
            QCOMPARE(r.code, 2);
        }
        r = user.run(words({"dataset", "decrypt", "--force"})
                     << out << QStringLiteral("--key-file") << key << QStringLiteral("--out")
                     << existing);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(existing), QByteArray("my secret notes\n"));
    }

    // The zero address as a recipient burned funds or became "anyone", by command 1 or 2.
    void zeroAddressIsRefused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString zero = QStringLiteral("0x0000000000000000000000000000000000000000");
        const QString some = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        QTest::newRow("send") << (words({"wallet", "send", "--amount", "1", "--to"}) << zero)
                              << QByteArray("zero address");
        QTest::newRow("send rlc")
            << (words({"wallet", "send", "--token", "rlc", "--amount", "1", "--to"})
                << QStringLiteral("0x0000000000000000000000000000000000000000"))
            << QByteArray("zero address");
        QTest::newRow("transfer") << (words({"data", "transfer"}) << some << "--to" << zero)
                                  << QByteArray("zero address");
        QTest::newRow("grant user")
            << (words({"access", "grant"}) << some << "--app" << some << "--user" << zero)
            << QByteArray("--user any");
    }
    void zeroAddressIsRefused() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const auto user = freshUser(false);
        const CliRun r = user.run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // `wallet create` on a wallet that has accounts added a second phrase in silence.
    void walletCreateOnAnExistingWallet() {
        const auto user = freshUser(true);
        CliRun r = user.run(words({"wallet", "create"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already has 1 account") && r.err.contains("wallet add") &&
                     r.err.contains("--yes"),
                 r.err.constData());
        QVERIFY(!r.out.contains("Recovery phrase"));
        QCOMPARE(accountCount(user), 1);
        r = user.run(words({"wallet", "create", "--yes"}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Recovery phrase"));
        QCOMPARE(accountCount(user), 2);
    }

    // The CLI took any non-empty new password; the desktop app's rule applies.
    void newPasswordFollowsTheStrengthRule_data() {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("hint");
        QTest::newRow("short") << QByteArray("k9!x") << QByteArray("Too short");
        QTest::newRow("common") << QByteArray("password123") << QByteArray("most used");
        QTest::newRow("sequence") << QByteArray("abcdefghijkl") << QByteArray("Sequences");
    }
    void newPasswordFollowsTheStrengthRule() {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, hint);
        const auto user = freshUser(false);
        const QString weak = writeFile(user.dir + QStringLiteral("/weak"), password + "\n");
        const QString key = writeFile(user.dir + QStringLiteral("/key"), kKeyA);
        for (const QStringList& command :
             {words({"wallet", "create"}), words({"wallet", "import", "--private-key-file"})
                                               << key}) {
            const CliRun r = runCli(QStringList{QStringLiteral("--data-dir"), user.dataDir,
                                                QStringLiteral("--password-file"), weak} +
                                    command);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("too easy to guess") && r.err.contains(hint),
                     r.err.constData());
            QVERIFY(!r.out.contains("Recovery phrase"));
        }
        QCOMPARE(accountCount(user), 0);
    }

    // Exit codes as the README says: 2 for usage (an unknown --network name included).
    void unknownNetworkIsAUsageError() {
        const auto user = freshUser(false);
        for (const QStringList& words :
             {words({"--network", "no-such-network", "wallet", "balance"}),
              words({"--network", "no-such-network", "data", "operations"}),
              words({"network", "show", "no-such-network"}),
              words({"network", "use", "no-such-network"})}) {
            const CliRun r =
                runCli(QStringList{QStringLiteral("--data-dir"), user.dataDir} + words);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("Unknown network"), r.err.constData());
        }
    }

    // `network use NAME|FILE` sets the network of every later command without --network.
    void networkUseSetsTheActiveNetwork() {
        const auto user = freshUser(false);
        const QStringList data{QStringLiteral("--data-dir"), user.dataDir};
        CliRun r = runCli(data + words({"network", "use"}) << user.network);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Active network: Nowhere"), r.out.constData());
        r = runCli(data + words({"network", "show", "--json"}));
        QCOMPARE(r.json()["name"].toString(), QStringLiteral("nowhere"));
        // The local commands' --json lists: {count, <items>}.
        r = runCli(data + words({"data", "operations", "--json"}));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["network"].toString(), QStringLiteral("nowhere"));
        QCOMPARE(r.json()["count"].toInt(), 0);
        QVERIFY(r.json()["operations"].isArray());
        // $STRONGROOM_NETWORK comes before the active network, --network before both.
        QProcess withVariable;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRONGROOM_NETWORK"), QStringLiteral("arbitrum-sepolia"));
        withVariable.setProcessEnvironment(env);
        withVariable.start(QStringLiteral(STRONGROOM_CLI),
                           data + words({"network", "show", "--json"}));
        QVERIFY(withVariable.waitForFinished(kLongChainWork));
        QVERIFY(withVariable.readAllStandardOutput().contains("\"name\": \"arbitrum-sepolia\""));
        withVariable.start(
            QStringLiteral(STRONGROOM_CLI),
            data + words({"--network", "arbitrum-mainnet", "network", "show", "--json"}));
        QVERIFY(withVariable.waitForFinished(kLongChainWork));
        QVERIFY(withVariable.readAllStandardOutput().contains("\"name\": \"arbitrum-mainnet\""));
        r = runCli(data + words({"network", "use", "arbitrum-sepolia"}));
        QVERIFY2(r.code == 0, r.err.constData());
        r = runCli(data + words({"network", "list"}));
        QVERIFY2(r.out.contains("* arbitrum-sepolia"), r.out.constData());
        r = runCli(data + words({"network", "list", "--json"}));
        QCOMPARE(r.json()["count"].toInt(), 2);
        // --json addresses are checksummed, whatever case the profile wrote them in.
        const QJsonArray networks = r.json()["networks"].toArray();
        for (const auto& n : networks) {
            const QString dp = n.toObject()["dataProtector"].toString();
            QCOMPARE(dp, QString::fromStdString(
                             sr::eth::Address::fromHex(dp.toStdString()).toChecksumHex()));
        }
    }

    // A node that accepts and never answers held `wallet balance` ~80 s, Ctrl-C included.
    void aSilentNodeIsBoundedAndCtrlCStops() {
        const sr::test::SilentPort silent;
        const int port = silent.port();
        auto user = freshUser(true);
        sr::NetworkProfile p = nowhere();
        p.rpcUrls = {silent.url()};
        user.network = user.writeProfile(QStringLiteral("silent.json"), p);

        QElapsedTimer timer;
        timer.start();
        CliRun r = user.run(words({"wallet", "balance"}));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains("No answer from 127.0.0.1:" + QByteArray::number(port) + " after 20 s"),
            r.err.constData());
        QVERIFY2(elapsed < 30000, QByteArray::number(elapsed).constData());

        // Ctrl-C (SIGINT) ends it at once, with 130.
        QProcess process;
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral(STRONGROOM_CLI),
                      user.options() << QStringLiteral("wallet") << QStringLiteral("balance"));
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);
        timer.restart();
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(kUiSettles));
        QVERIFY2(timer.elapsed() < 3000, QByteArray::number(timer.elapsed()).constData());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
    }

    // An empty password file said "wrong password".
    void emptyPasswordFileIsSaid() {
        const auto user = freshUser(true);
        for (const QByteArray& content : {QByteArray(), QByteArray("\nsecond line\n")}) {
            const QString empty = writeFile(user.dir + QStringLiteral("/empty"), content);
            const CliRun r =
                runCli({QStringLiteral("--data-dir"), user.dataDir,
                        QStringLiteral("--password-file"), empty, QStringLiteral("sign"),
                        QStringLiteral("message"), QStringLiteral("--text"), QStringLiteral("x")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("empty") && !r.err.contains("wrong"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(CliSafetyTest)
#include "tst_clisafety.moc"
