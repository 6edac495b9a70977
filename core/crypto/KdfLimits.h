#pragma once

#include "crypto/Scrypt.h"

#include <cstddef>
#include <cstdint>

namespace sr::crypto {

// Limits on the KDF parameters found in Web3 Secret Storage (v3) keystore files. A keystore is
// untrusted input: its parameters decide how much memory and time unlocking takes, so they are
// checked before any is spent. The limits sit well above what geth, ethers, MetaMask and the
// iExec SDK write (scrypt N = 2^18, r = 8, p = 1 at most: 256 MiB).

/// The only derived-key length a v3 keystore uses (16 bytes AES key + 16 bytes MAC key).
inline constexpr std::size_t kKeystoreDerivedKeyLength = 32;
/// Largest scrypt N accepted (2^20, the RFC 7914 "interactive ceiling" vector).
inline constexpr std::uint64_t kKeystoreScryptMaxN = 1ULL << 20;
/// Most memory scrypt may use for one keystore (scryptMemoryBytes): 1 GiB for N = 2^20 with
/// r = 8, plus 64 MiB of room for the working blocks.
inline constexpr std::uint64_t kKeystoreScryptMaxMemoryBytes = (1ULL << 30) + (64ULL << 20);
/// Most total work, measured as N·r·p: twice N = 2^20, r = 8, p = 1, so that unlocking stays
/// in the order of seconds.
inline constexpr std::uint64_t kKeystoreScryptMaxWork = 1ULL << 24;
/// Most pbkdf2 iterations (geth and ethers write 262144).
inline constexpr std::uint64_t kKeystorePbkdf2MaxIterations = 10'000'000;

/// Checks a keystore's scrypt parameters before any memory is spent. Throws Error(Corrupt) for
/// values that no valid keystore has (N not a power of two above 1, r or p zero,
/// dklen != 32) and Error(Unsupported) for values beyond the limits above.
void checkKeystoreScryptParams(const ScryptParams& params);

/// Checks a keystore's pbkdf2 parameters (c, dklen) the same way.
void checkKeystorePbkdf2Params(std::uint64_t iterations, std::uint64_t keyLength);

} // namespace sr::crypto
