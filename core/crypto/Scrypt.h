#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>

namespace sr::crypto {

/// scrypt cost parameters (RFC 7914): N (CPU/memory cost, a power of two > 1), r (block
/// size), p (parallelism) and the derived key length.
struct ScryptParams {
    std::uint64_t n = 0;
    std::uint32_t r = 0;
    std::uint32_t p = 0;
    std::size_t keyLength = 0;
};

/// scrypt through libsodium's crypto_pwhash_scryptsalsa208sha256_ll, which takes any valid
/// N, r, p (OpenSSL refuses r = 1 with N >= 2^16, used by the official keystore vectors).
/// Uses about 128·N·r bytes of memory: untrusted parameters go through
/// checkKeystoreScryptParams() first. Throws Error(InvalidArgument) for parameters scrypt does
/// not define, Error(Crypto) if the memory cannot be allocated.
SecretBytes scrypt(ByteView password, ByteView salt, const ScryptParams& params);

/// How many keys scrypt() has set out to derive in this process so far (calls refused for
/// their parameters are not counted). For tests that check how often a path runs the KDF.
std::uint64_t scryptRuns();

/// The bytes of memory scrypt needs for these parameters (128·N·r for V, 256·r + 128·r·p for
/// the working blocks), saturating instead of overflowing.
std::uint64_t scryptMemoryBytes(const ScryptParams& params);

} // namespace sr::crypto
