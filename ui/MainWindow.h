#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace sr::ui {

class AppState;
class ChainMonitor;
class SettingsPage;

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

    explicit MainWindow(AppState& state, QWidget* parent = nullptr);

    void showPage(PageId page);
    PageId currentPage() const;
    SettingsPage* settingsPage() const { return settingsPage_; }
    ChainMonitor* chainMonitor() const { return monitor_; }

public slots:
    void showAbout();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSidebar();
    void buildHeader();
    void buildPages();
    void retranslate();
    void refreshNetwork();
    void refreshIcons();
    void rebuildNetworkMenu();
    void refreshConnection();

    AppState& state_;
    ChainMonitor* monitor_;
    QListWidget* sidebar_;
    QStackedWidget* pages_;
    SettingsPage* settingsPage_ = nullptr;
    QLabel* brandName_;
    QLabel* brandIcon_;
    QToolButton* networkBadge_;
    QLabel* accountLabel_;
    QPushButton* createWallet_;
    QPushButton* importWallet_;
    QToolButton* aboutButton_;
    QLabel* statusNetwork_;
    QLabel* statusConnection_;
    QLabel* statusPending_;
};

} // namespace sr::ui
