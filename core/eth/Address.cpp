#include "eth/Address.h"

#include "crypto/Keccak.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::eth {

namespace {

bool isHexLetter(char c) {
    return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}

} // namespace

Address Address::fromHex(std::string_view text) {
    std::string_view digits = text;
    if (digits.size() >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        digits.remove_prefix(2);
    if (digits.size() != 2 * kSize)
        throw Error(ErrorCode::InvalidArgument, ErrorReason::AddressLength,
                    {{"digits", std::to_string(digits.size())}},
                    "An Ethereum address has 40 hex digits after \"0x\"; this one has " +
                        std::to_string(digits.size()) + ".");
    Address address;
    try {
        address.bytes_ = fromHexFixed<kSize>(digits);
    } catch (const Error& e) {
        throw Error(e.code(), ErrorReason::AddressNotHex, {}, e.what());
    }

    const bool hasUpper = std::any_of(digits.begin(), digits.end(), isUpper);
    const bool hasLower = std::any_of(digits.begin(), digits.end(), isLower);
    if (hasUpper && hasLower) {
        // Mixed case is an EIP-55 checksum, and a wrong one means a typo: refuse it.
        const std::string expected = address.toChecksumHex();
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (isHexLetter(digits[i]) && digits[i] != expected[i + 2])
                throw Error(ErrorCode::InvalidArgument, ErrorReason::AddressChecksum, {},
                            "The address checksum (EIP-55 upper/lower case) is wrong: it was "
                            "probably mistyped. Check it, or paste it all in lowercase to skip "
                            "the check.");
        }
    }
    return address;
}

Address Address::fromBytes(ByteView bytes) {
    if (bytes.size() != kSize)
        throw Error(ErrorCode::InvalidArgument,
                    "An Ethereum address is 20 bytes; got " + std::to_string(bytes.size()) + ".");
    Address address;
    std::copy(bytes.begin(), bytes.end(), address.bytes_.begin());
    return address;
}

Address Address::fromPublicKey(const std::array<std::uint8_t, 64>& publicKey) {
    const Hash32 hash = crypto::keccak256(publicKey);
    return fromBytes(ByteView(hash).subspan(hash.size() - kSize));
}

std::string Address::toChecksumHex() const {
    std::string hex = toHex(bytes_, false);
    // EIP-55: uppercase a letter when the matching nibble of keccak256(lowercase hex) is >= 8.
    const Hash32 hash = crypto::keccak256(asBytes(hex));
    for (std::size_t i = 0; i < hex.size(); ++i) {
        const unsigned nibble = (i % 2 == 0) ? (hash[i / 2] >> 4) : (hash[i / 2] & 0x0f);
        if (nibble >= 8 && hex[i] >= 'a' && hex[i] <= 'f')
            hex[i] = static_cast<char>(hex[i] - 'a' + 'A');
    }
    return "0x" + hex;
}

std::string Address::toLowerHex() const {
    return toHex(bytes_, true);
}

bool Address::isZero() const {
    return std::all_of(bytes_.begin(), bytes_.end(), [](std::uint8_t b) { return b == 0; });
}

} // namespace sr::eth
