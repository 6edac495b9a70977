#pragma once

#include <atomic>
#include <memory>

namespace sr {

/// Shared between the caller (who may cancel) and long work (which checks it). Cheap to copy.
class CancelToken {
public:
    CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const noexcept { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const noexcept { return flag_->load(std::memory_order_relaxed); }
    /// Throws sr::Error(Cancelled) if cancelled.
    void throwIfCancelled() const;

private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

} // namespace sr
