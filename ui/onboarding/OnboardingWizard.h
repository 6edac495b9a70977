#pragma once

#include "eth/Address.h"
#include "wallet/Mnemonic.h"

#include <QWizard>
#include <memory>
#include <optional>

class QCheckBox;
class QCommandLinkButton;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QButtonGroup;

namespace sr::wallet {
class UnlockedAccount;
}

namespace sr::ui {

class SettingsModel;
class WalletSession;

/// First launch (and "add a wallet" later): create a wallet (a new recovery phrase shown once,
/// three of its words confirmed), or import one (a recovery phrase with word completion and
/// checksum feedback, a private key, a keystore file dropped or chosen); then the wallet
/// password (with a strength meter, typed twice) or, when a wallet exists, its password; then
/// the network. The keys are written off the GUI thread on the last page, and the new account
/// ends up current and unlocked.
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
    enum class Mode { Create, ImportPhrase, ImportKey, ImportKeystore, WatchOnly };

    OnboardingWizard(WalletSession& session, SettingsModel& state, QWidget* parent = nullptr);
    ~OnboardingWizard() override;

    Mode mode() const { return mode_; }
    void setMode(Mode mode) { mode_ = mode; }
    /// Goes straight to an import (the header's Import button).
    void startWith(Mode mode);

    WalletSession& session() { return session_; }
    SettingsModel& state() { return state_; }
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
    Mode mode_ = Mode::Create;
    std::optional<wallet::Mnemonic> phrase_;
    std::optional<eth::Address> created_;
};

// The pages, public for the tests that drive them.

class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(OnboardingWizard* wizard);
    int nextId() const override;

private:
    void choose(OnboardingWizard::Mode mode);
    OnboardingWizard* wizard_;
    QCommandLinkButton* create_;
    QCommandLinkButton* importPhrase_;
    QCommandLinkButton* importKey_;
    QCommandLinkButton* importKeystore_;
    QCommandLinkButton* watch_;
};

class PhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit PhrasePage(OnboardingWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    /// The words as shown once revealed (tests read them as a user would).
    QStringList shownWords() const;

private:
    void setRevealed(bool revealed);
    OnboardingWizard* wizard_;
    QGridLayout* grid_;
    QList<QLabel*> words_;
    QPushButton* reveal_;
    QCheckBox* written_;
    bool revealed_ = false;
};

class ConfirmPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConfirmPage(OnboardingWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The 1-based positions asked for.
    QList<int> positions() const { return positions_; }

private:
    OnboardingWizard* wizard_;
    QList<int> positions_;
    QList<QLabel*> labels_;
    QList<QLineEdit*> fields_;
    QLabel* feedback_;
};

class ImportPhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPhrasePage(OnboardingWizard* wizard);
    bool isComplete() const override;
    void cleanupPage() override;
    crypto::SecretBytes phrase() const;
    std::uint32_t accountIndex() const;

private:
    void check();
    QLineEdit* phrase_;
    QSpinBox* index_;
    QLabel* feedback_;
    bool valid_ = false;
};

class ImportKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportKeyPage(OnboardingWizard* wizard);
    bool isComplete() const override;
    void cleanupPage() override;
    QString keyText() const;

private:
    void check();
    QLineEdit* key_;
    QLabel* feedback_;
    bool valid_ = false;
};

class ImportKeystorePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportKeystorePage(OnboardingWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    /// Loads a keystore file (the file dialog and drops come here). False, with the reason
    /// shown, if it is not a keystore.
    bool loadFile(const QString& path);
    const std::string& keystoreJson() const { return json_; }
    QString filePassword() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    OnboardingWizard* wizard_;
    QLabel* dropZone_;
    QPushButton* choose_;
    QLineEdit* password_;
    QLabel* feedback_;
    std::string json_;
    bool verified_ = false;
    bool checking_ = false;
};

/// An address to follow without its key: browse, never sign.
class WatchPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WatchPage(OnboardingWizard* wizard);
    bool isComplete() const override;
    std::optional<eth::Address> address() const { return address_; }
    QString label() const;

private:
    void check();
    QLineEdit* addressEdit_;
    QLineEdit* label_;
    QLabel* feedback_;
    std::optional<eth::Address> address_;
};

class PasswordPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PasswordPage(OnboardingWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString password() const;
    /// True when the wallet exists and its password is asked (not a new one).
    bool asksExisting() const { return existing_; }

private:
    void check();
    void paintMeter();
    OnboardingWizard* wizard_;
    QLabel* intro_;
    QLineEdit* password_;
    QLineEdit* repeat_;
    QLabel* repeatLabel_;
    QProgressBar* meter_ = nullptr;
    QLabel* hint_;
    bool existing_ = false;
};

class NetworkPage : public QWizardPage {
    Q_OBJECT
public:
    explicit NetworkPage(OnboardingWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// With "start the local sandbox" chosen: starts it and moves on once it is ready.
    bool validatePage() override;
    /// The profile name chosen; empty for the profile file opened for this run.
    QString chosenNetwork() const;
    /// True when the choice is the profile file opened for this run (--network FILE).
    bool chosenIsFile() const;

private:
    /// When no sandbox runs and this installation has one: the offer to start it.
    void addSandboxChoice();
    void sandboxFailed(const QString& why);
    OnboardingWizard* wizard_;
    QButtonGroup* group_;
    QWidget* list_;
    QLabel* sandboxStatus_;
    bool startingSandbox_ = false;
};

class FinishPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FinishPage(OnboardingWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool isWorking() const { return working_; }
    QString errorText() const;
    /// Says that closing waits for the keys to be stored.
    void sayWait();

private:
    void start();
    /// Keeps Back disabled (the previous page committed) while storing and once stored.
    void holdBack(bool hold);
    void finishWatching(int generation);
    void fail(const QString& why);
    /// Makes `address` the current account (and the chosen network active), keeps `signer`
    /// (its key, unlocked) if any, says `message`: once the accounts are listed again.
    void ready(const eth::Address& address, const QString& message,
               std::shared_ptr<const wallet::UnlockedAccount> signer = nullptr);
    OnboardingWizard* wizard_;
    QProgressBar* busy_;
    QLabel* status_;
    QLabel* icon_;
    bool working_ = false;
    bool done_ = false;
    int generation_ = 0;
};

} // namespace sr::ui
