#include "compute/TaskResult.h"

#include "crypto/Aes256Cbc.h"
#include "iexec/Cid.h"
#include "iexec/UnixFs.h"
#include "store/AtomicFile.h"
#include "util/Base64.h"
#include "util/Error.h"
#include "util/FileStream.h"
#include "util/HttpClient.h"

#include <nlohmann/json.hpp>

namespace sr::compute {
namespace {

namespace fs = std::filesystem;

constexpr const char* kKeyEntry = "aes-key.rsa";
constexpr const char* kPayloadEntry = "iexec_out.zip.aes";
constexpr std::uint64_t kMaxKeyEntry = 1000; // the SDK's cap
constexpr std::size_t kIvSize = 16;

fs::path withSuffix(const fs::path& path, const char* suffix) {
    fs::path out = path;
    out += suffix;
    return out;
}

void removeQuietly(const fs::path& path) {
    std::error_code ec;
    fs::remove_all(path, ec);
}

// Renames `from` over `to`, after moving an existing `to` aside: a crash in between leaves
// either the old folder or the new one (plus a `.old` to clean), never neither.
void replaceFolder(const fs::path& from, const fs::path& to) {
    const fs::path old = withSuffix(to, ".old");
    removeQuietly(old);
    std::error_code ec;
    if (fs::exists(to, ec))
        fs::rename(to, old);
    fs::rename(from, to);
    syncDirectory(to.parent_path());
    removeQuietly(old);
}

bool safeName(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        const std::string part = name.substr(start, end - start);
        if (part == ".." || part == ".")
            return false;
        if (part.empty() && end != name.size()) // "a//b"
            return false;
        start = end + 1;
    }
    return true;
}

// The AES key inside aes-key.rsa: raw RSA first, else the legacy base64 text wrapping a
// base64 key (the SDK tries both in this order).
crypto::SecretBytes unwrapKey(const crypto::RsaPrivateKey& key, const Bytes& wrapped) {
    try {
        return key.decryptPkcs1v15(wrapped);
    } catch (const Error&) {
    }
    try {
        const std::string text(wrapped.begin(), wrapped.end());
        const crypto::SecretBytes inner = key.decryptPkcs1v15(base64Decode(text));
        const Bytes decoded = base64Decode(inner.text());
        crypto::SecretBytes out(decoded);
        return out;
    } catch (const Error&) {
    }
    throw Error(ErrorCode::Crypto,
                "This result was not encrypted for this account's result key: its AES key does "
                "not unwrap with it. It was made for another key (another wallet's, or one "
                "another tool such as DataProtector pushed to the SMS for this account).");
}

} // namespace

ResultLink parseResultLink(ByteView results) {
    ResultLink link;
    const auto json = nlohmann::json::parse(results.begin(), results.end(), nullptr, false, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("storage") ||
        !json["storage"].is_string())
        return link;
    link.storage = json["storage"].get<std::string>();
    if (json.contains("location") && json["location"].is_string())
        link.location = json["location"].get<std::string>();
    return link;
}

bool isEncryptedResult(const ZipReader& archive) {
    return archive.find(kKeyEntry) != nullptr && archive.find(kPayloadEntry) != nullptr;
}

