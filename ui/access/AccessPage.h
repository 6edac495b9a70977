#pragma once

#include "iexec/AccessService.h"
#include "pages/Page.h"

#include <set>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sr::ui {

class AppState;
class Card;
class GrantsModel;
class WalletSession;

/// The Access page: every grant of the account's data on the marketplace with the accesses
/// left on chain, filtered by data, app and user; Grant access…; Revoke the selected grants, or
/// all those the filters show, each closed on chain with its progress, and the list read again
/// once they are mined.
class AccessPage : public Page {
    Q_OBJECT
public:
    AccessPage(AppState& state, WalletSession& session, QWidget* parent = nullptr);

    GrantsModel* model() const { return model_; }
    bool isLoading() const { return loading_; }
    bool isRevoking() const { return revoking_; }
    /// Opens the grant dialog (with the data the filter shows, if one).
    void openGrantDialog();

public slots:
    void refresh();
    /// Reads the grants again for a new block, quietly (no "reading" status, the selection
    /// kept); nothing while a read or a revoke is under way.
    void followChain();

signals:
    void refreshed();
    /// A revoke ended (all revoked, or stopped at a failure).
    void revokeFinished(bool ok);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void load(bool quiet);
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

    AppState& state_;
    WalletSession& session_;
    GrantsModel* model_;
    int generation_ = 0;
    bool loading_ = false;
    bool again_ = false;
    bool failed_ = false;
    bool revoking_ = false;

    QStackedWidget* states_;
    Card* noWalletCard_;
    QLabel* noWalletText_;
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
