// The sandbox's HTTP server: routing, bodies (Content-Length, chunked, spooled), HEAD,
// streaming, keep-alive, limits, timeouts and malformed input. libcurl (our HttpClient) is
// the well-behaved client; raw sockets send what no library would. The client's streamed
// downloads (HttpRequest::bodySink) are tested against this server too.

#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "sandbox/HttpServer.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <fstream>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/evperr.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;
using sr::sandbox::HttpError;
using sr::sandbox::HttpServer;
using sr::sandbox::ServerRequest;
using sr::sandbox::ServerResponse;

namespace {

// A plain TCP client that sends bytes exactly as given.
class RawClient {
public:
    explicit RawClient(std::uint16_t port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~RawClient() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    bool connected() const { return connected_; }
    int fd() const { return fd_; }

    bool send(const std::string& bytes) {
        std::size_t done = 0;
        while (done < bytes.size()) {
            auto n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            done += static_cast<std::size_t>(n);
        }
        return true;
    }

    // Reads until the server closes the connection or `timeoutMs` passes without data.
    std::string readAll(int timeoutMs = 3000) {
        std::string out = std::move(pending_);
        pending_.clear();
        char buffer[65536];
        while (true) {
            pollfd pfd{fd_, POLLIN, 0};
            if (::poll(&pfd, 1, timeoutMs) <= 0)
                break;
            auto n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            out.append(buffer, static_cast<std::size_t>(n));
        }
        return out;
    }

    // True when the server has closed the connection (EOF within `timeoutMs`).
    bool closedByServer(int timeoutMs) {
        pollfd pfd{fd_, POLLIN, 0};
        if (::poll(&pfd, 1, timeoutMs) <= 0)
            return false;
        char byte;
        return ::recv(fd_, &byte, 1, 0) <= 0;
    }

    struct Response {
        int status = 0;
        std::vector<std::pair<std::string, std::string>> headers;
        std::string body;
        std::string header(const std::string& name) const {
            for (const auto& [k, v] : headers)
                if (QString::fromStdString(k).compare(QString::fromStdString(name),
                                                      Qt::CaseInsensitive) == 0)
                    return v;
            return {};
        }
    };

    // Reads one response (Content-Length or chunked; no body when `head`).
    std::optional<Response> readResponse(bool head = false) {
        Response response;
        std::size_t end;
        while ((end = pending_.find("\r\n\r\n")) == std::string::npos)
            if (!more())
                return std::nullopt;
        std::string headText = pending_.substr(0, end);
        pending_.erase(0, end + 4);
        auto lineEnd = headText.find("\r\n");
        auto statusLine = headText.substr(0, lineEnd);
        if (statusLine.size() < 12)
            return std::nullopt;
        response.status = std::stoi(statusLine.substr(9, 3));
        std::size_t pos = lineEnd == std::string::npos ? headText.size() : lineEnd + 2;
        while (pos < headText.size()) {
            auto next = headText.find("\r\n", pos);
            auto line = headText.substr(pos, next - pos);
            auto colon = line.find(':');
            response.headers.emplace_back(line.substr(0, colon), line.substr(colon + 2));
            pos = next == std::string::npos ? headText.size() : next + 2;
        }
        if (head || response.status == 100)
            return response;
        if (response.header("Transfer-Encoding") == "chunked") {
            while (true) {
                std::size_t lineAt;
                while ((lineAt = pending_.find("\r\n")) == std::string::npos)
                    if (!more())
                        return std::nullopt;
                auto size = std::stoul(pending_.substr(0, lineAt), nullptr, 16);
                pending_.erase(0, lineAt + 2);
                while (pending_.size() < size + 2)
                    if (!more())
                        return std::nullopt;
                response.body += pending_.substr(0, size);
                pending_.erase(0, size + 2);
                if (size == 0)
                    break;
            }
            return response;
        }
        auto length = response.header("Content-Length");
        std::size_t size = length.empty() ? 0 : std::stoul(length);
        while (pending_.size() < size)
            if (!more())
                return std::nullopt;
        response.body = pending_.substr(0, size);
        pending_.erase(0, size);
        return response;
    }

private:
    bool more() {
        pollfd pfd{fd_, POLLIN, 0};
        if (::poll(&pfd, 1, 5000) <= 0)
            return false;
        char buffer[65536];
        auto n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        pending_.append(buffer, static_cast<std::size_t>(n));
        return true;
    }

    int fd_ = -1;
    bool connected_ = false;
    std::string pending_;
};

int statusOf(const std::string& raw) {
    if (raw.size() < 12 || raw.compare(0, 9, "HTTP/1.1 ") != 0)
        return 0;
    return std::stoi(raw.substr(9, 3));
}

std::string bodyOf(const std::string& raw) {
    auto end = raw.find("\r\n\r\n");
    return end == std::string::npos ? std::string() : raw.substr(end + 4);
}

sr::HttpResponse call(sr::HttpClient& client, const std::string& method, const std::string& url,
                      std::string body = {},
                      std::vector<std::pair<std::string, std::string>> headers = {}) {
    sr::HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = std::move(body);
    request.headers = std::move(headers);
    request.timeout = std::chrono::milliseconds(20000);
    return client.send(request);
}

std::string hexSha256(std::string_view data) {
    return sr::eth::toHex(sr::crypto::sha256(sr::asBytes(data)), false);
}

std::string pseudoRandom(std::size_t size, std::uint32_t seed) {
    std::string out(size, '\0');
    std::uint32_t x = seed;
    for (auto& c : out) {
        x = x * 1664525u + 1013904223u;
        c = static_cast<char>(x >> 24);
    }
    return out;
}

// Fills the server with the routes every test uses.
std::atomic<bool> g_streamedFirstBytes{false};

void addRoutes(HttpServer& server) {
    server.route("GET", "/hello",
                 [](const ServerRequest&) { return ServerResponse::text(200, "hello world"); });
    server.route("GET", "/echo", [](const ServerRequest& request) {
        nlohmann::json query = nlohmann::json::array();
        for (const auto& [k, v] : request.queryItems)
            query.push_back({k, v});
        return ServerResponse::json(200, {{"path", request.path},
                                          {"query", query},
                                          {"rawQuery", request.query},
                                          {"args", request.queryParams("arg")},
                                          {"agent", request.header("x-TEST-header").value_or("")}});
    });
    server.route(
        "POST", "/upload",
        [](const ServerRequest& request) {
            // Hash through the reader so spooled and in-memory bodies take the same path.
            sr::crypto::Sha256 hash;
            auto reader = request.body.reader();
            char buffer[65536];
            while (auto n = reader->read(buffer, sizeof buffer))
                hash.update(sr::ByteView(reinterpret_cast<const std::uint8_t*>(buffer), n));
            return ServerResponse::json(200, {{"size", request.body.size()},
                                              {"inMemory", request.body.inMemory()},
                                              {"sha256", sr::eth::toHex(hash.finalize(), false)}});
        },
        {.maxBodyBytes = 64u << 20});
    // Streamed: answers with the first bytes as soon as they arrive, the rest hashed after;
    // "?stop=N" reads only N bytes.
    server.route(
        "POST", "/streamed",
        [](const ServerRequest& request) {
            auto reader = request.body.reader();
            const std::size_t stop = std::stoul(request.queryParam("stop").value_or("-1"));
            sr::crypto::Sha256 hash;
            std::uint64_t read = 0;
            char buffer[4096];
            while (read < stop) {
                const auto n =
                    reader->read(buffer, std::min<std::size_t>(sizeof buffer, stop - read));
                if (n == 0)
                    break;
                if (read == 0 && request.queryParam("signal"))
                    g_streamedFirstBytes.store(true);
                hash.update(sr::ByteView(reinterpret_cast<const std::uint8_t*>(buffer), n));
                read += n;
            }
            return ServerResponse::json(200, {{"size", request.body.size()},
                                              {"read", read},
                                              {"streamed", request.body.streamed()},
                                              {"sha256", sr::eth::toHex(hash.finalize(), false)}});
        },
        {.maxBodyBytes = 64u << 20, .streamBody = true});
    server.route(
        "POST", "/small",
        [](const ServerRequest& request) { return ServerResponse::text(200, request.body.text()); },
        {.maxBodyBytes = 16});
    server.routePrefix("GET", "/files/", [](const ServerRequest& request) {
        return ServerResponse::json(
            200, {{"rest", std::string(request.pathRest())}, {"prefix", request.routePrefix}});
    });
    server.routePrefix("GET", "/files/deep/",
                       [](const ServerRequest&) { return ServerResponse::text(200, "deep"); });
    server.route("GET", "/files/exact",
                 [](const ServerRequest&) { return ServerResponse::text(200, "exact"); });
    server.route("GET", "/stream", [](const ServerRequest& request) {
        // 1 MiB + 7 of a repeating pattern, produced lazily, with or without a length.
        const std::uint64_t total = (1u << 20) + 7;
        auto sent = std::make_shared<std::uint64_t>(0);
        auto producer = [sent, total](char* buffer, std::size_t capacity) {
            auto n = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, total - *sent));
            for (std::size_t i = 0; i < n; ++i)
                buffer[i] = static_cast<char>('a' + (*sent + i) % 26);
            *sent += n;
            return n;
        };
        bool chunked = request.queryParam("chunked").has_value();
        return ServerResponse::stream(200, chunked ? std::nullopt : std::optional(total), producer,
                                      "text/plain");
    });
    server.route("GET", "/short", [](const ServerRequest&) {
        // Announces 100 bytes, produces 10: the client must see a failure, not a short body.
        auto done = std::make_shared<bool>(false);
        return ServerResponse::stream(200, 100, [done](char* buffer, std::size_t) {
            if (*done)
                return std::size_t(0);
            *done = true;
            std::memset(buffer, 'x', 10);
            return std::size_t(10);
        });
    });
    server.route("GET", "/stall", [](const ServerRequest&) {
        // 10 bytes of 100, then nothing for 2.5 s, then the end.
        auto step = std::make_shared<int>(0);
        return ServerResponse::stream(200, 100, [step](char* buffer, std::size_t) {
            if ((*step)++ == 0) {
                std::memset(buffer, 'x', 10);
                return std::size_t(10);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2500));
            return std::size_t(0);
        });
    });
    server.route("GET", "/teapot", [](const ServerRequest&) -> ServerResponse {
        throw HttpError(418, "short and stout");
    });
    server.route("GET", "/missing", [](const ServerRequest&) -> ServerResponse {
        throw sr::Error(sr::ErrorCode::NotFound, "no such dataset");
    });
    server.route("GET", "/bad", [](const ServerRequest&) -> ServerResponse {
        throw sr::Error(sr::ErrorCode::InvalidArgument, "bad address");
    });
    server.route("GET", "/crash", [](const ServerRequest&) -> ServerResponse {
        throw std::runtime_error("private key 0xdeadbeef leaked");
    });
    server.route("GET", "/badheader", [](const ServerRequest&) {
        ServerResponse response = ServerResponse::text(200, "x");
        response.setHeader("X-Evil", "a\r\nSet-Cookie: b");
        return response;
    });
    server.route("DELETE", "/hello",
                 [](const ServerRequest&) { return ServerResponse::text(204, ""); });
    server.route("GET", "/slow", [](const ServerRequest&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        return ServerResponse::text(200, "slow");
    });
}

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

