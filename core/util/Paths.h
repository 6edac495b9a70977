#pragma once

#include <filesystem>
#include <optional>

namespace sr {

/// Where Strongroom keeps its state. By default the XDG base directories
/// ($XDG_CONFIG_HOME/strongroom, $XDG_DATA_HOME/strongroom); with `--data-dir D` everything
/// (configuration included) lives in D, for tests and portable use.
struct AppPaths {
    std::filesystem::path configDir;
    std::filesystem::path dataDir;
    bool portable = false; ///< true when `--data-dir` chose the folder

    // Resolved from --data-dir and the settings by resolveAppPaths (store/AppSettings.h).

    std::filesystem::path settingsFile() const { return configDir / "settings.json"; }
    std::filesystem::path networksFile() const { return configDir / "networks.json"; }
    std::filesystem::path keystoreDir() const { return dataDir / "keystore"; }
    std::filesystem::path sandboxDir() const { return dataDir / "sandbox"; }
    std::filesystem::path databaseFile() const { return dataDir / "strongroom.sqlite"; }
};

/// $XDG_CONFIG_HOME/strongroom (or ~/.config/strongroom).
std::filesystem::path defaultConfigDir();
/// $XDG_DATA_HOME/strongroom (or ~/.local/share/strongroom).
std::filesystem::path defaultDataDir();

/// A file or folder that ships with Strongroom, looked up relative to the running executable:
/// <folder of the executable>/../<relative> (for /usr/bin/strongroom-sandbox and
/// "share/strongroom/npm": /usr/share/strongroom/npm), so that a package unpacked under any
/// prefix finds its parts. std::nullopt when it is not there (a build tree, for instance).
std::optional<std::filesystem::path> shippedPath(const std::filesystem::path& relative);

} // namespace sr
