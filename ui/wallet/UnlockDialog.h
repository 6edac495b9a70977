#pragma once

#include "wallet/PasswordDialog.h"

namespace sr::ui {

class WalletSession;

/// The password dialog that unlocks the current account, saying why ("to send 1 RLC"). The
/// key is installed in the session only once the dialog was accepted and the same account is
/// still current: a cancelled or closed unlock never installs it.
class UnlockDialog : public PasswordDialog {
    Q_OBJECT
public:
    UnlockDialog(WalletSession& session, const QString& reason, QWidget* parent = nullptr);

    /// True at once if the account is unlocked; else asks, and is true once it is.
    static bool ensureUnlocked(WalletSession& session, QWidget* parent, const QString& reason);
};

} // namespace sr::ui
