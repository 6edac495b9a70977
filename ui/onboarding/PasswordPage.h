#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace sr::ui {

class OnboardingWizard;

/// The wallet password: a new one (with a strength meter, typed twice), or the existing
/// wallet's. Accepted, it goes to the wizard's fields.
class PasswordPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PasswordPage(OnboardingWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
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

} // namespace sr::ui
