#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace sr::ui {

/// Registers the embedded icons and translations (they live in a static library).
void initResources();

/// One of our line icons (resources/icons/NAME.svg) drawn in `color`.
QIcon lineIcon(const QString& name, const QColor& color);
/// The same, drawn in `selectedColor` where the icon shows on a selected item.
QIcon lineIcon(const QString& name, const QColor& color, const QColor& selectedColor);

/// The application icon.
QIcon appIcon();

} // namespace sr::ui
