#include "MainWindow.h"

#include "BlockFollower.h"
#include "ChainMonitor.h"
#include "ErrorText.h"
#include "GuiSession.h"
#include "Resources.h"
#include "Theme.h"
#include "access/AccessPage.h"
#include "apps/AppsPage.h"
#include "compute/ComputationsPage.h"
#include "compute/NewComputationDialog.h"
#include "data/ProtectedDataPage.h"
#include "dialogs/AboutDialog.h"
#include "earnings/EarningsPage.h"
#include "onboarding/OnboardingWizard.h"
#include "overview/OverviewPage.h"
#include "protect/DropZone.h"
#include "protect/ProtectController.h"
#include "protect/ProtectPanel.h"
#include "sandbox/SandboxLauncher.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsPage.h"
#include "util/Error.h"
#include "wallet/ActivityFeed.h"
#include "wallet/ActivityModel.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/Identicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sr::ui {
namespace {

const char* const kPageIcons[MainWindow::PageCount] = {"overview", "protected-data", "access",
                                                       "apps",     "computations",   "earnings",
                                                       "wallet",   "settings"};
const char* const kPageObjectNames[MainWindow::PageCount] = {
    "overviewPage",     "protectedDataPage", "accessPage", "appsPage",
    "computationsPage", "earningsPage",      "walletPage", "settingsPage"};

} // namespace

