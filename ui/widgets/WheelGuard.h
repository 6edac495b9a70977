#pragma once

#include <QObject>

class QApplication;

namespace sr::ui {

/// The mouse wheel scrolls the page, not the value of a combo box or a spin box that happens to
/// be under the cursor: such a box takes the wheel only once it has the focus (clicked or
/// reached with Tab), and never takes the focus from the wheel. One application-wide event
/// filter, so that every box of every page and dialog behaves the same.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    /// Installs the guard on `app` once (later calls do nothing).
    static void install(QApplication& app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace sr::ui
