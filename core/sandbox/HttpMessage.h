#pragma once

// HTTP/1.1 messages as the sandbox's server sees them, apart from any socket: the request head
// parser (fuzzed on its own), request bodies (in memory or spooled to an unlinked file), the
// request a handler receives and the response it returns. HttpServer.h serves them.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sr::sandbox {

/// Thrown by handlers (and the server's own parsers) to answer `status` with
/// `{"error": message}`. Messages are shown to clients: never put secrets in them.
class HttpError : public std::runtime_error {
public:
    HttpError(int status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    int status() const noexcept { return status_; }

private:
    int status_;
};

/// Sequential reader over bytes (a request body, a multipart part).
class ByteReader {
public:
    virtual ~ByteReader() = default;
    /// Copies up to `capacity` bytes into `buffer`; returns 0 only at the end.
    /// Throws HttpError(400) on malformed input (e.g. a truncated multipart body).
    virtual std::size_t read(char* buffer, std::size_t capacity) = 0;
};

/// A request body: fully received, in memory when small, in an unlinked temporary file
/// otherwise, and read as many times as needed; or, on a route that asks for it
/// (RouteOptions::streamBody), streamed: read once, as it arrives from the client.
class RequestBody {
public:
    RequestBody();
    ~RequestBody();
    RequestBody(RequestBody&&) noexcept;
    RequestBody& operator=(RequestBody&&) noexcept;
    RequestBody(const RequestBody&) = delete;
    RequestBody& operator=(const RequestBody&) = delete;

    std::uint64_t size() const noexcept { return size_; }
    bool inMemory() const noexcept { return fd_ < 0 && !live_; }
    /// Read as it arrives: every reader takes from the same stream, so it is read once.
    bool streamed() const noexcept { return live_ != nullptr; }
    /// The whole body as a string. Throws HttpError(413) if it is larger than `maxBytes`
    /// (protects handlers that expect small JSON bodies from a spooled file).
    std::string text(std::size_t maxBytes = 16u << 20) const;
    /// A reader from the start of the body (independent of other readers), or of a streamed
    /// body, from where the previous reader left it.
    std::unique_ptr<ByteReader> reader() const;

    // Used by the server while receiving.
    void append(const char* data, std::size_t length, std::size_t memoryLimit,
                const std::filesystem::path& spoolDir);
    /// A streamed body of `size` bytes that `source` delivers (0 at its end).
    void stream(std::uint64_t size, std::shared_ptr<ByteReader> source);

private:
    std::shared_ptr<ByteReader> live_;
    std::string memory_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

/// One received request. Header names keep their case; lookups ignore it.
struct ServerRequest {
    std::string method; ///< "GET", "POST", ... as sent (HEAD stays "HEAD")
    std::string target; ///< the raw request target, e.g. "/api/v0/cat?arg=Qm..."
    std::string path;   ///< percent-decoded path, e.g. "/api/v0/cat"
    std::string query;  ///< raw query string (after '?'), may be empty
    std::vector<std::pair<std::string, std::string>> queryItems; ///< decoded, in order
    std::vector<std::pair<std::string, std::string>> headers;    ///< as received, in order
    RequestBody body;
    std::string routePrefix; ///< the prefix that matched ("" for exact routes)

    /// The first header named `name` (case-insensitive), trimmed.
    std::optional<std::string> header(std::string_view name) const;
    /// The first query value for `name` ("a+b" and "a%20b" both decode to "a b").
    std::optional<std::string> queryParam(std::string_view name) const;
    /// Every query value for `name` (e.g. repeated `arg=`).
    std::vector<std::string> queryParams(std::string_view name) const;
    /// The decoded path after the matched prefix ("Qm..." for "/ipfs/Qm..." under "/ipfs/").
    std::string_view pathRest() const;
};

/// What a handler answers. Either `body` (in memory) or a stream from `producer`.
struct ServerResponse {
    /// Fills `buffer` with up to `capacity` bytes of the body; returns 0 at the end. May throw:
    /// the connection is then closed (the status line is already sent).
    using Producer = std::function<std::size_t(char* buffer, std::size_t capacity)>;

    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers; ///< Content-Length is the server's
    std::string body;
    Producer producer; ///< when set, `body` is ignored and the body is streamed
    /// For a streamed body: its exact length (Content-Length), or none (chunked encoding).
    std::optional<std::uint64_t> streamLength;

    /// Adds or replaces a header (case-insensitive name).
    ServerResponse& setHeader(std::string name, std::string value);

    static ServerResponse json(int status, const nlohmann::json& body);
    static ServerResponse text(int status, std::string body,
                               std::string contentType = "text/plain; charset=utf-8");
    /// `{"error": message}` with Content-Type application/json.
    static ServerResponse error(int status, const std::string& message);
    /// A body streamed from `producer`; `length` known up front gives Content-Length.
    static ServerResponse stream(int status, std::optional<std::uint64_t> length, Producer producer,
                                 std::string contentType = "application/octet-stream");
    /// A whole file, streamed. Throws HttpError(404) if it cannot be opened.
    static ServerResponse file(const std::filesystem::path& path,
                               std::string contentType = "application/octet-stream");
};

/// A request head (the request line and header fields, without the empty line that ends it),
/// parsed and checked apart from any socket, so that it can be tested and fuzzed on its own.
struct RequestHead {
    std::string method;
    std::string target;
    std::string path;                                            ///< percent-decoded
    std::string query;                                           ///< raw, after '?'
    std::vector<std::pair<std::string, std::string>> queryItems; ///< decoded, in order
    std::vector<std::pair<std::string, std::string>> headers;    ///< as received, in order
    bool http11 = true;
    bool keepAlive = true;
    bool chunked = false;
    std::uint64_t contentLength = 0;
};

/// Parses a request head. Throws HttpError: 400 (malformed, ambiguous framing), 421 (a Host
/// header that is not this machine's, see isAllowedHost()), 431 (too many fields), 501 (a
/// transfer coding other than chunked), 505 (not HTTP/1.x).
RequestHead parseRequestHead(std::string_view text,
                             const std::vector<std::string>& allowedHosts = {});

/// True when a Host header value names the loopback interface the server listens on
/// ("127.0.0.1", "localhost", "[::1]", with or without a port) or one of `allowedHosts`
/// (compared without case). A web page whose own name resolves to 127.0.0.1 (DNS rebinding)
/// sends its name, and is refused.
bool isAllowedHost(std::string_view host, const std::vector<std::string>& allowedHosts = {});

/// Percent-decodes `text`; `plusIsSpace` for query strings. Throws HttpError(400) on a bad escape.
std::string percentDecode(std::string_view text, bool plusIsSpace);
/// The standard reason phrase ("Not Found"), or "Unknown".
std::string_view reasonPhrase(int status) noexcept;

} // namespace sr::sandbox
