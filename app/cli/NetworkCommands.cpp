#include "Commands.h"
#include "iexec/NetworkRegistry.h"
#include "store/AppSettings.h"
#include "util/Error.h"

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
    return json;
}

int networkList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const AppPaths paths = pathsFor(line);
    const auto entries = NetworkRegistry::load(paths).list();
    if (line.global.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& entry : entries)
            list.push_back(entryJson(entry));
        io.out << nlohmann::json{{"networks", list}}.dump(2) << "\n";
        return 0;
    }
    const std::string active = AppSettings::load(paths.settingsFile()).activeNetwork;
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
    const AppPaths paths = pathsFor(line);
    const NetworkRegistry registry = NetworkRegistry::load(paths);
    std::string name;
    if (!args.empty())
        name = args[0];
    else if (line.global.network)
        name = *line.global.network;
    else
        name = AppSettings::load(paths.settingsFile()).activeNetwork;
    const NetworkEntry entry = registry.resolve(name);
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
         networkList},
        {{"network", "show"},
         "[NAME|FILE]",
         "show one network profile (default: --network, else the active one)",
         {},
         {},
         0,
         1,
         networkShow},
    };
}

} // namespace sr::cli
