#include "wallet/WalletPage.h"

#include "Async.h"
#include "ChainMonitor.h"
#include "ErrorText.h"
#include "Format.h"
#include "Theme.h"
#include "crypto/SecretBytes.h"
#include "eth/Hex.h"
#include "session/Session.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "wallet/ActivityFeed.h"
#include "wallet/ActivityModel.h"
#include "wallet/AddressBookDialog.h"
#include "wallet/PasswordDialog.h"
#include "wallet/SecureClipboard.h"
#include "wallet/TransferDialog.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/FileDialog.h"
#include "widgets/Identicon.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/WrapLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Below this, an account cannot pay for even a simple contract call on most networks.
const eth::U256& lowGasThreshold() {
    static const eth::U256 threshold = eth::parseUnits("0.0002", eth::kEthDecimals);
    return threshold;
}

QLabel* amountLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString WalletPage::accountName(const wallet::AccountInfo& a) {
    if (!a.label.empty())
        return q(a.label);
    if (a.hdIndex)
        return tr("Account %1").arg(*a.hdIndex + 1);
    if (a.kind == wallet::AccountKind::WatchOnly)
        return tr("Watched address");
    return tr("Imported account");
}

template <typename T, typename Work>
std::optional<T> WalletPage::withPassword(const QString& why, const QString& confirm, bool changes,
                                          Work work) {
    auto store = session_.store();
    std::function<T(const crypto::SecretBytes&)> check =
        [store, work = std::move(work)](const crypto::SecretBytes& password) {
            if constexpr (std::is_same_v<T, bool>) {
                work(*store, password.text());
                return true;
            } else {
                return work(*store, password.text());
            }
        };
    return PasswordDialog::ask<T>(this, session_.pool(), {tr("Wallet password"), why, confirm},
                                  std::move(check), !changes);
}

