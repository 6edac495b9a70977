#pragma once

#include "eth/Address.h"

#include <QMainWindow>
#include <QPointer>
#include <cstdint>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace sr::ui {

class AccessPage;
class ActivityFeed;
class ActivityModel;
class SettingsModel;
class AppsPage;
class NewComputationDialog;
class ChainMonitor;
class ComputationsPage;
class EarningsPage;
class OverviewPage;
class OnboardingWizard;
class ProtectedDataPage;
class SettingsPage;
class WalletPage;
class WalletSession;

/// The main window: sidebar, header (brand, network badge, account area), pages, status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Sidebar order (product.md).
    enum PageId {
        Overview,
        ProtectedData,
        Access,
        Apps,
        Computations,
        Earnings,
        Wallet,
        Settings,
        PageCount
    };

    MainWindow(SettingsModel& state, WalletSession& wallet, QWidget* parent = nullptr);

    void showPage(PageId page);
    PageId currentPage() const;
    /// A page, built now if it was not yet (pages other than the Overview are built when first
    /// shown or asked for: findChild finds them only from then on).
    QWidget* page(PageId id);
    SettingsPage* settingsPage();
    ChainMonitor* chainMonitor() const { return monitor_; }
    WalletPage* walletPage();
    ProtectedDataPage* protectedDataPage();
    AccessPage* accessPage();
    AppsPage* appsPage();
    ComputationsPage* computationsPage();
    EarningsPage* earningsPage();
    /// The New computation dialog while it is open (null otherwise).
    NewComputationDialog* newComputationDialog() const;

public slots:
    void showAbout();
    /// Opens the wallet wizard (create, or straight to the import choices).
    OnboardingWizard* openWizard(bool import);
    /// Brings the window to the front (a second launch asked).
    void raiseWindow();
    /// Opens the New computation dialog, `dataset` and `app` preselected when given (one at a
    /// time: a dialog already open is brought to the front with the new preselection).
    void openNewComputation(const std::optional<eth::Address>& dataset = std::nullopt,
                            const std::optional<eth::Address>& app = std::nullopt);

signals:
    /// A computation was requested from the New computation dialog (a ComputeJournal id).
    void computationRequested(std::int64_t operationId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildSidebar();
    void buildHeader();
    void buildPages();
    QWidget* buildPage(PageId id);
    void retranslate();
    void refreshNetwork();
    void refreshIcons();
    void rebuildNetworkMenu();
    /// Asks for a profile file and uses it for this run (an error is said, nothing changes).
    void openNetworkProfile();
    void refreshConnection();
    void refreshWallet();
    void refreshPending();

    SettingsModel& state_;
    WalletSession& wallet_;
    ChainMonitor* monitor_;
    QListWidget* sidebar_;
    QStackedWidget* pages_;
    QWidget* built_[PageCount] = {};
    ActivityModel* activity_ =
        nullptr; ///< the account's transactions, for the status bar and Wallet
    ActivityFeed* activityFeed_ =
        nullptr; ///< follows them at each block, the Wallet page built or not
    OverviewPage* overview_ = nullptr;
    SettingsPage* settingsPage_ = nullptr;
    WalletPage* walletPage_ = nullptr;
    ProtectedDataPage* protectedDataPage_ = nullptr;
    AccessPage* accessPage_ = nullptr;
    AppsPage* appsPage_ = nullptr;
    ComputationsPage* computationsPage_ = nullptr;
    EarningsPage* earningsPage_ = nullptr;
    QPointer<QObject> newComputation_; ///< the NewComputationDialog open, if any
    QLabel* brandName_;
    QLabel* brandIcon_;
    QToolButton* networkBadge_;
    QLabel* accountLabel_;
    QComboBox* accountSwitch_;
    QToolButton* lockButton_;
    QPushButton* createWallet_;
    QPushButton* importWallet_;
    QToolButton* aboutButton_;
    QAction* quitAction_ = nullptr;
    bool shownOnce_ = false;
    QLabel* statusNetwork_;
    QLabel* statusConnection_;
    QLabel* statusPending_;
};

} // namespace sr::ui
