#pragma once

#include "eth/Address.h"
#include "protect/ProtectService.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::ui {

class WalletSession;

/// Asks the wallet password of `owner` and checks it (the keystore is opened off the GUI
/// thread). Protecting needs the password itself, not only an unlocked account: it seals the
/// dataset key until the Secret Management Service holds it.
class PasswordPrompt : public QDialog {
    Q_OBJECT
public:
    PasswordPrompt(WalletSession& wallet, const eth::Address& owner, const QString& reason,
                   QWidget* parent = nullptr);

    /// Modal: the credentials once a right password was typed; nothing if the user gave up.
    static std::optional<ProtectCredentials> ask(WalletSession& wallet, const eth::Address& owner,
                                                 const QString& reason, QWidget* parent);

    const std::optional<ProtectCredentials>& credentials() const { return credentials_; }

private:
    void check();

    WalletSession& wallet_;
    eth::Address owner_;
    std::optional<ProtectCredentials> credentials_;
    QLineEdit* password_;
    QLabel* error_;
    QPushButton* ok_;
};

} // namespace sr::ui
