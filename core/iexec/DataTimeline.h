#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/Log.h"
#include "eth/U256.h"
#include "iexec/HubLedger.h"
#include "iexec/IexecOrders.h"
#include "iexec/NetworkProfile.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::iexec {

class MarketClient;

/// What happened to a protected data.
enum class TimelineKind {
    Created,     ///< the registry minted its token (to its first owner)
    Granted,     ///< a dataset order (a grant) was published on the market
    Revoked,     ///< a grant was closed on chain (ClosedDatasetOrder)
    Run,         ///< a deal used it: an app ran on it for a requester
    Transferred, ///< its token changed hands
};
std::string_view timelineKindName(TimelineKind kind) noexcept; ///< "created", "granted", ...

/// One event of a protected data's timeline. Chain events carry their block, log and
/// transaction; a grant carries its publication time as the market gave it.
struct TimelineEvent {
    TimelineKind kind = TimelineKind::Created;
    /// Seconds since 1970 (UTC); nothing for a grant the market no longer knows (its place in
    /// the timeline is then what the chain says came after it).
    std::optional<std::uint64_t> timestamp;
    std::optional<std::uint64_t> block;
    std::uint64_t logIndex = 0;
    Hash32 transaction{};

    /// Created: `to` is the first owner. Transferred: from `from` to `to`.
    eth::Address from, to;

    /// Granted, Revoked, and the grant a Run used (zero when unknown).
    Hash32 orderHash{};
    /// Granted, Revoked: the order (app, requester, price, volume); nothing when only its hash
    /// is known.
    std::optional<DatasetOrder> order;
    /// Granted: how many runs are left on chain, when the market still lists it as open.
    std::optional<std::uint64_t> remaining;

    /// Run: the deal (app, requester, data price, tasks completed and failed).
    std::optional<HubDeal> deal;
    /// Run: what the hub paid the data's owner (the deal's, at match time) for its tasks.
    eth::U256 earned;
    std::uint64_t rewards = 0; ///< Reward logs behind `earned`
};

/// The timeline of one protected data, oldest first.
struct DataTimeline {
    eth::Address dataset;
    std::vector<TimelineEvent> events;
    std::uint64_t block = 0; ///< the chain's head when it was read
    /// Why the grants published on the market are missing (the market could not be read); the
    /// chain's events are there all the same.
    std::optional<std::string> marketProblem;

    /// {"dataset", "block", "events": [{"kind", "timestamp", "date", "block", ...}]}: addresses
    /// checksummed, amounts in nRLC as decimal strings.
    nlohmann::json toJson() const;
};

/// What the registry's and the hub's logs said about one data so far, kept by the caller
/// between reads so that following new blocks reads only them.
struct DataTimelineScan {
    eth::Address dataset;
    std::uint64_t fromBlock = 0;          ///< where the scan started
    std::optional<std::uint64_t> toBlock; ///< the last block read
    std::vector<eth::Log> transfers;      ///< the token's Transfer logs
    /// The closes of this data's orders: the log and the order its transaction closed.
    std::vector<std::pair<eth::Log, DatasetOrder>> closes;
};

/// Reads the timeline of one protected data: its creation and transfers (the dataset
/// registry's ERC-721 Transfer logs of its token), the grants published on the market (open
/// ones, and the ones runs used or that were closed, with their publication time when the
/// market still has them), the revokes (the hub's ClosedDatasetOrder logs, each tied to its data
/// by the order its transaction closed), and the runs (the deals the HubLogReader read, with
/// the rewards paid for them). Merged in chain order; a grant is placed at its publication
/// time, never after what used or closed it.
class DataTimelineReader {
public:
    struct Options {
        /// Blocks read again at each read of a kept scan, to follow reorganisations.
        std::uint64_t reorgDepth = 64;
        /// Transactions and headers per JSON-RPC batch.
        std::size_t batchSize = 100;
    };

    /// `hubLogs` is synced by read(); `market` may be null (no market: no grant events).
    DataTimelineReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                       HubLogReader& hubLogs, MarketClient* market);
    DataTimelineReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                       HubLogReader& hubLogs, MarketClient* market, Options options);

    /// The timeline of `dataset`. `createdBlock` (DataProtector's event, when known) is where
    /// the logs are read from; else the hub's deployment (or block 0). `scan`, when given,
    /// is what an earlier read of the same data kept: only the blocks since are read, and it is
    /// brought up to date. Throws Error(Network, Corrupt, Cancelled); a market that can't be
    /// read is told in marketProblem instead.
    DataTimeline read(const eth::Address& dataset, std::optional<std::uint64_t> createdBlock,
                      DataTimelineScan* scan = nullptr, const CancelToken* cancel = nullptr);

    /// The order a manageDatasetOrder call closes, from its calldata; nothing for another
    /// call (or a close sent through a contract).
    static std::optional<DatasetOrder> closedOrderOf(ByteView calldata);

private:
    void scanLogs(const eth::Address& dataset, DataTimelineScan& scan, std::uint64_t head,
                  const CancelToken* cancel);

    eth::JsonRpcClient& rpc_;
    NetworkProfile profile_;
    HubLogReader& hubLogs_;
    MarketClient* market_;
    Options options_;
};

} // namespace sr::iexec
