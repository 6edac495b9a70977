#include "protect/ProtectController.h"

#include "Async.h"
#include "ErrorText.h"
#include "crypto/SecretBytes.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "util/RecordedError.h"
#include "wallet/UnlockedAccount.h"
#include "wallet/WalletSession.h"

#include <QPointer>
#include <chrono>

namespace sr::ui {
namespace {

using Clock = std::chrono::steady_clock;
// Progress reaches the GUI at most this often (the pipeline reports every chunk it moves).
constexpr auto kProgressInterval = std::chrono::milliseconds(150);

} // namespace

struct ProtectController::Running {
    CancelToken token;
    std::optional<iexec::ProtectProgress> last;
};

// Kept alive by the worker for as long as its pipeline refers to them.
struct ProtectController::Target {
    std::shared_ptr<ChainContext> chain;

    iexec::ProtectPipeline pipeline() const { return chain->protect(); }
};

ProtectController::ProtectController(SettingsModel& state, WalletSession& wallet, QObject* parent)
    : QObject(parent), state_(state), wallet_(wallet) {
    // Uploads may take long: two at a time, apart from the pools other pages use.
    pool_.setMaxThreadCount(2);
    connect(&wallet_, &WalletSession::chainChanged, this, &ProtectController::refresh);
    // Locking takes the key away from running work too: each run stops at its next check
    // (resumable, the journal keeps it) and lets go of the key; finished() says why.
    connect(&wallet_, &WalletSession::lockChanged, this, [this](bool unlocked) {
        if (unlocked)
            return;
        for (auto& [id, running] : running_) {
            stoppedByLock_.insert(id);
            running->token.cancel();
        }
    });
    refresh();
}

ProtectController::~ProtectController() {
    for (auto& [id, running] : running_)
        running->token.cancel();
    pool_.waitForDone();
}

ProtectController::Target ProtectController::target() const {
    auto chain = wallet_.chain();
    // Said when the user tries to protect something; the rest of the app goes on.
    if (chain)
        try {
            chain->protectJournal();
        } catch (const Error& e) {
            throw Error(ErrorCode::Io,
                        "The protect journal cannot be opened: " + errorText(e).toStdString());
        }
    if (!chain || !chain->canSend())
        throw Error(ErrorCode::Io, "The transaction journal of this network cannot be opened, "
                                   "so nothing can be protected on it.");
    return {chain};
}

std::optional<iexec::ProtectOperation> ProtectController::operation(std::int64_t id) const {
    for (const auto& op : operations_)
        if (op.id == id)
            return op;
    return std::nullopt;
}

std::optional<iexec::ProtectProgress> ProtectController::progress(std::int64_t id) const {
    const auto it = running_.find(id);
    return it == running_.end() ? std::nullopt : it->second->last;
}

void ProtectController::refresh() {
    Target where;
    try {
        where = target();
    } catch (const Error&) {
        operations_.clear();
        emit operationsChanged();
        return;
    }
    runAsync(
        this, [where] { return where.pipeline().list(); },
        [this](AsyncResult<std::vector<iexec::ProtectOperation>> result) {
            if (!result.ok())
                return; // the journal could not be read this time; the list stays as it was
            operations_ = std::move(*result.value);
            emit operationsChanged();
        },
        &pool_);
}

void ProtectController::start(const iexec::ProtectRequest& request,
                              const ProtectCredentials& credentials,
                              Completion<std::int64_t, QString> created) {
    Target where;
    try {
        where = target();
    } catch (const Error& e) {
        created(0, errorText(e));
        return;
    }
    runAsync(
        this,
        [where, request, credentials] {
            return where.pipeline().create(request, credentials.signer->address(),
                                           credentials.password->text());
        },
        [this, credentials, created](AsyncResult<std::int64_t> result) {
            if (!result.ok()) {
                created(0, errorText(*result.error));
                return;
            }
            const std::int64_t id = *result.value;
            run(id, credentials);
            created(id, QString());
        },
        &pool_);
}

void ProtectController::resume(std::int64_t id, const ProtectCredentials& credentials) {
    if (!isRunning(id))
        run(id, credentials);
}

void ProtectController::run(std::int64_t id, const ProtectCredentials& credentials) {
    Target where;
    try {
        where = target();
    } catch (const Error& e) {
        emit finished(id, errorText(e));
        return;
    }
    auto running = std::make_shared<Running>();
    running_[id] = running;
    cancelWanted_.erase(id);
    // On the worker: the observer posts to the GUI thread, throttled per step.
    QPointer<ProtectController> self(this);
    struct Throttle {
        Clock::time_point lastPost{};
        std::optional<iexec::ProtectStep> lastStep;
        bool sized = false; ///< the step's size was posted
    };
    auto throttle = std::make_shared<Throttle>();
    iexec::ProtectPipeline::Observer observer = [self, id,
                                                 throttle](const iexec::ProtectProgress& p) {
        const auto now = Clock::now();
        const bool newStep = throttle->lastStep != p.step;
        const bool last = p.total > 0 && p.done == p.total;
        // A step's size is shown as soon as it is known ("0 B of 96 MB"), however quick the
        // step: a step shorter than the interval would otherwise go from busy to done.
        const bool firstSized = p.total > 0 && (newStep || !throttle->sized);
        if (!newStep && !last && !firstSized && now - throttle->lastPost < kProgressInterval)
            return;
        throttle->lastPost = now;
        throttle->lastStep = p.step;
        throttle->sized = p.total > 0;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, p] {
                if (!self)
                    return;
                const auto it = self->running_.find(id);
                if (it == self->running_.end())
                    return;
                it->second->last = p;
                emit self->progressed(id);
            },
            Qt::QueuedConnection);
    };
    const CancelToken token = running->token;
    runAsync(
        this,
        [where, id, credentials, observer, token] {
            return where.pipeline().run(id, *credentials.signer, credentials.password->text(),
                                        observer, &token);
        },
        [this, where, id](AsyncResult<iexec::ProtectOperation> result) {
            running_.erase(id);
            const bool byLock = stoppedByLock_.erase(id) != 0;
            if (!result.ok() && result.error->code() == ErrorCode::Cancelled &&
                cancelWanted_.count(id)) {
                cleanUpCancelled(id);
                return;
            }
            cancelWanted_.erase(id);
            if (!result.ok() && result.error->code() == ErrorCode::Cancelled && byLock) {
                const QString why = tr("Stopped because the wallet was locked: its key is not "
                                       "kept while it is locked. Nothing is lost; unlock and "
                                       "resume it.");
                // The journal says it too, so that every view of the operation gives the reason.
                try {
                    auto& journal = where.chain->protectJournal();
                    if (auto op = journal.find(id)) {
                        op->failure = RecordedError{
                            ErrorCode::Cancelled, ErrorReason::Unspecified, {}, why.toStdString()};
                        journal.update(*op);
                    }
                } catch (const Error&) {
                    // the message below still says it
                }
                refresh();
                emit finished(id, why);
                return;
            }
            refresh();
            if (result.ok() && result.value->state == iexec::ProtectState::Done)
                emit protectedData(*result.value);
            emit finished(id, result.ok() ? QString() : errorText(*result.error));
        },
        &pool_);
    refresh(); // lists the operation (a new one is not in the last reading)
}

