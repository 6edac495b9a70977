#pragma once

#include "eth/Address.h"
#include "pages/AccountPage.h"
#include "session/Session.h"

#include <cstdint>
#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QBoxLayout;
class QTableView;
class QUrl;
class QVBoxLayout;

namespace sr::ui {

class AddressLabel;
class SettingsModel;
class Card;
class DataTimelineView;
class WrapLabel;

class ProtectedDataModel;
class WalletSession;

/// The Protected data page: every protected data the current account owns on the active
/// network (whoever made it), painted at once from the local cache and then brought up to date
/// from the chain off the GUI thread; a search box and a schema-field filter; a detail pane
/// with who may use the data (its live grants), "Verify content", "Transfer…", "Explorer"
/// (where the network has one), "Manage access…", "Grant access…" and "Run an app…" (a new
/// computation on it). Without a wallet it says so.
class ProtectedDataPage : public AccountPage {
    Q_OBJECT
public:
    ProtectedDataPage(SettingsModel& state, WalletSession& session, QWidget* parent = nullptr);

    /// Puts `widget` above the list (the "drop files to protect" zone goes there).
    void addAboveList(QWidget* widget);
    ProtectedDataModel* model() const { return model_; }
    /// The data shown in the detail pane.
    std::optional<eth::Address> selected() const { return selected_; }
    void select(const eth::Address& dataset);

signals:
    /// A transfer or a grant changed what other pages show.
    void dataChanged();
    /// How many protected data the account has on this network changed (0 while unknown).
    void dataCountChanged(int count);
    /// "Manage access…" in the detail pane: the Access page, filtered to this data.
    void manageAccessRequested(const eth::Address& dataset);
    /// "Run an app…" in the detail pane: a new computation on this data.
    void runAppRequested(const eth::Address& dataset);

protected:
    void retranslate() override;
    /// Paints the cached listing, then reads the chain; quiet (a new block): only the chain,
    /// and the view left alone when nothing changed.
    void load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
              bool quiet) override;
    void clear() override;
    bool canFollow() const override { return loaded_; }
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyFilter();
    /// The list beside the detail pane, or above it when the page is too narrow for both.
    void fitBrowser();
    QBoxLayout* columns_ = nullptr;
    /// Sizes the columns to the table's width: the name takes what is left, and when even
    /// that is not enough, the least useful columns (address, fields, then the creation time,
    /// all in the detail pane) are hidden rather than pushing the state out of view.
    void fitColumns();
    void showDetail();
    /// Reads the live grants of the data in the detail pane (off the GUI thread).
    void loadGrants();
    /// Asks the content's location for its size (once per data; off the GUI thread).
    /// The content's size: asked at once of the profile's gateway; another server (one the
    /// data's owner chose) only after the user clicks the link offered.
    void loadSize(const iexec::ProtectedData& shown, bool clicked = false);
    /// The explorer's page of `dataset`, or empty when the network has no explorer.
    QUrl explorerUrl(const eth::Address& dataset) const;
    void verify();
    void transfer();
    void grant();

    SettingsModel& state_;
    ProtectedDataModel* model_;
    std::optional<eth::Address> selected_;
    bool loaded_ = false;
    int dataCount_ = 0;
    /// Whose grants the detail pane shows (read again when the selection changes).
    std::optional<eth::Address> grantsOf_;
    int grantsGeneration_ = 0;
    /// Content sizes asked this session (nullopt: the server did not say).
    std::map<eth::Address, std::optional<std::uint64_t>> sizes_;
    std::optional<iexec::ProtectedData> sizeOf_; ///< what the size line is about

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
    QLabel* sizeCaption_;
    WrapLabel* size_;
    QLabel* createdCaption_;
    QLabel* created_;
    QLabel* schemaCaption_;
    WrapLabel* schema_;
    QLabel* grantsCaption_;
    WrapLabel* grants_;
    QPushButton* manageGrants_;
    QPushButton* explorer_;
    WrapLabel* verifyResult_;
    QPushButton* verify_;
    QPushButton* transfer_;
    QPushButton* grant_;
    QPushButton* runApp_;
    DataTimelineView* timeline_;
};

} // namespace sr::ui
