#include "sandbox/HttpMessage.h"

#include "util/Error.h"
#include "util/Text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sr::sandbox {

namespace {

constexpr std::size_t kMaxHeaderCount = 100;

using text::iequals;

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Splits "a, b ,c" into trimmed, non-empty items.
std::vector<std::string_view> commaList(std::string_view text) {
    std::vector<std::string_view> items;
    while (true) {
        auto comma = text.find(',');
        auto item = text::trimBlanks(text.substr(0, comma));
        if (!item.empty())
            items.push_back(item);
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return items;
}

class MemoryReader final : public ByteReader {
public:
    explicit MemoryReader(std::string_view data) : data_(data) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        auto n = std::min(capacity, data_.size());
        std::memcpy(buffer, data_.data(), n);
        data_.remove_prefix(n);
        return n;
    }

private:
    std::string_view data_;
};

class FileReader final : public ByteReader {
public:
    FileReader(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        if (offset_ >= size_)
            return 0;
        auto want = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, size_ - offset_));
        while (true) {
            auto n = ::pread(fd_, buffer, want, static_cast<off_t>(offset_));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                throw sr::Error(ErrorCode::Io, "cannot read the spooled request body");
            offset_ += static_cast<std::uint64_t>(n);
            return static_cast<std::size_t>(n);
        }
    }

private:
    int fd_;
    std::uint64_t size_;
    std::uint64_t offset_ = 0;
};

// A reader of a streamed body: all of them take from the one source.
class SharedReader final : public ByteReader {
public:
    explicit SharedReader(std::shared_ptr<ByteReader> source) : source_(std::move(source)) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        return source_->read(buffer, capacity);
    }

private:
    std::shared_ptr<ByteReader> source_;
};

