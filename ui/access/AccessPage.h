#pragma once

#include "pages/AccountPage.h"
#include "session/Session.h"
#include "util/CancelToken.h"

#include <optional>
#include <set>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sr::ui {

class ColumnFitter;

class SettingsModel;
class Card;
class GrantsModel;
class WalletSession;

/// The Access page: every grant of the account's data on the marketplace with the accesses
/// left on chain, filtered by data, app and user; Grant access…; Revoke the selected grants, or
/// all those the filters show, each closed on chain with its progress, and the list read again
/// once they are mined.
class AccessPage : public AccountPage {
    Q_OBJECT
public:
    AccessPage(SettingsModel& state, WalletSession& session, QWidget* parent = nullptr);

    GrantsModel* model() const { return model_; }
    bool isRevoking() const { return revoking_; }
    /// Opens the grant dialog (with the data the filter shows, if one).
    void openGrantDialog();
    /// Filters the list to the grants of `dataset` (the other filters cleared).
    void showGrantsOf(const eth::Address& dataset);

signals:
    /// A revoke ended (all revoked, or stopped at a failure).
    void revokeFinished(bool ok);

protected:
    void retranslate() override;
    /// Reads the grants (quiet, for a new block: no "reading" status); the selection is kept.
    void load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
              bool quiet) override;
    void clear() override;
    bool canFollow() const override { return !revoking_; }

private:
    std::set<Hash32> selectedOrders() const;
    void reselect(const std::set<Hash32>& orders);
    void rebuildFilters();
    void applyFilter();
    void updateButtons();
    void revoke(std::vector<iexec::GrantedAccess> grants);
    void showRevokeState(std::size_t index);

    /// Where each grant of the revoke under way (or last done) stands.
    enum class RevokeState { Waiting, Sending, Mined, Revoked, Failed, Untouched };
    std::vector<iexec::GrantedAccess> revokeGrants_;
    std::vector<RevokeState> revokeStates_;

    SettingsModel& state_;
    GrantsModel* model_;
    bool failed_ = false;
    ColumnFitter* fitter_;
    bool revoking_ = false;
    /// Cancels the revoke under way when the wallet locks (it holds the key while it waits).
    CancelToken revokeCancel_;
    bool revokeStoppedByLock_ = false;
    bool revokeStopped_ = false; ///< the last revoke ended on an error
    /// The progress card's title for the revoke under way or last done.
    void showRevokeTitle();
    /// The account whose grants were revoked here (its empty list then says so).
    std::optional<eth::Address> revokedBy_;
    /// The data filter showGrantsOf() asks rebuildFilters() to choose.
    std::optional<eth::Address> wantedData_;

    Card* grantsCard_;
    QComboBox* dataFilter_;
    QComboBox* appFilter_;
    QComboBox* userFilter_;
    QTableView* table_;
    QLabel* empty_;
    QLabel* status_;
    QPushButton* grant_;
    QPushButton* revoke_;
    QPushButton* revokeAll_;
    QPushButton* refresh_;
    Card* progressCard_;
    QListWidget* progress_;
    QPushButton* hideProgress_;
    QLabel* progressError_;
};

} // namespace sr::ui
