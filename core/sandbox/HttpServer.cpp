#include "sandbox/HttpServer.h"

#include "util/Error.h"
#include "util/Text.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace sr::sandbox {

namespace {

using Clock = std::chrono::steady_clock;

// How often blocked reads and writes look at the stop flag.
constexpr int kPollSliceMs = 100;
constexpr std::size_t kIoChunk = 64u << 10;
constexpr std::size_t kMaxChunkLineBytes = 1024;

using text::iequals;

// Ends a connection without an answer (client gone, timeout while idle, server stopping).
struct ConnectionLost {};

struct Connection {
    int fd = -1;
    std::string buffer; // received bytes not consumed yet (start of the next request)
    Clock::time_point idleSince = Clock::now();
    ~Connection() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------
// HttpServer

struct HttpServer::Impl {
    struct Route {
        std::string method;
        std::string path;
        bool prefix = false;
        Handler handler;
        RouteOptions options;
    };

    explicit Impl(Options o) : options(std::move(o)) {
        if (options.workerThreads == 0)
            options.workerThreads = 1;
    }

    Options options;
    std::vector<Route> routes;
    int listenFd = -1;
    int wakeRead = -1;
    int wakeWrite = -1;
    std::uint16_t boundPort = 0;
    std::atomic<bool> stopping{false};
    bool started = false;
    std::thread poller;
    std::vector<std::thread> workers;

    std::mutex mutex;
    std::condition_variable wakeWorkers;
    std::deque<std::unique_ptr<Connection>> ready;     // waiting for a worker
    std::vector<std::unique_ptr<Connection>> returned; // keep-alive, back to the poller

    void start();
    void stop();
    void pollLoop();
    void workerLoop();
    void wakePoller() const {
        char byte = 1;
        [[maybe_unused]] auto n = ::write(wakeWrite, &byte, 1);
    }

    // One request/response exchange; false when the connection must be closed.
    bool serveOne(Connection& connection);
    class StreamedBody;
    const Route* findRoute(const std::string& method, const std::string& path,
                           std::string* allow) const;

