#pragma once

// The nesting depth of a JSON text, measured before parsing it. The parser is iterative, but
// copying, comparing or printing a parsed document recurses once per level: a reply from a
// node, a market or the chain nested a million levels deep would exhaust the stack there.

#include <cstddef>
#include <string_view>

namespace sr {

/// True when objects and arrays in `text` nest more than `limit` levels (brackets inside
/// strings do not count). Linear, no recursion; malformed text is measured all the same.
bool jsonDeeperThan(std::string_view text, std::size_t limit) noexcept;

/// A depth no reply the app reads comes near (they nest a few levels), kept far from the
/// stack's limits.
inline constexpr std::size_t kMaxJsonReplyDepth = 256;

} // namespace sr
