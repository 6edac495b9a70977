#pragma once

// What the offscreen GUI suites share: finding widgets by object name, typing as a user does,
// answering the next modal dialog, saving screenshots under the build tree, and checking that
// no text of a window is cut.

#include "GuiSession.h"
#include "MainWindow.h"
#include "TestAccounts.h"
#include "crypto/SecretBytes.h"
#include "util/Paths.h"
#include "wallet/AccountStore.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
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

/// Answers the next modal dialog (QInputDialog, QMessageBox, ...) when it shows up. When a
/// check inside `answer` fails, the dialog is closed, so that the test reports the failure at
/// once instead of waiting in the dialog's event loop until the test function times out.
inline void whenModal(std::function<void(QWidget*)> answer) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            QPointer<QWidget> open(modal);
            answer(modal);
            if (QTest::currentTestFailed() && open && open->isVisible()) {
                if (auto* dialog = qobject_cast<QDialog*>(open.data()))
                    dialog->reject();
                else
                    open->close();
            }
        }
    });
    timer->start();
}

/// Lets pending layout requests, word-wrap heights and posted retranslations settle.
inline void settle() {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// The innermost widgets of a scroll area that need more width than it shows (what makes it
/// scroll sideways), for the failure message.
inline QString widestInside(QAbstractScrollArea* area) {
    QStringList names;
    QWidget* viewport = area->viewport();
    const auto tooWide = [viewport](QWidget* w) {
        return w->isVisible() &&
               w->mapTo(viewport, QPoint(0, 0)).x() + w->minimumSizeHint().width() >
                   viewport->width();
    };
    for (QWidget* w : viewport->findChildren<QWidget*>()) {
        if (!tooWide(w))
            continue;
        bool inner = true;
        for (QWidget* c : w->findChildren<QWidget*>())
            inner = inner && !tooWide(c);
        if (inner)
            names << QStringLiteral("%1 %2 needs %3 px")
                         .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                         .arg(w->minimumSizeHint().width());
    }
    return names.isEmpty() ? QString() : QStringLiteral(": ") + names.join(QStringLiteral(", "));
}

/// What is cut in `window` as it is laid out now, one line per defect (empty when nothing is):
/// a visible label or button smaller than its text needs (a wrapped label shorter than its
/// lines), a label or button reaching outside its window or a parent that clips it, two
/// labels or buttons drawn over each other, and a scroll area or table that scrolls sideways
/// (a page overflowing, a column hidden). Vertical scrolling inside a scroll area is allowed.
inline QStringList clippedWidgets(QWidget* window) {
    QStringList cut;
    auto describe = [](const QWidget* w) {
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(w))
            text = label->text();
        else if (const auto* edit = qobject_cast<const QLineEdit*>(w))
            text = edit->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            text = button->text();
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text.left(60));
    };
    auto isViewport = [](const QWidget* w) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget());
        return area && area->viewport() == w;
    };
    QList<QWidget*> checked;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
            auto* table = qobject_cast<QTableView*>(w);
            if (table && table->horizontalHeader()->length() > table->viewport()->width())
                cut << describe(area) + QStringLiteral(" has columns %1 px wider than it")
                                            .arg(table->horizontalHeader()->length() -
                                                 table->viewport()->width());
            else if (area->horizontalScrollBar()->isVisible())
                cut << describe(area) + QStringLiteral(" scrolls sideways (%1 px hidden%2)")
                                            .arg(area->horizontalScrollBar()->maximum())
                                            .arg(widestInside(area));
            continue;
        }
        if (qobject_cast<QComboBox*>(w->parentWidget()))
            continue; // an editable combo box's own line edit: the combo box is checked
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)) {
            // An input squashed below the height of its text.
            if (w->height() < w->minimumSizeHint().height())
                cut << describe(w) + QStringLiteral(" is squashed to %1 px of height, needs %2")
                                         .arg(w->height())
                                         .arg(w->minimumSizeHint().height());
            continue;
        }
        auto* label = qobject_cast<QLabel*>(w);
        auto* button = qobject_cast<QAbstractButton*>(w);
        if (button && qobject_cast<QLineEdit*>(w->parentWidget()))
            continue; // a line edit's own clear button
        if (label && label->text().isEmpty() && label->pixmap().isNull())
            continue;
        if (!label && !button)
            continue;
        if (label && label->wordWrap() && !label->text().isEmpty()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                cut << describe(w) + QStringLiteral(" needs %1 px of height, has %2")
                                         .arg(needed)
                                         .arg(label->height());
        } else {
            const QSize hint = w->sizeHint();
            if (hint.width() > w->width() || hint.height() > w->height())
                cut << describe(w) + QStringLiteral(" needs %1x%2, has %3x%4")
                                         .arg(hint.width())
                                         .arg(hint.height())
                                         .arg(w->width())
                                         .arg(w->height());
        }
        // Inside every parent up to the window (a scroll area's viewport scrolls vertically).
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            const QRect inParent(w->mapTo(p, QPoint(0, 0)), w->size());
            const bool scrolls = isViewport(p);
            const bool outside = scrolls ? inParent.left() < 0 || inParent.right() >= p->width()
                                         : !p->rect().contains(inParent);
            if (outside) {
                cut << describe(w) +
                           QStringLiteral(" reaches outside %1 %2")
                               .arg(QLatin1String(p->metaObject()->className()), p->objectName());
                break;
            }
            if (p == window || scrolls)
                break;
        }
        for (QWidget* other : std::as_const(checked))
            if (other->parentWidget() == w->parentWidget() &&
                other->geometry().intersects(w->geometry()))
                cut << describe(w) + QStringLiteral(" overlaps ") + describe(other);
        checked << w;
    }
    return cut;
}

