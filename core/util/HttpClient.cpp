#include "util/HttpClient.h"

#include "util/Error.h"
#include "util/ProcessCancel.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <curl/curl.h>
#include <exception>
#include <openssl/crypto.h>

namespace sr {
namespace {

// libcurl must be initialised once per process before any thread uses it. Its OpenSSL start
// would also load the text of every OpenSSL error (about 0.7 MiB resident for the life of the
// process); our messages word a failure with curl_easy_strerror, never with OpenSSL's text, so
// OpenSSL is told first not to load it. The system's OpenSSL configuration is still read.
void globalInit() {
    static const bool done = [] {
        OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS, nullptr);
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    (void)done;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

struct Transfer {
    HttpResponse* response;
    std::size_t limit;
    bool tooLarge = false;
    const CancelToken* cancel;
    const HttpRequest* request;
    CURL* curl;
    std::exception_ptr sourceError; // what the body source or sink threw
    std::uint64_t received = 0;     // body bytes
    std::chrono::steady_clock::time_point lastByte = std::chrono::steady_clock::now();
    bool idle = false; // nothing arrived for request->idleTimeout
};

size_t onBody(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    t->received += n;
    t->lastByte = std::chrono::steady_clock::now();
    if (t->request->bodySink) {
        long status = 0;
        curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 200 && status < 300) {
            if (t->cancel && t->cancel->cancelled())
                return 0; // aborts at once; send() reports the cancellation
            try {
                t->request->bodySink(std::string_view(data, n));
            } catch (...) {
                t->sourceError = std::current_exception();
                return 0;
            }
            return n;
        }
    }
    if (t->response->body.size() + n > t->limit) {
        t->tooLarge = true;
        return 0; // aborts the transfer
    }
    t->response->body.append(data, n);
    return n;
}

size_t onHeader(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    std::string_view line(data, n);
    t->lastByte = std::chrono::steady_clock::now();
    if (line.starts_with("HTTP/")) {
        t->response->headers.clear(); // a new response (after a redirect or 100-continue)
        return n;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos)
        return n;
    std::string name = lower(std::string(line.substr(0, colon)));
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
        value.remove_suffix(1);
    t->response->headers.emplace_back(std::move(name), std::string(value));
    return n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t sent) {
    auto* t = static_cast<Transfer*>(user);
    if (t->request->onUploadProgress && t->request->bodySource)
        t->request->onUploadProgress(static_cast<std::uint64_t>(sent), t->request->bodySize);
    // Called about once a second even when nothing moves: the idle timeout's clock.
    if (t->request->idleTimeout.count() > 0 &&
        std::chrono::steady_clock::now() - t->lastByte > t->request->idleTimeout) {
        t->idle = true;
        return 1;
    }
    return t->cancel && t->cancel->cancelled() ? 1 : 0;
}

size_t onRead(char* buffer, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    try {
        return t->request->bodySource(buffer, size * count);
    } catch (...) {
        t->sourceError = std::current_exception();
        return CURL_READFUNC_ABORT;
    }
}

} // namespace

struct HttpClient::Handle {
    CURL* curl = nullptr;
    ~Handle() {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

std::optional<std::string> HttpResponse::header(std::string_view name) const {
    const std::string wanted = lower(std::string(name));
    for (const auto& [key, value] : headers)
        if (key == wanted)
            return value;
    return std::nullopt;
}

HttpClient::HttpClient() : handle_(std::make_unique<Handle>()) {
    globalInit();
    handle_->curl = curl_easy_init();
    if (!handle_->curl)
        throw Error(ErrorCode::Internal, "libcurl could not create a handle.");
}

HttpClient::~HttpClient() = default;

std::string HttpClient::hostOf(std::string_view url) {
    auto start = url.find("://");
    start = start == std::string_view::npos ? 0 : start + 3;
    auto end = url.find_first_of("/?#", start);
    std::string_view host =
        url.substr(start, end == std::string_view::npos ? url.npos : end - start);
    if (auto at = host.rfind('@'); at != std::string_view::npos)
        host.remove_prefix(at + 1); // never echo credentials
    return std::string(host);
}

HttpResponse HttpClient::send(const HttpRequest& request, const CancelToken* cancel) {
    if (!cancel)
        cancel = processCancel(); // the process's Ctrl-C, when it set one
    std::lock_guard lock(mutex_);
    CURL* curl = handle_->curl;
    curl_easy_reset(curl); // keeps the connection cache
    HttpResponse response;
    Transfer transfer{&response, request.maxResponseBytes, false, cancel, &request, curl, nullptr};

    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(request.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Strongroom/" STRONGROOM_VERSION);

    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (request.method == "POST" || request.method == "PUT" || request.method == "DELETE" ||
               request.method == "PATCH") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        if (request.bodySource) {
            curl_easy_setopt(curl, CURLOPT_POST, 1L);
            curl_easy_setopt(curl, CURLOPT_READFUNCTION, onRead);
            curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(request.bodySize));
        } else {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(request.body.size()));
        }
    } else if (request.method != "GET") {
        throw Error(ErrorCode::InvalidArgument, "Unsupported HTTP method " + request.method);
    }

    curl_slist* headers = nullptr;
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).c_str());
    // An empty Expect stops curl from waiting for "100 Continue" on large bodies.
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);

    if (transfer.sourceError)
        std::rethrow_exception(transfer.sourceError);
    if (cancel && cancel->cancelled())
        throw Error(ErrorCode::Cancelled, "The operation was cancelled.");
    const std::string host = hostOf(request.url);
    if (transfer.idle) {
        const auto seconds = std::chrono::duration<double>(request.idleTimeout).count();
        const std::string shown = std::to_string(seconds).substr(0, 4);
        throw TimeoutError({{"host", host}, {"seconds", shown}},
                           host + " sent nothing for " + shown + " s" +
                               (transfer.received
                                    ? " after " + std::to_string(transfer.received) + " bytes"
                                    : std::string()) +
                               ".");
    }
    if (transfer.tooLarge)
        throw Error(ErrorCode::Network, ErrorReason::ReplyTooLarge,
                    {{"host", host}, {"mebibytes", std::to_string(request.maxResponseBytes >> 20)}},
                    host + " sent a reply larger than " +
                        std::to_string(request.maxResponseBytes >> 20) + " MiB; it was not read.");
    if (code != CURLE_OK) {
        if (code == CURLE_OPERATION_TIMEDOUT) {
            const std::string shown = std::to_string(request.timeout.count() / 1000.0).substr(0, 4);
            throw TimeoutError({{"host", host}, {"seconds", shown}},
                               host + " did not answer within " + shown + " s.");
        }
        if (transfer.received > 0 && (code == CURLE_PARTIAL_FILE || code == CURLE_RECV_ERROR))
            throw Error(ErrorCode::Network, ErrorReason::BrokeOff,
                        {{"host", host}, {"bytes", std::to_string(transfer.received)}},
                        "The connection to " + host + " broke off after " +
                            std::to_string(transfer.received) + " bytes of the reply (" +
                            curl_easy_strerror(code) + ").");
        throw Error(ErrorCode::Network, ErrorReason::Unreachable,
                    {{"host", host}, {"cause", curl_easy_strerror(code)}},
                    "Could not reach " + host + ": " + curl_easy_strerror(code) + ".");
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace sr