void decryptResult(const fs::path& archive, const crypto::RsaPrivateKey& key,
                   const fs::path& innerZip, const CancelToken* cancel) {
    const ZipReader zip(archive);
    const auto* keyEntry = zip.find(kKeyEntry);
    const auto* payload = zip.find(kPayloadEntry);
    if (!keyEntry || !payload)
        throw Error(ErrorCode::Corrupt, "The result archive is not encrypted: it has no " +
                                            std::string(keyEntry ? kPayloadEntry : kKeyEntry) +
                                            ".");
    const crypto::SecretBytes aesKey = unwrapKey(key, zip.readAll(*keyEntry, kMaxKeyEntry));
    if (aesKey.size() == 16)
        throw Error(ErrorCode::Unsupported,
                    "This result uses the legacy AES-128 result encryption, which Strongroom "
                    "does not read.");
    if (aesKey.size() != 32)
        throw Error(ErrorCode::Crypto, "The result's key is not an AES-256 key (" +
                                           std::to_string(aesKey.size()) + " bytes).");
    if (payload->size < 2 * kIvSize)
        throw Error(ErrorCode::Corrupt, "The encrypted result is truncated (" +
                                            std::to_string(payload->size) + " bytes).");

    const fs::path part = withSuffix(innerZip, ".part");
    OutputFile out(part);
    Bytes iv;
    std::optional<crypto::Aes256CbcDecryptor> decryptor;
    Bytes plain;
    try {
        zip.read(
            *payload,
            [&](ByteView piece) {
                if (!decryptor) {
                    const std::size_t take = std::min(kIvSize - iv.size(), piece.size());
                    iv.insert(iv.end(), piece.begin(), piece.begin() + take);
                    piece = piece.subspan(take);
                    if (iv.size() < kIvSize)
                        return;
                    decryptor.emplace(aesKey, iv);
                }
                plain.clear();
                decryptor->update(piece, plain);
                out.write(plain);
            },
            cancel);
        plain.clear();
        try {
            decryptor->final(plain);
        } catch (const Error&) {
            throw Error(ErrorCode::Crypto,
                        "The result does not decrypt: its padding is wrong (the archive is "
                        "damaged or its key is not the one it was encrypted with).");
        }
        out.write(plain);
        out.close(true);
    } catch (...) {
        removeQuietly(part);
        throw;
    }
    fs::rename(part, innerZip);
}

std::vector<std::string> unpackZip(const fs::path& zipPath, const fs::path& dir,
                                   const CancelToken* cancel) {
    const ZipReader zip(zipPath);
    fs::create_directories(dir);
    std::vector<std::string> names;
    for (const auto& entry : zip.entries()) {
        if (!safeName(entry.name))
            throw Error(ErrorCode::Corrupt, "The result archive has an unsafe file name \"" +
                                                entry.name + "\": nothing was unpacked.");
    }
    for (const auto& entry : zip.entries()) {
        const fs::path target = dir / fs::path(entry.name);
        if (entry.isDirectory()) {
            fs::create_directories(target);
            continue;
        }
        fs::create_directories(target.parent_path());
        OutputFile out(target);
        zip.read(
            entry, [&](ByteView piece) { out.write(piece); }, cancel);
        out.close(false);
        names.push_back(entry.name);
    }
    return names;
}

ComputedJson readComputedJson(const fs::path& dir) {
    const fs::path file = dir / "computed.json";
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(file, ec)))
        throw Error(ErrorCode::Corrupt, "The result has no computed.json.");
    const auto json = nlohmann::json::parse(readFile(file), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(ErrorCode::Corrupt, "The result's computed.json is not a JSON object.");
    ComputedJson computed;
    const auto text = [&](const char* key) -> std::optional<std::string> {
        if (json.contains(key) && json[key].is_string())
            return json[key].get<std::string>();
        return std::nullopt;
    };
    computed.deterministicOutputPath = text("deterministic-output-path");
    computed.callbackData = text("callback-data");
    computed.errorMessage = text("error-message");
    return computed;
}

UnpackedResult openResult(const fs::path& archive, const fs::path& folder,
                          const crypto::RsaPrivateKey* key, const CancelToken* cancel) {
    UnpackedResult result;
    result.folder = folder;
    const fs::path part = withSuffix(folder, ".part");
    const fs::path inner = withSuffix(archive, ".inner.zip");
    removeQuietly(part);
    try {
        fs::path outputZip = archive;
        result.wasEncrypted = isEncryptedResult(ZipReader(archive));
        if (result.wasEncrypted) {
            if (!key)
                throw Error(ErrorCode::Crypto,
                            "This result is encrypted: it needs the account's result key.");
            decryptResult(archive, *key, inner, cancel);
            outputZip = inner;
        }
        result.files = unpackZip(outputZip, part, cancel);
        removeQuietly(inner); // the plaintext lives only in the result folder
        result.computed = readComputedJson(part);
        syncDirectory(part);
        replaceFolder(part, folder);
    } catch (...) {
        removeQuietly(inner);
        removeQuietly(part);
        throw;
    }
    return result;
}

