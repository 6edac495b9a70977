#pragma once

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <sys/types.h>

namespace sr::sandbox {

/// What a running sandbox leaves in its state folder so that other processes find it:
/// runtime.json (pid and endpoints, removed on a clean stop) next to network.json (the
/// network profile the GUI and the CLI use, kept on a stop with "stopped": true).
struct SandboxRuntime {
    pid_t pid = 0;
    std::string rpcUrl;
    nlohmann::json endpoints = nlohmann::json::object(); ///< service name -> base URL
    std::int64_t startedAt = 0;                          ///< unix seconds

    nlohmann::json toJson() const;
    static SandboxRuntime fromJson(const nlohmann::json& json);
};

/// Starting, finding and stopping the sandbox process (`strongroom-sandbox up|status|down`).
class SandboxControl {
public:
    explicit SandboxControl(std::filesystem::path stateDir);

    const std::filesystem::path& stateDir() const { return stateDir_; }
    std::filesystem::path runtimeFile() const { return stateDir_ / "runtime.json"; }
    std::filesystem::path profileFile() const { return stateDir_ / "network.json"; }
    std::filesystem::path logFile() const { return stateDir_ / "sandbox.log"; }

    /// The running sandbox, if its process is alive; a stale runtime file (a crash) is
    /// reported as not running.
    std::optional<SandboxRuntime> running() const;

    /// Starts `program run --state-dir <dir>` detached (its own session, output to
    /// sandbox.log) and waits until it has written its runtime file. Returns the runtime.
    /// Throws sr::Error(Io) with the end of the log if it fails or takes longer than `timeout`.
    SandboxRuntime
    startDetached(const std::string& program,
                  std::chrono::milliseconds timeout = std::chrono::seconds(60)) const;

    /// SIGTERM, wait for a clean exit up to `grace`, then SIGKILL. False if none was running.
    bool stop(std::chrono::milliseconds grace = std::chrono::seconds(20)) const;

    /// Called by the running sandbox once it is ready / when it stops cleanly (the runtime
    /// file goes, the profile stays, marked as stopped).
    void publish(const SandboxRuntime& runtime, const nlohmann::json& profile) const;
    void withdraw() const;

    /// The key of network.json that says the sandbox was stopped.
    static constexpr const char* kStoppedKey = "stopped";
    /// True when the profile file says its sandbox was stopped (false when unreadable).
    static bool markedStopped(const std::filesystem::path& profileFile);

private:
    std::filesystem::path stateDir_;
};

} // namespace sr::sandbox
