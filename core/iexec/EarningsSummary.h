#pragma once

#include "eth/U256.h"
#include "iexec/HubLedger.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sr::iexec {

/// The figures an account's earnings come down to, as the Earnings page and the Overview show
/// them: what was earned as data owner and as app owner (other rewards left out), what of it
/// was earned since a time (this month), and what the runs under way will pay. nRLC.
struct EarningsSummary {
    eth::U256 asData;
    eth::U256 asApp;
    eth::U256 since; ///< earned (data and app) at or after `sinceTimestamp`
    eth::U256 pendingData;
    eth::U256 pendingApp;
    std::size_t pendingRuns = 0;

    eth::U256 earned() const { return asData + asApp; }
    eth::U256 pending() const { return pendingData + pendingApp; }
};

/// Sums `earnings` and `pending`; `sinceTimestamp` (seconds since 1970) starts `since`.
EarningsSummary summarizeEarnings(const std::vector<Earning>& earnings,
                                  const std::vector<PendingEarning>& pending,
                                  std::uint64_t sinceTimestamp);

/// The first second (UTC, as the ledger's months are) of the month holding `timestamp`.
std::uint64_t utcMonthStart(std::uint64_t timestamp);

} // namespace sr::iexec
