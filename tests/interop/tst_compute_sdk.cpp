// The real SDKs computing on the sandbox workerpool (issue 14): @iexec/dataprotector's
// protectData, grantAccess, processProtectedData and getResultFromCompletedTask, plain and with
// an encrypted result, and iexec's task.show and decryptResult, all against the sandbox (see
// compute_sdk.mjs). What the SDK reads must be what the worker wrote on chain and on IPFS.

#include "../integration/WorkerTestKit.h"
#include "NodeScript.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "iexec/PocoHub.h"
#include "sandbox/SandboxNetwork.h"
#include "sandbox/WorkerProtocol.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;
using eth::Address;
using json = nlohmann::json;

class ComputeSdkTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;

private slots:
    void initTestCase() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        try {
            sandbox::SandboxNetwork::Options options{
                std::filesystem::path(tmp_.path().toStdString()) / "sandbox"};
            options.worker = true;
            options.appProgram = STRONGROOM_SANDBOX;
            net_ = std::make_unique<sandbox::SandboxNetwork>(options);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase() { net_.reset(); }

    void processProtectedDataCompletesAndReturnsTheOutput() {
        const auto profile = net_->profile();
        // The sandbox's own Content Reader: registered without an MREnclave (SDK 9's
        // checkAppRequirements refuses any app that has one), its TDX app orders published by
        // the workerpool, as a TDX app is on Arbitrum.
        Address reader;
        for (const auto& app : net_->deployment().apps)
            if (app.name == "Sandbox Content Reader")
                reader = app.address;
        QVERIFY(!reader.isZero());
        try {
            test::WorkerTestKit(*net_).waitForOrders(reader);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        const json input = {{"rpcUrl", profile.rpcUrls.at(0)},
                            {"hubAddress", profile.hub},
                            {"smsURL", profile.sms},
                            {"iexecGatewayURL", profile.marketApi},
                            {"ipfsNode", profile.ipfsNode},
                            {"ipfsGateway", profile.ipfsGateway},
                            {"dataProtector", profile.dataProtector},
                            {"workerpool", profile.workerpool},
                            {"app", reader.toChecksumHex()},
                            {"ownerKey", eth::toHex(test::devKey(2).key.view())},
                            {"requesterKey", eth::toHex(test::devKey(3).key.view())}};
        const json out = test::runNode("compute_sdk.mjs", input);
        QVERIFY2(!out.is_null(), "the node script failed");
        const auto expectNoError = [&](const char* step) {
            QVERIFY2(out.contains(step) && !out[step].contains("error"),
                     (std::string(step) + ": " + out.value(step, json()).dump()).c_str());
        };
        expectNoError("protected");
        expectNoError("granted");
        expectNoError("plain");
        const auto& plain = out["plain"];
        QCOMPARE(plain["show"]["statusName"].get<std::string>(), std::string("COMPLETED"));
        QCOMPARE(plain["show"]["results"]["storage"].get<std::string>(), std::string("ipfs"));
        QCOMPARE(plain["report"]["fields"].size(), std::size_t(2));
        QVERIFY(plain["report"].dump().find("someone@example.org") == std::string::npos);
        // The same results field on chain as the real worker writes.
        eth::JsonRpcClient rpc(profile.rpcUrls);
        eth::ContractCaller caller(rpc);
        const auto task =
            caller.call(iexec::PocoHub(Address::fromHex(profile.hub))
                            .viewTask(eth::fromHexFixed<32>(plain["taskId"].get<std::string>())));
        const std::string results(task.results.begin(), task.results.end());
        QCOMPARE(results, sandbox::ipfsResultsField(
                              plain["show"]["results"]["location"].get<std::string>().substr(6)));
        qInfo("processProtectedData end to end: %.1f s (the SDK polls the task every 5 s)",
              plain["seconds"].get<double>());

        expectNoError("encrypted");
        QCOMPARE(out["encrypted"]["show"]["statusName"].get<std::string>(),
                 std::string("COMPLETED"));
        QVERIFY(out["encrypted"]["computed"].contains("deterministic-output-path"));
        expectNoError("decrypted");
        QCOMPARE(out["decrypted"]["outer"].dump(),
                 std::string("[\"aes-key.rsa\",\"iexec_out.zip.aes\"]"));
        QCOMPARE(out["decrypted"]["entries"].dump(),
                 std::string("[\"computed.json\",\"report.json\"]"));
    }
};

QTEST_GUILESS_MAIN(ComputeSdkTest)
#include "tst_compute_sdk.moc"
