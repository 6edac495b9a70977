#pragma once

#include "util/CancelToken.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sr {

struct HttpRequest {
    std::string method = "GET"; ///< GET, POST, PUT, HEAD, DELETE
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    /// A body streamed instead of `body`, for uploads larger than memory (POST or PUT): fills
    /// `buffer` with up to `capacity` bytes and returns how many (0 at the end), `bodySize`
    /// bytes in all. What it throws aborts the transfer and is rethrown by send().
    std::function<std::size_t(char* buffer, std::size_t capacity)> bodySource;
    std::uint64_t bodySize = 0;
    /// Called as the body goes out: (bytes sent, total).
    std::function<void(std::uint64_t sent, std::uint64_t total)> onUploadProgress;
    /// Where a successful (2xx) response's body goes instead of HttpResponse::body, for
    /// downloads of any size in constant memory: called with each piece as it arrives.
    /// maxResponseBytes does not apply to it (an error status's body is still kept in `body`).
    /// What it throws aborts the transfer and is rethrown by send().
    std::function<void(std::string_view piece)> bodySink;
    std::chrono::milliseconds timeout{30000};        ///< the whole exchange; 0: no limit
    std::chrono::milliseconds connectTimeout{10000}; ///< reaching the server
    /// When set, the exchange fails after this long without a byte received: for long
    /// downloads, whose whole time can't be bounded, set it with `timeout` 0.
    std::chrono::milliseconds idleTimeout{0};
    std::size_t maxResponseBytes = 64u << 20; ///< larger replies are an error, not memory
};

struct HttpResponse {
    long status = 0;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; ///< names lowercased
    /// The first header named `name` (case-insensitive), if any.
    std::optional<std::string> header(std::string_view name) const;
    bool ok() const { return status >= 200 && status < 300; }
};

/// HTTP(S) over libcurl. One client keeps its connections alive between requests; calls are
/// serialised by an internal lock, so a client may be shared between threads (use one per
/// thread for parallel requests). Transport failures throw sr::Error(Network) with the host
/// and the reason (a connection lost during the body says so, with the bytes received); HTTP
/// error statuses are returned, not thrown.
class HttpClient {
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse send(const HttpRequest& request, const CancelToken* cancel = nullptr);

    /// The host part of a URL, for messages ("arb1.arbitrum.io").
    static std::string hostOf(std::string_view url);

private:
    struct Handle;
    std::unique_ptr<Handle> handle_;
    std::mutex mutex_;
};

} // namespace sr
