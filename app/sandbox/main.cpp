// strongroom-sandbox: a complete local iExec network on this machine (see --help).
// Argument parsing and printing only; the work is in core/sandbox.
#include "eth/JsonRpcClient.h"
#include "sandbox/FaucetService.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/SandboxNetwork.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "util/Paths.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char* kUsage =
    "Usage: strongroom-sandbox COMMAND [--state-dir D | --data-dir DIR] [--json]\n"
    "\n"
    "A complete local iExec network on 127.0.0.1: anvil with the real PoCo contracts,\n"
    "IPFS, SMS and market API services, and a faucet.\n"
    "\n"
    "Commands:\n"
    "  up             start the sandbox in the background (loads its saved state if any),\n"
    "                 wait until it is ready, print the path of its network profile\n"
    "  status         say whether it runs, with its endpoints and block height\n"
    "  down           stop it (its chain and services' data are kept)\n"
    "  fund ADDRESS   send test ETH and RLC to ADDRESS\n"
    "  run            run in the foreground until interrupted (what `up` starts)\n"
    "\n"
    "Options:\n"
    "  --state-dir D  where the sandbox keeps its state (default: <data folder>/sandbox)\n"
    "  --data-dir DIR Strongroom's data folder (default: ~/.local/share/strongroom)\n"
    "  --json         print one JSON document on stdout\n"
    "\n"
    "Exit codes: 0 success, 1 failure (or, for status, not running), 2 usage error.\n";

struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::optional<std::string> stateDir;
    std::optional<std::string> dataDir;
    bool json = false;
};

int usage(const std::string& message) {
    std::cerr << "strongroom-sandbox: " << message << "\nTry 'strongroom-sandbox --help'.\n";
    return 2;
}

std::filesystem::path stateDirOf(const Arguments& a) {
    if (a.stateDir)
        return std::filesystem::absolute(*a.stateDir);
    std::optional<std::filesystem::path> dataDir;
    if (a.dataDir)
        dataDir = *a.dataDir;
    return sr::AppPaths::resolve(dataDir).sandboxDir();
}

std::string selfPath() {
    std::error_code ec;
    auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("strongroom-sandbox") : path.string();
}

int run(const std::filesystem::path& stateDir) {
    // Block the stop signals before any thread starts, then wait for one below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    sr::sandbox::SandboxControl control(stateDir);
    if (auto other = control.running(); other && other->pid != ::getpid())
        throw sr::Error(sr::ErrorCode::AlreadyExists,
                        "A sandbox already runs on this state folder (pid " +
                            std::to_string(other->pid) + ").");
    const auto started = std::time(nullptr);
    sr::sandbox::SandboxNetwork network({stateDir}, [](const std::string& step) {
        std::cout << "[sandbox] " << step << std::endl;
    });
    sr::sandbox::SandboxRuntime runtime;
    runtime.pid = ::getpid();
    runtime.rpcUrl = network.chain().rpcUrl();
    runtime.endpoints = network.services().endpoints();
    runtime.startedAt = started;
    control.publish(runtime, network.profile().toJson());
    std::cout << "[sandbox] ready in " << (std::time(nullptr) - started)
              << " s: " << control.profileFile().string() << std::endl;
    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::cout << "[sandbox] stopping (signal " << signal << ")" << std::endl;
    control.withdraw();
    // Each part's time goes to the log: what `down` waits for.
    using Clock = std::chrono::steady_clock;
    const auto ms = [](Clock::time_point since) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count();
    };
    auto begin = Clock::now();
    network.services().stop();
    std::cout << "[sandbox] services stopped in " << ms(begin) << " ms" << std::endl;
    begin = Clock::now();
    network.chain().stop();
    std::cout << "[sandbox] chain saved and stopped in " << ms(begin) << " ms" << std::endl;
    network.stop();
    std::cout << "[sandbox] stopped" << std::endl;
    return 0;
}

int up(const std::filesystem::path& stateDir, bool json) {
    sr::sandbox::SandboxControl control(stateDir);
    auto runtime = control.running();
    const bool already = runtime.has_value();
    if (!runtime)
        runtime = control.startDetached(selfPath());
    if (json)
        std::cout << nlohmann::json{{"profile", control.profileFile().string()},
                                    {"alreadyRunning", already},
                                    {"pid", runtime->pid},
                                    {"rpcUrl", runtime->rpcUrl},
                                    {"endpoints", runtime->endpoints}}
                         .dump(2)
                  << "\n";
    else
        std::cout << control.profileFile().string() << "\n";
    if (!json && already)
        std::cerr << "strongroom-sandbox: already running (pid " << runtime->pid << ")\n";
    return 0;
}

