#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace sr::wallet {

/// What is wrong with a typed recovery phrase, for a UI that checks as the user types.
struct MnemonicCheck {
    enum class Problem {
        None,           ///< a valid BIP-39 English phrase
        WrongWordCount, ///< not 12, 15, 18, 21 or 24 words
        UnknownWord,    ///< `wordIndex` is not in the English list
        BadChecksum,    ///< every word is known but the checksum does not match
        InvalidText,    ///< not valid UTF-8
    };
    Problem problem = Problem::None;
    std::size_t wordCount = 0; ///< the words found
    std::size_t wordIndex = 0; ///< 1-based position of the first unknown word
    /// A sentence for the user. It names the position of a bad word, never the word itself:
    /// error messages must not carry any part of a secret.
    std::string message() const;
    bool ok() const { return problem == Problem::None; }
};

/// A BIP-39 recovery phrase (English word list): its entropy and its canonical phrase (the
/// lowercase words separated by single spaces), both held in wiping memory.
///
/// Typed phrases are normalised as BIP-39 says (Unicode NFKD), then split on any whitespace and
/// lowercased; the seed is computed from the canonical phrase, as ethers and MetaMask do, so
/// extra spaces or capitals do not change the wallet. Passphrases are NFKD-normalised and
/// otherwise kept exactly (any Unicode text is accepted; see Nfkd.h).
class Mnemonic {
public:
    /// Word counts a phrase may have; new phrases are made with 12 or 24 words.
    static bool isValidWordCount(std::size_t words);

    /// A new phrase from the system's CSPRNG. `wordCount` is 12 or 24 (15, 18 and 21 are
    /// accepted too); anything else throws Error(InvalidArgument).
    static Mnemonic generate(std::size_t wordCount = 12);
    /// The phrase of given entropy (16, 20, 24, 28 or 32 bytes, else Error(InvalidArgument)).
    static Mnemonic fromEntropy(ByteView entropy);
    /// Parses and validates a typed phrase. Throws Error(InvalidArgument) with check()'s
    /// message: wrong word count, unknown word (by position) and bad checksum are told apart.
    static Mnemonic fromPhrase(std::string_view phrase);
    /// Validates without throwing.
    static MnemonicCheck check(std::string_view phrase);

    /// The BIP-39 seed of a phrase in ANY word list, unchecked: PBKDF2-HMAC-SHA512 over
    /// NFKD(phrase) with the salt "mnemonic" + NFKD(passphrase), 2048 rounds, 64 bytes. For
    /// phrases of other languages (and the published test vectors); English phrases should go
    /// through fromPhrase() first. Throws Error(InvalidArgument) for invalid UTF-8.
    static crypto::SecretBytes seedFromAnyPhrase(std::string_view phrase,
                                                 std::string_view passphrase);

    /// The canonical phrase. A secret: show it to the user once, never log it.
    std::string_view phrase() const;
    const crypto::SecretBytes& entropy() const { return entropy_; }
    std::size_t wordCount() const { return entropy_.size() * 3 / 4; }

    /// The 64-byte BIP-39 seed for this phrase and `passphrase` (empty by default).
    crypto::SecretBytes toSeed(std::string_view passphrase = {}) const;

private:
    Mnemonic() = default;
    crypto::SecretBytes entropy_;
    crypto::SecretBytes phrase_;
};

} // namespace sr::wallet
