#include "ChainMonitor.h"

#include "Async.h"
#include "ErrorText.h"
#include "session/NodeProbe.h"

#include <algorithm>

namespace sr::ui {

ChainMonitor::ChainMonitor(QObject* parent) : QObject(parent) {
    timer_.setInterval(10000);
    connect(&timer_, &QTimer::timeout, this, &ChainMonitor::checkNow);
}

ChainMonitor::~ChainMonitor() = default;

void ChainMonitor::watch(const NetworkProfile& profile) {
    ++generation_;
    inFlight_ = false;
    probe_ = std::make_shared<session::NodeProbe>(profile);
    state_ = State::Connecting;
    block_ = 0;
    detail_.clear();
    emit changed();
    timer_.start();
    checkNow();
}

void ChainMonitor::sawBlock(std::uint64_t block) {
    if (state_ != State::Connected || block <= block_)
        return;
    block_ = block;
    emit changed();
}

void ChainMonitor::checkNow() {
    if (!probe_ || inFlight_)
        return;
    inFlight_ = true;
    const int generation = generation_;
    struct Reading {
        std::uint64_t block = 0;
    };
    runAsync(
        this, [probe = probe_] { return Reading{probe->check()}; },
        [this, generation](const AsyncResult<Reading>& result) {
            if (generation != generation_)
                return; // the network changed meanwhile
            inFlight_ = false;
            if (result.ok()) {
                state_ = State::Connected;
                // A load-balanced node may answer a block behind one already seen.
                block_ = std::max(block_, result.value->block);
                detail_.clear();
            } else {
                state_ = result.error->code() == ErrorCode::ChainMismatch ? State::WrongChain
                                                                          : State::Unreachable;
                detail_ = errorParticulars(*result.error);
            }
            emit changed();
        });
}

} // namespace sr::ui