    /// Reads what is there; waits at most the idle or read timeout for it, and never past
    /// `deadline` (the request head's).
    bool fill(Connection& connection, bool idle,
              std::optional<Clock::time_point> deadline = std::nullopt);
    void sendAll(int fd, const char* data, std::size_t length);
    void writeResponse(Connection& connection, ServerResponse& response, bool head, bool keepAlive);
    void readBody(Connection& connection, ServerRequest& request, bool chunked,
                  std::uint64_t contentLength, std::uint64_t limit);
    void lingeringClose(Connection& connection);
    /// Writes a response that ends the request early; unless `keep`, closes the connection
    /// gently. Returns whether the connection serves another request.
    bool replyEarly(Connection& connection, ServerResponse& response, bool head, bool keep);
};

void HttpServer::Impl::start() {
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        throw sr::Error(ErrorCode::Io,
                        std::string("cannot create a pipe: ") + std::strerror(errno));
    wakeRead = pipeFds[0];
    wakeWrite = pipeFds[1];

    listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listenFd < 0)
        throw sr::Error(ErrorCode::Io,
                        std::string("cannot create a socket: ") + std::strerror(errno));
    int yes = 1;
    ::setsockopt(listenFd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(options.port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        auto reason = std::string(std::strerror(errno));
        ::close(listenFd);
        listenFd = -1;
        throw sr::Error(ErrorCode::Io, "cannot listen on 127.0.0.1:" +
                                           std::to_string(options.port) + ": " + reason);
    }
    if (::listen(listenFd, 128) != 0)
        throw sr::Error(ErrorCode::Io, std::string("cannot listen: ") + std::strerror(errno));
    socklen_t length = sizeof address;
    ::getsockname(listenFd, reinterpret_cast<sockaddr*>(&address), &length);
    boundPort = ntohs(address.sin_port);

    stopping = false;
    started = true;
    poller = std::thread([this] { pollLoop(); });
    for (std::size_t i = 0; i < options.workerThreads; ++i)
        workers.emplace_back([this] { workerLoop(); });
}

void HttpServer::Impl::stop() {
    if (!started)
        return;
    stopping = true;
    wakePoller();
    wakeWorkers.notify_all();
    if (poller.joinable())
        poller.join();
    for (auto& worker : workers)
        if (worker.joinable())
            worker.join();
    workers.clear();
    {
        std::lock_guard lock(mutex);
        ready.clear();
        returned.clear();
    }
    for (int* fd : {&listenFd, &wakeRead, &wakeWrite})
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    started = false;
}

void HttpServer::Impl::pollLoop() {
    // Idle keep-alive connections wait here, not on a worker, so a few idle clients cannot
    // starve the pool.
    std::vector<std::unique_ptr<Connection>> idle;
    std::vector<pollfd> fds;
    while (!stopping) {
        {
            std::lock_guard lock(mutex);
            for (auto& connection : returned) {
                connection->idleSince = Clock::now();
                idle.push_back(std::move(connection));
            }
            returned.clear();
        }
        while (idle.size() > options.maxIdleConnections)
            idle.erase(idle.begin()); // the oldest
        fds.clear();
        fds.push_back({listenFd, POLLIN, 0});
        fds.push_back({wakeRead, POLLIN, 0});
        for (auto& connection : idle)
            fds.push_back({connection->fd, POLLIN, 0});
        int n = ::poll(fds.data(), fds.size(), 250);
        if (n < 0 && errno != EINTR)
            break;
        if (stopping)
            break;
        if (fds[1].revents) {
            char drain[64];
            while (::read(wakeRead, drain, sizeof drain) > 0) {
            }
        }
        std::vector<std::unique_ptr<Connection>> toServe;
        std::vector<std::unique_ptr<Connection>> stillIdle;
        auto now = Clock::now();
        for (std::size_t i = 0; i < idle.size(); ++i) {
            if (fds[i + 2].revents)
                toServe.push_back(std::move(idle[i]));
            else if (now - idle[i]->idleSince < options.idleTimeout)
                stillIdle.push_back(std::move(idle[i]));
        }
        idle = std::move(stillIdle);
        if (fds[0].revents & POLLIN) {
            while (true) {
                int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (fd < 0)
                    break;
                int yes = 1;
                ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
                auto connection = std::make_unique<Connection>();
                connection->fd = fd;
                idle.push_back(std::move(connection));
            }
        }
        if (!toServe.empty()) {
            std::lock_guard lock(mutex);
            for (auto& connection : toServe)
                ready.push_back(std::move(connection));
        }
        if (!toServe.empty())
            wakeWorkers.notify_all();
    }
}

void HttpServer::Impl::workerLoop() {
    while (true) {
        std::unique_ptr<Connection> connection;
        {
            std::unique_lock lock(mutex);
            wakeWorkers.wait(lock, [this] { return stopping || !ready.empty(); });
            if (stopping)
                return;
            connection = std::move(ready.front());
            ready.pop_front();
        }
        bool keep = false;
        try {
            keep = serveOne(*connection);
            while (keep && !connection->buffer.empty() && !stopping)
                keep = serveOne(*connection); // pipelined requests
        } catch (...) {
            keep = false;
        }
        if (keep && !stopping) {
            std::lock_guard lock(mutex);
            returned.push_back(std::move(connection));
            wakePoller();
        }
    }
}

bool HttpServer::Impl::fill(Connection& connection, bool idle,
                            std::optional<Clock::time_point> deadline) {
    auto lastByte = Clock::now();
    char buffer[kIoChunk];
    while (true) {
        auto n = ::recv(connection.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            connection.buffer.append(buffer, static_cast<std::size_t>(n));
            return true;
        }
        if (n == 0)
            return false;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            throw ConnectionLost{};
        if (stopping)
            throw ConnectionLost{};
        auto limit = idle ? options.idleTimeout : options.readTimeout;
        const auto now = Clock::now();
        if (now - lastByte > limit) {
            if (idle)
                throw ConnectionLost{};
            throw HttpError(408, "timed out waiting for the request");
        }
        if (deadline && now > *deadline)
            throw HttpError(408, "timed out waiting for the request head");
        pollfd pfd{connection.fd, POLLIN, 0};
        ::poll(&pfd, 1, kPollSliceMs);
    }
}

void HttpServer::Impl::sendAll(int fd, const char* data, std::size_t length) {
    auto lastProgress = Clock::now();
    while (length > 0) {
        auto n = ::send(fd, data, length, MSG_NOSIGNAL);
        if (n > 0) {
            data += n;
            length -= static_cast<std::size_t>(n);
            lastProgress = Clock::now();
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (stopping || Clock::now() - lastProgress > options.writeTimeout)
                throw ConnectionLost{};
            pollfd pfd{fd, POLLOUT, 0};
            ::poll(&pfd, 1, kPollSliceMs);
            continue;
        }
        throw ConnectionLost{};
    }
}

void HttpServer::Impl::lingeringClose(Connection& connection) {
    // Closing while the client still sends would reset the connection and could destroy the
    // answer in flight: stop writing, then discard what arrives for a moment.
    ::shutdown(connection.fd, SHUT_WR);
    auto until = Clock::now() + std::chrono::seconds(2);
    std::size_t discarded = 0;
    char buffer[kIoChunk];
    while (Clock::now() < until && discarded < (64u << 20) && !stopping) {
        pollfd pfd{connection.fd, POLLIN, 0};
        if (::poll(&pfd, 1, kPollSliceMs) <= 0)
            continue;
        auto n = ::recv(connection.fd, buffer, sizeof buffer, 0);
        if (n <= 0 && !(n < 0 && (errno == EINTR || errno == EAGAIN)))
            break;
        if (n > 0)
            discarded += static_cast<std::size_t>(n);
    }
}

const HttpServer::Impl::Route* HttpServer::Impl::findRoute(const std::string& method,
                                                           const std::string& path,
                                                           std::string* allow) const {
    auto matches = [&](const Route& route) {
        return route.prefix ? path.starts_with(route.path) : path == route.path;
    };
    auto bestFor = [&](const std::string& m) -> const Route* {
        const Route* best = nullptr;
        for (const auto& route : routes) {
            if (route.method != m || !matches(route))
                continue;
            if (!route.prefix)
                return &route;
            if (!best || route.path.size() > best->path.size())
                best = &route;
        }
        return best;
    };
    if (const Route* route = bestFor(method))
        return route;
    if (method == "HEAD")
        if (const Route* route = bestFor("GET"))
            return route;
    std::vector<std::string> methods;
    for (const auto& route : routes)
        if (matches(route) &&
            std::find(methods.begin(), methods.end(), route.method) == methods.end())
            methods.push_back(route.method);
    if (std::find(methods.begin(), methods.end(), "GET") != methods.end() &&
        std::find(methods.begin(), methods.end(), "HEAD") == methods.end())
        methods.push_back("HEAD");
    for (const auto& m : methods)
        *allow += (allow->empty() ? "" : ", ") + m;
    return nullptr;
}

// The body of a RouteOptions::streamBody route: Content-Length bytes taken from the connection
// as the handler reads them.
class HttpServer::Impl::StreamedBody final : public ByteReader {
public:
    StreamedBody(Impl& server, Connection& connection, std::uint64_t size)
        : server_(server), connection_(connection), remaining_(size) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        if (remaining_ == 0 || capacity == 0)
            return 0;
        try {
            if (connection_.buffer.empty() && !server_.fill(connection_, false))
                throw HttpError(400, "the request body ended before its Content-Length");
        } catch (const ConnectionLost&) {
            throw HttpError(400, "the connection was lost while the request body arrived");
        }
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(
            {capacity, remaining_, static_cast<std::uint64_t>(connection_.buffer.size())}));
        std::memcpy(buffer, connection_.buffer.data(), n);
        connection_.buffer.erase(0, n);
        remaining_ -= n;
        return n;
    }
    bool complete() const { return remaining_ == 0; }
    // Reads and discards what the handler left, when it is no more than `limit` bytes (a
    // multipart epilogue): the connection can then serve the next request.
    void skipRest(std::uint64_t limit) {
        if (remaining_ > limit)
            return;
        char sink[1024];
        try {
            while (read(sink, sizeof sink) > 0) {
            }
        } catch (const HttpError&) {
            // complete() stays false: the connection is closed after the answer
        }
    }

private:
    Impl& server_;
    Connection& connection_;
    std::uint64_t remaining_;
};

