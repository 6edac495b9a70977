#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

namespace sr::crypto {

/// HMAC-SHA256 (RFC 2104 / 4231). The key may be public or secret (pass SecretBytes::view()).
Hash32 hmacSha256(ByteView key, ByteView data);

/// HMAC-SHA512, 64 bytes. Returned as SecretBytes because its main use, BIP-32, turns the
/// output into private keys and chain codes.
SecretBytes hmacSha512(ByteView key, ByteView data);

} // namespace sr::crypto
