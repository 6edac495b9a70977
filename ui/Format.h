#pragma once

#include "eth/U256.h"

#include <QString>

namespace sr::ui {

/// An amount for display: at most `maxFraction` decimals, cut (never rounded up, so a balance is
/// never shown larger than it is), grouped by the locale, with "<" for a non-zero amount below
/// the smallest shown digit: "9.999775 ETH", "< 0.000001 ETH". Forms and reviews that restate
/// what will be signed show the exact amount instead (eth::formatUnits).
QString displayAmount(const eth::U256& value, unsigned decimals, const QString& unit,
                      int maxFraction = 6);

} // namespace sr::ui
