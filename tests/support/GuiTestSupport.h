#pragma once

// What the offscreen GUI suites share: finding widgets by object name, typing as a user does,
// answering the next modal dialog, and saving screenshots under the build tree.

#include "GuiSession.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>
#include <QtTest>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace sr::test {

/// The descendant of `root` named `name`; warns (and gives null) when there is none.
template <typename T> T* child(QObject* root, const char* name) {
    T* widget = root->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child named %s", name);
    return widget;
}

/// Where screenshots go (created on first use).
inline QString screenshotDir() {
    const QString dir = QStringLiteral(STRONGROOM_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

/// Saves `w` as <screenshots>/<name>.png once pending events (translations, layouts) are in.
inline void shoot(QWidget* w, const QString& name) {
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

/// Replaces the text of `edit` with `text`, typed key by key.
inline void type(QLineEdit* edit, const QString& text) {
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// The app on `dataDir` as a run of `strongroom --data-dir DIR [--network NETWORK]` opens it
/// (a broken settings file set aside without asking), its window shown; null if it did not
/// open.
inline std::unique_ptr<ui::GuiSession>
openSession(const std::filesystem::path& dataDir,
            std::optional<std::string> network = std::nullopt) {
    auto session = std::make_unique<ui::GuiSession>(*qApp, dataDir, false, std::move(network));
    if (!session->ready())
        return nullptr;
    session->window()->show();
    if (!QTest::qWaitForWindowExposed(session->window()))
        return nullptr;
    return session;
}

/// Answers the next modal dialog (QInputDialog, QMessageBox, ...) when it shows up.
inline void whenModal(std::function<void(QWidget*)> answer) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

} // namespace sr::test
