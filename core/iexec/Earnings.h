#pragma once

// The value types of the hub's deals and of earnings as the front ends see them, with the pure
// functions over them (status, totals, CSV, dates). No I/O here: iexec/HubLedger.h reads them
// from the chain into the data folder's database.

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::iexec {

/// A deal of the hub, as its OrdersMatched log and viewDeal (read once, when the log is first
/// seen) tell it, with what its tasks' logs said since. Owners are the deal's (at match time).
struct HubDeal {
    Hash32 dealId{};
    std::uint64_t block = 0;
    std::uint64_t timestamp = 0; ///< the block's time (seconds since 1970, UTC)
    Hash32 transaction{};
    eth::Address app, appOwner;
    eth::U256 appPrice; ///< nRLC per task
    eth::Address dataset, datasetOwner;
    eth::U256 datasetPrice;
    eth::Address workerpool, workerpoolOwner;
    eth::U256 workerpoolPrice;
    eth::Address requester;
    std::uint64_t botFirst = 0;
    std::uint64_t botSize = 0;        ///< the deal's number of tasks
    std::uint64_t tasksCompleted = 0; ///< TaskFinalize seen
    std::uint64_t tasksFailed = 0;    ///< TaskClaimed seen
    /// Tasks neither finalised nor claimed yet (under way, or not started).
    std::uint64_t tasksPending() const {
        const std::uint64_t ended = tasksCompleted + tasksFailed;
        return ended < botSize ? botSize - ended : 0;
    }
};

/// Where a deal's tasks stand: some neither finalised nor claimed (Active: under way, or not
/// started), every one finalised (Completed), every one claimed (Failed), or all ended, some
/// each way (Partial).
enum class DealStatus { Active, Completed, Failed, Partial };
DealStatus dealStatus(const HubDeal& deal) noexcept;
/// "active", "completed", "failed", "partial".
std::string_view dealStatusName(DealStatus status) noexcept;

/// What an account was paid for: the owner of the deal's data, of its app, or anything else
/// the hub rewards (a workerpool or a worker).
enum class EarningRole { Data, App, Other };
std::string_view earningRoleName(EarningRole role) noexcept; ///< "data", "app", "other"

/// One Reward log to the account, tied to its task and deal.
struct Earning {
    Hash32 task{};
    Hash32 deal{}; ///< zero when the task's deal is not among the deals read
    eth::Address dataset, app, requester;
    EarningRole role = EarningRole::Other;
    eth::U256 amount; ///< nRLC
    std::uint64_t block = 0;
    std::uint64_t timestamp = 0;
    Hash32 transaction{};
    std::uint64_t logIndex = 0;
};

/// A task of a deal on the account's data or app that is neither finalised nor claimed: what
/// it pays when it completes (nothing if it is claimed instead).
struct PendingEarning {
    Hash32 task{};
    Hash32 deal{};
    std::uint64_t index = 0;
    eth::Address dataset, app, requester;
    EarningRole role = EarningRole::Data;
    eth::U256 amount;
    std::uint64_t block = 0; ///< the match
    std::uint64_t timestamp = 0;
    bool started = false; ///< TaskInitialize seen
};

/// Where a caller's copy of rewards stands (HubLogReader::rewardsSince): the block the ledger
/// was synced to when they were read, and how many times a sync had dropped stored blocks then.
struct RewardsMark {
    std::uint64_t block = 0;
    std::uint64_t rewrites = 0;
};

/// What brings a caller's copy of rewards up to date: the rewards it holds in blocks
/// `fromBlock` and later are replaced by `earnings` (fromBlock 0: all of them).
struct RewardsUpdate {
    std::uint64_t fromBlock = 0;
    std::vector<Earning> earnings;
    std::optional<RewardsMark> mark; ///< to give next time; nothing before any sync
};

/// How earnings are summed.
enum class EarningsGroup { Data, App, Requester, Day, Week, Month };
/// "data", "app", "requester", "day", "week", "month"; nothing for another word.
std::optional<EarningsGroup> earningsGroupFromName(std::string_view name);

/// One line of a summary: the key (an address, "2026-12-07", "2026-W49", "2026-12"), the sum
/// and the number of rewards.
struct EarningsTotal {
    std::string key;
    eth::U256 amount;
    std::uint64_t count = 0;
};

/// The account's earnings as data owner and as app owner (Other rewards left out), summed by
/// `group`, in key order (dates ascending). Dates are UTC.
std::vector<EarningsTotal> earningsTotals(const std::vector<Earning>& earnings,
                                          EarningsGroup group);
/// The sum of the amounts of `role`.
eth::U256 earningsSum(const std::vector<Earning>& earnings, EarningRole role);
eth::U256 pendingSum(const std::vector<PendingEarning>& pending, EarningRole role);

/// "2026-12-07 14:03:09" (UTC).
std::string utcDateTime(std::uint64_t timestamp);
/// The first second (UTC) of "YYYY-MM-DD"; nothing for anything else (or an invalid date).
std::optional<std::uint64_t> parseUtcDate(std::string_view text);

/// The earnings as CSV (RFC 4180: CRLF, quoted where needed) that a spreadsheet opens as is:
/// date (UTC), task, data, app, requester, role, amount (RLC), amount (nRLC), transaction.
std::string earningsCsv(const std::vector<Earning>& earnings);
/// Reads earningsCsv's output back (the fields it writes; deal and block are not in it).
/// Throws Error(Corrupt) naming the line for anything else.
std::vector<Earning> parseEarningsCsv(std::string_view csv);

} // namespace sr::iexec
