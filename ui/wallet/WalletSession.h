#pragma once

#include "Async.h"
#include "eth/Address.h"
#include "iexec/NetworkProfile.h"
#include "session/Accounts.h"
#include "session/Contacts.h"
#include "util/CancelToken.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sr {
namespace session {
class ChainSession;
} // namespace session
} // namespace sr

namespace sr::ui {

class SettingsModel;

/// The active network as the wallet uses it: the engine's session (core/session/Session.h) for
/// this data folder and network, with its node client, journal, transaction flow and services.
/// Shared with the jobs that run off the GUI thread (it is thread-safe), so a job outlives a
/// network switch safely.
using ChainContext = session::ChainSession;

/// The wallet as the GUI sees it: the accounts of the data folder, the one in use, whether it
/// is unlocked, and the active network's chain context.
///
/// Unlocking keeps the current account's key in wiped memory until lock(): on the lock button,
/// after `autoLockMinutes` without keyboard or mouse input, when the screen locks (freedesktop
/// and GNOME screensaver signals on the session bus), when the account changes or the window
/// closes. Anything that signs asks for the password again after a lock.
class WalletSession : public QObject {
    Q_OBJECT
public:
    explicit WalletSession(SettingsModel& state, QObject* parent = nullptr);
    ~WalletSession() override;

    /// The accounts, keyed and watched (thread-safe; its calls touch the disk and those that
    /// open a key file are slow: run them with runAsync).
    std::shared_ptr<session::Accounts> store() const { return store_; }
    /// Re-reads the accounts off the GUI thread and keeps the current one if it still exists;
    /// then accounts() is the new list (or a newer one) and `done` is called. When the session
    /// starts, the first list is read off the GUI thread too, while the window is built; the
    /// first call that needs it takes it (waiting only if the read has not finished yet).
    void reload(Completion<> done = {});
    const std::vector<wallet::AccountInfo>& accounts() const;
    bool hasAccounts() const { return !accounts().empty(); }
    std::optional<wallet::AccountInfo> current() const;
    /// Makes `address` the account in use (remembered in the settings). Locks.
    void setCurrent(const eth::Address& address);
    /// Whether the current account can sign at all (watch-only accounts cannot).
    bool canSign() const;

    bool isUnlocked() const { return signer_ != nullptr; }
    /// The unlocked key of the current account, or null when locked.
    std::shared_ptr<const wallet::UnlockedAccount> signer() const { return signer_; }
    /// Keeps a key just unlocked elsewhere (the unlock dialog, the wizard that created the
    /// account), if it is the current account's; unlocking is asked through UnlockDialog.
    void adoptSigner(wallet::UnlockedAccount signer);
    void adoptSigner(std::shared_ptr<const wallet::UnlockedAccount> signer);
    void lock();
    /// Whether the screen locker is followed (its signals on the session bus, when there is
    /// one, lock the wallet): from the first unlock on.
    bool followsScreenLock() const { return screenLockFollowed_; }

    /// Idle time before locking; zero: never. Follows the settings unless a test sets it.
    void setAutoLockInterval(std::chrono::milliseconds idle);
    std::chrono::milliseconds autoLockInterval() const;

    /// The named addresses (null if the database cannot be opened). Thread-safe.
    std::shared_ptr<session::Contacts> addressBook() const { return addressBook_; }

    /// The active network's session: node, journal, transaction flow and services.
    std::shared_ptr<ChainContext> chain() const { return chain_; }
    /// Where chain jobs run (a few threads, apart from the global pool).
    QThreadPool* pool() { return &pool_; }
    /// Cancelled when the session ends, so that long chain jobs stop instead of delaying exit.
    const CancelToken& shutdownToken() const { return shutdown_; }

public slots:
    /// Called by the screensaver's ActiveChanged signal; locks when the screen locks.
    void screenLockChanged(bool active);

signals:
    void accountsChanged();
    void currentChanged();
    void lockChanged(bool unlocked);
    void chainChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyAccounts(std::vector<wallet::AccountInfo> fresh);
    /// Takes the first list if it is still being read (nobody has seen another list yet, so
    /// nothing is announced).
    void takeFirstListing() const;
    void rebuildChain();
    void applySettings();
    void followScreenLock();

    SettingsModel& state_;
    std::shared_ptr<session::Accounts> store_;
    mutable std::vector<wallet::AccountInfo> accounts_;
    mutable QFuture<std::vector<wallet::AccountInfo>> firstListing_;
    std::uint64_t reloadsStarted_ = 0;
    std::uint64_t reloadApplied_ = 0;
    std::shared_ptr<const wallet::UnlockedAccount> signer_;
    std::shared_ptr<ChainContext> chain_;
    std::shared_ptr<session::Contacts> addressBook_;
    QThreadPool pool_;
    CancelToken shutdown_;
    QTimer idle_;
    bool intervalFromSettings_ = true;
    bool screenLockFollowed_ = false;
};

} // namespace sr::ui