MainWindow::MainWindow(SettingsModel& state, WalletSession& wallet, QWidget* parent)
    : QMainWindow(parent), state_(state), wallet_(wallet), monitor_(new ChainMonitor(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    resize(1180, 760);
    setMinimumSize(900, 600);

    auto* central = new QWidget(this);
    auto* columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    auto* sidebarPanel = new QWidget(central);
    sidebarPanel->setObjectName(QStringLiteral("sidebarPanel"));
    sidebarPanel->setAttribute(Qt::WA_StyledBackground);
    sidebarPanel->setFixedWidth(220);
    auto* sidebarLayout = new QVBoxLayout(sidebarPanel);
    sidebarLayout->setContentsMargins(0, 14, 0, 12);
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(18, 0, 12, 10);
    brandIcon_ = new QLabel(sidebarPanel);
    brandIcon_->setPixmap(appIcon().pixmap(30, 30));
    brandName_ = new QLabel(QStringLiteral("Strongroom"), sidebarPanel);
    brandName_->setObjectName(QStringLiteral("brandName"));
    brand->addWidget(brandIcon_);
    brand->addWidget(brandName_, 1);
    sidebarLayout->addLayout(brand);
    sidebar_ = new QListWidget(sidebarPanel);
    sidebar_->setObjectName(QStringLiteral("sidebar"));
    sidebar_->setIconSize(QSize(20, 20));
    sidebar_->setFrameShape(QFrame::NoFrame);
    sidebarLayout->addWidget(sidebar_, 1);
    aboutButton_ = new QToolButton(sidebarPanel);
    aboutButton_->setObjectName(QStringLiteral("aboutButton"));
    aboutButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    aboutButton_->setAutoRaise(true);
    auto* aboutRow = new QHBoxLayout;
    aboutRow->setContentsMargins(12, 0, 12, 0);
    aboutRow->addWidget(aboutButton_);
    aboutRow->addStretch(1);
    sidebarLayout->addLayout(aboutRow);
    columns->addWidget(sidebarPanel);

    auto* mainColumn = new QVBoxLayout;
    mainColumn->setSpacing(0);
    auto* header = new QWidget(central);
    header->setObjectName(QStringLiteral("header"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 10, 20, 10);
    networkBadge_ = new QToolButton(header);
    networkBadge_->setObjectName(QStringLiteral("networkBadge"));
    networkBadge_->setPopupMode(QToolButton::InstantPopup);
    networkBadge_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    accountLabel_ = new QLabel(header);
    accountLabel_->setObjectName(QStringLiteral("accountLabel"));
    accountLabel_->setProperty("muted", true);
    accountSwitch_ = new QComboBox(header);
    accountSwitch_->setObjectName(QStringLiteral("accountSwitch"));
    accountSwitch_->setIconSize(QSize(20, 20));
    accountSwitch_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    lockButton_ = new QToolButton(header);
    lockButton_->setObjectName(QStringLiteral("lockButton"));
    lockButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createWallet_ = new QPushButton(header);
    createWallet_->setObjectName(QStringLiteral("createWalletButton"));
    createWallet_->setProperty("primary", true);
    importWallet_ = new QPushButton(header);
    importWallet_->setObjectName(QStringLiteral("importWalletButton"));
    headerLayout->addWidget(networkBadge_);
    headerLayout->addStretch(1);
    headerLayout->addWidget(accountLabel_);
    headerLayout->addWidget(accountSwitch_);
    headerLayout->addWidget(lockButton_);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(importWallet_);
    headerLayout->addWidget(createWallet_);
    mainColumn->addWidget(header);
    pages_ = new QStackedWidget(central);
    pages_->setObjectName(QStringLiteral("pages"));
    mainColumn->addWidget(pages_, 1);
    columns->addLayout(mainColumn, 1);
    setCentralWidget(central);

    statusNetwork_ = new QLabel(this);
    statusNetwork_->setObjectName(QStringLiteral("statusNetwork"));
    statusConnection_ = new QLabel(this);
    statusConnection_->setObjectName(QStringLiteral("statusConnection"));
    statusPending_ = new QLabel(this);
    statusPending_->setObjectName(QStringLiteral("statusPending"));
    statusBar()->addWidget(statusNetwork_);
    statusBar()->addWidget(statusConnection_);
    statusBar()->addPermanentWidget(statusPending_);
    statusBar()->setSizeGripEnabled(false);

    markStartup("window frame");
    buildSidebar();
    markStartup("sidebar");
    buildPages();
    markStartup("pages");

    connect(sidebar_, &QListWidget::currentRowChanged, this,
            [this](int row) { pages_->setCurrentWidget(page(static_cast<PageId>(row))); });
    connect(aboutButton_, &QToolButton::clicked, this, &MainWindow::showAbout);
    connect(createWallet_, &QPushButton::clicked, this, [this] { openWizard(false); });
    connect(importWallet_, &QPushButton::clicked, this, [this] { openWizard(true); });
    connect(accountSwitch_, &QComboBox::activated, this, [this](int index) {
        wallet_.setCurrent(
            eth::Address::fromHex(accountSwitch_->itemData(index).toString().toStdString()));
    });
    connect(lockButton_, &QToolButton::clicked, this, [this] {
        if (wallet_.isUnlocked())
            wallet_.lock();
        else
            UnlockDialog::ensureUnlocked(wallet_, this, QString());
    });
    // Ctrl+Q (and the platform's own Quit key) closes every window, which ends the app.
    quitAction_ = new QAction(this);
    quitAction_->setObjectName(QStringLiteral("quitAction"));
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction_->setShortcuts(quitKeys);
    addAction(quitAction_);
    connect(
        quitAction_, &QAction::triggered, this, [] { QApplication::closeAllWindows(); },
        Qt::QueuedConnection);
    connect(&wallet_, &WalletSession::accountsChanged, this, &MainWindow::refreshWallet);
    connect(&wallet_, &WalletSession::currentChanged, this, &MainWindow::refreshWallet);
    connect(&wallet_, &WalletSession::lockChanged, this, &MainWindow::refreshWallet);
    // A request made in the New computation dialog is followed on the Computations page.
    connect(this, &MainWindow::computationRequested, this, [this](std::int64_t id) {
        showPage(Computations);
        computationsPage()->showOperation(id);
    });
    connect(&state_, &SettingsModel::activeNetworkChanged, this, [this] {
        refreshNetwork();
        monitor_->watch(state_.activeNetwork().profile);
    });
    connect(monitor_, &ChainMonitor::changed, this, &MainWindow::refreshConnection);
    connect(&state_, &SettingsModel::networksChanged, this, &MainWindow::refreshNetwork);
    connect(&state_, &SettingsModel::writeFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Settings not saved"),
                             tr("Strongroom could not save your settings: %1").arg(message));
    });
    markStartup("connections");
    retranslate();
    markStartup("retranslate");
    showPage(Overview);
    monitor_->watch(state_.activeNetwork().profile);
}

