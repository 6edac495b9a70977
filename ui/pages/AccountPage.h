#pragma once

#include "Async.h"
#include "eth/Address.h"
#include "pages/Page.h"

#include <chrono>
#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace sr::session {
class ChainSession;
} // namespace sr::session

namespace sr::ui {

class Card;
/// The active network's session (see wallet/WalletSession.h).
using ChainContext = session::ChainSession;
class WalletSession;

/// A page about what the current account has on the active network (its protected data, its
/// grants). It shows a "no wallet yet" card until there is an account, else the subclass's
/// content. Reads are the subclass's; this class orders them: one at a time, a read asked
/// meanwhile runs after it (so what changed during it is not missed), a result for an account
/// or network that is no longer current is dropped. The page reads when shown, again when the
/// account or network changes while it is on screen, and quietly on a new block (followChain).
class AccountPage : public Page {
    Q_OBJECT
public:
    /// `noWalletCardName`: the object name of the "no wallet yet" card.
    AccountPage(WalletSession& session, const QString& noWalletCardName, QWidget* parent);

    /// True while a read is under way.
    bool isLoading() const { return loading_; }
    /// How often a page that follows the chain while hidden (followWhileHidden) reads then;
    /// nothing for the others.
    void setHiddenFollowInterval(std::chrono::milliseconds interval);

signals:
    /// A read ended: what it read is shown, or why it failed is said.
    void refreshed();

public slots:
    /// Reads again, saying so.
    void refresh();
    /// Reads again for a new block, quietly; nothing while a read is under way or when the
    /// page says it should not (canFollow).
    void followChain();

protected:
    /// Where the subclass puts its content (shown when there is an account).
    QVBoxLayout* accountLayout() const { return accountLayout_; }
    void setNoWalletTexts(const QString& title, const QString& text);

    /// Starts a read for `owner` on `chain`; its completion, on the GUI thread, calls
    /// endLoad(generation) first and goes on only when that returns true.
    virtual void load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                      bool quiet) = 0;
    /// Forgets what was shown: the account or the network changed.
    virtual void clear() = 0;
    /// Whether a new block may start a quiet read now.
    virtual bool canFollow() const { return true; }

    /// The generation a read belongs to (pass it to endLoad).
    int generation() const { return generation_; }
    /// Ends a read: false when its result must be dropped (a newer read is started instead).
    bool endLoad(int generation);
    /// The completion of a read that load() runs with runAsync: enables `refreshButton` again,
    /// drops a result no longer wanted (endLoad), hands the error to `failed(const Error&)` or
    /// the value to `shown(T)`, then emits refreshed().
    template <typename T, typename Failed, typename Shown>
    auto readDone(int generation, QWidget* refreshButton, Failed failed, Shown shown) {
        return [this, generation, refreshButton, failed = std::move(failed),
                shown = std::move(shown)](AsyncResult<T> result) {
            refreshButton->setEnabled(true);
            if (!endLoad(generation))
                return;
            if (result.ok())
                shown(std::move(*result.value));
            else
                failed(*result.error);
            emit refreshed();
        };
    }
    /// Has the page read again every `interval` while hidden, once `ready()` says it has read
    /// for this account, so that what it announces (new rewards, a task that ended) is
    /// announced wherever the user is; on screen, MainWindow's BlockFollower has it follow
    /// each block. Not before a first read: one on a public network can be long.
    void followWhileHidden(std::chrono::milliseconds interval, std::function<bool()> ready);

    WalletSession& session_;
    void showEvent(QShowEvent* event) override;

private:
    void start(bool quiet);

    QStackedWidget* states_;
    Card* noWalletCard_;
    QLabel* noWalletText_;
    QVBoxLayout* accountLayout_;
    QTimer* hiddenFollow_ = nullptr;
    int generation_ = 0;
    bool loading_ = false;
    bool again_ = false;
};

} // namespace sr::ui