int openSpoolFile(const std::filesystem::path& dir) {
    std::error_code ec;
    auto folder = dir.empty() ? std::filesystem::temp_directory_path(ec) : dir;
    if (folder.empty())
        folder = "/tmp";
#ifdef O_TMPFILE
    int fd = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
#endif
    // Filesystems without O_TMPFILE: a named file, unlinked at once.
    std::string name = (folder / "strongroom-body-XXXXXX").string();
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        throw HttpError(507, "the server cannot store the request body");
    ::unlink(name.c_str());
    return fd;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// RequestBody

RequestBody::RequestBody() = default;

RequestBody::~RequestBody() {
    if (fd_ >= 0)
        ::close(fd_);
}

RequestBody::RequestBody(RequestBody&& other) noexcept
    : live_(std::move(other.live_)), memory_(std::move(other.memory_)),
      fd_(std::exchange(other.fd_, -1)), size_(std::exchange(other.size_, 0)) {}

RequestBody& RequestBody::operator=(RequestBody&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        live_ = std::move(other.live_);
        memory_ = std::move(other.memory_);
        fd_ = std::exchange(other.fd_, -1);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

void RequestBody::append(const char* data, std::size_t length, std::size_t memoryLimit,
                         const std::filesystem::path& spoolDir) {
    if (length == 0)
        return;
    if (fd_ < 0 && memory_.size() + length > memoryLimit) {
        fd_ = openSpoolFile(spoolDir);
        std::string pending = std::move(memory_);
        memory_ = std::string();
        size_ = 0;
        append(pending.data(), pending.size(), memoryLimit, spoolDir);
    }
    if (fd_ < 0) {
        memory_.append(data, length);
        size_ += length;
        return;
    }
    std::size_t done = 0;
    while (done < length) {
        auto n = ::pwrite(fd_, data + done, length - done, static_cast<off_t>(size_ + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw HttpError(507, "the server has no room left for the request body");
        done += static_cast<std::size_t>(n);
    }
    size_ += length;
}

void RequestBody::stream(std::uint64_t size, std::shared_ptr<ByteReader> source) {
    live_ = std::move(source);
    size_ = size;
}

std::string RequestBody::text(std::size_t maxBytes) const {
    if (size_ > maxBytes)
        throw HttpError(413, "request body too large");
    if (fd_ < 0 && !live_)
        return memory_;
    std::string out(static_cast<std::size_t>(size_), '\0');
    const std::unique_ptr<ByteReader> body = reader();
    std::size_t done = 0;
    while (done < out.size()) {
        const std::size_t n = body->read(out.data() + done, out.size() - done);
        if (n == 0)
            throw HttpError(400, "the request body is shorter than announced");
        done += n;
    }
    return out;
}

std::unique_ptr<ByteReader> RequestBody::reader() const {
    if (live_)
        return std::make_unique<SharedReader>(live_);
    if (fd_ < 0)
        return std::make_unique<MemoryReader>(memory_);
    return std::make_unique<FileReader>(fd_, size_);
}

// ---------------------------------------------------------------------------------------------
// ServerRequest / ServerResponse

std::optional<std::string> ServerRequest::header(std::string_view name) const {
    for (const auto& [key, value] : headers)
        if (iequals(key, name))
            return value;
    return std::nullopt;
}

std::optional<std::string> ServerRequest::queryParam(std::string_view name) const {
    for (const auto& [key, value] : queryItems)
        if (key == name)
            return value;
    return std::nullopt;
}

std::vector<std::string> ServerRequest::queryParams(std::string_view name) const {
    std::vector<std::string> values;
    for (const auto& [key, value] : queryItems)
        if (key == name)
            values.push_back(value);
    return values;
}

std::string_view ServerRequest::pathRest() const {
    std::string_view rest = path;
    rest.remove_prefix(std::min(routePrefix.size(), rest.size()));
    return rest;
}

ServerResponse& ServerResponse::setHeader(std::string name, std::string value) {
    for (auto& [key, existing] : headers)
        if (iequals(key, name)) {
            existing = std::move(value);
            return *this;
        }
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

ServerResponse ServerResponse::json(int status, const nlohmann::json& body) {
    ServerResponse response;
    response.status = status;
    response.body = body.dump();
    response.headers.emplace_back("Content-Type", "application/json");
    return response;
}

ServerResponse ServerResponse::text(int status, std::string body, std::string contentType) {
    ServerResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.emplace_back("Content-Type", std::move(contentType));
    return response;
}

ServerResponse ServerResponse::error(int status, const std::string& message) {
    return json(status, nlohmann::json{{"error", message}});
}

ServerResponse ServerResponse::stream(int status, std::optional<std::uint64_t> length,
                                      Producer producer, std::string contentType) {
    ServerResponse response;
    response.status = status;
    response.producer = std::move(producer);
    response.streamLength = length;
    response.headers.emplace_back("Content-Type", std::move(contentType));
    return response;
}

ServerResponse ServerResponse::file(const std::filesystem::path& path, std::string contentType) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw HttpError(404, "not found");
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw HttpError(404, "not found");
    }
    // The descriptor lives as long as the producer (shared: std::function copies it).
    auto owned = std::shared_ptr<int>(new int(fd), [](int* p) {
        ::close(*p);
        delete p;
    });
    auto size = static_cast<std::uint64_t>(info.st_size);
    auto reader = std::make_shared<FileReader>(fd, size);
    return stream(
        200, size,
        [owned, reader](char* buffer, std::size_t capacity) {
            return reader->read(buffer, capacity);
        },
        std::move(contentType));
}

// ---------------------------------------------------------------------------------------------
// helpers

RequestHead parseRequestHead(std::string_view headText,
                             const std::vector<std::string>& allowedHosts) {
    RequestHead request;
    // Request line.
    auto lineEnd = headText.find("\r\n");
    std::string_view requestLine = headText.substr(0, lineEnd);
    auto sp1 = requestLine.find(' ');
    auto sp2 = sp1 == std::string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp1 == std::string_view::npos || sp2 == std::string_view::npos ||
        requestLine.find(' ', sp2 + 1) != std::string_view::npos)
        throw HttpError(400, "malformed request line");
    auto method = requestLine.substr(0, sp1);
    auto target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    auto version = requestLine.substr(sp2 + 1);
    if (!isToken(method))
        throw HttpError(400, "malformed method");
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.size() == 8 && version.starts_with("HTTP/") && version[6] == '.')
            throw HttpError(505, "only HTTP/1.x is supported");
        throw HttpError(400, "malformed HTTP version");
    }
    if (target.empty() || target.front() != '/')
        throw HttpError(400, "the request target must be a path");
    for (char c : target)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            throw HttpError(400, "invalid character in the request target");
    request.method = std::string(method);
    request.target = std::string(target);
    request.http11 = version == "HTTP/1.1";

    // Header fields.
    std::string_view rest =
        lineEnd == std::string_view::npos ? std::string_view() : headText.substr(lineEnd + 2);
    while (!rest.empty()) {
        auto end = rest.find("\r\n");
        auto line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
        if (line.empty())
            throw HttpError(400, "malformed header block");
        if (line.front() == ' ' || line.front() == '\t')
            throw HttpError(400, "folded header lines are not accepted");
        auto colon = line.find(':');
        if (colon == std::string_view::npos)
            throw HttpError(400, "malformed header line");
        auto name = line.substr(0, colon);
        if (!isToken(name))
            throw HttpError(400, "malformed header name");
        auto value = text::trimBlanks(line.substr(colon + 1));
        for (char c : value)
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
                throw HttpError(400, "invalid character in a header value");
        if (request.headers.size() >= kMaxHeaderCount)
            throw HttpError(431, "too many header fields");
        request.headers.emplace_back(std::string(name), std::string(value));
    }

    // Connection persistence.
    request.keepAlive = request.http11;
    for (const auto& [name, value] : request.headers)
        if (iequals(name, "Connection"))
            for (auto token : commaList(value)) {
                if (iequals(token, "close"))
                    request.keepAlive = false;
                else if (iequals(token, "keep-alive"))
                    request.keepAlive = true;
            }

    // Body framing (RFC 9112 section 6): reject ambiguity rather than guess.
    std::optional<std::uint64_t> length;
    bool hasTransferEncoding = false;
    for (const auto& [name, value] : request.headers) {
        if (iequals(name, "Transfer-Encoding")) {
            if (hasTransferEncoding)
                throw HttpError(400, "repeated Transfer-Encoding");
            hasTransferEncoding = true;
            auto codings = commaList(value);
            if (codings.size() != 1 || !iequals(codings[0], "chunked"))
                throw HttpError(501, "only the chunked transfer coding is supported");
            request.chunked = true;
        } else if (iequals(name, "Content-Length")) {
            for (auto item : commaList(value)) {
                if (item.empty() || item.size() > 19 ||
                    !std::all_of(item.begin(), item.end(),
                                 [](char c) { return c >= '0' && c <= '9'; }))
                    throw HttpError(400, "malformed Content-Length");
                std::uint64_t v = std::stoull(std::string(item));
                if (length && *length != v)
                    throw HttpError(400, "conflicting Content-Length values");
                length = v;
            }
            if (!length)
                throw HttpError(400, "malformed Content-Length");
        }
    }
    if (request.chunked && length)
        throw HttpError(400, "both Content-Length and Transfer-Encoding");
    if (request.chunked && !request.http11)
        throw HttpError(400, "chunked encoding needs HTTP/1.1");
    request.contentLength = length.value_or(0);

    // Host (RFC 9112 section 3.2: at most one). None is accepted, as HTTP/1.0 and simple
    // clients send none; a browser always sends one, and a rebound DNS name is refused here.
    bool hasHost = false;
    for (const auto& [name, value] : request.headers) {
        if (!iequals(name, "Host"))
            continue;
        if (hasHost)
            throw HttpError(400, "repeated Host header");
        hasHost = true;
        if (!isAllowedHost(value, allowedHosts))
            throw HttpError(421, "this server answers only requests to 127.0.0.1 or localhost");
    }

    // Path and query.
    auto question = request.target.find('?');
    request.path = percentDecode(std::string_view(request.target).substr(0, question), false);
    if (request.path.find('\0') != std::string::npos)
        throw HttpError(400, "invalid path");
    if (question != std::string::npos) {
        request.query = request.target.substr(question + 1);
        std::string_view q = request.query;
        while (!q.empty()) {
            auto amp = q.find('&');
            auto item = q.substr(0, amp);
            q = amp == std::string_view::npos ? std::string_view() : q.substr(amp + 1);
            if (item.empty())
                continue;
            auto eq = item.find('=');
            request.queryItems.emplace_back(percentDecode(item.substr(0, eq), true),
                                            eq == std::string_view::npos
                                                ? std::string()
                                                : percentDecode(item.substr(eq + 1), true));
        }
    }
    return request;
}

