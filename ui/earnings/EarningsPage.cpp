#include "earnings/EarningsPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "Format.h"
#include "Resources.h"
#include "Theme.h"
#include "earnings/EarningsChart.h"
#include "iexec/EarningsSummary.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "store/AtomicFile.h"
#include "wallet/TransferDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressFilter.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/ColumnFitter.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace sr::ui {

/// What one read gives: the rewards since the last read (those from update.fromBlock on
/// replace the ones shown), the runs under way and the stake, at the synced block.
struct EarningsPage::Reading {
    eth::Address owner;
    iexec::RewardsUpdate update;
    std::vector<iexec::PendingEarning> pending;
    std::map<eth::Address, QString> dataNames, appNames;
    eth::U256 stake;
    std::uint64_t block = 0;
};

EarningsPage::EarningsPage(SettingsModel& state, WalletSession& session, QWidget* parent)
    : AccountPage(session, QStringLiteral("noWalletEarningsCard"), parent), state_(state) {
    model_ = new EarningsModel(this);
    filter_ = new EarningsFilter(this);
    filter_->setSourceModel(model_);
    auto* full = accountLayout()->parentWidget();

    totalsCard_ = new Card(full);
    totalsCard_->setObjectName(QStringLiteral("earningsTotalsCard"));
    auto* grid = new QGridLayout;
    auto figure = [&](const char* name, int column, QLabel*& title, QLabel*& value) {
        title = new QLabel(totalsCard_);
        title->setProperty("muted", true);
        title->setWordWrap(true);
        value = new QLabel(totalsCard_);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        value->setFont(big);
        grid->addWidget(title, 0, column);
        grid->addWidget(value, 1, column);
        grid->setColumnStretch(column, 1);
    };
    figure("earningsAllTime", 0, allTimeTitle_, allTime_);
    figure("earningsThisMonth", 1, monthTitle_, month_);
    figure("earningsPending", 2, pendingTitle_, pendingValue_);
    totalsCard_->body()->addLayout(grid);
    split_ = new QLabel(totalsCard_);
    split_->setObjectName(QStringLiteral("earningsSplit"));
    split_->setWordWrap(true);
    split_->setProperty("muted", true);
    totalsCard_->body()->addWidget(split_);
    auto* totalsActions = new QHBoxLayout;
    withdraw_ = new QPushButton(totalsCard_);
    withdraw_->setObjectName(QStringLiteral("earningsWithdraw"));
    withdraw_->setProperty("primary", true);
    totalsActions->addStretch(1);
    totalsActions->addWidget(withdraw_);
    totalsCard_->body()->addLayout(totalsActions);
    accountLayout()->addWidget(totalsCard_);

    chartCard_ = new Card(full);
    chartCard_->setObjectName(QStringLiteral("earningsChartCard"));
    auto* chartControls = new QHBoxLayout;
    period_ = new QComboBox(chartCard_);
    period_->setObjectName(QStringLiteral("earningsPeriod"));
    chartBy_ = new QComboBox(chartCard_);
    chartBy_->setObjectName(QStringLiteral("earningsChartBy"));
    for (int i = 0; i < 3; ++i)
        period_->addItem(QString());
    for (int i = 0; i < 2; ++i)
        chartBy_->addItem(QString());
    chartControls->addWidget(period_);
    chartControls->addWidget(chartBy_);
    chartControls->addStretch(1);
    chartCard_->body()->addLayout(chartControls);
    chart_ = new EarningsChart(chartCard_);
    chart_->setObjectName(QStringLiteral("earningsChart"));
    chartCard_->body()->addWidget(chart_);
    accountLayout()->addWidget(chartCard_);

    rewardsCard_ = new Card(full);
    rewardsCard_->setObjectName(QStringLiteral("earningsRewardsCard"));
    auto* filters = new QHBoxLayout;
    dataFilter_ = new QComboBox(rewardsCard_);
    dataFilter_->setObjectName(QStringLiteral("earningsFilterData"));
    appFilter_ = new QComboBox(rewardsCard_);
    appFilter_->setObjectName(QStringLiteral("earningsFilterApp"));
    for (auto* combo : {dataFilter_, appFilter_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        filters->addWidget(combo, 1);
    }
    text_ = new QLineEdit(rewardsCard_);
    text_->setObjectName(QStringLiteral("earningsFilterText"));
    text_->setClearButtonEnabled(true);
    filters->addWidget(text_, 1);
    refresh_ = new QPushButton(rewardsCard_);
    refresh_->setObjectName(QStringLiteral("earningsRefresh"));
    filters->addWidget(refresh_);
    rewardsCard_->body()->addLayout(filters);
    table_ = makeRecordTable(rewardsCard_, QStringLiteral("earningsTable"), filter_,
                             QAbstractItemView::ExtendedSelection);
    table_->setWordWrap(false); // a narrow column elides its text, rows keep one line
    table_->setSortingEnabled(true);
    table_->sortByColumn(EarningsModel::Date, Qt::DescendingOrder);
    table_->setMinimumHeight(220);
    new ColumnFitter(table_);
    rewardsCard_->body()->addWidget(table_);
    empty_ = new QLabel(rewardsCard_);
    empty_->setObjectName(QStringLiteral("earningsEmpty"));
    empty_->setWordWrap(true);
    empty_->setProperty("muted", true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setMinimumHeight(100);
    rewardsCard_->body()->addWidget(empty_);
    status_ = new QLabel(rewardsCard_);
    status_->setObjectName(QStringLiteral("earningsStatus"));
    status_->setWordWrap(true); // its tone says an error: not muted
    rewardsCard_->body()->addWidget(status_);
    auto* actions = new QHBoxLayout;
    export_ = new QPushButton(rewardsCard_);
    export_->setObjectName(QStringLiteral("earningsExport"));
    actions->addStretch(1);
    actions->addWidget(export_);
    rewardsCard_->body()->addLayout(actions);
    accountLayout()->addWidget(rewardsCard_);

    for (auto* combo : {dataFilter_, appFilter_})
        connect(combo, &QComboBox::currentIndexChanged, this, &EarningsPage::applyFilters);
    connect(text_, &QLineEdit::textChanged, filter_, &EarningsFilter::setText);
    connect(text_, &QLineEdit::textChanged, this, &EarningsPage::applyFilters);
    connect(period_, &QComboBox::currentIndexChanged, this, &EarningsPage::rebuildChart);
    connect(chartBy_, &QComboBox::currentIndexChanged, this, &EarningsPage::rebuildChart);
    connect(refresh_, &QPushButton::clicked, this, &EarningsPage::refresh);
    connect(withdraw_, &QPushButton::clicked, this, &EarningsPage::openWithdraw);
    connect(export_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export earnings"), QStringLiteral("earnings.csv"), tr("CSV files (*.csv)"),
            nullptr, QFileDialog::DontUseNativeDialog);
        if (!file.isEmpty())
            exportCsv(file);
    });
    // Hidden, new rewards are still announced: read every minute once read.
    followWhileHidden(std::chrono::minutes(1), [this] { return loaded_; });
    retranslate();
    clear();
}

