#include "iexec/IpfsClient.h"

#include "crypto/SecureRandom.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <sstream>

namespace sr::iexec {
namespace {

std::string trimSlash(std::string url) {
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

// Kubo's errors are {"Message": ..., "Code": ..., "Type": "error"}; anything else is quoted
// briefly so a proxy's HTML page does not flood the message.
std::string nodeMessage(const HttpResponse& response) {
    const auto j = nlohmann::json::parse(response.body, nullptr, false);
    if (j.is_object() && j.contains("Message") && j["Message"].is_string())
        return j["Message"].get<std::string>();
    std::string text = response.body.substr(0, 200);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.empty() ? "no explanation" : text;
}

// The body of the upload: a multipart prologue, the content's bytes read as curl asks for
// them, an epilogue. Nothing but curl's buffer is held.
class MultipartBody {
public:
    MultipartBody(const IpfsClient::Content& content, const std::string& boundary,
                  const CancelToken* cancel)
        : content_(content), cancel_(cancel) {
        head_ = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                safeName(content.name) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        tail_ = "\r\n--" + boundary + "--\r\n";
    }

    std::uint64_t size() const { return head_.size() + content_.size + tail_.size(); }

    std::size_t read(char* buffer, std::size_t capacity) {
        if (cancel_)
            cancel_->throwIfCancelled();
        std::size_t written = 0;
        while (written < capacity) {
            if (headDone_ < head_.size()) {
                written += copy(head_, headDone_, buffer + written, capacity - written);
            } else if (contentDone_ < content_.size) {
                const std::size_t want = static_cast<std::size_t>(
                    std::min<std::uint64_t>(capacity - written, content_.size - contentDone_));
                const std::size_t n = content_.read(buffer + written, want);
                if (n == 0)
                    throw Error(ErrorCode::Io, content_.name + " ended before its " +
                                                   std::to_string(content_.size) +
                                                   " bytes while it was uploaded.");
                contentDone_ += n;
                written += n;
                // What there is goes out now: a streamed content may take a while to give more.
                if (written > 0 && contentDone_ < content_.size)
                    break;
            } else if (tailDone_ < tail_.size()) {
                written += copy(tail_, tailDone_, buffer + written, capacity - written);
            } else {
                break;
            }
        }
        return written;
    }

private:
    static std::size_t copy(const std::string& from, std::size_t& done, char* to,
                            std::size_t capacity) {
        const std::size_t n = std::min(capacity, from.size() - done);
        std::memcpy(to, from.data() + done, n);
        done += n;
        return n;
    }
    // The name is only a label for the node; quotes or line breaks would break the header.
    static std::string safeName(std::string name) {
        for (char& c : name)
            if (c == '"' || c == '\r' || c == '\n' || c == '\\')
                c = '_';
        return name.empty() ? "data" : name;
    }

    const IpfsClient::Content& content_;
    const CancelToken* cancel_;
    std::string head_;
    std::string tail_;
    std::size_t headDone_ = 0;
    std::uint64_t contentDone_ = 0;
    std::size_t tailDone_ = 0;
};

} // namespace

HttpResponse IpfsClient::sendTo(const char* what, const std::string& base,
                                const HttpRequest& request, const CancelToken* cancel) {
    try {
        return http_.send(request, cancel);
    } catch (const Error& e) {
        // A bare "Could not reach host:port" does not say which service of the profile failed.
        // The reason and its parameters stay, for a front end that says it in its own words.
        if (e.code() != ErrorCode::Network)
            throw;
        throw Error(ErrorCode::Network, e.reason(), e.params(),
                    std::string(what) + " " + base + ": " + e.what());
    }
}

IpfsClient::IpfsClient(std::string apiUrl, std::string gatewayUrl)
    : apiUrl_(trimSlash(std::move(apiUrl))), gatewayUrl_(trimSlash(std::move(gatewayUrl))) {}

Cid IpfsClient::add(const std::filesystem::path& file, const Progress& progress,
                    const CancelToken* cancel) {
    InputFile input(file);
    const Content content{
        .name = file.filename().string(),
        .size = input.size(),
        .read = [&input](char* buffer, std::size_t capacity) {
            return input.read({reinterpret_cast<std::uint8_t*>(buffer), capacity});
        }};
    return add(content, progress, cancel);
}

Cid IpfsClient::add(const Content& content, const Progress& progress, const CancelToken* cancel) {
    const std::string boundary = "strongroom-" + eth::toHex(crypto::randomBytes(16), false);
    MultipartBody body(content, boundary, cancel);
    const std::string host = HttpClient::hostOf(apiUrl_);

    HttpRequest request;
    request.method = "POST";
    request.url = apiUrl_ + "/api/v0/add?cid-version=0&pin=true";
    request.headers.emplace_back("Content-Type", "multipart/form-data; boundary=" + boundary);
    request.bodySize = body.size();
    request.bodySource = [&body](char* buffer, std::size_t capacity) {
        return body.read(buffer, capacity);
    };
    if (progress)
        request.onUploadProgress = progress;
    // A large upload takes as long as it takes; a stalled one is caught by the low bound
    // of 1 MB/s plus a minute for the node to chunk and store it.
    request.timeout = std::chrono::milliseconds(60000 + request.bodySize / 1000);
    const HttpResponse response = sendTo("The IPFS node", apiUrl_, request, cancel);
    if (!response.ok())
        throw Error(ErrorCode::Network, "The IPFS node " + host + " refused the upload (HTTP " +
                                            std::to_string(response.status) +
                                            "): " + nodeMessage(response) + ".");
    // One JSON object per line; the last one carrying "Hash" is the file.
    std::optional<Cid> cid;
    std::istringstream lines(response.body);
    for (std::string line; std::getline(lines, line);) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.contains("Hash") && j["Hash"].is_string())
            cid = Cid::tryParse(j["Hash"].get<std::string>());
    }
    if (!cid)
        throw Error(ErrorCode::Corrupt,
                    "The IPFS node " + host + " accepted the upload but gave no valid CID.");
    return *cid;
}

void IpfsClient::addExpecting(const std::filesystem::path& file, const Cid& expected,
                              const Progress& progress, const CancelToken* cancel) {
    expectSame(add(file, progress, cancel), expected);
}

void IpfsClient::expectSame(const Cid& got, const Cid& expected) const {
    if (!(got == expected))
        throw Error(ErrorCode::Corrupt,
                    "The IPFS node " + HttpClient::hostOf(apiUrl_) + " stored the file as " +
                        got.toString() + " but it should be " + expected.toString() +
                        " (the node does not use IPFS's default import settings); the protected "
                        "data would point to the wrong content, so it was not registered.");
}

bool IpfsClient::gatewayHas(const Cid& cid, const CancelToken* cancel) {
    HttpRequest request;
    request.method = "HEAD";
    request.url = gatewayUrl_ + "/ipfs/" + cid.toString();
    request.timeout = std::chrono::seconds(60);
    const HttpResponse response = sendTo("The IPFS gateway", gatewayUrl_, request, cancel);
    if (response.ok())
        return true;
    if (response.status == 404)
        return false;
    throw Error(ErrorCode::Network, "The IPFS gateway " + HttpClient::hostOf(gatewayUrl_) +
                                        " answered HTTP " + std::to_string(response.status) +
                                        " for " + cid.toString() + ".");
}

} // namespace sr::iexec
