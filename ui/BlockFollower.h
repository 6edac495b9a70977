#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <cstdint>
#include <functional>

class QWidget;

namespace sr::ui {

class ChainMonitor;

/// Keeps a page the user is looking at in step with the chain: when the monitor sees a new
/// block while `page` is on screen, `follow` is called, at most once per minimum gap (a block
/// that comes sooner is followed when the gap ends, so the last one is never missed). Nothing
/// happens for a hidden page (pages read when they are shown) or a node that is not connected.
/// What changed elsewhere (another device, the command line, an app consuming an access) then
/// shows without a click on Refresh.
class BlockFollower : public QObject {
    Q_OBJECT
public:
    BlockFollower(ChainMonitor& monitor, QWidget* page, std::chrono::milliseconds minimumGap,
                  std::function<void()> follow, QObject* parent = nullptr);

    void setMinimumGap(std::chrono::milliseconds gap) { gap_ = gap; }
    /// How many times the page was asked to follow (for tests and diagnostics).
    int followed() const { return followed_; }

private:
    void consider();
    void fire();

    ChainMonitor& monitor_;
    QPointer<QWidget> page_;
    std::chrono::milliseconds gap_;
    std::function<void()> follow_;
    std::uint64_t seen_ = 0; ///< the block the page was last brought up to
    QElapsedTimer since_;    ///< since the last follow
    QTimer deferred_;
    int followed_ = 0;
};

} // namespace sr::ui