void MainWindow::buildSidebar() {
    for (int i = 0; i < PageCount; ++i) {
        auto* item = new QListWidgetItem(sidebar_);
        item->setData(Qt::UserRole, QLatin1String(kPageIcons[i]));
    }
    refreshIcons();
}

void MainWindow::buildPages() {
    // A blank stand-in per page; the Overview (on screen first) is built now, the others when
    // they are first shown or asked for: the window shows sooner and holds less.
    for (int i = 0; i < PageCount; ++i)
        pages_->addWidget(new QWidget(pages_));
    page(Overview);
    // The account's transactions are followed wherever the user is (resent if the node lost
    // them, the status bar counting the pending ones), the Wallet page built or not.
    activity_ = new ActivityModel(this);
    activityFeed_ = new ActivityFeed(wallet_, *activity_, this);
    connect(activity_, &ActivityModel::refreshed, this, &MainWindow::refreshPending);
    // The newest block a transaction of the list was mined in: the status bar keeps up.
    connect(activity_, &ActivityModel::refreshed, this, [this] {
        std::uint64_t newest = 0;
        for (int row = 0; row < activity_->rowCount(); ++row)
            newest = std::max(newest, activity_->record(row).blockNumber.value_or(0));
        monitor_->sawBlock(newest);
    });
    connect(monitor_, &ChainMonitor::changed, this, [this, followed = std::uint64_t(0)]() mutable {
        if (monitor_->state() == ChainMonitor::State::Connected &&
            monitor_->blockNumber() != followed) {
            followed = monitor_->blockNumber();
            activityFeed_->refresh();
        }
    });
    activityFeed_->refresh();
}

QWidget* MainWindow::page(PageId id) {
    if (built_[id])
        return built_[id];
    QWidget* page = buildPage(id);
    page->setObjectName(QLatin1String(kPageObjectNames[id]));
    QWidget* standIn = pages_->widget(id);
    pages_->insertWidget(id, page);
    pages_->removeWidget(standIn);
    delete standIn;
    built_[id] = page;
    return page;
}

WalletPage* MainWindow::walletPage() {
    page(Wallet);
    return walletPage_;
}

SettingsPage* MainWindow::settingsPage() {
    page(Settings);
    return settingsPage_;
}

ProtectedDataPage* MainWindow::protectedDataPage() {
    page(ProtectedData);
    return protectedDataPage_;
}

AccessPage* MainWindow::accessPage() {
    page(Access);
    return accessPage_;
}

AppsPage* MainWindow::appsPage() {
    page(Apps);
    return appsPage_;
}

ComputationsPage* MainWindow::computationsPage() {
    page(Computations);
    return computationsPage_;
}

EarningsPage* MainWindow::earningsPage() {
    page(Earnings);
    return earningsPage_;
}

