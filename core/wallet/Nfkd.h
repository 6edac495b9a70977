#pragma once

#include "crypto/SecretBytes.h"

#include <string_view>

namespace sr::wallet {

/// Unicode Normalization Form KD (compatibility decomposition, then canonical ordering) of
/// UTF-8 text, as BIP-39 requires for phrases and passphrases. Tables come from the Unicode
/// Character Database (version: nfkdUnicodeVersion()); Hangul syllables are decomposed
/// algorithmically. The result is secret (it is a phrase or a passphrase).
/// Throws Error(InvalidArgument) if `utf8` is not valid UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF are refused).
crypto::SecretBytes nfkd(std::string_view utf8);

/// The Unicode version of the tables, e.g. "14.0.0".
std::string_view nfkdUnicodeVersion();

} // namespace sr::wallet
