#include "widgets/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>
#include <QWidget>

namespace sr::ui {
namespace {

/// The combo or spin box `widget` belongs to (itself, or the line edit inside one), if any.
QWidget* valueBox(QObject* object) {
    auto* widget = qobject_cast<QWidget*>(object);
    for (int depth = 0; widget && depth < 2; ++depth, widget = widget->parentWidget())
        if (qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget))
            return widget;
    return nullptr;
}

} // namespace

void WheelGuard::install(QApplication& app) {
    if (app.findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new WheelGuard(&app));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Polish:
        // The wheel would otherwise give such a box the focus, then its value.
        if (auto* box = valueBox(watched); box == watched && box->focusPolicy() == Qt::WheelFocus)
            box->setFocusPolicy(Qt::StrongFocus);
        break;
    case QEvent::Wheel:
        if (QWidget* box = valueBox(watched); box && !box->hasFocus()) {
            // The box does not see it; the scroll areas around it do, innermost first, until
            // one of them can still scroll that way.
            const auto* wheel = static_cast<QWheelEvent*>(event);
            for (QWidget* p = box->parentWidget(); p; p = p->parentWidget()) {
                auto* area = qobject_cast<QAbstractScrollArea*>(p);
                if (!area)
                    continue;
                QWidget* viewport = area->viewport();
                QWheelEvent passed(viewport->mapFromGlobal(wheel->globalPosition()),
                                   wheel->globalPosition(), wheel->pixelDelta(),
                                   wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                                   wheel->phase(), wheel->inverted(), wheel->source());
                passed.ignore();
                QCoreApplication::sendEvent(viewport, &passed);
                if (passed.isAccepted())
                    break;
            }
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sr::ui
