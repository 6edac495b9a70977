#pragma once

#include "eth/Address.h"
#include "util/Bytes.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace sr::sandbox {

/// The compiled iExec contracts shipped in the pinned npm package @iexec/poco@6.1.0 (and the
/// RLC token's ABI from rlc-faucet-contract): creation code, link references and ABIs.
class PocoArtifacts {
public:
    /// `nodeModules` holds @iexec/poco. Throws sr::Error(NotFound) if it does not.
    explicit PocoArtifacts(std::filesystem::path nodeModules);

    /// Where the package installs the artifacts the deployer reads (same layout as
    /// node_modules), relative to the installation prefix.
    static constexpr const char* kShippedPath = "share/strongroom/npm";

    /// The default: $STRONGROOM_NODE_MODULES, else the folder installed with Strongroom
    /// (<prefix>/share/strongroom/npm next to <prefix>/bin), else the node_modules folder the
    /// build was configured with.
    static std::filesystem::path defaultNodeModules();

    /// A contract of artifacts/contracts (e.g. "facets/IexecPoco1Facet.sol/IexecPoco1Facet").
    nlohmann::json artifact(const std::string& relativePath) const;
    /// A contract of deployments/arbitrumSepolia (creation code only there).
    nlohmann::json deployment(const std::string& name) const;
    /// The RLC token's ABI.
    nlohmann::json rlcAbi() const;

    /// Creation code of `artifact` with every library placeholder replaced by `library`.
    static Bytes linkedBytecode(const nlohmann::json& artifact, const eth::Address& library);
    /// Creation code of a deployment record (no linking).
    static Bytes bytecode(const nlohmann::json& record);

private:
    nlohmann::json readJson(const std::filesystem::path& file) const;
    std::filesystem::path poco_;
    std::filesystem::path nodeModules_;
};

} // namespace sr::sandbox
