#include "session/Dashboard.h"

#include "compute/ComputeJournal.h"
#include "compute/TaskFollow.h"
#include "eth/ContractCaller.h"
#include "eth/FeeEstimator.h"
#include "iexec/PocoHub.h"
#include "iexec/ProtectJournal.h"
#include "session/ChainSession.h"
#include "util/Error.h"

#include <set>

namespace sr::session {
namespace {

/// The latest block's time (seconds since 1970): what a task's deadlines are measured by.
std::uint64_t latestBlockTime(eth::JsonRpcClient& rpc, const CancelToken* cancel) {
    const auto block =
        rpc.call("eth_getBlockByNumber", nlohmann::json::array({"latest", false}), cancel);
    if (!block.is_object() || !block.contains("timestamp"))
        throw Error(ErrorCode::Corrupt, "the node's latest block has no timestamp");
    return eth::JsonRpcClient::parseQuantity(block.at("timestamp"), "block timestamp");
}

} // namespace

DashboardAccount readDashboardAccount(ChainSession& chain, const eth::Address& owner,
                                      const CancelToken* cancel) {
    DashboardAccount out;
    const auto& profile = chain.profile();
    out.balances = chain.funds().balances(owner, cancel);
    out.protectedData = chain.datasets().refresh(owner, cancel).size();
    try {
        const auto grants = chain.access().list(owner, {}, cancel);
        std::size_t live = 0;
        for (const auto& g : grants)
            if (!g.remaining.isZero())
                ++live;
        out.grants = grants.size();
        out.liveGrants = live;
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled)
            throw;
        out.grantsProblem = e.what();
    }
    const auto db = chain.paths().databaseFile();
    out.unfinishedProtects = iexec::ProtectJournal(db).list(profile.chainId, true, owner).size();
    out.requestsInFlow = compute::ComputeJournal(db).list(profile.chainId, true, owner).size();
    try {
        const eth::FeeQuote fees = eth::FeeEstimator(chain.rpc()).estimate(cancel);
        out.transactionCost = fees.perGasCap() * eth::U256(kTypicalTransactionGas);
    } catch (const Error& e) {
        // The balances were read: only the gas alert is left out (a transaction would be
        // refused with the reason anyway).
        if (e.code() == ErrorCode::Cancelled)
            throw;
    }
    return out;
}

DashboardActivity readDashboardActivity(ChainSession& chain, const eth::Address& owner,
                                        std::uint64_t now, const CancelToken* cancel) {
    DashboardActivity out;
    const auto reader = chain.hubLogs();
    out.block = reader->sync(cancel).toBlock;
    const auto pending = reader->pending(owner);
    out.earnings =
        iexec::summarizeEarnings(reader->rewardsTo(owner), pending, iexec::utcMonthStart(now));

    // The tasks the account asked for, from its journal, as the chain sees them now.
    const auto& profile = chain.profile();
    const iexec::PocoHub hub(profile.hubAddress());
    std::optional<eth::ContractCaller> caller;
    std::optional<std::uint64_t> chainTime;
    std::set<Hash32> mine;
    const auto requests =
        compute::ComputeJournal(chain.paths().databaseFile()).list(profile.chainId, false, owner);
    for (const auto& op : requests) {
        if (!op.dealId || op.state == compute::ComputeState::Cancelled)
            continue;
        const Hash32 task = op.taskId ? *op.taskId : iexec::PocoHub::taskId(*op.dealId, 0);
        const auto deal = reader->deal(*op.dealId);
        if (!deal)
            continue; // not on this chain (yet): nothing ran
        ++out.requested;
        mine.insert(task);
        if (deal->tasksCompleted > 0) {
            ++out.requestedCompleted;
            continue;
        }
        if (deal->tasksFailed > 0)
            continue; // claimed already: the money came back
        if (!caller) {
            caller.emplace(chain.rpc());
            chainTime = latestBlockTime(chain.rpc(), cancel);
        }
        const auto state = compute::readTaskState(*caller, hub, *op.dealId, 0, *chainTime, cancel);
        if (state.status == iexec::TaskStatus::Completed)
            ++out.requestedCompleted;
        else if (state.claimable)
            ++out.claimable;
        else if (state.status != iexec::TaskStatus::Failed)
            ++out.requestedRunning;
    }
    for (const auto& p : pending)
        if (!mine.count(p.task))
            ++out.runsOnMyData;
    return out;
}

GettingStarted gettingStarted(const DashboardAccount& account,
                              const std::optional<DashboardActivity>& activity) {
    GettingStarted g;
    const auto& b = account.balances;
    g.protect = account.protectedData > 0;
    // Protecting took funds: a wallet that protected had them, even if it spent them since.
    g.funds = !b.eth.isZero() || !b.rlc.isZero() || !b.stake.isZero() || g.protect;
    g.grant = account.grants.value_or(0) > 0;
    if (activity) {
        g.run = activity->requested > 0;
        g.result = activity->requestedCompleted > 0;
    }
    return g;
}

bool isNewWallet(const DashboardAccount& account,
                 const std::optional<DashboardActivity>& activity) {
    return account.protectedData == 0 && account.unfinishedProtects == 0 &&
           account.requestsInFlow == 0 && (!activity || activity->requested == 0);
}

std::vector<Attention> needsAttention(const DashboardAccount& account,
                                      const std::optional<DashboardActivity>& activity) {
    std::vector<Attention> out;
    if (account.unfinishedProtects > 0)
        out.push_back(Attention::UnfinishedProtect);
    if (activity && activity->claimable > 0)
        out.push_back(Attention::ClaimableTask);
    if (account.transactionCost && account.balances.eth < *account.transactionCost)
        out.push_back(Attention::GasTooLow);
    if (activity && !account.balances.stake.isZero() && !activity->earnings.earned().isZero())
        out.push_back(Attention::EarningsToWithdraw);
    return out;
}

} // namespace sr::session