void HttpServer::Impl::readBody(Connection& connection, ServerRequest& request, bool chunked,
                                std::uint64_t contentLength, std::uint64_t limit) {
    auto take = [&](std::size_t n) {
        request.body.append(connection.buffer.data(), n, options.memoryBodyBytes, options.spoolDir);
        connection.buffer.erase(0, n);
    };
    auto need = [&](std::size_t n) {
        while (connection.buffer.size() < n)
            if (!fill(connection, false))
                throw ConnectionLost{};
    };
    if (!chunked) {
        std::uint64_t remaining = contentLength;
        while (remaining > 0) {
            if (connection.buffer.empty() && !fill(connection, false))
                throw ConnectionLost{};
            auto n = static_cast<std::size_t>(
                std::min<std::uint64_t>(remaining, connection.buffer.size()));
            take(n);
            remaining -= n;
        }
        return;
    }
    // chunked: size [; extensions] CRLF data CRLF ... 0 CRLF [trailers] CRLF
    auto readLine = [&]() {
        while (true) {
            auto end = connection.buffer.find("\r\n");
            if (end != std::string::npos) {
                std::string line = connection.buffer.substr(0, end);
                connection.buffer.erase(0, end + 2);
                return line;
            }
            if (connection.buffer.size() > kMaxChunkLineBytes)
                throw HttpError(400, "malformed chunked body: line too long");
            if (!fill(connection, false))
                throw ConnectionLost{};
        }
    };
    std::uint64_t total = 0;
    while (true) {
        std::string line = readLine();
        std::string_view sizeText = line;
        sizeText = sizeText.substr(0, sizeText.find(';'));
        sizeText = text::trimBlanks(sizeText);
        if (sizeText.empty() || sizeText.size() > 15)
            throw HttpError(400, "malformed chunked body: bad chunk size");
        std::uint64_t size = 0;
        for (char c : sizeText) {
            int v = text::hexDigitValue(c);
            if (v < 0)
                throw HttpError(400, "malformed chunked body: bad chunk size");
            size = size * 16 + static_cast<std::uint64_t>(v);
        }
        if (size == 0)
            break;
        total += size;
        if (total > limit)
            throw HttpError(413,
                            "request body too large (limit " + std::to_string(limit) + " bytes)");
        while (size > 0) {
            if (connection.buffer.empty() && !fill(connection, false))
                throw ConnectionLost{};
            auto n =
                static_cast<std::size_t>(std::min<std::uint64_t>(size, connection.buffer.size()));
            take(n);
            size -= n;
        }
        need(2);
        if (connection.buffer.compare(0, 2, "\r\n") != 0)
            throw HttpError(400, "malformed chunked body: missing CRLF after a chunk");
        connection.buffer.erase(0, 2);
    }
    // Trailers are read and ignored.
    std::size_t trailerBytes = 0;
    while (true) {
        std::string line = readLine();
        if (line.empty())
            break;
        trailerBytes += line.size();
        if (trailerBytes > options.maxHeaderBytes)
            throw HttpError(431, "trailers too large");
    }
}

