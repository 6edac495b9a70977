#include "crypto/RsaSupport.h"

#include "util/Error.h"

#include <string>

namespace sr::crypto::rsa {

int refusePassphrase(char*, int, int, void*) {
    return -1;
}

void requireUsableRsa(const EVP_PKEY* key, const char* kind) {
    if (EVP_PKEY_is_a(key, "RSA") != 1)
        throw Error(ErrorCode::InvalidArgument,
                    std::string("The ") + kind + " key is not an RSA key.");
    const int bits = EVP_PKEY_get_bits(key);
    if (bits < static_cast<int>(kMinBits) || bits > static_cast<int>(kMaxBits))
        throw Error(ErrorCode::InvalidArgument,
                    std::string("The RSA ") + kind + " key has " + std::to_string(bits) +
                        " bits; Strongroom accepts " + std::to_string(kMinBits) + " to " +
                        std::to_string(kMaxBits) + ".");
}

} // namespace sr::crypto::rsa
