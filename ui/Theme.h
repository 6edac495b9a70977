#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QWidget;

namespace sr::ui {

/// iExec's palette (product.md, "Look and feel").
namespace brand {
inline const QColor yellow{0xFC, 0xD1, 0x5A};
inline const QColor orange{0xFF, 0xAD, 0x4D};
inline const QColor ink{0x1D, 0x1D, 0x24};
inline const QColor accent{0xCE, 0x2C, 0x68};
inline const QColor surface{0xF5, 0xF5, 0xF5};
inline const QColor testnetBlue{0x2F, 0x6F, 0xDB};
inline const QColor sandboxGrey{0x6B, 0x6B, 0x76};
inline const QColor cardShadow{0, 0, 0, 28};   ///< the soft shadow under a card
inline const QColor onBadge{0xFF, 0xFF, 0xFF}; ///< text on a testnet or sandbox badge
} // namespace brand

/// Applies "system", "light" or "dark" to the whole application (palette and style sheet).
void applyTheme(QApplication& app, const QString& theme);

/// True when the palette in use is dark (whatever chose it).
bool isDarkPalette();

/// The colour of line icons on the current palette.
QColor iconColor();

/// What a short message says, which gives its colour: a success, a warning, an error, or
/// progress and plain information (the ordinary text colour).
enum class Tone { Neutral, Good, Warning, Error };

/// The colour of a `tone` message, readable on the current palette (light or dark).
QColor toneColor(Tone tone);

/// Colours `widget`'s text for `tone` through the application style sheet (its "tone"
/// property), so that it follows later theme switches.
void setTone(QWidget* widget, Tone tone);

} // namespace sr::ui
