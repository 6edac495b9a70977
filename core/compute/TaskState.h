#pragma once

// Where a computation is, as compute/TaskFollow.h reads it from the chain (and
// session::ChainSession::taskState hands it out): plain values, no I/O.

#include "iexec/DealTypes.h"
#include "util/Bytes.h"

#include <cstdint>
#include <string>

namespace sr::compute {

struct TaskState {
    Hash32 taskid{};
    Hash32 dealid{};
    std::uint64_t idx = 0;
    /// UNSET, ACTIVE, REVEALING, COMPLETED, FAILED or TIMEOUT (the SDK's statusName).
    std::string statusName;
    iexec::TaskStatus status = iexec::TaskStatus::Unset;
    bool timedOut = false;  ///< the final deadline passed before a result (SDK taskTimedOut)
    bool claimable = false; ///< timedOut: claim() refunds the requester
    bool initialized = false;
    std::uint64_t startTime = 0; ///< the deal's start (seconds since 1970)
    std::uint64_t contributionDeadline = 0;
    std::uint64_t finalDeadline = 0;
    std::uint64_t resultsTimestamp = 0; ///< the task's field (PoCo 6 leaves it 0 on the TEE path)
    Bytes results;                      ///< the task's `results` field
    iexec::Deal deal;
};

/// "2026-12-07 14:20:00 UTC".
std::string formatTime(std::uint64_t secondsSinceEpoch);

} // namespace sr::compute
