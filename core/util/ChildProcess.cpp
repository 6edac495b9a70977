#include "util/ChildProcess.h"

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

namespace sr {
namespace {
constexpr std::size_t kMaxKeptOutput = 64 * 1024;
}

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args) {
    if (::access(program.c_str(), X_OK) != 0)
        throw Error(ErrorCode::NotFound, "Cannot run " + program + ": " + std::strerror(errno));
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw Error(ErrorCode::Io, std::string("Cannot create a pipe: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group: a terminal's Ctrl-C reaches us, and we decide how it stops.
    // No signal blocked and the stop signals at their defaults, whatever the parent did (the
    // sandbox blocks SIGTERM to sigwait() for it, and a child inheriting that mask ignored the
    // SIGTERM of stop() until the SIGKILL: a 3-second `down` without anvil's last save).
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP, SIGPIPE})
        sigaddset(&defaults, signal);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                              POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attributes, 0);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const int rc =
        ::posix_spawn(&pid_, program.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        throw Error(ErrorCode::Io, "Cannot start " + program + ": " + std::strerror(rc));
    }
    outFd_ = fds[0];
    reader_ = std::thread([this] { readLoop(); });
}

void ChildProcess::readLoop() {
    std::string partial;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(outFd_, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        std::lock_guard lock(mutex_);
        if (n <= 0) {
            eof_ = true;
            lineArrived_.notify_all();
            return;
        }
        tail_.append(buffer, static_cast<std::size_t>(n));
        if (tail_.size() > kMaxKeptOutput)
            tail_.erase(0, tail_.size() - kMaxKeptOutput);
        partial.append(buffer, static_cast<std::size_t>(n));
        for (auto nl = partial.find('\n'); nl != std::string::npos; nl = partial.find('\n')) {
            if (lines_.size() < 10000)
                lines_.push_back(partial.substr(0, nl));
            partial.erase(0, nl + 1);
        }
        lineArrived_.notify_all();
    }
}

std::string ChildProcess::output() const {
    std::lock_guard lock(mutex_);
    return tail_.size() > 2000 ? tail_.substr(tail_.size() - 2000) : tail_;
}

ChildProcess::~ChildProcess() {
    if (pid_ > 0 && !exited_)
        stop(std::chrono::milliseconds(2000));
    // The pipe closes when the process (and any child holding it) is gone.
    if (reader_.joinable())
        reader_.join();
    if (outFd_ >= 0)
        ::close(outFd_);
}

std::string ChildProcess::waitForLine(const std::string& marker,
                                      std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(mutex_);
    for (;;) {
        while (!lines_.empty()) {
            std::string line = std::move(lines_.front());
            lines_.pop_front();
            if (line.find(marker) != std::string::npos)
                return line;
        }
        const std::string said = tail_.size() > 2000 ? tail_.substr(tail_.size() - 2000) : tail_;
        if (eof_)
            throw Error(ErrorCode::Io, "The program exited before it was ready. It said:\n" + said);
        if (lineArrived_.wait_until(lock, deadline) == std::cv_status::timeout && lines_.empty())
            throw Error(ErrorCode::Io,
                        "Timed out waiting for the program to be ready. It said:\n" + said);
    }
}

bool ChildProcess::running() {
    if (pid_ <= 0 || exited_)
        return false;
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
        exited_ = true;
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        return false;
    }
    return true;
}

int ChildProcess::stop(std::chrono::milliseconds grace) {
    if (!running())
        return status_;
    ::kill(pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (std::chrono::steady_clock::now() < deadline) {
        if (!running())
            return status_;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill();
    return status_;
}

void ChildProcess::kill() {
    if (!running())
        return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exited_ = true;
    status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

} // namespace sr