void HttpServer::Impl::writeResponse(Connection& connection, ServerResponse& response, bool head,
                                     bool keepAlive) {
    bool noBody = head || response.status == 204 || response.status == 304 ||
                  (response.status >= 100 && response.status < 200);
    bool streamed = static_cast<bool>(response.producer);
    bool chunked = streamed && !response.streamLength;

    std::string out = "HTTP/1.1 " + std::to_string(response.status) + " ";
    out += reasonPhrase(response.status);
    out += "\r\n";
    for (const auto& [name, value] : response.headers) {
        if (iequals(name, "Content-Length") || iequals(name, "Transfer-Encoding") ||
            iequals(name, "Connection"))
            continue;
        // A handler's header must not split the response.
        if (name.find_first_of("\r\n:") != std::string::npos ||
            value.find_first_of("\r\n") != std::string::npos)
            throw std::logic_error("invalid response header");
        out += name + ": " + value + "\r\n";
    }
    if (response.status != 204 && response.status != 304 && response.status >= 200) {
        if (chunked)
            out += "Transfer-Encoding: chunked\r\n";
        else
            out += "Content-Length: " +
                   std::to_string(streamed ? *response.streamLength : response.body.size()) +
                   "\r\n";
    }
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (noBody) {
        sendAll(connection.fd, out.data(), out.size());
        return;
    }
    if (!streamed) {
        if (response.body.size() <= kIoChunk) {
            out += response.body;
            sendAll(connection.fd, out.data(), out.size());
        } else {
            sendAll(connection.fd, out.data(), out.size());
            sendAll(connection.fd, response.body.data(), response.body.size());
        }
        return;
    }
    sendAll(connection.fd, out.data(), out.size());
    std::vector<char> buffer(kIoChunk + 32);
    std::uint64_t sent = 0;
    while (true) {
        std::size_t n = 0;
        try {
            n = response.producer(buffer.data() + 16, kIoChunk);
        } catch (...) {
            throw ConnectionLost{}; // the status is already sent: only closing can tell
        }
        if (n > kIoChunk)
            throw ConnectionLost{};
        if (n == 0)
            break;
        sent += n;
        if (chunked) {
            char sizeLine[20];
            int length = std::snprintf(sizeLine, sizeof sizeLine, "%zx\r\n", n);
            // Frame in place: size line before the data, CRLF after.
            char* start = buffer.data() + 16 - length;
            std::memcpy(start, sizeLine, static_cast<std::size_t>(length));
            std::memcpy(buffer.data() + 16 + n, "\r\n", 2);
            sendAll(connection.fd, start, static_cast<std::size_t>(length) + n + 2);
        } else {
            if (sent > *response.streamLength)
                throw ConnectionLost{};
            sendAll(connection.fd, buffer.data() + 16, n);
        }
    }
    if (chunked)
        sendAll(connection.fd, "0\r\n\r\n", 5);
    else if (sent != *response.streamLength)
        throw ConnectionLost{}; // shorter than announced: the client must see a failure
}

