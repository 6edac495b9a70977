#pragma once

#include "pages/Page.h"
#include "session/Session.h"

#include <QList>
#include <optional>

class QFormLayout;
class QLabel;

namespace sr::ui {

class AddressLabel;
class AppState;
class Card;
class WalletSession;

/// The landing page: the active network and its contracts, the wallet as it is (the current
/// account, locked or not, its balances as the Wallet page last read them), where data lives.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(AppState& state, WalletSession& wallet, QWidget* parent = nullptr);

    /// The balances last read (by the Wallet page, at each block); kept only for the current
    /// account.
    void setBalances(const std::optional<iexec::Balances>& balances);

protected:
    void retranslate() override;

private:
    void refresh();
    void refreshWallet();

    AppState& state_;
    WalletSession& wallet_;
    std::optional<iexec::Balances> balances_;
    Card* networkCard_;
    Card* walletCard_;
    Card* storageCard_;
    QFormLayout* networkForm_;
    QList<QLabel*> networkLabels_;
    QLabel* networkName_;
    QLabel* chainId_;
    QLabel* rpcUrl_;
    AddressLabel* hub_;
    AddressLabel* dataProtector_;
    QLabel* walletText_;
    QWidget* accountRow_;
    QLabel* accountIcon_;
    QLabel* accountName_;
    AddressLabel* accountAddress_;
    QLabel* walletState_;
    QLabel* balancesText_;
    QLabel* dataDir_;
    QLabel* storageNote_;
};

} // namespace sr::ui
