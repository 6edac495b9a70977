#include "OverviewPage.h"

#include "AppState.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sr::ui {

OverviewPage::OverviewPage(AppState& state, QWidget* parent) : Page(parent), state_(state) {
    networkCard_ = new Card(this);
    networkCard_->setObjectName(QStringLiteral("networkCard"));
    networkForm_ = new QFormLayout;
    networkForm_->setHorizontalSpacing(24);
    networkName_ = new QLabel(networkCard_);
    networkName_->setObjectName(QStringLiteral("overviewNetworkName"));
    chainId_ = new QLabel(networkCard_);
    rpcUrl_ = new QLabel(networkCard_);
    rpcUrl_->setProperty("mono", true);
    rpcUrl_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hub_ = new AddressLabel(networkCard_);
    hub_->setObjectName(QStringLiteral("overviewHub"));
    dataProtector_ = new AddressLabel(networkCard_);
    dataProtector_->setObjectName(QStringLiteral("overviewDataProtector"));
    const QList<QWidget*> fields = {networkName_, chainId_, rpcUrl_, hub_, dataProtector_};
    for (QWidget* field : fields) {
        auto* label = new QLabel(networkCard_);
        label->setProperty("muted", true);
        networkLabels_.append(label);
        networkForm_->addRow(label, field);
    }
    networkCard_->body()->addLayout(networkForm_);

    walletCard_ = new Card(this);
    walletCard_->setObjectName(QStringLiteral("walletCard"));
    walletText_ = new QLabel(walletCard_);
    walletText_->setWordWrap(true);
    walletText_->setProperty("muted", true);
    walletCard_->body()->addWidget(walletText_);

    storageCard_ = new Card(this);
    storageCard_->setObjectName(QStringLiteral("storageCard"));
    dataDir_ = new QLabel(storageCard_);
    dataDir_->setObjectName(QStringLiteral("overviewDataDir"));
    dataDir_->setProperty("mono", true);
    dataDir_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storageNote_ = new QLabel(storageCard_);
    storageNote_->setWordWrap(true);
    storageNote_->setProperty("muted", true);
    storageCard_->body()->addWidget(dataDir_);
    storageCard_->body()->addWidget(storageNote_);

    content()->addWidget(networkCard_);
    content()->addWidget(walletCard_);
    content()->addWidget(storageCard_);

    connect(&state_, &AppState::activeNetworkChanged, this, &OverviewPage::refresh);
    connect(&state_, &AppState::networksChanged, this, &OverviewPage::refresh);
    retranslate();
}

void OverviewPage::refresh() {
    const NetworkProfile p = state_.activeNetwork().profile;
    networkName_->setText(QString::fromStdString(p.displayName));
    chainId_->setText(QString::number(p.chainId));
    rpcUrl_->setText(p.rpcUrls.empty() ? QString() : QString::fromStdString(p.rpcUrls.front()));
    hub_->setValue(QString::fromStdString(p.hub));
    dataProtector_->setValue(QString::fromStdString(p.dataProtector));
    dataDir_->setText(QString::fromStdString(state_.paths().dataDir.string()));
}

void OverviewPage::retranslate() {
    setHeading(tr("Overview"), tr("Where Strongroom is connected and what it holds."));
    networkCard_->setTitle(tr("Network"));
    const QStringList labels = {tr("Network"), tr("Chain id"), tr("RPC endpoint"), tr("PoCo hub"),
                                tr("DataProtector")};
    for (int i = 0; i < labels.size(); ++i)
        networkLabels_[i]->setText(labels[i]);
    walletCard_->setTitle(tr("Wallet"));
    walletText_->setText(
        tr("No wallet yet. A wallet holds the key that signs everything you do on the "
           "network: protecting data, granting access, paying for computations. Creating "
           "and importing wallets in the app comes in a later version."));
    storageCard_->setTitle(tr("Data folder"));
    storageNote_->setText(
        state_.paths().portable
            ? tr("Chosen with --data-dir: settings and data both live in this folder.")
            : tr("Keystores, the local database and caches live here. You can change it in "
                 "Settings."));
    refresh();
}

} // namespace sr::ui
