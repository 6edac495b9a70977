#pragma once

#include "eth/Address.h"
#include "eth/ContractCaller.h"
#include "eth/JsonRpcClient.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
#include "iexec/PocoHub.h"
#include "sandbox/PocoDeployer.h"
#include "util/Bytes.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::sandbox {

/// The few chain reads the sandbox SMS and market API make, as the real services make them:
/// registry membership and owners, consumed volumes (batched), on-chain signature checks,
/// stakes, closed-order and OrdersMatched events, tasks and deals. Reads go through the PoCo
/// bindings (iexec::PocoHub, iexec::Registry). Thread-safe (the RPC client serialises).
/// Node failures throw sr::Error (Network, Corrupt).
class ServiceChainReader {
public:
    enum class Registry { App, Dataset, Workerpool };

    ServiceChainReader(std::string rpcUrl, PocoDeployment deployment);

    const PocoDeployment& deployment() const { return deployment_; }
    eth::JsonRpcClient& rpc() { return rpc_; }

    /// eth_chainId, read once.
    std::uint64_t chainId();
    /// The hub's EIP-712 domain (`domain()`), read once: what order hashes are computed under.
    iexec::OrderDomain domain();

    /// The owner of `entry` when it is registered in `registry`; nullopt when it is not.
    std::optional<eth::Address> registeredOwner(Registry registry, const eth::Address& entry);
    /// viewConsumed(hash) for each hash, in one batch.
    std::vector<eth::U256> consumed(const std::vector<Hash32>& orderHashes);
    /// The hub's verifySignature(signer, hash, sign): EOA and ERC-1271 signers alike. A
    /// signature the contract cannot even parse counts as invalid.
    bool verifySignature(const eth::Address& signer, const Hash32& hash, ByteView sign);
    /// The account's stake in the hub (viewAccount(account).stake), in nRLC.
    eth::U256 stake(const eth::Address& account);
    /// Whether `orderHash` was closed by a manage*Order CLOSE: a log of `closedEvent`
    /// ("ClosedDatasetOrder(bytes32)", ...) from the hub carries it. Those events index
    /// nothing, so the hub's logs of that event are scanned.
    bool wasClosed(std::string_view closedEvent, const Hash32& orderHash);

    /// One OrdersMatched event of the hub.
    struct Match {
        Hash32 dealId{};
        Hash32 appHash{};
        Hash32 datasetHash{};
        Hash32 workerpoolHash{};
        Hash32 requestHash{};
        eth::U256 volume;
        std::uint64_t blockNumber = 0;
        Hash32 transactionHash{};
    };
    iexec::Task task(const Hash32& taskId);
    /// Throws Error(NotFound) for a deal that does not exist.
    iexec::Deal deal(const Hash32& dealId);
    /// viewDeal for each id, in one batch (Error(NotFound) if one does not exist).
    std::vector<iexec::Deal> deals(const std::vector<Hash32>& dealIds);
    /// The hub's OrdersMatched events in blocks [fromBlock, toBlock], in chain order.
    std::vector<Match> ordersMatched(std::uint64_t fromBlock, std::uint64_t toBlock);
    /// The timestamp (seconds) of each block, in one batch.
    std::vector<std::uint64_t> blockTimestamps(const std::vector<std::uint64_t>& blocks);

private:
    eth::JsonRpcClient rpc_;
    eth::ContractCaller caller_;
    PocoDeployment deployment_;
    iexec::PocoHub hub_;
    std::mutex mutex_;
    std::optional<std::uint64_t> chainId_;
    std::optional<iexec::OrderDomain> domain_;
};

} // namespace sr::sandbox
