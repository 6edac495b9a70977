#include "sandbox/ResultArchive.h"

#include "crypto/Aes256Cbc.h"
#include "crypto/Keccak.h"
#include "crypto/RsaPublicKey.h"
#include "crypto/SecretBytes.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "store/AtomicFile.h"
#include "util/Base64.h"
#include "util/Crc32.h"
#include "util/Error.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <zlib.h>

namespace sr::sandbox {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxResultFileName = 31; // post-compute's RESULT_FILE_NAME_MAX_LENGTH

[[noreturn]] void refuse(const std::string& message) {
    throw Error(ErrorCode::InvalidArgument, message);
}

Hash32 sha256File(const fs::path& path) {
    const std::string content = readFile(path);
    return crypto::sha256(asBytes(content));
}

void put16(Bytes& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32(Bytes& out, std::uint32_t v) {
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

Bytes rawDeflate(ByteView data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        throw Error(ErrorCode::Internal, "zlib refused to start");
    Bytes out(deflateBound(&stream, data.size()));
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = out.data();
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        throw Error(ErrorCode::Internal, "zlib could not compress the result");
    return out;
}

} // namespace

ComputedFile readComputedFile(const fs::path& outDir) {
    const fs::path file = outDir / "computed.json";
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(file, ec)))
        refuse("the app wrote no computed.json in its output folder");
    const auto json = nlohmann::json::parse(readFile(file), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        refuse("computed.json is not a JSON object");
    ComputedFile computed;
    if (json.contains("callback-data") && json["callback-data"].is_string() &&
        !json["callback-data"].get<std::string>().empty()) {
        try {
            computed.callbackData = eth::fromHex(json["callback-data"].get<std::string>());
        } catch (const Error&) {
            refuse("computed.json's callback-data is not hex");
        }
        return computed;
    }
    if (!json.contains("deterministic-output-path") ||
        !json["deterministic-output-path"].is_string())
        refuse("computed.json has no deterministic-output-path");
    std::string path = json["deterministic-output-path"].get<std::string>();
    const std::string outText = outDir.string();
    fs::path resolved;
    if (path == "/iexec_out" || path.starts_with("/iexec_out/"))
        resolved = outDir / path.substr(std::min<std::size_t>(path.size(), 11));
    else if (path == outText || path.starts_with(outText + "/"))
        resolved = path;
    else if (!path.empty() && path[0] != '/')
        resolved = outDir / path;
    else
        refuse("computed.json's deterministic-output-path " + path +
               " is outside the output folder");
    const fs::path canonicalOut = fs::weakly_canonical(outDir, ec);
    const fs::path canonical = fs::weakly_canonical(resolved, ec);
    const auto rel = canonical.lexically_relative(canonicalOut);
    if (ec || rel.empty() || *rel.begin() == "..")
        refuse("computed.json's deterministic-output-path " + path +
               " is outside the output folder");
    if (!fs::exists(fs::symlink_status(canonical, ec)))
        refuse("computed.json's deterministic-output-path " + path + " does not exist");
    computed.deterministicOutput = canonical;
    return computed;
}

Hash32 resultDigest(const ComputedFile& computed) {
    if (computed.callbackData)
        return crypto::keccak256(*computed.callbackData);
    std::error_code ec;
    if (!fs::is_directory(computed.deterministicOutput, ec))
        return sha256File(computed.deterministicOutput);
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(computed.deterministicOutput))
        if (entry.is_regular_file())
            entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    Bytes concatenated;
    for (const auto& entry : entries) {
        const Hash32 h = sha256File(entry);
        concatenated.insert(concatenated.end(), h.begin(), h.end());
    }
    return crypto::keccak256(concatenated);
}

void checkOutputFolder(const fs::path& outDir) {
    for (auto it = fs::recursive_directory_iterator(outDir);
         it != fs::recursive_directory_iterator(); ++it) {
        const auto status = it->symlink_status();
        const std::string rel = it->path().lexically_relative(outDir).string();
        if (fs::is_symlink(status))
            refuse("the app left a symbolic link in its output folder: " + rel);
        if (!fs::is_regular_file(status) && !fs::is_directory(status))
            refuse("the app left a special file in its output folder: " + rel);
        if (it->path().filename().string().size() > kMaxResultFileName)
            refuse("a result file name is longer than 31 characters: " + rel);
    }
}

Bytes zipEntries(const std::vector<std::pair<std::string, Bytes>>& entries) {
    Bytes out;
    Bytes central;
    for (const auto& entry : entries) {
        // Named references, not a structured binding: clang 14 (the fuzz build) cannot capture
        // those in the lambda below.
        const std::string& name = entry.first;
        const Bytes& content = entry.second;
        if (content.size() > 0xffffffffu - 1)
            refuse("a result file is over 4 GiB");
        const Bytes packed = rawDeflate(content);
        const std::uint32_t crc = crc32Update(0, content);
        const std::uint32_t offset = static_cast<std::uint32_t>(out.size());
        const auto header = [&](Bytes& b, bool isCentral) {
            put32(b, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral)
                put16(b, 20); // made by
            put16(b, 20);     // needed
            put16(b, 0x0800); // UTF-8 names
            put16(b, 8);      // deflate
            put16(b, 0);      // time
            put16(b, (1 << 5) | 1);
            put32(b, crc);
            put32(b, static_cast<std::uint32_t>(packed.size()));
            put32(b, static_cast<std::uint32_t>(content.size()));
            put16(b, static_cast<std::uint32_t>(name.size()));
            put16(b, 0); // extra
            if (isCentral) {
                put16(b, 0); // comment
                put16(b, 0); // disk
                put16(b, 0); // internal attributes
                put32(b, 0100644u << 16);
                put32(b, offset);
            }
            b.insert(b.end(), name.begin(), name.end());
        };
        header(out, false);
        out.insert(out.end(), packed.begin(), packed.end());
        header(central, true);
    }
    const std::uint32_t centralOffset = static_cast<std::uint32_t>(out.size());
    out.insert(out.end(), central.begin(), central.end());
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

Bytes zipFolder(const fs::path& dir) {
    std::vector<std::pair<std::string, Bytes>> entries;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.is_symlink())
            continue;
        const std::string content = readFile(entry.path());
        entries.emplace_back(entry.path().lexically_relative(dir).generic_string(),
                             Bytes(content.begin(), content.end()));
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return zipEntries(entries);
}

Bytes encryptResult(ByteView zip, const std::string& publicKey) {
    std::string pem = publicKey;
    if (pem.find("-----BEGIN") == std::string::npos) {
        try {
            const Bytes decoded = base64Decode(publicKey);
            pem.assign(decoded.begin(), decoded.end());
        } catch (const Error&) {
            refuse("the beneficiary's result-encryption key is neither a PEM nor base64 of one");
        }
    }
    crypto::RsaPublicKey rsa = [&] {
        try {
            return crypto::RsaPublicKey::fromSpkiPem(pem);
        } catch (const Error&) {
            refuse("the beneficiary's result-encryption key is not an RSA public key");
        }
    }();
    const crypto::SecretBytes key = crypto::SecretBytes::random(32);
    const Bytes iv = crypto::randomBytes(16);
    Bytes sealed = iv;
    const Bytes cipher = crypto::aes256CbcEncrypt(key, iv, zip);
    sealed.insert(sealed.end(), cipher.begin(), cipher.end());
    const Bytes wrapped = rsa.encryptPkcs1v15(key.view());
    return zipEntries({{"aes-key.rsa", wrapped}, {"iexec_out.zip.aes", sealed}});
}

} // namespace sr::sandbox
