#include "store/AppSettings.h"

#include "store/AtomicFile.h"
#include "util/Error.h"

namespace sr {
namespace {

std::string takeString(nlohmann::json& object, const char* key, const std::string& fallback,
                       const std::filesystem::path& file) {
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_string())
        throw Error(ErrorCode::Corrupt, file.string() + ": \"" + key + "\" must be a string.");
    std::string value = it->get<std::string>();
    object.erase(it);
    return value;
}

int takeMinutes(nlohmann::json& object, const char* key, int fallback,
                const std::filesystem::path& file) {
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 24 * 60)
        throw Error(ErrorCode::Corrupt, file.string() + ": \"" + key +
                                            "\" must be a whole number of minutes (0 to 1440).");
    const int value = it->get<int>();
    object.erase(it);
    return value;
}

} // namespace

AppSettings AppSettings::load(const std::filesystem::path& file) {
    AppSettings settings;
    std::string text;
    try {
        text = readFile(file);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::NotFound)
            return settings;
        throw;
    }
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(ErrorCode::Corrupt, file.string() +
                                            " is not a valid settings file. Fix it or move it "
                                            "away to start with the default settings.");
    settings.dataDir = takeString(json, "dataDir", settings.dataDir, file);
    settings.language = takeString(json, "language", settings.language, file);
    settings.theme = takeString(json, "theme", settings.theme, file);
    settings.activeNetwork = takeString(json, "activeNetwork", settings.activeNetwork, file);
    settings.activeAccount = takeString(json, "activeAccount", settings.activeAccount, file);
    settings.autoLockMinutes = takeMinutes(json, "autoLockMinutes", settings.autoLockMinutes, file);
    if (settings.theme != "system" && settings.theme != "light" && settings.theme != "dark")
        settings.theme = "system";
    settings.unknown = std::move(json);
    return settings;
}

void AppSettings::save(const std::filesystem::path& file) const {
    nlohmann::json json = unknown.is_object() ? unknown : nlohmann::json::object();
    json["dataDir"] = dataDir;
    json["language"] = language;
    json["theme"] = theme;
    json["activeNetwork"] = activeNetwork;
    json["activeAccount"] = activeAccount;
    json["autoLockMinutes"] = autoLockMinutes;
    writeFileAtomic(file, json.dump(2) + "\n");
}

AppPaths resolveAppPaths(const std::optional<std::filesystem::path>& dataDirOverride) {
    AppPaths paths;
    if (dataDirOverride) {
        paths.configDir = std::filesystem::absolute(*dataDirOverride);
        paths.dataDir = paths.configDir;
        paths.portable = true;
        return paths;
    }
    paths.configDir = defaultConfigDir();
    const AppSettings settings = AppSettings::load(paths.settingsFile());
    paths.dataDir =
        settings.dataDir.empty() ? defaultDataDir() : std::filesystem::path(settings.dataDir);
    return paths;
}

} // namespace sr