ResultFetcher::ResultFetcher(std::string gatewayUrl) : gatewayUrl_(std::move(gatewayUrl)) {
    while (!gatewayUrl_.empty() && gatewayUrl_.back() == '/')
        gatewayUrl_.pop_back();
}

namespace {

iexec::Cid cidOfLocation(const ResultLink& link) {
    if (link.storage == "none")
        throw Error(ErrorCode::NotFound, "No result was uploaded for this task.");
    if (link.storage == "ethereum")
        throw Error(ErrorCode::NotFound, "This task's result went to a callback contract (" +
                                             link.location + "), not to IPFS.");
    if (link.storage != "ipfs")
        throw Error(ErrorCode::Unsupported, "This task's result is stored on " + link.storage +
                                                ", which Strongroom does not download from.");
    constexpr std::string_view kPrefix = "/ipfs/";
    const auto cid = link.location.starts_with(kPrefix)
                         ? iexec::Cid::tryParse(std::string_view(link.location).substr(6))
                         : std::nullopt;
    if (!cid)
        throw Error(ErrorCode::Corrupt,
                    "The task's result location \"" + link.location + "\" is not /ipfs/<cid>.");
    return *cid;
}

bool matchesCid(const fs::path& file, const iexec::Cid& cid, const CancelToken* cancel) {
    iexec::UnixFsOptions options;
    options.cidVersion = cid.version();
    return iexec::unixFsFileAt(file, options, cancel).cid == cid;
}

} // namespace

void ResultFetcher::download(ByteView results, const fs::path& archive, const CancelToken* cancel) {
    const iexec::Cid cid = cidOfLocation(parseResultLink(results));
    const fs::path part = withSuffix(archive, ".part");
    fs::create_directories(archive.parent_path());
    HttpRequest request;
    request.url = gatewayUrl_ + "/ipfs/" + cid.toString();
    request.headers = {{"Accept", "application/zip"}};
    request.timeout = std::chrono::milliseconds(0);
    request.idleTimeout = std::chrono::milliseconds(60000);
    try {
        OutputFile out(part);
        HttpClient http;
        request.bodySink = [&](std::string_view piece) { out.write(asBytes(piece)); };
        const HttpResponse response = http.send(request, cancel);
        if (response.status == 404)
            throw Error(ErrorCode::Network, "The IPFS gateway " + HttpClient::hostOf(gatewayUrl_) +
                                                " does not have the result " + cid.toString() +
                                                " (HTTP 404).");
        if (!response.ok())
            throw Error(ErrorCode::Network, "The IPFS gateway " + HttpClient::hostOf(gatewayUrl_) +
                                                " did not serve the result (HTTP " +
                                                std::to_string(response.status) + ").");
        out.close(true);
        if (!matchesCid(part, cid, cancel))
            throw Error(ErrorCode::Corrupt, "The IPFS gateway " + HttpClient::hostOf(gatewayUrl_) +
                                                " served other bytes than the result " +
                                                cid.toString() + " (their CID differs).");
    } catch (...) {
        removeQuietly(part);
        throw;
    }
    fs::rename(part, archive);
}

UnpackedResult ResultFetcher::fetch(ByteView results, const fs::path& archive,
                                    const fs::path& folder, const crypto::RsaPrivateKey* key,
                                    const CancelToken* cancel) {
    std::error_code ec;
    const bool have = fs::is_regular_file(archive, ec) &&
                      matchesCid(archive, cidOfLocation(parseResultLink(results)), cancel);
    if (!have)
        download(results, archive, cancel);
    return openResult(archive, folder, key, cancel);
}

} // namespace sr::compute
