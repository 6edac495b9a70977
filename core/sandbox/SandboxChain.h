#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/PocoDeployer.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace sr::sandbox {

/// An app the sandbox registers in the AppRegistry (what it computes comes with the
/// computations work; for now it is a registered app a grant can name).
struct SandboxApp {
    std::string name;
    eth::Address address;
    nlohmann::json schema = nlohmann::json::object(); ///< the protected data it needs
    bool operator==(const SandboxApp&) const = default;
};

/// Everything deployed on the sandbox chain.
struct SandboxDeployment {
    PocoDeployment poco;
    eth::Address dataProtector;
    eth::Address appWhitelist; ///< ERC-734 whitelist holding the sandbox apps
    eth::Address workerpool;
    std::vector<SandboxApp> apps;

    nlohmann::json toJson() const;
    static SandboxDeployment fromJson(const nlohmann::json& json);
};

/// The sandbox's chain: anvil, with the real PoCo contracts and the sandbox's own contracts
/// deployed on first start. With a state folder, the chain and the deployment record persist,
/// and a later start loads them instead of deploying again. The chain is saved after every
/// block anvil mines (anvil_dumpState, written atomically) and by anvil on a clean exit: a
/// sandbox killed outright loses no transaction a client saw mined.
class SandboxChain {
public:
    static constexpr std::uint64_t kChainId = 31337;

    struct Options {
        std::filesystem::path stateDir; ///< empty: nothing persists
        std::uint16_t port = 0;         ///< 0: ephemeral
    };
    using Progress = std::function<void(const std::string& step)>;

    explicit SandboxChain(const Options& options, const Progress& progress = {});
    ~SandboxChain();

    std::string rpcUrl() const { return anvil_->rpcUrl(); }
    const SandboxDeployment& deployment() const { return deployment_; }
    eth::JsonRpcClient& rpc() { return *rpc_; }
    bool loadedFromState() const { return loaded_; }
    pid_t anvilPid() const { return anvil_->pid(); }

    /// Stops anvil cleanly (it saves its state first).
    void stop();
    /// Writes the chain's state now (atomically; a no-op without a state folder).
    void saveState();
    /// The last block whose state is saved (0 before the first save).
    std::uint64_t savedBlock() const { return savedBlock_.load(); }

    /// The accounts of anvil's default mnemonic the sandbox uses: 0 owns the contracts and
    /// the RLC supply (and pays the faucet), 1 owns the workerpool and the apps.
    static eth::Address ownerAccount();
    static eth::Address schedulerAccount();

    static std::filesystem::path chainStateFile(const std::filesystem::path& stateDir);
    static std::filesystem::path deploymentFile(const std::filesystem::path& stateDir);

private:
    void deployEverything(const Progress& progress);
    /// Registers the sandbox app `name` (appSpecs) without an MREnclave, adds it to the apps'
    /// whitelist, and returns its address.
    eth::Address registerApp(const std::string& name);
    /// Registers again, without an MREnclave, each recorded sandbox app that has one (states
    /// made before SDK 9 refused them); true when the record changed.
    bool registerAppsWithoutEnclave();

    void watchBlocks();

    std::unique_ptr<AnvilProcess> anvil_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    SandboxDeployment deployment_;
    bool loaded_ = false;
    std::filesystem::path stateFile_; ///< empty: nothing persists
    std::mutex saveMutex_;
    std::atomic<std::uint64_t> savedBlock_{0};
    std::atomic<bool> stopping_{false};
    std::thread saver_; ///< saves the state after each new block
};

} // namespace sr::sandbox