WalletPage::WalletPage(WalletSession& session, ChainMonitor& monitor, ActivityModel& activity,
                       ActivityFeed& feed, QWidget* parent)
    : Page(parent), session_(session), monitor_(monitor), activity_(&activity),
      activityFeed_(&feed) {
    states_ = new QStackedWidget(this);
    content()->addWidget(states_);

    // No wallet yet.
    auto* empty = new QWidget(states_);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto* emptyCard = new Card(empty);
    emptyCard->setObjectName(QStringLiteral("noWalletCard"));
    emptyTitle_ = new QLabel(emptyCard);
    QFont big = emptyTitle_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    emptyTitle_->setFont(big);
    emptyText_ = new QLabel(emptyCard);
    emptyText_->setWordWrap(true);
    emptyText_->setProperty("muted", true);
    auto* emptyButtons = new QHBoxLayout;
    emptyCreate_ = new QPushButton(emptyCard);
    emptyCreate_->setObjectName(QStringLiteral("walletPageCreate"));
    emptyCreate_->setProperty("primary", true);
    emptyImport_ = new QPushButton(emptyCard);
    emptyImport_->setObjectName(QStringLiteral("walletPageImport"));
    emptyButtons->addWidget(emptyCreate_);
    emptyButtons->addWidget(emptyImport_);
    emptyButtons->addStretch(1);
    emptyCard->body()->addWidget(emptyTitle_);
    emptyCard->body()->addWidget(emptyText_);
    emptyCard->body()->addLayout(emptyButtons);
    emptyLayout->addWidget(emptyCard);
    emptyLayout->addStretch(1);
    states_->addWidget(empty);

    // The wallet.
    auto* full = new QWidget(states_);
    auto* fullLayout = new QVBoxLayout(full);
    fullLayout->setContentsMargins(0, 0, 0, 0);
    fullLayout->setSpacing(16);

    accountCard_ = new Card(full);
    accountCard_->setObjectName(QStringLiteral("accountCard"));
    auto* accountRow = new QHBoxLayout;
    identicon_ = new QLabel(accountCard_);
    identicon_->setObjectName(QStringLiteral("accountIdenticon"));
    identicon_->setFixedSize(56, 56);
    auto* accountText = new QVBoxLayout;
    accountName_ = new QLabel(accountCard_);
    accountName_->setObjectName(QStringLiteral("accountName"));
    accountName_->setFont(big);
    address_ = new AddressLabel(accountCard_);
    address_->setObjectName(QStringLiteral("accountAddress"));
    lockState_ = new WrapLabel(accountCard_);
    lockState_->setObjectName(QStringLiteral("lockState"));
    lockState_->setProperty("muted", true);
    accountText->addWidget(accountName_);
    accountText->addWidget(address_);
    accountText->addWidget(lockState_);
    receive_ = new QPushButton(accountCard_);
    receive_->setObjectName(QStringLiteral("receiveButton"));
    accountRow->addWidget(identicon_, 0, Qt::AlignTop);
    accountRow->addLayout(accountText, 1);
    accountRow->addWidget(receive_, 0, Qt::AlignTop);
    accountCard_->body()->addLayout(accountRow);
    fullLayout->addWidget(accountCard_);

    balanceCard_ = new Card(full);
    balanceCard_->setObjectName(QStringLiteral("balanceCard"));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    ethLabel_ = new QLabel(balanceCard_);
    rlcLabel_ = new QLabel(balanceCard_);
    stakeLabel_ = new QLabel(balanceCard_);
    lockedLabel_ = new QLabel(balanceCard_);
    eth_ = amountLabel(balanceCard_, "ethBalance");
    rlc_ = amountLabel(balanceCard_, "rlcBalance");
    stake_ = amountLabel(balanceCard_, "stakeBalance");
    locked_ = amountLabel(balanceCard_, "lockedBalance");
    // Two by two: four captions side by side do not fit a narrow window in French.
    int cell = 0;
    for (auto [label, value] : {std::pair{ethLabel_, eth_}, std::pair{rlcLabel_, rlc_},
                                std::pair{stakeLabel_, stake_}, std::pair{lockedLabel_, locked_}}) {
        label->setProperty("muted", true);
        grid->addWidget(label, 2 * (cell / 2), cell % 2);
        grid->addWidget(value, 2 * (cell / 2) + 1, cell % 2);
        ++cell;
    }
    grid->setColumnStretch(2, 1);
    balanceCard_->body()->addLayout(grid);
    balanceNote_ = new QLabel(balanceCard_);
    balanceNote_->setObjectName(QStringLiteral("balanceNote"));
    balanceNote_->setWordWrap(true);
    balanceCard_->body()->addWidget(balanceNote_);
    auto* actions = new QHBoxLayout;
    send_ = new QPushButton(balanceCard_);
    send_->setObjectName(QStringLiteral("sendButton"));
    send_->setProperty("primary", true);
    deposit_ = new QPushButton(balanceCard_);
    deposit_->setObjectName(QStringLiteral("depositButton"));
    withdraw_ = new QPushButton(balanceCard_);
    withdraw_->setObjectName(QStringLiteral("withdrawButton"));
    faucet_ = new QPushButton(balanceCard_);
    faucet_->setObjectName(QStringLiteral("faucetButton"));
    for (auto* b : {send_, deposit_, withdraw_})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(faucet_);
    balanceCard_->body()->addLayout(actions);
    fullLayout->addWidget(balanceCard_);

    activityCard_ = new Card(full);
    activityCard_->setObjectName(QStringLiteral("activityCard"));
    activityView_ = new QTableView(activityCard_);
    activityView_->setObjectName(QStringLiteral("activityView"));
    activityView_->setModel(activity_);
    activityView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    activityView_->setSelectionMode(QAbstractItemView::SingleSelection);
    activityView_->verticalHeader()->hide();
    activityView_->horizontalHeader()->setSectionResizeMode(ActivityModel::WhatColumn,
                                                            QHeaderView::Stretch);
    activityView_->horizontalHeader()->setSectionResizeMode(ActivityModel::WhenColumn,
                                                            QHeaderView::ResizeToContents);
    activityView_->horizontalHeader()->setSectionResizeMode(ActivityModel::StatusColumn,
                                                            QHeaderView::ResizeToContents);
    // The transaction's short hash keeps its width; only the description gives way.
    activityView_->horizontalHeader()->setSectionResizeMode(ActivityModel::HashColumn,
                                                            QHeaderView::ResizeToContents);
    activityView_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    activityView_->setMinimumHeight(180);
    activityView_->setShowGrid(false);
    activityView_->setAlternatingRowColors(true);
    activityNote_ = new QLabel(activityCard_);
    activityNote_->setObjectName(QStringLiteral("activityNote"));
    activityNote_->setWordWrap(true);
    activityNote_->setProperty("muted", true);
    auto* activityButtons = new QHBoxLayout;
    speedUp_ = new QPushButton(activityCard_);
    speedUp_->setObjectName(QStringLiteral("speedUpButton"));
    cancelTx_ = new QPushButton(activityCard_);
    cancelTx_->setObjectName(QStringLiteral("cancelTxButton"));
    activityButtons->addStretch(1);
    activityButtons->addWidget(speedUp_);
    activityButtons->addWidget(cancelTx_);
    activityCard_->body()->addWidget(activityView_);
    activityCard_->body()->addWidget(activityNote_);
    activityCard_->body()->addLayout(activityButtons);
    fullLayout->addWidget(activityCard_);

    accountsCard_ = new Card(full);
    accountsCard_->setObjectName(QStringLiteral("accountsCard"));
    accounts_ = new QListWidget(accountsCard_);
    accounts_->setObjectName(QStringLiteral("accountsList"));
    accounts_->setIconSize(QSize(28, 28));
    accounts_->setMinimumHeight(120);
    auto* accountButtons = new QHBoxLayout;
    addAccount_ = new QPushButton(accountsCard_);
    addAccount_->setObjectName(QStringLiteral("addAccountButton"));
    importAccount_ = new QPushButton(accountsCard_);
    importAccount_->setObjectName(QStringLiteral("importAccountButton"));
    rename_ = new QPushButton(accountsCard_);
    rename_->setObjectName(QStringLiteral("renameAccountButton"));
    export_ = new QPushButton(accountsCard_);
    export_->setObjectName(QStringLiteral("exportKeystoreButton"));
    phrase_ = new QPushButton(accountsCard_);
    phrase_->setObjectName(QStringLiteral("showPhraseButton"));
    remove_ = new QPushButton(accountsCard_);
    remove_->setObjectName(QStringLiteral("removeAccountButton"));
    addressBook_ = new QPushButton(accountsCard_);
    addressBook_->setObjectName(QStringLiteral("addressBookButton"));
    // Two rows: seven buttons on one line overflow a narrow window in French.
    for (auto* b : {addAccount_, importAccount_, rename_, export_})
        accountButtons->addWidget(b);
    accountButtons->addStretch(1);
    auto* moreAccountButtons = new QHBoxLayout;
    for (auto* b : {phrase_, remove_})
        moreAccountButtons->addWidget(b);
    moreAccountButtons->addStretch(1);
    moreAccountButtons->addWidget(addressBook_);
    accountNote_ = new QLabel(accountsCard_);
    accountNote_->setObjectName(QStringLiteral("accountNote"));
    accountNote_->setWordWrap(true);
    accountNote_->setProperty("muted", true);
    accountsCard_->body()->addWidget(accounts_);
    accountsCard_->body()->addWidget(accountNote_);
    accountsCard_->body()->addLayout(accountButtons);
    accountsCard_->body()->addLayout(moreAccountButtons);
    fullLayout->addWidget(accountsCard_);
    fullLayout->addStretch(1);
    states_->addWidget(full);

    connect(emptyCreate_, &QPushButton::clicked, this, &WalletPage::createRequested);
    connect(emptyImport_, &QPushButton::clicked, this, &WalletPage::importRequested);
    connect(importAccount_, &QPushButton::clicked, this, &WalletPage::importRequested);
    connect(receive_, &QPushButton::clicked, this, &WalletPage::openReceive);
    connect(send_, &QPushButton::clicked, this, [this] { openTransfer(0); });
    connect(deposit_, &QPushButton::clicked, this, [this] { openTransfer(1); });
    connect(withdraw_, &QPushButton::clicked, this, [this] { openTransfer(2); });
    connect(faucet_, &QPushButton::clicked, this, &WalletPage::getTestFunds);
    connect(addAccount_, &QPushButton::clicked, this, &WalletPage::addAccount);
    connect(addressBook_, &QPushButton::clicked, this, [this] {
        auto* dialog = new AddressBookDialog(session_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(rename_, &QPushButton::clicked, this, &WalletPage::renameAccount);
    connect(export_, &QPushButton::clicked, this, &WalletPage::exportKeystore);
    connect(phrase_, &QPushButton::clicked, this, &WalletPage::showPhrase);
    connect(remove_, &QPushButton::clicked, this, &WalletPage::removeAccount);
    connect(speedUp_, &QPushButton::clicked, this, [this] { speedUpOrCancel(false); });
    connect(cancelTx_, &QPushButton::clicked, this, [this] { speedUpOrCancel(true); });
    connect(accounts_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        session_.setCurrent(
            eth::Address::fromHex(item->data(Qt::UserRole).toString().toStdString()));
    });
    connect(accounts_, &QListWidget::currentRowChanged, this, [this] {
        const auto* item = accounts_->currentItem();
        const bool hd = item && item->data(Qt::UserRole + 1).toBool();
        rename_->setEnabled(item);
        export_->setEnabled(item && !item->data(Qt::UserRole + 2).toBool());
        phrase_->setEnabled(hd);
        remove_->setEnabled(item);
    });
    connect(activityView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WalletPage::updateActivityButtons);
    connect(activity_, &ActivityModel::refreshed, this, &WalletPage::updateActivityButtons);
    connect(&session_, &WalletSession::accountsChanged, this, &WalletPage::refreshAccounts);
    connect(&session_, &WalletSession::currentChanged, this, [this] {
        balances_.reset();
        refreshAccount();
        refreshAccounts();
        refreshBalances();
    });
    connect(&session_, &WalletSession::lockChanged, this, &WalletPage::refreshAccount);
    connect(&session_, &WalletSession::chainChanged, this, [this] {
        balances_.reset();
        balancesBlock_ = 0;
        showBalances(); // the faucet button follows the network at once
        refreshBalances();
    });
    // New block: new balances (the main window follows the transactions).
    connect(&monitor_, &ChainMonitor::changed, this, [this] {
        if (monitor_.state() == ChainMonitor::State::Connected &&
            monitor_.blockNumber() != balancesBlock_)
            refreshBalances();
    });
    retranslate();
    refreshAccount();
    refreshAccounts();
    refreshBalances();
    updateActivityButtons();
}

void WalletPage::retranslate() {
    setHeading(tr("Wallet"), tr("Your accounts, balances and transactions."));
    emptyTitle_->setText(tr("No wallet yet"));
    emptyText_->setText(tr("A wallet holds the key that signs everything you do on the network. "
                           "Create a new one (you will write down a recovery phrase), or import "
                           "the one you have: recovery phrase, private key or keystore file."));
    emptyCreate_->setText(tr("Create a wallet"));
    emptyImport_->setText(tr("Import a wallet"));
    receive_->setText(tr("Receive"));
    balanceCard_->setTitle(tr("Balances"));
    ethLabel_->setText(tr("ETH (for network fees)"));
    rlcLabel_->setText(tr("RLC in the wallet"));
    stakeLabel_->setText(tr("iExec account"));
    lockedLabel_->setText(tr("Locked in computations"));
    send_->setText(tr("Send"));
    deposit_->setText(tr("Deposit"));
    withdraw_->setText(tr("Withdraw"));
    faucet_->setText(tr("Get test funds"));
    faucet_->setToolTip(tr("Ask the sandbox's faucet for test ETH and RLC (they have no value)."));
    accountsCard_->setTitle(tr("Accounts"));
    addAccount_->setText(tr("Add account"));
    addAccount_->setToolTip(tr("The next account of your recovery phrase."));
    importAccount_->setText(tr("Import…"));
    rename_->setText(tr("Rename…"));
    export_->setText(tr("Export keystore…"));
    phrase_->setText(tr("Show recovery phrase…"));
    remove_->setText(tr("Remove…"));
    addressBook_->setText(tr("Address book…"));
    activityCard_->setTitle(tr("Activity"));
    speedUp_->setText(tr("Speed up"));
    speedUp_->setToolTip(tr("Send it again with a higher fee (at least 10% more)."));
    cancelTx_->setText(tr("Cancel transaction"));
    cancelTx_->setToolTip(tr("Replace it by an empty transaction with a higher fee; if that "
                             "one is mined first, the original never runs."));
    refreshAccount();
    refreshAccounts();
    showBalances();
    updateActivityButtons();
}

void WalletPage::refreshAccount() {
    const auto account = session_.current();
    states_->setCurrentIndex(account ? 1 : 0);
    if (!account)
        return;
    identicon_->setPixmap(identicon(account->address, 56, devicePixelRatioF()));
    accountName_->setText(accountName(*account));
    address_->setValue(q(account->address.toChecksumHex()));
    accountCard_->setTitle(tr("Account"));
    lockState_->setWrappedText(
        !session_.canSign()
            ? tr("Watch-only: Strongroom has this address, not its key. It cannot sign.")
        : session_.isUnlocked() ? tr("Unlocked: it signs without asking until it is locked.")
                                : tr("Locked: the password is asked before anything is signed."));
    for (auto* b : {send_, deposit_, withdraw_}) {
        b->setEnabled(session_.canSign());
        b->setToolTip(session_.canSign() ? QString()
                                         : tr("A watch-only account cannot sign transactions."));
    }
}

std::optional<wallet::AccountInfo> WalletPage::accountInfo(const eth::Address& address) const {
    for (const auto& a : session_.accounts())
        if (a.address == address)
            return a;
    return std::nullopt;
}

void WalletPage::refreshAccounts() {
    const auto current = session_.current();
    const QSignalBlocker blocker(accounts_);
    accounts_->clear();
    for (const auto& a : session_.accounts()) {
        QString kind = a.kind == wallet::AccountKind::WatchOnly ? tr("watch-only")
                       : a.hdIndex ? tr("recovery phrase, account %1").arg(*a.hdIndex + 1)
                                   : tr("imported key");
        auto* item = new QListWidgetItem(
            QIcon(identicon(a.address, 28, devicePixelRatioF())),
            QStringLiteral("%1  ·  %2  ·  %3")
                .arg(accountName(a), AddressLabel::shorten(q(a.address.toChecksumHex())), kind),
            accounts_);
        item->setData(Qt::UserRole, q(a.address.toChecksumHex()));
        item->setData(Qt::UserRole + 1, a.kind == wallet::AccountKind::Hd);
        item->setData(Qt::UserRole + 2, a.kind == wallet::AccountKind::WatchOnly);
        if (current && a.address == current->address) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            accounts_->setCurrentItem(item);
        }
    }
    const auto* item = accounts_->currentItem();
    rename_->setEnabled(item);
    export_->setEnabled(item && !item->data(Qt::UserRole + 2).toBool());
    phrase_->setEnabled(item && item->data(Qt::UserRole + 1).toBool());
    remove_->setEnabled(item);
    addAccount_->setEnabled(std::any_of(session_.accounts().begin(), session_.accounts().end(),
                                        [](const auto& a) { return a.hdIndex.has_value(); }));
}

void WalletPage::refreshBalances() {
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!account || !chain || balancesBusy_)
        return;
    balancesBusy_ = true;
    const eth::Address address = account->address;
    runAsync(
        this,
        [chain, address, cancel = session_.shutdownToken()] {
            return chain->funds().balances(address, &cancel);
        },
        [this, address](AsyncResult<iexec::Balances> result) {
            balancesBusy_ = false;
            const auto now = session_.current();
            if (!now || now->address != address)
                return refreshBalances();
            if (result.ok()) {
                balances_ = *result.value;
                balancesBlock_ = balances_->block;
                balancesError_.clear();
            } else {
                balancesError_ = errorText(*result.error);
            }
            showBalances();
            emit balancesRefreshed();
        },
        session_.pool());
}

