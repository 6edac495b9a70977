#pragma once

#include "util/Paths.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace sr {

/// The user's preferences, kept as JSON in `<config>/settings.json` and shared by the GUI and
/// the CLI. Keys this version does not know are kept as they are when saving.
struct AppSettings {
    std::string dataDir;          ///< empty: the XDG default
    std::string language;         ///< "en", "fr", or empty for the system language
    std::string theme = "system"; ///< "system", "light" or "dark"
    std::string activeNetwork = "arbitrum-mainnet";
    std::string activeAccount; ///< checksummed address; empty: the wallet's first account
    int autoLockMinutes = 10;  ///< lock the wallet after this long without input; 0: never
    nlohmann::json unknown = nlohmann::json::object();

    /// Missing file: defaults. Unreadable or malformed file: sr::Error(Corrupt) naming the file.
    static AppSettings load(const std::filesystem::path& file);
    /// Atomic write (0600). Throws sr::Error(Io).
    void save(const std::filesystem::path& file) const;

    bool operator==(const AppSettings& other) const = default;
};

/// Where Strongroom keeps its state (util/Paths.h): with `dataDirOverride` (`--data-dir`)
/// everything lives there; otherwise the configuration in the XDG config folder and the data in
/// the data folder chosen in Settings (its settings.json), else the XDG data folder.
AppPaths resolveAppPaths(const std::optional<std::filesystem::path>& dataDirOverride);

} // namespace sr
