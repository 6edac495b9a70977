#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace sr::ui {

class OnboardingWizard;

/// A recovery phrase typed with word completion and checksum feedback, and the account number
/// to take from it. Accepted, it goes to the wizard's fields: the phrase and the number.
class ImportPhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPhrasePage(OnboardingWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void check();
    OnboardingWizard* wizard_;
    QLineEdit* phrase_;
    QSpinBox* index_;
    QLabel* feedback_;
    bool valid_ = false;
};

} // namespace sr::ui
