#pragma once

#include "pages/Page.h"

#include <QList>

class QFormLayout;
class QLabel;

namespace sr::ui {

class AddressLabel;
class AppState;
class Card;

/// The landing page: the active network and its contracts, the wallet, where data lives.
class OverviewPage : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(AppState& state, QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    void refresh();

    AppState& state_;
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
    QLabel* dataDir_;
    QLabel* storageNote_;
};

} // namespace sr::ui
