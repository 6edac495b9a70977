#pragma once

#include "util/Error.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>
#include <exception>
#include <functional>
#include <optional>
#include <type_traits>

namespace sr::ui {

/// The outcome of work run off the GUI thread: a value, or the core error that stopped it.
template <typename T> struct AsyncResult {
    std::optional<T> value;
    std::optional<sr::Error> error;
    bool ok() const { return !error; }
};
template <> struct AsyncResult<void> {
    std::optional<sr::Error> error;
    bool ok() const { return !error; }
};

/// A completion handler bound to the object that receives it: calling it does nothing once
/// the receiver is destroyed. Every API that forwards a caller's completion takes one of these,
/// never a bare std::function, so that a long-lived service cannot launder a dialog's callback
/// into its own lifetime (the dialog closes, the work ends, the callback writes into freed
/// memory). Call it on the receiver's thread.
template <typename... Args> class Completion {
public:
    Completion() = default;
    template <typename F>
    Completion(QObject* receiver, F&& f) : receiver_(receiver), f_(std::forward<F>(f)) {}

    /// The receiver, or null once it is gone.
    QObject* receiver() const { return receiver_.data(); }
    bool alive() const { return !receiver_.isNull() && f_; }
    void operator()(Args... args) const {
        if (alive())
            f_(args...);
    }

private:
    QPointer<QObject> receiver_;
    std::function<void(Args...)> f_;
};

/// Runs `work` on `pool` (the global pool by default) and calls `done(AsyncResult)` on the GUI
/// thread, unless `context` has been destroyed meanwhile. The only way the UI calls core code
/// that touches disk, network or a KDF.
template <typename Work, typename Done>
void runAsync(QObject* context, Work work, Done done, QThreadPool* pool = nullptr) {
    using T = std::invoke_result_t<Work>;
    auto guarded = [work = std::move(work)]() -> AsyncResult<T> {
        AsyncResult<T> result;
        try {
            if constexpr (std::is_void_v<T>)
                work();
            else
                result.value = work();
        } catch (const sr::Error& e) {
            result.error = e;
        } catch (const std::exception& e) {
            result.error = sr::Error(sr::ErrorCode::Internal, e.what());
        }
        return result;
    };
    auto* watcher = new QFutureWatcher<AsyncResult<T>>();
    QPointer<QObject> alive(context);
    QObject::connect(watcher, &QFutureWatcher<AsyncResult<T>>::finished, context,
                     [watcher, alive, done = std::move(done)]() {
                         if (alive)
                             done(watcher->result());
                         watcher->deleteLater();
                     });
    // If the context dies first the connection above is gone: clean the watcher up anyway.
    QObject::connect(watcher, &QFutureWatcher<AsyncResult<T>>::finished, watcher,
                     [watcher, alive]() {
                         if (!alive)
                             watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), guarded));
}

} // namespace sr::ui