QWidget* MainWindow::buildPage(PageId id) {
    switch (id) {
    case Overview: {
        overview_ = new OverviewPage(state_, wallet_, pages_);
        // The dashboard's cards and buttons lead to their pages; it follows the chain on screen.
        connect(overview_, &OverviewPage::openPage, this,
                [this](int page) { showPage(static_cast<PageId>(page)); });
        auto* follower = new BlockFollower(
            *monitor_, overview_, std::chrono::seconds(5),
            [overview = overview_] { overview->followChain(); }, this);
        follower->setObjectName(QStringLiteral("overviewFollower"));
        return overview_;
    }
    case ProtectedData: {
        protectedDataPage_ = new ProtectedDataPage(state_, wallet_, pages_);
        // Above the list: the drop zone and what is being protected; new data joins the list.
        auto* protect = new ProtectPanel(state_, wallet_, protectedDataPage_);
        protectedDataPage_->addAboveList(protect);
        // The drop zone is the page's largest thing until there is data, then a strip.
        connect(protectedDataPage_, &ProtectedDataPage::dataCountChanged, protect,
                [zone = protect->dropZone()](int count) { zone->setCompact(count > 0); });
        connect(protect->service(), &ProtectController::protectedData, protectedDataPage_,
                &ProtectedDataPage::refresh);
        connect(protectedDataPage_, &ProtectedDataPage::manageAccessRequested, this,
                [this](const eth::Address& dataset) {
                    showPage(Access);
                    accessPage()->showGrantsOf(dataset);
                });
        connect(protectedDataPage_, &ProtectedDataPage::runAppRequested, this,
                [this](const eth::Address& dataset) { openNewComputation(dataset, std::nullopt); });
        // A page on screen follows the chain: data made, transferred or granted elsewhere
        // shows without a click. The listing follows at each block the monitor sees (a few
        // requests, from the cache).
        auto* follower = new BlockFollower(
            *monitor_, protectedDataPage_, std::chrono::seconds(3),
            [page = protectedDataPage_] { page->followChain(); }, this);
        follower->setObjectName(QStringLiteral("protectedDataFollower"));
        return protectedDataPage_;
    }
    case Access: {
        accessPage_ = new AccessPage(state_, wallet_, pages_);
        // The grants also ask the marketplace: at most every 15 s.
        auto* follower = new BlockFollower(
            *monitor_, accessPage_, std::chrono::seconds(15),
            [page = accessPage_] { page->followChain(); }, this);
        follower->setObjectName(QStringLiteral("accessFollower"));
        return accessPage_;
    }
    case Apps:
        appsPage_ = new AppsPage(state_, wallet_, pages_);
        connect(appsPage_, &AppsPage::runOnDataRequested, this,
                [this](const eth::Address& app) { openNewComputation(std::nullopt, app); });
        return appsPage_;
    case Computations: {
        computationsPage_ = new ComputationsPage(state_, wallet_, pages_);
        // Tasks of mine move on with the blocks; their end is announced.
        auto* computationsFollower = new BlockFollower(
            *monitor_, computationsPage_, std::chrono::seconds(5),
            [page = computationsPage_] { page->followChain(); }, this);
        computationsFollower->setObjectName(QStringLiteral("computationsFollower"));
        connect(computationsPage_, &ComputationsPage::newComputationRequested, this,
                [this] { openNewComputation(std::nullopt, std::nullopt); });
        return computationsPage_;
    }
    case Earnings: {
        earningsPage_ = new EarningsPage(state_, wallet_, pages_);
        // New rewards show (and are announced) while the page is on screen.
        auto* follower = new BlockFollower(
            *monitor_, earningsPage_, std::chrono::seconds(5),
            [page = earningsPage_] { page->followChain(); }, this);
        follower->setObjectName(QStringLiteral("earningsFollower"));
        return earningsPage_;
    }
    case Wallet:
        walletPage_ = new WalletPage(wallet_, *monitor_, *activity_, *activityFeed_, pages_);
        connect(walletPage_, &WalletPage::createRequested, this, [this] { openWizard(false); });
        connect(walletPage_, &WalletPage::importRequested, this, [this] { openWizard(true); });
        // The Wallet page reads the balances at each block; the Overview shows the same ones.
        connect(walletPage_, &WalletPage::balancesRefreshed, overview_,
                [overview = overview_, page = walletPage_] {
                    overview->setBalances(page->balances());
                });
        return walletPage_;
    case Settings:
        settingsPage_ = new SettingsPage(state_, pages_);
        return settingsPage_;
    case PageCount:
        break;
    }
    return nullptr;
}