void ProtectController::cancel(std::int64_t id) {
    const auto it = running_.find(id);
    if (it != running_.end()) {
        const auto& last = it->second->last;
        if (last && last->step >= iexec::ProtectStep::Register) {
            emit cancelRefused(
                id, tr("This data is already being registered on the network, so it can no "
                       "longer be cancelled. Let it finish: the Secret Management Service must "
                       "receive its key."));
            return;
        }
        // Stops at the pipeline's next check; the run's end cleans it up.
        cancelWanted_.insert(id);
        it->second->token.cancel();
        return;
    }
    cleanUpCancelled(id);
}

void ProtectController::cleanUpCancelled(std::int64_t id) {
    cancelWanted_.erase(id);
    Target where;
    try {
        where = target();
    } catch (const Error& e) {
        emit cancelRefused(id, errorText(e));
        return;
    }
    runAsync(
        this, [where, id] { return where.pipeline().cancel(id); },
        [this, id](AsyncResult<iexec::ProtectOperation> result) {
            refresh();
            if (!result.ok()) {
                emit cancelRefused(id, errorText(*result.error));
                return;
            }
            emit finished(id, QString());
        },
        &pool_);
}

QString ProtectController::stepText(iexec::ProtectStep step) {
    using iexec::ProtectStep;
    switch (step) {
    case ProtectStep::Seal:
        return tr("Encrypting on this computer");
    case ProtectStep::Upload:
        return tr("Uploading the encrypted copy to IPFS");
    case ProtectStep::Gateway:
        return tr("Checking that the IPFS gateway serves it");
    case ProtectStep::Register:
        return tr("Registering it on the network");
    case ProtectStep::Confirm:
        return tr("Waiting for the registration to be confirmed");
    case ProtectStep::PushKey:
        return tr("Handing the key to the Secret Management Service");
    case ProtectStep::CheckKey:
        return tr("Checking that the Secret Management Service holds the key");
    case ProtectStep::Done:
        return tr("Protected");
    }
    return {};
}

QString ProtectController::stateText(iexec::ProtectState state) {
    using iexec::ProtectState;
    switch (state) {
    case ProtectState::Active:
        return tr("In progress");
    case ProtectState::Failed:
        return tr("Stopped");
    case ProtectState::Done:
        return tr("Protected");
    case ProtectState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace sr::ui
