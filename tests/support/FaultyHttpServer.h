#pragma once

// A FAKE HTTP server on 127.0.0.1 for faults a real node cannot be made to produce on demand:
// garbage, truncated or mismatched replies, error statuses, stalls, dropped connections.
// Everything else is tested against real anvil and the real sandbox services.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sr::test {

class FaultyHttpServer {
public:
    struct Reply {
        enum class Kind { Respond, Stall, Drop } kind = Kind::Respond;
        int status = 200;
        std::string body;
        std::vector<std::pair<std::string, std::string>> headers;
        /// When set, builds the body from the request body (e.g. to echo the JSON-RPC id).
        std::function<std::string(const std::string& requestBody)> bodyFor;
    };

    FaultyHttpServer();
    ~FaultyHttpServer();

    std::string url() const;
    /// Replies are used in order; the last one repeats.
    void script(std::vector<Reply> replies);
    std::vector<std::string> requests() const;
    int requestCount() const;

private:
    void serve();
    void handle(int client);

    int listenFd_ = -1;
    std::uint16_t port_ = 0;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
    mutable std::mutex mutex_;
    std::deque<Reply> replies_;
    std::vector<std::string> requests_;
};

} // namespace sr::test
