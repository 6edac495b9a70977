#pragma once

#include "onboarding/OnboardingFields.h"

#include <QWizardPage>

class QCommandLinkButton;

namespace sr::ui {

class OnboardingWizard;

/// The wizard's first page: create a wallet, import one (phrase, key, keystore), or watch an
/// address.
class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(OnboardingWizard* wizard);
    int nextId() const override;

private:
    void choose(OnboardingMode mode);
    OnboardingWizard* wizard_;
    QCommandLinkButton* create_;
    QCommandLinkButton* importPhrase_;
    QCommandLinkButton* importKey_;
    QCommandLinkButton* importKeystore_;
    QCommandLinkButton* watch_;
};

} // namespace sr::ui
