#pragma once

#include "eth/Address.h"
#include "pages/Page.h"
#include "session/Accounts.h"
#include "session/Session.h"

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sr::ui {

class WrapLabel;

class ActivityFeed;
class ActivityModel;
class AddressLabel;
class Card;
class ChainMonitor;
class WalletSession;

/// The Wallet page: the current account (identicon, label, address, receive), its balances
/// (ETH for gas, RLC, the iExec account's stake and locked RLC) refreshed on every new block,
/// send / deposit / withdraw, test funds on the sandbox, the accounts of the wallet (add,
/// rename, export, show the phrase, remove) and the Activity list (speed up, cancel).
/// Without a wallet it offers to create or import one.
class WalletPage : public Page {
    Q_OBJECT
public:
    /// An account's name as the app shows it: its label, or "Account 2" for the phrase's
    /// second one, "Imported account", "Watched address".
    static QString accountName(const wallet::AccountInfo& account);
    /// `activity` and `feed` are the main window's: they follow pending transactions (for the
    /// status bar) before this page is built and while it is hidden.
    WalletPage(WalletSession& session, ChainMonitor& monitor, ActivityModel& activity,
               ActivityFeed& feed, QWidget* parent = nullptr);

    ActivityModel* activity() const { return activity_; }
    /// What keeps activity() up to date (refresh() after a send).
    ActivityFeed* activityFeed() const { return activityFeed_; }
    /// The balances last read, if any.
    const std::optional<iexec::Balances>& balances() const { return balances_; }

public slots:
    void refreshBalances();

signals:
    /// The user asked to create or import a wallet (the main window opens the wizard).
    void createRequested();
    void importRequested();
    void balancesRefreshed();

protected:
    void retranslate() override;

private:
    void refreshAccount();
    void refreshAccounts();
    void showBalances();
    void openTransfer(int kind);
    void openReceive();
    void getTestFunds();
    void addAccount();
    void renameAccount();
    void exportKeystore();
    void showPhrase();
    void removeAccount();
    void speedUpOrCancel(bool cancel);
    void updateActivityButtons();
    /// The wallet's account (or watched address) `address`, if listed.
    std::optional<wallet::AccountInfo> accountInfo(const eth::Address& address) const;
    /// The account selected in the accounts list.
    std::optional<eth::Address> selectedAccount() const;
    /// Asks for the wallet password (the password dialog: also when unlocked, as adding,
    /// exporting, showing the phrase and removing need the password itself) and runs
    /// `work(store, password)` off the GUI thread as the dialog's check: a wrong password keeps
    /// the dialog open. The result, or nothing if the user gave up. `changes`: the work writes
    /// something, so the dialog cannot be closed while it runs.
    template <typename T, typename Work>
    std::optional<T> withPassword(const QString& why, const QString& confirm, bool changes,
                                  Work work);

    WalletSession& session_;
    ChainMonitor& monitor_;
    std::optional<iexec::Balances> balances_;
    std::uint64_t balancesBlock_ = 0;
    bool balancesBusy_ = false;
    QString balancesError_;

    QStackedWidget* states_;
    QLabel* emptyTitle_;
    QLabel* emptyText_;
    QPushButton* emptyCreate_;
    QPushButton* emptyImport_;

    Card* accountCard_;
    QLabel* identicon_;
    QLabel* accountName_;
    AddressLabel* address_;
    WrapLabel* lockState_;
    QPushButton* receive_;

    Card* balanceCard_;
    QLabel* ethLabel_;
    QLabel* eth_;
    QLabel* rlcLabel_;
    QLabel* rlc_;
    QLabel* stakeLabel_;
    QLabel* stake_;
    QLabel* lockedLabel_;
    QLabel* locked_;
    QLabel* balanceNote_;
    QPushButton* send_;
    QPushButton* deposit_;
    QPushButton* withdraw_;
    QPushButton* faucet_;

    Card* accountsCard_;
    QListWidget* accounts_;
    QLabel* accountNote_ = nullptr;
    QPushButton* addAccount_;
    QPushButton* importAccount_;
    QPushButton* rename_;
    QPushButton* export_;
    QPushButton* phrase_;
    QPushButton* remove_;
    QPushButton* addressBook_;

    Card* activityCard_;
    ActivityModel* activity_;
    ActivityFeed* activityFeed_;
    QTableView* activityView_;
    QLabel* activityNote_;
    QPushButton* speedUp_;
    QPushButton* cancelTx_;
};

} // namespace sr::ui