bool HttpServer::Impl::replyEarly(Connection& connection, ServerResponse& response, bool head,
                                  bool keep) {
    try {
        writeResponse(connection, response, head, keep);
    } catch (const ConnectionLost&) {
        return false;
    }
    if (!keep)
        lingeringClose(connection);
    return keep;
}

bool HttpServer::Impl::serveOne(Connection& connection) {
    // Phase 1: the request head.
    std::size_t headEnd = std::string::npos;
    bool framingKnown = false; // until then, nothing tells where the next request starts
    bool bodyPending = false;  // the client may still be sending bytes we did not read
    bool keepAlive = false;
    bool head = false;
    auto fail = [&](int status, const std::string& message, bool mustClose) {
        auto response = ServerResponse::error(status, message);
        return replyEarly(connection, response, head,
                          keepAlive && framingKnown && !mustClose && !bodyPending);
    };

    // The head's deadline runs from its first byte (before it, the idle timeout applies).
    std::optional<Clock::time_point> headDeadline;
    try {
        while (true) {
            if (!headDeadline && !connection.buffer.empty())
                headDeadline = Clock::now() + options.headTimeout;
            // Tolerate empty lines before a request (RFC 9112 section 2.2).
            while (connection.buffer.starts_with("\r\n"))
                connection.buffer.erase(0, 2);
            headEnd = connection.buffer.find("\r\n\r\n");
            if (headEnd != std::string::npos)
                break;
            if (connection.buffer.size() > options.maxHeaderBytes)
                return fail(431, "request header too large", true);
            bool idle = connection.buffer.empty();
            if (headDeadline && Clock::now() > *headDeadline)
                throw HttpError(408, "timed out waiting for the request head");
            if (!fill(connection, idle, headDeadline))
                return false; // closed by the client (maybe mid-header: nothing to answer)
        }
        if (headEnd + 4 > options.maxHeaderBytes)
            return fail(431, "request header too large", true);
    } catch (const ConnectionLost&) {
        return false;
    } catch (const HttpError& e) {
        return fail(e.status(), e.what(), true);
    }

    std::string headText = connection.buffer.substr(0, headEnd);
    connection.buffer.erase(0, headEnd + 4);

    std::shared_ptr<StreamedBody> streamed; // a route that reads its body as it arrives
    ServerRequest request;
    bool chunked = false;
    std::uint64_t contentLength = 0;
    const Route* route = nullptr;
    head = headText.starts_with("HEAD "); // so that an error answer to HEAD has no body
    try {
        RequestHead parsed = parseRequestHead(headText, options.allowedHosts);
        request.method = std::move(parsed.method);
        request.target = std::move(parsed.target);
        request.path = std::move(parsed.path);
        request.query = std::move(parsed.query);
        request.queryItems = std::move(parsed.queryItems);
        request.headers = std::move(parsed.headers);
        head = request.method == "HEAD";
        const bool http11 = parsed.http11;
        keepAlive = parsed.keepAlive;
        chunked = parsed.chunked;
        contentLength = parsed.contentLength;
        bodyPending = chunked || contentLength > 0;
        framingKnown = true;

        // Routing.
        std::string allow;
        route = findRoute(request.method, request.path, &allow);
        if (!route) {
            if (!allow.empty()) {
                auto response = ServerResponse::error(405, "method not allowed");
                response.setHeader("Allow", allow);
                return replyEarly(connection, response, head, keepAlive && !bodyPending);
            }
            throw HttpError(404, "not found: " + request.path);
        }
        if (route->prefix)
            request.routePrefix = route->path;

        if (!chunked && contentLength > route->options.maxBodyBytes)
            throw HttpError(413, "request body too large (limit " +
                                     std::to_string(route->options.maxBodyBytes) + " bytes)");
        if (auto expect = request.header("Expect")) {
            if (!iequals(*expect, "100-continue"))
                throw HttpError(417, "unsupported expectation");
            if (http11 && bodyPending) {
                static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
                sendAll(connection.fd, kContinue.data(), kContinue.size());
            }
        }

        if (route->options.streamBody && !chunked && contentLength > 0) {
            streamed = std::make_shared<StreamedBody>(*this, connection, contentLength);
            request.body.stream(contentLength, streamed);
        } else {
            readBody(connection, request, chunked, contentLength, route->options.maxBodyBytes);
        }
        bodyPending = false;
    } catch (const ConnectionLost&) {
        return false;
    } catch (const HttpError& e) {
        // Only an unknown path leaves the connection in a known state worth keeping.
        return fail(e.status(), e.what(), e.status() != 404 || bodyPending);
    } catch (const sr::Error& e) {
        return fail(500, e.what(), true);
    }

    // Phase 2: the handler.
    ServerResponse response;
    try {
        response = route->handler(request);
    } catch (const HttpError& e) {
        response = ServerResponse::error(e.status(), e.what());
    } catch (const sr::Error& e) {
        int status = 500;
        switch (e.code()) {
        case ErrorCode::InvalidArgument:
        case ErrorCode::Corrupt:
            status = 400;
            break;
        case ErrorCode::NotFound:
            status = 404;
            break;
        case ErrorCode::AlreadyExists:
            status = 409;
            break;
        case ErrorCode::Crypto:
            status = 401;
            break;
        default:
            break;
        }
        response = ServerResponse::error(status, e.what());
    } catch (...) {
        response = ServerResponse::error(500, "internal error");
    }
    if (stopping)
        keepAlive = false;
    // A streamed body the handler left unread: nothing tells where the next request starts.
    if (streamed)
        streamed->skipRest(kIoChunk);
    const bool unread = streamed && !streamed->complete();
    if (unread)
        keepAlive = false;
    try {
        writeResponse(connection, response, head, keepAlive);
    } catch (const ConnectionLost&) {
        return false;
    } catch (const std::logic_error&) {
        auto broken = ServerResponse::error(500, "internal error: invalid response header");
        writeResponse(connection, broken, head, false);
        return false;
    }
    if (unread)
        lingeringClose(connection);
    return keepAlive;
}

HttpServer::HttpServer() : HttpServer(Options{}) {}

HttpServer::HttpServer(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}

HttpServer::~HttpServer() {
    stop();
}

void HttpServer::route(std::string method, std::string path, Handler handler,
                       RouteOptions options) {
    impl_->routes.push_back(
        {std::move(method), std::move(path), false, std::move(handler), options});
}

void HttpServer::routePrefix(std::string method, std::string prefix, Handler handler,
                             RouteOptions options) {
    impl_->routes.push_back(
        {std::move(method), std::move(prefix), true, std::move(handler), options});
}

void HttpServer::start() {
    if (impl_->started)
        return;
    impl_->start();
}

void HttpServer::stop() {
    impl_->stop();
}

std::uint16_t HttpServer::port() const noexcept {
    return impl_->boundPort;
}

std::string HttpServer::baseUrl() const {
    return "http://127.0.0.1:" + std::to_string(impl_->boundPort);
}

} // namespace sr::sandbox
