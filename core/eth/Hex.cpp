#include "eth/Hex.h"

#include "util/Text.h"

namespace sr::eth {

namespace {

constexpr char kDigits[] = "0123456789abcdef";

} // namespace

std::string toHex(ByteView bytes, bool prefix) {
    std::string out;
    out.reserve(bytes.size() * 2 + 2);
    if (prefix)
        out += "0x";
    for (const std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0f];
    }
    return out;
}

Bytes fromHex(std::string_view text) {
    std::size_t prefixLength = 0;
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
        prefixLength = 2;
    }
    if (text.size() % 2 != 0)
        throw Error(ErrorCode::InvalidArgument, "Hex text has an odd number of digits (" +
                                                    std::to_string(text.size()) +
                                                    "); each byte needs exactly two hex digits.");
    Bytes out(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = text::hexDigitValue(text[2 * i]);
        const int lo = text::hexDigitValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            const std::size_t bad = hi < 0 ? 2 * i : 2 * i + 1;
            // Report the position, not the character: the text may be a secret.
            throw Error(ErrorCode::InvalidArgument,
                        "Hex text contains a character that is not a hex digit (0-9, a-f) at "
                        "position " +
                            std::to_string(prefixLength + bad) + ".");
        }
        out[i] = static_cast<std::uint8_t>((hi << 4) | lo);
    }
    return out;
}

namespace detail {

void throwHexLength(std::size_t expected, std::size_t actual) {
    throw Error(ErrorCode::InvalidArgument, "Expected " + std::to_string(expected) +
                                                " bytes of hex (" + std::to_string(expected * 2) +
                                                " digits) but got " + std::to_string(actual) +
                                                " bytes.");
}

} // namespace detail

} // namespace sr::eth
