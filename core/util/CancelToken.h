#pragma once

#include <atomic>
#include <memory>

namespace sr {

/// Shared between the caller (who may cancel) and long work (which checks it). Cheap to copy.
class CancelToken {
public:
    CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const noexcept { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const noexcept {
        return flag_->load(std::memory_order_relaxed) ||
               (parent_ && parent_->load(std::memory_order_relaxed));
    }
    /// A new token that is cancelled by its own cancel() and also when this one is (a dialog's
    /// work that must also stop when the whole session ends). One level: `this`'s own flag.
    CancelToken linked() const {
        CancelToken child;
        child.parent_ = flag_;
        return child;
    }
    /// Throws sr::Error(Cancelled) if cancelled.
    void throwIfCancelled() const;

private:
    std::shared_ptr<std::atomic<bool>> flag_;
    std::shared_ptr<std::atomic<bool>> parent_;
};

} // namespace sr
