#include "onboarding/FinishPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "crypto/SecretBytes.h"
#include "onboarding/OnboardingWizard.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/WalletSession.h"
#include "widgets/Identicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <string>

namespace sr::ui {

FinishPage::FinishPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Setting up your wallet"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    icon_ = new QLabel(this);
    icon_->setFixedSize(48, 48);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("finishStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(icon_, 0, Qt::AlignTop);
    row->addWidget(status_, 1);
    layout->addLayout(row);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setMaximumHeight(10);
    busy_->setTextVisible(false);
    layout->addWidget(busy_);
    layout->addStretch(1);
    setFinalPage(true);
}

void FinishPage::initializePage() {
    start();
}

void FinishPage::start() {
    if (done_)
        return; // created once: never stored twice
    working_ = true;
    icon_->clear();
    setTitle(tr("Setting up your wallet"));
    holdBack(true);
    busy_->show();
    status_->setText(tr("Encrypting your keys with your password. This takes a few seconds…"));
    setProperty("error", QString());
    emit completeChanged();

    const int generation = ++generation_;
    const auto& fields = wizard_->fields();
    const auto mode = fields.mode;
    if (mode == OnboardingWizard::Mode::WatchOnly) {
        finishWatching(generation);
        return;
    }
    auto store = wizard_->session().store();
    // The job takes its own copy of each secret the pages accepted, in memory that is wiped
    // when the last holder lets go, however the job ends. The fields keep theirs for another
    // try after a failure, until the keys are stored.
    using Secret = std::shared_ptr<const crypto::SecretBytes>;
    const Secret password = std::make_shared<const crypto::SecretBytes>(fields.password.clone());
    Secret phrase = std::make_shared<const crypto::SecretBytes>();
    std::uint32_t index = 0;
    auto key = std::make_shared<crypto::SecretBytes>();
    auto keystoreJson = std::make_shared<std::string>();
    Secret filePassword = std::make_shared<const crypto::SecretBytes>();
    switch (mode) {
    case OnboardingWizard::Mode::Create:
        phrase =
            std::make_shared<const crypto::SecretBytes>(asBytes(wizard_->newPhrase().phrase()));
        break;
    case OnboardingWizard::Mode::ImportPhrase:
        phrase = std::make_shared<const crypto::SecretBytes>(fields.phrase.clone());
        index = fields.accountIndex;
        break;
    case OnboardingWizard::Mode::ImportKey:
        *key = fields.key.clone();
        break;
    case OnboardingWizard::Mode::ImportKeystore:
        *keystoreJson = fields.keystoreJson;
        filePassword = std::make_shared<const crypto::SecretBytes>(fields.keystorePassword.clone());
        break;
    case OnboardingWizard::Mode::WatchOnly:
        break; // handled above: nothing secret
    }
    runAsync(
        this,
        [=] {
            // The store hands the new account's key back: no second KDF run to unlock it.
            std::optional<wallet::UnlockedAccount> unlocked;
            switch (mode) {
            case OnboardingWizard::Mode::Create:
            case OnboardingWizard::Mode::ImportPhrase:
                (void)store->importMnemonic(phrase->text(), index, password->text(), {}, &unlocked);
                break;
            case OnboardingWizard::Mode::ImportKey:
                (void)store->importPrivateKey(*key, password->text(), {}, &unlocked);
                break;
            case OnboardingWizard::Mode::ImportKeystore:
                (void)store->importKeystore(*keystoreJson, filePassword->text(), password->text(),
                                            {}, &unlocked);
                break;
            case OnboardingWizard::Mode::WatchOnly:
                throw Error(ErrorCode::Internal, "a watched address has no key to store");
            }
            return std::make_shared<wallet::UnlockedAccount>(std::move(*unlocked));
        },
        [this, generation](AsyncResult<std::shared_ptr<wallet::UnlockedAccount>> result) {
            if (generation != generation_)
                return;
            if (!result.ok()) {
                fail(ui::errorText(*result.error));
                return;
            }
            // Stored, and never stored twice: the wizard needs the secrets no more.
            wizard_->fields().forgetSecrets();
            const eth::Address address = (*result.value)->address();
            ready(address,
                  tr("Account %1 is ready and unlocked.")
                      .arg(QString::fromStdString(address.toChecksumHex())),
                  *result.value);
        },
        wizard_->session().pool());
}

void FinishPage::finishWatching(int generation) {
    const auto& fields = wizard_->fields();
    if (!fields.watchAddress) { // the watch page lets no one past without an address
        fail(ui::errorText(Error(ErrorCode::Internal, "no address to watch")));
        return;
    }
    const eth::Address address = *fields.watchAddress;
    const std::string label = fields.watchLabel.toStdString();
    auto accounts = wizard_->session().store();
    runAsync(
        this, [accounts, address, label] { return accounts->watch(address, label); },
        [this, generation](AsyncResult<wallet::AccountInfo> result) {
            if (generation != generation_)
                return;
            if (!result.ok()) {
                fail(ui::errorText(*result.error));
                return;
            }
            ready(result.value->address,
                  tr("%1 is watched: browse it from the Wallet page.")
                      .arg(QString::fromStdString(result.value->address.toChecksumHex())));
        });
}

void FinishPage::holdBack(bool hold) {
    // While the keys are stored and once they are, Back would lead to storing them twice: the
    // page before this one counts as committed (QWizard then disables Back). After a failure,
    // Back leads to what needs correcting.
    // While this page initialises, QWizard has not added it to the history yet.
    QList<int> visited = wizard_->visitedIds();
    while (!visited.isEmpty() && visited.last() == OnboardingWizard::FinishPageId)
        visited.removeLast();
    if (!visited.isEmpty())
        if (auto* previous = wizard_->page(visited.last()))
            previous->setCommitPage(hold);
}

void FinishPage::fail(const QString& why) {
    working_ = false;
    holdBack(false);
    busy_->hide();
    setProperty("error", why);
    status_->setText(tr("The wallet could not be set up: %1\n\nGo back to correct it.").arg(why));
    emit completeChanged();
}

void FinishPage::ready(const eth::Address& address, const QString& message,
                       std::shared_ptr<const wallet::UnlockedAccount> signer) {
    const auto& fields = wizard_->fields();
    if (!wizard_->session().hasAccounts()) {
        if (fields.networkIsFile)
            wizard_->state().useFileNetwork();
        else if (!fields.network.isEmpty())
            wizard_->state().setActiveNetwork(fields.network);
    }
    // Still busy while the new account is listed (off the GUI thread).
    wizard_->session().reload(Completion<>(this, [this, address, message, signer] {
        working_ = false;
        busy_->hide();
        wizard_->session().setCurrent(address);
        if (signer)
            wizard_->session().adoptSigner(signer);
        wizard_->setCreatedAccount(address);
        icon_->setPixmap(identicon(address, 48, devicePixelRatioF()));
        setTitle(tr("Your wallet is ready"));
        status_->setText(message);
        done_ = true;
        emit completeChanged();
    }));
}

void FinishPage::sayWait() {
    status_->setText(tr("Your keys are being stored: please wait a few seconds. You can close "
                        "this window once your wallet is ready."));
}

bool FinishPage::isComplete() const {
    return done_;
}

QString FinishPage::errorText() const {
    return property("error").toString();
}

} // namespace sr::ui
