#include "wallet/UnlockDialog.h"

#include "crypto/SecretBytes.h"
#include "wallet/WalletSession.h"

#include <QMessageBox>
#include <QPointer>

namespace sr::ui {
namespace {

PasswordDialog::Texts unlockTexts(WalletSession& session, const QString& reason) {
    QString name;
    if (const auto account = session.current())
        name = account->label.empty() ? QString::fromStdString(account->address.toChecksumHex())
                                      : QString::fromStdString(account->label);
    return {UnlockDialog::tr("Unlock your wallet"),
            reason.isEmpty()
                ? UnlockDialog::tr("Type the password of your wallet to unlock %1.").arg(name)
                : UnlockDialog::tr("Type the password of your wallet to unlock %1 %2.")
                      .arg(name, reason),
            UnlockDialog::tr("Unlock")};
}

PasswordDialog::Check unlockCheck(WalletSession& session) {
    auto store = session.store();
    const auto account = session.current();
    const eth::Address address = account ? account->address : eth::Address();
    return [store, address](const crypto::SecretBytes& password) {
        return std::any(std::make_shared<const wallet::UnlockedAccount>(
            store->unlock(address, password.text())));
    };
}

} // namespace

UnlockDialog::UnlockDialog(WalletSession& session, const QString& reason, QWidget* parent)
    : PasswordDialog(unlockTexts(session, reason), unlockCheck(session), session.pool(), parent) {
    setObjectName(QStringLiteral("unlockDialog"));
    if (const auto account = session.current())
        showAccount(*account);
}

bool UnlockDialog::ensureUnlocked(WalletSession& session, QWidget* parent, const QString& reason) {
    if (session.isUnlocked())
        return true;
    if (!session.current())
        return false;
    if (!session.canSign()) {
        QMessageBox::information(parent, tr("Watch-only account"),
                                 tr("This is a watch-only account: Strongroom has its address, "
                                    "not its key, so it cannot sign. Switch to an account of "
                                    "your wallet to do this."));
        return false;
    }
    // On the heap and watched: `parent` may go away during exec(), taking the dialog with it.
    QPointer<UnlockDialog> dialog = new UnlockDialog(session, reason, parent);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return false;
    std::shared_ptr<const wallet::UnlockedAccount> signer;
    if (accepted)
        signer = std::any_cast<std::shared_ptr<const wallet::UnlockedAccount>>(dialog->result());
    delete dialog.data();
    if (!signer)
        return false;
    // The account may have changed while the dialog was open: adoptSigner keeps only the key
    // of the current account.
    session.adoptSigner(signer);
    return session.isUnlocked();
}

} // namespace sr::ui
