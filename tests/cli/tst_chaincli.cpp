// strongroom-cli wallet balance | wallet send | account deposit | account withdraw, run as a
// user would (the real binary, a real wallet) against a real anvil with the real PoCo deployed,
// reached through a network profile file (--network /path/profile.json). Every amount is
// checked on chain.
#include "CliTestSupport.h"
#include "Timeouts.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "iexec/NetworkProfile.h"
#include "iexec/PocoHub.h"
#include "iexec/RlcToken.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/PocoDeployer.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"

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

QString str(const QJsonObject& o, const char* a, const char* b) {
    return o[QLatin1String(a)].toObject()[QLatin1String(b)].toString();
}

// anvil's dev account 1 (a public test key) becomes the wallet's account.
const char* kUserKey = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const Address kUser = Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const Address kFriend = Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
const Address kOwner = Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

} // namespace

class ChainCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::AnvilProcess> anvil_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    sandbox::PocoDeployment poco_;
    std::unique_ptr<test::CliUser> cli_;
    QString wrongPassword_, wrongChain_;

    CliRun run(const QStringList& words) { return cli_->run(words); }

    U256 ethOf(const Address& a) {
        return U256::fromHex(
            rpc_->call("eth_getBalance", {a.toLowerHex(), "latest"}).get<std::string>());
    }
    U256 rlcOf(const Address& a) {
        eth::ContractCaller caller(*rpc_);
        return caller.call(iexec::RlcToken(poco_.rlc).balanceOf(a));
    }
    iexec::IexecAccount accountOf(const Address& a) {
        eth::ContractCaller caller(*rpc_);
        return caller.call(iexec::PocoHub(poco_.hub).viewAccount(a));
    }

    QString writeProfile(const char* file, std::uint64_t chainId) {
        NetworkProfile p;
        p.name = "local-anvil";
        p.displayName = "Local anvil";
        p.kind = NetworkKind::Sandbox;
        p.chainId = chainId;
        p.rpcUrls = {anvil_->rpcUrl()};
        p.hub = poco_.hub.toChecksumHex();
        p.dataProtector = poco_.hub.toChecksumHex(); // unused by these commands
        p.sms = "http://127.0.0.1:1";
        p.marketApi = "http://127.0.0.1:1";
        p.ipfsNode = "http://127.0.0.1:1";
        p.ipfsGateway = "http://127.0.0.1:1";
        return cli_->writeProfile(QLatin1String(file), p);
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        try {
            anvil_ = std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{});
            rpc_ = std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil_->rpcUrl()});
            sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
            poco_ = sandbox::PocoDeployer(*rpc_, artifacts, kOwner).deploy();
            sandbox::DevAccountSender owner(*rpc_, kOwner);
            owner.transact(
                poco_.rlc, "transfer(address,uint256)",
                {eth::AbiValue::address(kUser), eth::AbiValue::number(eth::parseUnits("100", 9))});
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        cli_ = std::make_unique<test::CliUser>(tmp_.path());
        wrongPassword_ =
            test::writeFile(tmp_.path() + QStringLiteral("/wrong"), "battery staple\n");
        cli_->network = writeProfile("anvil.json", 31337);
        wrongChain_ = writeProfile("wrong-chain.json", 42161);
        const CliRun r = cli_->importKey(kUserKey);
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void balanceJsonAndText() {
        CliRun r =
            run({QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("address")].toString(),
                 QString::fromStdString(kUser.toChecksumHex()));
        QCOMPARE(o[QStringLiteral("chainId")].toInteger(), 31337);
        QCOMPARE(o[QStringLiteral("network")].toString(), QStringLiteral("local-anvil"));
        QCOMPARE(str(o, "eth", "wei").toStdString(), ethOf(kUser).toDecimal());
        QCOMPARE(str(o, "rlc", "amount"), QStringLiteral("100"));
        QCOMPARE(str(o, "rlc", "nRLC"), QStringLiteral("100000000000"));
        const QJsonObject account = o[QStringLiteral("iexecAccount")].toObject();
        QCOMPARE(account[QStringLiteral("stake")].toObject()[QStringLiteral("amount")].toString(),
                 QStringLiteral("0"));
        QCOMPARE(account[QStringLiteral("locked")].toObject()[QStringLiteral("nRLC")].toString(),
                 QStringLiteral("0"));
        r = run({QStringLiteral("wallet"), QStringLiteral("balance")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("RLC             100\n"));
        QVERIFY(r.out.contains("iExec stake     0 RLC"));
        QVERIFY(r.err.isEmpty());
    }

    void sendEth() {
        const U256 before = ethOf(kFriend);
        const CliRun r =
            run({QStringLiteral("wallet"), QStringLiteral("send"), QStringLiteral("--to"),
                 QString::fromStdString(kFriend.toChecksumHex()), QStringLiteral("--amount"),
                 QStringLiteral("1.25"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        QCOMPARE(o[QStringLiteral("token")].toString(), QStringLiteral("eth"));
        QCOMPARE(str(o, "value", "wei"), QStringLiteral("1250000000000000000"));
        QCOMPARE(o[QStringLiteral("transactionHash")].toString().size(), 66);
        // What it is, as the journal records it: fields, and the English sentence.
        const QJsonObject what = o[QStringLiteral("what")].toObject();
        QCOMPARE(what[QStringLiteral("kind")].toString(), QStringLiteral("send-eth"));
        QCOMPARE(what[QStringLiteral("recipient")].toString(),
                 QString::fromStdString(kFriend.toChecksumHex()));
        QCOMPARE(what[QStringLiteral("amount")].toString(), QStringLiteral("1250000000000000000"));
        QCOMPARE(what[QStringLiteral("token")].toString(), QStringLiteral("ETH"));
        QVERIFY(!what.contains(QStringLiteral("dataset")) && !what.contains(QStringLiteral("app")));
        QCOMPARE(what[QStringLiteral("description")].toString(),
                 QStringLiteral("Send 1.25 ETH to ") +
                     QString::fromStdString(kFriend.toChecksumHex()));
        QCOMPARE(ethOf(kFriend), before + eth::parseUnits("1.25", 18));
        // The receipt on chain is the one printed.
        const auto receipt =
            rpc_->call("eth_getTransactionReceipt",
                       {o[QStringLiteral("transactionHash")].toString().toStdString()});
        QCOMPARE(receipt["status"].get<std::string>(), std::string("0x1"));
    }

    void sendRlcText() {
        const U256 before = rlcOf(kFriend);
        const CliRun r =
            run({QStringLiteral("wallet"), QStringLiteral("send"), QStringLiteral("--to"),
                 QString::fromStdString(kFriend.toChecksumHex()), QStringLiteral("--amount"),
                 QStringLiteral("2.5"), QStringLiteral("--token"), QStringLiteral("RLC")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Send 2.5 RLC to " +
                               QByteArray::fromStdString(kFriend.toChecksumHex())));
        QVERIFY(r.out.contains("Confirmed in block"));
        QCOMPARE(rlcOf(kFriend), before + eth::parseUnits("2.5", 9));
        QCOMPARE(rlcOf(kUser), eth::parseUnits("97.5", 9));
    }

    void depositAndWithdraw() {
        CliRun r =
            run({QStringLiteral("account"), QStringLiteral("deposit"), QStringLiteral("--amount"),
                 QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        QCOMPARE(str(o, "value", "nRLC"), QStringLiteral("10000000000"));
        QCOMPARE(str(o, "what", "kind"), QStringLiteral("deposit"));
        QCOMPARE(str(o, "what", "amount"), QStringLiteral("10000000000"));
        QCOMPARE(str(o, "what", "token"), QStringLiteral("RLC"));
        QCOMPARE(o[QStringLiteral("iexecAccount")]
                     .toObject()[QStringLiteral("stake")]
                     .toObject()[QStringLiteral("amount")]
                     .toString(),
                 QStringLiteral("10"));
        QCOMPARE(accountOf(kUser).stake, eth::parseUnits("10", 9));
        QCOMPARE(rlcOf(kUser), eth::parseUnits("87.5", 9));

        r = run({QStringLiteral("account"), QStringLiteral("withdraw"), QStringLiteral("--amount"),
                 QStringLiteral("4.000000001")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("iExec account: 5.999999999 RLC staked, 0 RLC locked"));
        QCOMPARE(accountOf(kUser).stake, eth::parseUnits("5.999999999", 9));
        QCOMPARE(rlcOf(kUser), eth::parseUnits("91.500000001", 9));
    }

    void wrongPasswordSendsNothing() {
        const U256 before = ethOf(kFriend);
        const CliRun r = test::runCli(
            {QStringLiteral("--data-dir"), cli_->dataDir, QStringLiteral("--password-file"),
             wrongPassword_, QStringLiteral("--network"), cli_->network, QStringLiteral("wallet"),
             QStringLiteral("send"), QStringLiteral("--to"),
             QString::fromStdString(kFriend.toChecksumHex()), QStringLiteral("--amount"),
             QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.toLower().contains("password"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(ethOf(kFriend), before);
    }

    void insufficientFunds_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QByteArray>("message");
        const QString to = QString::fromStdString(kFriend.toChecksumHex());
        QTest::newRow("rlc")
            << QStringList{"wallet", "send", "--to", to, "--amount", "1000", "--token", "rlc"}
            << QByteArray("Not enough RLC: " + QByteArray::fromStdString(kUser.toChecksumHex()) +
                          " has 91.500000001 RLC, this needs 1000 RLC");
        QTest::newRow("eth") << QStringList{"wallet", "send", "--to", to, "--amount", "1000000"}
                             << QByteArray("Not enough ETH");
        QTest::newRow("deposit") << QStringList{"account", "deposit", "--amount", "500"}
                                 << QByteArray("Not enough RLC in the wallet");
        QTest::newRow("withdraw") << QStringList{"account", "withdraw", "--amount", "6"}
                                  << QByteArray("Not enough RLC in the iExec account: " +
                                                QByteArray::fromStdString(kUser.toChecksumHex()) +
                                                " has 5.999999999 RLC, this needs 6 RLC "
                                                "(0.000000001 RLC more)");
    }
    void insufficientFunds() {
        QFETCH(QStringList, words);
        QFETCH(QByteArray, message);
        const U256 eth = ethOf(kUser);
        const CliRun r = run(words);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(ethOf(kUser), eth); // not even gas was spent
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QByteArray>("message");
        const QString to = QString::fromStdString(kFriend.toChecksumHex());
        QTest::newRow("amount") << QStringList{"wallet", "send", "--to", to, "--amount", "1,5"}
                                << QByteArray("--amount");
        QTest::newRow("too precise")
            << QStringList{"account", "deposit", "--amount", "0.0000000001"}
            << QByteArray("--amount");
        QTest::newRow("zero") << QStringList{"account", "withdraw", "--amount", "0"}
                              << QByteArray("more than 0");
        QTest::newRow("token") << QStringList{"wallet",   "send", "--to",    to,
                                              "--amount", "1",    "--token", "btc"}
                               << QByteArray("--token must be eth or rlc");
        QTest::newRow("to") << QStringList{"wallet", "send", "--amount", "1"}
                            << QByteArray("--to is required");
        QTest::newRow("bad to") << QStringList{"wallet", "send", "--to", "0x1234", "--amount", "1"}
                                << QByteArray("--to");
        QTest::newRow("option") << QStringList{"wallet", "balance", "--amount", "1"}
                                << QByteArray("does not apply");
    }
    void usageErrors() {
        QFETCH(QStringList, words);
        QFETCH(QByteArray, message);
        const CliRun r = run(words);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void wrongChainOrAccountIsRefused() {
        CliRun r =
            test::runCli({QStringLiteral("--data-dir"), cli_->dataDir, QStringLiteral("--network"),
                          wrongChain_, QStringLiteral("wallet"), QStringLiteral("balance")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("serves chain 31337") && r.err.contains("42161"),
                 r.err.constData());
        r = run({QStringLiteral("--account"), QString::fromStdString(kFriend.toChecksumHex()),
                 QStringLiteral("wallet"), QStringLiteral("balance")});
        QCOMPARE(r.code, 1);
        r = run({QStringLiteral("--account"), QStringLiteral("0x12"), QStringLiteral("wallet"),
                 QStringLiteral("balance")});
        QCOMPARE(r.code, 2);
    }

    void theJournalHoldsTheHistory() {
        // Every transaction sent above is in the database of the data folder, settled.
        PendingTransactions journal(cli_->dataDir.toStdString() + "/strongroom.sqlite");
        const auto rows = journal.history({});
        QCOMPARE(rows.size(), std::size_t(4)); // refused commands journaled nothing
        for (const auto& row : rows) {
            QCOMPARE(row.status, TxStatus::Confirmed);
            QCOMPARE(row.account, kUser);
        }
        QCOMPARE(rows[0].purpose, eth::TxPurpose::Withdraw);
        QCOMPARE(rows[1].purpose, eth::TxPurpose::Deposit);
        QCOMPARE(rows[2].purpose, eth::TxPurpose::SendRlc);
        QCOMPARE(rows[3].purpose, eth::TxPurpose::SendEth);
        const CliRun help = test::runCli({QStringLiteral("--help")});
        for (const char* usage : {"wallet balance", "wallet send --to A --amount X",
                                  "account deposit --amount X", "account withdraw --amount X"})
            QVERIFY2(help.out.contains(usage), usage);
    }

    // The fee is shown before the password is asked, and --max-fee refuses, unsigned, a
    // transaction whose fee could exceed it.
    void theFeeIsShownFirstAndMaxFeeRefuses() {
        const U256 before = ethOf(kFriend);
        const QStringList send = {
            QStringLiteral("wallet"),   QStringLiteral("send"),
            QStringLiteral("--to"),     QString::fromStdString(kFriend.toChecksumHex()),
            QStringLiteral("--amount"), QStringLiteral("0.5")};
        CliRun r =
            run(QStringList{QStringLiteral("--max-fee"), QStringLiteral("0.000000001")} + send);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("the fee could reach"), r.err.constData());
        QVERIFY2(r.err.contains("above the most you allowed, 0.000000001 ETH"), r.err.constData());
        QCOMPARE(ethOf(kFriend), before);
        r = run(QStringList{QStringLiteral("--max-fee"), QStringLiteral("0.1")} + send);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Send 0.5 ETH to ") && r.err.contains(": fee up to ") &&
                     r.err.contains(" gas at up to "),
                 r.err.constData());
        QCOMPARE(ethOf(kFriend), before + eth::parseUnits("0.5", 18));
        r = run(QStringList{QStringLiteral("--max-fee"), QStringLiteral("lots")} + send);
        QCOMPARE(r.code, 2);
    }

    // Ctrl-C while waiting for a transaction: it was sent, so nothing is lost: the command says
    // so, the journal keeps it, and it is mined all the same.
    void anInterruptedWaitLeavesTheTransactionJournaled() {
        const U256 before = ethOf(kFriend);
        rpc_->send("evm_setAutomine", {false});
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(STRONGROOM_CLI),
                cli_->options() + QStringList{QStringLiteral("wallet"), QStringLiteral("send"),
                                              QStringLiteral("--to"),
                                              QString::fromStdString(kFriend.toChecksumHex()),
                                              QStringLiteral("--amount"), QStringLiteral("0.5")});
        QByteArray out;
        const bool sent = QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains(" sent.");
            },
            kChainRead);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        const bool finished = p.waitForFinished(kChainRead);
        rpc_->send("evm_mine", nlohmann::json::array());
        rpc_->send("evm_setAutomine", {true});
        QVERIFY2(sent, out.constData());
        QVERIFY(finished);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130); // stopped by a signal, as the README says
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("stays in the journal"), err.constData());
        QCOMPARE(ethOf(kFriend), before + eth::parseUnits("0.5", 18));
        PendingTransactions journal(cli_->dataDir.toStdString() + "/strongroom.sqlite");
        const auto rows = journal.history({});
        QCOMPARE(rows.front().purpose, eth::TxPurpose::SendEth);
        QVERIFY(rows.front().status != TxStatus::Rejected);
    }
};

QTEST_GUILESS_MAIN(ChainCliTest)
#include "tst_chaincli.moc"
