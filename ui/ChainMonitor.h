#pragma once

#include "iexec/NetworkProfile.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <memory>

namespace sr::session {
class NodeProbe;
}

namespace sr::ui {

/// Watches the active network's node off the GUI thread: is it reachable, does it serve the
/// profile's chain, what is the latest block. Polls every few seconds; one request at a time.
class ChainMonitor : public QObject {
    Q_OBJECT
public:
    enum class State { Unknown, Connecting, Connected, WrongChain, Unreachable };

    explicit ChainMonitor(QObject* parent = nullptr);
    ~ChainMonitor() override;

    /// Starts watching `profile` (replacing the previous one) and checks at once.
    void watch(const NetworkProfile& profile);
    void setInterval(int milliseconds) { timer_.setInterval(milliseconds); }

    State state() const { return state_; }
    std::uint64_t blockNumber() const { return block_; }
    /// The reason when not connected, in the interface's language (the status bar shows a
    /// summary and this as the tooltip).
    QString detail() const { return detail_; }

public slots:
    void checkNow();
    /// A block another reader saw (a transaction's receipt, say): the status bar never shows
    /// a block older than the confirmations on screen. Older numbers are ignored.
    void sawBlock(std::uint64_t block);

signals:
    void changed();

private:
    QTimer timer_;
    std::shared_ptr<session::NodeProbe> probe_;
    int generation_ = 0; ///< results of an older profile are dropped
    bool inFlight_ = false;
    State state_ = State::Unknown;
    std::uint64_t block_ = 0;
    QString detail_;
};

} // namespace sr::ui
