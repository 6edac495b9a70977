#pragma once

#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sr::eth {

/// One RLP item: either a byte string or a list of items (Ethereum's Recursive Length Prefix).
/// Built by callers and encoded, or decoded strictly from untrusted bytes.
class Rlp {
public:
    /// The empty byte string (encodes as 0x80).
    Rlp() = default;

    static Rlp bytes(ByteView bytes);
    static Rlp bytes(Bytes&& bytes);
    static Rlp string(std::string_view text);
    /// Integers are minimal big-endian byte strings: 0 is the empty string, no leading zeros.
    static Rlp uint(const U256& value);
    static Rlp list(std::vector<Rlp> items = {});

    bool isList() const noexcept { return isList_; }
    /// The byte string. Throws Error(Corrupt) on a list (a decoded shape was not the expected one).
    const Bytes& asBytes() const;
    /// The items. Throws Error(Corrupt) on a byte string.
    const std::vector<Rlp>& items() const;
    /// A canonical integer: at most 32 bytes, no leading zero. Throws Error(Corrupt) otherwise.
    U256 asUint() const;
    /// Same, and at most 64 bits.
    std::uint64_t asUint64() const;

    Bytes encode() const;

    /// Decodes exactly one item filling `encoded`. Strict: rejects truncated input, trailing
    /// bytes, non-canonical lengths (leading zeros, long form for < 56 bytes), a single byte
    /// below 0x80 written as a string, and nesting deeper than `maxDepth`.
    /// Throws Error(Corrupt) with the offset of the problem.
    static Rlp decode(ByteView encoded, std::size_t maxDepth = kDefaultMaxDepth);

    /// Deep enough for every Ethereum structure (transactions need 3); shallow enough that a
    /// hostile input cannot exhaust the stack.
    static constexpr std::size_t kDefaultMaxDepth = 64;

    friend bool operator==(const Rlp&, const Rlp&) = default;

private:
    void encodeInto(Bytes& out) const;

    bool isList_ = false;
    Bytes bytes_;
    std::vector<Rlp> items_;
};

} // namespace sr::eth