eth::U256 EarningsPage::withdrawable() const {
    return std::min(stake_, asData_ + asApp_);
}

void EarningsPage::clear() {
    earnings_.clear();
    mark_.reset();
    model_->setEarnings({});
    asData_ = asApp_ = thisMonth_ = pending_ = pendingData_ = pendingApp_ = stake_ = {};
    pendingRuns_ = 0;
    loaded_ = false;
    failed_ = false;
    seen_.reset();
    say(Tone::Neutral, {});
    rebuildFilters();
    rebuildChart();
    showTotals();
    applyFilters();
}

void EarningsPage::load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                        bool quiet) {
    const int generation = this->generation();
    if (!quiet) {
        refresh_->setEnabled(false);
        say(Tone::Neutral, [name = QString::fromStdString(chain->profile().displayName)] {
            return tr("Reading your earnings from the %1 chain…").arg(name);
        });
    }
    // Following the chain, only what changed since the last read is read.
    std::optional<iexec::RewardsMark> since;
    if (loaded_ && mark_ && markOwner_ == owner)
        since = mark_;
    runAsync(
        this,
        [chain, owner, since] {
            const auto readerPtr = chain->hubLogs();
            iexec::HubLogReader& reader = *readerPtr;
            const auto report = reader.sync();
            Reading r;
            r.owner = owner;
            r.update = reader.rewardsSince(owner, since);
            r.pending = reader.pending(owner);
            r.stake = chain->funds().balances(owner).stake;
            // Names from what this computer knows; an address stands for the others.
            for (const auto& d : chain->datasets().cached(owner))
                r.dataNames[d.address] = QString::fromStdString(d.name);
            for (const auto& a : chain->approvedApps()->list(chain->profile().chainId))
                r.appNames[a.address] = QString::fromStdString(a.name);
            r.block = report.toBlock;
            return r;
        },
        readDone<Reading>(
            generation, refresh_,
            [this](const Error& error) {
                failed_ = true;
                say(Tone::Error, [why = errorText(error)] {
                    return tr("Could not read your earnings from the chain: %1").arg(why);
                });
                applyFilters();
            },
            [this](Reading reading) {
                failed_ = false;
                show(std::move(reading));
            }),
        session_.pool());
}

