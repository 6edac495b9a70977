// The sandbox chain: first start deploys everything, a second start with the same state
// folder loads it (no redeployment), and the sandbox contracts behave like the real ones.
#include "Timeouts.h"
#include "eth/Abi.h"
#include "eth/AbiJson.h"
#include "eth/Hex.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/SandboxChain.h"
#include "sandbox/SandboxContracts.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sr::test::timeouts;

using namespace sr;
using eth::AbiType;
using eth::AbiValue;
using eth::Address;
using sandbox::SandboxChain;

class SandboxChainTest : public QObject {
    Q_OBJECT
    QTemporaryDir state_;

private slots:
    void embeddedContractsMatchTheirSources() {
        // The committed JSON must be what resources/contracts/compile.mjs makes of the sources.
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("SKIPPED LOUDLY: node is not installed, cannot recompile the contracts");
        QTemporaryDir out;
        QProcess node;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRONGROOM_NODE_MODULES"),
                   QStringLiteral(STRONGROOM_NODE_MODULES));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"),
                   {QStringLiteral(STRONGROOM_SOURCE_DIR "/resources/contracts/compile.mjs"),
                    out.path() + QStringLiteral("/SandboxContracts.json")});
        QVERIFY(node.waitForFinished(kPipelineEnds));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        QFile fresh(out.path() + QStringLiteral("/SandboxContracts.json"));
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        QCOMPARE(fresh.readAll().toStdString(), sandbox::SandboxContracts::embeddedJson());
    }

    void firstStartDeploysEverything() {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::string> steps;
        SandboxChain chain({std::filesystem::path(state_.path().toStdString()), 0},
                           [&](const std::string& s) { steps.push_back(s); });
        qInfo("sandbox chain deployed in %lld ms (%zu steps)", timer.elapsed(), steps.size());
        QVERIFY(!chain.loadedFromState());
        const auto& d = chain.deployment();
        QCOMPARE(d.apps.size(), size_t(3));
        sandbox::DevAccountSender user(
            chain.rpc(), Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"));
        // DataProtector: createDatasetWithSchema registers a dataset and emits DatasetSchema.
        const Bytes checksum(32, 0xab);
        const auto receipt = user.transact(
            d.dataProtector, "createDatasetWithSchema(address,string,string,bytes,bytes32)",
            {AbiValue::address(user.from()), AbiValue::string("my-email"),
             AbiValue::string("{\"email\":\"string\"}"), AbiValue::bytes({0xa5, 0x03}),
             AbiValue::bytes(checksum)});
        const auto schemaEvent =
            eth::AbiSignature::parse("DatasetSchema(address indexed dataset, string schema)");
        const auto topic = eth::Abi::eventTopic(schemaEvent.canonical());
        bool found = false;
        for (const auto& log : receipt.at("logs")) {
            std::vector<Hash32> topics;
            for (const auto& t : log.at("topics"))
                topics.push_back(eth::fromHexFixed<32>(t.get<std::string>()));
            if (topics.empty() || topics[0] != topic)
                continue;
            const auto values = eth::Abi::decodeEvent(
                schemaEvent, topics, eth::fromHex(log.at("data").get<std::string>()));
            QCOMPARE(values[1].asString(), std::string("{\"email\":\"string\"}"));
            const Address dataset = values[0].asAddress();
            const auto owner = user.call(dataset, "owner()", {}, {AbiType::address()});
            QCOMPARE(owner[0].asAddress(), user.from());
            const auto name = user.call(dataset, "m_datasetName()", {}, {AbiType::string()});
            QCOMPARE(name[0].asString(), std::string("my-email"));
            found = true;
        }
        QVERIFY(found);
        // The whitelist lists every sandbox app, and nothing else. No app has an MREnclave
        // (SDK 9 refuses one): their TEE framework is their app orders' tag, as on Arbitrum.
        for (const auto& app : d.apps) {
            const auto enclave = user.call(app.address, "m_appMREnclave()", {}, {AbiType::bytes()});
            QVERIFY2(enclave[0].asBytes().empty(), app.name.c_str());
            Bytes key(32, 0);
            std::copy(app.address.bytes().begin(), app.address.bytes().end(), key.begin() + 12);
            const auto member =
                user.call(d.appWhitelist, "keyHasPurpose(bytes32,uint256)",
                          {AbiValue::bytes(key), AbiValue::number(4)}, {AbiType::boolean()});
            QVERIFY(member[0].asBool());
        }
        const auto stranger =
            user.call(d.appWhitelist, "keyHasPurpose(bytes32,uint256)",
                      {AbiValue::bytes(Bytes(32, 1)), AbiValue::number(4)}, {AbiType::boolean()});
        QVERIFY(!stranger[0].asBool());
        chain.stop();
    }

    void secondStartLoadsTheSavedChain() {
        QElapsedTimer timer;
        timer.start();
        SandboxChain chain({std::filesystem::path(state_.path().toStdString()), 0});
        qInfo("sandbox chain loaded in %lld ms", timer.elapsed());
        QVERIFY(chain.loadedFromState());
        // The dataset created before the restart is still there.
        sandbox::DevAccountSender reader(chain.rpc(), SandboxChain::ownerAccount());
        const auto count = reader.call(
            chain.deployment().poco.datasetRegistry, "balanceOf(address)",
            {AbiValue::address(Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"))},
            {AbiType::uint()});
        QCOMPARE(count[0].asNumber(), eth::U256(1));
        chain.stop();
    }

    // A state saved when the sandbox's apps were registered with an MREnclave (which SDK 9
    // refuses): the next start registers them again without one, in the whitelist, and the
    // record names the new ones; the start after that changes nothing.
    void anOldStateGetsItsAppsWithoutAnEnclave() {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString();
        Address old;
        {
            SandboxChain chain({path, 0});
            sandbox::DevAccountSender scheduler(chain.rpc(), SandboxChain::schedulerAccount());
            const auto& d = chain.deployment();
            const std::string image = "strongroom/sandbox-content-reader:1.0.0";
            const std::string enclave = R"({"framework":"TDX"})";
            scheduler.transact(
                d.poco.appRegistry, "createApp(address,string,string,bytes,bytes32,bytes)",
                {AbiValue::address(scheduler.from()), AbiValue::string("Sandbox Content Reader"),
                 AbiValue::string("DOCKER"), AbiValue::bytes(Bytes(image.begin(), image.end())),
                 AbiValue::bytes(Bytes(32, 0x11)),
                 AbiValue::bytes(Bytes(enclave.begin(), enclave.end()))});
            const auto owned =
                scheduler
                    .call(d.poco.appRegistry, "balanceOf(address)",
                          {AbiValue::address(scheduler.from())}, {AbiType::uint()})[0]
                    .asNumber();
            // A registry token id is the app's address.
            const auto tokenAddress = [](const eth::U256& id) {
                const auto word = id.toBigEndian();
                return Address::fromBytes(ByteView(word.data() + 12, 20));
            };
            old = tokenAddress(scheduler
                                   .call(d.poco.appRegistry, "tokenOfOwnerByIndex(address,uint256)",
                                         {AbiValue::address(scheduler.from()),
                                          AbiValue::number(owned - eth::U256(1))},
                                         {AbiType::uint()})[0]
                                   .asNumber());
            chain.stop();
        }
        auto record = nlohmann::json::parse(readFile(SandboxChain::deploymentFile(path)));
        bool named = false;
        for (auto& app : record["apps"])
            if (app["name"] == "Sandbox Content Reader") {
                app["address"] = old.toChecksumHex();
                named = true;
            }
        QVERIFY(named);
        writeFileAtomic(SandboxChain::deploymentFile(path), record.dump());

        Address renewed;
        {
            SandboxChain chain({path, 0});
            QVERIFY(chain.loadedFromState());
            sandbox::DevAccountSender reader(chain.rpc(), SandboxChain::ownerAccount());
            for (const auto& app : chain.deployment().apps) {
                const auto mrenclave =
                    reader.call(app.address, "m_appMREnclave()", {}, {AbiType::bytes()});
                QVERIFY2(mrenclave[0].asBytes().empty(), app.name.c_str());
                if (app.name == "Sandbox Content Reader")
                    renewed = app.address;
            }
            QVERIFY(!renewed.isZero());
            QVERIFY(renewed != old);
            Bytes key(32, 0);
            std::copy(renewed.bytes().begin(), renewed.bytes().end(), key.begin() + 12);
            const auto member =
                reader.call(chain.deployment().appWhitelist, "keyHasPurpose(bytes32,uint256)",
                            {AbiValue::bytes(key), AbiValue::number(4)}, {AbiType::boolean()});
            QVERIFY(member[0].asBool());
            chain.stop();
        }
        const auto saved = nlohmann::json::parse(readFile(SandboxChain::deploymentFile(path)));
        const auto again = std::find_if(saved["apps"].begin(), saved["apps"].end(), [](auto& a) {
            return a["name"] == "Sandbox Content Reader";
        });
        QCOMPARE(Address::fromHex((*again)["address"].get<std::string>()), renewed);
        SandboxChain chain({path, 0});
        for (const auto& app : chain.deployment().apps)
            if (app.name == "Sandbox Content Reader")
                QCOMPARE(app.address, renewed);
        chain.stop();
    }

    void aMismatchedRecordIsRefused() {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString();
        {
            SandboxChain chain({path, 0});
            chain.stop();
        }
        auto record = nlohmann::json::parse(readFile(SandboxChain::deploymentFile(path)));
        record["poco"]["datasetRegistry"] = "0x0000000000000000000000000000000000000001";
        writeFileAtomic(SandboxChain::deploymentFile(path), record.dump());
        try {
            SandboxChain chain({path, 0});
            QFAIL("a mismatched record was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
    }
};

QTEST_GUILESS_MAIN(SandboxChainTest)
#include "tst_sandboxchain.moc"
