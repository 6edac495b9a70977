#pragma once

#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sr::wallet {

/// The BIP-39 English word list, embedded into the core at build time from
/// resources/wordlists/bip39-english.txt (see resources/wordlists/README.md).
class Bip39Wordlist {
public:
    static constexpr std::size_t kSize = 2048;
    /// The SHA-256 every copy of the published list has.
    static constexpr std::string_view kSha256Hex =
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda";

    /// The list, loaded and checked once. Throws Error(Internal) if the embedded bytes do not
    /// have the published SHA-256 or are not 2048 sorted, distinct lines: a build that would
    /// turn phrases into the wrong keys must not run.
    static const Bip39Wordlist& english();

    /// The embedded file as it is (for the tests).
    static ByteView embeddedBytes();

    /// The word at `index` (0..2047).
    std::string_view word(std::size_t index) const { return words_.at(index); }
    /// The index of a lowercase word, or nothing if it is not in the list.
    std::optional<std::uint16_t> indexOf(std::string_view word) const;

private:
    Bip39Wordlist() = default;
    std::vector<std::string_view> words_; // views into the embedded bytes, sorted
};

} // namespace sr::wallet
