#pragma once

#include "util/ChildProcess.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sr::sandbox {

/// A local EVM: anvil from the pinned npm package @foundry-rs/anvil-linux-amd64 (the .deb
/// carries that binary), listening
/// on 127.0.0.1 (an ephemeral port unless one is given).
class AnvilProcess {
public:
    struct Options {
        std::uint16_t port = 0; ///< 0: let the system choose
        std::uint64_t chainId = 31337;
        std::optional<std::string> mnemonic;  ///< dev accounts; anvil's default otherwise
        std::optional<std::string> loadState; ///< file written by a previous dumpState
        std::optional<std::string> dumpState; ///< written when anvil stops
        std::optional<int> blockTime;         ///< seconds; automine when absent
        std::uint64_t gasLimit = 0;           ///< 0: anvil's default
        /// Where anvil moves the states of older blocks out of memory (gigabytes on a long
        /// chain). Emptied at start and removed when this object goes; by default a fresh
        /// folder under the system's temporary folder. Anvil's own default,
        /// ~/.foundry/anvil/tmp, is never cleaned: every killed anvil left its states there.
        std::optional<std::filesystem::path> cachePath;
        std::vector<std::string> extraArgs;
    };

    /// Starts anvil and waits until it listens. Throws sr::Error(NotFound) with what to do
    /// if anvil is not installed, sr::Error(Io) with its output if it fails to start.
    explicit AnvilProcess(const Options& options);
    /// Stops anvil if it runs, then removes its state cache.
    ~AnvilProcess();
    AnvilProcess(const AnvilProcess&) = delete;
    AnvilProcess& operator=(const AnvilProcess&) = delete;

    std::string rpcUrl() const;
    std::uint16_t port() const { return port_; }
    pid_t pid() const { return process_->pid(); }
    /// The folder of anvil's state cache (see Options::cachePath).
    const std::filesystem::path& cachePath() const { return cachePath_; }
    bool running() { return process_->running(); }

    /// Stops anvil cleanly (it writes dumpState then). Returns its exit status.
    int stop();
    /// Kills anvil at once, as a crash would.
    void kill();

    /// Where the package installs anvil, relative to the installation prefix.
    static constexpr const char* kShippedPath = "libexec/strongroom/anvil";

    /// Where anvil is: $STRONGROOM_ANVIL, else the one installed with Strongroom
    /// (<prefix>/libexec/strongroom/anvil next to <prefix>/bin), else the pinned npm package
    /// the build was configured with. Throws NotFound.
    static std::string executable();

private:
    std::filesystem::path cachePath_;
    std::unique_ptr<ChildProcess> process_;
    std::uint16_t port_ = 0;
};

} // namespace sr::sandbox
