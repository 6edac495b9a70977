#include "crypto/KdfLimits.h"

#include "util/Error.h"

#include <string>

namespace sr::crypto {

namespace {

[[noreturn]] void corrupt(const std::string& what) {
    throw Error(ErrorCode::Corrupt, "The keystore's " + what +
                                        "; the file is damaged or was not written by an "
                                        "Ethereum wallet.");
}

[[noreturn]] void tooCostly(const std::string& what) {
    throw Error(ErrorCode::Unsupported, "The keystore " + what +
                                            ", more than Strongroom allows; a file asking for "
                                            "this much is refused so that it cannot exhaust "
                                            "the computer.");
}

} // namespace

void checkKeystoreScryptParams(const ScryptParams& params) {
    if (params.keyLength != kKeystoreDerivedKeyLength)
        corrupt("scrypt dklen is " + std::to_string(params.keyLength) + " instead of 32");
    if (params.n < 2 || (params.n & (params.n - 1)) != 0)
        corrupt("scrypt n (" + std::to_string(params.n) + ") is not a power of two above 1");
    if (params.r == 0 || params.p == 0)
        corrupt("scrypt r or p is 0");
    if (params.n > kKeystoreScryptMaxN)
        tooCostly("asks for scrypt n = " + std::to_string(params.n) + " (at most " +
                  std::to_string(kKeystoreScryptMaxN) + " is accepted)");
    const std::uint64_t memory = scryptMemoryBytes(params);
    if (memory > kKeystoreScryptMaxMemoryBytes)
        tooCostly("needs " + std::to_string(memory >> 20) + " MiB of memory to open (at most " +
                  std::to_string(kKeystoreScryptMaxMemoryBytes >> 20) + " MiB is accepted)");
    // Divide rather than multiply: n·r·p can overflow 64 bits.
    const std::uint64_t rp = static_cast<std::uint64_t>(params.r) * params.p;
    if (rp > kKeystoreScryptMaxWork / params.n)
        tooCostly("asks for scrypt work n·r·p above " + std::to_string(kKeystoreScryptMaxWork));
}

void checkKeystorePbkdf2Params(std::uint64_t iterations, std::uint64_t keyLength) {
    if (keyLength != kKeystoreDerivedKeyLength)
        corrupt("pbkdf2 dklen is " + std::to_string(keyLength) + " instead of 32");
    if (iterations == 0)
        corrupt("pbkdf2 iteration count is 0");
    if (iterations > kKeystorePbkdf2MaxIterations)
        tooCostly("asks for " + std::to_string(iterations) + " pbkdf2 iterations (at most " +
                  std::to_string(kKeystorePbkdf2MaxIterations) + " are accepted)");
}

} // namespace sr::crypto
