#include "crypto/Hmac.h"

#include "util/Error.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sr::crypto {

namespace {

// OpenSSL wants non-null pointers even for empty inputs.
const unsigned char kEmpty[1] = {0};
const unsigned char* orEmpty(ByteView v) {
    return v.empty() ? kEmpty : v.data();
}

void hmac(const EVP_MD* md, ByteView key, ByteView data, unsigned char* out,
          unsigned int expected) {
    unsigned int length = 0;
    if (!HMAC(md, orEmpty(key), static_cast<int>(key.size()), orEmpty(data), data.size(), out,
              &length) ||
        length != expected)
        throw Error(ErrorCode::Crypto, "HMAC computation failed.");
}

void requireIntSized(ByteView key) {
    if (key.size() > 0x7fffffff)
        throw Error(ErrorCode::InvalidArgument, "The HMAC key is too long.");
}

} // namespace

Hash32 hmacSha256(ByteView key, ByteView data) {
    requireIntSized(key);
    Hash32 out{};
    hmac(EVP_sha256(), key, data, out.data(), 32);
    return out;
}

SecretBytes hmacSha512(ByteView key, ByteView data) {
    requireIntSized(key);
    SecretBytes out(64);
    hmac(EVP_sha512(), key, data, out.data(), 64);
    return out;
}

} // namespace sr::crypto
