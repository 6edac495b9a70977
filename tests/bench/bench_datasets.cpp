// Listing 1,000 protected data owned by one account on the sandbox (datasets made by a fixture
// through the sandbox's DataProtector, in one JSON-RPC batch): cold (empty cache), warm (from
// the cache, no network), an incremental refresh with nothing new, and the same listing read
// one call at a time. HTTP requests are counted by a forwarding proxy (a FAKE server in front
// of the real anvil). Prints every figure; fails only when a listing is wrong.
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "eth/Abi.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/DatasetView.h"
#include "iexec/PocoHub.h"
#include "iexec/Registry.h"
#include "sandbox/SandboxNetwork.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <filesystem>
#include <thread>

using namespace sr;
using eth::Address;

namespace {

constexpr int kCount = 1000;
const Address kOwner = Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
const Address kPayer = Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

/// A FAKE HTTP server that forwards every JSON-RPC request to the real node, to count them.
struct CountingProxy {
    test::FaultyHttpServer server;
    explicit CountingProxy(const std::string& upstream) {
        server.script({test::forwardTo(upstream)});
    }
};

void createDatasets(eth::JsonRpcClient& rpc, const Address& dataProtector) {
    const iexec::DataProtectorContract dp(dataProtector);
    // Explicit nonces: anvil handles a batch's items concurrently.
    const std::uint64_t first = eth::JsonRpcClient::parseQuantity(
        rpc.call("eth_getTransactionCount", {kPayer.toLowerHex(), "pending"}), "nonce");
    std::vector<eth::RpcCall> sends;
    for (int i = 0; i < kCount; ++i) {
        const auto request = dp.createDatasetWithSchema(kOwner, "bench data " + std::to_string(i),
                                                        i % 2 ? "{\"email\":\"string\"}"
                                                              : "{\"file\":\"application/pdf\"}",
                                                        {0x01, 0x02}, Hash32{});
        sends.push_back({"eth_sendTransaction",
                         {{{"from", kPayer.toLowerHex()},
                           {"to", request.to->toLowerHex()},
                           {"data", eth::toHex(request.data)},
                           {"gas", "0x100000"},
                           {"nonce", eth::U256(first + std::uint64_t(i)).toHex()}}}});
    }
    // One batch: anvil mines each in turn (automine). The fixture is the payer's business.
    // Automine off, so that the pool orders the nonces; then one big block.
    rpc.send("evm_setAutomine", {false});
    rpc.send("evm_setBlockGasLimit", {"0x3b9aca00"});
    for (const auto& outcome : rpc.batch(sends))
        if (outcome.error)
            throw *outcome.error;
    rpc.send("evm_mine", nlohmann::json::array());
    rpc.send("evm_setAutomine", {true});
    // They arrive in any order; wait until the last nonce is mined.
    for (int tries = 0;; ++tries) {
        const auto mined = eth::JsonRpcClient::parseQuantity(
            rpc.call("eth_getTransactionCount", {kPayer.toLowerHex(), "latest"}), "nonce");
        if (mined >= first + std::uint64_t(kCount))
            return;
        if (tries > 600)
            throw Error(ErrorCode::Internal, "the fixture's transactions were not all mined (" +
                                                 std::to_string(mined - first) + ")");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

/// The listing as a naive client would read it: every value its own request.
std::size_t listOneCallAtATime(eth::JsonRpcClient& rpc, const Address& registryAddress,
                               const Address& dataProtector) {
    eth::ContractCaller caller(rpc);
    const iexec::Registry registry(registryAddress);
    const auto count = caller.call(registry.balanceOf(kOwner)).toUint64();
    const Hash32 topic = eth::Abi::eventTopic(iexec::DataProtectorContract::kDatasetSchema);
    std::size_t withSchema = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        const Address a = iexec::Registry::entryOf(
            caller.call(registry.tokenOfOwnerByIndex(kOwner, eth::U256(i))));
        const iexec::DatasetView view(a);
        (void)caller.call(view.owner());
        (void)caller.call(view.name());
        (void)caller.call(view.multiaddr());
        (void)caller.call(view.checksum());
        Hash32 t{};
        std::copy(a.bytes().begin(), a.bytes().end(), t.begin() + 12);
        const auto logs =
            rpc.call("eth_getLogs", {{{"address", dataProtector.toLowerHex()},
                                      {"fromBlock", "0x0"},
                                      {"toBlock", "latest"},
                                      {"topics", {eth::toHex(topic), eth::toHex(t)}}}});
        if (logs.size() == 1) {
            ++withSchema;
            (void)rpc.call("eth_getBlockByNumber", {logs[0]["blockNumber"], false});
        }
    }
    return withSchema;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    try {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.path().toStdString();
        sandbox::SandboxNetwork net({dir / "sandbox"});
        const NetworkProfile profile = net.profile();
        eth::JsonRpcClient fixture(profile.rpcUrls);
        QElapsedTimer timer;
        timer.start();
        createDatasets(fixture, Address::fromHex(profile.dataProtector));
        std::printf("fixture: %d datasets created in one batch in %.0f ms\n", kCount,
                    msSince(timer));

        const auto check = [&](const std::vector<iexec::ProtectedData>& list, const char* what) {
            if (list.size() != std::size_t(kCount))
                throw Error(ErrorCode::Internal,
                            std::string(what) + ": " + std::to_string(list.size()) + " listed");
            for (const auto& d : list)
                if (d.schema.empty() || !d.createdAt || d.owner != kOwner)
                    throw Error(ErrorCode::Internal, std::string(what) + ": incomplete row");
        };

        for (const std::size_t maxBatch : {std::size_t(1000), std::size_t(100)}) {
            eth::JsonRpcClient::Options options;
            options.maxBatch = maxBatch;
            const auto db = dir / ("cold-" + std::to_string(maxBatch) + ".sqlite");
            // Cold, timed straight against the node.
            {
                eth::JsonRpcClient rpc(profile.rpcUrls, options);
                iexec::DatasetCatalog catalog(rpc, profile, db);
                timer.restart();
                const auto list = catalog.refresh(kOwner);
                const double ms = msSince(timer);
                check(list, "cold");
                std::printf("cold listing (batches of %zu): %.0f ms %s\n", maxBatch, ms,
                            ms < 1000 ? "(< 1 s: ok)" : "(over the 1 s target)");
            }
            // Cold again through the counting proxy, to count round trips.
            {
                CountingProxy proxy(profile.rpcUrls.at(0));
                eth::JsonRpcClient rpc({proxy.server.url()}, options);
                iexec::DatasetCatalog catalog(
                    rpc, profile, dir / ("count-" + std::to_string(maxBatch) + ".sqlite"));
                check(catalog.refresh(kOwner), "counted");
                std::printf("cold listing (batches of %zu): %d HTTP requests\n", maxBatch,
                            proxy.server.requestCount());
            }
        }
        // Warm: a new catalog (as a new run of the app) reads the cache.
        {
            eth::JsonRpcClient rpc(profile.rpcUrls);
            timer.restart();
            iexec::DatasetCatalog catalog(rpc, profile, dir / "cold-1000.sqlite");
            const auto list = catalog.cached(kOwner);
            const double ms = msSince(timer);
            check(list, "warm");
            std::printf("warm listing from the cache: %.1f ms %s\n", ms,
                        ms < 100 ? "(< 100 ms: ok)" : "(over the 100 ms target)");
            CountingProxy proxy(profile.rpcUrls.at(0));
            eth::JsonRpcClient counted({proxy.server.url()});
            iexec::DatasetCatalog again(counted, profile, dir / "cold-1000.sqlite");
            timer.restart();
            check(again.refresh(kOwner), "incremental");
            std::printf("incremental refresh, nothing new: %.1f ms, %d HTTP requests\n",
                        msSince(timer), proxy.server.requestCount());
        }
        // One call at a time.
        {
            CountingProxy proxy(profile.rpcUrls.at(0));
            eth::JsonRpcClient rpc({proxy.server.url()});
            eth::ContractCaller caller(rpc);
            const Address registry =
                caller.call(iexec::PocoHub(Address::fromHex(profile.hub)).datasetRegistry());
            timer.restart();
            const std::size_t withSchema =
                listOneCallAtATime(rpc, registry, Address::fromHex(profile.dataProtector));
            const double ms = msSince(timer);
            if (withSchema != std::size_t(kCount))
                throw Error(ErrorCode::Internal, "one at a time: schemas missing");
            std::printf("same listing one call at a time: %.0f ms, %d HTTP requests\n", ms,
                        proxy.server.requestCount() - 1);
        }
        return 0;
    } catch (const Error& e) {
        std::printf("FAILED: %s\n", e.what());
        return 1;
    }
}
