#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <filesystem>
#include <string_view>

namespace sr::sandbox {

/// Seals the sandbox SMS's secrets at rest: AES-256-GCM under a random 32-byte key kept in its
/// own 0600 file next to the database. GCM rather than CBC because it authenticates: a sealed
/// value that was altered, or copied to another row (the row's identity is the associated
/// data), fails to open instead of yielding garbage. Thread-safe (read-only after construction).
class SecretVault {
public:
    /// Loads the key from `keyFile`, creating it (32 random bytes, mode 0600, written
    /// atomically, folder 0700) when absent. Throws Error(Corrupt) if the file holds anything
    /// but 32 bytes, Error(Io) if it cannot be read or written.
    explicit SecretVault(const std::filesystem::path& keyFile);

    /// nonce (12 random bytes) || ciphertext || tag (16 bytes). `context` is authenticated, not
    /// stored: the same context must be given to open().
    Bytes seal(ByteView plaintext, std::string_view context) const;
    /// Throws Error(Crypto) when `sealed` was altered, truncated, sealed under another key or
    /// for another context.
    crypto::SecretBytes open(ByteView sealed, std::string_view context) const;

private:
    crypto::SecretBytes key_;
};

} // namespace sr::sandbox
