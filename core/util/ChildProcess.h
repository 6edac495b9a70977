#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace sr {

/// A program started by Strongroom (anvil, ...), with its stdout and stderr merged into one
/// pipe that a reader thread drains all the time (a chatty program never blocks on a full
/// pipe); the last lines are kept for waitForLine() and error messages. The process is stopped
/// (SIGTERM, then SIGKILL) when this object dies, so nothing outlives its owner by accident.
class ChildProcess {
public:
    /// Starts `program` with `args`. Throws sr::Error(NotFound) if it is missing or not
    /// executable, sr::Error(Io) if it cannot be started.
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }

    /// Reads output until a line contains `marker`; returns that line. Throws sr::Error(Io)
    /// with the output seen so far if the process exits or `timeout` passes first.
    std::string waitForLine(const std::string& marker, std::chrono::milliseconds timeout);

    /// True while the process runs (reaps it if it has exited).
    bool running();
    /// SIGTERM, wait up to `grace`, then SIGKILL. Returns the exit status (or -signal).
    int stop(std::chrono::milliseconds grace = std::chrono::milliseconds(3000));
    /// SIGKILL at once, as a crash would (tests of recovery).
    void kill();

    /// The last output (bounded), for error messages.
    std::string output() const;

private:
    void readLoop();

    pid_t pid_ = -1;
    int outFd_ = -1;
    int status_ = 0;
    bool exited_ = false;
    std::thread reader_;
    mutable std::mutex mutex_;
    std::condition_variable lineArrived_;
    std::deque<std::string> lines_; ///< not yet consumed by waitForLine
    std::string tail_;              ///< the last output, for messages
    bool eof_ = false;
};

} // namespace sr
