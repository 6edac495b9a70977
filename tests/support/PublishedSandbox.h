#pragma once

// What the GUI suites share: a sandbox network started in a data folder and published there the
// way `strongroom-sandbox` does, so that the app opened on that folder finds it, as after
// `packaging/dev.sh run`. Withdrawn and stopped when it goes.

#include "SandboxAppOrders.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/SandboxNetwork.h"
#include "store/AppSettings.h"
#include "util/Paths.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <unistd.h>

namespace sr::test {

class PublishedSandbox {
public:
    /// `options`: made for the state folder (as `strongroom-sandbox` keeps it in the data
    /// folder); by default without the workerpool.
    explicit PublishedSandbox(
        const std::filesystem::path& dataDir,
        const std::function<sandbox::SandboxNetwork::Options(const std::filesystem::path&)>&
            options = {})
        : stateDir_(resolveAppPaths(dataDir).sandboxDir()),
          network_(options ? options(stateDir_) : sandbox::SandboxNetwork::Options{stateDir_}),
          control_(stateDir_) {
        control_.publish(runtime(), network_.profile().toJson());
    }
    ~PublishedSandbox() {
        control_.withdraw();
        network_.stop();
    }
    PublishedSandbox(const PublishedSandbox&) = delete;
    PublishedSandbox& operator=(const PublishedSandbox&) = delete;

    sandbox::SandboxNetwork& network() { return network_; }
    /// The folder the sandbox keeps its state in (its worker's apps, its logs).
    const std::filesystem::path& stateDir() const { return stateDir_; }

    /// Publishes this running sandbox in another data folder as well, as if it had been
    /// started there; withdraw it with the control returned.
    sandbox::SandboxControl publishIn(const std::filesystem::path& dataDir) {
        sandbox::SandboxControl control(resolveAppPaths(dataDir).sandboxDir());
        control.publish(runtime(), network_.profile().toJson());
        return control;
    }

private:
    /// What this process publishes: itself, as the sandbox's process, and the node's URL.
    sandbox::SandboxRuntime runtime() {
        sandbox::SandboxRuntime runtime;
        runtime.pid = ::getpid();
        runtime.rpcUrl = network_.chain().rpcUrl();
        return runtime;
    }

    static sandbox::SandboxNetwork::Options
    optionsFor(const std::filesystem::path& stateDir,
               const std::function<void(sandbox::SandboxNetwork::Options&)>& configure) {
        sandbox::SandboxNetwork::Options options{stateDir};
        configure(options);
        return options;
    }

    std::filesystem::path stateDir_;
    sandbox::SandboxNetwork network_;
    sandbox::SandboxControl control_;
};

/// A sandbox with its workerpool (each run at most `maxWallClock`), published in `dataDir`.
inline std::unique_ptr<PublishedSandbox>
publishedSandboxWithWorker(const std::filesystem::path& dataDir,
                           std::chrono::seconds maxWallClock = std::chrono::seconds(5)) {
    return std::make_unique<PublishedSandbox>(
        dataDir, [maxWallClock](const std::filesystem::path& stateDir) {
            auto options = sandboxWithWorkerpool(stateDir);
            options.maxWallClock = maxWallClock;
            return options;
        });
}

} // namespace sr::test
