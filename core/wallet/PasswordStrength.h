#pragma once

#include <string_view>

namespace sr::wallet {

/// What is most wrong with a password, for the one hint the user sees first.
enum class PasswordHint {
    None,
    Empty,
    TooShort, ///< under 10 characters
    Common,   ///< one of the most used passwords, or made of one
    Repeats,  ///< "aaaa", "abcabc"
    Sequence, ///< "abcd", "1234", "qwerty"
    OneKind,  ///< only lowercase letters, or only digits: add other kinds or more words
};

struct PasswordStrength {
    /// 0 very weak, 1 weak, 2 fair, 3 strong, 4 very strong.
    int score = 0;
    /// A rough count of the guesses needed, as bits: what the score is cut from.
    double bits = 0;
    PasswordHint hint = PasswordHint::Empty;
};

/// Estimates how hard `password` (UTF-8) is to guess by someone who knows how people choose
/// passwords: common passwords, repeats, keyboard and alphabet sequences count for little, the
/// rest for what its kinds of characters allow. A guide for the user, not a guarantee.
PasswordStrength estimatePasswordStrength(std::string_view password);

/// The least score a new wallet password must reach.
inline constexpr int kMinimumPasswordScore = 2;

} // namespace sr::wallet
