#include "onboarding/StartPage.h"

#include "onboarding/OnboardingWizard.h"

#include <QCommandLinkButton>
#include <QVBoxLayout>

namespace sr::ui {

StartPage::StartPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Welcome to Strongroom"));
    setSubTitle(tr("Your wallet signs everything you do on the network. Create a new one, or "
                   "bring the one you already have."));
    auto* layout = new QVBoxLayout(this);
    create_ = new QCommandLinkButton(
        tr("Create a new wallet"), tr("A new recovery phrase of 12 words, made on this computer."),
        this);
    create_->setObjectName(QStringLiteral("createButton"));
    importPhrase_ = new QCommandLinkButton(
        tr("Import a recovery phrase"),
        tr("The 12 or 24 words of a wallet you already have (MetaMask, Ledger backup...)."), this);
    importPhrase_->setObjectName(QStringLiteral("importPhraseButton"));
    importKey_ = new QCommandLinkButton(tr("Import a private key"),
                                        tr("64 hexadecimal digits, for a single account."), this);
    importKey_->setObjectName(QStringLiteral("importKeyButton"));
    importKeystore_ = new QCommandLinkButton(
        tr("Import a keystore file"),
        tr("A JSON keystore (geth, MetaMask, the iExec SDK) and its password."), this);
    importKeystore_->setObjectName(QStringLiteral("importKeystoreButton"));
    watch_ = new QCommandLinkButton(
        tr("Watch an address"),
        tr("Follow an account without its key (a cold wallet): browse it, never sign."), this);
    watch_->setObjectName(QStringLiteral("watchButton"));
    for (auto* b : {create_, importPhrase_, importKey_, importKeystore_, watch_})
        layout->addWidget(b);
    layout->addStretch(1);
    connect(create_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingMode::Create); });
    connect(importPhrase_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingMode::ImportPhrase); });
    connect(importKey_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingMode::ImportKey); });
    connect(importKeystore_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingMode::ImportKeystore); });
    connect(watch_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingMode::WatchOnly); });
}

void StartPage::choose(OnboardingMode mode) {
    wizard_->fields().mode = mode;
    wizard_->next();
}

int StartPage::nextId() const {
    switch (wizard_->fields().mode) {
    case OnboardingMode::Create:
        return OnboardingWizard::PhrasePageId;
    case OnboardingMode::ImportPhrase:
        return OnboardingWizard::ImportPhrasePageId;
    case OnboardingMode::ImportKey:
        return OnboardingWizard::ImportKeyPageId;
    case OnboardingMode::ImportKeystore:
        return OnboardingWizard::ImportKeystorePageId;
    case OnboardingMode::WatchOnly:
        return OnboardingWizard::WatchPageId;
    }
    return -1;
}

} // namespace sr::ui
