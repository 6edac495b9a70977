#pragma once

#include <QString>

class QWidget;

namespace sr::ui {

/// Tells the person something happened (a computation completed, data protected) even when
/// they look elsewhere: a desktop notification through the system tray when the desktop has
/// one (most do, through the StatusNotifierItem D-Bus protocol); otherwise (a bare window
/// manager, the offscreen tests) the status bar of `source`'s main window, for 15 s. The tray
/// icon only carries the message: it is a child of `source` and hides again once read.
void notifyDesktop(QWidget* source, const QString& title, const QString& text);

} // namespace sr::ui
