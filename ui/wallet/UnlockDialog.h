#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::ui {

class WalletSession;

/// Asks for the wallet password to unlock the current account, saying why ("to send 1 RLC").
/// The password is checked off the GUI thread; a wrong one is said in the dialog.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    UnlockDialog(WalletSession& session, const QString& reason, QWidget* parent = nullptr);

    /// True at once if the account is unlocked; else asks, and is true once it is.
    static bool ensureUnlocked(WalletSession& session, QWidget* parent, const QString& reason);

private:
    void tryUnlock();
    WalletSession& session_;
    QLineEdit* password_;
    QLabel* error_;
    QPushButton* unlock_;
};

} // namespace sr::ui
