#pragma once

// What the Overview tells an account on opening the app, read from the chain, the market and
// the journals of the data folder (never from what was clicked): the balances, the protected
// data and grants, the computations under way, the earnings of the month, what needs
// attention, and for a new wallet how far it went in its first steps.

#include "eth/Address.h"
#include "eth/U256.h"
#include "iexec/EarningsSummary.h"
#include "iexec/FundsService.h"
#include "util/CancelToken.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sr::session {

class ChainSession;

/// Gas a typical transaction of Strongroom takes (a deposit, a revoke; a protect's
/// registration takes about as much): what "enough ETH for fees" is measured against.
inline constexpr std::uint64_t kTypicalTransactionGas = 300000;

/// The quick part: one batch of balances, the protected data listing (incremental), the
/// market's grants, the journals and the fees.
struct DashboardAccount {
    iexec::Balances balances;
    std::size_t protectedData = 0;
    /// The grants of the account's data on the market, and how many of them still have
    /// accesses left; nothing when they could not be read (`grantsProblem` says why).
    std::optional<std::size_t> grants;
    std::optional<std::size_t> liveGrants;
    std::string grantsProblem;
    /// Protects of this account on this network left Active or Failed in the journal.
    std::size_t unfinishedProtects = 0;
    /// Computation requests of this account whose request flow is not finished (journal).
    std::size_t requestsInFlow = 0;
    /// What kTypicalTransactionGas costs at the fees the node asks now (wei); nothing when the
    /// node's fees could not be read or were refused as absurd (FeeEstimator).
    std::optional<eth::U256> transactionCost;
};

/// The part read from the hub's logs (a first sync of a public network can be long): the
/// earnings, the runs on the account's data, the tasks the account requested.
struct DashboardActivity {
    iexec::EarningsSummary earnings;
    /// Tasks on the account's data or apps under way (requested by others or by itself).
    std::size_t runsOnMyData = 0;
    /// Tasks the account requested (from this data folder) whose deal is on chain.
    std::size_t requested = 0;
    /// ... of which under way, completed, and past their final deadline without a result
    /// (claimable: the requester gets its money back).
    std::size_t requestedRunning = 0;
    std::size_t requestedCompleted = 0;
    std::size_t claimable = 0;
    std::uint64_t block = 0;
};

/// The getting-started steps of a new wallet, each ticked from what the chain says.
struct GettingStarted {
    bool funds = false;   ///< ETH or RLC in the wallet or the iExec account
    bool protect = false; ///< a protected data owned
    bool grant = false;   ///< a grant of one's data on the market
    bool run = false;     ///< a computation requested and on chain
    bool result = false;  ///< a requested computation completed
    bool complete() const { return funds && protect && grant && run && result; }
    int done() const { return int(funds) + int(protect) + int(grant) + int(run) + int(result); }
};

/// What needs the user, each resolved on one page.
enum class Attention {
    UnfinishedProtect, ///< resume or cancel it (Protected data)
    ClaimableTask,     ///< claim the refund (Computations)
    GasTooLow,         ///< ETH below a transaction's cost, when it is known (Wallet)
    EarningsToWithdraw ///< the stake holds earnings (Earnings)
};

/// Reads the quick part. Throws what the balances read throws (the node is the truth); the
/// grants' failure (the market) is kept in grantsProblem instead.
DashboardAccount readDashboardAccount(ChainSession& chain, const eth::Address& owner,
                                      const CancelToken* cancel = nullptr);
/// Syncs the hub's logs and reads the account's activity in them; `now` (seconds since 1970)
/// starts the month. Throws Error(Network, Corrupt, ...).
DashboardActivity readDashboardActivity(ChainSession& chain, const eth::Address& owner,
                                        std::uint64_t now, const CancelToken* cancel = nullptr);

/// The steps done; `activity` unread yet counts as nothing run.
GettingStarted gettingStarted(const DashboardAccount& account,
                              const std::optional<DashboardActivity>& activity);
/// Nothing protected, nothing requested, nothing left unfinished: the checklist comes first.
bool isNewWallet(const DashboardAccount& account, const std::optional<DashboardActivity>& activity);
/// What needs attention, in the order above.
std::vector<Attention> needsAttention(const DashboardAccount& account,
                                      const std::optional<DashboardActivity>& activity);

} // namespace sr::session
