#pragma once

#include "Theme.h"
#include "compute/ComputationsModel.h"
#include "pages/AccountPage.h"

#include <QPointer>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sr::ui {

class AddressLabel;
class SettingsModel;
class Card;
class ResultViewer;

/// The computations of the account on the active network, on two tabs: *Requested by me* (the
/// compute journal's requests, each joined with its task's state on chain) and *On my data*
/// (the deals that used the account's protected data, from the hub's logs). Both follow new
/// blocks; a task of mine that completes or fails is announced on the desktop. The detail of
/// the selected request: status, deadlines, deal and task ids, the error of a stopped step;
/// Get result (download, check, decrypt with the account's result key, unpack, then the result
/// viewer), Claim (the refund of a task past its final deadline, through the transaction
/// flow), Resume (the request again from its step) and Cancel (a request that sent nothing).
class ComputationsPage : public AccountPage {
    Q_OBJECT
public:
    ComputationsPage(SettingsModel& state, WalletSession& session, QWidget* parent = nullptr);

    RequestsModel* requests() const { return requests_; }
    OnMyDataModel* onMyData() const { return onMyData_; }
    ComputationsFilter* requestsFilter() const { return requestsFilter_; }
    ComputationsFilter* onMyDataFilter() const { return onMyDataFilter_; }
    ResultViewer* resultViewer() const { return viewer_; }
    /// The journal id of the selected request, 0 for none.
    std::int64_t selectedId() const;

    /// Shows the *Requested by me* tab with request `id` selected, reading the journal again
    /// first (a request just made elsewhere in the app).
    void showOperation(std::int64_t id);
    /// Get result / Claim / Resume / Cancel of the selected request (the buttons' actions).
    void getResult();
    void claim();
    void resume();
    void cancelRequest();

signals:
    /// "New computation…" was clicked (the dialog is the window's).
    void newComputationRequested();
    /// A task of mine reached its end since the last read: COMPLETED, or FAILED / TIMEOUT.
    void taskFinished(const QString& taskId, bool completed);
    /// Get result ended: shown in the viewer, or `error` said.
    void resultOpened(bool ok);
    /// A claim, resume or cancel ended (`ok`: it did what it says).
    void actionFinished(bool ok);

protected:
    void retranslate() override;
    void load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
              bool quiet) override;
    void clear() override;
    bool canFollow() const override { return busy_ == 0; }

private:
    struct Reading;
    void show(Reading reading);
    void applyEmptyStates();
    void showDetail();
    const RequestRow* selectedRow() const;
    void select(std::int64_t id);
    void openResult(const std::filesystem::path& folder, const QStringList& files,
                    const QString& first);
    /// The files of a result read off the GUI thread, and the one the app named as its output.
    using ResultFiles = std::pair<QStringList, QString>;
    /// The completion of Get result's read of `folder`: the result shown in the viewer and
    /// `done()` said (nothing when empty), or `failed(why)` said; then resultOpened().
    std::function<void(AsyncResult<ResultFiles>)>
    resultRead(const std::filesystem::path& folder, std::function<QString(const QString&)> failed,
               std::function<QString()> done);
    void say(QLabel* label, Tone tone, std::function<QString()> text);
    void announce(const RequestRow& row, bool completed);
    /// An action of the detail pane starts (the page is busy: its buttons wait) and ends.
    void beginAction(const std::function<QString()>& progress);
    void endAction(bool ok, std::function<QString()> said, Tone tone);
    /// Ends an action that changed the chain or the journal (claim, resume, cancel): says
    /// `failed(why)` for an error, else `done()`, then reads again.
    void endChange(const std::optional<Error>& error, std::function<QString(const QString&)> failed,
                   std::function<QString()> done);

    SettingsModel& state_;
    RequestsModel* requests_;
    OnMyDataModel* onMyData_;
    ComputationsFilter* requestsFilter_;
    ComputationsFilter* onMyDataFilter_;
    bool loaded_ = false;
    bool failed_ = false;
    int busy_ = 0;
    std::optional<std::int64_t> pendingSelect_;
    /// The status key of each request at the last read (none before the first read).
    std::optional<std::map<std::int64_t, QString>> seen_;
    std::function<QString()> statusText_;
    std::function<QString()> detailText_;

    Card* listCard_;
    QTabWidget* tabs_;
    QLineEdit* filter_;
    QPushButton* refresh_;
    QPushButton* newComputation_;
    QTableView* requestsTable_;
    QLabel* requestsEmpty_;
    QTableView* onMyDataTable_;
    QLabel* onMyDataEmpty_;
    QLabel* status_;
    Card* detailCard_;
    QLabel* detailHint_;
    QWidget* detailBody_;
    QLabel* statusCaption_;
    QLabel* statusValue_;
    QLabel* createdCaption_;
    QLabel* createdValue_;
    QLabel* deadlineCaption_;
    QLabel* deadlineValue_;
    QLabel* finalCaption_;
    QLabel* finalValue_;
    QLabel* dealCaption_;
    AddressLabel* dealValue_;
    QLabel* taskCaption_;
    AddressLabel* taskValue_;
    QLabel* errorValue_;
    QPushButton* getResult_;
    QPushButton* claim_;
    QPushButton* resume_;
    QPushButton* cancel_;
    QLabel* detailStatus_;
    ResultViewer* viewer_;
};

} // namespace sr::ui
