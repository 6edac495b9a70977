// The protect pipeline (iexec/ProtectPipeline.h, called as the GUI calls it) on the whole
// sandbox, then the real iexec SDK reading what it made: showDataset gives the owner, name,
// multiaddr and checksum the pipeline reported, the owner's dataset list ends with it, and the
// SDK's SMS check finds the key. The pipeline's progress reports are checked on the way.

#include "../integration/SandboxTestChain.h"
#include "NodeScript.h"
#include "eth/TransactionManager.h"
#include "iexec/DatasetCipher.h"
#include "iexec/Multiaddr.h"
#include "iexec/ProtectPipeline.h"
#include "sandbox/SandboxNetwork.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <set>

using namespace sr;
using nlohmann::json;
namespace fs = std::filesystem;

class ProtectSdkTest : public QObject {
    Q_OBJECT

private slots:
    void theSdkReadsWhatThePipelineMade() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const fs::path dir = tmp.path().toStdString();
        try {
            sandbox::SandboxNetwork network({dir / "sandbox"});
            const NetworkProfile profile = network.profile();
            eth::JsonRpcClient rpc(profile.rpcUrls);
            iexec::ProtectJournal journal(dir / "db.sqlite");
            PendingTransactions transactions(dir / "db.sqlite");
            eth::TransactionManager manager(rpc, transactions, profile.chainId);
            iexec::ProtectPipeline pipeline(
                profile, manager, journal,
                {.workDir = dir / "work", .keyCost = {.n = 1u << 10, .r = 8, .p = 1}});
            const eth::PrivateKeySigner signer(test::devKey(4).key.clone());

            std::ofstream(dir / "email.txt") << "someone@example.org";
            std::set<iexec::ProtectStep> seen;
            std::uint64_t sealedBytes = 0;
            const iexec::ProtectOperation op =
                pipeline.start({.paths = {dir / "email.txt"}, .name = "SDK reads this"}, signer,
                               "pw", [&](const iexec::ProtectProgress& p) {
                                   seen.insert(p.step);
                                   if (p.step == iexec::ProtectStep::Seal)
                                       sealedBytes = std::max(sealedBytes, p.done);
                               });
            QCOMPARE(op.state, iexec::ProtectState::Done);
            QCOMPARE(seen.size(), std::size_t(7)); // every step reported
            QVERIFY(sealedBytes > 0);
            QVERIFY(op.sealedKey.empty());
            QVERIFY(pipeline.unfinished().empty());

            const json r =
                test::runNode("protect_sdk.mjs", {{"rpcUrl", profile.rpcUrls.front()},
                                                  {"hubAddress", profile.hub},
                                                  {"smsURL", profile.sms},
                                                  {"dataset", op.dataset->toChecksumHex()},
                                                  {"owner", signer.address().toChecksumHex()}});
            QVERIFY2(r.is_object() && !r.contains("error"), r.dump().c_str());
            const json& show = r.at("show");
            QCOMPARE(show.at("address"), json(op.dataset->toChecksumHex()));
            QCOMPARE(show.at("owner"), json(signer.address().toChecksumHex()));
            QCOMPARE(show.at("name"), json("SDK reads this"));
            QCOMPARE(show.at("multiaddr"),
                     json(iexec::p2pMultiaddrString(iexec::Cid::parse(op.cid))));
            QCOMPARE(show.at("checksum"), json(iexec::checksumHex(*op.checksum)));
            QCOMPARE(r.at("secretExists"), json(true));
            QCOMPARE(r.at("lastAddress"), json(op.dataset->toChecksumHex()));

            // The sealed key opens only with the password it was sealed with; an operation
            // that never reached the chain is given up cleanly.
            const std::int64_t id =
                pipeline.create({.paths = {dir / "email.txt"}}, signer.address(), "pw");
            QCOMPARE(pipeline.find(id).name, std::string("email.txt"));
            QVERIFY(pipeline.find(id).sealedKey.find("ciphertext") != std::string::npos);
            try {
                pipeline.run(id, signer, "not the password");
                QFAIL("a wrong password ran the operation");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::WrongPassword);
            }
            QCOMPARE(pipeline.revealKey(id, "pw").size(), std::size_t(44));
            QCOMPARE(pipeline.cancel(id).state, iexec::ProtectState::Cancelled);
            QVERIFY(pipeline.find(id).sealedKey.empty());
            network.stop();
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }
};

QTEST_GUILESS_MAIN(ProtectSdkTest)
#include "tst_protect_sdk.moc"
