#include "wallet/Nfkd.h"

#include "util/Error.h"
#include "wallet/NfkdData.h"

#include <algorithm>
#include <cstdint>
#include <openssl/crypto.h>
#include <vector>

namespace sr::wallet {
namespace {

// Hangul syllables (Unicode chapter 3.12): S = SBase + (L·VCount + V)·TCount + T.
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount, kSCount = 11172;

[[noreturn]] void invalidUtf8() {
    throw Error(ErrorCode::InvalidArgument, "The text is not valid UTF-8.");
}

// Strict UTF-8 decoding (RFC 3629). Appends to `out`.
void decodeUtf8(std::string_view text, std::vector<char32_t>& out) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const std::uint8_t b = *p++;
        if (b < 0x80) {
            out.push_back(b);
            continue;
        }
        int more = 0;
        char32_t cp = 0, min = 0;
        if ((b & 0xE0) == 0xC0) {
            more = 1, cp = b & 0x1F, min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            more = 2, cp = b & 0x0F, min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            more = 3, cp = b & 0x07, min = 0x10000;
        } else {
            invalidUtf8();
        }
        if (end - p < more)
            invalidUtf8();
        for (int i = 0; i < more; ++i) {
            const std::uint8_t c = *p++;
            if ((c & 0xC0) != 0x80)
                invalidUtf8();
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            invalidUtf8();
        out.push_back(cp);
    }
}

std::size_t utf8Length(char32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

std::uint8_t* encodeUtf8(char32_t cp, std::uint8_t* out) {
    if (cp < 0x80) {
        *out++ = static_cast<std::uint8_t>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<std::uint8_t>(0xC0 | (cp >> 6));
        *out++ = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<std::uint8_t>(0xE0 | (cp >> 12));
        *out++ = static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<std::uint8_t>(0xF0 | (cp >> 18));
        *out++ = static_cast<std::uint8_t>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::uint8_t combiningClass(char32_t cp) {
    const auto* begin = unicode_data::kCombiningClasses;
    const auto* end = begin + unicode_data::kCombiningClassCount;
    const auto* it = std::upper_bound(
        begin, end, cp, [](char32_t value, const auto& range) { return value < range.first; });
    if (it == begin)
        return 0;
    --it;
    return cp <= it->last ? it->combiningClass : 0;
}

constexpr std::size_t kMaxDecomposition = 18; // U+FDFA

// Writes the full compatibility decomposition of `cp` to `out`; returns its length.
std::size_t decompose(char32_t cp, char32_t (&out)[kMaxDecomposition]) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        const char32_t s = cp - kSBase;
        out[0] = kLBase + s / kNCount;
        out[1] = kVBase + (s % kNCount) / kTCount;
        if (s % kTCount == 0)
            return 2;
        out[2] = kTBase + s % kTCount;
        return 3;
    }
    {
        const auto* begin = unicode_data::kLinearRanges;
        const auto* end = begin + unicode_data::kLinearRangeCount;
        const auto* it = std::upper_bound(
            begin, end, cp, [](char32_t value, const auto& range) { return value < range.first; });
        if (it != begin && cp < (it - 1)->first + (it - 1)->count) {
            --it;
            out[0] = it->target + (cp - it->first);
            return 1;
        }
    }
    const auto* begin = unicode_data::kDecompositions;
    const auto* end = begin + unicode_data::kDecompositionCount;
    const auto* it = std::lower_bound(
        begin, end, cp, [](const auto& entry, char32_t value) { return entry.codePoint < value; });
    if (it != end && it->codePoint == cp) {
        std::copy_n(unicode_data::kDecompositionPool + it->offset, it->length, out);
        return it->length;
    }
    out[0] = cp;
    return 1;
}

// A vector of code points that wipes itself: the text is a phrase or a passphrase.
struct WipedCodePoints {
    std::vector<char32_t> points;
    ~WipedCodePoints() { OPENSSL_cleanse(points.data(), points.capacity() * sizeof(char32_t)); }
};

} // namespace

crypto::SecretBytes nfkd(std::string_view utf8) {
    // Buffers are sized before they are filled so that no reallocation leaves an unwiped copy
    // behind: at most one code point per byte, then the exact decomposed length.
    WipedCodePoints decoded, decomposed;
    decoded.points.reserve(utf8.size());
    decodeUtf8(utf8, decoded.points);
    char32_t one[kMaxDecomposition];
    std::size_t total = 0;
    for (char32_t cp : decoded.points)
        total += decompose(cp, one);
    decomposed.points.reserve(total);
    for (char32_t cp : decoded.points) {
        const std::size_t n = decompose(cp, one);
        decomposed.points.insert(decomposed.points.end(), one, one + n);
    }
    OPENSSL_cleanse(one, sizeof one);

    // Canonical ordering: each run of non-starters is sorted by combining class, stably.
    auto& points = decomposed.points;
    for (std::size_t i = 0; i < points.size();) {
        if (combiningClass(points[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < points.size() && combiningClass(points[j]) != 0)
            ++j;
        // Insertion sort: runs are short, and it is stable without allocating.
        for (std::size_t k = i + 1; k < j; ++k) {
            const char32_t value = points[k];
            const std::uint8_t ccc = combiningClass(value);
            std::size_t m = k;
            while (m > i && combiningClass(points[m - 1]) > ccc) {
                points[m] = points[m - 1];
                --m;
            }
            points[m] = value;
        }
        i = j;
    }

    std::size_t length = 0;
    for (char32_t cp : points)
        length += utf8Length(cp);
    crypto::SecretBytes out(length);
    std::uint8_t* cursor = out.data();
    for (char32_t cp : points)
        cursor = encodeUtf8(cp, cursor);
    return out;
}

std::string_view nfkdUnicodeVersion() {
    return unicode_data::kUnicodeVersion;
}

} // namespace sr::wallet