void EarningsPage::show(Reading r) {
    auto& update = r.update;
    // The rows from update.fromBlock on are replaced by the update's (all of them when it
    // starts at 0); the announcement counts the rewards not seen before. Chain order: the
    // rows replaced are the last ones.
    const auto replaced = std::find_if(earnings_.begin(), earnings_.end(),
                                       [&](const auto& e) { return e.block >= update.fromBlock; });
    using Key = std::pair<Hash32, int>;
    std::set<Key> updated;
    int fresh = 0;
    eth::U256 freshAmount;
    for (const auto& e : update.earnings) {
        if (e.role == iexec::EarningRole::Other)
            continue;
        const Key key(e.task, static_cast<int>(e.role));
        if (updated.insert(key).second && seen_ && !seen_->count(key)) {
            ++fresh;
            freshAmount += e.amount;
        }
    }
    if (!seen_ || update.fromBlock == 0) {
        seen_ = std::move(updated);
    } else {
        for (auto it = replaced; it != earnings_.end(); ++it)
            seen_->erase(Key(it->task, static_cast<int>(it->role)));
        seen_->merge(updated);
    }
    const bool rowsChanged = replaced != earnings_.end() || !update.earnings.empty();
    earnings_.erase(replaced, earnings_.end());
    earnings_.insert(earnings_.end(), update.earnings.begin(), update.earnings.end());
    mark_ = update.mark;
    markOwner_ = r.owner;
    // The same sums as the Overview's (one computation, in the core).
    const auto now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
    const auto summary = iexec::summarizeEarnings(earnings_, r.pending, iexec::utcMonthStart(now));
    asData_ = summary.asData;
    asApp_ = summary.asApp;
    thisMonth_ = summary.since;
    pendingData_ = summary.pendingData;
    pendingApp_ = summary.pendingApp;
    pending_ = summary.pending();
    pendingRuns_ = summary.pendingRuns;
    stake_ = r.stake;
    const bool renamed = model_->setNames(std::move(r.dataNames), std::move(r.appNames));
    model_->updateFrom(update.fromBlock, std::move(update.earnings));
    const bool first = !loaded_;
    loaded_ = true;
    say(Tone::Neutral,
        [block = r.block] { return tr("Up to date with the chain (block %1).").arg(block); });
    // A new block without new rewards costs no pass over the rows.
    if (first || rowsChanged || renamed) {
        rebuildFilters();
        rebuildChart();
    }
    showTotals();
    applyFilters();
    if (fresh > 0)
        announce(fresh, freshAmount);
}

