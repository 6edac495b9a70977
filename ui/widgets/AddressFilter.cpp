#include "widgets/AddressFilter.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace sr::ui {

std::optional<eth::Address> chosenAddress(const QComboBox* combo) {
    const QString value = combo->currentData().toString();
    if (value.isEmpty())
        return std::nullopt;
    return eth::Address::fromHex(value.toStdString());
}

void listAddresses(QComboBox* combo, const QString& all,
                   const std::vector<std::pair<QString, eth::Address>>& choices) {
    const QSignalBlocker blocker(combo);
    const QString before = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (const auto& [label, address] : choices) {
        const QString hex = QString::fromStdString(address.toChecksumHex());
        combo->addItem(label, hex);
        combo->setItemData(combo->count() - 1, hex, Qt::ToolTipRole);
    }
    const int at = combo->findData(before);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace sr::ui
