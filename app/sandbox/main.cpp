// strongroom-sandbox: a complete local iExec network on this machine (see --help).
// Argument parsing and printing only; the work is in core/sandbox.
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/ByoApps.h"
#include "sandbox/FaucetService.h"
#include "sandbox/PocoArtifacts.h"
#include "sandbox/SandboxApps.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/SandboxDemand.h"
#include "sandbox/SandboxNetwork.h"
#include "store/AppSettings.h"
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
    "  app add NAME --exec PATH [--schema JSON] [--price NRLC] [--whitelist]\n"
    "                 register a local program as an iExec app: deployed on chain, its app\n"
    "                 order published by the workerpool (free, or NRLC per task), approved\n"
    "                 in the sandbox app whitelist with --whitelist; tasks run PATH under\n"
    "                 the iExec app contract\n"
    "  app list       the sandbox apps and the apps added\n"
    "  app remove NAME\n"
    "                 forget an added app (its orders are unpublished)\n"
    "  mailbox        what Web3Mail and Web3Telegram delivered: to whom, when, which task\n"
    "  task logs TASK what the workerpool did for TASK (0x task id): its steps, the\n"
    "                 reason it failed if it did, the app's stdout and stderr\n"
    "  demand [--runs N] [--app A]\n"
    "                 other sandbox accounts buy N runs (default 1) of the protected data\n"
    "                 whose grants let them in (anyone, or them), at the granted price, for\n"
    "                 the grant's app (or A; the Content Reader for a grant to any app):\n"
    "                 the workerpool runs them and the data's owner earns\n"
    "  time advance DURATION\n"
    "                 move the chain's clock forward (90s, 50m, 2h, 1d or seconds) and mine\n"
    "                 a block: deadlines and claims without waiting\n"
    "  run            run in the foreground until interrupted (what `up` starts)\n"
    "  app-exec NAME  run a sandbox app's program (what the workerpool starts)\n"
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
    // app add
    std::optional<std::string> exec;
    std::optional<std::string> schema;
    std::optional<std::string> price;
    bool whitelist = false;
    // demand
    std::optional<std::string> runs;
    std::optional<std::string> app;
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
    return sr::resolveAppPaths(dataDir).sandboxDir();
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
    // Where its parts come from (the package's own, or a checkout's npm packages).
    std::cout << "[sandbox] anvil: " << sr::sandbox::AnvilProcess::executable() << "\n"
              << "[sandbox] PoCo contracts: "
              << (sr::sandbox::PocoArtifacts::defaultNodeModules() / "@iexec" / "poco").string()
              << std::endl;
    sr::sandbox::SandboxNetwork::Options options{stateDir};
    options.worker = true;
    options.appProgram = selfPath();
    sr::sandbox::SandboxNetwork network(
        options, [](const std::string& step) { std::cout << "[sandbox] " << step << std::endl; });
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

sr::sandbox::SandboxRuntime requireRunning(const std::filesystem::path& stateDir) {
    sr::sandbox::SandboxControl control(stateDir);
    const auto runtime = control.running();
    if (!runtime)
        throw sr::Error(sr::ErrorCode::NotFound,
                        "The sandbox is not running: start it with `strongroom-sandbox up`.");
    return *runtime;
}

