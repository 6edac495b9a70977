#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>

namespace sr::crypto {

/// PBKDF2 with HMAC-SHA256 (RFC 8018), as in Web3 Secret Storage "pbkdf2" keystores.
/// Throws Error(InvalidArgument) for zero iterations, an empty or too large key length.
SecretBytes pbkdf2HmacSha256(ByteView password, ByteView salt, std::uint32_t iterations,
                             std::size_t keyLength);

/// PBKDF2 with HMAC-SHA512, as BIP-39 turns a phrase into a seed (2048 iterations, 64 bytes).
SecretBytes pbkdf2HmacSha512(ByteView password, ByteView salt, std::uint32_t iterations,
                             std::size_t keyLength);

} // namespace sr::crypto
