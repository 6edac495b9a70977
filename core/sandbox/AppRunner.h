#pragma once

// Runs one iExec app program the way the sandbox worker's "enclave" does: a child process with
// an environment holding only the iExec app contract, in a private working folder, with a
// wall-clock limit, an address-space limit, and without network when the kernel lets an
// unprivileged process make a network namespace.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace sr::sandbox {

struct AppRun {
    std::filesystem::path program;
    std::vector<std::string> args;                  ///< argv[1..]
    std::map<std::string, std::string> environment; ///< the whole environment
    std::filesystem::path workDir;                  ///< the current directory
    std::filesystem::path stdoutFile;
    std::filesystem::path stderrFile;
    std::chrono::milliseconds wallClock{std::chrono::seconds(300)};
    std::uint64_t memoryBytes = 2ull << 30; ///< RLIMIT_AS
    /// When set, opened for writing as the program's descriptor 3: the sandbox's message
    /// relay for the messaging apps (they have no network).
    std::filesystem::path relayFile{};
    /// When it becomes true the program is killed (the sandbox stops).
    const std::atomic<bool>* cancel = nullptr;
};

struct AppOutcome {
    int exitCode = -1;      ///< when it exited
    int signal = 0;         ///< when a signal ended it
    bool timedOut = false;  ///< killed at the wall-clock limit
    bool cancelled = false; ///< killed because AppRun::cancel became true
    bool startFailed = false;
    bool networkIsolated = false;
    std::string startError; ///< why it could not start
    bool succeeded() const {
        return !timedOut && !cancelled && !startFailed && signal == 0 && exitCode == 0;
    }
    /// A sentence for the requester: "exited with code 3", "killed after 30 s (wall-clock
    /// limit)", ...
    std::string describe(const AppRun& run) const;
};

/// Whether this kernel lets us put a child in its own (user and) network namespace; probed once.
bool networkNamespaceAvailable();

/// Runs `run` to its end (or its limit). The program's whole process group is killed at the
/// limit. Never throws for a failing program; throws sr::Error(Io) when the output files
/// cannot be opened.
AppOutcome runApp(const AppRun& run);

} // namespace sr::sandbox
