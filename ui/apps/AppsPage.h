#pragma once

#include "eth/Address.h"
#include "pages/Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace sr::ui {

class SettingsModel;
class ApprovedAppsModel;
class Card;
class KnownAppsModel;
class WalletSession;

/// Apps the user trusts on the active network: the approved apps and whitelists (kept in the
/// data folder, the profile's known ones preloaded) with their kind, TEE framework and the data
/// they need; add one by address (read from the chain first), edit, remove. Below, the apps the
/// network profile knows. "Run on my data…" starts a new computation with the selected app.
class AppsPage : public Page {
    Q_OBJECT
public:
    AppsPage(SettingsModel& state, WalletSession& session, QWidget* parent = nullptr);

    ApprovedAppsModel* approvedModel() const { return approvedModel_; }
    bool isLoading() const { return loading_; }
    /// Opens the dialog that approves an app by address.
    void addApp();

public slots:
    void refresh();

signals:
    void refreshed();
    /// "Run on my data…": a new computation with the selected app.
    void runOnDataRequested(const eth::Address& app);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void refreshKnown();
    void editApp();
    void removeApp();
    void updateButtons();

    SettingsModel& state_;
    WalletSession& session_;
    ApprovedAppsModel* approvedModel_;
    KnownAppsModel* model_;
    int generation_ = 0;
    bool loading_ = false;

    Card* approvedCard_;
    QLabel* approvedIntro_;
    QTableView* approvedTable_;
    QLabel* approvedStatus_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
    QPushButton* run_;
    Card* knownCard_;
    QLabel* knownIntro_;
    QTableView* table_;
};

} // namespace sr::ui
