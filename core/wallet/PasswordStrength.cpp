#include "wallet/PasswordStrength.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

namespace sr::wallet {
namespace {

// Among the most used passwords in public breach statistics, lowercase. A password equal to
// one of these (or one of these plus digits) is found in the first guesses.
constexpr std::array<std::string_view, 60> kCommon = {
    "password",   "123456",     "12345678", "qwerty",   "abc123",   "monkey",   "letmein",
    "dragon",     "111111",     "baseball", "iloveyou", "trustno1", "sunshine", "master",
    "welcome",    "shadow",     "ashley",   "football", "jesus",    "michael",  "ninja",
    "mustang",    "password1",  "admin",    "login",    "princess", "starwars", "solo",
    "passw0rd",   "qwertyuiop", "azerty",   "superman", "hello",    "charlie",  "donald",
    "freedom",    "whatever",   "trustme",  "secret",   "bitcoin",  "ethereum", "crypto",
    "wallet",     "access",     "flower",   "hottie",   "loveme",   "zaq1zaq1", "batman",
    "soleil",     "motdepasse", "bonjour",  "doudou",   "chocolat", "nicolas",  "marseille",
    "strongroom", "iexec",      "changeme", "default",
};

constexpr std::array<std::string_view, 5> kSequences = {
    "abcdefghijklmnopqrstuvwxyz",           "01234567890",
    "qwertyuiopasdfghjklzxcvbnm",           "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
};

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Characters that continue a run of 3+ of the same character or of a known sequence (either
// direction); they add almost nothing to the guess count.
std::size_t predictableCharacters(const std::string& text, bool* repeats, bool* sequence) {
    std::size_t count = 0;
    for (std::size_t i = 2; i < text.size(); ++i) {
        if (text[i] == text[i - 1] && text[i] == text[i - 2]) {
            ++count;
            *repeats = true;
            continue;
        }
        const std::string_view tri(text.data() + i - 2, 3);
        const std::string rev(tri.rbegin(), tri.rend());
        for (const auto seq : kSequences)
            if (seq.find(tri) != std::string_view::npos ||
                seq.find(rev) != std::string_view::npos) {
                ++count;
                *sequence = true;
                break;
            }
    }
    // A block repeated whole ("abcabc", "passpass") counts once.
    for (std::size_t period = 1; period <= text.size() / 2; ++period) {
        if (text.size() % period)
            continue;
        bool periodic = true;
        for (std::size_t i = period; i < text.size() && periodic; ++i)
            periodic = text[i] == text[i - period];
        if (periodic) {
            *repeats = true;
            return std::max(count, text.size() - period);
        }
    }
    return count;
}

} // namespace

PasswordStrength estimatePasswordStrength(std::string_view password) {
    PasswordStrength result;
    if (password.empty())
        return result;
    const std::string low = lowered(password);

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    std::size_t characters = 0; // UTF-8 code points
    for (const char ch : password) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) != 0x80)
            ++characters;
        if (c >= 0x80)
            other = true;
        else if (std::islower(c))
            lower = true;
        else if (std::isupper(c))
            upper = true;
        else if (std::isdigit(c))
            digit = true;
        else
            symbol = true;
    }
    double pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                  (other ? 100 : 0);

    // A common password, alone or with a few digits or symbols around it, is one of a few
    // thousand guesses.
    std::string core = low;
    while (!core.empty() && !std::isalpha(static_cast<unsigned char>(core.back())))
        core.pop_back();
    std::size_t lead = 0;
    while (lead < core.size() && !std::isalpha(static_cast<unsigned char>(core[lead])))
        ++lead;
    core = core.substr(lead);
    const bool common =
        std::find(kCommon.begin(), kCommon.end(), low) != kCommon.end() ||
        (!core.empty() && std::find(kCommon.begin(), kCommon.end(), core) != kCommon.end() &&
         low.size() - core.size() <= 4);
    bool repeats = false, sequence = false;
    const std::size_t predictable = predictableCharacters(low, &repeats, &sequence);
    const std::size_t free = characters > predictable ? characters - predictable : 1;

    if (common) {
        result.bits = 12 + 3.3 * double(low.size() - core.size());
    } else {
        result.bits = double(free) * std::log2(std::max(pool, 10.0)) + double(predictable) * 1.0;
        // One kind of character only: people pick those from small sets.
        if (int(lower) + int(upper) + int(digit) + int(symbol) + int(other) == 1)
            result.bits *= 0.8;
    }

    if (result.bits < 28)
        result.score = 0;
    else if (result.bits < 40)
        result.score = 1;
    else if (result.bits < 60)
        result.score = 2;
    else if (result.bits < 80)
        result.score = 3;
    else
        result.score = 4;

    if (common)
        result.hint = PasswordHint::Common;
    else if (characters < 10)
        result.hint = PasswordHint::TooShort;
    else if (repeats && result.score < 3)
        result.hint = PasswordHint::Repeats;
    else if (sequence && result.score < 3)
        result.hint = PasswordHint::Sequence;
    else if (int(lower) + int(upper) + int(digit) + int(symbol) + int(other) == 1 &&
             result.score < 3)
        result.hint = PasswordHint::OneKind;
    else
        result.hint = PasswordHint::None;
    if (characters < 10 && result.score > 1)
        result.score = characters < 8 ? 1 : 2;
    return result;
}

} // namespace sr::wallet
