#pragma once

// A protected data's timeline as iexec/DataTimeline.h reads it (and
// session::ChainSession::dataTimeline hands it out): its events, and the scan a caller keeps
// between reads. Plain values, no I/O.

#include "eth/Address.h"
#include "eth/Log.h"
#include "eth/U256.h"
#include "iexec/Earnings.h"
#include "iexec/IexecOrders.h"
#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sr::iexec {

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

} // namespace sr::iexec
