#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace sr {

/// Owned bytes of any length (public data; secrets go in sr::crypto::SecretBytes).
using Bytes = std::vector<std::uint8_t>;
/// A 32-byte digest (keccak-256, SHA-256).
using Hash32 = std::array<std::uint8_t, 32>;
/// A read-only view of bytes; every container above converts to it implicitly.
using ByteView = std::span<const std::uint8_t>;

/// The bytes of a string as they are (UTF-8 text stays UTF-8), without a copy.
inline ByteView asBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace sr
