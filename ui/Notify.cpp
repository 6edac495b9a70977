#include "Notify.h"

#include "Resources.h"

#include <QDeadlineTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>

namespace sr::ui {
namespace {

constexpr int kStatusShownMs = 15000;
const auto kNoticeName = QStringLiteral("statusNotice");

/// The status bar's notice while it shows: a child of the bar, which hands it the bar's
/// QEvent::LanguageChange; it then says the notice again in the new language for the time
/// left. Gone once the notice is over, replaced or overwritten.
class StatusNotice : public QObject {
public:
    StatusNotice(QStatusBar* bar, std::function<QString()> text)
        : QObject(bar), bar_(bar), text_(std::move(text)), until_(kStatusShownMs) {
        setObjectName(kNoticeName);
        say(kStatusShownMs);
        QTimer::singleShot(kStatusShownMs, this, &QObject::deleteLater);
    }

    bool event(QEvent* event) override {
        if (event->type() == QEvent::LanguageChange) {
            if (until_.hasExpired() || bar_->currentMessage() != said_)
                deleteLater(); // over, or another message took its place
            else
                say(static_cast<int>(std::max<qint64>(1, until_.remainingTime())));
        }
        return QObject::event(event);
    }

private:
    void say(int ms) {
        said_ = text_();
        bar_->showMessage(said_, ms);
    }

    QStatusBar* bar_;
    std::function<QString()> text_;
    QDeadlineTimer until_;
    QString said_;
};

} // namespace

void notifyDesktop(QWidget* source, const std::function<QString()>& title,
                   const std::function<QString()>& text) {
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto* tray = source->findChild<QSystemTrayIcon*>(QString(), Qt::FindDirectChildrenOnly);
        if (!tray) {
            tray = new QSystemTrayIcon(appIcon(), source);
            tray->setToolTip(QStringLiteral("Strongroom"));
        }
        tray->show();
        tray->showMessage(title(), text(), QSystemTrayIcon::Information, 8000);
        QTimer::singleShot(10000, tray, &QSystemTrayIcon::hide);
        return;
    }
    auto* main = qobject_cast<QMainWindow*>(source->window());
    if (!main)
        return;
    QStatusBar* bar = main->statusBar();
    delete bar->findChild<QObject*>(kNoticeName, Qt::FindDirectChildrenOnly); // the one before
    new StatusNotice(bar, text);
}

} // namespace sr::ui
