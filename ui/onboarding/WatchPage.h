#pragma once

#include "eth/Address.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QLineEdit;

namespace sr::ui {

class OnboardingWizard;

/// An address to follow without its key: browse, never sign. Accepted, the address and its
/// label go to the wizard's fields.
class WatchPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WatchPage(OnboardingWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void check();
    OnboardingWizard* wizard_;
    QLineEdit* addressEdit_;
    QLineEdit* label_;
    QLabel* feedback_;
    std::optional<eth::Address> address_;
};

} // namespace sr::ui
