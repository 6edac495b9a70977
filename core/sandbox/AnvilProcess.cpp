#include "sandbox/AnvilProcess.h"

#include "util/Error.h"
#include "util/Paths.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace sr::sandbox {
namespace {

std::filesystem::path freshCacheFolder(const std::optional<std::filesystem::path>& chosen) {
    std::error_code ec;
    if (chosen) {
        std::filesystem::remove_all(*chosen, ec);
        std::filesystem::create_directories(*chosen, ec);
        if (ec)
            throw Error(ErrorCode::Io, "Cannot create anvil's state cache " + chosen->string() +
                                           ": " + ec.message());
        return *chosen;
    }
    std::string pattern =
        (std::filesystem::temp_directory_path(ec) / "strongroom-anvil-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw Error(ErrorCode::Io, "Cannot create a temporary folder for anvil's state cache: " +
                                       std::string(std::strerror(errno)));
    return pattern;
}

} // namespace

std::string AnvilProcess::executable() {
    if (const char* env = std::getenv("STRONGROOM_ANVIL"); env && *env)
        return env;
    // The package installs anvil in <prefix>/libexec/strongroom (an executable has no place
    // in share/); a build tree uses the pinned npm package.
    if (auto shipped = shippedPath(kShippedPath))
        return shipped->string();
    const std::filesystem::path fromNpm = std::filesystem::path(STRONGROOM_NODE_MODULES) /
                                          "@foundry-rs" / "anvil-linux-amd64" / "bin" / "anvil";
    std::error_code ec;
    if (std::filesystem::exists(fromNpm, ec))
        return fromNpm.string();
    throw Error(ErrorCode::NotFound,
                "anvil is not installed (looked for " + fromNpm.string() + " and <prefix>/" +
                    kShippedPath +
                    "). Run packaging/install-deps.sh, which installs the pinned npm package "
                    "@foundry-rs/anvil-linux-amd64, or set STRONGROOM_ANVIL to an anvil binary.");
}

AnvilProcess::AnvilProcess(const Options& options) {
    std::vector<std::string> args = {"--host",     "127.0.0.1",
                                     "--port",     std::to_string(options.port),
                                     "--chain-id", std::to_string(options.chainId)};
    if (options.mnemonic)
        args.insert(args.end(), {"--mnemonic", *options.mnemonic});
    if (options.loadState)
        args.insert(args.end(), {"--load-state", *options.loadState});
    if (options.dumpState)
        args.insert(args.end(), {"--dump-state", *options.dumpState});
    if (options.blockTime)
        args.insert(args.end(), {"--block-time", std::to_string(*options.blockTime)});
    if (options.gasLimit)
        args.insert(args.end(), {"--gas-limit", std::to_string(options.gasLimit)});
    cachePath_ = freshCacheFolder(options.cachePath);
    args.insert(args.end(), {"--cache-path", cachePath_.string()});
    args.insert(args.end(), options.extraArgs.begin(), options.extraArgs.end());
    try {
        process_ = std::make_unique<ChildProcess>(executable(), args);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(cachePath_, ec);
        throw;
    }
    const std::string line = process_->waitForLine("Listening on", std::chrono::seconds(20));
    const auto colon = line.rfind(':');
    try {
        port_ = static_cast<std::uint16_t>(std::stoul(line.substr(colon + 1)));
    } catch (const std::exception&) {
        throw Error(ErrorCode::Io, "anvil started but its address could not be read: " + line);
    }
}

AnvilProcess::~AnvilProcess() {
    process_.reset(); // stops anvil: nothing writes to the cache any more
    std::error_code ec;
    std::filesystem::remove_all(cachePath_, ec);
}

std::string AnvilProcess::rpcUrl() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

int AnvilProcess::stop() {
    return process_->stop();
}

void AnvilProcess::kill() {
    process_->kill();
}

} // namespace sr::sandbox
