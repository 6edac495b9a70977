// The live suite (ctest label `live`, `packaging/dev.sh test --live`, left out of the default
// run): read-only checks that the real Arbitrum Sepolia and Arbitrum One, and iExec's real
// services on them, still answer as our clients expect. Everything goes through the clients
// the app uses, with the shipped network profiles (core/iexec/NetworkRegistry.cpp,
// NetworkProfile.cpp): the chain and the hub, the market's orderbook and login challenge, the
// SMS's HEAD check, the IPFS gateway, a protected data's schema and a task. Nothing is signed
// or sent. Without internet it says so loudly and skips (the allowed skip "live: no internet").
//
// The protected data and the task are the latest ones the chain shows (a DatasetSchema event of
// DataProtector, a TaskFinalize of the hub, in the last blocks), so that the suite does not
// depend on one that may vanish; STRONGROOM_LIVE_<NETWORK>_DATASET / _TASK (NETWORK as
// ARBITRUM_SEPOLIA or ARBITRUM_MAINNET) pin known ones instead.

#include "eth/Abi.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/LogScanner.h"
#include "iexec/Cid.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/IpfsClient.h"
#include "iexec/MarketClient.h"
#include "iexec/Multiaddr.h"
#include "iexec/NetworkProfile.h"
#include "iexec/PocoHub.h"
#include "iexec/ProtectedData.h"
#include "iexec/SmsClient.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cstdlib>

using namespace sr;
using eth::Address;

namespace {

// How far back the latest protected data and task are looked for (Arbitrum makes about four
// blocks a second: a few days).
constexpr std::uint64_t kLookBack = 2'000'000;

const NetworkProfile& network(const QString& name) {
    for (const auto& p : builtinNetworks())
        if (p.name == name.toStdString())
            return p;
    throw Error(ErrorCode::NotFound, "no shipped network " + name.toStdString());
}

std::optional<std::string> pinned(const NetworkProfile& p, const char* what) {
    std::string name = "STRONGROOM_LIVE_" + p.name + "_" + what;
    std::transform(name.begin(), name.end(), name.begin(), [](char c) {
        return c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    });
    const char* value = std::getenv(name.c_str());
    return value && *value ? std::optional<std::string>(value) : std::nullopt;
}

eth::JsonRpcClient::Options patient() {
    eth::JsonRpcClient::Options o;
    o.timeout = std::chrono::seconds(20);
    o.maxAttempts = 3;
    return o;
}

// The latest log of `event` emitted by `contract` in the last kLookBack blocks, newest first,
// read backwards in windows as the app's LogScanner reads forwards.
std::optional<eth::Log> latestLog(eth::JsonRpcClient& rpc, const Address& contract,
                                  std::string_view event) {
    eth::LogFilter filter;
    filter.addresses = {contract};
    filter.topics = {{eth::Abi::eventTopic(event)}};
    eth::LogScanner scanner(rpc);
    const std::uint64_t head = rpc.blockNumber();
    const std::uint64_t floor = head > kLookBack ? head - kLookBack : 0;
    for (std::uint64_t to = head, window = 50'000; to > floor;) {
        const std::uint64_t from = to - std::min(window, to - floor);
        const auto logs = scanner.scan(filter, from + 1, to);
        if (!logs.empty())
            return logs.back();
        to = from;
        window *= 2;
    }
    return std::nullopt;
}

} // namespace

class LiveTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase() {
        // Internet or not: both networks' RPC endpoints unreachable at the transport level.
        // One that answers and one that does not is a failure of that one, not a skip.
        QStringList unreachable;
        for (const char* name : {"arbitrum-sepolia", "arbitrum-mainnet"}) {
            const auto& p = network(QString::fromLatin1(name));
            eth::JsonRpcClient::Options quick;
            quick.maxAttempts = 1;
            quick.timeout = std::chrono::seconds(10);
            eth::JsonRpcClient rpc(p.rpcUrls, quick);
            try {
                rpc.blockNumber();
            } catch (const Error& e) {
                if (e.code() != ErrorCode::Network)
                    return; // it answered, badly: the checks below say how
                unreachable << QString::fromLatin1(name) + QStringLiteral(": ") +
                                   QString::fromUtf8(e.what());
            }
        }
        if (unreachable.size() == 2)
            QSKIP(qPrintable(QStringLiteral("SKIPPED LOUDLY: live: no internet; nothing of the "
                                            "real networks was checked (") +
                             unreachable.join(QStringLiteral("; ")) + QStringLiteral(")")));
    }

    void chainAndHub_data() { networks(); }
    void chainAndHub() {
        QFETCH(QString, name);
        const auto& p = network(name);
        eth::JsonRpcClient rpc(p.rpcUrls, patient());
        try {
            rpc.requireChainId(p.chainId);
            QVERIFY(rpc.blockNumber() > 0);
            eth::ContractCaller caller(rpc);
            const iexec::PocoHub hub(p.hubAddress());
            // The signing domain orders are hashed under (AccessService checks the same).
            const iexec::OrderDomain domain = caller.call(hub.domain());
            QCOMPARE(domain.chainId, p.chainId);
            QCOMPARE(domain.verifyingContract, p.hubAddress());
            QCOMPARE(domain.name, std::string("iExecODB"));
            QVERIFY(!caller.call(hub.token()).isZero());
            QVERIFY(!caller.call(hub.datasetRegistry()).isZero());
            QVERIFY(!caller.call(hub.appRegistry()).isZero());
            QVERIFY(!caller.call(hub.countCategory()).isZero());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void marketOrderbookAndChallenge_data() { networks(); }
    void marketOrderbookAndChallenge() {
        QFETCH(QString, name);
        const auto& p = network(name);
        eth::JsonRpcClient rpc(p.rpcUrls, patient());
        try {
            eth::ContractCaller caller(rpc);
            const iexec::OrderDomain domain = caller.call(iexec::PocoHub(p.hubAddress()).domain());
            iexec::MarketClient market(p.marketApi, domain);
            // The orderbook of the first approved app the profile knows: every order returned
            // is checked (its hash under the hub's domain, its fields) by the client.
            iexec::DatasetOrderbookQuery query;
            query.pageSize = 10;
            if (!p.knownApps.empty())
                query.app = p.knownApps.front().address;
            const iexec::DatasetOrderbookPage page = market.datasetOrderbook(query);
            QVERIFY(page.orders.size() <= 10);
            QVERIFY(page.count >= page.orders.size());
            // The login challenge: the document a wallet is asked to sign.
            const Address someone = Address::fromHex("0x000000000000000000000000000000000000dEaD");
            const nlohmann::json challenge = market.challenge(someone);
            QCOMPARE(challenge.value("primaryType", ""), std::string("Challenge"));
            const auto& d = challenge.at("domain");
            QCOMPARE(d.value("name", ""), std::string("iExec Gateway"));
            QCOMPARE(d.value("version", ""), std::string("1"));
            const auto chainId = d.at("chainId");
            QVERIFY(chainId == nlohmann::json(p.chainId) ||
                    chainId == nlohmann::json(std::to_string(p.chainId)));
            QVERIFY(!d.contains("verifyingContract"));
            QCOMPARE(challenge.at("types").at("Challenge").size(), std::size_t(1));
            QVERIFY(challenge.at("message").at("challenge").is_string());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void protectedDataSchemaSmsAndGateway_data() { networks(); }
    void protectedDataSchemaSmsAndGateway() {
        QFETCH(QString, name);
        const auto& p = network(name);
        eth::JsonRpcClient rpc(p.rpcUrls, patient());
        try {
            Address dataset;
            std::optional<std::string> eventSchema;
            if (auto pin = pinned(p, "DATASET")) {
                dataset = Address::fromHex(*pin);
            } else {
                const auto log = latestLog(rpc, p.dataProtectorAddress(),
                                           iexec::DataProtectorContract::kDatasetSchema);
                if (!log)
                    QFAIL("no protected data was made in the last blocks: set "
                          "STRONGROOM_LIVE_<NETWORK>_DATASET to a known one");
                dataset = Address::fromBytes(ByteView(log->topics.at(1)).subspan(12));
                eventSchema =
                    eth::Abi::decode({eth::AbiType::parse("string")}, log->data).at(0).asString();
            }
            // Read as the Protected data page reads it.
            iexec::DatasetCatalog catalog(rpc, p, tmp_.filePath(name + ".sqlite").toStdString());
            const iexec::ProtectedData data = catalog.read(dataset);
            QCOMPARE(data.address, dataset);
            QVERIFY2(!data.schema.empty(), "a DataProtector dataset has a schema");
            if (eventSchema)
                QCOMPARE(data.schema, *eventSchema);
            QVERIFY2(iexec::schemaReadable(data.schema), data.schema.c_str());
            // The SMS's HEAD check the protect pipeline makes: asked and answered (a key set or
            // not), never an error.
            iexec::SmsClient sms(p.sms);
            const bool hasKey = sms.hasDatasetSecret(dataset);
            qInfo("%s: %s, key in the SMS: %s", qPrintable(name), dataset.toChecksumHex().c_str(),
                  hasKey ? "yes" : "no");
            // The content on the network's IPFS gateway, as the detail pane asks for its size.
            const iexec::Cid cid = iexec::cidFromP2pMultiaddr(data.multiaddr);
            iexec::IpfsClient ipfs(p.ipfsNode, p.ipfsGateway);
            QVERIFY2(ipfs.gatewayHas(cid), cid.toString().c_str());
            const auto size = catalog.contentSize(data);
            QVERIFY(!size || *size > 0);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aTask_data() { networks(); }
    void aTask() {
        QFETCH(QString, name);
        const auto& p = network(name);
        eth::JsonRpcClient rpc(p.rpcUrls, patient());
        try {
            Hash32 taskId{};
            if (auto pin = pinned(p, "TASK")) {
                taskId = eth::fromHexFixed<32>(*pin);
            } else {
                const auto log = latestLog(rpc, p.hubAddress(), iexec::PocoHub::kTaskFinalize);
                if (!log)
                    QFAIL("no task was finalised in the last blocks: set "
                          "STRONGROOM_LIVE_<NETWORK>_TASK to a known one");
                taskId = log->topics.at(1);
            }
            eth::ContractCaller caller(rpc);
            const iexec::PocoHub hub(p.hubAddress());
            const iexec::Task task = caller.call(hub.viewTask(taskId));
            QVERIFY2(task.status != iexec::TaskStatus::Unset, eth::toHex(taskId).c_str());
            QCOMPARE(iexec::PocoHub::taskId(task.dealid, task.idx.toUint64()), taskId);
            const iexec::Deal deal = caller.call(hub.viewDeal(task.dealid));
            QVERIFY(!deal.app.pointer.isZero());
            QVERIFY(!deal.workerpool.pointer.isZero());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

private:
    static void networks() {
        QTest::addColumn<QString>("name");
        QTest::newRow("Arbitrum Sepolia") << QStringLiteral("arbitrum-sepolia");
        QTest::newRow("Arbitrum One") << QStringLiteral("arbitrum-mainnet");
    }
};

QTEST_GUILESS_MAIN(LiveTest)
#include "tst_live.moc"
