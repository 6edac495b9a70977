#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;

namespace sr::ui {

class OnboardingWizard;

/// The network of the first wallet (later imports keep it). Accepted, the choice goes to the
/// wizard's fields.
class NetworkPage : public QWizardPage {
    Q_OBJECT
public:
    explicit NetworkPage(OnboardingWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// With "start the local sandbox" chosen: starts it and moves on once it is ready.
    bool validatePage() override;

private:
    /// When no sandbox runs and this installation has one: the offer to start it.
    void addSandboxChoice();
    void sandboxFailed(const QString& why);
    /// Writes the checked choice to the wizard's fields.
    void keepChoice();
    OnboardingWizard* wizard_;
    QButtonGroup* group_;
    QWidget* list_;
    QLabel* sandboxStatus_;
    bool startingSandbox_ = false;
};

} // namespace sr::ui
