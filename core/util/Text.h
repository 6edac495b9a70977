#pragma once

// Small ASCII text helpers shared by the parsers (hex, HTTP, multipart): locale-free, so
// that a Turkish or any other locale never changes how a protocol is read.

#include <algorithm>
#include <string_view>

namespace sr::text {

/// 'A'..'Z' lowered, every other byte as it is.
constexpr char asciiLower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Equal but for ASCII case (header names, tokens, media types).
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return asciiLower(x) == asciiLower(y);
           });
}

/// Without the spaces and tabs at either end (HTTP's optional whitespace).
constexpr std::string_view trimBlanks(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

/// The value of a hexadecimal digit (either case), or -1.
constexpr int hexDigitValue(char c) noexcept {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace sr::text
