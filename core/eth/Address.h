#pragma once

#include "util/Bytes.h"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace sr::eth {

/// A 20-byte Ethereum account address.
class Address {
public:
    static constexpr std::size_t kSize = 20;

    /// The zero address (0x000...0).
    Address() = default;
    static Address zero() { return Address(); }

    /// Parses "0x" + 40 hex digits (the prefix is optional). All-lowercase and all-uppercase
    /// digits are accepted as they carry no checksum; mixed case must be the exact EIP-55
    /// checksum, so that a mistyped address is refused. Throws Error(InvalidArgument).
    static Address fromHex(std::string_view text);
    /// Exactly 20 bytes; throws Error(InvalidArgument) otherwise.
    static Address fromBytes(ByteView bytes);
    /// The last 20 bytes of keccak256(X || Y).
    static Address fromPublicKey(const std::array<std::uint8_t, 64>& publicKey);

    /// EIP-55 mixed-case checksum form, with "0x".
    std::string toChecksumHex() const;
    /// Lowercase, with "0x".
    std::string toLowerHex() const;

    const std::array<std::uint8_t, kSize>& bytes() const { return bytes_; }
    bool isZero() const;

    friend auto operator<=>(const Address&, const Address&) = default;
    friend bool operator==(const Address&, const Address&) = default;

private:
    std::array<std::uint8_t, kSize> bytes_{};
};

} // namespace sr::eth
