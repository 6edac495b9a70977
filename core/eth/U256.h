#pragma once

#include "util/Bytes.h"
#include "util/Error.h"

#include <array>
#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace sr::eth {

/// An unsigned 256-bit integer: token amounts, gas, nonces, uint256 ABI values.
/// Arithmetic is checked: overflow, underflow and division by zero throw
/// Error(InvalidArgument) instead of wrapping, because a wrapped amount is a lost fortune.
/// Bitwise operators and shifts exist for codecs (two's complement words) and never throw.
class U256 {
public:
    constexpr U256() noexcept = default;

    /// Any integer; a negative value throws Error(InvalidArgument).
    template <std::integral T>
    requires(!std::same_as<T, bool>) constexpr U256(T value) { // NOLINT: implicit on purpose
        if constexpr (std::is_signed_v<T>) {
            if (value < 0)
                throw Error(ErrorCode::InvalidArgument, "a negative number is not a U256");
        }
        limbs_[0] = static_cast<std::uint64_t>(value);
    }

    static U256 max() noexcept;

    /// Big-endian bytes, at most 32 (shorter input is left-padded with zeros).
    static U256 fromBigEndian(ByteView bytes);
    std::array<std::uint8_t, 32> toBigEndian() const noexcept;
    /// The shortest big-endian form: no leading zero byte, zero is empty (RLP integers).
    Bytes toMinimalBigEndian() const;

    /// Strict decimal: one or more ASCII digits, nothing else (no sign, no spaces).
    static U256 fromDecimal(std::string_view text);
    /// Strict hex: "0x" then 1 to 64 hex digits (either case). Leading zeros are accepted.
    static U256 fromHex(std::string_view text);
    /// Decimal, or hex when it starts with "0x".
    static U256 parse(std::string_view text);

    std::string toDecimal() const;
    /// "0x" + minimal lowercase hex ("0x0" for zero), the JSON-RPC quantity form.
    std::string toHex() const;

    bool isZero() const noexcept { return (limbs_[0] | limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
    /// Number of significant bits (0 for zero).
    unsigned bitLength() const noexcept;
    bool bit(unsigned index) const noexcept;
    bool fitsUint64() const noexcept { return (limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
    /// Throws Error(InvalidArgument) when the value does not fit.
    std::uint64_t toUint64() const;

    friend bool operator==(const U256&, const U256&) noexcept = default;
    friend std::strong_ordering operator<=>(const U256& a, const U256& b) noexcept;

    friend U256 operator+(const U256& a, const U256& b);
    friend U256 operator-(const U256& a, const U256& b);
    friend U256 operator*(const U256& a, const U256& b);
    friend U256 operator/(const U256& a, const U256& b);
    friend U256 operator%(const U256& a, const U256& b);
    U256& operator+=(const U256& b) { return *this = *this + b; }
    U256& operator-=(const U256& b) { return *this = *this - b; }
    U256& operator*=(const U256& b) { return *this = *this * b; }
    U256& operator/=(const U256& b) { return *this = *this / b; }
    U256& operator%=(const U256& b) { return *this = *this % b; }

    /// Quotient and remainder in one pass. Throws on division by zero.
    static void divMod(const U256& a, const U256& b, U256& quotient, U256& remainder);

    /// Modulo-2^256 operations, for two's complement codecs only.
    U256 wrappingAdd(const U256& b) const noexcept;
    U256 wrappingNeg() const noexcept;

    friend U256 operator~(const U256& a) noexcept;
    friend U256 operator&(const U256& a, const U256& b) noexcept;
    friend U256 operator|(const U256& a, const U256& b) noexcept;
    friend U256 operator^(const U256& a, const U256& b) noexcept;
    friend U256 operator<<(const U256& a, unsigned shift) noexcept; ///< bits shifted out are lost
    friend U256 operator>>(const U256& a, unsigned shift) noexcept;

private:
    std::array<std::uint64_t, 4> limbs_{}; // little-endian limbs: limbs_[0] is the lowest
};

/// Parses a decimal amount in a unit with `decimals` digits after the point:
/// parseUnits("1.5", 9) == 1500000000. Accepts "123", "1.5", "0.000000001"; rejects signs,
/// spaces, exponents, a bare ".", more significant decimals than `decimals`, and overflow.
/// `decimals` is at most 77. Throws Error(InvalidArgument) naming the problem.
U256 parseUnits(std::string_view text, unsigned decimals);

/// The inverse: formatUnits(1500000000, 9) == "1.5"; trailing zeros and a bare point are
/// trimmed, so a whole amount has no point ("2").
std::string formatUnits(const U256& value, unsigned decimals);

inline constexpr unsigned kEthDecimals = 18;
inline constexpr unsigned kRlcDecimals = 9;

} // namespace sr::eth