private slots:
    void init() {
        HttpServer::Options options;
        options.workerThreads = 2;
        options.memoryBodyBytes = 64u << 10;
        options.readTimeout = std::chrono::milliseconds(800);
        options.idleTimeout = std::chrono::milliseconds(1500);
        server_ = std::make_unique<HttpServer>(options);
        addRoutes(*server_);
        server_->start();
        QVERIFY(server_->port() != 0);
        base_ = server_->baseUrl();
    }
    void cleanup() { server_.reset(); }

    void servesAnExactRoute() {
        sr::HttpClient client;
        auto response = call(client, "GET", base_ + "/hello");
        QCOMPARE(response.status, 200L);
        QCOMPARE(response.body, std::string("hello world"));
        QCOMPARE(response.header("content-type").value_or(""),
                 std::string("text/plain; charset=utf-8"));
        QCOMPARE(response.header("content-length").value_or(""), std::string("11"));
    }

    void decodesTheQueryAndReadsHeadersCaseInsensitively() {
        sr::HttpClient client;
        auto response =
            call(client, "GET", base_ + "/echo?arg=Qm%41b&x=a+b%20c&arg=two&flag&&empty=", {},
                 {{"X-Test-Header", "value 1"}});
        QCOMPARE(response.status, 200L);
        auto json = nlohmann::json::parse(response.body);
        QCOMPARE(json["path"].get<std::string>(), std::string("/echo"));
        QCOMPARE(json["args"], nlohmann::json({"QmAb", "two"}));
        QCOMPARE(json["query"], nlohmann::json::parse("[[\"arg\",\"QmAb\"],[\"x\",\"a b c\"],"
                                                      "[\"arg\",\"two\"],[\"flag\",\"\"],"
                                                      "[\"empty\",\"\"]]"));
        QCOMPARE(json["agent"].get<std::string>(), std::string("value 1"));
        QCOMPARE(json["rawQuery"].get<std::string>(),
                 std::string("arg=Qm%41b&x=a+b%20c&arg=two&flag&&empty="));
    }

    void routesByPrefixLongestFirstAndExactBeforePrefix() {
        sr::HttpClient client;
        auto a = call(client, "GET", base_ + "/files/Qm%20x/y");
        QCOMPARE(a.status, 200L);
        auto json = nlohmann::json::parse(a.body);
        QCOMPARE(json["rest"].get<std::string>(), std::string("Qm x/y"));
        QCOMPARE(json["prefix"].get<std::string>(), std::string("/files/"));
        QCOMPARE(call(client, "GET", base_ + "/files/deep/z").body, std::string("deep"));
        QCOMPARE(call(client, "GET", base_ + "/files/exact").body, std::string("exact"));
        QCOMPARE(call(client, "GET", base_ + "/files/").status, 200L);
        QCOMPARE(call(client, "GET", base_ + "/files").status, 404L);
    }

    void unknownPathsAre404AndOtherMethods405() {
        sr::HttpClient client;
        auto missing = call(client, "GET", base_ + "/nothing/here");
        QCOMPARE(missing.status, 404L);
        QCOMPARE(missing.header("content-type").value_or(""), std::string("application/json"));
        QVERIFY(nlohmann::json::parse(missing.body).contains("error"));
        auto wrong = call(client, "POST", base_ + "/hello", "x");
        QCOMPARE(wrong.status, 405L);
        QCOMPARE(wrong.header("allow").value_or(""), std::string("GET, DELETE, HEAD"));
        QCOMPARE(call(client, "DELETE", base_ + "/hello").status, 204L);
    }

    void headSendsGetHeadersWithoutBody() {
        RawClient raw(server_->port());
        QVERIFY(raw.connected());
        QVERIFY(raw.send("HEAD /stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        auto head = raw.readResponse(true);
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("Content-Length"), std::to_string((1u << 20) + 7));
        // The connection stays usable: no body bytes were sent after the headers.
        QVERIFY(raw.send("HEAD /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        auto second = raw.readResponse(true);
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QCOMPARE(second->header("Content-Length"), std::string("11"));
        QVERIFY(raw.send("GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        auto third = raw.readResponse();
        QVERIFY(third);
        QCOMPARE(third->body, std::string("hello world"));
        QVERIFY(raw.closedByServer(2000));

        sr::HttpClient client;
        auto viaCurl = call(client, "HEAD", base_ + "/hello");
        QCOMPARE(viaCurl.status, 200L);
        QCOMPARE(viaCurl.header("content-length").value_or(""), std::string("11"));
        QVERIFY(viaCurl.body.empty());
        QCOMPARE(call(client, "HEAD", base_ + "/nothing").status, 404L);
    }

    void streamsResponsesWithLengthOrChunked() {
        sr::HttpClient client;
        auto fixed = call(client, "GET", base_ + "/stream");
        QCOMPARE(fixed.status, 200L);
        QCOMPARE(fixed.body.size(), std::size_t((1u << 20) + 7));
        QCOMPARE(fixed.body[0], 'a');
        QCOMPARE(fixed.body[(1u << 20) + 6], static_cast<char>('a' + ((1u << 20) + 6) % 26));
        auto chunked = call(client, "GET", base_ + "/stream?chunked=1");
        QCOMPARE(chunked.status, 200L);
        QCOMPARE(chunked.header("transfer-encoding").value_or(""), std::string("chunked"));
        QCOMPARE(chunked.body, fixed.body);
        // A producer that ends early must not look like a complete answer.
        bool failed = false;
        try {
            auto shortReply = call(client, "GET", base_ + "/short");
            failed = shortReply.body.size() != 100;
        } catch (const sr::Error&) {
            failed = true;
        }
        QVERIFY(failed);
        QCOMPARE(call(client, "GET", base_ + "/hello").status, 200L);
    }

    void theClientStreamsADownloadToASink() {
        // HttpRequest::bodySink: pieces as they arrive, nothing kept, no size cap.
        sr::HttpClient client;
        const std::string whole = call(client, "GET", base_ + "/stream").body;
        for (const char* path : {"/stream", "/stream?chunked=1"}) {
            sr::crypto::Sha256 hash;
            std::size_t size = 0, pieces = 0;
            sr::HttpRequest request;
            request.url = base_ + path;
            request.maxResponseBytes = 1024; // would refuse the body if it were kept
            request.bodySink = [&](std::string_view piece) {
                hash.update(sr::asBytes(piece));
                size += piece.size();
                ++pieces;
            };
            const auto response = client.send(request);
            QCOMPARE(response.status, 200L);
            QVERIFY(response.body.empty());
            QCOMPARE(size, whole.size());
            QVERIFY(pieces > 1);
            QCOMPARE(sr::eth::toHex(hash.finalize(), false), hexSha256(whole));
        }
        auto codeAndMessage = [&](sr::HttpRequest request, const sr::CancelToken* cancel,
                                  std::string* message) {
            try {
                client.send(request, cancel);
            } catch (const sr::Error& e) {
                *message = e.what();
                return e.code();
            }
            return sr::ErrorCode::Internal;
        };
        std::string message;
        sr::HttpRequest request;
        request.bodySink = [](std::string_view) {};
        // The connection lost mid-body: a network error that says so.
        request.url = base_ + "/short";
        QCOMPARE(codeAndMessage(request, nullptr, &message), sr::ErrorCode::Network);
        QVERIFY2(message.find("broke off after 10 bytes") != std::string::npos, message.c_str());
        // Nothing for longer than idleTimeout: a timeout that says so.
        request.url = base_ + "/stall";
        request.timeout = std::chrono::milliseconds(0);
        request.idleTimeout = std::chrono::milliseconds(1000);
        QCOMPARE(codeAndMessage(request, nullptr, &message), sr::ErrorCode::Network);
        QVERIFY2(message.find("sent nothing for 1.00 s after 10 bytes") != std::string::npos,
                 message.c_str());
        // What the sink throws ends the transfer and comes out as it was.
        request.url = base_ + "/stream";
        request.bodySink = [](std::string_view) {
            throw sr::Error(sr::ErrorCode::Io, "the disk is full");
        };
        QCOMPARE(codeAndMessage(request, nullptr, &message), sr::ErrorCode::Io);
        // Cancelled during the body.
        sr::CancelToken cancel;
        request.bodySink = [cancel](std::string_view) { cancel.cancel(); };
        QCOMPARE(codeAndMessage(request, &cancel, &message), sr::ErrorCode::Cancelled);
        // An error status keeps its (small) body where it was; the sink sees nothing.
        request.url = base_ + "/teapot";
        bool called = false;
        request.bodySink = [&](std::string_view) { called = true; };
        const auto teapot = client.send(request);
        QCOMPARE(teapot.status, 418L);
        QVERIFY(teapot.body.find("short and stout") != std::string::npos);
        QVERIFY(!called);
    }

    void aTlsFailureSaysSoWithoutOpenSslsErrorTexts() {
        // https:// to this plain HTTP server: the handshake fails and the error says it was TLS.
        sr::HttpClient client;
        QVERIFY(base_.starts_with("http://"));
        try {
            call(client, "GET", "https://" + base_.substr(7) + "/hello");
            QFAIL("a TLS handshake with a plain HTTP server succeeded");
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::Network);
            QVERIFY2(std::string(e.what()).find("SSL connect error") != std::string::npos,
                     e.what());
        }
        // The client never shows OpenSSL's own error texts, so it keeps the texts of OpenSSL's
        // crypto library out of memory (about 0.7 MiB for the life of the process).
        QCOMPARE(ERR_reason_error_string(ERR_PACK(ERR_LIB_EVP, 0, EVP_R_BAD_DECRYPT)), nullptr);
    }

    void servesFiles() {
        QTemporaryDir dir;
        auto path = std::filesystem::path(dir.path().toStdString()) / "content.bin";
        std::string content = pseudoRandom(300000, 7);
        {
            std::ofstream out(path, std::ios::binary);
            out << content;
        }
        HttpServer server;
        server.route("GET", "/file",
                     [path](const ServerRequest&) { return ServerResponse::file(path); });
        server.route("GET", "/nofile", [path](const ServerRequest&) {
            return ServerResponse::file(path.string() + ".absent");
        });
        server.start();
        sr::HttpClient client;
        auto response = call(client, "GET", server.baseUrl() + "/file");
        QCOMPARE(response.status, 200L);
        QCOMPARE(response.body.size(), content.size());
        QVERIFY(response.body == content);
        QCOMPARE(call(client, "GET", server.baseUrl() + "/nofile").status, 404L);
    }

    void receivesContentLengthBodiesInMemoryAndSpooled() {
        sr::HttpClient client;
        for (std::size_t size : {std::size_t(0), std::size_t(1), std::size_t(65536),
                                 std::size_t(65537), std::size_t(5u << 20)}) {
            auto body = pseudoRandom(size, static_cast<std::uint32_t>(size));
            auto response = call(client, "POST", base_ + "/upload", body);
            QCOMPARE(response.status, 200L);
            auto json = nlohmann::json::parse(response.body);
            QCOMPARE(json["size"].get<std::uint64_t>(), std::uint64_t(size));
            QCOMPARE(json["sha256"].get<std::string>(), hexSha256(body));
            QCOMPARE(json["inMemory"].get<bool>(), size <= (64u << 10));
        }
    }

    // A streamBody route reads the body as it arrives: its handler sees the first bytes
    // while the client still holds back the rest (a spooled body would not call it yet).
    void streamsBodiesToRoutesThatAskForIt() {
        g_streamedFirstBytes.store(false);
        const std::string body = pseudoRandom(3u << 20, 17);
        RawClient raw(server_->port());
        QVERIFY(raw.send("POST /streamed?signal=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Length: " +
                         std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 1000)));
        QElapsedTimer waited;
        waited.start();
        while (!g_streamedFirstBytes.load() && waited.elapsed() < 3000)
            std::this_thread::sleep_for(5ms);
        QVERIFY(g_streamedFirstBytes.load());
        QVERIFY(raw.send(body.substr(1000)));
        auto whole = raw.readResponse();
        QVERIFY(whole);
        QCOMPARE(whole->status, 200);
        auto json = nlohmann::json::parse(whole->body);
        QVERIFY(json["streamed"].get<bool>());
        QCOMPARE(json["read"].get<std::uint64_t>(), std::uint64_t(body.size()));
        QCOMPARE(json["sha256"].get<std::string>(), hexSha256(body));

        // Kept alive: a small rest left unread is skipped, the next request is served.
        QVERIFY(raw.send("POST /streamed?stop=10 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Length: 100\r\n\r\n" +
                         body.substr(0, 100) + "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        auto partial = raw.readResponse();
        auto next = raw.readResponse();
        QVERIFY(partial && next);
        QCOMPARE(nlohmann::json::parse(partial->body)["read"].get<std::uint64_t>(), 10u);
        QCOMPARE(next->body, std::string("hello world"));

        // A big rest left unread closes the connection after the answer.
        RawClient big(server_->port());
        QVERIFY(big.send("POST /streamed?stop=10 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Length: " +
                         std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 200000)));
        auto early = big.readResponse();
        QVERIFY(early);
        QCOMPARE(early->status, 200);
        QCOMPARE(early->header("Connection"), std::string("close"));

        // A body cut short is an error for the handler; the server carries on.
        RawClient cut(server_->port());
        QVERIFY(cut.send("POST /streamed HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                         "5000\r\n\r\n" +
                         body.substr(0, 100)));
        ::shutdown(cut.fd(), SHUT_WR);
        auto refused = cut.readResponse();
        QVERIFY(refused);
        QCOMPARE(refused->status, 400);
        sr::HttpClient client;
        QCOMPARE(call(client, "GET", base_ + "/hello").status, 200L);
    }

    void receivesChunkedBodies() {
        RawClient raw(server_->port());
        std::string content = pseudoRandom(200000, 3);
        std::string request =
            "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        // Uneven chunks, an extension, upper-case hex and a trailer.
        std::size_t at = 0;
        for (std::size_t size : {std::size_t(1), std::size_t(0xABC), std::size_t(70000)}) {
            char line[32];
            std::snprintf(line, sizeof line, size == 0xABC ? "%zX;ext=1\r\n" : "%zx\r\n", size);
            request += line + content.substr(at, size) + "\r\n";
            at += size;
        }
        char line[32];
        std::snprintf(line, sizeof line, "%zx\r\n", content.size() - at);
        request += line + content.substr(at) + "\r\n0\r\nX-Trailer: t\r\n\r\n";
        QVERIFY(raw.send(request));
        auto response = raw.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        auto json = nlohmann::json::parse(response->body);
        QCOMPARE(json["size"].get<std::uint64_t>(), std::uint64_t(content.size()));
        QCOMPARE(json["sha256"].get<std::string>(), hexSha256(content));
        QCOMPARE(json["inMemory"].get<bool>(), false);
        // Keep-alive after a chunked body.
        QVERIFY(raw.send("GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        auto next = raw.readResponse();
        QVERIFY(next);
        QCOMPARE(next->body, std::string("hello world"));
    }

    void answersExpectContinueAfterTheSizeCheck() {
        {
            RawClient raw(server_->port());
            QVERIFY(raw.send("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
                             "Expect: 100-continue\r\n\r\n"));
            auto interim = raw.readResponse();
            QVERIFY(interim);
            QCOMPARE(interim->status, 100);
            QVERIFY(raw.send("abcde"));
            auto final = raw.readResponse();
            QVERIFY(final);
            QCOMPARE(final->status, 200);
        }
        {
            RawClient raw(server_->port());
            QVERIFY(raw.send("POST /small HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 17\r\n"
                             "Expect: 100-continue\r\n\r\n"));
            auto refused = raw.readResponse();
            QVERIFY(refused);
            QCOMPARE(refused->status, 413);
        }
    }

    void enforcesTheRouteBodyLimit() {
        sr::HttpClient client;
        QCOMPARE(call(client, "POST", base_ + "/small", std::string(16, 'x')).status, 200L);
        auto tooLarge = call(client, "POST", base_ + "/small", std::string(17, 'x'));
        QCOMPARE(tooLarge.status, 413L);
        QVERIFY(nlohmann::json::parse(tooLarge.body).contains("error"));
        // Chunked bodies are counted while they arrive.
        RawClient raw(server_->port());
        QVERIFY(
            raw.send("POST /small HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "10\r\n0123456789abcdef\r\n1\r\nX\r\n0\r\n\r\n"));
        QCOMPARE(statusOf(raw.readAll()), 413);
    }

    void keepsConnectionsAliveAndServesPipelinedRequests() {
        RawClient raw(server_->port());
        QVERIFY(raw.send("GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                         "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc"
                         "GET /echo?arg=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        auto first = raw.readResponse();
        auto second = raw.readResponse();
        auto third = raw.readResponse();
        QVERIFY(first && second && third);
        QCOMPARE(first->body, std::string("hello world"));
        QCOMPARE(nlohmann::json::parse(second->body)["sha256"].get<std::string>(),
                 hexSha256("abc"));
        QCOMPARE(nlohmann::json::parse(third->body)["args"], nlohmann::json({"1"}));
        QCOMPARE(first->header("Connection"), std::string("keep-alive"));
        // HTTP/1.0 closes unless asked otherwise.
        RawClient old(server_->port());
        QVERIFY(old.send("GET /hello HTTP/1.0\r\n\r\n"));
        auto reply = old.readAll();
        QCOMPARE(statusOf(reply), 200);
        QVERIFY(reply.find("Connection: close") != std::string::npos);
    }

    void mapsHandlerErrorsWithoutLeakingSecrets() {
        sr::HttpClient client;
        auto teapot = call(client, "GET", base_ + "/teapot");
        QCOMPARE(teapot.status, 418L);
        QCOMPARE(nlohmann::json::parse(teapot.body)["error"].get<std::string>(),
                 std::string("short and stout"));
        QCOMPARE(call(client, "GET", base_ + "/missing").status, 404L);
        auto bad = call(client, "GET", base_ + "/bad");
        QCOMPARE(bad.status, 400L);
        QCOMPARE(nlohmann::json::parse(bad.body)["error"].get<std::string>(),
                 std::string("bad address"));
        auto crash = call(client, "GET", base_ + "/crash");
        QCOMPARE(crash.status, 500L);
        QVERIFY(crash.body.find("deadbeef") == std::string::npos);
        QCOMPARE(nlohmann::json::parse(crash.body)["error"].get<std::string>(),
                 std::string("internal error"));
        auto split = call(client, "GET", base_ + "/badheader");
        QCOMPARE(split.status, 500L);
        QVERIFY(!split.header("set-cookie"));
        QCOMPARE(call(client, "GET", base_ + "/hello").status, 200L);
    }

    void rejectsMalformedRequests_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  /hello HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /hello\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("GET /hello HTTX/1.1\r\n\r\n") << 400;
        QTest::newRow("http 2") << QByteArray("GET /hello HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("absolute form") << QByteArray("GET http://x/hello HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T /hello HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad percent") << QByteArray("GET /he%zzllo HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("truncated percent") << QByteArray("GET /hello%4 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad query percent") << QByteArray("GET /echo?a=%G1 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("nul in path") << QByteArray("GET /he%00llo HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET /hello HTTP/1.1\r\nHost x\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET /hello HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET /hello HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("bare LF in header")
            << QByteArray("GET /hello HTTP/1.1\r\nA: b\nB: c\r\n\r\n") << 400;
        QTest::newRow("control char")
            << QByteArray("GET /hello HTTP/1.1\r\nA: b\x01\r\n\r\n") << 400;
        QTest::newRow("CL and TE") << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 3\r\n"
                                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 400;
        QTest::newRow("conflicting CL")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n"
                          "\r\nabcd")
            << 400;
        QTest::newRow("negative CL")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << 400;
        QTest::newRow("huge CL")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
            << 400;
        QTest::newRow("gzip TE")
            << QByteArray("POST /upload HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
            << 501;
        QTest::newRow("bad chunk size")
            << QByteArray("POST /upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400;
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST /upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3\r\nabcX\r\n0\r\n\r\n")
            << 400;
        QTest::newRow("bad expectation")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 1\r\nExpect: magic\r\n\r\nx")
            << 417;
        QTest::newRow("header too large")
            << QByteArray("GET /hello HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n")
            << 431;
        QTest::newRow("unterminated header")
            << QByteArray("GET /hello HTTP/1.1\r\nX: " + QByteArray(20000, 'a')) << 431;
    }

    void rejectsMalformedRequests() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient raw(server_->port());
        QVERIFY(raw.connected());
        QVERIFY(raw.send(request.toStdString()));
        auto reply = raw.readAll();
        QCOMPARE(statusOf(reply), status);
        auto json = nlohmann::json::parse(bodyOf(reply), nullptr, false);
        QVERIFY(!json.is_discarded());
        QVERIFY(json["error"].is_string());
        QVERIFY(reply.find("Connection: close") != std::string::npos);
        // The server is unharmed.
        sr::HttpClient client;
        QCOMPARE(call(client, "GET", base_ + "/hello").status, 200L);
    }

    void timesOutSlowAndIdleClients() {
        // A client that stops in the middle of its headers gets 408 and is closed.
        RawClient slow(server_->port());
        QVERIFY(slow.send("GET /hello HTTP/1.1\r\nHo"));
        auto start = std::chrono::steady_clock::now();
        auto reply = slow.readAll(5000);
        auto waited = std::chrono::steady_clock::now() - start;
        QCOMPARE(statusOf(reply), 408);
        QVERIFY(waited < std::chrono::seconds(4));
        // A body that stops arriving.
        RawClient stalled(server_->port());
        QVERIFY(stalled.send("POST /upload HTTP/1.1\r\nContent-Length: 100\r\n\r\nabc"));
        QCOMPARE(statusOf(stalled.readAll(5000)), 408);
        // An idle keep-alive connection is closed after the idle timeout.
        RawClient idle(server_->port());
        QVERIFY(idle.send("GET /hello HTTP/1.1\r\n\r\n"));
        QVERIFY(idle.readResponse());
        QVERIFY(idle.closedByServer(5000));
    }

    void aTricklingHeadMeetsItsDeadline() {
        // One byte every 200 ms never trips the 800 ms read timeout; before the head's own
        // deadline, four such clients held every worker for as long as they liked.
        server_.reset();
        HttpServer::Options options;
        options.workerThreads = 1;
        options.readTimeout = std::chrono::milliseconds(800);
        options.headTimeout = std::chrono::milliseconds(1500);
        server_ = std::make_unique<HttpServer>(options);
        addRoutes(*server_);
        server_->start();
        RawClient slow(server_->port());
        const std::string request = "GET /hello HTTP/1.1\r\nX-Pad: " + std::string(100, 'a');
        const auto start = std::chrono::steady_clock::now();
        std::string reply;
        for (std::size_t sent = 0; sent < request.size() && reply.empty(); ++sent) {
            if (!slow.send(request.substr(sent, 1)))
                break; // closed by the server after its answer
            pollfd pfd{slow.fd(), POLLIN, 0};
            if (::poll(&pfd, 1, 200) > 0)
                reply = slow.readAll(1000);
        }
        const int status = statusOf(reply);
        const auto waited = std::chrono::steady_clock::now() - start;
        QCOMPARE(status, 408);
        QVERIFY2(waited < 4s, "the head's deadline counts from its first byte");
        // The one worker is free again.
        sr::HttpClient client;
        QCOMPARE(call(client, "GET", server_->baseUrl() + "/hello").status, 200L);
    }

    void checksTheHostAgainstLoopbackNames_data() {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("ip") << QByteArray("Host: 127.0.0.1\r\n") << 200;
        QTest::newRow("ip port") << QByteArray("Host: 127.0.0.1:8080\r\n") << 200;
        QTest::newRow("localhost") << QByteArray("Host: LocalHost:1\r\n") << 200;
        QTest::newRow("ipv6") << QByteArray("Host: [::1]:443\r\n") << 200;
        QTest::newRow("none (HTTP/1.0 style)") << QByteArray() << 200;
        QTest::newRow("allowed by the options") << QByteArray("Host: sandbox.test:80\r\n") << 200;
        QTest::newRow("rebound name") << QByteArray("Host: attacker.example:8080\r\n") << 421;
        QTest::newRow("loopback suffix")
            << QByteArray("Host: localhost.attacker.example\r\n") << 421;
        QTest::newRow("other loopback") << QByteArray("Host: 127.0.0.2\r\n") << 421;
        QTest::newRow("empty") << QByteArray("Host: \r\n") << 421;
        QTest::newRow("bad port") << QByteArray("Host: localhost:http\r\n") << 421;
        QTest::newRow("empty port") << QByteArray("Host: localhost:\r\n") << 421;
        QTest::newRow("two hosts")
            << QByteArray("Host: localhost\r\nHost: attacker.example\r\n") << 400;
    }
    void checksTheHostAgainstLoopbackNames() {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        server_.reset();
        HttpServer::Options options;
        options.allowedHosts = {"sandbox.test"};
        server_ = std::make_unique<HttpServer>(options);
        addRoutes(*server_);
        server_->start();
        RawClient raw(server_->port());
        QVERIFY(
            raw.send("GET /hello HTTP/1.1\r\n" + host.toStdString() + "Connection: close\r\n\r\n"));
        QCOMPARE(statusOf(raw.readAll()), status);
    }

    void parsesARequestHeadWithoutASocket() {
        using sr::sandbox::parseRequestHead;
        const auto head = parseRequestHead("POST /a%20b?x=1&y=a+b&z HTTP/1.1\r\nHost: localhost\r\n"
                                           "Content-Length: 12\r\nConnection: close");
        QCOMPARE(head.method, std::string("POST"));
        QCOMPARE(head.path, std::string("/a b"));
        QCOMPARE(head.queryItems.size(), std::size_t(3));
        QCOMPARE(head.queryItems[1].second, std::string("a b"));
        QCOMPARE(head.contentLength, std::uint64_t(12));
        QVERIFY(!head.keepAlive && !head.chunked && head.http11);
        const auto status = [](std::string_view text) {
            try {
                parseRequestHead(text);
            } catch (const HttpError& e) {
                return e.status();
            }
            return 0;
        };
        QCOMPARE(status("GET / HTTP/1.0"), 0);
        QCOMPARE(status("GET / HTTP/1.1\r\nHost: evil.example"), 421);
        QCOMPARE(status("GET / HTTP/3.0"), 505);
        QCOMPARE(status("GET / HTTP/1.1\r\nTransfer-Encoding: gzip"), 501);
        std::string many = "GET / HTTP/1.1";
        for (int i = 0; i < 101; ++i)
            many += "\r\nA: b";
        QCOMPARE(status(many), 431);
        QCOMPARE(status(""), 400);
    }

    void idleConnectionsDoNotStarveWorkers() {
        // More idle connections than workers: a new client is still served at once.
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 6; ++i) {
            idle.push_back(std::make_unique<RawClient>(server_->port()));
            QVERIFY(idle.back()->send("GET /hello HTTP/1.1\r\n\r\n"));
            QVERIFY(idle.back()->readResponse());
        }
        for (int i = 0; i < 3; ++i)
            idle.push_back(std::make_unique<RawClient>(server_->port())); // silent
        sr::HttpClient client;
        auto start = std::chrono::steady_clock::now();
        QCOMPARE(call(client, "GET", base_ + "/hello").status, 200L);
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
    }

    void servesManyClientsAtOnce() {
        std::atomic<int> ok{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t)
            threads.emplace_back([&, t] {
                sr::HttpClient client;
                for (int i = 0; i < 15; ++i) {
                    auto body = pseudoRandom(1000 + static_cast<std::size_t>(t * 100 + i),
                                             static_cast<std::uint32_t>(t * 1000 + i));
                    try {
                        auto response = call(client, "POST", base_ + "/upload", body);
                        if (response.status == 200 &&
                            nlohmann::json::parse(response.body)["sha256"] == hexSha256(body))
                            ++ok;
                    } catch (...) {
                    }
                }
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(ok.load(), 90);
    }

    void stopsCleanlyWithClientsConnected() {
        RawClient idle(server_->port());
        QVERIFY(idle.send("GET /hello HTTP/1.1\r\n\r\n"));
        QVERIFY(idle.readResponse());
        RawClient half(server_->port());
        QVERIFY(half.send("GET /hel"));
        std::thread busy([this] {
            sr::HttpClient client;
            try {
                call(client, "GET", base_ + "/slow");
            } catch (...) {
            }
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto start = std::chrono::steady_clock::now();
        server_->stop();
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
        busy.join();
        QVERIFY(idle.closedByServer(1000));
        server_->stop(); // idempotent
        // A stopped server can start again (on a new ephemeral port).
        server_->start();
        sr::HttpClient client;
        QCOMPARE(call(client, "GET", server_->baseUrl() + "/hello").status, 200L);
    }

    void reportsATakenPort() {
        HttpServer::Options options;
        options.port = server_->port();
        HttpServer second(options);
        try {
            second.start();
            QFAIL("bound a port already in use");
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::Io);
            QVERIFY(std::string(e.what()).find(std::to_string(server_->port())) !=
                    std::string::npos);
        }
    }

    void percentDecodeHelper() {
        QCOMPARE(sr::sandbox::percentDecode("a%2Fb+c", false), std::string("a/b+c"));
        QCOMPARE(sr::sandbox::percentDecode("a%2fb+c", true), std::string("a/b c"));
        QVERIFY_THROWS_EXCEPTION(HttpError, sr::sandbox::percentDecode("%", false));
        QVERIFY_THROWS_EXCEPTION(HttpError, sr::sandbox::percentDecode("%a", false));
        QCOMPARE(sr::sandbox::reasonPhrase(404), std::string_view("Not Found"));
    }

private:
    std::unique_ptr<HttpServer> server_;
    std::string base_;
};

QTEST_APPLESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
