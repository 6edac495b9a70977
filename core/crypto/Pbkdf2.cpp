#include "crypto/Pbkdf2.h"

#include "util/Error.h"

#include <limits>
#include <openssl/evp.h>
#include <string>

namespace sr::crypto {

namespace {

// Generous upper bound: far above any KDF use, and fits OpenSSL's int parameters.
constexpr std::size_t kMaxKeyLength = 1 << 20;

const char kEmpty[1] = {0};

SecretBytes pbkdf2(const EVP_MD* md, ByteView password, ByteView salt, std::uint32_t iterations,
                   std::size_t keyLength) {
    if (iterations == 0 || iterations > static_cast<std::uint32_t>(std::numeric_limits<int>::max()))
        throw Error(ErrorCode::InvalidArgument,
                    "PBKDF2 needs between 1 and 2^31-1 iterations; got " +
                        std::to_string(iterations) + ".");
    if (keyLength == 0 || keyLength > kMaxKeyLength)
        throw Error(ErrorCode::InvalidArgument,
                    "PBKDF2 key length must be between 1 and 1 MiB; got " +
                        std::to_string(keyLength) + ".");
    if (password.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()) ||
        salt.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw Error(ErrorCode::InvalidArgument, "PBKDF2 password or salt is too long.");
    SecretBytes out(keyLength);
    const char* pass = password.empty() ? kEmpty : reinterpret_cast<const char*>(password.data());
    const unsigned char* saltData =
        salt.empty() ? reinterpret_cast<const unsigned char*>(kEmpty) : salt.data();
    if (PKCS5_PBKDF2_HMAC(pass, static_cast<int>(password.size()), saltData,
                          static_cast<int>(salt.size()), static_cast<int>(iterations), md,
                          static_cast<int>(keyLength), out.data()) != 1)
        throw Error(ErrorCode::Crypto, "PBKDF2 key derivation failed.");
    return out;
}

} // namespace

SecretBytes pbkdf2HmacSha256(ByteView password, ByteView salt, std::uint32_t iterations,
                             std::size_t keyLength) {
    return pbkdf2(EVP_sha256(), password, salt, iterations, keyLength);
}

SecretBytes pbkdf2HmacSha512(ByteView password, ByteView salt, std::uint32_t iterations,
                             std::size_t keyLength) {
    return pbkdf2(EVP_sha512(), password, salt, iterations, keyLength);
}

} // namespace sr::crypto
