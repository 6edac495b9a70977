#pragma once

// What the iExec post-compute does with an app's output folder (computations.md §3.6-3.7):
// read computed.json, compute the result digest, zip the folder, and encrypt the zip for the
// beneficiary when the deal asks for it.

#include "util/Bytes.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sr::sandbox {

/// computed.json as the app wrote it.
struct ComputedFile {
    std::filesystem::path deterministicOutput; ///< resolved inside the output folder
    std::optional<Bytes> callbackData;
};

/// Reads `outDir`/computed.json. "/iexec_out/..." paths (what apps in a container write) are
/// read relative to `outDir`. Throws Error(InvalidArgument) with a sentence for the requester
/// when the file is missing, malformed, or names a path outside the folder or absent.
ComputedFile readComputedFile(const std::filesystem::path& outDir);

/// The result digest: keccak256(callback-data) with a callback; else sha256 of the
/// deterministic output file, or for a folder keccak256 of the sha256 of its direct entries
/// sorted by path.
Hash32 resultDigest(const ComputedFile& computed);

/// Refuses (Error(InvalidArgument)) what the real post-compute refuses or what would leave the
/// output folder: a file name over 31 characters, a symbolic link, a special file.
void checkOutputFolder(const std::filesystem::path& outDir);

/// A zip of the folder's regular files (relative names, Deflate, no folder entries).
Bytes zipFolder(const std::filesystem::path& dir);
/// A zip of named in-memory files (Deflate).
Bytes zipEntries(const std::vector<std::pair<std::string, Bytes>>& entries);

/// The encrypted result the SDK's decryptResult opens: a zip of `aes-key.rsa` (a random
/// AES-256 key wrapped with RSA PKCS#1 v1.5 under `publicKeyPem`, or base64 of that PEM as the
/// SMS stores it) and `iexec_out.zip.aes` (IV || AES-256-CBC of `zip`).
Bytes encryptResult(ByteView zip, const std::string& publicKey);

} // namespace sr::sandbox