bool isAllowedHost(std::string_view host, const std::vector<std::string>& allowedHosts) {
    host = text::trimBlanks(host);
    std::string_view name = host;
    std::string_view port;
    if (host.starts_with('[')) { // an IPv6 literal
        const auto close = host.find(']');
        if (close == std::string_view::npos)
            return false;
        name = host.substr(0, close + 1);
        const auto after = host.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':')
                return false;
            port = after.substr(1);
            if (port.empty())
                return false;
        }
    } else if (const auto colon = host.find(':'); colon != std::string_view::npos) {
        name = host.substr(0, colon);
        port = host.substr(colon + 1);
        if (port.empty())
            return false;
    }
    if (port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    if (name.empty())
        return false;
    for (std::string_view known : {"127.0.0.1", "localhost", "[::1]"})
        if (iequals(name, known))
            return true;
    return std::any_of(allowedHosts.begin(), allowedHosts.end(),
                       [&](const std::string& allowed) { return iequals(name, allowed); });
}

std::string percentDecode(std::string_view text, bool plusIsSpace) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                throw HttpError(400, "malformed percent-encoding");
            int hi = text::hexDigitValue(text[i + 1]);
            int lo = text::hexDigitValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                throw HttpError(400, "malformed percent-encoding");
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string_view reasonPhrase(int status) noexcept {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    case 507:
        return "Insufficient Storage";
    default:
        return "Unknown";
    }
}

} // namespace sr::sandbox
