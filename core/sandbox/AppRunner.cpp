#include "sandbox/AppRunner.h"

#include "util/Error.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace sr::sandbox {
namespace {

/// In the child after fork: only async-signal-safe calls until execve.
[[noreturn]] void childFail(int pipeFd, int code) {
    const int err = errno;
    [[maybe_unused]] auto ignored = ::write(pipeFd, &err, sizeof err);
    ::_exit(code);
}

bool enterNetworkNamespace() {
    // A user namespace first lets an unprivileged process own a network namespace.
    return ::unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0 || ::unshare(CLONE_NEWNET) == 0;
}

} // namespace

bool networkNamespaceAvailable() {
    static std::once_flag once;
    static bool available = false;
    std::call_once(once, [] {
        const pid_t pid = ::fork();
        if (pid == 0)
            ::_exit(enterNetworkNamespace() ? 0 : 1);
        int status = 0;
        available = pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
                    WEXITSTATUS(status) == 0;
    });
    return available;
}

std::string AppOutcome::describe(const AppRun& run) const {
    if (startFailed)
        return "the app could not start: " + startError;
    if (timedOut)
        return "the app was stopped after " +
               std::to_string(
                   std::chrono::duration_cast<std::chrono::seconds>(run.wallClock).count()) +
               " s (the category's wall-clock limit)";
    if (signal != 0)
        return std::string("the app was killed by signal ") + std::to_string(signal) + " (" +
               ::strsignal(signal) + ")" +
               (signal == SIGKILL || signal == SIGSEGV || signal == SIGABRT
                    ? ", possibly over its memory limit of " +
                          std::to_string(run.memoryBytes >> 20) + " MiB"
                    : std::string());
    if (exitCode != 0)
        return "the app exited with code " + std::to_string(exitCode);
    return "the app succeeded";
}

AppOutcome runApp(const AppRun& run) {
    AppOutcome outcome;
    outcome.networkIsolated = networkNamespaceAvailable();
    const std::string program = run.program.string();
    const std::string workDir = run.workDir.string();
    std::vector<std::string> argStore{program};
    argStore.insert(argStore.end(), run.args.begin(), run.args.end());
    std::vector<char*> argv;
    for (auto& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStore;
    for (const auto& [k, v] : run.environment)
        envStore.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const int out = ::open(run.stdoutFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = ::open(run.stderrFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0 || err < 0) {
        if (out >= 0)
            ::close(out);
        if (err >= 0)
            ::close(err);
        throw Error(ErrorCode::Io, "Cannot write the app's logs in " + workDir);
    }
    const int relay =
        run.relayFile.empty()
            ? -1
            : ::open(run.relayFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) {
        ::close(out);
        ::close(err);
        throw Error(ErrorCode::Io, "Cannot make a pipe for the app");
    }
    const bool isolate = outcome.networkIsolated;
    const rlim_t memory = static_cast<rlim_t>(run.memoryBytes);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(report[0]);
        ::setpgid(0, 0);
        // Dies with the thread that waits for it: a sandbox killed hard leaves no app behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        const int devNull = ::open("/dev/null", O_RDONLY);
        if (devNull < 0 || ::dup2(devNull, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0)
            childFail(report[1], 120);
        if (relay == 3 ? ::fcntl(3, F_SETFD, 0) < 0 : relay >= 0 && ::dup2(relay, 3) < 0)
            childFail(report[1], 120);
        if (isolate && !enterNetworkNamespace())
            childFail(report[1], 121);
        const rlimit limit{memory, memory};
        if (::setrlimit(RLIMIT_AS, &limit) != 0)
            childFail(report[1], 122);
        const rlimit noCore{0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
        if (::chdir(workDir.c_str()) != 0)
            childFail(report[1], 123);
        ::execve(program.c_str(), argv.data(), envp.data());
        childFail(report[1], 127);
    }
    ::close(report[1]);
    ::close(out);
    ::close(err);
    if (relay >= 0)
        ::close(relay);
    if (pid < 0) {
        ::close(report[0]);
        outcome.startFailed = true;
        outcome.startError = std::strerror(errno);
        return outcome;
    }
    ::setpgid(pid, pid); // both sides set it: no race with the kill below
    const auto deadline = std::chrono::steady_clock::now() + run.wallClock;
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        const bool cancelled = run.cancel && run.cancel->load();
        if (cancelled || std::chrono::steady_clock::now() >= deadline) {
            (cancelled ? outcome.cancelled : outcome.timedOut) = true;
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(-pid, SIGKILL); // whatever it left behind
    int childErrno = 0;
    const bool failedBeforeExec = ::read(report[0], &childErrno, sizeof childErrno) ==
                                  static_cast<ssize_t>(sizeof childErrno);
    ::close(report[0]);
    if (failedBeforeExec) {
        outcome.startFailed = true;
        const int stage = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
        outcome.startError = std::string(stage == 127   ? "cannot execute " + program
                                         : stage == 121 ? "cannot make its network namespace"
                                         : stage == 122 ? "cannot set its memory limit"
                                         : stage == 123 ? "cannot enter its working folder"
                                                        : "cannot set up its process") +
                             ": " + std::strerror(childErrno);
        return outcome;
    }
    if (WIFEXITED(status))
        outcome.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        outcome.signal = WTERMSIG(status);
    return outcome;
}

} // namespace sr::sandbox
