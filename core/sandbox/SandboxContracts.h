#pragma once

#include "util/Bytes.h"

#include <nlohmann/json.hpp>
#include <string>

namespace sr::sandbox {

/// Strongroom's own sandbox contracts (resources/contracts/*.sol, compiled into
/// SandboxContracts.json by resources/contracts/compile.mjs and embedded in the core):
/// SandboxDataProtector (DataProtector's createDatasetWithSchema + DatasetSchema event) and
/// SandboxAppWhitelist (an ERC-734 app whitelist).
struct SandboxContracts {
    /// "SandboxDataProtector" or "SandboxAppWhitelist". Throws sr::Error(NotFound).
    static Bytes creationCode(const std::string& name);
    static nlohmann::json abi(const std::string& name);
    /// The solc version they were compiled with.
    static std::string compilerVersion();
    /// The embedded JSON as it is.
    static std::string embeddedJson();
};

} // namespace sr::sandbox