int status(const std::filesystem::path& stateDir, bool json) {
    sr::sandbox::SandboxControl control(stateDir);
    const auto runtime = control.running();
    if (!runtime) {
        if (json)
            std::cout << nlohmann::json{{"running", false}, {"stateDir", stateDir.string()}}.dump(2)
                      << "\n";
        else
            std::cout << "not running (state folder " << stateDir.string() << ")\n";
        return 1;
    }
    std::optional<std::uint64_t> block;
    std::string problem;
    try {
        sr::eth::JsonRpcClient rpc({runtime->rpcUrl});
        block = rpc.blockNumber();
    } catch (const sr::Error& e) {
        problem = e.what();
    }
    if (json) {
        nlohmann::json out = {{"running", true},
                              {"pid", runtime->pid},
                              {"rpcUrl", runtime->rpcUrl},
                              {"endpoints", runtime->endpoints},
                              {"profile", control.profileFile().string()}};
        if (block)
            out["blockNumber"] = *block;
        else
            out["problem"] = problem;
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    // One column for the names, as wide as the longest one plus two spaces.
    std::size_t width = std::string("profile").size();
    for (const auto& [name, url] : runtime->endpoints.items())
        width = std::max(width, name.size());
    width += 2;
    const auto row = [&](const std::string& name, const std::string& value) {
        std::cout << "  " << name << std::string(width - name.size(), ' ') << value << "\n";
    };
    std::cout << "running (pid " << runtime->pid << ")\n";
    row("chain", runtime->rpcUrl + "  " +
                     (block ? "block " + std::to_string(*block) : "not answering: " + problem));
    for (const auto& [name, url] : runtime->endpoints.items())
        row(name, url.get<std::string>());
    row("profile", control.profileFile().string());
    return 0;
}

int down(const std::filesystem::path& stateDir) {
    sr::sandbox::SandboxControl control(stateDir);
    if (!control.stop()) {
        std::cout << "not running\n";
        return 0;
    }
    std::cout << "stopped\n";
    return 0;
}

// The `up` command for the state folder these arguments chose, for hints.
std::string upCommand(const Arguments& a) {
    std::string command = "strongroom-sandbox up";
    if (a.stateDir)
        command += " --state-dir " + *a.stateDir;
    else if (a.dataDir)
        command += " --data-dir " + *a.dataDir;
    return command;
}

int fund(const Arguments& a, const std::filesystem::path& stateDir, const std::string& address,
         bool json) {
    sr::sandbox::SandboxControl control(stateDir);
    const auto runtime = control.running();
    if (!runtime)
        throw sr::Error(sr::ErrorCode::NotFound,
                        "The sandbox is not running: start it with `" + upCommand(a) + "`.");
    const auto deployment = sr::sandbox::SandboxDeployment::fromJson(nlohmann::json::parse(
        sr::readFile(sr::sandbox::SandboxChain::deploymentFile(stateDir)), nullptr, false));
    sr::eth::JsonRpcClient rpc({runtime->rpcUrl});
    const auto grant = sr::sandbox::FaucetService::fund(
        rpc, deployment.poco.rlc, deployment.poco.owner, sr::eth::Address::fromHex(address));
    if (json)
        std::cout << nlohmann::json{{"address", grant.to.toChecksumHex()},
                                    {"eth", grant.wei.toDecimal()},
                                    {"rlc", grant.nRlc.toDecimal()},
                                    {"transactions",
                                     {{"eth", grant.ethTransaction},
                                      {"rlc", grant.rlcTransaction}}}}
                         .dump(2)
                  << "\n";
    else
        std::cout << "sent " << sr::eth::formatUnits(grant.wei, 18) << " ETH and "
                  << sr::eth::formatUnits(grant.nRlc, 9) << " RLC to " << grant.to.toChecksumHex()
                  << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Arguments a;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            return 0;
        }
        if (arg == "--json") {
            a.json = true;
        } else if (arg == "--state-dir" || arg == "--data-dir") {
            if (i + 1 >= args.size())
                return usage("option '" + arg + "' needs a value");
            (arg == "--state-dir" ? a.stateDir : a.dataDir) = args[++i];
        } else if (arg.starts_with("--")) {
            return usage("unknown option '" + arg + "'");
        } else if (a.command.empty()) {
            a.command = arg;
        } else {
            a.positional.push_back(arg);
        }
    }
    if (a.command.empty())
        return usage("a command is needed (up, status, down, fund, run)");
    const size_t wanted = a.command == "fund" ? 1 : 0;
    if (a.positional.size() != wanted)
        return usage(wanted ? "fund needs one ADDRESS"
                            : "unexpected argument '" + a.positional[0] + "'");
    try {
        const auto stateDir = stateDirOf(a);
        if (a.command == "up")
            return up(stateDir, a.json);
        if (a.command == "status")
            return status(stateDir, a.json);
        if (a.command == "down")
            return down(stateDir);
        if (a.command == "fund")
            return fund(a, stateDir, a.positional[0], a.json);
        if (a.command == "run")
            return run(stateDir);
        return usage("unknown command '" + a.command + "'");
    } catch (const sr::Error& e) {
        std::cerr << "strongroom-sandbox: " << e.what() << "\n";
        return 1;
    }
}
