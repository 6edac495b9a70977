#pragma once

#include "util/Bytes.h"

#include <string>
#include <string_view>

namespace sr {

/// RFC 4648 base64 with padding (what Node's Buffer.toString('base64') writes).
std::string base64Encode(ByteView bytes);
/// Decodes base64 as Node's Buffer.from(text, 'base64') reads dataset keys: the standard or
/// URL-safe alphabet, padding optional, surrounding whitespace ignored. Anything else (or
/// non-zero trailing bits) throws sr::Error(InvalidArgument), without echoing the text,
/// which may be a secret.
Bytes base64Decode(std::string_view text);

} // namespace sr
