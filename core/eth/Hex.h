#pragma once

#include "util/Bytes.h"
#include "util/Error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sr::eth {

/// Lowercase hex, with a "0x" prefix unless `prefix` is false.
std::string toHex(ByteView bytes, bool prefix = true);

/// Strict hex decoding: an optional "0x"/"0X" prefix, then an even number of hex digits
/// (either case). Throws Error(InvalidArgument) on an odd length or a non-hex character.
Bytes fromHex(std::string_view text);

namespace detail {
[[noreturn]] void throwHexLength(std::size_t expected, std::size_t actual);
}

/// Like fromHex, and also checks that exactly N bytes are encoded.
template <std::size_t N> std::array<std::uint8_t, N> fromHexFixed(std::string_view text) {
    const Bytes bytes = fromHex(text);
    if (bytes.size() != N)
        detail::throwHexLength(N, bytes.size());
    std::array<std::uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = bytes[i];
    return out;
}

} // namespace sr::eth
