#pragma once

#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
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
/// stakes, closed-order events, tasks and deals. Thread-safe (the RPC client serialises).
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

    struct Task {
        std::uint8_t status = 0; ///< 0 unset, 1 active, 2 revealing, 3 completed, 4 failed
        Hash32 dealId{};
    };
    struct Resource {
        eth::Address pointer;
        eth::Address owner;
        eth::U256 price;
    };
    /// viewDeal(dealid), field for field.
    struct Deal {
        Resource app;
        Resource dataset;
        Resource workerpool;
        eth::U256 trust;
        eth::U256 category;
        Hash32 tag{};
        eth::Address requester;
        eth::Address beneficiary;
        eth::Address callback;
        std::string params;
        eth::U256 startTime;
        eth::U256 botFirst;
        eth::U256 botSize;
        eth::U256 workerStake;
        eth::U256 schedulerRewardRatio;
        eth::Address sponsor;
    };
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
    Task task(const Hash32& taskId);
    /// Throws Error(NotFound) for a deal that does not exist.
    Deal deal(const Hash32& dealId);
    /// viewDeal for each id, in one batch (Error(NotFound) if one does not exist).
    std::vector<Deal> deals(const std::vector<Hash32>& dealIds);
    /// The hub's OrdersMatched events in blocks [fromBlock, toBlock], in chain order.
    std::vector<Match> ordersMatched(std::uint64_t fromBlock, std::uint64_t toBlock);
    /// The timestamp (seconds) of each block, in one batch.
    std::vector<std::uint64_t> blockTimestamps(const std::vector<std::uint64_t>& blocks);

private:
    std::vector<eth::AbiValue> call(const eth::Address& to, std::string_view signature,
                                    const std::vector<eth::AbiValue>& args,
                                    const std::vector<eth::AbiType>& outputs);

    eth::JsonRpcClient rpc_;
    PocoDeployment deployment_;
    std::mutex mutex_;
    std::optional<std::uint64_t> chainId_;
    std::optional<iexec::OrderDomain> domain_;
};

} // namespace sr::sandbox
