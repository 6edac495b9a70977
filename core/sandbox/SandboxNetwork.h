#pragma once

#include "iexec/NetworkProfile.h"
#include "sandbox/SandboxChain.h"
#include "sandbox/SandboxServices.h"
#include "sandbox/SandboxWorker.h"

#include <filesystem>
#include <memory>

namespace sr::sandbox {

/// The whole local iExec network of `strongroom-sandbox`: the chain (anvil with PoCo and the
/// sandbox contracts) and the services (IPFS, SMS, market API, faucet), all on 127.0.0.1, and
/// the network profile that lets the GUI and the CLI use it like any other network.
class SandboxNetwork {
public:
    struct Options {
        std::filesystem::path stateDir; ///< chain, secrets, orders and IPFS blocks live here
        /// Run the workerpool (SandboxWorker): publish its orders and execute deals. The
        /// sandbox apps' programs are `appProgram app-exec NAME` (strongroom-sandbox).
        bool worker = false;
        std::filesystem::path appProgram{};
        unsigned workerConcurrency = 4;
        std::chrono::milliseconds maxWallClock{std::chrono::hours(10)};
    };
    using Progress = SandboxChain::Progress;

    /// Starts everything; throws sr::Error naming what failed (everything started is stopped).
    explicit SandboxNetwork(const Options& options, const Progress& progress = {});
    ~SandboxNetwork();

    /// The profile, named "sandbox", kind Sandbox.
    NetworkProfile profile() const;
    const SandboxDeployment& deployment() const { return chain_->deployment(); }
    SandboxChain& chain() { return *chain_; }
    SandboxServices& services() { return *services_; }
    /// Null unless Options::worker.
    SandboxWorker* worker() { return worker_.get(); }
    static std::filesystem::path workerStateDir(const std::filesystem::path& stateDir) {
        return stateDir / "worker";
    }
    /// The built-in program name ("content-reader", ...) of a sandbox app, empty if none.
    static std::string sandboxAppProgram(const std::string& appName);

    /// Stops the services, then the chain (which saves its state).
    void stop();

private:
    std::unique_ptr<SandboxChain> chain_;
    std::unique_ptr<SandboxServices> services_;
    std::unique_ptr<SandboxWorker> worker_;
};

} // namespace sr::sandbox
