#pragma once

#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace sr::crypto {

/// Fills `out` from the operating system's CSPRNG (libsodium randombytes_buf, which reads
/// getrandom(2)). Never fails once libsodium is initialised; throws Error(Crypto) if it cannot be.
void randomFill(std::span<std::uint8_t> out);

/// `size` random bytes, for public values (salts, IVs, nonces). Secrets: SecretBytes::random.
Bytes randomBytes(std::size_t size);

/// Makes sure libsodium is initialised (idempotent and thread-safe); every primitive that uses
/// libsodium calls it first.
void ensureSodiumInitialised();

} // namespace sr::crypto
