#include "iexec/EarningsSummary.h"

#include <chrono>

namespace sr::iexec {

EarningsSummary summarizeEarnings(const std::vector<Earning>& earnings,
                                  const std::vector<PendingEarning>& pending,
                                  std::uint64_t sinceTimestamp) {
    EarningsSummary s;
    s.asData = earningsSum(earnings, EarningRole::Data);
    s.asApp = earningsSum(earnings, EarningRole::App);
    for (const auto& e : earnings)
        if (e.role != EarningRole::Other && e.timestamp >= sinceTimestamp)
            s.since += e.amount;
    s.pendingData = pendingSum(pending, EarningRole::Data);
    s.pendingApp = pendingSum(pending, EarningRole::App);
    s.pendingRuns = pending.size();
    return s;
}

std::uint64_t utcMonthStart(std::uint64_t timestamp) {
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_seconds(seconds(timestamp)));
    const year_month_day ymd(day);
    const sys_days first = ymd.year() / ymd.month() / 1;
    return static_cast<std::uint64_t>(duration_cast<seconds>(first.time_since_epoch()).count());
}

} // namespace sr::iexec
