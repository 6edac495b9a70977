#pragma once

// A completed task's result, from the chain's pointer to files on disk (computations.md §2 and
// §3.7): the task's `results` names where the archive is ({"storage":"ipfs","location":
// "/ipfs/<cid>"}); the archive is fetched from the profile's IPFS gateway into a file and its
// CID recomputed (a gateway cannot hand over other bytes); an encrypted archive (a zip of
// `aes-key.rsa`, the AES-256 key wrapped with RSA PKCS#1 v1.5, and `iexec_out.zip.aes`, IV ||
// AES-256-CBC of the app's output zip) is decrypted in pieces with the account's result key;
// the output zip is unpacked into a folder of its own and its computed.json read. Memory stays
// flat whatever the size; a failure at any step leaves no half-written folder and keeps a
// result already unpacked.

#include "crypto/RsaPrivateKey.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"
#include "util/ZipReader.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sr::compute {

/// Where a task's result is, as the SDK decodes `results`: "ipfs", "dropbox", "ethereum"
/// (a callback), or "none" when the bytes are empty, "0x" or not that JSON.
struct ResultLink {
    std::string storage = "none";
    std::string location;
};
ResultLink parseResultLink(ByteView results);

/// True when the archive has the two entries of an encrypted result.
bool isEncryptedResult(const ZipReader& archive);

/// Decrypts an encrypted result archive into the app's output zip at `innerZip` (written
/// through `innerZip`.part, renamed when complete). Throws Error(Crypto) when the result was
/// not encrypted for `key` (the AES key does not unwrap, or the padding is wrong),
/// Error(Corrupt) for a missing, oversized or truncated entry, Error(Unsupported) for the
/// legacy AES-128 format.
void decryptResult(const std::filesystem::path& archive, const crypto::RsaPrivateKey& key,
                   const std::filesystem::path& innerZip, const CancelToken* cancel = nullptr);

/// Writes the regular files of `zip` under `dir` (made if needed), folders as they come.
/// Refuses (Error(Corrupt)) names that are absolute, climb out with "..", or hold a backslash
/// or NUL. Returns the names written, in archive order.
std::vector<std::string> unpackZip(const std::filesystem::path& zip,
                                   const std::filesystem::path& dir,
                                   const CancelToken* cancel = nullptr);

/// computed.json, as the app wrote it.
struct ComputedJson {
    std::optional<std::string> deterministicOutputPath; ///< "/iexec_out/result.json"
    std::optional<std::string> callbackData;            ///< "0x…"
    std::optional<std::string> errorMessage;            ///< "error-message", when present
};
/// Reads `dir`/computed.json. Throws Error(Corrupt) when it is absent or not a JSON object.
ComputedJson readComputedJson(const std::filesystem::path& dir);

/// A result unpacked on disk.
struct UnpackedResult {
    std::filesystem::path folder;
    std::vector<std::string> files; ///< relative names
    ComputedJson computed;
    bool wasEncrypted = false;
};

/// Fetches and opens task results from an IPFS gateway.
class ResultFetcher {
public:
    /// `gatewayUrl`: the profile's IPFS gateway ("https://ipfs-gateway…", no trailing path).
    explicit ResultFetcher(std::string gatewayUrl);

    /// Downloads the archive named by `results` (the task's on-chain field) to `archive`
    /// (through `archive`.part), checking its CID. Throws Error(NotFound) when no result was
    /// uploaded ("none", a callback), Error(Unsupported) for storage other than IPFS,
    /// Error(Network) when the gateway does not serve it, Error(Corrupt) when the bytes do not
    /// match the CID.
    void download(ByteView results, const std::filesystem::path& archive,
                  const CancelToken* cancel = nullptr);

    /// download() (unless `archive` is already there and matches), decrypt when the archive
    /// is encrypted (Error(Crypto) without `key`), unpack into `folder` (through
    /// `folder`.part, renamed at the end; an existing `folder` is replaced only then) and read
    /// computed.json.
    UnpackedResult fetch(ByteView results, const std::filesystem::path& archive,
                         const std::filesystem::path& folder, const crypto::RsaPrivateKey* key,
                         const CancelToken* cancel = nullptr);

private:
    std::string gatewayUrl_;
};

/// Opens an archive already on disk: decrypt when needed, unpack into `folder`, read
/// computed.json (what ResultFetcher::fetch does after the download).
UnpackedResult openResult(const std::filesystem::path& archive, const std::filesystem::path& folder,
                          const crypto::RsaPrivateKey* key, const CancelToken* cancel = nullptr);

} // namespace sr::compute
