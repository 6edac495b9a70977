#include "iexec/NetworkRegistry.h"

#include "store/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>

namespace sr {
namespace {

constexpr int kFileVersion = 1;

template <typename List> auto findByName(List& list, std::string_view name) {
    return std::find_if(list.begin(), list.end(), [&](const auto& p) { return p.name == name; });
}

NetworkProfile parseProfileFile(const std::filesystem::path& file) {
    const nlohmann::json json = nlohmann::json::parse(readFile(file), nullptr, false);
    if (json.is_discarded())
        throw Error(ErrorCode::Corrupt, file.string() + " is not valid JSON.");
    try {
        return NetworkProfile::fromJson(json);
    } catch (const Error& e) {
        throw Error(e.code(), file.string() + ": " + e.what());
    }
}

} // namespace

bool NetworkRegistry::isBuiltinName(std::string_view name) {
    const auto& builtins = builtinNetworks();
    return findByName(builtins, name) != builtins.end();
}

NetworkRegistry NetworkRegistry::load(const AppPaths& paths) {
    NetworkRegistry registry;
    registry.paths_ = paths;
    const auto file = paths.networksFile();
    std::string text;
    try {
        text = readFile(file);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::NotFound)
            return registry;
        throw;
    }
    const std::string hint = " Fix the file, or move it aside to start with the "
                             "shipped networks.";
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(ErrorCode::Corrupt, file.string() + " is not valid JSON." + hint);
    try {
        if (auto it = json.find("builtinOverrides"); it != json.end()) {
            if (!it->is_array())
                throw Error(ErrorCode::Corrupt, "\"builtinOverrides\" must be a list.");
            for (const auto& entry : *it) {
                NetworkProfile p = NetworkProfile::fromJson(entry);
                if (isBuiltinName(p.name))
                    registry.overrides_.push_back(std::move(p));
            }
        }
        if (auto it = json.find("custom"); it != json.end()) {
            if (!it->is_array())
                throw Error(ErrorCode::Corrupt, "\"custom\" must be a list.");
            for (const auto& entry : *it) {
                NetworkProfile p = NetworkProfile::fromJson(entry);
                if (!isBuiltinName(p.name) && p.name != kSandboxName &&
                    findByName(registry.custom_, p.name) == registry.custom_.end())
                    registry.custom_.push_back(std::move(p));
            }
        }
    } catch (const Error& e) {
        throw Error(ErrorCode::Corrupt, file.string() + ": " + e.what() + hint);
    }
    return registry;
}

std::vector<NetworkEntry> NetworkRegistry::list() const {
    std::vector<NetworkEntry> entries;
    for (const auto& builtin : builtinNetworks()) {
        auto edited = findByName(overrides_, builtin.name);
        if (edited != overrides_.end())
            entries.push_back({*edited, NetworkOrigin::BuiltinEdited});
        else
            entries.push_back({builtin, NetworkOrigin::Builtin});
    }
    for (const auto& custom : custom_)
        entries.push_back({custom, NetworkOrigin::Custom});
    const auto sandboxProfile = paths_.sandboxDir() / "network.json";
    std::error_code ec;
    if (std::filesystem::exists(sandboxProfile, ec)) {
        try {
            NetworkProfile p = parseProfileFile(sandboxProfile);
            p.name = std::string(kSandboxName);
            entries.push_back({std::move(p), NetworkOrigin::Sandbox});
        } catch (const Error&) {
            // A half-written or stale sandbox profile is not listed; resolve() reports it.
        }
    }
    return entries;
}

NetworkEntry NetworkRegistry::resolve(std::string_view nameOrFile) const {
    if (nameOrFile == kSandboxName) {
        const auto file = paths_.sandboxDir() / "network.json";
        std::error_code ec;
        if (!std::filesystem::exists(file, ec))
            throw Error(ErrorCode::NotFound,
                        "No sandbox network profile at " + file.string() +
                            ": start the sandbox with `strongroom-sandbox up`.");
        NetworkProfile p = parseProfileFile(file);
        p.name = std::string(kSandboxName);
        return {std::move(p), NetworkOrigin::Sandbox};
    }
    for (auto& entry : list())
        if (entry.profile.name == nameOrFile)
            return entry;
    const std::filesystem::path asFile{std::string(nameOrFile)};
    std::error_code ec;
    if (std::filesystem::is_regular_file(asFile, ec))
        return {parseProfileFile(asFile), NetworkOrigin::File};
    std::string known;
    for (const auto& entry : list())
        known += (known.empty() ? "" : ", ") + entry.profile.name;
    throw Error(ErrorCode::NotFound, "Unknown network \"" + std::string(nameOrFile) +
                                         "\". Known networks: " + known +
                                         "; or give the path of a profile file.");
}

void NetworkRegistry::save(const NetworkProfile& profile) {
    profile.validate();
    if (profile.name == kSandboxName)
        throw Error(ErrorCode::InvalidArgument,
                    "The name \"sandbox\" is reserved for the local sandbox network.");
    if (isBuiltinName(profile.name)) {
        const auto& builtins = builtinNetworks();
        const auto& shipped = *findByName(builtins, profile.name);
        if (profile.chainId != shipped.chainId)
            throw Error(ErrorCode::InvalidArgument,
                        "The chain id of " + shipped.displayName +
                            " can't change; add a custom network instead.");
        auto it = findByName(overrides_, profile.name);
        if (profile == shipped) {
            if (it != overrides_.end())
                overrides_.erase(it);
        } else if (it != overrides_.end()) {
            *it = profile;
        } else {
            overrides_.push_back(profile);
        }
    } else {
        auto it = findByName(custom_, profile.name);
        if (it != custom_.end())
            *it = profile;
        else
            custom_.push_back(profile);
    }
}

void NetworkRegistry::resetBuiltin(std::string_view name) {
    auto it = findByName(overrides_, name);
    if (it == overrides_.end())
        return;
    overrides_.erase(it);
}

void NetworkRegistry::removeCustom(std::string_view name) {
    auto it = findByName(custom_, name);
    if (it == custom_.end())
        throw Error(ErrorCode::NotFound, "No custom network named \"" + std::string(name) + "\".");
    custom_.erase(it);
}

void NetworkRegistry::write() const {
    nlohmann::json json = {{"version", kFileVersion},
                           {"builtinOverrides", nlohmann::json::array()},
                           {"custom", nlohmann::json::array()}};
    for (const auto& p : overrides_)
        json["builtinOverrides"].push_back(p.toJson());
    for (const auto& p : custom_)
        json["custom"].push_back(p.toJson());
    writeFileAtomic(paths_.networksFile(), json.dump(2) + "\n");
}

} // namespace sr
