#pragma once

#include "eth/Address.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;

namespace sr::ui {

// A filter's combo box of addresses (a page's "All data", "All apps"…): its first entry
// chooses no address, each other one an address, kept as its checksummed hex in the item's
// data and shown in full as its tooltip.

/// The address chosen in `combo`; none for its first ("All …") entry.
std::optional<eth::Address> chosenAddress(const QComboBox* combo);

/// Lists `all` (no address) then each of `choices` (a label and its address) in `combo`,
/// without a signal; the address chosen before stays chosen when it is still listed, else
/// `all` is.
void listAddresses(QComboBox* combo, const QString& all,
                   const std::vector<std::pair<QString, eth::Address>>& choices);

} // namespace sr::ui
