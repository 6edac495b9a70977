#include "Notify.h"

#include "Resources.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace sr::ui {

void notifyDesktop(QWidget* source, const QString& title, const QString& text) {
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto* tray = source->findChild<QSystemTrayIcon*>(QString(), Qt::FindDirectChildrenOnly);
        if (!tray) {
            tray = new QSystemTrayIcon(appIcon(), source);
            tray->setToolTip(QStringLiteral("Strongroom"));
        }
        tray->show();
        tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
        QTimer::singleShot(10000, tray, &QSystemTrayIcon::hide);
        return;
    }
    if (auto* main = qobject_cast<QMainWindow*>(source->window()))
        main->statusBar()->showMessage(text, 15000);
}

} // namespace sr::ui
