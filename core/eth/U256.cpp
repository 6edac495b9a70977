#include "eth/U256.h"

#include "util/Text.h"

#include <algorithm>

namespace sr::eth {

namespace {

__extension__ using u128 = unsigned __int128; // GCC and clang; -Wpedantic wants the marker

[[noreturn]] void fail(const std::string& message) {
    throw Error(ErrorCode::InvalidArgument, message);
}

// Shortens user text quoted in messages so a hostile megabyte string never lands in a log.
std::string quoted(std::string_view text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax)
        return "\"" + std::string(text) + "\"";
    return "\"" + std::string(text.substr(0, kMax)) + "...\"";
}

// Divides in place by a small divisor; returns the remainder. Used by toDecimal.
std::uint64_t divSmall(std::array<std::uint64_t, 4>& limbs, std::uint64_t divisor) noexcept {
    u128 rem = 0;
    for (int i = 3; i >= 0; --i) {
        const u128 cur = (rem << 64) | limbs[static_cast<std::size_t>(i)];
        limbs[static_cast<std::size_t>(i)] = static_cast<std::uint64_t>(cur / divisor);
        rem = cur % divisor;
    }
    return static_cast<std::uint64_t>(rem);
}

} // namespace

U256 U256::max() noexcept {
    U256 r;
    r.limbs_.fill(~std::uint64_t{0});
    return r;
}

U256 U256::fromBigEndian(ByteView bytes) {
    if (bytes.size() > 32)
        fail("a 256-bit integer has at most 32 bytes, got " + std::to_string(bytes.size()));
    U256 r;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::size_t bitPos = (bytes.size() - 1 - i) * 8;
        r.limbs_[bitPos / 64] |= std::uint64_t{bytes[i]} << (bitPos % 64);
    }
    return r;
}

std::array<std::uint8_t, 32> U256::toBigEndian() const noexcept {
    std::array<std::uint8_t, 32> out{};
    for (std::size_t i = 0; i < 32; ++i) {
        const std::size_t bitPos = (31 - i) * 8;
        out[i] = static_cast<std::uint8_t>(limbs_[bitPos / 64] >> (bitPos % 64));
    }
    return out;
}

Bytes U256::toMinimalBigEndian() const {
    const auto full = toBigEndian();
    const auto first =
        std::find_if(full.begin(), full.end(), [](std::uint8_t b) { return b != 0; });
    return Bytes(first, full.end());
}

U256 U256::fromDecimal(std::string_view text) {
    if (text.empty())
        fail("an empty string is not a number");
    for (char c : text)
        if (c < '0' || c > '9')
            fail(quoted(text) + " is not a decimal number");
    U256 r;
    try {
        for (char c : text)
            r = r * U256(10u) + U256(static_cast<unsigned>(c - '0'));
    } catch (const Error&) {
        fail(quoted(text) + " does not fit in 256 bits");
    }
    return r;
}

