#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace sr::ui {

class OnboardingWizard;

/// Three words of the new phrase, typed back from the paper copy.
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

} // namespace sr::ui
