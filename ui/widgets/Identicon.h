#pragma once

#include "eth/Address.h"

#include <QPixmap>

namespace sr::ui {

/// A small picture drawn from an address, the same every time, so that accounts are told apart
/// at a glance (and a look-alike address looks different): a mirrored 5×5 pattern in a colour,
/// both taken from the address's Keccak-256 hash, on a tinted disc.
QPixmap identicon(const eth::Address& address, int size, qreal devicePixelRatio = 1.0);

} // namespace sr::ui
