#include "crypto/Keccak.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace sr::crypto {

namespace {

// Keccak-f[1600] as specified in "The Keccak reference" v3.0 (round constants, rotation
// offsets and the pi lane permutation); lanes are little-endian 64-bit words, index x + 5y.
constexpr std::array<std::uint64_t, 24> kRoundConstants = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

// Rotation offset r[x][y] for lane x + 5y.
constexpr std::array<unsigned, 25> kRotation = {
    0,  1,  62, 28, 27, //
    36, 44, 6,  55, 20, //
    3,  10, 43, 25, 39, //
    41, 45, 15, 21, 8,  //
    18, 2,  61, 56, 14, //
};

constexpr std::uint64_t rotl(std::uint64_t v, unsigned n) {
    return n == 0 ? v : (v << n) | (v >> (64 - n));
}

void keccakF1600(std::array<std::uint64_t, 25>& a) {
    for (const std::uint64_t rc : kRoundConstants) {
        // theta
        std::array<std::uint64_t, 5> c{};
        for (unsigned x = 0; x < 5; ++x)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (unsigned x = 0; x < 5; ++x) {
            const std::uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
            for (unsigned y = 0; y < 25; y += 5)
                a[x + y] ^= d;
        }
        // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
        std::array<std::uint64_t, 25> b{};
        for (unsigned x = 0; x < 5; ++x)
            for (unsigned y = 0; y < 5; ++y)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], kRotation[x + 5 * y]);
        // chi
        for (unsigned y = 0; y < 25; y += 5)
            for (unsigned x = 0; x < 5; ++x)
                a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        // iota
        a[0] ^= rc;
    }
}

// XORs one rate-sized block into the state (little-endian lanes), then permutes.
void absorbBlock(std::array<std::uint64_t, 25>& state, const std::uint8_t* block) {
    for (std::size_t lane = 0; lane < Keccak256::kRateBytes / 8; ++lane) {
        std::uint64_t v = 0;
        for (unsigned i = 0; i < 8; ++i)
            v |= static_cast<std::uint64_t>(block[lane * 8 + i]) << (8 * i);
        state[lane] ^= v;
    }
    keccakF1600(state);
}

} // namespace

Keccak256::Keccak256() = default;

// The state may have absorbed secret material (keystore MACs hash derived keys).
Keccak256::~Keccak256() {
    OPENSSL_cleanse(state_.data(), sizeof(state_));
    OPENSSL_cleanse(buffer_.data(), buffer_.size());
}

void Keccak256::reset() {
    OPENSSL_cleanse(state_.data(), sizeof(state_));
    OPENSSL_cleanse(buffer_.data(), buffer_.size());
    buffered_ = 0;
}

void Keccak256::update(ByteView data) {
    const std::uint8_t* p = data.data();
    std::size_t left = data.size();
    if (buffered_ > 0) {
        const std::size_t take = std::min(left, kRateBytes - buffered_);
        std::copy_n(p, take, buffer_.data() + buffered_);
        buffered_ += take;
        p += take;
        left -= take;
        if (buffered_ < kRateBytes)
            return;
        absorbBlock(state_, buffer_.data());
        buffered_ = 0;
    }
    while (left >= kRateBytes) {
        absorbBlock(state_, p);
        p += kRateBytes;
        left -= kRateBytes;
    }
    std::copy_n(p, left, buffer_.data());
    buffered_ = left;
}

Hash32 Keccak256::finalize() {
    // Original Keccak multi-rate padding: 0x01 ... 0x80 (SHA3 would use 0x06).
    std::fill(buffer_.begin() + static_cast<std::ptrdiff_t>(buffered_), buffer_.end(), 0);
    buffer_[buffered_] ^= 0x01;
    buffer_[kRateBytes - 1] ^= 0x80;
    absorbBlock(state_, buffer_.data());
    Hash32 out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::uint8_t>(state_[i / 8] >> (8 * (i % 8)));
    reset();
    return out;
}

Hash32 keccak256(ByteView data) {
    Keccak256 hasher;
    hasher.update(data);
    return hasher.finalize();
}

} // namespace sr::crypto
