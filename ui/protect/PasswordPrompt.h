#pragma once

#include "eth/Address.h"
#include "protect/ProtectController.h"

#include <QString>
#include <optional>

class QWidget;

namespace sr::ui {

class WalletSession;

/// Asks the wallet password of `owner` with the password dialog and checks it (the keystore is
/// opened off the GUI thread). Protecting needs the password itself, not only an unlocked
/// account: it seals the dataset key until the Secret Management Service holds it. Nothing if
/// the user gave up.
std::optional<ProtectCredentials> askProtectCredentials(WalletSession& wallet,
                                                        const eth::Address& owner,
                                                        const QString& reason, QWidget* parent);

} // namespace sr::ui
