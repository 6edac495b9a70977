#pragma once

#include "eth/Address.h"

#include <QWizardPage>
#include <memory>

class QLabel;
class QProgressBar;

namespace sr::wallet {
class UnlockedAccount;
}

namespace sr::ui {

class OnboardingWizard;

/// The last page: stores what the wizard's fields hold (the keys, off the GUI thread, or the
/// watched address), then makes the new account current and unlocked.
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
