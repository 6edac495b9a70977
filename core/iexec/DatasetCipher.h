#pragma once

// The iExec dataset cipher, streaming: output = IV (16 random bytes) || AES-256-CBC with
// PKCS#7 padding, under a 32-byte key carried as base64 (the SDK's generateEncryptionKey,
// encrypt and decrypt). While encrypting, the same pass computes what the rest of the
// protect pipeline needs from the encrypted bytes: their SHA-256 (the dataset checksum on
// chain) and the CID an IPFS node (Kubo, default options) will give them.

#include "crypto/SecretBytes.h"
#include "iexec/UnixFs.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace sr::iexec {

/// A fresh dataset key (32 bytes from the system's CSPRNG).
crypto::SecretBytes generateDatasetKey();
/// The key as the SDK carries it (base64, 44 characters). The caller keeps it secret.
crypto::SecretBytes datasetKeyToBase64(const crypto::SecretBytes& key);
/// Reads a base64 key (a key file's first line, whitespace ignored). Throws
/// sr::Error(InvalidArgument) when it is not base64 of exactly 32 bytes.
crypto::SecretBytes datasetKeyFromBase64(std::string_view text);

/// What the encrypted bytes are known by.
struct EncryptedDigest {
    Hash32 checksum{};      ///< SHA-256 of the whole encrypted output, IV included
    UnixFsResult ipfs;      ///< its CID, size and DAG size under Kubo's defaults
    std::uint64_t size = 0; ///< encrypted bytes (16 + padded plaintext)
};

/// The checksum as DataProtector writes it: "0x" + 64 hex digits.
std::string checksumHex(const Hash32& checksum);

/// Encrypts a stream fed in pieces; every encrypted piece (the IV first) goes to `sink` and
/// into the checksum and the CID. On two or more cores the hashing runs on two more threads
/// (the checksum with the sink, and the CID) while the next piece is encrypted.
class DatasetEncryptor {
public:
    using Sink = std::function<void(ByteView)>;
    /// `iv` empty: 16 fresh random bytes (tests pass a fixed one).
    DatasetEncryptor(const crypto::SecretBytes& key, Sink sink, Bytes iv = {});
    ~DatasetEncryptor();
    DatasetEncryptor(const DatasetEncryptor&) = delete;
    DatasetEncryptor& operator=(const DatasetEncryptor&) = delete;

    void update(ByteView plaintext);
    /// Pads, flushes, and returns the digest. Throws what the sink threw.
    EncryptedDigest finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// Reads an encrypted file and returns its checksum and CID, without the key.
EncryptedDigest digestEncryptedFile(const std::filesystem::path& path,
                                    const CancelToken* cancel = nullptr);

/// `in` (any file) -> `out` in the iExec format. `out` is written to a temporary name beside
/// it and renamed once complete, so a failure (disk full, cancel) leaves no partial file.
EncryptedDigest encryptDatasetFile(const std::filesystem::path& in,
                                   const std::filesystem::path& out, const crypto::SecretBytes& key,
                                   const CancelToken* cancel = nullptr);

/// The reverse. A wrong key or damaged input gives sr::Error(Crypto) (bad padding; a wrong
/// key goes unnoticed about 0.4 % of the time, the format has no MAC: the checksum is what
/// proves integrity) and leaves no output file.
void decryptDatasetFile(const std::filesystem::path& in, const std::filesystem::path& out,
                        const crypto::SecretBytes& key, const CancelToken* cancel = nullptr);

} // namespace sr::iexec
