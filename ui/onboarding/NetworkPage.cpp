#include "onboarding/NetworkPage.h"

#include "iexec/NetworkRegistry.h"
#include "onboarding/OnboardingWizard.h"
#include "sandbox/SandboxLauncher.h"
#include "settings/SettingsModel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace sr::ui {

NetworkPage::NetworkPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Network"));
    setSubTitle(tr("Where this wallet works. You can switch at any time from the header."));
    auto* layout = new QVBoxLayout(this);
    list_ = new QWidget(this);
    new QVBoxLayout(list_);
    layout->addWidget(list_);
    sandboxStatus_ = new QLabel(this);
    sandboxStatus_->setObjectName(QStringLiteral("sandbox-status"));
    sandboxStatus_->setWordWrap(true);
    sandboxStatus_->hide();
    layout->addWidget(sandboxStatus_);
    layout->addStretch(1);
    group_ = new QButtonGroup(this);
}

void NetworkPage::initializePage() {
    for (auto* b : group_->buttons()) {
        group_->removeButton(b);
        delete b;
    }
    qDeleteAll(list_->findChildren<QLabel*>(Qt::FindDirectChildrenOnly));
    auto* layout = static_cast<QVBoxLayout*>(list_->layout());
    auto entries = wizard_->state().networks().list();
    // A profile file given for this run (--network FILE) is where the user asked to be.
    if (const auto& file = wizard_->state().fileNetwork())
        entries.push_back(*file);
    const bool sandboxRunning = SandboxLauncher::of(wizard_->state()).isRunning();
    // The sandbox first (it is where to start when it runs), then the testnet, then mainnet.
    std::vector<NetworkEntry> ordered(entries.begin(), entries.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        auto rank = [](NetworkKind k) {
            return k == NetworkKind::Sandbox ? 0 : k == NetworkKind::Testnet ? 1 : 2;
        };
        return rank(a.profile.kind) < rank(b.profile.kind);
    });
    // Preselected: a profile file opened for this run, else the sandbox this data folder runs,
    // else the network in use unless it is mainnet, else a testnet. Never mainnet, where every
    // transaction costs real money: choosing it is the user's decision.
    const NetworkEntry current = wizard_->state().activeNetwork();
    const bool fileActive = wizard_->state().fileNetworkActive();
    auto preferred = [&](const NetworkEntry& e) {
        if (fileActive)
            return e.origin == NetworkOrigin::File;
        if (sandboxRunning)
            return e.origin == NetworkOrigin::Sandbox;
        if (current.profile.kind != NetworkKind::Mainnet)
            return e.origin != NetworkOrigin::File && e.profile.name == current.profile.name;
        return e.profile.kind == NetworkKind::Testnet;
    };
    for (const auto& e : ordered) {
        QString note;
        switch (e.profile.kind) {
        case NetworkKind::Sandbox:
            note = tr("On this computer only. Test funds from the faucet: nothing is real.");
            break;
        case NetworkKind::Testnet:
            note = tr("Testnet: free test tokens with no value, for trying things out.");
            break;
        case NetworkKind::Mainnet:
            note = tr("Mainnet: real ETH and RLC. Every transaction costs real money.");
            break;
        }
        const bool fromFile = e.origin == NetworkOrigin::File;
        const QString name = QString::fromStdString(e.profile.displayName);
        auto* radio = new QRadioButton(fromFile ? tr("%1 (from a file)").arg(name) : name, list_);
        radio->setObjectName(fromFile ? QStringLiteral("network-file")
                                      : QStringLiteral("network-") +
                                            QString::fromStdString(e.profile.name));
        radio->setProperty("networkName",
                           fromFile ? QString() : QString::fromStdString(e.profile.name));
        radio->setProperty("fromFile", fromFile);
        auto* label = new QLabel(note, list_);
        label->setProperty("muted", true);
        label->setContentsMargins(26, 0, 0, 8);
        label->setWordWrap(true);
        layout->addWidget(radio);
        layout->addWidget(label);
        group_->addButton(radio);
        if (preferred(e) && !group_->checkedButton())
            radio->setChecked(true);
    }
    if (!sandboxRunning)
        addSandboxChoice();
}

void NetworkPage::addSandboxChoice() {
    auto& launcher = SandboxLauncher::of(wizard_->state());
    if (!launcher.available())
        return;
    auto* layout = static_cast<QVBoxLayout*>(list_->layout());
    auto* radio = new QRadioButton(tr("Local sandbox (start it now)"), list_);
    radio->setObjectName(QStringLiteral("network-start-sandbox"));
    radio->setProperty("networkName",
                       QString::fromStdString(std::string(NetworkRegistry::kSandboxName)));
    radio->setProperty("startsSandbox", true);
    auto* label = new QLabel(
        tr("A complete iExec network on this computer only, to try Strongroom without money: a "
           "local chain with its contracts, storage for your files, the secret and market "
           "services, and a faucet for test ETH and RLC. Nothing is real and it works offline. "
           "Strongroom starts it now and stops it when you quit."),
        list_);
    label->setProperty("muted", true);
    label->setContentsMargins(26, 0, 0, 8);
    label->setWordWrap(true);
    // First in the list, like a running sandbox.
    layout->insertWidget(0, label);
    layout->insertWidget(0, radio);
    group_->addButton(radio);
}

bool NetworkPage::isComplete() const {
    return !startingSandbox_ && QWizardPage::isComplete();
}

bool NetworkPage::validatePage() {
    auto* chosen = group_->checkedButton();
    if (!chosen || !chosen->property("startsSandbox").toBool()) {
        keepChoice();
        return true;
    }
    auto& launcher = SandboxLauncher::of(wizard_->state());
    if (launcher.isRunning()) {
        keepChoice();
        return true;
    }
    startingSandbox_ = true;
    list_->setEnabled(false);
    sandboxStatus_->setText(tr("Starting the local sandbox… The first start sets up its "
                               "contracts and takes a few seconds."));
    sandboxStatus_->show();
    emit completeChanged();
    connect(&launcher, &SandboxLauncher::started, this, [this, &launcher] {
        launcher.disconnect(this);
        startingSandbox_ = false;
        list_->setEnabled(true);
        sandboxStatus_->hide();
        emit completeChanged();
        wizard_->next();
    });
    connect(&launcher, &SandboxLauncher::failed, this, [this, &launcher](const QString& why) {
        launcher.disconnect(this);
        sandboxFailed(why);
    });
    launcher.start();
    return false;
}

void NetworkPage::sandboxFailed(const QString& why) {
    startingSandbox_ = false;
    list_->setEnabled(true);
    sandboxStatus_->setText(
        tr("The local sandbox could not start: %1\n\nTry again, or choose another network.")
            .arg(why));
    emit completeChanged();
}

void NetworkPage::keepChoice() {
    auto* b = group_->checkedButton();
    auto& fields = wizard_->fields();
    fields.network = b ? b->property("networkName").toString() : QString();
    fields.networkIsFile = b && b->property("fromFile").toBool();
}

} // namespace sr::ui
