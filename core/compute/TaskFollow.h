#pragma once

// Where a computation is, read from the chain as the iexec SDK's `task show` reads it
// (computations.md §2): viewTask, and for a task not initialised yet its deal; the status
// names are the SDK's (UNSET, ACTIVE, REVEALING, COMPLETED, FAILED) plus its client-side
// TIMEOUT once the final deadline has passed without a result, when the task may be claimed
// (the requester's money comes back). Claim transactions for the journal.

#include "compute/TaskState.h"
#include "eth/Address.h"
#include "eth/ContractCaller.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "iexec/PocoHub.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <optional>
#include <string>

namespace sr::compute {

/// The state of task `idx` of deal `dealid` at time `now` (seconds, the chain's latest block
/// time). Throws Error(NotFound) when the deal does not exist.
TaskState readTaskState(eth::ContractCaller& caller, const iexec::PocoHub& hub,
                        const Hash32& dealid, std::uint64_t idx, std::uint64_t now,
                        const CancelToken* cancel = nullptr);

/// The same from a task id alone: the task must be initialised (else Error(NotFound) saying
/// that its deal id is needed).
TaskState readTaskState(eth::ContractCaller& caller, const iexec::PocoHub& hub,
                        const Hash32& taskid, std::uint64_t now,
                        const CancelToken* cancel = nullptr);

/// The `final_deadline_ratio()` and the category's `workClockTimeRef` (seconds).
eth::ContractCall<eth::U256> finalDeadlineRatio(const iexec::PocoHub& hub);
eth::ContractCall<eth::U256> workClockTimeRef(const iexec::PocoHub& hub, const eth::U256& category);

/// The claim of a timed-out task: `claim(bytes32)` when initialised, else
/// `initializeAndClaimArray([dealid],[idx])`. Throws Error(InvalidArgument) with the reason
/// when the task is not claimable (completed, failed already, or before its final deadline,
/// with the time left).
eth::TransactionRequest claimTask(const iexec::PocoHub& hub, const TaskState& state);

} // namespace sr::compute
