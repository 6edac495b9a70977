#include "OverviewPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "Format.h"
#include "MainWindow.h"
#include "Theme.h"
#include "settings/SettingsModel.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/Identicon.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace sr::ui {
namespace {

QString ether(const eth::U256& wei) {
    return displayAmount(wei, eth::kEthDecimals, QStringLiteral("ETH"), 6);
}

QLabel* mutedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setProperty("muted", true);
    return label;
}

constexpr int kMostTileColumns = 3;
/// The page's width around its content: margins and the scroll bar.
constexpr int kPageChrome = 96;

} // namespace

OverviewPage::OverviewPage(SettingsModel& state, WalletSession& wallet, QWidget* parent)
    : AccountPage(wallet, QStringLiteral("overviewNoWallet"), parent), state_(state) {
    auto* full = accountLayout()->parentWidget();

    // What needs the user: one row per kind, shown when it applies.
    attentionCard_ = new Card(full);
    attentionCard_->setObjectName(QStringLiteral("overviewAttention"));
    protectAlert_ = addAlert("Protect", MainWindow::ProtectedData);
    claimAlert_ = addAlert("Claim", MainWindow::Computations);
    gasAlert_ = addAlert("Gas", MainWindow::Wallet);
    withdrawAlert_ = addAlert("Withdraw", MainWindow::Earnings);
    accountLayout()->addWidget(attentionCard_);

    // The figures, each a click away from its page.
    dashboard_ = new QWidget(full);
    dashboard_->setObjectName(QStringLiteral("overviewDashboard"));
    tiles_ = new QGridLayout(dashboard_);
    tiles_->setContentsMargins(0, 0, 0, 0);
    tiles_->setSpacing(16);
    balancesTile_ = addTile(0, "Balances", MainWindow::Wallet);
    dataTile_ = addTile(1, "Data", MainWindow::ProtectedData);
    grantsTile_ = addTile(2, "Grants", MainWindow::Access);
    computationsTile_ = addTile(3, "Computations", MainWindow::Computations);
    earningsTile_ = addTile(4, "Earnings", MainWindow::Earnings);
    accountLayout()->addWidget(dashboard_);

    // The first steps of a new wallet.
    checklistCard_ = new Card(full);
    checklistCard_->setObjectName(QStringLiteral("overviewChecklist"));
    checklistIntro_ = mutedLabel(checklistCard_);
    checklistCard_->body()->addWidget(checklistIntro_);
    fundsStep_ = addStep("Funds", MainWindow::Wallet);
    protectStep_ = addStep("Protect", MainWindow::ProtectedData);
    grantStep_ = addStep("Grant", MainWindow::Access);
    runStep_ = addStep("Run", MainWindow::Computations);
    resultStep_ = addStep("Result", MainWindow::Computations);
    accountLayout()->addWidget(checklistCard_);

    status_ = new QLabel(full);
    status_->setObjectName(QStringLiteral("overviewStatus"));
    status_->setWordWrap(true); // its tone says an error: not muted
    accountLayout()->addWidget(status_);

    // The current account: its identicon, name and address, locked or not, its balances.
    walletCard_ = new Card(full);
    walletCard_->setObjectName(QStringLiteral("walletCard"));
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
    walletState_ = mutedLabel(accountRow_);
    walletState_->setObjectName(QStringLiteral("overviewWalletState"));
    balancesText_ = new QLabel(accountRow_);
    balancesText_->setObjectName(QStringLiteral("overviewBalances"));
    balancesText_->setWordWrap(true);
    lines->addWidget(accountName_);
    lines->addWidget(accountAddress_);
    lines->addWidget(walletState_);
    lines->addWidget(balancesText_);
    row->addLayout(lines, 1);
    walletCard_->body()->addWidget(accountRow_);
    accountLayout()->addWidget(walletCard_);

    // The network's facts and the data folder, with a wallet or without: a small card each.
    auto* facts = new QHBoxLayout;
    facts->setSpacing(16);
    networkCard_ = new Card(this);
    networkCard_->setObjectName(QStringLiteral("networkCard"));
    networkForm_ = new QFormLayout;
    networkForm_->setHorizontalSpacing(16);
    networkForm_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    networkName_ = new QLabel(networkCard_);
    networkName_->setObjectName(QStringLiteral("overviewNetworkName"));
    chainId_ = new QLabel(networkCard_);
    rpcUrl_ = new QLabel(networkCard_);
    rpcUrl_->setProperty("mono", true);
    rpcUrl_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rpcUrl_->setWordWrap(true);
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
    storageCard_ = new Card(this);
    storageCard_->setObjectName(QStringLiteral("storageCard"));
    dataDir_ = new QLabel(storageCard_);
    dataDir_->setObjectName(QStringLiteral("overviewDataDir"));
    dataDir_->setProperty("mono", true);
    dataDir_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataDir_->setWordWrap(true);
    storageNote_ = mutedLabel(storageCard_);
    storageCard_->body()->addWidget(dataDir_);
    storageCard_->body()->addWidget(storageNote_);
    storageCard_->body()->addStretch(1);
    facts->addWidget(networkCard_, 3);
    facts->addWidget(storageCard_, 2);
    content()->addLayout(facts);

    connect(&state_, &SettingsModel::activeNetworkChanged, this, &OverviewPage::refreshNetwork);
    connect(&state_, &SettingsModel::networksChanged, this, &OverviewPage::refreshNetwork);
    connect(&session_, &WalletSession::accountsChanged, this, &OverviewPage::refreshWallet);
    connect(&session_, &WalletSession::currentChanged, this, &OverviewPage::refreshWallet);
    connect(&session_, &WalletSession::lockChanged, this, &OverviewPage::refreshWallet);
    connect(&session_, &WalletSession::chainChanged, this, [this] {
        balances_.reset(); // another network's balances are not this one's
        refreshWallet();
    });
    retranslate();
    clear();
}

