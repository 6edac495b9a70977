#pragma once

#include "Theme.h"
#include "pages/AccountPage.h"
#include "session/Dashboard.h"
#include "session/Session.h"

#include <QList>
#include <functional>
#include <optional>

class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace sr::ui {

class AddressLabel;
class SettingsModel;
class Card;

/// The landing page, a dashboard of the current account on the active network: its balances
/// (wallet and iExec account), protected data and live grants, computations under way and
/// earnings this month, each a click away from its page; what needs attention (an unfinished
/// protect, a claimable task, too little ETH for fees, earnings to withdraw) with the button
/// that resolves it; for a new wallet, the getting-started steps, ticked from what the chain
/// and the journals say. Below, the account, the network's facts and the data folder.
///
/// Reads off the GUI thread in two steps (session::readDashboardAccount, quick; then
/// readDashboardActivity, the hub's logs, which a first time can be long), and follows new
/// blocks quietly (followChain, from MainWindow).
class OverviewPage : public AccountPage {
    Q_OBJECT
public:
    OverviewPage(SettingsModel& state, WalletSession& wallet, QWidget* parent = nullptr);

    /// The balances last read (by the Wallet page, at each block); kept only for the current
    /// account.
    void setBalances(const std::optional<iexec::Balances>& balances);

    /// What the last reads said (for the tests).
    const std::optional<session::DashboardAccount>& accountFacts() const { return account_; }
    const std::optional<session::DashboardActivity>& activity() const { return activity_; }

signals:
    /// A button asks for another page (a MainWindow::PageId).
    void openPage(int page);

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent* event) override;
    void load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
              bool quiet) override;
    void clear() override;

private:
    struct Tile {
        Card* card;
        QLabel* value;
        QLabel* detail;
        QPushButton* open;
    };
    struct Step {
        QLabel* mark;
        QLabel* text;
        QPushButton* button;
    };
    struct Alert {
        QWidget* row;
        QLabel* text;
        QPushButton* button;
    };
    Tile addTile(int index, const char* name, int page);
    Step addStep(const char* name, int page);
    Alert addAlert(const char* name, int page);
    void readActivity(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                      int generation);
    void showFacts();
    /// Three cards a row when they fit side by side, else two.
    void layoutTiles();
    void refreshNetwork();
    void refreshWallet();
    /// Shows `text` in the status line (asked again on a change of language).
    void say(Tone tone, std::function<QString()> text);

    SettingsModel& state_;
    std::optional<iexec::Balances> balances_;
    std::optional<session::DashboardAccount> account_;
    std::optional<session::DashboardActivity> activity_;
    std::function<QString()> statusText_;

    Card* attentionCard_;
    Alert protectAlert_, claimAlert_, gasAlert_, withdrawAlert_;
    Card* checklistCard_;
    QLabel* checklistIntro_;
    Step fundsStep_, protectStep_, grantStep_, runStep_, resultStep_;
    QWidget* dashboard_;
    QGridLayout* tiles_;
    Tile balancesTile_, dataTile_, grantsTile_, computationsTile_, earningsTile_;
    int tileColumns_ = 0;
    QLabel* status_;

    Card* walletCard_;
    QWidget* accountRow_;
    QLabel* accountIcon_;
    QLabel* accountName_;
    AddressLabel* accountAddress_;
    QLabel* walletState_;
    QLabel* balancesText_;

    Card* networkCard_;
    QFormLayout* networkForm_;
    QList<QLabel*> networkLabels_;
    QLabel* networkName_;
    QLabel* chainId_;
    QLabel* rpcUrl_;
    AddressLabel* hub_;
    AddressLabel* dataProtector_;
    Card* storageCard_;
    QLabel* dataDir_;
    QLabel* storageNote_;
};

} // namespace sr::ui
