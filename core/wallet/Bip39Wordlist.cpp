#include "wallet/Bip39Wordlist.h"

#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::wallet {
namespace detail {
// kBip39English.cpp, generated in the build tree by strongroom_embed_file (core/EmbedFile.cmake).
extern const std::uint8_t kBip39EnglishData[];
extern const std::size_t kBip39EnglishSize;
} // namespace detail

namespace {

[[noreturn]] void broken(const std::string& why) {
    throw Error(ErrorCode::Internal,
                "The BIP-39 English word list built into Strongroom is not the published one (" +
                    why + "); this build cannot be used to make or restore wallets.");
}

} // namespace

ByteView Bip39Wordlist::embeddedBytes() {
    return {detail::kBip39EnglishData, detail::kBip39EnglishSize};
}

const Bip39Wordlist& Bip39Wordlist::english() {
    static const Bip39Wordlist list = [] {
        const ByteView bytes = embeddedBytes();
        if (eth::toHex(crypto::sha256(bytes), false) != kSha256Hex)
            broken("wrong SHA-256");
        Bip39Wordlist loaded;
        loaded.words_.reserve(kSize);
        const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                broken("no final newline");
            loaded.words_.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        if (loaded.words_.size() != kSize)
            broken(std::to_string(loaded.words_.size()) + " words");
        if (std::adjacent_find(loaded.words_.begin(), loaded.words_.end(),
                               [](std::string_view a, std::string_view b) { return a >= b; }) !=
            loaded.words_.end())
            broken("not sorted");
        return loaded;
    }();
    return list;
}

std::optional<std::uint16_t> Bip39Wordlist::indexOf(std::string_view word) const {
    const auto it = std::lower_bound(words_.begin(), words_.end(), word);
    if (it == words_.end() || *it != word)
        return std::nullopt;
    return static_cast<std::uint16_t>(it - words_.begin());
}

} // namespace sr::wallet
