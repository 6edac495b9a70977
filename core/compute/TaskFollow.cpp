#include "compute/TaskFollow.h"

#include "eth/Abi.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <ctime>

namespace sr::compute {
namespace {

using eth::AbiType;
using eth::AbiValue;
using eth::U256;

AbiValue b32(const Hash32& h) {
    return AbiValue::bytes(Bytes(h.begin(), h.end()));
}

std::uint64_t seconds(const U256& v) {
    return v > U256(std::numeric_limits<std::uint32_t>::max()) * U256(1000) ? 0 : v.toUint64();
}

const char* statusName(iexec::TaskStatus status) {
    switch (status) {
    case iexec::TaskStatus::Unset:
        return "UNSET";
    case iexec::TaskStatus::Active:
        return "ACTIVE";
    case iexec::TaskStatus::Revealing:
        return "REVEALING";
    case iexec::TaskStatus::Completed:
        return "COMPLETED";
    case iexec::TaskStatus::Failed:
        return "FAILED";
    }
    return "UNSET";
}

void finish(TaskState& s, std::uint64_t now) {
    s.initialized = s.status != iexec::TaskStatus::Unset;
    s.timedOut =
        s.status < iexec::TaskStatus::Completed && s.finalDeadline != 0 && now >= s.finalDeadline;
    s.claimable = s.timedOut;
    s.statusName = s.timedOut ? "TIMEOUT" : statusName(s.status);
}

} // namespace

eth::ContractCall<U256> finalDeadlineRatio(const iexec::PocoHub& hub) {
    return eth::calls::uintCall(hub.address(), "final_deadline_ratio()", {},
                                "Reading the final deadline ratio");
}

eth::ContractCall<U256> workClockTimeRef(const iexec::PocoHub& hub, const U256& category) {
    return eth::calls::abiCall(hub.address(), "viewCategory(uint256)", {AbiValue::number(category)},
                               {AbiType::parse("(string,string,uint256)")}, "Reading a category")
        .then([](const std::vector<AbiValue>& v) { return v.at(0).asList().at(2).asNumber(); });
}

TaskState readTaskState(eth::ContractCaller& caller, const iexec::PocoHub& hub,
                        const Hash32& dealid, std::uint64_t idx, std::uint64_t now,
                        const CancelToken* cancel) {
    TaskState s;
    s.dealid = dealid;
    s.idx = idx;
    s.taskid = iexec::PocoHub::taskId(dealid, idx);
    s.deal = caller.call(hub.viewDeal(dealid), cancel);
    if (!s.deal.exists())
        throw Error(ErrorCode::NotFound, "No deal " + eth::toHex(dealid) + " on this chain.");
    const U256 first = s.deal.botFirst;
    if (U256(idx) < first || U256(idx) >= first + s.deal.botSize)
        throw Error(ErrorCode::InvalidArgument,
                    "Deal " + eth::toHex(dealid) + " has no task " + std::to_string(idx) + ".");
    s.startTime = seconds(s.deal.startTime);
    const iexec::Task task = caller.call(hub.viewTask(s.taskid), cancel);
    s.status = task.status;
    if (task.status != iexec::TaskStatus::Unset) {
        s.contributionDeadline = seconds(task.contributionDeadline);
        s.finalDeadline = seconds(task.finalDeadline);
        s.resultsTimestamp = seconds(task.resultsTimestamp);
        s.results = task.results;
    } else {
        // Not initialised: the deadlines the hub will set, from the deal's start
        // (contribution 7, final final_deadline_ratio() times the category's reference).
        const U256 ratio = caller.call(finalDeadlineRatio(hub), cancel);
        const U256 ref = caller.call(workClockTimeRef(hub, s.deal.category), cancel);
        s.contributionDeadline = seconds(s.deal.startTime + U256(7) * ref);
        s.finalDeadline = seconds(s.deal.startTime + ratio * ref);
    }
    finish(s, now);
    return s;
}

TaskState readTaskState(eth::ContractCaller& caller, const iexec::PocoHub& hub,
                        const Hash32& taskid, std::uint64_t now, const CancelToken* cancel) {
    const iexec::Task task = caller.call(hub.viewTask(taskid), cancel);
    if (task.status == iexec::TaskStatus::Unset)
        throw Error(ErrorCode::NotFound,
                    "Task " + eth::toHex(taskid) +
                        " is not on this chain yet (not initialised): follow it by its deal.");
    return readTaskState(caller, hub, task.dealid, task.idx.toUint64(), now, cancel);
}

eth::TransactionRequest claimTask(const iexec::PocoHub& hub, const TaskState& state) {
    const std::string task = eth::toHex(state.taskid);
    if (state.status == iexec::TaskStatus::Completed)
        throw Error(ErrorCode::InvalidArgument,
                    "Task " + task + " completed: there is nothing to claim.");
    if (state.status == iexec::TaskStatus::Failed)
        throw Error(ErrorCode::InvalidArgument,
                    "Task " + task + " was already claimed (FAILED): the requester was refunded.");
    if (!state.claimable)
        throw Error(ErrorCode::InvalidArgument,
                    "Task " + task + " cannot be claimed before its final deadline, " +
                        formatTime(state.finalDeadline) +
                        ": until then a worker may still deliver its result.");
    eth::TransactionRequest r;
    r.to = hub.address();
    if (state.initialized)
        r.data = eth::Abi::encodeCall("claim(bytes32)", {b32(state.taskid)});
    else
        r.data = eth::Abi::encodeCall(
            "initializeAndClaimArray(bytes32[],uint256[])",
            {AbiValue::list({b32(state.dealid)}), AbiValue::list({AbiValue::number(state.idx)})});
    r.label = "Claim task " + task + " (refund of its price)";
    return r;
}

std::string formatTime(std::uint64_t secondsSinceEpoch) {
    const std::time_t t = static_cast<std::time_t>(secondsSinceEpoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return buffer;
}

} // namespace sr::compute
