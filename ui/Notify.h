#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace sr::ui {

/// Tells the person something happened (a computation completed, data protected) even when
/// they look elsewhere: a desktop notification through the system tray when the desktop has
/// one (most do, through the StatusNotifierItem D-Bus protocol); otherwise (a bare window
/// manager, the offscreen tests) the status bar of `source`'s main window, for 15 s. The tray
/// icon only carries the message: it is a child of `source` and hides again once read.
/// `title` and `text` say it in the interface's language (their tr() runs in them): the status
/// bar says it again in the new language if the language changes while it shows.
void notifyDesktop(QWidget* source, const std::function<QString()>& title,
                   const std::function<QString()>& text);

} // namespace sr::ui
