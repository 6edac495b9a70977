#pragma once

#include "eth/Address.h"
#include "pages/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace sr::ui {

class AddressLabel;
class AppState;
class Card;
class ProtectedDataModel;
class WalletSession;

/// The Protected data page: every protected data the current account owns on the active
/// network (whoever made it), painted at once from the local cache and then brought up to date
/// from the chain off the GUI thread; a search box and a schema-field filter; a detail pane
/// with "Verify content", "Transfer…" and "Grant access…". Without a wallet it says so.
class ProtectedDataPage : public Page {
    Q_OBJECT
public:
    ProtectedDataPage(AppState& state, WalletSession& session, QWidget* parent = nullptr);

    /// Puts `widget` above the list (the "drop files to protect" zone goes there).
    void addAboveList(QWidget* widget);
    ProtectedDataModel* model() const { return model_; }
    /// True while the listing is being read from the chain.
    bool isRefreshing() const { return refreshing_; }
    /// The data shown in the detail pane.
    std::optional<eth::Address> selected() const { return selected_; }
    void select(const eth::Address& dataset);

public slots:
    /// Paints the cached listing, then reads the chain.
    void refresh();
    /// Brings the listing up to date with a new block, quietly (no cache paint, no "reading"
    /// status; an error is still said). Nothing when a read is already under way.
    void followChain();

signals:
    /// The listing was read from the chain (or the read failed).
    void refreshed();
    /// A transfer or a grant changed what other pages show.
    void dataChanged();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void load(bool quiet);
    void applyFilter();
    void showDetail();
    void verify();
    void transfer();
    void grant();

    AppState& state_;
    WalletSession& session_;
    ProtectedDataModel* model_;
    std::optional<eth::Address> selected_;
    int generation_ = 0;
    bool refreshing_ = false;
    bool again_ = false;
    bool loaded_ = false;

    QStackedWidget* states_;
    Card* noWalletCard_;
    QLabel* noWalletText_;
    QVBoxLayout* browserLayout_;
    Card* listCard_;
    QLineEdit* search_;
    QComboBox* field_;
    QPushButton* refreshButton_;
    QLabel* status_;
    QTableView* table_;
    QLabel* empty_;
    Card* detailCard_;
    QLabel* detailHint_;
    QWidget* detail_;
    QLabel* name_;
    QLabel* addressCaption_;
    AddressLabel* address_;
    QLabel* ownerCaption_;
    AddressLabel* owner_;
    QLabel* locationCaption_;
    AddressLabel* location_;
    QLabel* checksumCaption_;
    AddressLabel* checksum_;
    QLabel* createdCaption_;
    QLabel* created_;
    QLabel* schemaCaption_;
    QLabel* schema_;
    QLabel* verifyResult_;
    QPushButton* verify_;
    QPushButton* transfer_;
    QPushButton* grant_;
};

} // namespace sr::ui
