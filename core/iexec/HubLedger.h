#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/LogScanner.h"
#include "eth/U256.h"
#include "iexec/Earnings.h"
#include "iexec/NetworkProfile.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sr {
class Database;
}

namespace sr::iexec {

/// Reads the PoCo hub's logs (OrdersMatched, TaskInitialize, TaskFinalize, TaskClaimed,
/// Reward) from the chain into the data folder's database, incrementally: each sync reads only
/// the blocks after the last one, through the adaptive LogScanner (public providers' range
/// limits), and reads again the last `reorgDepth` blocks, dropping what a reorganisation took
/// back. A reorganisation deeper than that (the block before the re-read range changed its
/// hash) or a chain started again (a sandbox) makes it read everything again. One reader per
/// thread (it holds a database connection).
///
/// Everything the hub's logs say is kept, whoever it concerns, so one sync serves every
/// account: the earnings of one (rewardsTo, pending) and the deals on one's data or apps
/// (dealsOwnedBy) are then local queries.
class HubLogReader {
public:
    struct Options {
        /// Blocks read again at each sync to follow reorganisations.
        std::uint64_t reorgDepth = 64;
        /// First block to read; default: where the network's hub was deployed when known
        /// (hubDeploymentBlock), else 0.
        std::optional<std::uint64_t> startBlock;
        eth::LogScanner::Options scanner{};
        /// Block headers (for their times) per JSON-RPC batch.
        std::size_t batchSize = 200;
        /// A long read is stored as it goes, every this many logs or blocks read, so that an
        /// interrupted one carries on where it stopped.
        std::size_t logsPerCommit = 5000;
        std::uint64_t blocksPerCommit = 1000000;
    };
    /// What a sync did.
    struct SyncReport {
        std::uint64_t fromBlock = 0; ///< first block read
        std::uint64_t toBlock = 0;   ///< the chain's head, now synced
        bool restarted = false;      ///< everything was read again (deep reorg, new chain)
        std::uint64_t logs = 0;      ///< logs read
        std::uint64_t newDeals = 0;
        std::uint64_t logRequests = 0; ///< eth_getLogs requests (refused ones included)
    };

    /// Throws Error(InvalidArgument) for a profile without a valid hub address.
    HubLogReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                 const std::filesystem::path& databaseFile);
    HubLogReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                 const std::filesystem::path& databaseFile, Options options);
    ~HubLogReader();
    HubLogReader(const HubLogReader&) = delete;
    HubLogReader& operator=(const HubLogReader&) = delete;

    /// Brings the database up to date with the chain's head. Checks the node's chain id.
    /// Throws Error(Network, Corrupt, ChainMismatch, Cancelled); what was stored stays as it
    /// was on failure.
    SyncReport sync(const CancelToken* cancel = nullptr);
    /// The last block read, or nothing if never synced.
    std::optional<std::uint64_t> syncedBlock() const;

    /// Deals whose dataset or app `owner` owned, newest first.
    std::vector<HubDeal> dealsOwnedBy(const eth::Address& owner) const;
    /// Deals that used `dataset` (whoever owned it), oldest first.
    std::vector<HubDeal> dealsOf(const eth::Address& dataset) const;
    /// One deal, if read.
    std::optional<HubDeal> deal(const Hash32& dealId) const;
    /// Every Reward to `owner`, in chain order, each tied to its deal and role.
    std::vector<Earning> rewardsTo(const eth::Address& owner) const;
    /// The Rewards to `owner` in blocks `fromBlock` and later: following the chain, after a
    /// sync that did not restart, the rewards of its blocks from SyncReport::fromBlock replace
    /// those a caller holds from there on (one indexed range read, not the whole list).
    std::vector<Earning> rewardsTo(const eth::Address& owner, std::uint64_t fromBlock) const;
    using RewardsMark = iexec::RewardsMark;
    using RewardsUpdate = iexec::RewardsUpdate;
    /// The rewards to `owner` a caller that read them at `since` (an earlier update's mark)
    /// lacks, whoever synced since: the blocks after its mark when no sync dropped stored
    /// blocks since, from the first block dropped when one did, all of them otherwise (or
    /// without `since`). One indexed range read: following the chain costs what changed.
    RewardsUpdate rewardsSince(const eth::Address& owner,
                               const std::optional<RewardsMark>& since) const;
    /// Tasks of deals on `owner`'s data or apps that are not finalised or claimed yet.
    std::vector<PendingEarning> pending(const eth::Address& owner) const;

    /// The block where a known network's hub was deployed (Arbitrum One), else nothing.
    static std::optional<std::uint64_t> hubDeploymentBlock(std::uint64_t chainId);
    /// Tasks of one deal derived locally (task id = keccak(deal, index)) at most; a larger
    /// deal's tasks are tied to it when their logs name them.
    static constexpr std::uint64_t kMaxTasksPerDeal = 10000;

private:
    struct Head;
    Head head(const CancelToken* cancel);
    void reset();
    struct Batch;
    /// Reads from the node what storing `batch` needs (block times, deals); no database.
    void prepare(Batch& batch, const CancelToken* cancel);
    /// Stores a prepared batch; no node.
    void store(const Batch& batch, SyncReport& report);
    /// Batches read ahead of the one being stored, at most.
    static constexpr std::size_t kBatchesAhead = 2;

    eth::JsonRpcClient& rpc_;
    NetworkProfile profile_;
    eth::Address hub_;
    Options options_;
    std::unique_ptr<Database> db_;
};

} // namespace sr::iexec
