#include "OverviewPage.h"

#include "AppState.h"
#include "Format.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/Identicon.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sr::ui {

OverviewPage::OverviewPage(AppState& state, WalletSession& wallet, QWidget* parent)
    : Page(parent), state_(state), wallet_(wallet) {
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
    walletText_->setObjectName(QStringLiteral("overviewNoWallet"));
    walletText_->setWordWrap(true);
    walletText_->setProperty("muted", true);
    walletCard_->body()->addWidget(walletText_);
    // The current account: its identicon, name and address, locked or not, its balances.
    accountRow_ = new QWidget(walletCard_);
    accountRow_->setObjectName(QStringLiteral("overviewAccountRow"));
    auto* row = new QHBoxLayout(accountRow_);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(14);
    accountIcon_ = new QLabel(accountRow_);
    accountIcon_->setFixedSize(40, 40);
    row->addWidget(accountIcon_, 0, Qt::AlignTop);
    auto* lines = new QVBoxLayout;
    lines->setSpacing(4);
    accountName_ = new QLabel(accountRow_);
    accountName_->setObjectName(QStringLiteral("overviewAccountName"));
    QFont bold = accountName_->font();
    bold.setBold(true);
    accountName_->setFont(bold);
    accountAddress_ = new AddressLabel(accountRow_);
    accountAddress_->setObjectName(QStringLiteral("overviewAccountAddress"));
    walletState_ = new QLabel(accountRow_);
    walletState_->setObjectName(QStringLiteral("overviewWalletState"));
    walletState_->setWordWrap(true);
    walletState_->setProperty("muted", true);
    balancesText_ = new QLabel(accountRow_);
    balancesText_->setObjectName(QStringLiteral("overviewBalances"));
    balancesText_->setWordWrap(true);
    lines->addWidget(accountName_);
    lines->addWidget(accountAddress_);
    lines->addWidget(walletState_);
    lines->addWidget(balancesText_);
    row->addLayout(lines, 1);
    walletCard_->body()->addWidget(accountRow_);

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
    connect(&wallet_, &WalletSession::accountsChanged, this, &OverviewPage::refreshWallet);
    connect(&wallet_, &WalletSession::currentChanged, this, &OverviewPage::refreshWallet);
    connect(&wallet_, &WalletSession::lockChanged, this, &OverviewPage::refreshWallet);
    connect(&wallet_, &WalletSession::chainChanged, this, [this] {
        balances_.reset(); // another network's balances are not this one's
        refreshWallet();
    });
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
    refreshWallet();
}

void OverviewPage::setBalances(const std::optional<iexec::Balances>& balances) {
    balances_ = balances;
    refreshWallet();
}

void OverviewPage::refreshWallet() {
    const auto account = wallet_.current();
    walletText_->setVisible(!account);
    accountRow_->setVisible(account.has_value());
    if (!account)
        return;
    const QString address = QString::fromStdString(account->address.toChecksumHex());
    accountIcon_->setPixmap(identicon(account->address, 40, devicePixelRatioF()));
    accountName_->setText(account->label.empty() ? tr("Unnamed account")
                                                 : QString::fromStdString(account->label));
    accountAddress_->setValue(address);
    const int count = int(wallet_.accounts().size());
    const QString lock = !wallet_.canSign()     ? tr("Watch only: no key, nothing is signed")
                         : wallet_.isUnlocked() ? tr("Unlocked")
                                                : tr("Locked: the password is asked before "
                                                     "anything is signed");
    const QString network = QString::fromStdString(state_.activeNetwork().profile.displayName);
    walletState_->setText(
        tr("%1 · on %2 · %n account(s) in this wallet", nullptr, count).arg(lock, network));
    if (!balances_ || balances_->account != account->address) {
        balancesText_->setText(tr("Balances: reading…"));
        return;
    }
    balancesText_->setText(tr("%1 and %2 in the wallet · %3 in your iExec account")
                               .arg(displayAmount(balances_->rlc, 9, QStringLiteral("RLC")),
                                    displayAmount(balances_->eth, 18, QStringLiteral("ETH")),
                                    displayAmount(balances_->stake, 9, QStringLiteral("RLC"))));
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
           "network: protecting data, granting access, paying for computations. Create one, "
           "or import yours, with the buttons at the top of the window."));
    storageCard_->setTitle(tr("Data folder"));
    storageNote_->setText(
        state_.paths().portable
            ? tr("Chosen with --data-dir: settings and data both live in this folder.")
            : tr("Keystores, the local database and caches live here. You can change it in "
                 "Settings."));
    refresh();
}

} // namespace sr::ui
