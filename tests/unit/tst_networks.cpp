#include "eth/Signer.h"
#include "iexec/NetworkRegistry.h"
#include "iexec/SmsClient.h"
#include "store/AppSettings.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;

namespace {

AppPaths pathsIn(const QTemporaryDir& dir) {
    return resolveAppPaths(std::filesystem::path(dir.path().toStdString()));
}

NetworkProfile customProfile() {
    NetworkProfile p = builtinNetworks().at(1);
    p.name = "my-rollup";
    p.displayName = "My rollup";
    p.chainId = 777;
    p.rpcUrls = {"http://127.0.0.1:8545"};
    p.knownApps.clear();
    return p;
}

} // namespace

class NetworksTest : public QObject {
    Q_OBJECT
private slots:
    void builtinsCarryTheRealAddresses() {
        const auto& nets = builtinNetworks();
        QCOMPARE(nets.size(), size_t(2));
        QCOMPARE(nets[0].name, std::string("arbitrum-mainnet"));
        QCOMPARE(nets[0].chainId, std::uint64_t(42161));
        QCOMPARE(nets[0].hub, std::string("0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0"));
        QCOMPARE(nets[0].dataProtector, std::string("0xF08f91F7646FDb95a4E24977b8Db91318252A667"));
        QCOMPARE(nets[0].kind, NetworkKind::Mainnet);
        QCOMPARE(nets[1].name, std::string("arbitrum-sepolia"));
        QCOMPARE(nets[1].chainId, std::uint64_t(421614));
        QCOMPARE(nets[1].hub, std::string("0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E"));
        QCOMPARE(nets[1].dataProtector, std::string("0x168eaf6c33a77e3cad9db892452f51a5d91df621"));
        QCOMPARE(nets[1].sms, std::string("https://sms.arbitrum-sepolia-testnet.iex.ec"));
        QCOMPARE(nets[1].kind, NetworkKind::Testnet);
        for (const auto& n : nets)
            n.validate(); // throws if a shipped value is malformed
    }

