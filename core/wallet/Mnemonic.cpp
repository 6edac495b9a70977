#include "wallet/Mnemonic.h"

#include "crypto/Pbkdf2.h"
#include "crypto/Sha256.h"
#include "util/Error.h"
#include "wallet/Bip39Wordlist.h"
#include "wallet/Nfkd.h"

#include <array>
#include <cstring>
#include <openssl/crypto.h>
#include <optional>
#include <vector>

namespace sr::wallet {
namespace {

constexpr std::string_view kSaltPrefix = "mnemonic";
constexpr std::uint32_t kSeedRounds = 2048;
constexpr std::size_t kSeedLength = 64;

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// 11-bit word indices of a phrase, wiped on destruction.
struct WordIndices {
    std::array<std::uint16_t, 24> values{};
    std::size_t count = 0;
    ~WordIndices() { OPENSSL_cleanse(values.data(), sizeof values); }
};

// Splits, lowercases and looks up the words of NFKD(phrase); stops at the first problem.
MnemonicCheck parse(std::string_view phrase, WordIndices& indices) {
    MnemonicCheck check;
    crypto::SecretBytes normalised;
    try {
        normalised = nfkd(phrase);
    } catch (const Error&) {
        check.problem = MnemonicCheck::Problem::InvalidText;
        return check;
    }
    const std::string_view text = normalised.text();
    // Words are short; one fixed wiped buffer holds the lowercased word being looked up.
    std::array<char, 16> word{};
    std::optional<std::size_t> firstUnknown;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isAsciiSpace(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && !isAsciiSpace(text[j]))
            ++j;
        const std::size_t length = j - i;
        ++check.wordCount;
        std::optional<std::uint16_t> index;
        if (length <= word.size()) {
            for (std::size_t k = 0; k < length; ++k) {
                const char c = text[i + k];
                word[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
            index = Bip39Wordlist::english().indexOf({word.data(), length});
        }
        if (!index && !firstUnknown)
            firstUnknown = check.wordCount;
        if (index && check.wordCount <= indices.values.size())
            indices.values[check.wordCount - 1] = *index;
        i = j;
    }
    OPENSSL_cleanse(word.data(), word.size());
    if (!Mnemonic::isValidWordCount(check.wordCount)) {
        check.problem = MnemonicCheck::Problem::WrongWordCount;
        return check;
    }
    if (firstUnknown) {
        check.problem = MnemonicCheck::Problem::UnknownWord;
        check.wordIndex = *firstUnknown;
        return check;
    }
    indices.count = check.wordCount;
    return check;
}

// Entropy from word indices; empty if the checksum does not match.
crypto::SecretBytes entropyFromIndices(const WordIndices& indices) {
    const std::size_t totalBits = indices.count * 11;
    const std::size_t checksumBits = totalBits / 33;
    const std::size_t entropyBytes = (totalBits - checksumBits) / 8;
    // Entropy plus one byte for the checksum bits (at most 8).
    crypto::SecretBytes bits(entropyBytes + 1);
    for (std::size_t w = 0; w < indices.count; ++w)
        for (std::size_t b = 0; b < 11; ++b)
            if ((indices.values[w] >> (10 - b)) & 1) {
                const std::size_t bit = w * 11 + b;
                bits.data()[bit / 8] |= static_cast<std::uint8_t>(0x80 >> (bit % 8));
            }
    crypto::SecretBytes entropy(ByteView(bits.data(), entropyBytes));
    const Hash32 digest = crypto::sha256(entropy.view());
    const auto mask = static_cast<std::uint8_t>(0xFF << (8 - checksumBits));
    if ((digest[0] & mask) != (bits.data()[entropyBytes] & mask))
        return {};
    return entropy;
}

} // namespace

std::string MnemonicCheck::message() const {
    switch (problem) {
    case Problem::None:
        return "The recovery phrase is valid.";
    case Problem::WrongWordCount:
        return "A recovery phrase has 12, 15, 18, 21 or 24 words; this one has " +
               std::to_string(wordCount) + ".";
    case Problem::UnknownWord:
        return "Word " + std::to_string(wordIndex) +
               " of the recovery phrase is not in the BIP-39 English word list; check its "
               "spelling.";
    case Problem::BadChecksum:
        return "The recovery phrase's checksum does not match: a word is wrong or the words "
               "are not in the right order.";
    case Problem::InvalidText:
        return "The recovery phrase is not valid UTF-8 text.";
    }
    return "The recovery phrase is not valid.";
}

bool Mnemonic::isValidWordCount(std::size_t words) {
    return words >= 12 && words <= 24 && words % 3 == 0;
}

Mnemonic Mnemonic::generate(std::size_t wordCount) {
    if (!isValidWordCount(wordCount))
        throw Error(ErrorCode::InvalidArgument,
                    "A new recovery phrase has 12 or 24 words (15, 18 or 21 are possible too); " +
                        std::to_string(wordCount) + " is not a valid count.");
    const crypto::SecretBytes entropy = crypto::SecretBytes::random(wordCount * 4 / 3);
    return fromEntropy(entropy.view());
}

Mnemonic Mnemonic::fromEntropy(ByteView entropy) {
    const std::size_t size = entropy.size();
    if (size < 16 || size > 32 || size % 4 != 0)
        throw Error(ErrorCode::InvalidArgument,
                    "BIP-39 entropy is 16, 20, 24, 28 or 32 bytes; got " + std::to_string(size) +
                        ".");
    const Hash32 digest = crypto::sha256(entropy);
    crypto::SecretBytes bits(size + 1);
    std::memcpy(bits.data(), entropy.data(), size);
    bits.data()[size] = digest[0];
    const std::size_t words = size * 3 / 4;
    const Bip39Wordlist& list = Bip39Wordlist::english();

    std::size_t length = words - 1; // spaces
    WordIndices indices;
    for (std::size_t w = 0; w < words; ++w) {
        std::uint16_t index = 0;
        for (std::size_t b = 0; b < 11; ++b) {
            const std::size_t bit = w * 11 + b;
            index = static_cast<std::uint16_t>((index << 1) |
                                               ((bits.data()[bit / 8] >> (7 - bit % 8)) & 1));
        }
        indices.values[w] = index;
        length += list.word(index).size();
    }
    Mnemonic m;
    m.entropy_ = crypto::SecretBytes(entropy);
    m.phrase_ = crypto::SecretBytes(length);
    char* out = reinterpret_cast<char*>(m.phrase_.data());
    for (std::size_t w = 0; w < words; ++w) {
        if (w > 0)
            *out++ = ' ';
        const std::string_view word = list.word(indices.values[w]);
        std::memcpy(out, word.data(), word.size());
        out += word.size();
    }
    return m;
}

MnemonicCheck Mnemonic::check(std::string_view phrase) {
    WordIndices indices;
    MnemonicCheck result = parse(phrase, indices);
    if (result.ok() && entropyFromIndices(indices).empty())
        result.problem = MnemonicCheck::Problem::BadChecksum;
    return result;
}

Mnemonic Mnemonic::fromPhrase(std::string_view phrase) {
    WordIndices indices;
    MnemonicCheck result = parse(phrase, indices);
    if (!result.ok())
        throw Error(ErrorCode::InvalidArgument, result.message());
    const crypto::SecretBytes entropy = entropyFromIndices(indices);
    if (entropy.empty()) {
        result.problem = MnemonicCheck::Problem::BadChecksum;
        throw Error(ErrorCode::InvalidArgument, result.message());
    }
    return fromEntropy(entropy.view());
}

crypto::SecretBytes Mnemonic::seedFromAnyPhrase(std::string_view phrase,
                                                std::string_view passphrase) {
    const crypto::SecretBytes password = nfkd(phrase);
    crypto::SecretBytes normalisedPassphrase;
    try {
        normalisedPassphrase = nfkd(passphrase);
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument, "The passphrase is not valid UTF-8 text.");
    }
    crypto::SecretBytes salt(kSaltPrefix.size() + normalisedPassphrase.size());
    std::memcpy(salt.data(), kSaltPrefix.data(), kSaltPrefix.size());
    if (!normalisedPassphrase.empty())
        std::memcpy(salt.data() + kSaltPrefix.size(), normalisedPassphrase.data(),
                    normalisedPassphrase.size());
    return crypto::pbkdf2HmacSha512(password.view(), salt.view(), kSeedRounds, kSeedLength);
}

std::string_view Mnemonic::phrase() const {
    return phrase_.text();
}

crypto::SecretBytes Mnemonic::toSeed(std::string_view passphrase) const {
    return seedFromAnyPhrase(phrase(), passphrase);
}

} // namespace sr::wallet
