#include "crypto/Scrypt.h"

#include "crypto/SecureRandom.h"
#include "util/Error.h"

#include <atomic>
#include <cerrno>
#include <limits>
#include <sodium.h>
#include <string>

namespace sr::crypto {

namespace {

const std::uint8_t kEmpty[1] = {0};

std::atomic<std::uint64_t> runs{0};

std::uint64_t saturatingMul(std::uint64_t a, std::uint64_t b) {
    if (a != 0 && b > std::numeric_limits<std::uint64_t>::max() / a)
        return std::numeric_limits<std::uint64_t>::max();
    return a * b;
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b) {
    return b > std::numeric_limits<std::uint64_t>::max() - a
               ? std::numeric_limits<std::uint64_t>::max()
               : a + b;
}

} // namespace

std::uint64_t scryptMemoryBytes(const ScryptParams& params) {
    const std::uint64_t v = saturatingMul(saturatingMul(128, params.n), params.r);
    const std::uint64_t xy = saturatingMul(256, params.r);
    const std::uint64_t b = saturatingMul(saturatingMul(128, params.r), params.p);
    return saturatingAdd(saturatingAdd(v, xy), b);
}

std::uint64_t scryptRuns() {
    return runs.load(std::memory_order_relaxed);
}

SecretBytes scrypt(ByteView password, ByteView salt, const ScryptParams& params) {
    // RFC 7914's own conditions, checked here so the message can say which one failed.
    if (params.n < 2 || (params.n & (params.n - 1)) != 0)
        throw Error(ErrorCode::InvalidArgument,
                    "scrypt N must be a power of two greater than 1; got " +
                        std::to_string(params.n) + ".");
    if (params.r == 0 || params.p == 0)
        throw Error(ErrorCode::InvalidArgument, "scrypt r and p must be at least 1.");
    if (static_cast<std::uint64_t>(params.r) * params.p >= (1ULL << 30))
        throw Error(ErrorCode::InvalidArgument, "scrypt r·p must be below 2^30.");
    if (params.keyLength == 0 || params.keyLength > (1ULL << 20))
        throw Error(ErrorCode::InvalidArgument,
                    "scrypt key length must be between 1 and 1 MiB; got " +
                        std::to_string(params.keyLength) + ".");
    ensureSodiumInitialised();
    runs.fetch_add(1, std::memory_order_relaxed);
    SecretBytes out(params.keyLength);
    errno = 0;
    if (crypto_pwhash_scryptsalsa208sha256_ll(password.empty() ? kEmpty : password.data(),
                                              password.size(), salt.empty() ? kEmpty : salt.data(),
                                              salt.size(), params.n, params.r, params.p, out.data(),
                                              out.size()) != 0) {
        if (errno == ENOMEM || errno == EFBIG)
            throw Error(ErrorCode::Crypto, "scrypt could not allocate the " +
                                               std::to_string(scryptMemoryBytes(params) >> 20) +
                                               " MiB of memory these parameters need.");
        throw Error(ErrorCode::Crypto, "scrypt key derivation failed.");
    }
    return out;
}

} // namespace sr::crypto