U256 U256::fromHex(std::string_view text) {
    if (text.size() < 3 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        fail(quoted(text) + " is not a 0x hex number");
    const std::string_view digits = text.substr(2);
    if (digits.size() > 64) {
        // Leading zeros beyond 64 digits are harmless; anything else overflows.
        const auto firstNonZero = digits.find_first_not_of('0');
        if (firstNonZero != std::string_view::npos && digits.size() - firstNonZero > 64) {
            for (char c : digits)
                if (text::hexDigitValue(c) < 0)
                    fail(quoted(text) + " is not a 0x hex number");
            fail(quoted(text) + " does not fit in 256 bits");
        }
    }
    U256 r;
    for (char c : digits) {
        const int d = text::hexDigitValue(c);
        if (d < 0)
            fail(quoted(text) + " is not a 0x hex number");
        r = (r << 4) | U256(static_cast<unsigned>(d));
    }
    return r;
}

U256 U256::parse(std::string_view text) {
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        return fromHex(text);
    return fromDecimal(text);
}

std::string U256::toDecimal() const {
    if (isZero())
        return "0";
    constexpr std::uint64_t kChunk = 10'000'000'000'000'000'000ull; // 10^19 fits in 64 bits
    std::array<std::uint64_t, 4> rest = limbs_;
    std::string out;
    while ((rest[0] | rest[1] | rest[2] | rest[3]) != 0) {
        std::uint64_t chunk = divSmall(rest, kChunk);
        const bool last = (rest[0] | rest[1] | rest[2] | rest[3]) == 0;
        for (int i = 0; i < 19 && (!last || chunk != 0); ++i) {
            out.push_back(static_cast<char>('0' + chunk % 10));
            chunk /= 10;
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::string U256::toHex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "0x";
    const unsigned bits = bitLength();
    if (bits == 0)
        return "0x0";
    for (int nibble = static_cast<int>((bits + 3) / 4) - 1; nibble >= 0; --nibble) {
        const unsigned pos = static_cast<unsigned>(nibble) * 4;
        out.push_back(kDigits[(limbs_[pos / 64] >> (pos % 64)) & 0xf]);
    }
    return out;
}

unsigned U256::bitLength() const noexcept {
    for (int i = 3; i >= 0; --i) {
        const std::uint64_t limb = limbs_[static_cast<std::size_t>(i)];
        if (limb != 0)
            return static_cast<unsigned>(i) * 64 + 64 -
                   static_cast<unsigned>(__builtin_clzll(limb));
    }
    return 0;
}

bool U256::bit(unsigned index) const noexcept {
    if (index >= 256)
        return false;
    return ((limbs_[index / 64] >> (index % 64)) & 1) != 0;
}

std::uint64_t U256::toUint64() const {
    if (!fitsUint64())
        fail(toDecimal() + " does not fit in 64 bits");
    return limbs_[0];
}

std::strong_ordering operator<=>(const U256& a, const U256& b) noexcept {
    for (int i = 3; i >= 0; --i) {
        const auto idx = static_cast<std::size_t>(i);
        if (a.limbs_[idx] != b.limbs_[idx])
            return a.limbs_[idx] <=> b.limbs_[idx];
    }
    return std::strong_ordering::equal;
}

U256 U256::wrappingAdd(const U256& b) const noexcept {
    U256 r;
    u128 carry = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const u128 sum = u128{limbs_[i]} + b.limbs_[i] + carry;
        r.limbs_[i] = static_cast<std::uint64_t>(sum);
        carry = sum >> 64;
    }
    return r;
}

U256 U256::wrappingNeg() const noexcept {
    return (~*this).wrappingAdd(U256(1u));
}

U256 operator+(const U256& a, const U256& b) {
    const U256 r = a.wrappingAdd(b);
    if (r < a)
        fail("256-bit overflow in addition");
    return r;
}

U256 operator-(const U256& a, const U256& b) {
    if (a < b)
        fail("256-bit underflow in subtraction");
    return a.wrappingAdd(b.wrappingNeg());
}

U256 operator*(const U256& a, const U256& b) {
    // Schoolbook on 64-bit limbs; any partial product landing at or above limb 4 overflows.
    std::array<std::uint64_t, 8> wide{};
    for (std::size_t i = 0; i < 4; ++i) {
        u128 carry = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            const u128 cur = u128{a.limbs_[i]} * b.limbs_[j] + wide[i + j] + carry;
            wide[i + j] = static_cast<std::uint64_t>(cur);
            carry = cur >> 64;
        }
        wide[i + 4] = static_cast<std::uint64_t>(carry);
    }
    if ((wide[4] | wide[5] | wide[6] | wide[7]) != 0)
        fail("256-bit overflow in multiplication");
    U256 r;
    std::copy(wide.begin(), wide.begin() + 4, r.limbs_.begin());
    return r;
}

void U256::divMod(const U256& a, const U256& b, U256& quotient, U256& remainder) {
    if (b.isZero())
        fail("division by zero");
    if (b.fitsUint64()) {
        U256 q = a;
        const std::uint64_t r = divSmall(q.limbs_, b.limbs_[0]);
        quotient = q;
        remainder = U256(r);
        return;
    }
    // Binary long division: at most 256 steps, fine for wallet-sized workloads.
    U256 q;
    U256 r;
    for (int i = static_cast<int>(a.bitLength()) - 1; i >= 0; --i) {
        // When r's top bit shifts out, the true value exceeds 2^256 > b: subtract anyway.
        const bool carry = r.bit(255);
        r = r << 1;
        if (a.bit(static_cast<unsigned>(i)))
            r.limbs_[0] |= 1;
        if (carry || r >= b) {
            r = r.wrappingAdd(b.wrappingNeg());
            q.limbs_[static_cast<unsigned>(i) / 64] |= std::uint64_t{1} << (i % 64);
        }
    }
    quotient = q;
    remainder = r;
}

U256 operator/(const U256& a, const U256& b) {
    U256 q, r;
    U256::divMod(a, b, q, r);
    return q;
}

U256 operator%(const U256& a, const U256& b) {
    U256 q, r;
    U256::divMod(a, b, q, r);
    return r;
}

U256 operator~(const U256& a) noexcept {
    U256 r;
    for (std::size_t i = 0; i < 4; ++i)
        r.limbs_[i] = ~a.limbs_[i];
    return r;
}

U256 operator&(const U256& a, const U256& b) noexcept {
    U256 r;
    for (std::size_t i = 0; i < 4; ++i)
        r.limbs_[i] = a.limbs_[i] & b.limbs_[i];
    return r;
}

U256 operator|(const U256& a, const U256& b) noexcept {
    U256 r;
    for (std::size_t i = 0; i < 4; ++i)
        r.limbs_[i] = a.limbs_[i] | b.limbs_[i];
    return r;
}

U256 operator^(const U256& a, const U256& b) noexcept {
    U256 r;
    for (std::size_t i = 0; i < 4; ++i)
        r.limbs_[i] = a.limbs_[i] ^ b.limbs_[i];
    return r;
}

U256 operator<<(const U256& a, unsigned shift) noexcept {
    U256 r;
    if (shift >= 256)
        return r;
    const unsigned limbShift = shift / 64;
    const unsigned bitShift = shift % 64;
    for (unsigned i = 3 + 1; i-- > limbShift;) {
        std::uint64_t v = a.limbs_[i - limbShift] << bitShift;
        if (bitShift != 0 && i - limbShift > 0)
            v |= a.limbs_[i - limbShift - 1] >> (64 - bitShift);
        r.limbs_[i] = v;
    }
    return r;
}

U256 operator>>(const U256& a, unsigned shift) noexcept {
    U256 r;
    if (shift >= 256)
        return r;
    const unsigned limbShift = shift / 64;
    const unsigned bitShift = shift % 64;
    for (unsigned i = 0; i + limbShift < 4; ++i) {
        std::uint64_t v = a.limbs_[i + limbShift] >> bitShift;
        if (bitShift != 0 && i + limbShift + 1 < 4)
            v |= a.limbs_[i + limbShift + 1] << (64 - bitShift);
        r.limbs_[i] = v;
    }
    return r;
}

namespace {

U256 pow10(unsigned exponent) {
    U256 r(1u);
    for (unsigned i = 0; i < exponent; ++i)
        r = r * U256(10u);
    return r;
}

constexpr unsigned kMaxDecimals = 77; // 10^77 < 2^256 < 10^78

} // namespace

U256 parseUnits(std::string_view text, unsigned decimals) {
    if (decimals > kMaxDecimals)
        fail("a unit has at most 77 decimals");
    if (text.empty())
        fail("an empty string is not an amount");
    const auto point = text.find('.');
    std::string_view whole = text.substr(0, point);
    std::string_view fraction =
        point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty())
        fail(quoted(text) + " is not an amount: a digit must come before the point");
    if (point != std::string_view::npos && fraction.empty())
        fail(quoted(text) + " is not an amount: a digit must follow the point");
    for (std::string_view part : {whole, fraction})
        for (char c : part)
            if (c < '0' || c > '9')
                fail(quoted(text) + " is not an amount (digits and one '.' only)");
    // Zeros past the unit's precision do not change the value; other digits would be lost.
    while (fraction.size() > decimals && fraction.back() == '0')
        fraction.remove_suffix(1);
    if (fraction.size() > decimals)
        fail(quoted(text) + " has more than " + std::to_string(decimals) + " decimals");
    try {
        U256 r = U256::fromDecimal(whole) * pow10(decimals);
        if (!fraction.empty())
            r = r + U256::fromDecimal(fraction) *
                        pow10(decimals - static_cast<unsigned>(fraction.size()));
        return r;
    } catch (const Error&) {
        fail(quoted(text) + " is too large");
    }
}

std::string formatUnits(const U256& value, unsigned decimals) {
    if (decimals > kMaxDecimals)
        fail("a unit has at most 77 decimals");
    std::string digits = value.toDecimal();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits.insert(0, decimals - digits.size() + 1, '0');
    std::string whole = digits.substr(0, digits.size() - decimals);
    std::string fraction = digits.substr(digits.size() - decimals);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    return fraction.empty() ? whole : whole + "." + fraction;
}

} // namespace sr::eth
