#pragma once

#include "Theme.h"
#include "earnings/EarningsModel.h"
#include "iexec/Earnings.h"
#include "pages/AccountPage.h"

#include <QDeadlineTimer>
#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sr::ui {

class SettingsModel;
class Card;
class EarningsChart;

/// What the account's data and apps earned, read from the hub's logs (the chain is the truth):
/// all-time, this month and pending totals, as data owner and as app owner apart; a chart by
/// day, week or month and by data or app; the rewards in a table with filters and sorting;
/// Export CSV… and Withdraw to wallet (the stake, up to what was earned, prefilled). New
/// rewards seen while following the chain are announced.
class EarningsPage : public AccountPage {
    Q_OBJECT
public:
    EarningsPage(SettingsModel& state, WalletSession& session, QWidget* parent = nullptr);

    EarningsModel* model() const { return model_; }
    EarningsFilter* filter() const { return filter_; }
    EarningsChart* chart() const { return chart_; }
    /// The sums shown (nRLC), for the tests and the Overview.
    eth::U256 earnedAsData() const { return asData_; }
    eth::U256 earnedAsApp() const { return asApp_; }
    eth::U256 earnedThisMonth() const { return thisMonth_; }
    eth::U256 pendingTotal() const { return pending_; }
    /// What Withdraw to wallet prefills: the stake, at most what was earned.
    eth::U256 withdrawable() const;

    /// Writes the rewards the filters show to `file` as CSV (off the GUI thread); `done` says
    /// the error, if any, in plain words (empty: written).
    void exportCsv(const QString& file);
    /// Opens the withdraw dialog with withdrawable() prefilled.
    void openWithdraw();

signals:
    /// New rewards arrived since the last read of the same account (`count`, `amount` nRLC).
    void newEarnings(int count, const eth::U256& amount);
    void exported(bool ok);

protected:
    void retranslate() override;
    void load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
              bool quiet) override;
    void clear() override;

private:
    struct Reading;
    void show(Reading reading);
    void showTotals();
    void rebuildFilters();
    void rebuildChart();
    void applyFilters();
    void announce(int count, const eth::U256& amount);
    static QString noticeText(int count, const eth::U256& amount);
    /// The new earnings shown in the status bar, said again in the new language.
    void retranslateNotice();
    struct Notice {
        int count = 0;
        eth::U256 amount;
        QString text; ///< as shown
        QDeadlineTimer until;
    };
    std::optional<Notice> notice_;
    /// Shows `text` in the status line (asked again on a change of language).
    void say(Tone tone, std::function<QString()> text);
    std::function<QString()> statusText_;

    SettingsModel& state_;
    EarningsModel* model_;
    EarningsFilter* filter_;
    std::vector<iexec::Earning> earnings_; ///< chain order
    /// Where the rewards shown stand in the ledger, and whose they are.
    std::optional<iexec::RewardsMark> mark_;
    eth::Address markOwner_;
    eth::U256 asData_, asApp_, thisMonth_, pending_, pendingData_, pendingApp_, stake_;
    std::size_t pendingRuns_ = 0;
    bool loaded_ = false;
    bool failed_ = false;
    /// The rewards seen at the last read, to announce the new ones (none before the first).
    std::optional<std::set<std::pair<Hash32, int>>> seen_;

    Card* totalsCard_;
    QLabel* allTimeTitle_;
    QLabel* allTime_;
    QLabel* monthTitle_;
    QLabel* month_;
    QLabel* pendingTitle_;
    QLabel* pendingValue_;
    QLabel* split_;
    QPushButton* withdraw_;
    Card* chartCard_;
    QComboBox* period_;
    QComboBox* chartBy_;
    EarningsChart* chart_;
    Card* rewardsCard_;
    QComboBox* dataFilter_;
    QComboBox* appFilter_;
    QLineEdit* text_;
    QTableView* table_;
    QLabel* empty_;
    QLabel* status_;
    QPushButton* export_;
    QPushButton* refresh_;
};

} // namespace sr::ui
