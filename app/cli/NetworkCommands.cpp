#include "Commands.h"
#include "Support.h"
#include "iexec/NetworkRegistry.h"
#include "store/AppSettings.h"
#include "util/Error.h"

#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

std::string_view originName(NetworkOrigin origin) {
    switch (origin) {
    case NetworkOrigin::Builtin:
        return "builtin";
    case NetworkOrigin::BuiltinEdited:
        return "builtin-edited";
    case NetworkOrigin::Custom:
        return "custom";
    case NetworkOrigin::Sandbox:
        return "sandbox";
    case NetworkOrigin::File:
        return "file";
    }
    return "builtin";
}

nlohmann::json entryJson(const NetworkEntry& entry) {
    nlohmann::json json = entry.profile.toJson();
    json["origin"] = originName(entry.origin);
    checksumAddresses(json, {"hub", "dataProtector", "workerpool"});
    for (auto& app : json["knownApps"])
        checksumAddresses(app, {"address"});
    return json;
}

int networkList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const AppPaths paths = pathsFor(line);
    const auto entries = NetworkRegistry::load(paths).list();
    if (line.global.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& entry : entries)
            list.push_back(entryJson(entry));
        io.out << nlohmann::json{{"count", list.size()}, {"networks", list}}.dump(2) << "\n";
        return 0;
    }
    const std::string active = chosenNetwork(line).first;
    io.out << std::left << "  " << std::setw(22) << "NAME" << std::setw(10) << "KIND"
           << std::setw(10) << "CHAIN"
           << "DISPLAY NAME\n";
    for (const auto& entry : entries) {
        const auto& p = entry.profile;
        io.out << (p.name == active ? "* " : "  ") << std::setw(22) << p.name << std::setw(10)
               << networkKindName(p.kind) << std::setw(10) << p.chainId << p.displayName
               << (entry.origin == NetworkOrigin::BuiltinEdited ? " (edited)" : "") << "\n";
    }
    return 0;
}

int networkShow(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const auto [name, typed] = args.empty() ? chosenNetwork(line) : std::pair(args[0], true);
    const NetworkEntry entry = resolveNetwork(line, name, typed);
    if (line.global.json) {
        io.out << entryJson(entry).dump(2) << "\n";
        return 0;
    }
    const NetworkProfile& p = entry.profile;
    auto row = [&](const char* label, const std::string& value) {
        io.out << std::left << std::setw(24) << label << (value.empty() ? "-" : value) << "\n";
    };
    row("Name", p.name);
    row("Display name", p.displayName);
    row("Kind", std::string(networkKindName(p.kind)));
    row("Origin", std::string(originName(entry.origin)));
    row("Chain id", std::to_string(p.chainId));
    for (const auto& url : p.rpcUrls)
        row("RPC URL", url);
    row("Hub (PoCo)", p.hub);
    row("DataProtector", p.dataProtector);
    row("Workerpool", p.workerpool);
    row("SMS", p.sms);
    row("Market API", p.marketApi);
    row("IPFS node", p.ipfsNode);
    row("IPFS gateway", p.ipfsGateway);
    row("PoCo subgraph", p.pocoSubgraph);
    row("DataProtector subgraph", p.dataProtectorSubgraph);
    row("Explorer", p.explorer);
    for (const auto& app : p.knownApps)
        row(app.whitelist ? "Known app whitelist" : "Known app", app.name + " " + app.address);
    return 0;
}

// Sets the network later commands use without --network (the settings' active network, which
// the desktop app shares when it is a name it lists).
int networkUse(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const AppPaths paths = pathsFor(line);
    const NetworkEntry entry = resolveNetwork(line, args.at(0), true);
    std::string active = entry.profile.name;
    if (entry.origin == NetworkOrigin::File) // kept by path: read again by every command
        active = std::filesystem::absolute(args.at(0)).lexically_normal().string();
    AppSettings settings = AppSettings::load(paths.settingsFile());
    settings.activeNetwork = active;
    settings.save(paths.settingsFile());
    if (line.global.json) {
        nlohmann::json j = entryJson(entry);
        j["active"] = active;
        io.out << j.dump(2) << "\n";
        return 0;
    }
    io.out << "Active network: " << entry.profile.displayName << " (" << active
           << "). Commands without --network use it";
    if (const char* env = std::getenv(kNetworkVariable); env && *env)
        io.out << ", but " << kNetworkVariable << " (" << env << ") is set and comes first";
    io.out << ".\n";
    return 0;
}

} // namespace

std::vector<Command> networkCommands() {
    return {
        {{"network", "list"},
         "",
         "list the network profiles (* marks the active one)",
         {},
         {},
         0,
         0,
         guarded(networkList)},
        {{"network", "show"},
         "[NAME|FILE]",
         "show one network profile (default: --network, else the active one)",
         {},
         {},
         0,
         1,
         guarded(networkShow)},
        {{"network", "use"},
         "NAME|FILE",
         "make a network the active one: commands without --network use it",
         {},
         {},
         1,
         1,
         guarded(networkUse)},
    };
}

} // namespace sr::cli