void WalletPage::showBalances() {
    const auto chain = session_.chain();
    const bool sandboxFaucet = chain && !chain->profile().faucet.empty();
    faucet_->setVisible(sandboxFaucet);
    if (!balances_) {
        for (auto* l : {eth_, rlc_, stake_, locked_})
            l->setText(QStringLiteral("…"));
        balanceNote_->setText(balancesError_.isEmpty()
                                  ? tr("Reading balances…")
                                  : tr("Balances unavailable: %1").arg(balancesError_));
        return;
    }
    const auto& b = *balances_;
    const QString rlc = QStringLiteral("RLC");
    eth_->setText(displayAmount(b.eth, eth::kEthDecimals, QStringLiteral("ETH")));
    rlc_->setText(displayAmount(b.rlc, eth::kRlcDecimals, rlc, 4));
    stake_->setText(displayAmount(b.stake, eth::kRlcDecimals, rlc, 4));
    locked_->setText(displayAmount(b.locked, eth::kRlcDecimals, rlc, 4));
    // The exact figure on hover.
    eth_->setToolTip(exactAmount(b.eth, eth::kEthDecimals) + QStringLiteral(" ETH"));
    rlc_->setToolTip(exactAmount(b.rlc, eth::kRlcDecimals) + QStringLiteral(" RLC"));
    stake_->setToolTip(exactAmount(b.stake, eth::kRlcDecimals) + QStringLiteral(" RLC"));
    QString note;
    if (b.eth < lowGasThreshold())
        note = sandboxFaucet ? tr("Not enough ETH to pay network fees: get test funds first.")
                             : tr("Not enough ETH to pay network fees: send some ETH to this "
                                  "account before acting on the network.");
    balanceNote_->setText(note);
    setTone(balanceNote_, note.isEmpty() ? Tone::Neutral : Tone::Warning);
    balanceNote_->setVisible(!note.isEmpty() || !balancesError_.isEmpty());
    if (!balancesError_.isEmpty())
        balanceNote_->setText(tr("Balances of block %1; the node cannot be reached now: %2")
                                  .arg(b.block)
                                  .arg(balancesError_));
}