void MainWindow::showPage(PageId page) {
    sidebar_->setCurrentRow(page);
}

MainWindow::PageId MainWindow::currentPage() const {
    return static_cast<PageId>(pages_->currentIndex());
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Strongroom"));
    const QString names[PageCount] = {tr("Overview"), tr("Protected data"), tr("Access"),
                                      tr("Apps"),     tr("Computations"),   tr("Earnings"),
                                      tr("Wallet"),   tr("Settings")};
    for (int i = 0; i < PageCount; ++i)
        sidebar_->item(i)->setText(names[i]);
    aboutButton_->setText(tr("About Strongroom"));
    quitAction_->setText(tr("Quit Strongroom"));
    accountLabel_->setText(tr("No wallet yet"));
    createWallet_->setText(tr("Create wallet"));
    importWallet_->setText(tr("Import"));
    createWallet_->setToolTip(tr("Make a new wallet with its recovery phrase"));
    importWallet_->setToolTip(tr("Bring a wallet you have: recovery phrase, private key or "
                                 "keystore file"));
    accountSwitch_->setToolTip(tr("The account in use. Choose another to switch."));
    refreshConnection();
    refreshPending();
    refreshNetwork();
    refreshWallet();
}

void MainWindow::refreshNetwork() {
    const NetworkProfile p = state_.activeNetwork().profile;
    const QString name = QString::fromStdString(p.displayName);
    QString badge;
    QString background;
    QString foreground = brand::onBadge.name();
    switch (p.kind) {
    case NetworkKind::Mainnet:
        badge = name;
        background = QStringLiteral("transparent");
        foreground = QString();
        break;
    case NetworkKind::Testnet:
        badge = tr("%1 · Testnet").arg(name);
        background = brand::testnetBlue.name();
        break;
    case NetworkKind::Sandbox:
        // "Sandbox · Sandbox" says nothing twice.
        badge = name.contains(QStringLiteral("sandbox"), Qt::CaseInsensitive)
                    ? name
                    : tr("%1 · Sandbox").arg(name);
        background = brand::sandboxGrey.name();
        break;
    }
    networkBadge_->setText(badge);
    // Mainnet is the normal case: no coloured badge, only a discreet yellow dot.
    if (p.kind == NetworkKind::Mainnet) {
        QPixmap dot(10, 10);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(brand::yellow);
        painter.drawEllipse(1, 1, 8, 8);
        painter.end();
        networkBadge_->setIcon(QIcon(dot));
        networkBadge_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    } else {
        networkBadge_->setIcon(QIcon());
        networkBadge_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    networkBadge_->setProperty("networkKind", QString::fromLatin1(networkKindName(p.kind)));
    networkBadge_->setStyleSheet(
        p.kind == NetworkKind::Mainnet
            ? QStringLiteral("QToolButton#networkBadge { border: 1px solid palette(mid); }"
                             "QToolButton#networkBadge { color: palette(window-text); }")
            : QStringLiteral("QToolButton#networkBadge { background: %1; color: %2; }")
                  .arg(background, foreground));
    networkBadge_->setToolTip(
        tr("Network: %1 (chain %2). Click to switch.").arg(name).arg(p.chainId));
    statusNetwork_->setText(tr("%1 · chain %2").arg(name).arg(p.chainId));
    rebuildNetworkMenu();
}

void MainWindow::refreshConnection() {
    switch (monitor_->state()) {
    case ChainMonitor::State::Unknown:
    case ChainMonitor::State::Connecting:
        statusConnection_->setText(tr("Connecting…"));
        statusConnection_->setToolTip(QString());
        break;
    case ChainMonitor::State::Connected:
        statusConnection_->setText(
            tr("Connected · block %1")
                .arg(QLocale().toString(qulonglong(monitor_->blockNumber()))));
        statusConnection_->setToolTip(tr("The node answers and serves the expected chain."));
        break;
    case ChainMonitor::State::WrongChain:
        statusConnection_->setText(tr("Wrong chain"));
        statusConnection_->setToolTip(monitor_->detail());
        break;
    case ChainMonitor::State::Unreachable:
        statusConnection_->setText(tr("Offline"));
        statusConnection_->setToolTip(monitor_->detail());
        break;
    }
    statusConnection_->setProperty("connectionState", static_cast<int>(monitor_->state()));
    // Room for a long block number, so that the status bar does not jump or clip.
    statusConnection_->setMinimumWidth(
        statusConnection_->fontMetrics().horizontalAdvance(
            tr("Connected · block %1").arg(QLocale().toString(999999999))) +
        16);
}

void MainWindow::rebuildNetworkMenu() {
    auto* menu = networkBadge_->menu();
    if (!menu) {
        menu = new QMenu(networkBadge_);
        menu->setObjectName(QStringLiteral("networkMenu"));
        networkBadge_->setMenu(menu);
        // A sandbox started or stopped since: the menu says so when it opens.
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::rebuildNetworkMenu);
    }
    menu->clear();
    qDeleteAll(menu->findChildren<QActionGroup*>(Qt::FindDirectChildrenOnly));
    auto* group = new QActionGroup(menu);
    const bool fileActive = state_.fileNetworkActive();
    const std::string active = fileActive ? std::string() : state_.activeNetwork().profile.name;
    const bool sandboxRunning = SandboxLauncher::of(state_).isRunning();
    auto addNetwork = [&](const QString& label, const QString& name, bool checked) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(checked);
        action->setData(name);
        group->addAction(action);
        return action;
    };
    for (const auto& entry : state_.networks().list()) {
        const QString name = QString::fromStdString(entry.profile.name);
        const bool checked = entry.profile.name == active;
        QString label = QString::fromStdString(entry.profile.displayName);
        if (entry.origin == NetworkOrigin::Sandbox) {
            // The sandbox this data folder runs: offered while it runs (or still in use).
            if (!sandboxRunning && !checked)
                continue;
            label = tr("Local sandbox");
        } else if (entry.profile.kind == NetworkKind::Testnet) {
            label += QStringLiteral("  (") + tr("testnet") + QLatin1Char(')');
        } else if (entry.profile.kind == NetworkKind::Sandbox) {
            label += QStringLiteral("  (") + tr("sandbox") + QLatin1Char(')');
        }
        connect(addNetwork(label, name, checked), &QAction::triggered, this,
                [this, name] { state_.setActiveNetwork(name); });
    }
    if (const auto& file = state_.fileNetwork()) {
        const QString label =
            tr("%1  (from a file)").arg(QString::fromStdString(file->profile.displayName));
        QAction* action = addNetwork(label, QString(), fileActive);
        action->setObjectName(QStringLiteral("fileNetworkAction"));
        connect(action, &QAction::triggered, this, [this] { state_.useFileNetwork(); });
    }
    menu->addSeparator();
    QAction* open = menu->addAction(tr("Open a network profile…"));
    open->setObjectName(QStringLiteral("openNetworkProfileAction"));
    connect(open, &QAction::triggered, this, &MainWindow::openNetworkProfile);
    connect(menu->addAction(tr("Edit networks…")), &QAction::triggered, this,
            [this] { showPage(Settings); });
}

