// Runs the real strongroom-cli binary: output, JSON shape and exit codes (0, 1, 2).
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sr::test::CliRun;
using sr::test::runCli;

class CliTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data() const { return dir_.path(); }

private slots:
    void versionAndHelp() {
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("strongroom-cli "));
        QVERIFY(version.out.contains("OpenSSL"));
        QVERIFY(version.out.contains("libsecp256k1"));
        const CliRun versionJson = runCli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(versionJson.code, 0);
        QVERIFY(QJsonDocument::fromJson(versionJson.out).object().contains(QStringLiteral("curl")));
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char* word : {"network list", "network show", "--data-dir", "--network",
                                 "--password-file", "--account", "--json", "Exit codes"})
            QVERIFY2(help.out.contains(word), word);
    }

    void networkListJsonHasTheRealContracts() {
        const CliRun r = runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("network"),
                                 QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
        const QJsonArray list = doc.object().value(QStringLiteral("networks")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject one = list[0].toObject();
        QCOMPARE(one[QStringLiteral("name")].toString(), QStringLiteral("arbitrum-mainnet"));
        QCOMPARE(one[QStringLiteral("chainId")].toInteger(), 42161);
        QCOMPARE(one[QStringLiteral("hub")].toString(),
                 QStringLiteral("0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0"));
        QCOMPARE(one[QStringLiteral("dataProtector")].toString(),
                 QStringLiteral("0xF08f91F7646FDb95a4E24977b8Db91318252A667"));
        const QJsonObject sepolia = list[1].toObject();
        QCOMPARE(sepolia[QStringLiteral("chainId")].toInteger(), 421614);
        QCOMPARE(sepolia[QStringLiteral("hub")].toString(),
                 QStringLiteral("0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E"));
        QCOMPARE(sepolia[QStringLiteral("dataProtector")].toString(),
                 QStringLiteral("0x168eAF6C33a77E3caD9db892452f51a5D91df621")); // checksummed
        QCOMPARE(sepolia[QStringLiteral("kind")].toString(), QStringLiteral("testnet"));
    }

    void networkListText() {
        const CliRun r = runCli({QStringLiteral("network"), QStringLiteral("list"),
                                 QStringLiteral("--data-dir"), data()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("* arbitrum-mainnet"));
        QVERIFY(r.out.contains("arbitrum-sepolia"));
    }

    void networkShowByNameFlagOrDefault() {
        CliRun r = runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("network"),
                           QStringLiteral("show"), QStringLiteral("arbitrum-sepolia")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E"));
        r = runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("--network"),
                    QStringLiteral("arbitrum-sepolia"), QStringLiteral("network"),
                    QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("chainId")].toInteger(),
                 421614);
        r = runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("network"),
                    QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("name")].toString(),
                 QStringLiteral("arbitrum-mainnet"));
    }

    void networkShowAProfileFile() {
        QFile file(data() + QStringLiteral("/custom.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\":\"local\",\"kind\":\"sandbox\",\"chainId\":31337,"
                   "\"rpcUrls\":[\"http://127.0.0.1:8545\"],"
                   "\"hub\":\"0x0000000000000000000000000000000000000001\","
                   "\"dataProtector\":\"0x0000000000000000000000000000000000000002\","
                   "\"sms\":\"http://127.0.0.1:1\",\"marketApi\":\"http://127.0.0.1:2\","
                   "\"ipfsNode\":\"http://127.0.0.1:3\",\"ipfsGateway\":\"http://127.0.0.1:4\"}");
        file.close();
        const CliRun r =
            runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("network"),
                    QStringLiteral("show"), file.fileName(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("chainId")].toInteger(), 31337);
        QCOMPARE(o[QStringLiteral("origin")].toString(), QStringLiteral("file"));
    }

    void operationFailuresExitOne() {
        CliRun r = runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("network"),
                           QStringLiteral("show"), QStringLiteral("nowhere")});
        QCOMPARE(r.code, 2); // a name that names nothing is a usage mistake (issue 17)
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("Unknown network"));
        r = runCli({QStringLiteral("--data-dir"), data(), QStringLiteral("network"),
                    QStringLiteral("show"), QStringLiteral("sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("strongroom-sandbox up"));

        QTemporaryDir broken;
        QFile file(broken.path() + QStringLiteral("/networks.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        r = runCli({QStringLiteral("--data-dir"), broken.path(), QStringLiteral("network"),
                    QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("networks.json"));
        QVERIFY(file.exists()); // reported, never overwritten
    }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("nothing") << QStringList{} << QByteArray("Usage:");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("network"), QStringLiteral("delete")}
            << QByteArray("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("network"), QStringLiteral("list"),
                           QStringLiteral("--colour")}
            << QByteArray("unknown option");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("network"), QStringLiteral("list"),
                           QStringLiteral("--data-dir")}
            << QByteArray("needs a value");
        QTest::newRow("too many arguments")
            << QStringList{QStringLiteral("network"), QStringLiteral("show"), QStringLiteral("a"),
                           QStringLiteral("b")}
            << QByteArray("unexpected argument");
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("x")}
            << QByteArray("unexpected argument");
        QTest::newRow("option twice")
            << QStringList{QStringLiteral("--network"), QStringLiteral("a"),
                           QStringLiteral("--network"), QStringLiteral("b"),
                           QStringLiteral("network"),   QStringLiteral("show")}
            << QByteArray("given twice");
    }
    void usageErrorsExitTwo() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
