#include "util/Crc32.h"

#include <array>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SR_CRC32_CLMUL 1
#endif

namespace sr {

namespace {

constexpr std::array<std::uint32_t, 256> makeTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}
constexpr std::array<std::uint32_t, 256> kTable = makeTable();

// The register before the final inversion, byte by byte.
std::uint32_t rawBytewise(std::uint32_t reg, const std::uint8_t* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i)
        reg = kTable[(reg ^ data[i]) & 0xFF] ^ (reg >> 8);
    return reg;
}

#ifdef SR_CRC32_CLMUL
// Folding with carry-less products (Intel, "Fast CRC Computation for Generic Polynomials
// Using PCLMULQDQ"): four 128-bit lanes are carried 512 bits forward per step, then merged
// into one lane, whose 16 bytes have the same CRC remainder as everything folded into them;
// the table finishes those. The constants are x^(k) mod P for the reflected polynomial.
#define SR_CLMUL_TARGET __attribute__((target("pclmul,sse4.1")))

SR_CLMUL_TARGET inline __m128i load(const std::uint8_t* p) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}

// Carries `lane` forward by the distance `k` encodes and adds `next`.
SR_CLMUL_TARGET inline __m128i fold(__m128i lane, __m128i k, __m128i next) {
    const __m128i lo = _mm_clmulepi64_si128(lane, k, 0x00);
    const __m128i hi = _mm_clmulepi64_si128(lane, k, 0x11);
    return _mm_xor_si128(_mm_xor_si128(lo, hi), next);
}

SR_CLMUL_TARGET std::uint32_t rawClmul(std::uint32_t reg, const std::uint8_t* data,
                                       std::size_t size) {
    const __m128i fold512 = _mm_set_epi64x(0x1c6e41596LL, 0x154442bd4LL);
    const __m128i fold128 = _mm_set_epi64x(0x0ccaa009eLL, 0x1751997d0LL);
    __m128i x0 = _mm_xor_si128(load(data), _mm_cvtsi32_si128(static_cast<int>(reg)));
    __m128i x1 = load(data + 16);
    __m128i x2 = load(data + 32);
    __m128i x3 = load(data + 48);
    std::size_t at = 64;
    for (; at + 64 <= size; at += 64) {
        x0 = fold(x0, fold512, load(data + at));
        x1 = fold(x1, fold512, load(data + at + 16));
        x2 = fold(x2, fold512, load(data + at + 32));
        x3 = fold(x3, fold512, load(data + at + 48));
    }
    x0 = fold(x0, fold128, x1);
    x0 = fold(x0, fold128, x2);
    x0 = fold(x0, fold128, x3);
    for (; at + 16 <= size; at += 16)
        x0 = fold(x0, fold128, load(data + at));
    std::uint8_t folded[16];
    _mm_storeu_si128(reinterpret_cast<__m128i*>(folded), x0);
    return rawBytewise(rawBytewise(0, folded, 16), data + at, size - at);
}

bool haveClmul() {
    static const bool have = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    return have;
}
#endif

// Polynomials modulo P in the reflected form: bit 31 is x^0, bit 0 is x^31.
std::uint32_t multiplyModP(std::uint32_t a, std::uint32_t b) {
    std::uint32_t product = 0;
    for (std::uint32_t bit = 1u << 31; bit != 0; bit >>= 1) {
        if (a & bit)
            product ^= b;
        b = (b & 1) ? (b >> 1) ^ 0xEDB88320u : b >> 1; // b *= x
    }
    return product;
}

// x^n modulo P, by squaring.
std::uint32_t powerOfXModP(std::uint64_t n) {
    std::uint32_t result = 1u << 31; // x^0
    std::uint32_t square = 1u << 30; // x^1
    for (; n != 0; n >>= 1) {
        if (n & 1)
            result = multiplyModP(result, square);
        square = multiplyModP(square, square);
    }
    return result;
}

} // namespace

std::uint32_t crc32Combine(std::uint32_t first, std::uint32_t second, std::uint64_t secondSize) {
    // Appending n bytes carries the first part's remainder n * 8 places further; the initial
    // and final inversions of both parts cancel out in the sum.
    return multiplyModP(powerOfXModP(secondSize * 8), first) ^ second;
}

std::uint32_t crc32Update(std::uint32_t crc, ByteView data) {
    std::uint32_t reg = ~crc;
#ifdef SR_CRC32_CLMUL
    if (data.size() >= 64 && haveClmul())
        return ~rawClmul(reg, data.data(), data.size());
#endif
    return ~rawBytewise(reg, data.data(), data.size());
}

} // namespace sr