int taskLogs(const std::filesystem::path& stateDir, const std::string& taskText, bool json) {
    sr::Hash32 taskId{};
    try {
        taskId = sr::eth::fromHexFixed<32>(taskText);
    } catch (const sr::Error&) {
        throw sr::Error(sr::ErrorCode::InvalidArgument,
                        "'" + taskText + "' is not a task id (0x and 64 hex digits).");
    }
    const auto dir = sr::sandbox::SandboxWorker::taskDir(
        sr::sandbox::SandboxNetwork::workerStateDir(stateDir), taskId);
    if (!std::filesystem::exists(dir / "worker.log"))
        throw sr::Error(sr::ErrorCode::NotFound,
                        "The sandbox workerpool has not seen task " + taskText + ".");
    const auto read = [&](const char* name) {
        try {
            return sr::readFile(dir / name);
        } catch (const sr::Error&) {
            return std::string();
        }
    };
    if (json) {
        std::cout << nlohmann::json{{"task", taskText},
                                    {"worker", read("worker.log")},
                                    {"stdout", read("app.stdout")},
                                    {"stderr", read("app.stderr")}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    std::cout << "== workerpool\n" << read("worker.log");
    std::cout << "== app stdout\n" << read("app.stdout");
    std::cout << "== app stderr\n" << read("app.stderr");
    return 0;
}

std::uint64_t parseDuration(const std::string& text) {
    std::size_t used = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    const std::string unit = used ? text.substr(used) : std::string();
    const std::uint64_t scale = unit.empty() || unit == "s" ? 1
                                : unit == "m"               ? 60
                                : unit == "h"               ? 3600
                                : unit == "d"               ? 86400
                                                            : 0;
    if (used == 0 || scale == 0 || value == 0 || value > 10ull * 365 * 86400 / scale)
        throw sr::Error(sr::ErrorCode::InvalidArgument,
                        "'" + text + "' is not a duration (e.g. 90s, 50m, 2h, 1d).");
    return value * scale;
}

int timeAdvance(const std::filesystem::path& stateDir, const std::string& duration, bool json) {
    const std::uint64_t seconds = parseDuration(duration);
    const auto runtime = requireRunning(stateDir);
    sr::eth::JsonRpcClient rpc({runtime.rpcUrl});
    rpc.call("evm_increaseTime", nlohmann::json::array({seconds}));
    rpc.call("evm_mine", nlohmann::json::array());
    const auto block = rpc.call("eth_getBlockByNumber", nlohmann::json::array({"latest", false}));
    const auto timestamp =
        sr::eth::JsonRpcClient::parseQuantity(block.at("timestamp"), "block timestamp");
    if (json)
        std::cout << nlohmann::json{{"advancedBy", seconds}, {"blockTimestamp", timestamp}}.dump(2)
                  << "\n";
    else
        std::cout << "the chain's clock moved " << seconds << " s forward (block time " << timestamp
                  << ")\n";
    return 0;
}

sr::sandbox::SandboxDeployment deploymentOf(const std::filesystem::path& stateDir) {
    return sr::sandbox::SandboxDeployment::fromJson(nlohmann::json::parse(
        sr::readFile(sr::sandbox::SandboxChain::deploymentFile(stateDir)), nullptr, false));
}

nlohmann::json appJson(const sr::sandbox::ByoApp& app) {
    return {{"name", app.name},
            {"address", app.address.toChecksumHex()},
            {"program", app.program},
            {"schema", app.schema},
            {"price", app.price.toDecimal()},
            {"whitelisted", app.whitelisted}};
}

int appCommand(const std::filesystem::path& stateDir, const Arguments& a) {
    const auto workerDir = sr::sandbox::SandboxNetwork::workerStateDir(stateDir);
    const std::string& sub = a.positional[0];
    if (sub == "list") {
        const auto deployment = deploymentOf(stateDir);
        const auto added = sr::sandbox::readByoApps(workerDir);
        if (a.json) {
            nlohmann::json out = {{"sandbox", nlohmann::json::array()},
                                  {"added", nlohmann::json::array()}};
            for (const auto& app : deployment.apps)
                out["sandbox"].push_back({{"name", app.name},
                                          {"address", app.address.toChecksumHex()},
                                          {"schema", app.schema}});
            for (const auto& app : added)
                out["added"].push_back(appJson(app));
            std::cout << out.dump(2) << "\n";
            return 0;
        }
        for (const auto& app : deployment.apps)
            std::cout << app.address.toChecksumHex() << "  " << app.name << " (sandbox app)\n";
        for (const auto& app : added)
            std::cout << app.address.toChecksumHex() << "  " << app.name << "  "
                      << app.program.string() << "  " << app.price.toDecimal() << " nRLC"
                      << (app.whitelisted ? "  whitelisted" : "") << "\n";
        return 0;
    }
    const auto runtime = requireRunning(stateDir);
    const auto deployment = deploymentOf(stateDir);
    if (sub == "remove") {
        const auto app =
            sr::sandbox::removeByoApp(runtime.rpcUrl, deployment, workerDir, a.positional[1]);
        if (a.json)
            std::cout << appJson(app).dump(2) << "\n";
        else
            std::cout << "removed " << app.name << " (" << app.address.toChecksumHex() << ")\n";
        return 0;
    }
    sr::eth::U256 price;
    if (a.price) {
        try {
            price = sr::eth::U256::fromDecimal(*a.price);
        } catch (const sr::Error&) {
            throw sr::Error(sr::ErrorCode::InvalidArgument,
                            "--price takes a whole number of nRLC, not '" + *a.price + "'.");
        }
    }
    const auto app = sr::sandbox::addByoApp(runtime.rpcUrl, deployment, workerDir, a.positional[1],
                                            *a.exec, a.schema.value_or(""), price, a.whitelist);
    if (a.json)
        std::cout << appJson(app).dump(2) << "\n";
    else
        std::cout << "added " << app.name << " at " << app.address.toChecksumHex()
                  << ": the workerpool publishes its app order and runs " << app.program.string()
                  << " for its tasks\n";
    return 0;
}

int mailbox(const std::filesystem::path& stateDir, bool json) {
    const auto messages = sr::sandbox::SandboxWorker::readMailbox(
        sr::sandbox::SandboxNetwork::workerStateDir(stateDir));
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : messages)
            out.push_back({{"channel", m.channel},
                           {"recipient", m.recipient},
                           {"sender", m.sender},
                           {"subject", m.subject},
                           {"contentType", m.contentType},
                           {"content", m.content},
                           {"task", sr::eth::toHex(sr::ByteView(m.taskId.data(), 32))},
                           {"app", m.app.toChecksumHex()},
                           {"deliveredAt", m.deliveredAt}});
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    if (messages.empty())
        std::cout << "the mailbox is empty\n";
    for (const auto& m : messages) {
        const std::time_t t = m.deliveredAt;
        char when[32];
        std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", std::localtime(&t));
        std::cout << when << "  " << m.channel << " to " << m.recipient
                  << (m.sender.empty() ? "" : " from " + m.sender) << "  task "
                  << sr::eth::toHex(sr::ByteView(m.taskId.data(), 32)) << "\n";
        if (!m.subject.empty())
            std::cout << "  subject: " << m.subject << "\n";
        std::cout << "  " << m.content << "\n";
    }
    return 0;
}

int demand(const std::filesystem::path& stateDir, unsigned runs,
           const std::optional<sr::eth::Address>& app, bool json) {
    const auto runtime = requireRunning(stateDir);
    sr::eth::JsonRpcClient rpc({runtime.rpcUrl});
    sr::sandbox::DemandOptions options;
    options.runs = runs;
    options.app = app;
    const auto market = runtime.endpoints.value("iexecGateway", std::string());
    const auto bought = sr::sandbox::makeDemand(
        rpc, deploymentOf(stateDir), market, options, [json](const sr::sandbox::DemandRun& r) {
            if (!json)
                std::cout << r.buyer.toChecksumHex() << " bought a run of "
                          << r.dataset.toChecksumHex() << " with app " << r.app.toChecksumHex()
                          << " for " << sr::eth::formatUnits(r.datasetPrice, 9) << " RLC: task "
                          << sr::eth::toHex(r.task) << std::endl;
        });
    if (json) {
        nlohmann::json out = {{"runs", nlohmann::json::array()}};
        for (const auto& r : bought)
            out["runs"].push_back({{"buyer", r.buyer.toChecksumHex()},
                                   {"dataset", r.dataset.toChecksumHex()},
                                   {"datasetOwner", r.datasetOwner.toChecksumHex()},
                                   {"app", r.app.toChecksumHex()},
                                   {"datasetPrice", r.datasetPrice.toDecimal()},
                                   {"appPrice", r.appPrice.toDecimal()},
                                   {"workerpoolPrice", r.workerpoolPrice.toDecimal()},
                                   {"deal", sr::eth::toHex(r.deal)},
                                   {"task", sr::eth::toHex(r.task)}});
        std::cout << out.dump(2) << "\n";
    } else if (bought.size() < runs) {
        std::cout << "bought " << bought.size() << " of " << runs
                  << " runs: the grants that let other accounts in have no volume left\n";
    }
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
        } else if (arg == "--whitelist") {
            a.whitelist = true;
        } else if (arg == "--exec" || arg == "--schema" || arg == "--price") {
            if (i + 1 >= args.size())
                return usage("option '" + arg + "' needs a value");
            (arg == "--exec" ? a.exec : arg == "--schema" ? a.schema : a.price) = args[++i];
        } else if (arg == "--runs" || arg == "--app") {
            if (i + 1 >= args.size())
                return usage("option '" + arg + "' needs a value");
            (arg == "--runs" ? a.runs : a.app) = args[++i];
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
        return usage("a command is needed (up, status, down, fund, demand, task, time, run)");
    if (a.command == "app-exec") {
        if (a.positional.empty())
            return usage("app-exec needs an app NAME");
        return sr::sandbox::runSandboxApp(
            a.positional[0],
            std::vector<std::string>(a.positional.begin() + 1, a.positional.end()));
    }
    if ((a.exec || a.schema || a.price || a.whitelist) &&
        !(a.command == "app" && !a.positional.empty() && a.positional[0] == "add"))
        return usage("--exec, --schema, --price and --whitelist go with 'app add'");
    if ((a.runs || a.app) && a.command != "demand")
        return usage("--runs and --app go with 'demand'");
    unsigned runs = 1;
    if (a.runs) {
        const std::string& n = *a.runs;
        if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(n) == 0)
            return usage("--runs must be a whole number from 1 to 9999");
        runs = static_cast<unsigned>(std::stoul(n));
    }
    std::optional<sr::eth::Address> demandApp;
    if (a.app) {
        try {
            demandApp = sr::eth::Address::fromHex(*a.app);
        } catch (const sr::Error& e) {
            return usage("--app: " + std::string(e.what()));
        }
    }
    if (a.command == "app") {
        const std::string sub = a.positional.empty() ? std::string() : a.positional[0];
        if (sub == "add" && (a.positional.size() != 2 || !a.exec))
            return usage("usage: app add NAME --exec PATH [--schema JSON] [--price NRLC] "
                         "[--whitelist]");
        if (sub == "remove" && a.positional.size() != 2)
            return usage("usage: app remove NAME");
        if (sub == "list" && a.positional.size() != 1)
            return usage("usage: app list");
        if (sub != "add" && sub != "remove" && sub != "list")
            return usage("app needs add, list or remove");
    } else if (a.command == "task" || a.command == "time") {
        const char* sub = a.command == "task" ? "logs" : "advance";
        if (a.positional.size() != 2 || a.positional[0] != sub)
            return usage(a.command == "task" ? "usage: task logs TASK"
                                             : "usage: time advance DURATION");
    } else {
        const size_t wanted = a.command == "fund" ? 1 : 0;
        if (a.positional.size() != wanted)
            return usage(wanted ? "fund needs one ADDRESS"
                                : "unexpected argument '" + a.positional[0] + "'");
    }
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
        if (a.command == "app")
            return appCommand(stateDir, a);
        if (a.command == "mailbox")
            return mailbox(stateDir, a.json);
        if (a.command == "task")
            return taskLogs(stateDir, a.positional[1], a.json);
        if (a.command == "time")
            return timeAdvance(stateDir, a.positional[1], a.json);
        if (a.command == "demand")
            return demand(stateDir, runs, demandApp, a.json);
        return usage("unknown command '" + a.command + "'");
    } catch (const sr::Error& e) {
        std::cerr << "strongroom-sandbox: " << e.what() << "\n";
        return 1;
    }
}
