#pragma once

// "Bring your own app": a local executable registered as an iExec app of the sandbox
// (`strongroom-sandbox app add|list|remove`). The app is deployed on chain by the scheduler's
// account (so that the workerpool can publish its app order), optionally approved in the
// sandbox's app whitelist, and recorded in the worker's apps.json, which the running worker
// reads again whenever it changes.

#include "eth/Address.h"
#include "eth/U256.h"
#include "sandbox/SandboxChain.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sr::sandbox {

struct ByoApp {
    std::string name;
    eth::Address address;
    std::filesystem::path program; ///< absolute
    nlohmann::json schema = nlohmann::json::object();
    eth::U256 price; ///< nRLC per task
    bool whitelisted = false;
};

/// <workerStateDir>/apps.json
std::filesystem::path byoAppsFile(const std::filesystem::path& workerStateDir);
/// The registered apps (none when the file is absent). Throws Error(Corrupt).
std::vector<ByoApp> readByoApps(const std::filesystem::path& workerStateDir);

/// Checks the program (exists, regular, executable), the name (non-empty, not taken) and the
/// schema (a JSON object), deploys the app and records it. Throws Error(InvalidArgument) with
/// the reason for a bad input, Error(AlreadyExists) for a taken name, Error(Reverted|Network)
/// from the chain.
ByoApp addByoApp(const std::string& rpcUrl, const SandboxDeployment& deployment,
                 const std::filesystem::path& workerStateDir, const std::string& name,
                 const std::filesystem::path& program, const std::string& schemaJson,
                 const eth::U256& price, bool whitelist);

/// Forgets the app (the worker stops running it and unpublishes its orders); returns it.
/// Throws Error(NotFound).
ByoApp removeByoApp(const std::string& rpcUrl, const SandboxDeployment& deployment,
                    const std::filesystem::path& workerStateDir, const std::string& name);

} // namespace sr::sandbox
