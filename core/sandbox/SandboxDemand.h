#pragma once

// Demand on the sandbox market (`strongroom-sandbox demand`): other funded accounts of the
// sandbox buy runs of the protected data whose grants let them in, at the granted price, so
// that a user trying Strongroom locally sees their data earn.

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/U256.h"
#include "sandbox/SandboxChain.h"
#include "util/Bytes.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sr::sandbox {

struct DemandOptions {
    unsigned runs = 1; ///< runs to buy in all
    /// Only grants this app may use; default: the app a grant names, or the Sandbox Content
    /// Reader for a grant to any app (or to the sandbox's app whitelist).
    std::optional<eth::Address> app;
};

/// One run bought.
struct DemandRun {
    eth::Address buyer, dataset, datasetOwner, app;
    eth::U256 datasetPrice, appPrice, workerpoolPrice; ///< nRLC
    Hash32 deal{}, task{};
};

/// The accounts that buy: anvil's unlocked dev accounts (eth_accounts) but those the sandbox
/// itself uses (the contracts' owner, the scheduler, the worker).
std::vector<eth::Address> demandBuyers(eth::JsonRpcClient& rpc);

/// Buys `options.runs` runs from the grants (dataset orders) on the sandbox market that let a
/// buyer in: granted to anyone or to that buyer, for the sandbox's workerpool or any, with
/// volume left; never a buyer's own data. The grants are taken in turn, one run each, as
/// long as runs remain. Each buyer gets test RLC into its iExec account when it lacks the
/// price, then signs a request order at the granted prices (eth_signTypedData_v4, the account
/// is unlocked on anvil) and matches it with the grant, the app's and the workerpool's orders
/// from the market. `progress` hears one line per run. Throws Error(NotFound) when no grant lets
/// anyone in (saying how to make one), Error(Reverted|Network) from the chain or the market.
std::vector<DemandRun> makeDemand(eth::JsonRpcClient& rpc, const SandboxDeployment& deployment,
                                  const std::string& marketUrl, const DemandOptions& options,
                                  const std::function<void(const DemandRun&)>& progress = {});

} // namespace sr::sandbox