void EarningsPage::showTotals() {
    allTime_->setText(rlcAmount(asData_ + asApp_));
    month_->setText(rlcAmount(thisMonth_));
    pendingValue_->setText(rlcAmount(pending_));
    QString split =
        tr("As data owner: %1 · as app owner: %2.").arg(rlcAmount(asData_), rlcAmount(asApp_));
    if (pendingRuns_ > 0)
        split += QLatin1Char(' ') +
                 tr("Pending: %1 as data owner and %2 as app owner, from %n run(s) under way, "
                    "paid when they complete.",
                    nullptr, static_cast<int>(pendingRuns_))
                     .arg(rlcAmount(pendingData_), rlcAmount(pendingApp_));
    split_->setText(split);
    withdraw_->setEnabled(loaded_ && !withdrawable().isZero());
    withdraw_->setToolTip(
        loaded_
            ? tr("Your iExec account holds %1: withdraw it to your wallet.").arg(rlcAmount(stake_))
            : QString());
}

void EarningsPage::rebuildFilters() {
    for (auto [combo, all, byApp] : {std::tuple{dataFilter_, tr("All data"), false},
                                     std::tuple{appFilter_, tr("All apps"), true}}) {
        std::vector<std::pair<QString, eth::Address>> choices;
        std::set<eth::Address> listed;
        for (const auto& e : model_->rows()) {
            const eth::Address& a = byApp ? e.app : e.dataset;
            if (listed.insert(a).second)
                choices.emplace_back(byApp ? model_->appName(a) : model_->dataName(a), a);
        }
        listAddresses(combo, all, choices);
    }
}

void EarningsPage::rebuildChart() {
    static const iexec::EarningsGroup periods[] = {
        iexec::EarningsGroup::Day, iexec::EarningsGroup::Week, iexec::EarningsGroup::Month};
    const int p = std::clamp(period_->currentIndex(), 0, 2);
    const bool byApp = chartBy_->currentIndex() == 1;
    std::vector<EarningsChart::Series> names;
    for (const auto& e : earnings_) {
        const eth::Address& a = byApp ? e.app : e.dataset;
        names.push_back({a, byApp ? model_->appName(a) : model_->dataName(a)});
    }
    chart_->setEarnings(earnings_, periods[p], byApp, names);
}

void EarningsPage::applyFilters() {
    filter_->setDataFilter(chosenAddress(dataFilter_));
    filter_->setAppFilter(chosenAddress(appFilter_));
    const bool none = model_->rowCount() == 0;
    const bool filteredOut = !none && filter_->rowCount() == 0;
    // A failed read keeps what the last one showed (the status says why it is not newer).
    table_->setVisible(!none);
    chartCard_->setVisible(!none);
    empty_->setVisible(none || filteredOut);
    if (failed_ && none)
        empty_->setText(tr("Your earnings could not be read: see below."));
    else if (none && !loaded_)
        empty_->setText(tr("Reading your earnings…"));
    else if (none)
        empty_->setText(
            tr("No earnings yet. When an app uses your protected data under a paid grant, the "
               "price of each run is credited to your iExec account when the run completes, "
               "and shows here. Grant access with a price on the Access page to start."));
    else if (filteredOut)
        empty_->setText(tr("No reward matches these filters."));
    export_->setEnabled(filter_->rowCount() > 0);
}

void EarningsPage::say(Tone tone, std::function<QString()> text) {
    statusText_ = std::move(text);
    setTone(status_, tone);
    status_->setText(statusText_ ? statusText_() : QString());
}

