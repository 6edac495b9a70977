#include "util/Paths.h"

#include "util/Error.h"

#include <cstdlib>

namespace sr {
namespace {

std::filesystem::path xdgDir(const char* variable, const char* fallbackUnderHome) {
    if (const char* value = std::getenv(variable); value && *value == '/')
        return std::filesystem::path(value) / "strongroom";
    const char* home = std::getenv("HOME");
    if (!home || !*home)
        throw Error(ErrorCode::NotFound,
                    "Neither " + std::string(variable) +
                        " nor HOME is set: pass --data-dir to choose where Strongroom keeps data.");
    return std::filesystem::path(home) / fallbackUnderHome / "strongroom";
}

} // namespace

std::filesystem::path defaultConfigDir() {
    return xdgDir("XDG_CONFIG_HOME", ".config");
}
std::filesystem::path defaultDataDir() {
    return xdgDir("XDG_DATA_HOME", ".local/share");
}

std::optional<std::filesystem::path> shippedPath(const std::filesystem::path& relative) {
    std::error_code ec;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        return std::nullopt;
    const auto candidate = (executable.parent_path().parent_path() / relative).lexically_normal();
    if (!std::filesystem::exists(candidate, ec))
        return std::nullopt;
    return candidate;
}

} // namespace sr
