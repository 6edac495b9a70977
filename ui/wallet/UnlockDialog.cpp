#include "wallet/UnlockDialog.h"

#include "wallet/WalletSession.h"
#include "widgets/Identicon.h"
#include "widgets/SecretText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

UnlockDialog::UnlockDialog(WalletSession& session, const QString& reason, QWidget* parent)
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock your wallet"));
    auto* layout = new QVBoxLayout(this);
    const auto account = session.current();
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    if (account) {
        icon->setPixmap(identicon(account->address, 40, devicePixelRatioF()));
        const QString name = account->label.empty()
                                 ? QString::fromStdString(account->address.toChecksumHex())
                                 : QString::fromStdString(account->label);
        text->setText(
            reason.isEmpty()
                ? tr("Type the password of your wallet to unlock %1.").arg(name)
                : tr("Type the password of your wallet to unlock %1 %2.").arg(name, reason));
    }
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    layout->addLayout(row);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("unlockPassword"));
    password_->setEchoMode(QLineEdit::Password);
    layout->addWidget(password_);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("unlockError"));
    error_->setStyleSheet(QStringLiteral("color: #C62828;"));
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    unlock_ = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock_->setObjectName(QStringLiteral("unlockButton"));
    unlock_->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(unlock_, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(password_, &QLineEdit::returnPressed, this, &UnlockDialog::tryUnlock);
    setMinimumWidth(420);
}

void UnlockDialog::tryUnlock() {
    if (password_->text().isEmpty() || !unlock_->isEnabled())
        return;
    unlock_->setEnabled(false);
    password_->setEnabled(false);
    error_->setText(tr("Checking…"));
    session_.unlock(password_->text(), [this](const QString& error) {
        unlock_->setEnabled(true);
        password_->setEnabled(true);
        if (error.isEmpty()) {
            accept();
            return;
        }
        error_->setText(error);
        password_->setFocus();
    });
    // The session copied it into memory it wipes when done: the field's copy goes now, right
    // or wrong (a wrong attempt is retyped).
    wipeLineEdit(password_);
}

bool UnlockDialog::ensureUnlocked(WalletSession& session, QWidget* parent, const QString& reason) {
    if (session.isUnlocked())
        return true;
    if (!session.canSign()) {
        QMessageBox::information(parent, tr("Watch-only account"),
                                 tr("This is a watch-only account: Strongroom has its address, "
                                    "not its key, so it cannot sign. Switch to an account of "
                                    "your wallet to do this."));
        return false;
    }
    UnlockDialog dialog(session, reason, parent);
    return dialog.exec() == QDialog::Accepted && session.isUnlocked();
}

} // namespace sr::ui