void EarningsPage::exportCsv(const QString& file) {
    // Newest first, as shown.
    const QByteArray csv = QByteArray::fromStdString(iexec::earningsCsv(filter_->shown()));
    say(Tone::Neutral, [file] { return tr("Exporting to %1…").arg(file); });
    runAsync(
        this, [csv, path = file.toStdString()] { writeFileAtomic(path, csv.toStdString(), 0600); },
        [this, file](AsyncResult<void> result) {
            if (result.ok())
                say(Tone::Good, [file] { return tr("Earnings exported to %1.").arg(file); });
            else
                say(Tone::Error, [file, why = errorText(*result.error)] {
                    return tr("Could not export to %1: %2").arg(file, why);
                });
            emit exported(result.ok());
        },
        session_.pool());
}

void EarningsPage::openWithdraw() {
    auto* dialog = new TransferDialog(session_, TransferDialog::Kind::Withdraw, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAmount(withdrawable());
    // A withdrawal changes the stake: read it again once the dialog is done.
    connect(dialog, &TransferDialog::finishedTransaction, this, &EarningsPage::refresh);
    dialog->open();
}

QString EarningsPage::noticeText(int count, const eth::U256& amount) {
    return tr("Your data earned %1 in %n new reward(s).", nullptr, count).arg(rlcAmount(amount));
}

void EarningsPage::announce(int count, const eth::U256& amount) {
    emit newEarnings(count, amount);
    const QString title = tr("New earnings");
    const QString text = noticeText(count, amount);
    // The desktop's notification area when it has one; else the window's status bar.
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto* icon = new QSystemTrayIcon(appIcon(), this);
        icon->show();
        icon->showMessage(title, text, QSystemTrayIcon::Information, 8000);
        QTimer::singleShot(10000, icon, &QObject::deleteLater);
    } else if (auto* main = qobject_cast<QMainWindow*>(window())) {
        constexpr int kShownMs = 15000;
        main->statusBar()->showMessage(text, kShownMs);
        // Said again in the new language if the language changes while it shows.
        notice_ = Notice{count, amount, text, QDeadlineTimer(kShownMs)};
    }
}

void EarningsPage::retranslateNotice() {
    auto* main = qobject_cast<QMainWindow*>(window());
    if (!notice_ || !main || notice_->until.hasExpired() ||
        main->statusBar()->currentMessage() != notice_->text) {
        notice_.reset();
        return;
    }
    notice_->text = noticeText(notice_->count, notice_->amount);
    main->statusBar()->showMessage(
        notice_->text, static_cast<int>(std::max<qint64>(1, notice_->until.remainingTime())));
}

void EarningsPage::retranslate() {
    setHeading(tr("Earnings"), tr("What your data and apps earned, in RLC, read from the chain."));
    setNoWalletTexts(tr("No wallet yet"),
                     tr("Earnings are paid to the account that owns the data. Create or import a "
                        "wallet on the Wallet page to see what your data earns."));
    totalsCard_->setTitle(tr("Totals"));
    chartCard_->setTitle(tr("Over time"));
    rewardsCard_->setTitle(tr("Rewards"));
    allTimeTitle_->setText(tr("All time"));
    monthTitle_->setText(tr("This month"));
    pendingTitle_->setText(tr("Pending"));
    withdraw_->setText(tr("Withdraw to wallet…"));
    export_->setText(tr("Export CSV…"));
    refresh_->setText(tr("Refresh"));
    text_->setPlaceholderText(tr("Filter: address, task, date…"));
    period_->setItemText(0, tr("By day"));
    period_->setItemText(1, tr("By week"));
    period_->setItemText(2, tr("By month"));
    chartBy_->setItemText(0, tr("Per data"));
    chartBy_->setItemText(1, tr("Per app"));
    dataFilter_->setToolTip(tr("Only the rewards of this data"));
    appFilter_->setToolTip(tr("Only the rewards from this app"));
    rebuildFilters();
    showTotals();
    applyFilters();
    if (statusText_)
        status_->setText(statusText_()); // said again in the new language
    retranslateNotice();
}

} // namespace sr::ui
