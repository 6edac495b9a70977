#pragma once

#include "iexec/NetworkProfile.h"
#include "util/Paths.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sr {

/// Where a profile comes from, which decides what the user may do with it.
enum class NetworkOrigin {
    Builtin,       ///< shipped, unchanged
    BuiltinEdited, ///< shipped, endpoints edited by the user (can be reset)
    Custom,        ///< added by the user (can be removed)
    Sandbox,       ///< written by `strongroom-sandbox up` into <data>/sandbox/network.json
    File,          ///< read from a profile file given to --network
};

struct NetworkEntry {
    NetworkProfile profile;
    NetworkOrigin origin = NetworkOrigin::Builtin;
};

/// The network profiles: the built-in ones (possibly edited), the user's custom ones (both in
/// `<config>/networks.json`), and the sandbox's profile when a sandbox has written one.
class NetworkRegistry {
public:
    /// The name under which the default sandbox profile is found.
    static constexpr std::string_view kSandboxName = "sandbox";

    /// Reads `paths.networksFile()`. A missing file means "built-ins only". A malformed one
    /// throws sr::Error(Corrupt) naming it (see setFileAside()).
    static NetworkRegistry load(const AppPaths& paths);

    /// Every profile, built-ins first, then custom ones, then the sandbox if present.
    std::vector<NetworkEntry> list() const;

    /// A profile by name, or, if `nameOrFile` names an existing file, the profile in that file.
    /// Throws sr::Error(NotFound) with a hint, or the parse error of the file.
    NetworkEntry resolve(std::string_view nameOrFile) const;

    /// Saves a built-in's edited endpoints or adds/replaces a custom profile (in memory: call
    /// write() to persist).
    /// The name of a built-in can't be reused by a custom profile with another chain, and
    /// "sandbox" is reserved. Throws sr::Error(InvalidArgument).
    void save(const NetworkProfile& profile);
    /// Puts a built-in profile back to its shipped values (in memory).
    void resetBuiltin(std::string_view name);
    /// Removes a custom profile (in memory). Throws sr::Error(NotFound).
    void removeCustom(std::string_view name);

    /// Writes the edited built-ins and the custom profiles to `<config>/networks.json`
    /// atomically. Throws sr::Error(Io).
    void write() const;

private:
    static bool isBuiltinName(std::string_view name);

    AppPaths paths_;
    std::vector<NetworkProfile> overrides_; ///< edited built-ins
    std::vector<NetworkProfile> custom_;
};

} // namespace sr
