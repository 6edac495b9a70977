#pragma once

#include "eth/U256.h"

#include <QString>

namespace sr::ui {

/// An amount for display: at most `maxFraction` decimals, cut (never rounded up, so a balance is
/// never shown larger than it is), grouped by the locale, with "<" for a non-zero amount below
/// the smallest shown digit: "9.999775 ETH", "< 0.000001 ETH". Forms and reviews that restate
/// what will be signed show the exact amount instead (exactAmount).
QString displayAmount(const eth::U256& value, unsigned decimals, const QString& unit,
                      int maxFraction = 6);

/// An amount of nRLC as the pages show it: in RLC, with up to its 9 decimals ("1.5 RLC").
QString rlcAmount(const eth::U256& nRlc);

/// The exact amount in the locale's notation ("1,5" and "987,5" in French, "1,234.5" in
/// English): every significant decimal, the whole part grouped unless `grouped` is false (a
/// value put back into a text field, which reads no group separators).
QString exactAmount(const eth::U256& value, unsigned decimals, bool grouped = true);

/// A count in the locale's notation ("1 000" in French, "1,000" in English).
QString displayCount(const eth::U256& value);

} // namespace sr::ui
