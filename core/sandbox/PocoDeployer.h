#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/PocoArtifacts.h"

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace sr::sandbox {

/// Where the iExec contracts landed on a local chain.
struct PocoDeployment {
    eth::Address hub;
    eth::Address rlc;
    eth::Address appRegistry;
    eth::Address datasetRegistry;
    eth::Address workerpoolRegistry;
    eth::Address owner; ///< the account that deployed and owns everything

    nlohmann::json toJson() const;
    static PocoDeployment fromJson(const nlohmann::json& json);
};

/// Deploys the real PoCo v6.1.0 contracts (the Diamond hub and every facet, the three
/// registries, RLC) from @iexec/poco's artifacts onto a local chain, configures the hub and
/// creates the five categories, as iExec's own deployment does. About 48 transactions.
class PocoDeployer {
public:
    using Progress = std::function<void(const std::string& step)>;

    PocoDeployer(eth::JsonRpcClient& rpc, const PocoArtifacts& artifacts, eth::Address owner);

    /// Throws sr::Error (Reverted, Network, Corrupt) with the step that failed.
    PocoDeployment deploy(const Progress& progress = {});

    /// The facets added to the Diamond, in order (names of their artifacts).
    static const std::vector<std::string>& facetNames();

private:
    eth::JsonRpcClient& rpc_;
    const PocoArtifacts& artifacts_;
    eth::Address owner_;
};

} // namespace sr::sandbox
