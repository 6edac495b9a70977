// strongroom-cli data, access and apps commands, run as a user would (the real binary, a real
// wallet) against the whole sandbox (anvil + PoCo + DataProtector + market + IPFS), reached
// through its profile file. Results are checked on chain and on the market.
#include "CliTestSupport.h"
#include "SandboxAppOrders.h"
#include "Timeouts.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/AccessService.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/PocoHub.h"
#include "iexec/ProtectedData.h"
#include "sandbox/SandboxNetwork.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace sr::test::timeouts;

using namespace sr;
using eth::Address;
using eth::U256;
using test::CliRun;

namespace {

QString q(const Address& a) {
    return QString::fromStdString(a.toChecksumHex());
}

// anvil's dev account 2 (a public test key) becomes the wallet's account.
const char* kUserKey = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

} // namespace

class DataCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    NetworkProfile profile_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    std::unique_ptr<eth::PrivateKeySigner> user_;
    std::unique_ptr<test::CliUser> cli_;
    QString downFile_;
    Address email_, photo_, web3mail_, whitelist_;
    Address friend_ = Address::fromHex("0x90F79bf6EB2c4f870365E785982E1f101E93b906");

    CliRun run(const QStringList& words) { return cli_->run(words); }

    Address protect(const std::string& name, const std::string& schema) {
        PendingTransactions journal(tmp_.path().toStdString() + "/fixture.sqlite");
        eth::TransactionManager tm(*rpc_, journal, profile_.chainId);
        const iexec::DataProtectorContract dp(Address::fromHex(profile_.dataProtector));
        const auto sent = tm.send(
            dp.createDatasetWithSchema(user_->address(), name, schema, {0x01}, Hash32{}), *user_);
        return dp.createdDataset(tm.receipt(tm.waitForSuccess(sent.id, std::chrono::seconds(30))))
            ->dataset;
    }

    U256 consumed(const QString& orderHash) {
        eth::ContractCaller caller(*rpc_);
        return caller.call(iexec::PocoHub(Address::fromHex(profile_.hub))
                               .viewConsumed(eth::fromHexFixed<32>(orderHash.toStdString())));
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        try {
            // With its workerpool: the sandbox apps say where they run through its app orders.
            net_ = std::make_unique<sandbox::SandboxNetwork>(test::sandboxWithWorkerpool(
                std::filesystem::path(tmp_.path().toStdString()) / "sandbox"));
            profile_ = net_->profile();
            rpc_ = std::make_unique<eth::JsonRpcClient>(profile_.rpcUrls);
            user_ = std::make_unique<eth::PrivateKeySigner>(
                crypto::SecretBytes(eth::fromHex(kUserKey)));
            web3mail_ = net_->deployment().apps.at(0).address;
            whitelist_ = net_->deployment().appWhitelist;
            email_ = protect("my-email", "{\"email\":\"string\"}");
            photo_ = protect("holiday photo", "{\"photo\":\"image/jpeg\"}");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        cli_ = std::make_unique<test::CliUser>(tmp_.path());
        cli_->network = cli_->writeProfile(QStringLiteral("sandbox.json"), profile_);
        NetworkProfile down = profile_;
        down.name = "market-down";
        down.marketApi = "http://127.0.0.1:1";
        downFile_ = cli_->writeProfile(QStringLiteral("down.json"), down);
        const CliRun r = cli_->importKey(kUserKey);
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void dataListShowAndFilter() {
        CliRun r = run({"data", "list", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject o = r.json();
        QCOMPARE(o["count"].toInt(), 2);
        const QJsonArray rows = o["protectedData"].toArray();
        QCOMPARE(rows[0].toObject()["name"].toString(), QStringLiteral("holiday photo")); // newest
        QCOMPARE(rows[1].toObject()["address"].toString(), q(email_));
        QCOMPARE(rows[1].toObject()["schema"].toObject()["email"].toString(),
                 QStringLiteral("string"));
        r = run({"data", "list", "--field", "email", "--cached"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("my-email") && !r.out.contains("holiday"));
        QVERIFY(r.out.contains("1 of 2 protected data."));
        r = run({"data", "show", q(email_)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Schema      email:string"));
        QVERIFY(r.out.contains("Owner       " + q(user_->address()).toUtf8()));
    }

    void grantListRevoke() {
        // The summary comes before signing; the grant is on the market and valid on chain.
        CliRun r = run({"access", "grant", q(email_), "--app", q(web3mail_), "--volume", "10"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Anyone may run Sandbox Web3Mail on my-email up to 10 times for 0 "
                                "RLC."),
                 r.out.constData());
        r = run({"access", "grant", q(email_), "--app", q(whitelist_), "--user", q(friend_),
                 "--price", "2500000000", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["datasetprice"].toString(), QStringLiteral("2500000000"));
        QCOMPARE(r.json()["requesterrestrict"].toString(), q(friend_)); // checksummed
        // Schema warning for data without the field the app needs.
        r = run({"access", "grant", q(photo_), "--app", q(web3mail_)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("needs email: string"), r.err.constData());

        r = run({"access", "list", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["count"].toInt(), 3);
        r = run({"access", "list", q(email_), "--user", "any", "--json"});
        QCOMPARE(r.json()["count"].toInt(), 1);
        const QString first =
            r.json()["grantedAccess"].toArray()[0].toObject()["orderHash"].toString();
        QCOMPARE(r.json()["grantedAccess"].toArray()[0].toObject()["remainingAccess"].toString(),
                 QStringLiteral("10"));

        // Several match: --all is needed.
        r = run({"access", "revoke", q(email_)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("2 grants match"), r.err.constData());
        r = run({"access", "revoke", "--order", first, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["revoked"].toArray().size(), 1);
        QCOMPARE(consumed(first), U256(10));
        r = run({"access", "revoke", "--all"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("[2/2] revoked") && r.out.contains("2 grants revoked."));
        r = run({"access", "list", "--json"});
        QCOMPARE(r.json()["count"].toInt(), 0);
        r = run({"access", "revoke", "--all"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("No live grant matches"));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        const QString email = q(email_), app = q(web3mail_);
        QString badCase = app; // one letter's case flipped: the EIP-55 checksum fails
        for (qsizetype i = 2; i < badCase.size(); ++i) {
            if (badCase[i].isLetter()) {
                badCase[i] = badCase[i].isUpper() ? badCase[i].toLower() : badCase[i].toUpper();
                break;
            }
        }
        QTest::newRow("eip55") << QStringList{"access", "grant", email, "--app", badCase} << 2
                               << QByteArray("--app");
        QTest::newRow("short") << QStringList{"access", "grant", "0x1234", "--app", app} << 2
                               << QByteArray("ADDRESS");
        QTest::newRow("zero app") << QStringList{"access", "grant", email, "--app", q(Address())}
                                  << 2 << QByteArray("zero address");
        QTest::newRow("negative price")
            << QStringList{"access", "grant", email, "--app", app, "--price", "-1"} << 2
            << QByteArray("--price must be a whole number");
        QTest::newRow("absurd price")
            << QStringList{"access", "grant", email, "--app", app, "--price", "1e30"} << 2
            << QByteArray("--price");
        QTest::newRow("huge price") // said "must be a whole number"
            << QStringList{"access", "grant", email, "--app", app, "--price", QString(90, '9')} << 2
            << QByteArray("--price can't be more than");
        QTest::newRow("price unit")
            << QStringList{"access", "grant", email, "--app", app, "--price", "0.5eth"} << 2
            << QByteArray("--price");
        QTest::newRow("huge volume")
            << QStringList{"access", "grant", email, "--app", app, "--volume", "99999999999999999"}
            << 2 << QByteArray("can't be more than");
        QTest::newRow("zero volume")
            << QStringList{"access", "grant", email, "--app", app, "--volume", "0"} << 2
            << QByteArray("at least 1");
        QTest::newRow("not approved") << QStringList{"access", "grant", email, "--app", q(friend_)}
                                      << 1 << QByteArray("is not an approved app");
        QTest::newRow("revoke what")
            << QStringList{"access", "revoke"} << 2 << QByteArray("say which grants");
        QTest::newRow("bad schema") << QStringList{"apps", "approve", app, "--schema", "[1]"} << 2
                                    << QByteArray("--schema");
        QTest::newRow("not an app")
            << QStringList{"apps", "approve", q(friend_)} << 1 << QByteArray("neither an app");
    }
    void badInput() {
        QFETCH(QStringList, words);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const CliRun r = run(words);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void marketDownIsAClearError() {
        const CliRun r = test::runCli({QStringLiteral("--data-dir"), cli_->dataDir,
                                       QStringLiteral("--password-file"), cli_->passwordFile,
                                       QStringLiteral("--network"), downFile_, "access", "grant",
                                       q(email_), "--app", q(web3mail_)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("market API") && r.err.contains("could not be reached"),
                 r.err.constData());
        QCOMPARE(run({"access", "list", "--json"}).json()["count"].toInt(), 0); // nothing left
    }

    // Ctrl-C was ignored during calls made without a token (the market's here): a market
    // that accepts and never answers is left at once on SIGINT, with 130.
    void ctrlCStopsASilentMarket() {
        const test::SilentPort silent;
        NetworkProfile hanging = profile_;
        hanging.name = "market-silent";
        hanging.marketApi = silent.url();
        const QString file = cli_->writeProfile(QStringLiteral("silent.json"), hanging);
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(STRONGROOM_CLI),
                {QStringLiteral("--data-dir"), cli_->dataDir, QStringLiteral("--network"), file,
                 QStringLiteral("access"), QStringLiteral("list")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(2000);
        QCOMPARE(p.state(), QProcess::Running); // waiting for the market
        QElapsedTimer timer;
        timer.start();
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(kUiSettles));
        QVERIFY2(timer.elapsed() < 3000, QByteArray::number(timer.elapsed()).constData());
        QCOMPARE(p.exitCode(), 130);
    }

    void appsApproveShowRemove() {
        try {
            test::waitForSandboxAppOrders(*net_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        CliRun r = run({"apps", "list", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["apps"].toArray().size(), int(profile_.knownApps.size()));
        r = run({"apps", "show", q(whitelist_)});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.count("Member"), int(net_->deployment().apps.size()));
        r = run({"apps", "show", q(web3mail_)});
        QVERIFY2(r.out.contains("TEE         TDX (from its app orders)"), r.out.constData());
        r = run({"apps", "show", q(whitelist_), "--json"});
        QCOMPARE(r.json()["members"].toArray().size(), int(net_->deployment().apps.size()));
        for (const auto& member : r.json()["members"].toArray()) {
            QCOMPARE(member.toObject()["teeFramework"].toString(), QStringLiteral("TDX"));
            QCOMPARE(member.toObject()["teeSource"].toString(), QStringLiteral("appOrders"));
        }
        r = run({"apps", "show", q(web3mail_), "--json"});
        QCOMPARE(r.json()["teeFramework"].toString(), QStringLiteral("TDX"));
        QCOMPARE(r.json()["teeSource"].toString(), QStringLiteral("appOrders"));
        QCOMPARE(r.json()["schema"].toObject()["email"].toString(), QStringLiteral("string"));
        r = run({"apps", "remove", q(web3mail_)});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"access", "grant", q(email_), "--app", q(web3mail_)});
        QCOMPARE(r.code, 1); // no longer approved
        r = run({"apps", "approve", q(web3mail_), "--name", "Mail", "--schema",
                 "{\"email\":\"string\"}", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["name"].toString(), QStringLiteral("Mail"));
        QCOMPARE(r.json()["owner"].toString(), q(sandbox::SandboxChain::schedulerAccount()));
    }

    // The address book from the command line: apps and whitelists checked on chain.
    void contactsAreCheckedAndListed() {
        const QString app = QString::fromStdString(web3mail_.toChecksumHex());
        const QString list = QString::fromStdString(whitelist_.toChecksumHex());
        const QString person = QString::fromStdString(friend_.toChecksumHex());
        CliRun r = run({"contacts", "add", app, "--name", "Mail app", "--kind", "app"});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"contacts", "add", app, "--name", "Wrong", "--kind", "whitelist"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("an app, not a whitelist"), r.err.constData());
        r = run({"contacts", "add", person, "--name", "Someone", "--kind", "app"});
        QCOMPARE(r.code, 1); // neither an app nor a whitelist
        r = run({"contacts", "add", list, "--name", "Sandbox apps", "--kind", "whitelist"});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"contacts", "add", person, "--name", "Bob"});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"contacts", "add", person, "--kind", "robot", "--name", "x"});
        QCOMPARE(r.code, 2);
        r = run({"contacts", "list", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonArray rows = r.json()["contacts"].toArray();
        QCOMPARE(rows.size(), 3);
        QStringList kinds;
        for (const auto& row : rows)
            kinds << row.toObject()["name"].toString() + QLatin1Char('=') +
                         row.toObject()["kind"].toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{"Bob=user", "Mail app=app", "Sandbox apps=whitelist"}));
        r = run({"contacts", "remove", person});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"contacts", "remove", person});
        QCOMPARE(r.code, 1);
        QCOMPARE(run({"contacts", "list", "--json"}).json()["contacts"].toArray().size(), 2);
    }

    // A watched address browses like an account and never signs.
    void aWatchedAddressReadsButNeverSigns() {
        const QString person = QString::fromStdString(friend_.toChecksumHex());
        CliRun r = run({"wallet", "watch", person, "--label", "Bob"});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"--account", person, "data", "list", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["protectedData"].toArray().size(), 0);
        r = run({"--account", person, "wallet", "balance", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"--account", person, "access", "grant",
                 QString::fromStdString(email_.toChecksumHex()), "--app",
                 QString::fromStdString(web3mail_.toChecksumHex())});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("watch-only"), r.err.constData());
        r = run({"wallet", "unwatch", person});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // Names are public and anyone can set them: escapes and newlines are shown escaped, the
    // JSON keeps them; list and show give the data's state and size.
    void hostileNamesAreEscapedAndStatesShown() {
        const std::string hostile = "\x1b[31mred\x1b[0m\nforged line\r\x07\xe2\x80\xae";
        const Address data = protect(hostile, "{\"note\":\"string\"}");
        for (const QStringList& words :
             {QStringList{"data", "list"}, QStringList{"data", "show", q(data)}}) {
            const CliRun r = run(words);
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\r') && !r.out.contains('\x07') &&
                         !r.out.contains("\xe2\x80\xae") && !r.out.contains("\nforged line"),
                     r.out.constData());
            QVERIFY2(r.out.contains("\\e[31mred\\e[0m\\nforged line\\r\\x07\\u{202e}"),
                     r.out.constData());
            QVERIFY2(r.out.contains("made elsewhere") || r.out.contains("Made elsewhere"),
                     r.out.constData());
        }
        CliRun r = run({"data", "show", q(data), "--json"});
        QCOMPARE(r.json()["name"].toString().toStdString(), hostile);
        QCOMPARE(r.json()["state"].toString(), QStringLiteral("made-elsewhere"));
        QVERIFY(r.json().contains("size"));
        r = run({"data", "list", "--json"});
        for (const auto& row : r.json()["protectedData"].toArray()) {
            QCOMPARE(row.toObject()["state"].toString(), QStringLiteral("made-elsewhere"));
            QVERIFY(row.toObject().contains("size"));
        }
    }

    // Grants of data given away stayed listed as the old owner's and failed to revoke with
    // "invalid-signature-format"; transferring someone else's data said "already the owner".
    void grantsOfTransferredData() {
        const Address gift = protect("gift", "{\"email\":\"string\"}");
        CliRun r =
            run({"access", "grant", q(gift), "--app", q(web3mail_), "--price", "0.5rlc", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["datasetprice"].toString(), QStringLiteral("500000000"));
        r = run({"access", "list", q(gift)});
        QVERIFY2(r.out.contains("0.5 RLC per access, 1 access left of 1"), r.out.constData());
        r = run({"data", "transfer", q(gift), "--to", q(friend_), "--yes"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("1 live grant") && r.err.contains("only the new owner"),
                 r.err.constData());
        r = run({"access", "list", q(gift)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("now belongs to " + q(friend_).toUtf8()), r.out.constData());
        r = run({"access", "list", q(gift), "--json"});
        const QJsonObject grant = r.json()["grantedAccess"].toArray()[0].toObject();
        QCOMPARE(grant["datasetOwner"].toString(), q(friend_));
        QCOMPARE(grant["revocable"].toBool(), false);
        r = run({"access", "revoke", q(gift), "--all"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("only that owner can revoke") && r.err.contains("Nothing was sent"),
                 r.err.constData());
        // Giving someone else's data to oneself: it is theirs, not "already" ours.
        r = run({"data", "transfer", q(gift), "--to", q(user_->address()), "--yes"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("belongs to " + q(friend_).toUtf8()) &&
                     !r.err.contains("already the owner"),
                 r.err.constData());
    }

    void transferNeedsConfirmation() {
        CliRun r = run({"data", "transfer", q(photo_), "--to", q(friend_)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("to " + q(friend_).toUtf8() + "?"), r.err.constData());
        QVERIFY(r.err.contains("not transferred"));
        r = run({"data", "transfer", q(photo_), "--to", q(Address()), "--yes"});
        QCOMPARE(r.code, 2); // a usage mistake, as everywhere a recipient is typed
        r = run({"data", "transfer", q(photo_), "--to", q(friend_), "--yes", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["status"].toString(), QStringLiteral("confirmed"));
        r = run({"data", "list", "--json", "--cached"});
        QCOMPARE(r.json()["count"].toInt(), 2); // my-email and the hostile name
        r = run({"data", "show", q(photo_), "--json"});
        QCOMPARE(r.json()["owner"].toString(), q(friend_));
        const CliRun help = test::runCli({QStringLiteral("--help")});
        for (const char* usage :
             {"data list", "data show ADDRESS", "data transfer ADDRESS --to A",
              "data verify ADDRESS", "access grant ADDRESS --app A", "access list", "access revoke",
              "apps list", "apps approve ADDRESS", "apps show ADDRESS", "apps remove ADDRESS"})
            QVERIFY2(help.out.contains(usage), usage);
    }

    void aHostileSchemaIsShownAsUnreadable() {
        // Anyone may record any schema and transfer the data to you: one nested past the
        // readable depth (a stranger's could be nested without end) lists and shows as
        // unreadable, as recorded in --json, and the field filter passes over it.
        std::string deep;
        for (std::size_t i = 0; i <= iexec::kMaxSchemaDepth; ++i)
            deep += "{\"a\":";
        deep += "\"string\"" + std::string(iexec::kMaxSchemaDepth + 1, '}');
        const Address hostile = protect("deep", deep);
        CliRun r = run({"data", "show", q(hostile)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Schema      (unreadable schema)"), r.out.constData());
        r = run({"data", "show", q(hostile), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()["schema"].toString(), QString::fromStdString(deep));
        r = run({"data", "list", "--field", "a"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains("deep"));
    }
};

QTEST_GUILESS_MAIN(DataCliTest)
#include "tst_datacli.moc"