void WalletPage::openTransfer(int kind) {
    auto* dialog = new TransferDialog(session_, TransferDialog::Kind(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::finishedTransaction, this, [this](const TxRecord& record) {
        monitor_.sawBlock(record.blockNumber.value_or(0));
        monitor_.checkNow();
        refreshBalances();
        activityFeed_->refresh();
    });
    connect(dialog, &QDialog::finished, activityFeed_, &ActivityFeed::refresh);
    dialog->open();
}

void WalletPage::openReceive() {
    const auto account = session_.current();
    if (!account)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("receiveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Receive"));
    auto* layout = new QVBoxLayout(dialog);
    const QString address = q(account->address.toChecksumHex());
    auto* intro = new QLabel(
        tr("Send ETH or RLC on %1 to this address. Only use this network: funds sent on another "
           "one do not arrive here.")
            .arg(q(session_.chain()->profile().displayName)),
        dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* code = new QrCodeWidget(dialog);
    code->setObjectName(QStringLiteral("receiveQr"));
    code->setText(address);
    code->setFixedSize(232, 232);
    layout->addWidget(code, 0, Qt::AlignHCenter);
    auto* text = new QLabel(address, dialog);
    text->setObjectName(QStringLiteral("receiveAddress"));
    text->setProperty("mono", true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* copy = buttons->addButton(tr("Copy address"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAddressButton"));
    connect(copy, &QPushButton::clicked, dialog,
            [address] { SecureClipboard::instance().copyText(address); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
}

void WalletPage::getTestFunds() {
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!account || !chain)
        return;
    faucet_->setEnabled(false);
    balanceNote_->setVisible(true);
    setTone(balanceNote_, Tone::Neutral);
    balanceNote_->setText(tr("Asking the faucet…"));
    const eth::Address address = account->address;
    runAsync(
        this, [chain, address] { return chain->requestTestFunds(address); },
        [this](AsyncResult<iexec::FaucetGrant> result) {
            faucet_->setEnabled(true);
            if (!result.ok()) {
                setTone(balanceNote_, Tone::Error);
                balanceNote_->setText(errorText(*result.error));
                return;
            }
            balanceNote_->setText(tr("The faucet sent %1 ETH and %2 RLC.")
                                      .arg(exactAmount(result.value->wei, eth::kEthDecimals),
                                           exactAmount(result.value->nRlc, eth::kRlcDecimals)));
            balancesBlock_ = 0;
            refreshBalances();
        },
        session_.pool());
}

std::optional<eth::Address> WalletPage::selectedAccount() const {
    const auto* item = accounts_->currentItem();
    if (!item)
        return std::nullopt;
    return eth::Address::fromHex(item->data(Qt::UserRole).toString().toStdString());
}

void WalletPage::addAccount() {
    const auto added = withPassword<wallet::AccountInfo>(
        tr("Type your wallet password to add the next account of your recovery phrase."),
        tr("Add account"), true, [](session::Accounts& store, std::string_view secret) {
            return store.addHdAccount(secret);
        });
    if (!added)
        return;
    // The new account is listed and selected; the one in use stays in use until the user
    // chooses another (double-click here, or the header's account menu).
    session_.reload(Completion<>(this, [this, account = *added] {
        for (int i = 0; i < accounts_->count(); ++i)
            if (accounts_->item(i)->data(Qt::UserRole).toString() ==
                q(account.address.toChecksumHex()))
                accounts_->setCurrentRow(i);
        accountNote_->setText(
            tr("%1 was added. Double-click it to use it.").arg(accountName(account)));
    }));
}

void WalletPage::renameAccount() {
    const auto chosen = selectedAccount();
    if (!chosen)
        return;
    const eth::Address address = *chosen;
    bool ok = false;
    const auto info = accountInfo(address);
    if (!info)
        return;
    const QString label =
        QInputDialog::getText(this, tr("Rename account"), tr("Label (empty: none)"),
                              QLineEdit::Normal, q(info->label), &ok);
    if (!ok)
        return;
    // Files written off the GUI thread; the list follows once they are.
    runAsync(
        this,
        [store = session_.store(), address, watched = info->kind == wallet::AccountKind::WatchOnly,
         text = label.trimmed().toStdString()] {
            if (watched)
                store->relabelWatched(address, text);
            else
                store->relabel(address, text);
        },
        [this](const AsyncResult<void>& renamed) {
            if (!renamed.ok()) {
                QMessageBox::warning(this, tr("Account not renamed"), errorText(*renamed.error));
                return;
            }
            session_.reload(Completion<>(this, [this] { refreshAccount(); }));
        });
}

void WalletPage::exportKeystore() {
    const auto chosen = selectedAccount();
    if (!chosen)
        return;
    const eth::Address address = *chosen;
    const QString file = FileDialog::chooseOne(
        this, FileDialog::Mode::Save, tr("Export keystore"), tr("Keystore files (*.json)"),
        QStringLiteral("%1.json").arg(q(address.toChecksumHex())));
    if (file.isEmpty())
        return;
    const auto saved = withPassword<bool>(
        tr("Type your wallet password. The exported file opens with this same password."),
        tr("Export"), true, [address, file](session::Accounts& store, std::string_view secret) {
            writeFileAtomic(file.toStdString(), store.exportKeystore(address, secret), 0600);
        });
    if (saved)
        QMessageBox::information(this, tr("Keystore exported"),
                                 tr("The keystore was saved to %1.").arg(file));
}

void WalletPage::showPhrase() {
    const auto chosen = selectedAccount();
    if (!chosen)
        return;
    const eth::Address address = *chosen;
    const auto opened = withPassword<std::shared_ptr<wallet::Mnemonic>>(
        tr("Type your wallet password to see the recovery phrase."), tr("Continue"), false,
        [address](session::Accounts& store, std::string_view secret) {
            return std::make_shared<wallet::Mnemonic>(store.exportMnemonic(address, secret));
        });
    if (!opened)
        return;
    auto mnemonic = *opened;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("phraseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Recovery phrase"));
    auto* layout = new QVBoxLayout(dialog);
    auto* warning = new QLabel(tr("Anyone who sees these words can take everything in "
                                  "this wallet. Make sure nobody can see your screen."),
                               dialog);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* words = new QLabel(QStringLiteral("••••  ••••  ••••"), dialog);
    words->setObjectName(QStringLiteral("phraseWords"));
    words->setWordWrap(true);
    words->setProperty("mono", true);
    words->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(words);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* reveal = buttons->addButton(tr("Show the words"), QDialogButtonBox::ActionRole);
    reveal->setObjectName(QStringLiteral("revealPhraseButton"));
    // Return closes; the words show only on a deliberate click (or Space on the button).
    reveal->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(reveal, &QPushButton::clicked, words, [words, mnemonic, reveal] {
        const QStringList list =
            QString::fromUtf8(mnemonic->phrase().data(), qsizetype(mnemonic->phrase().size()))
                .split(QLatin1Char(' '));
        QString text;
        for (int i = 0; i < list.size(); ++i)
            text += QStringLiteral("%1. %2   ").arg(i + 1).arg(list[i]);
        words->setText(text.trimmed());
        reveal->setEnabled(false);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(520);
    dialog->open();
}

void WalletPage::removeAccount() {
    const auto chosen = selectedAccount();
    if (!chosen)
        return;
    const eth::Address address = *chosen;
    const auto found = accountInfo(address);
    if (!found)
        return;
    const auto& info = *found;
    const bool watched = info.kind == wallet::AccountKind::WatchOnly;
    const QString warning =
        watched ? tr("Stop watching %1 (%2)? Nothing is lost: it was only an address.")
        : info.hdIndex
            ? tr("Remove %1 (%2) from this computer? It can be brought back from your "
                 "recovery phrase.")
            : tr("Remove %1 (%2) from this computer? It is an imported key: unless you have "
                 "its key or keystore file elsewhere, everything it holds is lost for good.");
    if (QMessageBox::warning(
            this, tr("Remove account"), warning.arg(accountName(info), q(address.toChecksumHex())),
            QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (watched) {
        runAsync(
            this, [store = session_.store(), address] { store->unwatch(address); },
            [this](const AsyncResult<void>& removed) {
                if (!removed.ok())
                    QMessageBox::warning(this, tr("Account not removed"),
                                         errorText(*removed.error));
                session_.reload();
            });
        return;
    }
    const auto removed = withPassword<bool>(
        tr("Type your wallet password to remove the account."), tr("Remove account"), true,
        [address](session::Accounts& store, std::string_view secret) {
            store.remove(address, secret);
        });
    if (removed)
        session_.reload();
}

void WalletPage::updateActivityButtons() {
    const auto rows = activityView_->selectionModel()->selectedRows();
    const bool active = !rows.isEmpty() &&
                        activity_->data(rows.first(), ActivityModel::ActiveRole).toBool() &&
                        activity_->record(rows.first().row()).status != TxStatus::Mined;
    speedUp_->setEnabled(active);
    cancelTx_->setEnabled(active);
    const int pending = activity_->activeCount();
    QString note = activity_->rowCount() == 0
                       ? tr("Transactions you send from this account will appear here.")
                   : pending ? tr("%n transaction(s) on the way.", nullptr, pending)
                             : QString();
    if (!activity_->problem().isEmpty())
        note = tr("Cannot follow transactions right now: %1").arg(activity_->problem());
    activityNote_->setText(note);
    activityNote_->setVisible(!note.isEmpty());
}

void WalletPage::speedUpOrCancel(bool cancel) {
    const auto rows = activityView_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const TxRecord record = activity_->record(rows.first().row());
    const QString what = activity_->describe(record);
    if (cancel &&
        QMessageBox::question(this, tr("Cancel transaction"),
                              tr("Try to cancel “%1”? An empty transaction with a higher fee "
                                 "takes its place; if the original is mined first, it runs "
                                 "anyway.")
                                  .arg(what)) != QMessageBox::Yes)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this,
                                      cancel ? tr("to cancel this transaction")
                                             : tr("to speed up this transaction")))
        return;
    auto signer = session_.signer();
    auto chain = session_.chain();
    if (!signer || !chain || !chain->canSend())
        return;
    speedUp_->setEnabled(false);
    cancelTx_->setEnabled(false);
    const std::int64_t id = record.id;
    runAsync(
        this,
        [chain, signer, id, cancel] {
            return cancel ? chain->transactions().cancel(id, *signer)
                          : chain->transactions().speedUp(id, *signer);
        },
        [this, cancel](AsyncResult<TxRecord> result) {
            if (!result.ok())
                QMessageBox::warning(this, cancel ? tr("Not cancelled") : tr("Not sped up"),
                                     errorText(*result.error));
            activityFeed_->refresh();
        },
        session_.pool());
}

} // namespace sr::ui