void MainWindow::openNetworkProfile() {
    // Where `strongroom-sandbox up` writes its profile is the likely place to start.
    const QString start = QString::fromStdString(state_.paths().sandboxDir().string());
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a network profile"), QFileInfo::exists(start) ? start : QDir::homePath(),
        tr("Network profiles (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        state_.openNetwork(file.toStdString());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Not a network profile"),
                             tr("Strongroom cannot use %1: %2\n\nThe network is unchanged.")
                                 .arg(QDir::toNativeSeparators(file), errorParticulars(e)));
    }
}

void MainWindow::refreshIcons() {
    const QColor color = iconColor();
    for (int i = 0; i < sidebar_->count(); ++i)
        sidebar_->item(i)->setIcon(
            lineIcon(sidebar_->item(i)->data(Qt::UserRole).toString(), color));
    aboutButton_->setIcon(lineIcon(QStringLiteral("info"), color));
}

void MainWindow::refreshWallet() {
    const bool has = wallet_.hasAccounts();
    accountLabel_->setVisible(!has);
    createWallet_->setVisible(!has);
    importWallet_->setVisible(!has);
    accountSwitch_->setVisible(has);
    lockButton_->setVisible(has);
    const QSignalBlocker blocker(accountSwitch_);
    accountSwitch_->clear();
    const auto current = wallet_.current();
    for (const auto& a : wallet_.accounts()) {
        const QString address = QString::fromStdString(a.address.toChecksumHex());
        const QString name =
            WalletPage::accountName(a) + QStringLiteral("  ·  ") + AddressLabel::shorten(address);
        accountSwitch_->addItem(QIcon(identicon(a.address, 20, devicePixelRatioF())), name,
                                address);
        accountSwitch_->setItemData(accountSwitch_->count() - 1, address, Qt::ToolTipRole);
        if (current && current->address == a.address)
            accountSwitch_->setCurrentIndex(accountSwitch_->count() - 1);
    }
    // Locked, the button says what to do about it: Unlock (the password is asked).
    const bool canSign = wallet_.canSign();
    lockButton_->setEnabled(canSign);
    lockButton_->setText(!canSign               ? tr("Watch only")
                         : wallet_.isUnlocked() ? tr("Lock")
                                                : tr("Unlock…"));
    lockButton_->setToolTip(
        !canSign ? tr("A watch-only account has no key: nothing to unlock, nothing is signed.")
        : wallet_.isUnlocked()
            ? tr("Lock the wallet now: the password is asked before the next signature.")
            : tr("The wallet is locked. Click to type its password and unlock it; it is "
                 "asked anyway before anything is signed."));
    lockButton_->setProperty("unlocked", wallet_.isUnlocked());
}

