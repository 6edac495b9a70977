#pragma once

// What table models put in their cells for the chain's values: hashes and addresses in full
// (for tooltips, filters and the copy of a cell), and amounts as keys that sort as numbers.

#include "eth/Address.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <QString>

namespace sr::ui {

/// "0x" and the 64 hexadecimal digits of `hash`.
inline QString hashText(const Hash32& hash) {
    return QString::fromStdString(eth::toHex(hash));
}

/// The checksummed form of `address`.
inline QString addressText(const eth::Address& address) {
    return QString::fromStdString(address.toChecksumHex());
}

/// A key that sorts amounts as numbers: the decimal value, zero-padded to U256's widest.
inline QString amountSortKey(const eth::U256& value) {
    return QString::fromStdString(value.toDecimal()).rightJustified(78, QLatin1Char('0'));
}

} // namespace sr::ui
