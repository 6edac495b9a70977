// strongroom-cli compute, as a user runs it, against the whole sandbox with its workerpool:
// data protected and granted with the CLI, the Content Reader run on it (plan and cost shown,
// request journaled, the task followed), its encrypted result downloaded, decrypted and read;
// a task that fails is claimed after the chain's time passed its final deadline; too little
// stake is deposited (or said when the wallet lacks RLC); a result for another key is refused; and
// the refusals (app not allowed, no grant, grant used up, no workerpool, a price above --max-price,
// bad arguments) each say why and request nothing.

#include "CliTestSupport.h"
#include "WorkerTestKit.h"
#include "crypto/RsaPrivateKey.h"
#include "iexec/MarketClient.h"
#include "iexec/SmsClient.h"
#include "sandbox/FaucetService.h"
#include "sandbox/SandboxChain.h"
#include "sandbox/SmsService.h"
#include "store/AtomicFile.h"
#include "wallet/AccountStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace sr;
using eth::Address;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
    json document() const { return json::parse(out, nullptr, false); }
};

void writeText(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

class ComputeCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    fs::path dir_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    std::unique_ptr<test::WorkerTestKit> kit_;
    test::DevKey user_ = test::devKey(2); // the wallet's account: owner and requester
    test::DevKey other_ = test::devKey(4);
    Address reader_;
    Address priced_; // other_'s data, granted to the user at 5 nRLC
    std::string profileFile_, data_, password_;

    Run cli(const QStringList& words, const QString& stopAt = {}) {
        return cliIn(data_, words, stopAt);
    }

    // The CLI on another data folder (another person's computer), same wallet password.
    Run cliIn(const std::string& dataDir, const QStringList& words, const QString& stopAt = {}) {
        const QStringList args = {
            QStringLiteral("--data-dir"),      QString::fromStdString(dataDir),
            QStringLiteral("--password-file"), QString::fromStdString(password_),
            QStringLiteral("--network"),       QString::fromStdString(profileFile_)};
        const test::CliRun r = test::runCliWith(args + words, {.stopAt = stopAt});
        return {r.code, r.out.toStdString(), r.err.toStdString()};
    }

    static QString q(const std::string& s) { return QString::fromStdString(s); }

    Address protect(const std::string& name, const std::string& content) {
        const fs::path file = dir_ / (name + ".csv");
        writeText(file, content);
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("protect"),
                 q(file.string()), QStringLiteral("--name"), q(name), QStringLiteral("--yes")});
        if (r.code != 0)
            throw Error(ErrorCode::Internal, "protect failed: " + r.err);
        return Address::fromHex(r.document().at("address").get<std::string>());
    }

    void grant(const Address& dataset, const std::string& extra = {}) {
        QStringList words = {QStringLiteral("access"),        QStringLiteral("grant"),
                             q(dataset.toChecksumHex()),      QStringLiteral("--app"),
                             q(reader_.toChecksumHex()),      QStringLiteral("--user"),
                             q(user_.address.toChecksumHex())};
        if (!extra.empty())
            words << QStringLiteral("--volume") << q(extra);
        const Run r = cli(words);
        if (r.code != 0)
            throw Error(ErrorCode::Internal, "grant failed: " + r.err);
    }

    json waitForStatus(const std::string& task, const std::string& status) {
        for (int i = 0; i < 300; ++i) {
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("compute"),
                               QStringLiteral("show"), q(task)});
            if (r.code == 0 && r.document().value("statusName", "") == status)
                return r.document();
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        throw Error(ErrorCode::Network, "task " + task + " did not reach " + status);
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.path().toStdString();
        try {
            net_ = test::startWorkerSandbox(dir_ / "sandbox", reader_);
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
            kit_->waitForOrders(reader_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        profileFile_ = (dir_ / "sandbox.json").string();
        writeText(profileFile_, net_->profile().toJson().dump(2));
        data_ = (dir_ / "data").string();
        password_ = (dir_ / "password").string();
        writeText(password_, "correct horse\n");
        writeText(dir_ / "key", eth::toHex(user_.key.view(), false));
        const Run r = cli({QStringLiteral("wallet"), QStringLiteral("import"),
                           QStringLiteral("--private-key-file"), q((dir_ / "key").string())});
        QVERIFY2(r.code == 0, r.err.c_str());
    }

    void runsTheContentReaderAndReadsItsReport() {
        try {
            const Address dataset = protect("scores", "name,score\nann,3\nbob,5\n");
            grant(dataset);
            Run r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("run"),
                         q(dataset.toChecksumHex()), QStringLiteral("--app"),
                         q(reader_.toChecksumHex()), QStringLiteral("--args"),
                         QStringLiteral("a \"quoted\" arg"), QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, (r.err + r.out).c_str());
            const json run = r.document();
            QCOMPARE(run.at("state").get<std::string>(), std::string("done"));
            QVERIFY(run.at("plan").contains("total"));
            QVERIFY2(r.err.find("cost 0 RLC") != std::string::npos, r.err.c_str());
            const std::string task = run.at("taskid").get<std::string>();
            // The deal carries the params as the SDK writes them.
            eth::ContractCaller caller(kit_->rpc());
            const auto deal =
                caller.call(iexec::PocoHub(kit_->hub())
                                .viewDeal(test::hashOf(run.at("dealid").get<std::string>())));
            QCOMPARE(deal.params,
                     std::string("{\"iexec_secrets\":{},\"iexec_result_storage_provider\":\"ipfs\","
                                 "\"iexec_result_encryption\":true,"
                                 "\"iexec_args\":\"a \\\"quoted\\\" arg\"}"));

            const json shown = waitForStatus(task, "COMPLETED");
            QCOMPARE(shown.at("dealid"), run.at("dealid"));
            QCOMPARE(shown.at("results").at("storage").get<std::string>(), std::string("ipfs"));

            r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("result"),
                     q(task)});
            QVERIFY2(r.code == 0, (r.err + r.out).c_str());
            const json result = r.document();
            QVERIFY(result.at("encrypted").get<bool>());
            const fs::path folder = result.at("folder").get<std::string>();
            QVERIFY(folder.string().starts_with(data_));
            const auto report = json::parse(readFile(folder / "report.json"));
            QVERIFY2(report.contains("fields"), report.dump().c_str());
            QVERIFY2(report.dump().find("bob") == std::string::npos, "content leaked");

            // The list shows it, with its status from the chain.
            r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("list")});
            QVERIFY2(r.code == 0, r.err.c_str());
            bool listed = false;
            const json listedDoc = r.document();
            for (const auto& c : listedDoc.at("computations"))
                listed = listed || (c.value("taskid", json()) == json(task) &&
                                    c.value("statusName", json()) == json("COMPLETED"));
            QVERIFY2(listed, (task + "\n" + r.out).c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void refusesWithReasonsAndRequestsNothing() {
        try {
            const Address dataset = protect("refusals", "x\n1\n");
            const auto run = [&](const Address& app, QStringList extra = {}) {
                return cli(QStringList{QStringLiteral("compute"), QStringLiteral("run"),
                                       q(dataset.toChecksumHex()), QStringLiteral("--app"),
                                       q(app.toChecksumHex()), QStringLiteral("--yes")} +
                           extra);
            };
            Run r = run(reader_);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("has no grant at all") != std::string::npos, r.err.c_str());
            grant(dataset, "1");
            // An app the grant does not allow (Web3Mail's, which has orders on the market).
            Address other;
            for (const auto& app : net_->deployment().apps)
                if (app.address != reader_)
                    other = app.address;
            r = run(other);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("do not allow app") != std::string::npos ||
                         r.err.find("none this request can use") != std::string::npos,
                     r.err.c_str());
            // A workerpool that does not exist.
            r = run(reader_, {QStringLiteral("--workerpool"), q(other_.address.toChecksumHex())});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("No workerpool") != std::string::npos, r.err.c_str());
            // Bad arguments.
            r = run(reader_, {QStringLiteral("--secret"), QStringLiteral("0=x")});
            QCOMPARE(r.code, 2);
            r = run(reader_, {QStringLiteral("--input-file"), QStringLiteral("ftp://x/y")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("http://") != std::string::npos, r.err.c_str());
            r = run(reader_,
                    {QStringLiteral("--secret"), q("1=" + (dir_ / "missing-secret").string())});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("cannot be read") != std::string::npos, r.err.c_str());
            // Nothing of that was recorded as a request.
            r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("list")});
            const json listedDoc = r.document();
            for (const auto& c : listedDoc.at("computations"))
                QVERIFY(c.at("dataset") != dataset.toChecksumHex() || c.at("state") != "done");
            // The one access used, then the grant is used up.
            r = run(reader_, {QStringLiteral("--no-encrypt")});
            QVERIFY2(r.code == 0, r.err.c_str());
            r = run(reader_);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("used up") != std::string::npos, r.err.c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aPriceAboveTheMaximumIsSaid() {
        try {
            // Another owner's data granted to the user at 5 nRLC, published on the market.
            const Address dataset = kit_->protect(other_, "priced", {{"email", "p@r.i"}});
            priced_ = dataset;
            iexec::DatasetOrder o;
            o.dataset = dataset;
            o.datasetprice = 5;
            o.volume = 10;
            o.apprestrict = reader_;
            o.requesterrestrict = user_.address;
            o.salt[0] = 7;
            iexec::MarketClient market(net_->services().marketUrl(), kit_->domain());
            market.publishDatasetOrder(
                {o, iexec::signOrder(kit_->domain(), o, other_.key)},
                eth::PrivateKeySigner(crypto::SecretBytes(other_.key.view())));
            const Run r =
                cli({QStringLiteral("compute"), QStringLiteral("run"), q(dataset.toChecksumHex()),
                     QStringLiteral("--app"), q(reader_.toChecksumHex()),
                     QStringLiteral("--max-price"), QStringLiteral("4"), QStringLiteral("--yes")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("costs 0.000000005 RLC") != std::string::npos, r.err.c_str());
            QVERIFY2(r.err.find("above your maximum of 0.000000004 RLC") != std::string::npos,
                     r.err.c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void tooLittleStakeIsDepositedOrSaid() {
        try {
            QVERIFY(!priced_.isZero());
            const Address rlc = net_->deployment().poco.rlc;
            eth::ContractCaller caller(kit_->rpc());
            const iexec::PocoHub hub(kit_->hub());
            QVERIFY(caller.call(hub.viewAccount(user_.address)).stake < eth::U256(5));
            // Empty the user's wallet of RLC: the deposit cannot be made.
            sandbox::DevAccountSender user(kit_->rpc(), user_.address);
            const auto balance =
                user.call(rlc, "balanceOf(address)", {eth::AbiValue::address(user_.address)},
                          {eth::AbiType::uint(256)})[0]
                    .asNumber();
            if (balance > eth::U256(0))
                user.transact(
                    rlc, "transfer(address,uint256)",
                    {eth::AbiValue::address(other_.address), eth::AbiValue::number(balance)});
            const QStringList run = {QStringLiteral("compute"),  QStringLiteral("run"),
                                     q(priced_.toChecksumHex()), QStringLiteral("--app"),
                                     q(reader_.toChecksumHex()), QStringLiteral("--yes")};
            Run r = cli(run);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.out.find("more must be deposited") != std::string::npos, r.out.c_str());
            QVERIFY2(r.err.find("RLC in the wallet") != std::string::npos, r.err.c_str());
            // With RLC in the wallet, the missing part is deposited and the data paid.
            sandbox::FaucetService::fund(kit_->rpc(), rlc, net_->deployment().poco.owner,
                                         user_.address);
            const auto ownerBefore = caller.call(hub.viewAccount(other_.address)).stake;
            r = cli(QStringList{QStringLiteral("--json")} + run);
            QVERIFY2(r.code == 0, (r.err + r.out).c_str());
            waitForStatus(r.document().at("taskid").get<std::string>(), "COMPLETED");
            QCOMPARE(caller.call(hub.viewAccount(other_.address)).stake.toDecimal(),
                     (ownerBefore + eth::U256(5)).toDecimal());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aResultForAnotherKeyIsRefused() {
        try {
            // Another tool replaced the account's key in the SMS, then a request was made
            // elsewhere: the result is not for this wallet's key.
            const auto foreign = crypto::RsaPrivateKey::generate(2048);
            iexec::SmsClient(net_->services().smsUrl())
                .setWeb2Secret("iexec-result-encryption-public-key",
                               base64Encode(asBytes(foreign.publicKey().toSpkiPem())),
                               eth::PrivateKeySigner(crypto::SecretBytes(user_.key.view())));
            const Address dataset = kit_->protect(other_, "foreign key", {{"email", "f@k.y"}});
            const Hash32 deal =
                kit_->request(user_, reader_, kit_->grant(other_, dataset, reader_),
                              "{\"iexec_secrets\":{},\"iexec_result_storage_provider\":\"ipfs\","
                              "\"iexec_result_encryption\":true}");
            const std::string task = eth::toHex(iexec::PocoHub::taskId(deal, 0));
            waitForStatus(task, "COMPLETED");
            const Run r = cli({QStringLiteral("compute"), QStringLiteral("result"), q(task)});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("not encrypted for this account's result key") != std::string::npos,
                     r.err.c_str());
            QVERIFY(!fs::exists(fs::path(data_) / "results" / task));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aFailedTaskIsClaimedAfterTheDeadline() {
        try {
            // Data whose key never reached the SMS: the worker cannot run it.
            const Address dataset =
                kit_->protect(other_, "no key", {{"email", "k@k.k"}}, /*pushKey=*/false);
            iexec::DatasetOrder o;
            o.dataset = dataset;
            o.volume = 10;
            o.apprestrict = reader_;
            o.salt[0] = 9;
            iexec::MarketClient market(net_->services().marketUrl(), kit_->domain());
            market.publishDatasetOrder(
                {o, iexec::signOrder(kit_->domain(), o, other_.key)},
                eth::PrivateKeySigner(crypto::SecretBytes(other_.key.view())));
            Run r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("run"),
                         q(dataset.toChecksumHex()), QStringLiteral("--app"),
                         q(reader_.toChecksumHex()), QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, r.err.c_str());
            const std::string task = r.document().at("taskid").get<std::string>();
            kit_->waitForWorker(test::hashOf(task));
            waitForStatus(task, "ACTIVE");
            r = cli({QStringLiteral("compute"), QStringLiteral("claim"), q(task)});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("before its final deadline") != std::string::npos, r.err.c_str());
            r = cli({QStringLiteral("compute"), QStringLiteral("result"), q(task)});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("only a COMPLETED task has a result") != std::string::npos,
                     r.err.c_str());

            kit_->rpc().call("evm_increaseTime", json::array({3001}));
            kit_->rpc().call("evm_mine", json::array());
            const json timedOut = waitForStatus(task, "TIMEOUT");
            QVERIFY(timedOut.at("claimable").get<bool>());
            r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("claim"),
                     q(task)});
            QVERIFY2(r.code == 0, (r.err + r.out).c_str());
            waitForStatus(task, "FAILED");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aRequestKilledAtEachStepResumesAndPaysOnce() {
        try {
            const Address dataset = protect("crashes", "a,b\n1,2\n");
            const char* steps[] = {"plan", "push-key", "push-secrets", "sign", "match", "confirm"};
            grant(dataset, std::to_string(std::size(steps)));
            writeText(dir_ / "secret.txt", "an api key");
            std::string lastTask;
            for (const char* step : steps) {
                Run r = cli({QStringLiteral("compute"), QStringLiteral("run"),
                             q(dataset.toChecksumHex()), QStringLiteral("--app"),
                             q(reader_.toChecksumHex()), QStringLiteral("--secret"),
                             q("1=" + (dir_ / "secret.txt").string()), QStringLiteral("--yes")},
                            q(std::string("compute:") + step));
                QVERIFY2(r.code == 86, (std::string(step) + ": " + r.err).c_str());
                r = cli({QStringLiteral("--json"), QStringLiteral("compute"),
                         QStringLiteral("resume")});
                QVERIFY2(r.code == 0, (std::string(step) + ": " + r.err + r.out).c_str());
                const json resumed = r.document();
                QCOMPARE(resumed.at("count").get<int>(), 1);
                const json& op = resumed.at("operations").at(0);
                QCOMPARE(op.at("state").get<std::string>(), std::string("done"));
                lastTask = op.at("taskid").get<std::string>();
                // The deal names the secret pushed for this requester.
                eth::ContractCaller caller(kit_->rpc());
                const auto deal =
                    caller.call(iexec::PocoHub(kit_->hub())
                                    .viewDeal(test::hashOf(op.at("dealid").get<std::string>())));
                const auto params = json::parse(deal.params);
                const std::string name = params.at("iexec_secrets").at("1").get<std::string>();
                const auto stored = net_->services().sms().requesterSecret(user_.address, name);
                QVERIFY(stored && stored->text() == "an api key");
            }
            waitForStatus(lastTask, "COMPLETED");
            // Six kills, six deals: one access each, so the grant is now used up (a request
            // matched twice would have used it up before the last resume).
            Run r =
                cli({QStringLiteral("compute"), QStringLiteral("run"), q(dataset.toChecksumHex()),
                     QStringLiteral("--app"), q(reader_.toChecksumHex()), QStringLiteral("--yes")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("used up") != std::string::npos, r.err.c_str());
            // The SMS holds this account's result key, as the wallet has it.
            const wallet::AccountStore store(fs::path(data_) / "keystore");
            QCOMPARE(*net_->services().sms().resultEncryptionPublicKey(user_.address),
                     base64Encode(asBytes(store.account(user_.address).resultPublicKeyPem)));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cancelGivesUpOnlyWhatDidNotReachTheChain() {
        try {
            const Address dataset = protect("cancels", "c\n1\n");
            grant(dataset, "2");
            const QStringList run = {QStringLiteral("compute"),  QStringLiteral("run"),
                                     q(dataset.toChecksumHex()), QStringLiteral("--app"),
                                     q(reader_.toChecksumHex()), QStringLiteral("--yes")};
            const auto newest = [&] {
                const Run l = cli(
                    {QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("list")});
                const json doc = l.document();
                return doc.at("computations").at(0);
            };
            Run r = cli(run, QStringLiteral("compute:push-key"));
            QCOMPARE(r.code, 86);
            const auto first = newest();
            QCOMPARE(first.at("state").get<std::string>(), std::string("active"));
            r = cli({QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("cancel"),
                     q(std::to_string(first.at("id").get<int>()))});
            QVERIFY2(r.code == 0, r.err.c_str());
            QCOMPARE(r.document().at("state").get<std::string>(), std::string("cancelled"));

            r = cli(run, QStringLiteral("compute:match"));
            QCOMPARE(r.code, 86);
            const auto second = newest();
            r = cli({QStringLiteral("compute"), QStringLiteral("cancel"),
                     q(std::to_string(second.at("id").get<int>()))});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find("already sent its request") != std::string::npos, r.err.c_str());
            r = cli(
                {QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("resume")});
            QVERIFY2(r.code == 0, r.err.c_str());
            QCOMPARE(r.document().at("count").get<int>(), 1); // the cancelled one is not resumed
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void onMyDataListsWhatOthersRanOnTheAccountsData() {
        try {
            // Another person, with their own wallet on their own computer: the requester.
            const std::string others = (dir_ / "others").string();
            writeText(dir_ / "other-key", eth::toHex(other_.key.view(), false));
            Run r = cliIn(others,
                          {QStringLiteral("wallet"), QStringLiteral("import"),
                           QStringLiteral("--private-key-file"), q((dir_ / "other-key").string())});
            QVERIFY2(r.code == 0, r.err.c_str());
            sandbox::FaucetService::fund(kit_->rpc(), net_->deployment().poco.rlc,
                                         net_->deployment().poco.owner, other_.address);
            const auto onMyData = [&](QStringList extra) {
                return cli(QStringList{QStringLiteral("compute"), QStringLiteral("list"),
                                       QStringLiteral("--on-my-data")} +
                           extra);
            };
            const auto dealIn = [](const json& doc, const std::string& dealid) {
                for (const auto& d : doc.at("deals"))
                    if (d.at("dealid") == dealid)
                        return d;
                return json();
            };

            // --cached on a computer that never read the hub's logs says so, reading nothing.
            r = cliIn(others, {QStringLiteral("compute"), QStringLiteral("list"),
                               QStringLiteral("--on-my-data"), QStringLiteral("--cached")});
            QVERIFY2(r.code == 0, r.err.c_str());
            QVERIFY2(r.out.find("never read from the chain here") != std::string::npos,
                     r.out.c_str());
            r = cliIn(others,
                      {QStringLiteral("--json"), QStringLiteral("compute"), QStringLiteral("list"),
                       QStringLiteral("--on-my-data"), QStringLiteral("--cached")});
            QVERIFY2(r.code == 0, r.err.c_str());
            QVERIFY(r.document().at("syncedBlock").is_null());
            QCOMPARE(r.document().at("count").get<int>(), 0);

            // An owner of data on which nothing ran: an empty list, and a plain sentence.
            const test::DevKey idle = test::devKey(5);
            kit_->protect(idle, "idle", {{"email", "i@d.le"}});
            r = cli({QStringLiteral("wallet"), QStringLiteral("watch"),
                     q(idle.address.toChecksumHex())});
            QVERIFY2(r.code == 0, r.err.c_str());
            r = onMyData({QStringLiteral("--json"), QStringLiteral("--account"),
                          q(idle.address.toChecksumHex())});
            QVERIFY2(r.code == 0, r.err.c_str());
            QCOMPARE(r.document().at("count").get<int>(), 0);
            QVERIFY(r.document().at("deals").empty());
            QVERIFY(r.document().at("syncedBlock").is_number());
            r = onMyData({QStringLiteral("--account"), q(idle.address.toChecksumHex())});
            QVERIFY2(r.code == 0, r.err.c_str());
            QVERIFY2(r.out.find("Nothing has run on the data or apps of " +
                                idle.address.toChecksumHex()) != std::string::npos,
                     r.out.c_str());

            // The user's data, granted to the other person at 3 nRLC for two runs; they run
            // the Content Reader on it from their computer.
            const Address dataset = protect("on my data", "k,v\na,1\n");
            r = cli({QStringLiteral("access"), QStringLiteral("grant"), q(dataset.toChecksumHex()),
                     QStringLiteral("--app"), q(reader_.toChecksumHex()), QStringLiteral("--user"),
                     q(other_.address.toChecksumHex()), QStringLiteral("--price"),
                     QStringLiteral("3"), QStringLiteral("--volume"), QStringLiteral("2")});
            QVERIFY2(r.code == 0, r.err.c_str());
            const QStringList run = {QStringLiteral("--json"), QStringLiteral("compute"),
                                     QStringLiteral("run"),    q(dataset.toChecksumHex()),
                                     QStringLiteral("--app"),  q(reader_.toChecksumHex()),
                                     QStringLiteral("--yes")};
            r = cliIn(others, run);
            QVERIFY2(r.code == 0, (r.err + r.out).c_str());
            const std::string dealid = r.document().at("dealid").get<std::string>();
            const std::string task = r.document().at("taskid").get<std::string>();
            waitForStatus(task, "COMPLETED");

            // The owner sees it, with the SDK's names, the data's name and the task's end.
            r = onMyData({QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.c_str());
            const json listed = r.document();
            QCOMPARE(listed.at("account").get<std::string>(), user_.address.toChecksumHex());
            const json deal = dealIn(listed, dealid);
            QVERIFY2(deal.is_object(), r.out.c_str());
            QCOMPARE(deal.at("roles"), json({"data"}));
            QCOMPARE(deal.at("dataset").at("pointer").get<std::string>(), dataset.toChecksumHex());
            QCOMPARE(deal.at("dataset").at("owner").get<std::string>(),
                     user_.address.toChecksumHex());
            QCOMPARE(deal.at("dataset").at("price").get<std::string>(), std::string("3"));
            QCOMPARE(deal.at("datasetName").get<std::string>(), std::string("on my data"));
            QCOMPARE(deal.at("app").at("pointer").get<std::string>(), reader_.toChecksumHex());
            QCOMPARE(deal.at("app").at("price").get<std::string>(), std::string("0"));
            QCOMPARE(deal.at("workerpool").at("pointer").get<std::string>(),
                     net_->deployment().workerpool.toChecksumHex());
            QCOMPARE(deal.at("requester").get<std::string>(), other_.address.toChecksumHex());
            QCOMPARE(deal.at("botSize").get<int>(), 1);
            QCOMPARE(deal.at("tasks"), json({task}));
            QCOMPARE(deal.at("status").get<std::string>(), std::string("completed"));
            QCOMPARE(deal.at("completedTasksCount").get<int>(), 1);
            QCOMPARE(deal.at("claimedTasksCount").get<int>(), 0);
            QVERIFY(deal.at("startTime").get<std::uint64_t>() > 0);
            r = onMyData({});
            QVERIFY2(r.code == 0, r.err.c_str());
            for (const std::string& said : {dealid, "on my data (" + dataset.toChecksumHex() + ")",
                                            "requester  " + other_.address.toChecksumHex(),
                                            std::string("price      0.000000003 RLC per task"),
                                            std::string("1 task: completed")})
                QVERIFY2(r.out.find(said) != std::string::npos, (said + "\n" + r.out).c_str());

            // The app's owner (a watched address: nothing to sign) sees it as the app's, from
            // what was read already.
            const Address appOwner = sandbox::SandboxChain::schedulerAccount();
            r = cli(
                {QStringLiteral("wallet"), QStringLiteral("watch"), q(appOwner.toChecksumHex())});
            QVERIFY2(r.code == 0, r.err.c_str());
            r = onMyData({QStringLiteral("--json"), QStringLiteral("--cached"),
                          QStringLiteral("--account"), q(appOwner.toChecksumHex())});
            QVERIFY2(r.code == 0, r.err.c_str());
            QCOMPARE(dealIn(r.document(), dealid).at("roles"), json({"app"}));

            // --cached reads nothing from the chain: a new run shows after the next read.
            r = cliIn(others, run);
            QVERIFY2(r.code == 0, (r.err + r.out).c_str());
            const std::string second = r.document().at("dealid").get<std::string>();
            r = onMyData({QStringLiteral("--json"), QStringLiteral("--cached")});
            QVERIFY2(r.code == 0, r.err.c_str());
            QVERIFY(dealIn(r.document(), dealid).is_object());
            QVERIFY(dealIn(r.document(), second).is_null());
            r = onMyData({QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.c_str());
            QVERIFY2(dealIn(r.document(), second).is_object(), r.out.c_str());
            QCOMPARE(r.document().at("deals").at(0).at("dealid").get<std::string>(), second);
            // --cached means nothing for the requests made here.
            r = cli(
                {QStringLiteral("compute"), QStringLiteral("list"), QStringLiteral("--cached")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.find("--on-my-data") != std::string::npos, r.err.c_str());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void showRefusesABadTaskId() {
        const Run r =
            cli({QStringLiteral("compute"), QStringLiteral("show"), QStringLiteral("0x12")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.find("task id") != std::string::npos, r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(ComputeCliTest)
#include "tst_computecli.moc"
