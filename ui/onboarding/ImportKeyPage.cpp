#include "onboarding/ImportKeyPage.h"

#include "crypto/Secp256k1.h"
#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "onboarding/OnboardingWizard.h"
#include "onboarding/WizardSupport.h"
#include "widgets/SecretText.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <optional>

namespace sr::ui {
namespace {

// A private key typed as 64 hex digits, with or without 0x; nothing if it is not one.
std::optional<crypto::SecretBytes> parseKey(QString text) {
    text = text.trimmed();
    if (text.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive))
        text = text.mid(2);
    if (text.size() != 64)
        return std::nullopt;
    crypto::SecretBytes key(32);
    for (int i = 0; i < 32; ++i) {
        bool ok = false;
        const uint value = QStringView(text).mid(i * 2, 2).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        key.data()[i] = std::uint8_t(value);
    }
    if (!crypto::isValidPrivateKey(key.view()))
        return std::nullopt;
    return key;
}

} // namespace

ImportKeyPage::ImportKeyPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Import a private key"));
    setSubTitle(tr("Paste the account's private key: 64 hexadecimal digits, with or without "
                   "0x."));
    auto* layout = new QVBoxLayout(this);
    key_ = new QLineEdit(this);
    key_->setObjectName(QStringLiteral("importKeyEdit"));
    key_->setEchoMode(QLineEdit::Password);
    key_->setPlaceholderText(QStringLiteral("0x…"));
    layout->addWidget(key_);
    feedback_ = feedbackLabel(this, "importKeyFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(key_, &QLineEdit::textChanged, this, &ImportKeyPage::check);
}

void ImportKeyPage::check() {
    const bool was = valid_;
    const auto key = parseKey(key_->text());
    valid_ = key.has_value();
    if (key_->text().trimmed().isEmpty())
        feedback_->clear();
    else if (key)
        setFeedback(feedback_,
                    tr("This key opens the account %1.")
                        .arg(QString::fromStdString(
                            eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(*key))
                                .toChecksumHex())),
                    true);
    else
        setFeedback(feedback_,
                    tr("This is not a private key: it must be 64 hexadecimal digits (0-9, a-f) "
                       "and a valid secp256k1 key."),
                    false);
    if (was != valid_)
        emit completeChanged();
}

bool ImportKeyPage::isComplete() const {
    return valid_;
}

bool ImportKeyPage::validatePage() {
    auto key = parseKey(key_->text());
    if (!key)
        return false;
    wizard_->fields().key = std::move(*key);
    return true;
}

void ImportKeyPage::cleanupPage() {
    wipeLineEdit(key_);
    wizard_->fields().key = {};
}

} // namespace sr::ui