OverviewPage::Tile OverviewPage::addTile(int index, const char* name, int page) {
    Tile t;
    t.card = new Card(dashboard_);
    t.card->setObjectName(QStringLiteral("overviewTile") + QLatin1String(name));
    t.value = new QLabel(t.card);
    t.value->setObjectName(QStringLiteral("overviewValue") + QLatin1String(name));
    t.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    t.value->setWordWrap(true);
    QFont big = t.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    t.value->setFont(big);
    t.detail = mutedLabel(t.card);
    t.detail->setObjectName(QStringLiteral("overviewDetail") + QLatin1String(name));
    t.open = new QPushButton(t.card);
    t.open->setObjectName(QStringLiteral("overviewOpen") + QLatin1String(name));
    t.card->body()->addWidget(t.value);
    t.card->body()->addWidget(t.detail);
    t.card->body()->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(t.open);
    t.card->body()->addLayout(actions);
    connect(t.open, &QPushButton::clicked, this, [this, page] { emit openPage(page); });
    tiles_->addWidget(t.card, index / kMostTileColumns, index % kMostTileColumns);
    return t;
}

OverviewPage::Step OverviewPage::addStep(const char* name, int page) {
    Step s;
    auto* row = new QWidget(checklistCard_);
    row->setObjectName(QStringLiteral("overviewStep") + QLatin1String(name));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    s.mark = new QLabel(row);
    s.mark->setObjectName(QStringLiteral("overviewStepMark") + QLatin1String(name));
    s.mark->setFixedWidth(s.mark->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    s.mark->setAlignment(Qt::AlignCenter);
    s.text = new QLabel(row);
    s.text->setWordWrap(true);
    s.button = new QPushButton(row);
    s.button->setObjectName(QStringLiteral("overviewStepButton") + QLatin1String(name));
    layout->addWidget(s.mark, 0, Qt::AlignTop);
    layout->addWidget(s.text, 1);
    layout->addWidget(s.button, 0, Qt::AlignVCenter);
    checklistCard_->body()->addWidget(row);
    connect(s.button, &QPushButton::clicked, this, [this, page] { emit openPage(page); });
    return s;
}

OverviewPage::Alert OverviewPage::addAlert(const char* name, int page) {
    Alert a;
    a.row = new QWidget(attentionCard_);
    a.row->setObjectName(QStringLiteral("overviewAttention") + QLatin1String(name));
    auto* layout = new QHBoxLayout(a.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    a.text = new QLabel(a.row);
    a.text->setWordWrap(true);
    setTone(a.text, Tone::Warning);
    a.button = new QPushButton(a.row);
    a.button->setObjectName(QStringLiteral("overviewAttentionButton") + QLatin1String(name));
    layout->addWidget(a.text, 1);
    layout->addWidget(a.button, 0, Qt::AlignVCenter);
    attentionCard_->body()->addWidget(a.row);
    connect(a.button, &QPushButton::clicked, this, [this, page] { emit openPage(page); });
    return a;
}

void OverviewPage::clear() {
    account_.reset();
    activity_.reset();
    say(Tone::Neutral, {});
    showFacts();
}

void OverviewPage::load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                        bool quiet) {
    const int generation = this->generation();
    if (!quiet)
        say(Tone::Neutral, [name = QString::fromStdString(chain->profile().displayName)] {
            return tr("Reading your account on %1…").arg(name);
        });
    runAsync(
        this, [chain, owner] { return session::readDashboardAccount(*chain, owner); },
        [this, chain, owner, generation](AsyncResult<session::DashboardAccount> result) {
            // Another account or network meanwhile: endLoad drops this and reads again.
            if (generation != this->generation()) {
                endLoad(generation);
                return;
            }
            if (!result.ok()) {
                if (!endLoad(generation))
                    return;
                say(Tone::Error, [why = errorText(*result.error)] {
                    return tr("Could not read your account: %1").arg(why);
                });
                emit refreshed();
                return;
            }
            account_ = std::move(*result.value);
            if (!activity_)
                say(Tone::Neutral,
                    [] { return tr("Reading your computations and earnings from the chain…"); });
            showFacts();
            readActivity(chain, owner, generation);
        },
        session_.pool());
}

void OverviewPage::readActivity(const std::shared_ptr<ChainContext>& chain,
                                const eth::Address& owner, int generation) {
    const auto now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
    runAsync(
        this, [chain, owner, now] { return session::readDashboardActivity(*chain, owner, now); },
        [this, generation](AsyncResult<session::DashboardActivity> result) {
            if (!endLoad(generation))
                return;
            if (!result.ok()) {
                // What the account read said stays; the activity is said not to be newer.
                say(Tone::Error, [why = errorText(*result.error)] {
                    return tr("Could not read your computations and earnings: %1").arg(why);
                });
            } else {
                activity_ = std::move(*result.value);
                say(Tone::Neutral, [block = activity_->block] {
                    return tr("Up to date with the chain (block %1).").arg(block);
                });
            }
            showFacts();
            emit refreshed();
        },
        session_.pool());
}

void OverviewPage::showFacts() {
    const QString reading = QStringLiteral("…");
    const bool known = account_.has_value();
    const bool isNew = known && session::isNewWallet(*account_, activity_);
    // A new wallet sees its first steps instead of figures that are all zero.
    dashboard_->setVisible(known && !isNew);

    // Needs attention (a new wallet's checklist says what it lacks).
    const auto alerts = known && !isNew ? session::needsAttention(*account_, activity_)
                                        : std::vector<session::Attention>{};
    const auto has = [&alerts](session::Attention a) {
        return std::find(alerts.begin(), alerts.end(), a) != alerts.end();
    };
    protectAlert_.row->setVisible(has(session::Attention::UnfinishedProtect));
    claimAlert_.row->setVisible(has(session::Attention::ClaimableTask));
    gasAlert_.row->setVisible(has(session::Attention::GasTooLow));
    withdrawAlert_.row->setVisible(has(session::Attention::EarningsToWithdraw));
    attentionCard_->setVisible(!alerts.empty());
    if (known) {
        const auto& a = *account_;
        protectAlert_.text->setText(tr("%n protect(s) did not finish: resume or cancel on the "
                                       "Protected data page.",
                                       nullptr, static_cast<int>(a.unfinishedProtects)));
        gasAlert_.text->setText(
            tr("Not enough ETH for network fees: a transaction costs about "
               "%1 on this network, the wallet holds %2.")
                .arg(ether(a.transactionCost.value_or(eth::U256())), ether(a.balances.eth)));
        withdrawAlert_.text->setText(
            tr("Your iExec account holds %1, earnings included: withdraw it to your wallet.")
                .arg(rlcAmount(a.balances.stake)));
    }
    if (activity_)
        claimAlert_.text->setText(
            tr("%n computation(s) passed the final deadline without a result: claim the "
               "refund.",
               nullptr, static_cast<int>(activity_->claimable)));

    // The checklist, until every step is done.
    const auto steps =
        known ? session::gettingStarted(*account_, activity_) : session::GettingStarted{};
    checklistCard_->setVisible(known && !steps.complete());
    for (const auto& [step, done] :
         {std::pair{&fundsStep_, steps.funds}, std::pair{&protectStep_, steps.protect},
          std::pair{&grantStep_, steps.grant}, std::pair{&runStep_, steps.run},
          std::pair{&resultStep_, steps.result}}) {
        step->mark->setText(done ? QStringLiteral("✓") : QStringLiteral("○"));
        step->mark->setProperty("done", done);
        setTone(step->mark, done ? Tone::Good : Tone::Neutral);
        step->mark->setToolTip(done ? tr("Done") : tr("To do"));
        step->button->setVisible(!done);
    }
    checklistCard_->setTitle(tr("Getting started: %1 of 5 done").arg(steps.done()));
    // Test funds come from a faucet off mainnet; on mainnet they are bought.
    fundsStep_.text->setText(state_.activeNetwork().profile.kind == NetworkKind::Mainnet
                                 ? tr("Add funds: ETH pays the network fees, RLC pays for "
                                      "computations.")
                                 : tr("Get test funds: ETH pays the network fees, RLC pays for "
                                      "computations."));

    // The figures.
    if (!known) {
        for (const Tile* t :
             {&balancesTile_, &dataTile_, &grantsTile_, &computationsTile_, &earningsTile_}) {
            t->value->setText(reading);
            t->detail->clear();
        }
        return;
    }
    const auto& a = *account_;
    balancesTile_.value->setText(rlcAmount(a.balances.rlc));
    balancesTile_.detail->setText(tr("in the wallet, with %1 for network fees · %2 in your iExec "
                                     "account")
                                      .arg(ether(a.balances.eth), rlcAmount(a.balances.stake)));
    dataTile_.value->setText(QString::number(a.protectedData));
    dataTile_.detail->setText(tr("protected data owned by this account"));
    if (a.liveGrants) {
        grantsTile_.value->setText(QString::number(*a.liveGrants));
        grantsTile_.detail->setText(tr("live grants: apps allowed on your data, with accesses "
                                       "left (%n grant(s) in all)",
                                       nullptr, static_cast<int>(a.grants.value_or(0))));
    } else {
        grantsTile_.value->setText(QStringLiteral("—"));
        grantsTile_.detail->setText(tr("The marketplace could not be read: %1")
                                        .arg(QString::fromStdString(a.grantsProblem)));
    }
    if (activity_) {
        const auto& c = *activity_;
        const std::size_t mine = a.requestsInFlow + c.requestedRunning;
        computationsTile_.value->setText(QString::number(mine + c.runsOnMyData));
        computationsTile_.detail->setText(
            tr("under way: %1 requested by you, %2 on your data").arg(mine).arg(c.runsOnMyData));
        earningsTile_.value->setText(rlcAmount(c.earnings.since));
        earningsTile_.detail->setText(
            tr("earned this month · %1 in all, %2 pending")
                .arg(rlcAmount(c.earnings.earned()), rlcAmount(c.earnings.pending())));
    } else {
        computationsTile_.value->setText(reading);
        computationsTile_.detail->setText(tr("under way: reading the chain…"));
        earningsTile_.value->setText(reading);
        earningsTile_.detail->setText(tr("earned this month: reading the chain…"));
    }
}

void OverviewPage::resizeEvent(QResizeEvent* event) {
    AccountPage::resizeEvent(event);
    layoutTiles();
}

void OverviewPage::layoutTiles() {
    const std::array<Card*, 5> cards = {balancesTile_.card, dataTile_.card, grantsTile_.card,
                                        computationsTile_.card, earningsTile_.card};
    int widest = 0;
    for (Card* card : cards)
        widest = std::max(widest, card->minimumSizeHint().width());
    const int spacing = tiles_->horizontalSpacing();
    const int columns =
        width() >= kMostTileColumns * (widest + spacing) + kPageChrome ? kMostTileColumns : 2;
    if (columns == tileColumns_)
        return;
    tileColumns_ = columns;
    for (Card* card : cards)
        tiles_->removeWidget(card);
    for (int i = 0; i < int(cards.size()); ++i)
        tiles_->addWidget(cards[i], i / columns, i % columns);
    for (int c = 0; c < kMostTileColumns; ++c)
        tiles_->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewPage::say(Tone tone, std::function<QString()> text) {
    statusText_ = std::move(text);
    setTone(status_, tone);
    status_->setText(statusText_ ? statusText_() : QString());
    status_->setVisible(static_cast<bool>(statusText_));
}

void OverviewPage::refreshNetwork() {
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
    const auto account = session_.current();
    // Hidden without an account: the page's stack would keep its height as a gap above the
    // network card.
    walletCard_->setVisible(account.has_value());
    if (!account)
        return;
    const QString address = QString::fromStdString(account->address.toChecksumHex());
    accountIcon_->setPixmap(identicon(account->address, 40, devicePixelRatioF()));
    accountName_->setText(account->label.empty() ? tr("Unnamed account")
                                                 : QString::fromStdString(account->label));
    accountAddress_->setValue(address);
    const int count = int(session_.accounts().size());
    const QString lock = !session_.canSign()     ? tr("Watch only: no key, nothing is signed")
                         : session_.isUnlocked() ? tr("Unlocked")
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
    setHeading(tr("Overview"), tr("Your account at a glance, and what needs you."));
    setNoWalletTexts(
        tr("Wallet"),
        tr("No wallet yet. A wallet holds the key that signs everything you do on the "
           "network: protecting data, granting access, paying for computations. Create one, "
           "or import yours, with the buttons at the top of the window."));
    attentionCard_->setTitle(tr("Needs attention"));
    protectAlert_.button->setText(tr("Open Protected data"));
    claimAlert_.button->setText(tr("Open Computations"));
    gasAlert_.button->setText(tr("Open Wallet"));
    withdrawAlert_.button->setText(tr("Open Earnings"));
    checklistIntro_->setText(tr("Five steps to see Strongroom at work. Each is ticked when the "
                                "chain shows it done."));
    fundsStep_.button->setText(tr("Open Wallet"));
    protectStep_.text->setText(
        tr("Protect a file: it is encrypted on this computer before anything leaves it."));
    protectStep_.button->setText(tr("Protect a file"));
    grantStep_.text->setText(tr("Grant access: let an app you trust compute on your data."));
    grantStep_.button->setText(tr("Grant access"));
    runStep_.text->setText(tr("Run an app on protected data."));
    runStep_.button->setText(tr("Open Computations"));
    resultStep_.text->setText(tr("See the result of a computation you asked for."));
    resultStep_.button->setText(tr("Open Computations"));
    balancesTile_.card->setTitle(tr("Balances"));
    balancesTile_.open->setText(tr("Open Wallet"));
    dataTile_.card->setTitle(tr("Protected data"));
    dataTile_.open->setText(tr("Open Protected data"));
    grantsTile_.card->setTitle(tr("Live grants"));
    grantsTile_.open->setText(tr("Open Access"));
    computationsTile_.card->setTitle(tr("Computations"));
    computationsTile_.open->setText(tr("Open Computations"));
    earningsTile_.card->setTitle(tr("Earnings this month"));
    earningsTile_.open->setText(tr("Open Earnings"));
    walletCard_->setTitle(tr("Account"));
    networkCard_->setTitle(tr("Network"));
    const QStringList labels = {tr("Network"), tr("Chain id"), tr("RPC endpoint"), tr("PoCo hub"),
                                tr("DataProtector")};
    for (int i = 0; i < labels.size(); ++i)
        networkLabels_[i]->setText(labels[i]);
    storageCard_->setTitle(tr("Data folder"));
    storageNote_->setText(
        state_.paths().portable
            ? tr("Chosen with --data-dir: settings and data both live in this folder.")
            : tr("Keystores, the local database and caches live here. You can change it in "
                 "Settings."));
    showFacts();
    if (statusText_)
        status_->setText(statusText_()); // said again in the new language
    refreshNetwork();
    tileColumns_ = 0; // the cards' widths changed with the words
    layoutTiles();
}

} // namespace sr::ui
