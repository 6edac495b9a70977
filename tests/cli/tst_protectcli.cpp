// strongroom-cli data protect | resume | operations | cancel, run as a user would (the real
// binary, a real wallet) against the whole sandbox (anvil with PoCo and the DataProtector
// contract, the sandbox's own IPFS node and SMS: our implementations of those protocols, not
// iExec's services), reached through a network profile file. Every protected data is checked
// where it lives: on chain (owner, name, multiaddr, checksum, the DatasetSchema event), on
// IPFS (the content hashes to the checksum) and in the SMS (the key). Faults: the process
// killed after each step then resumed, the IPFS node and the chain node down, the SMS refusing
// (a FAKE server: the sandbox's SMS cannot be made to), a file that vanishes, unreadable files,
// a 0-byte file and names that need sanitising.

#include "CliTestSupport.h"
#include "FaultyHttpServer.h"
#include "Timeouts.h"
#include "crypto/Sha256.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCipher.h"
#include "iexec/DatasetView.h"
#include "iexec/Multiaddr.h"
#include "sandbox/SandboxNetwork.h"
#include "util/Error.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <unistd.h>

using namespace sr::test::timeouts;

using namespace sr;
using eth::Address;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
    json document() const { return json::parse(out, nullptr, false); }
};

// anvil's dev account 2 (a public test key, funded by anvil) becomes the wallet's account.
const char* kUserKey = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
const Address kUser = Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

void writeFile(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

} // namespace

class ProtectCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    fs::path dir_;
    std::unique_ptr<sandbox::SandboxNetwork> sandbox_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    NetworkProfile profile_;
    std::string profileFile_, data_, password_;

    std::string writeProfile(const std::string& name, const NetworkProfile& p) {
        const fs::path file = dir_ / (name + ".json");
        writeFile(file, p.toJson().dump(2));
        return file.string();
    }

    Run cli(const QStringList& words, const std::string& profile = {}, const QString& stopAt = {},
            rlim_t fileSizeLimit = RLIM_INFINITY) {
        const QStringList args = {QStringLiteral("--data-dir"),
                                  QString::fromStdString(data_),
                                  QStringLiteral("--password-file"),
                                  QString::fromStdString(password_),
                                  QStringLiteral("--network"),
                                  QString::fromStdString(profile.empty() ? profileFile_ : profile)};
        const test::CliRun r =
            test::runCliWith(args + words, {.stopAt = stopAt, .fileSizeLimit = fileSizeLimit});
        return {r.code, r.out.toStdString(), r.err.toStdString()};
    }

    json operation(std::int64_t id) {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("data"),
                           QStringLiteral("operations"), QStringLiteral("--all")});
        const json document = r.document();
        for (const auto& op : document.at("operations"))
            if (op.at("id") == id)
                return op;
        return nullptr;
    }

    std::int64_t lastOperationId() {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("data"),
                           QStringLiteral("operations"), QStringLiteral("--all")});
        const json list = r.document().at("operations");
        return list.empty() ? 0 : list.at(0).at("id").get<std::int64_t>();
    }

    // Everything a finished protect promised, checked where it lives.
    void verifyProtected(const json& op, const std::string& name) {
        QVERIFY2(op.is_object() && op.value("state", "") == "done", op.dump().c_str());
        const Address dataset = Address::fromHex(op.at("address").get<std::string>());
        eth::ContractCaller caller(*rpc_);
        const iexec::DatasetInfo info = iexec::DatasetView(dataset).read(caller);
        QCOMPARE(info.owner, kUser);
        QCOMPARE(info.name, name);
        QCOMPARE(iexec::cidFromP2pMultiaddr(info.multiaddr).toString(),
                 op.at("cid").get<std::string>());
        QCOMPARE(iexec::checksumHex(info.checksum), op.at("checksum").get<std::string>());
        QCOMPARE(iexec::p2pMultiaddrString(iexec::cidFromP2pMultiaddr(info.multiaddr)),
                 op.at("multiaddr").get<std::string>());

        // The schema event of the transaction.
        const json receipt =
            rpc_->call("eth_getTransactionReceipt", {op.at("transactionHash").get<std::string>()});
        const iexec::DataProtectorContract contract(Address::fromHex(profile_.dataProtector));
        const auto created = contract.createdDataset(eth::Receipt::fromJson(receipt));
        QVERIFY(created.has_value());
        QCOMPARE(created->dataset, dataset);
        QCOMPARE(json::parse(created->schema), op.at("schema"));

        // IPFS holds the encrypted bytes the checksum names.
        auto& ipfs = sandbox_->services().ipfs();
        const iexec::Cid cid = iexec::Cid::parse(op.at("cid").get<std::string>());
        auto reader = ipfs.open(cid);
        crypto::Sha256 sha;
        std::vector<char> buffer(1 << 16);
        while (const std::size_t n = reader->read(buffer.data(), buffer.size()))
            sha.update(ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), n));
        QCOMPARE(iexec::checksumHex(sha.finalize()), op.at("checksum").get<std::string>());

        // The SMS holds the key; the journal no longer does.
        QVERIFY(sandbox_->services().sms().hasDatasetSecret(dataset));
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.path().toStdString();
        try {
            sandbox_ = std::make_unique<sandbox::SandboxNetwork>(
                sandbox::SandboxNetwork::Options{dir_ / "sandbox"});
            profile_ = sandbox_->profile();
            rpc_ = std::make_unique<eth::JsonRpcClient>(profile_.rpcUrls);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        profileFile_ = writeProfile("sandbox", profile_);
        data_ = (dir_ / "data").string();
        password_ = (dir_ / "password").string();
        writeFile(password_, "correct horse\n");
        writeFile(dir_ / "key", kUserKey);
        const Run r = cli({QStringLiteral("wallet"), QStringLiteral("import"),
                           QStringLiteral("--private-key-file"),
                           QString::fromStdString((dir_ / "key").string())});
        QVERIFY2(r.code == 0, r.err.c_str());
    }

    void protectsFilesAndFoldersEndToEnd() {
        const fs::path folder = dir_ / "records";
        writeFile(folder / "scan.pdf", "%PDF-1.7\nnot really a pdf, but its magic bytes say so");
        writeFile(folder / "nested" / "notes.txt", "plain text");
        writeFile(folder / "empty.bin", "");
        writeFile(dir_ / "Tax return 2024.csv", "year,amount\n2024,12\n");
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("data"),
                           QStringLiteral("protect"), QString::fromStdString(folder.string()),
                           QString::fromStdString((dir_ / "Tax return 2024.csv").string()),
                           QStringLiteral("--name"), QStringLiteral("Medical records"),
                           QStringLiteral("--reveal-key")});
        QVERIFY2(r.code == 0, (r.err + r.out).c_str());
        const json op = r.document();
        verifyProtected(op, "Medical records");
        // Names sanitised, folders nested, types by magic bytes, the 0-byte file kept.
        const json expected = {{"records",
                                {{"empty_bin", "application/octet-stream"},
                                 {"nested", {{"notes_txt", "application/octet-stream"}}},
                                 {"scan_pdf", "application/pdf"}}},
                               {"Tax_return_2024_csv", "application/octet-stream"}};
        QCOMPARE(op.at("schema"), expected);
        // --reveal-key gave the key the SMS holds.
        const Address dataset = Address::fromHex(op.at("address").get<std::string>());
        const auto secret = sandbox_->services().sms().datasetSecret(dataset);
        QVERIFY(secret.has_value());
        QCOMPARE(std::string(reinterpret_cast<const char*>(secret->data()), secret->size()),
                 op.at("key").get<std::string>());
        // Nothing of it stays on disk: no encrypted copy, no sealed key.
        QVERIFY(fs::is_empty(fs::path(data_) / "protect"));
        QVERIFY(r.out.find("sealed") == std::string::npos);
        const Run list = cli({QStringLiteral("data"), QStringLiteral("operations")});
        QVERIFY2(list.out.find("Medical records") == std::string::npos, list.out.c_str());
    }

    void resumesAfterAKillAtEveryStep_data() {
        QTest::addColumn<QString>("step");
        for (const char* step :
             {"seal", "upload", "gateway", "register", "confirm", "push-key", "check-key"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void resumesAfterAKillAtEveryStep() {
        QFETCH(QString, step);
        const fs::path file = dir_ / ("killed-" + step.toStdString() + ".txt");
        writeFile(file, "killed at " + step.toStdString());
        const Run killed = cli({QStringLiteral("data"), QStringLiteral("protect"),
                                QString::fromStdString(file.string())},
                               {}, step);
        QCOMPARE(killed.code, 86); // the test hook's exit
        const std::int64_t id = lastOperationId();
        const json before = operation(id);
        QVERIFY2(before.is_object() && before.value("state", "") == "active",
                 before.dump().c_str());
        // The step's work was done but not journaled: the operation still stands at it.
        QCOMPARE(before.at("step").get<std::string>(), step.toStdString());
        // Once the transaction left, the operation can no longer be given up.
        const Run cancel =
            cli({QStringLiteral("data"), QStringLiteral("cancel"), QString::number(id)});
        const bool reachedChain = step != "seal" && step != "upload" && step != "gateway";
        if (reachedChain) {
            QCOMPARE(cancel.code, 1);
            QVERIFY2(cancel.err.find("resume it") != std::string::npos, cancel.err.c_str());
        } else {
            QVERIFY2(cancel.code == 0, cancel.err.c_str());
            QCOMPARE(operation(id).at("state").get<std::string>(), std::string("cancelled"));
            return; // cleanly given up; the resume of such steps is covered by the faults below
        }
        const Run resumed = cli({QStringLiteral("--json"), QStringLiteral("data"),
                                 QStringLiteral("resume"), QString::number(id)});
        QVERIFY2(resumed.code == 0, (resumed.err + resumed.out).c_str());
        verifyProtected(resumed.document().at("operations").at(0), file.filename().string());
    }

    void resumesAfterAKillBeforeTheChain_data() {
        QTest::addColumn<QString>("step");
        for (const char* step : {"seal", "upload", "gateway"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void resumesAfterAKillBeforeTheChain() {
        QFETCH(QString, step);
        const fs::path file = dir_ / ("resumed-" + step.toStdString() + ".txt");
        writeFile(file, "resumed after " + step.toStdString());
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("protect"),
                      QString::fromStdString(file.string())},
                     {}, step)
                     .code,
                 86);
        // Without an ID, resume carries on every unfinished operation.
        const Run resumed =
            cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("resume")});
        QVERIFY2(resumed.code == 0, (resumed.err + resumed.out).c_str());
        QCOMPARE(resumed.document().at("count").get<int>(), 1);
        QCOMPARE(resumed.document().at("operations").size(), std::size_t(1));
        verifyProtected(resumed.document().at("operations").at(0), file.filename().string());
    }

    // Three concurrent resumes of one operation each registered a dataset on chain; a resume
    // without an ID took over the operation another process was running.
    void oneProcessAtATimePerOperation() {
        const fs::path file = dir_ / "resumed-three-times.txt";
        writeFile(file, "registered once");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("protect"),
                      QString::fromStdString(file.string())},
                     {}, QStringLiteral("gateway"))
                     .code,
                 86);
        const std::int64_t id = lastOperationId();
        const auto owned = [&] {
            const Run list =
                cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("list")});
            return list.document().at("count").get<int>();
        };
        const int before = owned();
        std::vector<std::unique_ptr<QProcess>> runs;
        for (const QStringList& words :
             {QStringList{QStringLiteral("data"), QStringLiteral("resume"), QString::number(id)},
              QStringList{QStringLiteral("data"), QStringLiteral("resume"), QString::number(id)},
              QStringList{QStringLiteral("data"), QStringLiteral("resume")}}) {
            auto p = std::make_unique<QProcess>();
            p->setChildProcessModifier([] { ::setsid(); });
            p->start(QStringLiteral(STRONGROOM_CLI),
                     QStringList{QStringLiteral("--data-dir"), QString::fromStdString(data_),
                                 QStringLiteral("--password-file"),
                                 QString::fromStdString(password_), QStringLiteral("--network"),
                                 QString::fromStdString(profileFile_)} +
                         words);
            runs.push_back(std::move(p));
        }
        int succeeded = 0;
        for (auto& p : runs) {
            QVERIFY(p->waitForFinished(kCliRuns));
            const std::string err = p->readAllStandardError().toStdString();
            if (p->exitCode() == 0) {
                ++succeeded;
                continue;
            }
            QCOMPARE(p->exitCode(), 1);
            QVERIFY2(err.find("another process") != std::string::npos, err.c_str());
        }
        QVERIFY(succeeded >= 1);
        QCOMPARE(owned(), before + 1); // one dataset, not three
        verifyProtected(operation(id), "resumed-three-times.txt");
    }

    // The upload's progress line was printed again at every report of the finished upload;
    // the review before sealing gives the schema's size and the registration's gas.
    void progressLinesDoNotRepeat() {
        const fs::path file = dir_ / "two-megabytes.bin";
        writeFile(file, std::string(2 << 20, 'y'));
        const Run r = cli({QStringLiteral("data"), QStringLiteral("protect"),
                           QString::fromStdString(file.string())});
        QVERIFY2(r.code == 0, (r.err + r.out).c_str());
        std::size_t lines = 0;
        for (std::size_t at = r.out.find(" kB at "); at != std::string::npos;
             at = r.out.find(" kB at ", at + 1))
            ++lines;
        QVERIFY2(lines == 2, r.out.c_str()); // sealing and uploading, once each
        QVERIFY2(r.out.find("\r") == std::string::npos, r.out.c_str()); // not a terminal
        QVERIFY2(r.out.find("Schema ") != std::string::npos &&
                     r.out.find(" gas, at most ") != std::string::npos,
                 r.out.c_str());
    }

    // A folder of thousands of files makes a schema of hundreds of kB, paid for in gas: said
    // before anything is encrypted, and confirmed (--yes without a terminal).
    void aLargeSchemaNeedsAConfirmation() {
        const fs::path folder = dir_ / "many-files";
        for (int i = 0; i < 800; ++i)
            writeFile(folder / ("file-with-a-long-name-" + std::to_string(i) + ".txt"), "x");
        const std::int64_t before = lastOperationId();
        Run r = cli({QStringLiteral("data"), QStringLiteral("protect"),
                     QString::fromStdString(folder.string())});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("kB") != std::string::npos && r.err.find(" gas") != std::string::npos &&
                     r.err.find("--yes") != std::string::npos,
                 r.err.c_str());
        QVERIFY2(r.out.find("Encrypting") == std::string::npos, r.out.c_str());
        const std::int64_t id = lastOperationId();
        QVERIFY(id > before);
        QCOMPARE(operation(id).at("state").get<std::string>(), std::string("cancelled"));
        QVERIFY(
            !fs::exists(fs::path(data_) / "protect" / ("protect-" + std::to_string(id) + ".enc")));
        r = cli({QStringLiteral("data"), QStringLiteral("protect"), QStringLiteral("--yes"),
                 QString::fromStdString(folder.string())});
        QVERIFY2(r.code == 0, (r.err + r.out).c_str());
        QVERIFY2(r.err.find("kB") != std::string::npos, r.err.c_str()); // still said
    }

    // Too little ETH for the registration was found at the register step, after encrypting
    // and uploading: now before anything is done.
    void tooLittleEthIsFoundFirst() {
        writeFile(dir_ / "poor-key",
                  "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba");
        const fs::path poorData = dir_ / "poor-data";
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(STRONGROOM_CLI),
                {QStringLiteral("--data-dir"), QString::fromStdString(poorData.string()),
                 QStringLiteral("--password-file"), QString::fromStdString(password_),
                 QStringLiteral("wallet"), QStringLiteral("import"),
                 QStringLiteral("--private-key-file"),
                 QString::fromStdString((dir_ / "poor-key").string())});
        QVERIFY(p.waitForFinished(kCliRuns));
        QCOMPARE(p.exitCode(), 0);
        const std::string imported = p.readAllStandardOutput().toStdString();
        const std::size_t at = imported.find("0x");
        QVERIFY(at != std::string::npos);
        // Whatever the sandbox gave it, this account now has no ETH at all (anvil's own RPC).
        rpc_->call("anvil_setBalance", {imported.substr(at, 42), "0x0"});
        const fs::path file = dir_ / "unaffordable.txt";
        writeFile(file, "no money");
        p.start(QStringLiteral(STRONGROOM_CLI),
                {QStringLiteral("--data-dir"), QString::fromStdString(poorData.string()),
                 QStringLiteral("--password-file"), QString::fromStdString(password_),
                 QStringLiteral("--network"), QString::fromStdString(profileFile_),
                 QStringLiteral("data"), QStringLiteral("protect"),
                 QString::fromStdString(file.string())});
        QVERIFY(p.waitForFinished(kCliRuns));
        const std::string out = p.readAllStandardOutput().toStdString();
        const std::string err = p.readAllStandardError().toStdString();
        QVERIFY2(p.exitCode() == 1, (out + err).c_str());
        QVERIFY2(err.find("ETH") != std::string::npos &&
                     err.find("Nothing was encrypted or uploaded") != std::string::npos,
                 err.c_str());
        QVERIFY2(out.find("Encrypting") == std::string::npos, out.c_str());
        QVERIFY(!fs::exists(poorData / "protect") || fs::is_empty(poorData / "protect"));
    }

    // A data whose key never reached the SMS looked normal in list/show and could be granted.
    void aDataWithoutItsKeySaysSo() {
        const fs::path file = dir_ / "key-not-delivered.txt";
        writeFile(file, "its key stays here for now");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("protect"),
                      QString::fromStdString(file.string())},
                     {}, QStringLiteral("push-key"))
                     .code,
                 86);
        const std::int64_t id = lastOperationId();
        const json op = operation(id);
        QVERIFY2(op.is_object() && op.at("address").is_string(), op.dump().c_str());
        const QString address = QString::fromStdString(op.at("address").get<std::string>());
        Run r = cli(
            {QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("show"), address});
        QCOMPARE(r.document().at("state").get<std::string>(), std::string("key-not-delivered"));
        r = cli({QStringLiteral("data"), QStringLiteral("show"), address});
        QVERIFY2(r.out.find("Key not delivered yet: resume it with 'strongroom-cli data resume " +
                            std::to_string(id)) != std::string::npos,
                 r.out.c_str());
        r = cli({QStringLiteral("data"), QStringLiteral("list")});
        QVERIFY2(r.out.find("KEY NOT DELIVERED") != std::string::npos, r.out.c_str());
        r = cli({QStringLiteral("access"), QStringLiteral("grant"), address,
                 QStringLiteral("--app"),
                 QString::fromStdString(profile_.knownApps.at(0).address)});
        QVERIFY2(r.err.find("never reached the SMS") != std::string::npos, r.err.c_str());
        QVERIFY2(
            cli({QStringLiteral("data"), QStringLiteral("resume"), QString::number(id)}).code == 0,
            "resume");
        r = cli(
            {QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("show"), address});
        QCOMPARE(r.document().at("state").get<std::string>(), std::string("ready"));
    }

    void ipfsDownThenResumed() {
        NetworkProfile broken = profile_;
        broken.ipfsNode = "http://127.0.0.1:1";
        const fs::path file = dir_ / "ipfs-down.txt";
        writeFile(file, "uploaded later");
        const Run failed = cli({QStringLiteral("data"), QStringLiteral("protect"),
                                QString::fromStdString(file.string())},
                               writeProfile("no-ipfs", broken));
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.find("Could not reach 127.0.0.1:1") != std::string::npos,
                 failed.err.c_str());
        // Which service of the profile it was, not only host:port.
        QVERIFY2(failed.err.find("The IPFS node http://127.0.0.1:1") != std::string::npos,
                 failed.err.c_str());
        QVERIFY2(failed.err.find("data resume") != std::string::npos, failed.err.c_str());
        const std::int64_t id = lastOperationId();
        const json op = operation(id);
        QCOMPARE(op.at("state").get<std::string>(), std::string("failed"));
        QCOMPARE(op.at("step").get<std::string>(), std::string("upload"));
        QCOMPARE(op.at("error").at("code").get<std::string>(), std::string("network"));
        const Run resumed = cli({QStringLiteral("--json"), QStringLiteral("data"),
                                 QStringLiteral("resume"), QString::number(id)});
        QVERIFY2(resumed.code == 0, resumed.err.c_str());
        verifyProtected(resumed.document().at("operations").at(0), "ipfs-down.txt");
    }

    // The sealed bytes go straight to the IPFS node: protecting needs no free space of the
    // data's size on this computer (it did: a full disk failed the seal). 3 MiB protected with
    // the process unable to write a file past 1 MiB.
    void protectingNeedsNoLocalSpaceOfTheDataSize() {
        const fs::path file = dir_ / "larger-than-the-space-left.bin";
        writeFile(file, std::string(3 << 20, 'x'));
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("data"),
                           QStringLiteral("protect"), QString::fromStdString(file.string())},
                          {}, {}, rlim_t(1) << 20);
        QVERIFY2(r.code == 0, (r.err + r.out).c_str());
        verifyProtected(r.document(), "larger-than-the-space-left.bin");
    }

    void chainNodeDownThenResumed() {
        NetworkProfile broken = profile_;
        broken.rpcUrls = {"http://127.0.0.1:1"};
        const fs::path file = dir_ / "node-down.txt";
        writeFile(file, "registered later");
        const Run failed = cli({QStringLiteral("--json"), QStringLiteral("data"),
                                QStringLiteral("protect"), QString::fromStdString(file.string())},
                               writeProfile("no-node", broken));
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.find("127.0.0.1:1") != std::string::npos, failed.err.c_str());
        const std::int64_t id = lastOperationId();
        // A failed protect still gives a script its operation, to resume it.
        QVERIFY2(failed.document().is_object(), failed.out.c_str());
        QCOMPARE(failed.document().at("id").get<std::int64_t>(), id);
        QCOMPARE(failed.document().at("state").get<std::string>(), std::string("failed"));
        QCOMPARE(operation(id).at("step").get<std::string>(), std::string("register"));
        const Run resumed = cli({QStringLiteral("--json"), QStringLiteral("data"),
                                 QStringLiteral("resume"), QString::number(id)});
        QVERIFY2(resumed.code == 0, resumed.err.c_str());
        verifyProtected(resumed.document().at("operations").at(0), "node-down.txt");
    }

    void smsRefusingKeepsTheKey() {
        test::FaultyHttpServer fakeSms; // FAKE: an SMS that refuses, which the sandbox's won't
        test::FaultyHttpServer::Reply refuse;
        refuse.status = 401;
        fakeSms.script({refuse});
        NetworkProfile broken = profile_;
        broken.sms = fakeSms.url();
        const fs::path file = dir_ / "sms-refuses.txt";
        writeFile(file, "key handed over later");
        const Run failed = cli({QStringLiteral("data"), QStringLiteral("protect"),
                                QString::fromStdString(file.string())},
                               writeProfile("sms-refuses", broken));
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.find("is not allowed to set it") != std::string::npos,
                 failed.err.c_str());
        const std::int64_t id = lastOperationId();
        const json op = operation(id);
        QCOMPARE(op.at("step").get<std::string>(), std::string("push-key"));
        QVERIFY(!op.at("address").is_null()); // on chain, key kept: it must not be cancelled
        const Run cancel =
            cli({QStringLiteral("data"), QStringLiteral("cancel"), QString::number(id)});
        QCOMPARE(cancel.code, 1);
        const Run resumed = cli({QStringLiteral("--json"), QStringLiteral("data"),
                                 QStringLiteral("resume"), QString::number(id)});
        QVERIFY2(resumed.code == 0, resumed.err.c_str());
        verifyProtected(resumed.document().at("operations").at(0), "sms-refuses.txt");
    }

    void vanishedFileEndsInACleanCancel() {
        NetworkProfile broken = profile_;
        broken.ipfsNode = "http://127.0.0.1:1";
        const fs::path file = dir_ / "vanishing.txt";
        writeFile(file, "here, then gone");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("protect"),
                      QString::fromStdString(file.string())},
                     writeProfile("no-ipfs-2", broken))
                     .code,
                 1);
        const std::int64_t id = lastOperationId();
        // The source and the encrypted copy both disappear before the resume.
        fs::remove(file);
        for (const auto& entry : fs::directory_iterator(fs::path(data_) / "protect"))
            fs::remove(entry.path());
        const Run resumed =
            cli({QStringLiteral("data"), QStringLiteral("resume"), QString::number(id)});
        QCOMPARE(resumed.code, 1);
        QVERIFY2(resumed.err.find("vanishing.txt") != std::string::npos, resumed.err.c_str());
        QVERIFY2(resumed.err.find("data cancel") != std::string::npos, resumed.err.c_str());
        const Run cancel =
            cli({QStringLiteral("data"), QStringLiteral("cancel"), QString::number(id)});
        QVERIFY2(cancel.code == 0, cancel.err.c_str());
        QCOMPARE(operation(id).at("state").get<std::string>(), std::string("cancelled"));
    }

    void badInputsAreRefusedBeforeAnythingIsJournaled() {
        const std::int64_t before = lastOperationId();
        const Run missing = cli({QStringLiteral("data"), QStringLiteral("protect"),
                                 QString::fromStdString((dir_ / "absent.txt").string())});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.find("absent.txt") != std::string::npos, missing.err.c_str());
        if (::geteuid() != 0) { // root reads anything
            const fs::path locked = dir_ / "locked.txt";
            writeFile(locked, "secret");
            fs::permissions(locked, fs::perms::none);
            const Run unreadable = cli({QStringLiteral("data"), QStringLiteral("protect"),
                                        QString::fromStdString(locked.string())});
            QCOMPARE(unreadable.code, 1);
            QVERIFY2(unreadable.err.find("locked.txt") != std::string::npos,
                     unreadable.err.c_str());
        }
        const Run usage = cli({QStringLiteral("data"), QStringLiteral("protect")});
        QCOMPARE(usage.code, 2);
        QCOMPARE(lastOperationId(), before);
    }

    void cleanupTestCase() {
        if (sandbox_)
            sandbox_->stop();
    }
};

QTEST_GUILESS_MAIN(ProtectCliTest)
#include "tst_protectcli.moc"