/// The visible push buttons of `window` whose text touches their edges: less than `padding`
/// pixels on each side, or less than `padding / 2` above and below.
inline QStringList unpaddedButtons(QWidget* window, int padding = 10) {
    QStringList bare;
    for (QPushButton* b : window->findChildren<QPushButton*>()) {
        if (!b->isVisible() || b->text().isEmpty() || b->window() != window)
            continue;
        const QFontMetrics fm = b->fontMetrics();
        const int textWidth = fm.horizontalAdvance(QString(b->text()).remove(QLatin1Char('&')));
        const int spareWidth = b->sizeHint().width() - textWidth -
                               (b->icon().isNull() ? 0 : b->iconSize().width() + 4);
        const int spareHeight = b->sizeHint().height() - fm.height();
        if (spareWidth < 2 * padding || spareHeight < padding)
            bare << QStringLiteral("%1 \"%2\" (%3 px spare across, %4 px down)")
                        .arg(b->objectName(), b->text())
                        .arg(spareWidth)
                        .arg(spareHeight);
    }
    return bare;
}

/// Fails the current test when anything in `window` is cut (clippedWidgets), saying what.
inline void verifyNothingClipped(QWidget* window, const QString& where) {
    settle();
    const QStringList cut = clippedWidgets(window);
    QVERIFY2(cut.isEmpty(),
             qPrintable(where + QStringLiteral(": ") + cut.join(QStringLiteral("\n  "))));
}

/// Checks `window` at `defaultSize` then at its minimum size (its minimumSize, or what its
/// layout needs when none is set), restoring the default after; screenshots of both sizes
/// are saved as <name>.png and <name>-min.png.
inline void verifyFitsDefaultAndMinimum(QWidget* window, QSize defaultSize, const QString& name) {
    window->resize(defaultSize);
    verifyNothingClipped(window, name + QStringLiteral(" at the default size"));
    if (QTest::currentTestFailed())
        return;
    shoot(window, name);
    const QSize minimum =
        window->minimumSize().isEmpty() ? window->minimumSizeHint() : window->minimumSize();
    window->resize(minimum);
    verifyNothingClipped(window, name + QStringLiteral(" at the minimum size"));
    if (!QTest::currentTestFailed())
        shoot(window, name + QStringLiteral("-min"));
    window->resize(defaultSize);
    settle();
}

} // namespace sr::test