    void contractAddressesOrAClearError() {
        NetworkProfile p = builtinNetworks()[1];
        QCOMPARE(p.hubAddress(), eth::Address::fromHex(p.hub));
        QCOMPARE(p.dataProtectorAddress(), eth::Address::fromHex(p.dataProtector));
        // A profile never validated (built in code): the error names it and the missing contract.
        p.hub = "not an address";
        p.dataProtector.clear();
        for (const auto& [read, what] : std::vector<std::pair<std::function<void()>, std::string>>{
                 {[&] { p.hubAddress(); }, "hub"},
                 {[&] { p.dataProtectorAddress(); }, "DataProtector"}}) {
            try {
                read();
                QFAIL("an invalid address was read");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::InvalidArgument);
                QCOMPARE(std::string(e.what()),
                         "The network profile \"arbitrum-sepolia\" has no valid " + what +
                             " address.");
            }
        }
    }

    void explorerPagesOfAddresses() {
        NetworkProfile p = builtinNetworks()[0];
        const auto a = eth::Address::fromHex("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
        QCOMPARE(
            p.explorerPage(a),
            std::string("https://arbiscan.io/address/0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"));
        p.explorer = "https://explorer.example/chain/";
        QCOMPARE(p.explorerPage(a), "https://explorer.example/chain/address/" + a.toChecksumHex());
        p.explorer.clear();
        QVERIFY(p.explorerPage(a).empty());
    }

    void jsonRoundTrip() {
        for (const auto& n : builtinNetworks())
            QCOMPARE(NetworkProfile::fromJson(n.toJson()), n);
    }

    void fromJsonRejectsBadDocuments_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<int>("code");
        QTest::newRow("not an object") << "[]" << int(ErrorCode::Corrupt);
        QTest::newRow("chain id as text") << R"({"chainId":"42161"})" << int(ErrorCode::Corrupt);
        QTest::newRow("negative chain id") << R"({"chainId":-1})" << int(ErrorCode::Corrupt);
        QTest::newRow("zero chain id") << R"({"chainId":0})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("hub missing") << R"({"hub":null})" << int(ErrorCode::Corrupt);
        QTest::newRow("hub short") << R"({"hub":"0x1234"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("sms not a url") << R"({"sms":"ftp://x"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("sms over http")
            << R"({"sms":"http://sms.example.org"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("sms over http on the LAN")
            << R"({"sms":"http://192.168.1.20:13300"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("sms over http, loopback-looking name")
            << R"({"sms":"http://127.0.0.1.evil.example"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("sms over http with user info")
            << R"({"sms":"http://localhost@evil.example"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("no rpc") << R"({"rpcUrls":[]})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("rpc not text") << R"({"rpcUrls":[1]})" << int(ErrorCode::Corrupt);
        QTest::newRow("bad kind") << R"({"kind":"prod"})" << int(ErrorCode::Corrupt);
        QTest::newRow("bad name") << R"({"name":"Has Spaces"})" << int(ErrorCode::InvalidArgument);
        QTest::newRow("apps not a list") << R"({"knownApps":{}})" << int(ErrorCode::Corrupt);
        QTest::newRow("app bad type")
            << R"({"knownApps":[{"name":"x","address":"0x0000000000000000000000000000000000000001","type":"robot"}]})"
            << int(ErrorCode::Corrupt);
    }
    void fromJsonRejectsBadDocuments() {
        QFETCH(QString, mutation);
        QFETCH(int, code);
        nlohmann::json json = builtinNetworks()[0].toJson();
        const auto patch = nlohmann::json::parse(mutation.toStdString());
        if (!patch.is_object()) {
            json = patch;
        } else {
            for (auto it = patch.begin(); it != patch.end(); ++it) {
                if (it->is_null())
                    json.erase(it.key());
                else
                    json[it.key()] = *it;
            }
        }
        try {
            NetworkProfile::fromJson(json);
            QFAIL("accepted a bad profile");
        } catch (const Error& e) {
            QCOMPARE(int(e.code()), code);
            QVERIFY(std::string(e.what()).size() > 10);
        }
    }

    void smsOverHttpOnlyToThisComputer() {
        for (const char* url :
             {"http://127.0.0.1:13300", "http://localhost:8080/", "http://[::1]:1",
              "http://LOCALHOST:1", "http://127.1.2.3", "https://sms.example.org"}) {
            NetworkProfile p = customProfile();
            p.sms = url;
            p.validate();
            QVERIFY2(isPrivateTransportUrl(url), url);
        }
        for (const char* url :
             {"http://sms.example.org", "http://10.0.0.1", "http://127.0.0.1.nip.io",
              "http://127.0.0.256", "http://[::1]x", "http://localhost.example",
              "http://user@127.0.0.1", "ftp://127.0.0.1"})
            QVERIFY2(!isPrivateTransportUrl(url), url);
        // The client refuses too (a profile validated by an older version): nothing is sent,
        // so the unreachable address gives no network error, only the refusal.
        iexec::SmsClient client("http://10.255.255.1:9");
        const eth::PrivateKeySigner owner(crypto::SecretBytes(ByteView(Bytes(32, 7))));
        const Bytes raw(32, 1);
        const crypto::SecretBytes key{ByteView{raw}};
        try {
            client.pushDatasetSecret(eth::Address{}, key, owner);
            QFAIL("a key was sent over http");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(std::string(e.what()).find("was not sent") != std::string::npos, e.what());
        }
    }

    void registryWithoutFileListsBuiltins() {
        QTemporaryDir dir;
        const auto registry = NetworkRegistry::load(pathsIn(dir));
        const auto list = registry.list();
        QCOMPARE(list.size(), size_t(2));
        QCOMPARE(list[0].origin, NetworkOrigin::Builtin);
        QCOMPARE(registry.resolve("arbitrum-sepolia").profile.chainId, std::uint64_t(421614));
    }

    void editsAndCustomProfilesPersist() {
        QTemporaryDir dir;
        const auto paths = pathsIn(dir);
        {
            auto registry = NetworkRegistry::load(paths);
            NetworkProfile edited = builtinNetworks()[0];
            edited.rpcUrls = {"https://rpc.example.org/arb"};
            registry.save(edited);
            registry.save(customProfile());
            registry.write();
        }
        QFileInfo info(QString::fromStdString(paths.networksFile().string()));
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        auto reloaded = NetworkRegistry::load(paths);
        const auto mainnet = reloaded.resolve("arbitrum-mainnet");
        QCOMPARE(mainnet.origin, NetworkOrigin::BuiltinEdited);
        QCOMPARE(mainnet.profile.rpcUrls.front(), std::string("https://rpc.example.org/arb"));
        QCOMPARE(reloaded.resolve("my-rollup").profile.chainId, std::uint64_t(777));
        QCOMPARE(reloaded.resolve("my-rollup").origin, NetworkOrigin::Custom);

        reloaded.resetBuiltin("arbitrum-mainnet");
        reloaded.removeCustom("my-rollup");
        reloaded.write();
        const auto again = NetworkRegistry::load(paths);
        QCOMPARE(again.resolve("arbitrum-mainnet").origin, NetworkOrigin::Builtin);
        QCOMPARE(again.list().size(), size_t(2));
    }

    void savingTheShippedValuesDropsTheOverride() {
        QTemporaryDir dir;
        auto registry = NetworkRegistry::load(pathsIn(dir));
        NetworkProfile edited = builtinNetworks()[1];
        edited.sms = "https://sms.example.org";
        registry.save(edited);
        QCOMPARE(registry.resolve("arbitrum-sepolia").origin, NetworkOrigin::BuiltinEdited);
        registry.save(builtinNetworks()[1]);
        QCOMPARE(registry.resolve("arbitrum-sepolia").origin, NetworkOrigin::Builtin);
    }

    void refusesWhatWouldConfuse() {
        QTemporaryDir dir;
        auto registry = NetworkRegistry::load(pathsIn(dir));
        NetworkProfile otherChain = builtinNetworks()[0];
        otherChain.chainId = 1;
        QVERIFY_THROWS_EXCEPTION(Error, registry.save(otherChain));
        NetworkProfile sandbox = customProfile();
        sandbox.name = "sandbox";
        QVERIFY_THROWS_EXCEPTION(Error, registry.save(sandbox));
        QVERIFY_THROWS_EXCEPTION(Error, registry.removeCustom("arbitrum-mainnet"));
        try {
            registry.resolve("nowhere");
            QFAIL("resolved an unknown network");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
            QVERIFY(std::string(e.what()).find("arbitrum-sepolia") != std::string::npos);
        }
    }

    void sandboxAndFileProfilesResolve() {
        QTemporaryDir dir;
        const auto paths = pathsIn(dir);
        auto registry = NetworkRegistry::load(paths);
        try {
            registry.resolve("sandbox");
            QFAIL("a sandbox that never ran resolved");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
            QVERIFY(std::string(e.what()).find("strongroom-sandbox up") != std::string::npos);
        }
        NetworkProfile local = customProfile();
        local.kind = NetworkKind::Sandbox;
        writeFileAtomic(paths.sandboxDir() / "network.json", local.toJson().dump());
        const auto sandbox = registry.resolve("sandbox");
        QCOMPARE(sandbox.origin, NetworkOrigin::Sandbox);
        QCOMPARE(sandbox.profile.name, std::string("sandbox"));
        QCOMPARE(registry.list().back().origin, NetworkOrigin::Sandbox);

        const auto file = paths.dataDir / "elsewhere.json";
        writeFileAtomic(file, local.toJson().dump());
        const auto fromFile = registry.resolve(file.string());
        QCOMPARE(fromFile.origin, NetworkOrigin::File);
        QCOMPARE(fromFile.profile.chainId, std::uint64_t(777));

        writeFileAtomic(file, "{ not json");
        try {
            registry.resolve(file.string());
            QFAIL("a broken profile file resolved");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
    }

    void brokenFileIsReportedAndKeptAside() {
        QTemporaryDir dir;
        const auto paths = pathsIn(dir);
        for (const char* text :
             {"{ broken", "[]", R"({"custom":{}})", R"({"custom":[{"name":"x"}]})"}) {
            writeFileAtomic(paths.networksFile(), text);
            try {
                NetworkRegistry::load(paths);
                QFAIL(text);
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Corrupt);
                QVERIFY(std::string(e.what()).find("networks.json") != std::string::npos);
            }
        }
        const auto aside = setFileAside(paths.networksFile());
        QVERIFY(std::filesystem::exists(aside));
        QCOMPARE(readFile(aside), std::string(R"({"custom":[{"name":"x"}]})"));
        QCOMPARE(NetworkRegistry::load(paths).list().size(), size_t(2));
    }
};

QTEST_APPLESS_MAIN(NetworksTest)
#include "tst_networks.moc"