void MainWindow::refreshPending() {
    const int pending = activity_ ? activity_->activeCount() : 0;
    statusPending_->setText(pending ? tr("%n transaction(s) pending", nullptr, pending)
                                    : tr("No pending operations"));
}

OnboardingWizard* MainWindow::openWizard(bool import) {
    auto* wizard = new OnboardingWizard(wallet_, state_, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!import)
        wizard->startWith(OnboardingWizard::Mode::Create);
    connect(wizard, &QWizard::accepted, this, [this] { showPage(Wallet); });
    wizard->open();
    return wizard;
}

void MainWindow::raiseWindow() {
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

NewComputationDialog* MainWindow::newComputationDialog() const {
    return qobject_cast<NewComputationDialog*>(newComputation_.data());
}

void MainWindow::openNewComputation(const std::optional<eth::Address>& dataset,
                                    const std::optional<eth::Address>& app) {
    // A dialog still at its form takes the new preselection; one that already requested
    // something stays as it is, and a new one opens.
    NewComputationDialog* dialog = newComputationDialog();
    if (!dialog || dialog->operationId() != 0) {
        dialog = new NewComputationDialog(state_, wallet_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewComputationDialog::requested, this, &MainWindow::computationRequested);
        newComputation_ = dialog;
    }
    if (dataset)
        dialog->setData(*dataset);
    if (app)
        dialog->setApp(*app);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (shownOnce_)
        return;
    shownOnce_ = true;
#ifdef __GLIBC__
    // Building and painting the first page frees much of what it allocated, in small blocks
    // that malloc keeps; once the start has settled, they go back to the system (a few MiB of
    // the idle window's memory).
    QTimer::singleShot(std::chrono::seconds(1), this, [] { malloc_trim(0); });
#endif
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refreshIcons();
    QMainWindow::changeEvent(event);
}

} // namespace sr::ui
