#include "BlockFollower.h"

#include "ChainMonitor.h"

#include <QWidget>

namespace sr::ui {

BlockFollower::BlockFollower(ChainMonitor& monitor, QWidget* page,
                             std::chrono::milliseconds minimumGap, std::function<void()> follow,
                             QObject* parent)
    : QObject(parent), monitor_(monitor), page_(page), gap_(minimumGap),
      follow_(std::move(follow)) {
    deferred_.setSingleShot(true);
    connect(&deferred_, &QTimer::timeout, this, &BlockFollower::consider);
    connect(&monitor_, &ChainMonitor::changed, this, &BlockFollower::consider);
    // The first block seen is the one the page read when it was shown.
    seen_ = monitor_.blockNumber();
}

void BlockFollower::consider() {
    if (monitor_.state() != ChainMonitor::State::Connected)
        return;
    const std::uint64_t block = monitor_.blockNumber();
    if (!page_ || !page_->isVisible()) {
        // Shown again later, the page reads everything then.
        seen_ = block;
        return;
    }
    if (block == seen_ || seen_ == 0) {
        seen_ = block;
        return;
    }
    const auto elapsed = std::chrono::milliseconds(since_.isValid() ? since_.elapsed() : 0);
    if (since_.isValid() && elapsed < gap_) {
        if (!deferred_.isActive())
            deferred_.start(gap_ - elapsed);
        return;
    }
    fire();
}

void BlockFollower::fire() {
    seen_ = monitor_.blockNumber();
    since_.start();
    ++followed_;
    follow_();
}

} // namespace sr::ui
