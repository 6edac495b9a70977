#include "crypto/SecureRandom.h"

#include "util/Error.h"

#include <sodium.h>

namespace sr::crypto {

void ensureSodiumInitialised() {
    // sodium_init is itself thread-safe; a static makes the check free after the first call.
    static const int status = sodium_init();
    if (status < 0)
        throw Error(ErrorCode::Crypto,
                    "The cryptographic library (libsodium) could not be initialised; the system "
                    "random number generator may be unavailable.");
}

void randomFill(std::span<std::uint8_t> out) {
    ensureSodiumInitialised();
    if (!out.empty())
        randombytes_buf(out.data(), out.size());
}

Bytes randomBytes(std::size_t size) {
    Bytes out(size);
    randomFill(out);
    return out;
}

} // namespace sr::crypto
