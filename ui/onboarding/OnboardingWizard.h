#pragma once

#include "eth/Address.h"
#include "onboarding/OnboardingFields.h"
#include "wallet/Mnemonic.h"

#include <QWizard>
#include <optional>

namespace sr::ui {

class SettingsModel;
class WalletSession;

/// First launch (and "add a wallet" later): create a wallet (a new recovery phrase shown once,
/// three of its words confirmed), or import one (a recovery phrase with word completion and
/// checksum feedback, a private key, a keystore file dropped or chosen); then the wallet
/// password (with a strength meter, typed twice) or, when a wallet exists, its password; then
/// the network. The keys are written off the GUI thread on the last page, and the new account
/// ends up current and unlocked.
///
/// Each page is a class of its own in this folder (StartPage.h, PhrasePage.h, ...). The pages
/// never reach each other: what one page takes, it writes to fields(), which the last page reads.
class OnboardingWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        StartPageId,
        PhrasePageId,
        ConfirmPageId,
        ImportPhrasePageId,
        ImportKeyPageId,
        ImportKeystorePageId,
        WatchPageId,
        PasswordPageId,
        NetworkPageId,
        FinishPageId,
    };
    using Mode = OnboardingMode;

    OnboardingWizard(WalletSession& session, SettingsModel& state, QWidget* parent = nullptr);
    ~OnboardingWizard() override;

    /// Goes straight to an import (the header's Import button).
    void startWith(Mode mode);

    WalletSession& session() { return session_; }
    SettingsModel& state() { return state_; }
    /// What the person chose so far, filled by the pages as they are accepted.
    OnboardingFields& fields() { return fields_; }
    const OnboardingFields& fields() const { return fields_; }
    /// The phrase of a wallet being created (made on first use, kept while the wizard lives).
    const wallet::Mnemonic& newPhrase();
    /// The account the last page created, once done.
    std::optional<eth::Address> createdAccount() const { return created_; }
    void setCreatedAccount(const eth::Address& a) { created_ = a; }

    int nextId() const override;

public slots:
    /// Escape, Cancel and the close button: refused while the keys are being stored.
    void reject() override;

private:
    WalletSession& session_;
    SettingsModel& state_;
    OnboardingFields fields_;
    std::optional<wallet::Mnemonic> phrase_;
    std::optional<eth::Address> created_;
};

} // namespace sr::ui
