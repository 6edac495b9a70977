#include "onboarding/OnboardingWizard.h"

#include "onboarding/ConfirmPage.h"
#include "onboarding/FinishPage.h"
#include "onboarding/ImportKeyPage.h"
#include "onboarding/ImportKeystorePage.h"
#include "onboarding/ImportPhrasePage.h"
#include "onboarding/NetworkPage.h"
#include "onboarding/PasswordPage.h"
#include "onboarding/PhrasePage.h"
#include "onboarding/StartPage.h"
#include "onboarding/WatchPage.h"
#include "wallet/WalletSession.h"
#include "widgets/SecretText.h"

#include <QLineEdit>

namespace sr::ui {

OnboardingWizard::OnboardingWizard(WalletSession& session, SettingsModel& state, QWidget* parent)
    : QWizard(parent), session_(session), state_(state) {
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Set up your wallet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(640, 520);
    setPage(StartPageId, new StartPage(this));
    setPage(PhrasePageId, new PhrasePage(this));
    setPage(ConfirmPageId, new ConfirmPage(this));
    setPage(ImportPhrasePageId, new ImportPhrasePage(this));
    setPage(ImportKeyPageId, new ImportKeyPage(this));
    setPage(ImportKeystorePageId, new ImportKeystorePage(this));
    setPage(WatchPageId, new WatchPage(this));
    setPage(PasswordPageId, new PasswordPage(this));
    setPage(NetworkPageId, new NetworkPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(StartPageId);
}

OnboardingWizard::~OnboardingWizard() {
    // The phrase and passwords typed on its pages go with it, wiped rather than just freed
    // (the secrets in fields_ are wiped by their SecretBytes).
    for (auto* edit : findChildren<QLineEdit*>())
        wipeLineEdit(edit);
}

void OnboardingWizard::reject() {
    // Closing while the keys are being stored would leave a wallet on disk that this window
    // never loads: the page says to wait, and the wizard stays until it is done.
    if (auto* finish = qobject_cast<FinishPage*>(page(FinishPageId));
        finish && finish->isWorking()) {
        finish->sayWait();
        return;
    }
    QWizard::reject();
}

void OnboardingWizard::startWith(Mode mode) {
    fields_.mode = mode;
    switch (mode) {
    case Mode::Create:
        setStartId(PhrasePageId);
        break;
    case Mode::ImportPhrase:
        setStartId(ImportPhrasePageId);
        break;
    case Mode::ImportKey:
        setStartId(ImportKeyPageId);
        break;
    case Mode::ImportKeystore:
        setStartId(ImportKeystorePageId);
        break;
    case Mode::WatchOnly:
        setStartId(WatchPageId);
        break;
    }
    restart();
}

const wallet::Mnemonic& OnboardingWizard::newPhrase() {
    if (!phrase_)
        phrase_ = wallet::Mnemonic::generate(12);
    return *phrase_;
}

int OnboardingWizard::nextId() const {
    switch (currentId()) {
    case PhrasePageId:
        return ConfirmPageId;
    case ConfirmPageId:
    case ImportPhrasePageId:
    case ImportKeyPageId:
    case ImportKeystorePageId:
        return PasswordPageId;
    case WatchPageId: // no key, so no password
    case PasswordPageId:
        // The network is chosen once, at the first wallet; later imports keep it.
        return session_.hasAccounts() ? FinishPageId : NetworkPageId;
    case NetworkPageId:
        return FinishPageId;
    case FinishPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

} // namespace sr::ui
