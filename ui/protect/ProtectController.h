#pragma once

#include "Async.h"
#include "session/Session.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace sr {
namespace crypto {
class SecretBytes;
}
namespace wallet {
class UnlockedAccount;
}
} // namespace sr

namespace sr::ui {

class SettingsModel;
class WalletSession;

/// What running an operation needs: the owner's unlocked key and the wallet password that
/// seals (and opens) the dataset key. Shared with the worker thread; both wipe their memory.
struct ProtectCredentials {
    std::shared_ptr<const wallet::UnlockedAccount> signer;
    std::shared_ptr<const crypto::SecretBytes> password;
};

/// The GUI's side of the protect pipeline (iexec/ProtectPipeline.h) on the active network:
/// starts, resumes and cancels operations off the GUI thread (runAsync, on a pool of its own
/// so that a long upload never starves the wallet's jobs), relays their progress to the GUI
/// thread (at most a few times a second), and keeps the journal's list of operations.
/// Shared by the drop zone's dialog and the operations list, so both show the same runs.
class ProtectController : public QObject {
    Q_OBJECT
public:
    ProtectController(SettingsModel& state, WalletSession& wallet, QObject* parent = nullptr);
    /// Cancels what runs (resumable: the journal keeps it) and waits for the workers.
    ~ProtectController() override;

    /// The operations of the active network, newest first, as last read (see refresh()).
    const std::vector<iexec::ProtectOperation>& operations() const { return operations_; }
    std::optional<iexec::ProtectOperation> operation(std::int64_t id) const;
    /// Re-reads the journal off the GUI thread; operationsChanged() follows.
    void refresh();

    /// Journals a new operation (the key is sealed under the password: a KDF, so off the GUI
    /// thread) then runs it. `created` gets its id, or the error that stopped the request, if
    /// its receiver still lives (a dialog closed meanwhile does not stop the operation).
    void start(const iexec::ProtectRequest& request, const ProtectCredentials& credentials,
               Completion<std::int64_t, QString> created);
    /// Runs an unfinished operation again from its step.
    void resume(std::int64_t id, const ProtectCredentials& credentials);
    /// Gives an operation up. While it runs, only before its transaction left (it stops at the
    /// next check, then is cleaned up); otherwise the pipeline decides. The outcome comes as
    /// finished() (cancelled) or cancelRefused() with the reason.
    void cancel(std::int64_t id);

    bool isRunning(std::int64_t id) const { return running_.count(id) != 0; }
    /// The last progress of a running operation.
    std::optional<iexec::ProtectProgress> progress(std::int64_t id) const;

    /// The wallet session this service runs for.
    WalletSession& wallet() const { return wallet_; }

    /// What the user reads for a step, a state, an operation ("Uploading to IPFS", ...).
    static QString stepText(iexec::ProtectStep step);
    static QString stateText(iexec::ProtectState state);

signals:
    void operationsChanged();
    void progressed(qint64 id);
    /// An operation stopped: done, failed (error set) or cancelled.
    void finished(qint64 id, const QString& error);
    void cancelRefused(qint64 id, const QString& reason);
    /// An operation finished: on chain, on IPFS, and the SMS holds its key.
    void protectedData(const iexec::ProtectOperation& operation);

private:
    struct Running;
    void run(std::int64_t id, const ProtectCredentials& credentials);
    void cleanUpCancelled(std::int64_t id);
    struct Target;
    /// What a worker needs to build the pipeline over the active network; throws Error when
    /// there is none (no journal: the data folder cannot be written).
    Target target() const;

    SettingsModel& state_;
    WalletSession& wallet_;
    std::vector<iexec::ProtectOperation> operations_;
    std::map<std::int64_t, std::shared_ptr<Running>> running_;
    std::set<std::int64_t> cancelWanted_;
    std::set<std::int64_t> stoppedByLock_; ///< runs the lock cancelled (finished() says so)
    QThreadPool pool_;
};

} // namespace sr::ui
