#include "sandbox/SandboxControl.h"

#include "store/AtomicFile.h"
#include "util/Error.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace sr::sandbox {
namespace {

bool zombie(pid_t pid) {
    // "pid (comm) S ...": the state follows the last ')'. A sandbox killed hard whose parent
    // does not reap it (a container without an init) stays a zombie: it is gone all the same.
    try {
        const std::string stat = readFile("/proc/" + std::to_string(pid) + "/stat");
        const auto close = stat.rfind(')');
        return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] == 'Z';
    } catch (const Error&) {
        return false;
    }
}

bool alive(pid_t pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM) && !zombie(pid);
}

std::string logTail(const std::filesystem::path& log) {
    try {
        const std::string text = readFile(log);
        return text.size() > 3000 ? text.substr(text.size() - 3000) : text;
    } catch (const Error&) {
        return {};
    }
}

} // namespace

nlohmann::json SandboxRuntime::toJson() const {
    return {{"pid", pid}, {"rpcUrl", rpcUrl}, {"endpoints", endpoints}, {"startedAt", startedAt}};
}

SandboxRuntime SandboxRuntime::fromJson(const nlohmann::json& json) {
    if (!json.is_object() || !json.contains("pid") || !json["pid"].is_number_integer() ||
        !json.contains("rpcUrl") || !json["rpcUrl"].is_string())
        throw Error(ErrorCode::Corrupt, "The sandbox runtime file is malformed.");
    SandboxRuntime r;
    r.pid = json["pid"].get<pid_t>();
    r.rpcUrl = json["rpcUrl"].get<std::string>();
    r.endpoints = json.value("endpoints", nlohmann::json::object());
    r.startedAt = json.value("startedAt", std::int64_t(0));
    return r;
}

SandboxControl::SandboxControl(std::filesystem::path stateDir) : stateDir_(std::move(stateDir)) {}

std::optional<SandboxRuntime> SandboxControl::running() const {
    std::string text;
    try {
        text = readFile(runtimeFile());
    } catch (const Error& e) {
        if (e.code() == ErrorCode::NotFound)
            return std::nullopt;
        throw;
    }
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        return std::nullopt; // a torn write of a crashed sandbox
    SandboxRuntime runtime = SandboxRuntime::fromJson(json);
    if (!alive(runtime.pid))
        return std::nullopt;
    return runtime;
}

SandboxRuntime SandboxControl::startDetached(const std::string& program,
                                             std::chrono::milliseconds timeout) const {
    ensureDirectory(stateDir_);
    std::error_code ec;
    std::filesystem::remove(runtimeFile(), ec); // a stale one must not look like success
    const std::string log = logFile().string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // A session of its own: closing the terminal that ran `up` does not stop the sandbox.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
    const std::string dir = stateDir_.string();
    const char* argv[] = {program.c_str(), "run", "--state-dir", dir.c_str(), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, program.c_str(), &actions, &attributes,
                                 const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (rc != 0)
        throw Error(ErrorCode::Io, "Cannot start " + program + ": " + std::strerror(rc));
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid)
            throw Error(ErrorCode::Io, "The sandbox stopped while starting. Its log (" + log +
                                           ") ends with:\n" + logTail(logFile()));
        if (auto runtime = running(); runtime && runtime->pid == pid)
            return *runtime;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid, SIGTERM);
    throw Error(ErrorCode::Io, "The sandbox did not become ready in time. Its log (" + log +
                                   ") ends with:\n" + logTail(logFile()));
}

bool SandboxControl::stop(std::chrono::milliseconds grace) const {
    const auto runtime = running();
    if (!runtime)
        return false;
    ::kill(runtime->pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (std::chrono::steady_clock::now() < deadline) {
        // Reap it if it is our child (the GUI and the tests start it with startDetached):
        // an exited child stays a zombie, holding its pid, until its parent reaps it.
        ::waitpid(runtime->pid, nullptr, WNOHANG);
        if (!alive(runtime->pid)) {
            ::waitpid(runtime->pid, nullptr, WNOHANG);
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(runtime->pid, SIGKILL);
    ::waitpid(runtime->pid, nullptr, 0);
    withdraw();
    return true;
}

void SandboxControl::publish(const SandboxRuntime& runtime, const nlohmann::json& profile) const {
    // The profile first: whoever sees the runtime file can use the profile at once.
    writeFileAtomic(profileFile(), profile.dump(2) + "\n", 0644, 0700);
    writeFileAtomic(runtimeFile(), runtime.toJson().dump(2) + "\n", 0600, 0700);
}

void SandboxControl::withdraw() const {
    std::error_code ec;
    std::filesystem::remove(runtimeFile(), ec);
    // The profile stays, marked as stopped: the network keeps its name for the GUI and the
    // CLI (its journal, cache and protect operations stay reachable), which can say that the
    // sandbox is stopped rather than that the network is unknown.
    try {
        nlohmann::json profile = nlohmann::json::parse(readFile(profileFile()));
        profile[kStoppedKey] = true;
        writeFileAtomic(profileFile(), profile.dump(2) + "\n", 0644, 0700);
    } catch (const std::exception&) {
        std::filesystem::remove(profileFile(), ec); // unreadable: better none than a broken one
    }
}

bool SandboxControl::markedStopped(const std::filesystem::path& profileFile) {
    try {
        return nlohmann::json::parse(readFile(profileFile)).value(kStoppedKey, false);
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace sr::sandbox
