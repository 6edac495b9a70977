#include "wallet/PasswordDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "crypto/SecretBytes.h"
#include "util/Error.h"
#include "wallet/AccountTypes.h"
#include "widgets/Identicon.h"
#include "widgets/SecretText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

/// The field's text in wiped memory; the field's own buffer is wiped and emptied at once.
std::shared_ptr<const crypto::SecretBytes> takePassword(QLineEdit* field) {
    auto secret = std::make_shared<const crypto::SecretBytes>(secretUtf8(field->text()));
    wipeLineEdit(field);
    return secret;
}

} // namespace

PasswordDialog::PasswordDialog(const Texts& texts, Check check, QThreadPool* pool, QWidget* parent)
    : QDialog(parent), check_(std::move(check)), pool_(pool) {
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(texts.title);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    icon_ = new QLabel(this);
    icon_->hide();
    text_ = new QLabel(texts.text, this);
    text_->setObjectName(QStringLiteral("passwordText"));
    text_->setWordWrap(true);
    row->addWidget(icon_, 0, Qt::AlignTop);
    row->addWidget(text_, 1);
    layout->addLayout(row);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("passwordField"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setAccessibleName(tr("Wallet password"));
    layout->addWidget(password_);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("passwordStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(this);
    cancel_ = buttons->addButton(QDialogButtonBox::Cancel);
    cancel_->setObjectName(QStringLiteral("passwordCancel"));
    confirm_ = buttons->addButton(texts.confirm, QDialogButtonBox::AcceptRole);
    confirm_->setObjectName(QStringLiteral("passwordConfirm"));
    confirm_->setProperty("primary", true);
    // Return means confirm, wherever the focus is: no button other than the confirm one may
    // become the default by taking the focus.
    cancel_->setAutoDefault(false);
    confirm_->setAutoDefault(false);
    confirm_->setDefault(true);
    layout->addWidget(buttons);
    connect(cancel_, &QPushButton::clicked, this, &PasswordDialog::reject);
    connect(confirm_, &QPushButton::clicked, this, &PasswordDialog::confirm);
    connect(password_, &QLineEdit::textEdited, status_, [this] {
        if (!checking_)
            status_->clear();
    });
    setMinimumWidth(420);
    password_->setFocus();
}

void PasswordDialog::showAccount(const wallet::AccountInfo& account) {
    icon_->setPixmap(identicon(account.address, 40, devicePixelRatioF()));
    icon_->show();
}

void PasswordDialog::setChecking(bool checking) {
    checking_ = checking;
    password_->setReadOnly(checking);
    confirm_->setEnabled(!checking);
    cancel_->setEnabled(!checking || cancellableWhileChecking_);
    setTone(status_, Tone::Neutral);
    status_->setText(checking ? tr("Checking the password…") : QString());
}

void PasswordDialog::confirm() {
    if (checking_ || password_->text().isEmpty())
        return;
    auto password = takePassword(password_);
    setChecking(true);
    auto check = check_;
    runAsync(
        this, [check, password] { return check(*password); },
        [this](AsyncResult<std::any> outcome) {
            setChecking(false);
            if (outcome.ok()) {
                result_ = std::move(*outcome.value);
                accept();
                return;
            }
            setTone(status_, Tone::Error);
            status_->setText(outcome.error->code() == ErrorCode::WrongPassword
                                 ? tr("This password does not unlock the account.")
                                 : errorText(*outcome.error));
            password_->setFocus();
        },
        pool_);
}

void PasswordDialog::reject() {
    if (checking_ && !cancellableWhileChecking_)
        return; // the check changes something: it ends first, then the dialog closes
    QDialog::reject();
}

} // namespace sr::ui
