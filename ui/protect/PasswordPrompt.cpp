#include "protect/PasswordPrompt.h"

#include "crypto/SecretBytes.h"
#include "session/Accounts.h"
#include "wallet/PasswordDialog.h"
#include "wallet/WalletSession.h"

#include <QCoreApplication>

namespace sr::ui {

std::optional<ProtectCredentials> askProtectCredentials(WalletSession& wallet,
                                                        const eth::Address& owner,
                                                        const QString& reason, QWidget* parent) {
    auto store = wallet.store();
    std::function<ProtectCredentials(const crypto::SecretBytes&)> check =
        [store, owner](const crypto::SecretBytes& password) {
            auto signer = std::make_shared<const wallet::UnlockedAccount>(
                store->unlock(owner, password.text()));
            return ProtectCredentials{
                std::move(signer), std::make_shared<const crypto::SecretBytes>(password.clone())};
        };
    return PasswordDialog::ask(
        parent, wallet.pool(),
        {QCoreApplication::translate("sr::ui::PasswordPrompt", "Wallet password"), reason,
         QCoreApplication::translate("sr::ui::PasswordPrompt", "Continue")},
        std::move(check));
}

} // namespace sr::ui
