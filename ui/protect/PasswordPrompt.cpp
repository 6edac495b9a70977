#include "protect/PasswordPrompt.h"

#include "Async.h"
#include "crypto/SecretBytes.h"
#include "util/Error.h"
#include "wallet/AccountStore.h"
#include "wallet/WalletSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

PasswordPrompt::PasswordPrompt(WalletSession& wallet, const eth::Address& owner,
                               const QString& reason, QWidget* parent)
    : QDialog(parent), wallet_(wallet), owner_(owner) {
    setObjectName(QStringLiteral("protectPasswordDialog"));
    setWindowTitle(tr("Wallet password"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(reason, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("protectPassword"));
    password_->setEchoMode(QLineEdit::Password);
    layout->addWidget(password_);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("protectPasswordError"));
    error_->setStyleSheet(QStringLiteral("color: #C62828;"));
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    ok_ = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    ok_->setObjectName(QStringLiteral("protectPasswordOk"));
    ok_->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok_, &QPushButton::clicked, this, &PasswordPrompt::check);
    connect(password_, &QLineEdit::returnPressed, this, &PasswordPrompt::check);
    setMinimumWidth(420);
}

void PasswordPrompt::check() {
    if (password_->text().isEmpty() || !ok_->isEnabled())
        return;
    ok_->setEnabled(false);
    password_->setEnabled(false);
    error_->setText(tr("Checking…"));
    const QByteArray utf8 = password_->text().toUtf8();
    auto password = std::make_shared<const crypto::SecretBytes>(
        asBytes(std::string_view(utf8.constData(), std::size_t(utf8.size()))));
    auto store = wallet_.store();
    const eth::Address owner = owner_;
    runAsync(
        this,
        [store, owner, password] {
            return std::make_shared<const wallet::Signer>(store->unlock(
                owner, std::string_view(reinterpret_cast<const char*>(password->data()),
                                        password->size())));
        },
        [this, password](AsyncResult<std::shared_ptr<const wallet::Signer>> result) {
            ok_->setEnabled(true);
            password_->setEnabled(true);
            if (!result.ok()) {
                error_->setText(result.error->code() == ErrorCode::WrongPassword
                                    ? tr("This password does not unlock the account.")
                                    : QString::fromStdString(result.error->what()));
                password_->selectAll();
                password_->setFocus();
                return;
            }
            credentials_ = ProtectCredentials{*result.value, password};
            password_->clear();
            accept();
        },
        wallet_.pool());
}

std::optional<ProtectCredentials> PasswordPrompt::ask(WalletSession& wallet,
                                                      const eth::Address& owner,
                                                      const QString& reason, QWidget* parent) {
    PasswordPrompt prompt(wallet, owner, reason, parent);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.credentials();
}

} // namespace sr::ui
