#pragma once

// A small HTTP/1.1 server for the sandbox's local services (IPFS, SMS, market API), on
// 127.0.0.1 only. POSIX sockets, no Qt.
//
// Usage:
//
//     sr::sandbox::HttpServer server;                      // default Options
//     server.route("GET", "/challenge", [](const ServerRequest& request) {
//         auto address = request.queryParam("address");     // percent-decoded
//         if (!address)
//             throw HttpError(400, "address is required"); // -> 400 {"error": "..."}
//         return ServerResponse::json(200, {{"ok", true}});
//     });
//     server.routePrefix("GET", "/ipfs/", handler);        // request.pathRest() = after "/ipfs/"
//     server.route("POST", "/api/v0/add", add, {.maxBodyBytes = 1ull << 34});
//     server.start();                                      // binds, returns at once
//     std::string base = server.baseUrl();                 // "http://127.0.0.1:40123"
//     ...
//     server.stop();                                       // or the destructor
//
// Requests: the server reads the whole body before calling the handler (unless the route
// streams it: RouteOptions::streamBody). Bodies up to Options::memoryBodyBytes stay in memory;
// larger ones are spooled to an unlinked temporary file, so a 1 GiB upload costs disk, not
// memory. Content-Length and chunked bodies are both
// accepted; `Expect: 100-continue` is answered (after the size check).
//
// Handlers run on the worker threads, several at once: they must be thread-safe. They return a
// ServerResponse or throw: HttpError(status, message) gives that status; sr::Error gives 400
// (InvalidArgument, Corrupt), 404 (NotFound), 409 (AlreadyExists), 401 (Crypto), else 500; any
// other exception gives 500 "internal error" (its text is not sent). Error bodies are
// `{"error": "<message>"}` with Content-Type application/json.
//
// The server answers by itself: 400 for malformed requests, 404 for unknown paths, 405 (with
// Allow) for a known path with another method, 413 for bodies over the route's limit, 431 for
// oversized headers, 501 for unknown transfer encodings, 408 for a request head that takes
// longer than Options::headTimeout, 421 for a Host header naming another machine. HEAD on a path
// with a GET route runs the GET handler and sends its headers (Content-Length of what GET would
// send) without body.
#include "sandbox/HttpMessage.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sr::sandbox {

using Handler = std::function<ServerResponse(const ServerRequest&)>;

struct RouteOptions {
    std::uint64_t maxBodyBytes = 1u << 20; ///< larger bodies get 413 before being read
    /// The handler is called once the head is read and reads a Content-Length body as it
    /// arrives (RequestBody::streamed), instead of after the whole body was received; a body
    /// it leaves unread closes the connection after the answer. Chunked bodies are received
    /// whole first, as on other routes.
    bool streamBody = false;
};

class HttpServer {
public:
    struct Options {
        std::uint16_t port = 0;                 ///< 0: an ephemeral port (see port() after start())
        std::size_t workerThreads = 4;          ///< requests served at once
        std::size_t maxHeaderBytes = 16u << 10; ///< request line + headers
        std::size_t memoryBodyBytes = 1u << 20; ///< larger bodies are spooled
        std::filesystem::path spoolDir{};       ///< empty: the system temp dir
        std::chrono::milliseconds idleTimeout{15000}; ///< keep-alive idle
        std::chrono::milliseconds readTimeout{10000}; ///< no byte for this long
        /// The whole request head (request line and headers), from its first byte: a client
        /// trickling a byte at a time cannot hold a worker longer than this.
        std::chrono::milliseconds headTimeout{10000};
        /// Host header names accepted besides the loopback ones (see isAllowedHost()).
        std::vector<std::string> allowedHosts{};
        std::chrono::milliseconds writeTimeout{30000}; ///< client stopped reading
        std::size_t maxIdleConnections = 256;
    };

    HttpServer();
    explicit HttpServer(Options options);
    ~HttpServer(); ///< stop()s
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Exact path match. Register routes before start().
    void route(std::string method, std::string path, Handler handler, RouteOptions options = {});
    /// Paths starting with `prefix` (longest prefix wins; exact routes win over prefixes).
    void routePrefix(std::string method, std::string prefix, Handler handler,
                     RouteOptions options = {});

    /// Binds 127.0.0.1 and starts serving. Throws sr::Error(Io) if the port is taken.
    void start();
    /// Stops accepting, closes connections (requests in progress finish their handler first)
    /// and joins every thread. Idempotent.
    void stop();

    std::uint16_t port() const noexcept;
    std::string baseUrl() const; ///< "http://127.0.0.1:<port>"

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace sr::sandbox
