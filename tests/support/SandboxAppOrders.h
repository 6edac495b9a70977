#pragma once

// The sandbox apps say where they run through their app orders' tag, as on Arbitrum (they have
// no MREnclave), and the sandbox's workerpool publishes those orders a moment after it starts:
// the suites that read where a sandbox app runs start the sandbox with its workerpool and wait
// for them.

#include "iexec/MarketClient.h"
#include "sandbox/SandboxNetwork.h"
#include "util/Error.h"

#include <chrono>
#include <filesystem>
#include <thread>

namespace sr::test {

/// A sandbox with its workerpool, whose apps are the programs of strongroom-sandbox.
inline sandbox::SandboxNetwork::Options sandboxWithWorkerpool(const std::filesystem::path& dir) {
    sandbox::SandboxNetwork::Options options{dir};
    options.worker = true;
    options.appProgram = STRONGROOM_SANDBOX;
    return options;
}

/// Waits until the sandbox market holds an open order of every sandbox app. Error(Network)
/// naming the app after `timeout`.
inline void waitForSandboxAppOrders(sandbox::SandboxNetwork& net,
                                    std::chrono::seconds timeout = std::chrono::seconds(60)) {
    iexec::OrderDomain domain;
    domain.chainId = net.profile().chainId;
    domain.verifyingContract = net.deployment().poco.hub;
    iexec::MarketClient market(net.services().marketUrl(), domain);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (const auto& app : net.deployment().apps)
        while (market.openAppOrders(app.address).empty()) {
            if (std::chrono::steady_clock::now() > deadline)
                throw Error(ErrorCode::Network,
                            "The workerpool published no order of " + app.name + " in time.");
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
}

} // namespace sr::test
