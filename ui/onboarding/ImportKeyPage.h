#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace sr::ui {

class OnboardingWizard;

/// A private key pasted as hex, checked as it is typed. Accepted, its 32 bytes go to the
/// wizard's fields.
class ImportKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportKeyPage(OnboardingWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void check();
    OnboardingWizard* wizard_;
    QLineEdit* key_;
    QLabel* feedback_;
    bool valid_ = false;
};

} // namespace sr::ui
