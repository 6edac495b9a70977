#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace sr::ui {
namespace {

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, brand::surface);
    p.setColor(QPalette::WindowText, brand::ink);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xEE, 0xEE, 0xF0));
    p.setColor(QPalette::Text, brand::ink);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, brand::ink);
    p.setColor(QPalette::ToolTipBase, brand::ink);
    p.setColor(QPalette::ToolTipText, brand::surface);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x8A));
    p.setColor(QPalette::Highlight, brand::yellow);
    p.setColor(QPalette::HighlightedText, brand::ink);
    p.setColor(QPalette::Link, QColor(0x9A, 0x6A, 0x00));
    p.setColor(QPalette::Mid, QColor(0xD8, 0xD8, 0xDC));
    p.setColor(QPalette::Midlight, QColor(0xE6, 0xE6, 0xEA));
    p.setColor(QPalette::Dark, QColor(0xA0, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xA0, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xA0, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xA0, 0xA0, 0xA8));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    const QColor raised(0x27, 0x27, 0x30);
    const QColor text(0xEC, 0xEC, 0xEF);
    p.setColor(QPalette::Window, brand::ink);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, raised);
    p.setColor(QPalette::AlternateBase, QColor(0x2E, 0x2E, 0x38));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, raised);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, brand::surface);
    p.setColor(QPalette::ToolTipText, brand::ink);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x8A, 0x96));
    p.setColor(QPalette::Highlight, brand::yellow);
    p.setColor(QPalette::HighlightedText, brand::ink);
    p.setColor(QPalette::Link, brand::yellow);
    p.setColor(QPalette::Mid, QColor(0x3A, 0x3A, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x33, 0x3E));
    p.setColor(QPalette::Dark, QColor(0x12, 0x12, 0x17));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x7A));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x7A));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x7A));
    return p;
}

QColor toneColor(Tone tone, bool dark) {
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x7C, 0xC8, 0x84) : QColor(0x2E, 0x7D, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xFF, 0xB0, 0x5C) : QColor(0xB8, 0x5C, 0x00);
    case Tone::Error:
        return dark ? QColor(0xFF, 0x7A, 0x8E) : QColor(0xC6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return QApplication::palette().color(QPalette::WindowText);
}

// Object names (set in the widgets) carry the look; colours come from the palette so that
// one sheet serves both themes.
QString styleSheet(bool dark) {
    const QString border = dark ? QStringLiteral("#3A3A46") : QStringLiteral("#E2E2E6");
    const QString sidebar = dark ? QStringLiteral("#16161C") : QStringLiteral("#FFFFFF");
    const QString muted = dark ? QStringLiteral("#A4A4B0") : QStringLiteral("#5E5E6A");
    QString css = QStringLiteral(R"(
QWidget#sidebarPanel { background: %SIDEBAR%; border-right: 1px solid %BORDER%; }
QListWidget#sidebar { background: transparent; border: none; outline: none; }
QListWidget#sidebar::item { padding: 9px 12px; margin: 2px 8px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: #FCD15A; color: #1D1D24; }
QListWidget#sidebar::item:hover:!selected { background: %HOVER%; }
QWidget#header { background: %SIDEBAR%; border-bottom: 1px solid %BORDER%; }
QLabel#pageTitle { font-size: 20pt; font-weight: 600; }
QLabel#pageSubtitle, QLabel[muted="true"] { color: %MUTED%; }
QLabel#brandName { font-size: 14pt; font-weight: 700; }
QFrame[card="true"] { background: palette(base); border: 1px solid %BORDER%; border-radius: 6px; }
QLabel#cardTitle { font-size: 12pt; font-weight: 600; }
*[mono="true"] { font-family: "DejaVu Sans Mono", monospace; }
QListWidget#networkList::item { padding: 6px 4px; }
QToolButton#networkBadge { border-radius: 12px; padding: 4px 24px 4px 10px; font-weight: 600; }
QToolButton#networkBadge::menu-indicator { subcontrol-origin: padding; subcontrol-position: right center; right: 8px; }
QLabel#fieldError { color: #CE2C68; }
QPushButton { background: palette(button); color: palette(button-text);
    border: 1px solid %BUTTONBORDER%; border-radius: 6px; padding: 6px 14px; }
QPushButton:hover { background: %HOVER%; }
QPushButton:pressed, QPushButton:checked { background: %BORDER%; }
QPushButton:focus { border-color: #E9B93E; }
QPushButton:disabled { color: %MUTED%; border-color: %BORDER%; }
QPushButton[primary="true"] { background: #FCD15A; color: #1D1D24; border: 1px solid #E9B93E;
    border-radius: 6px; padding: 6px 14px; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #FFD86E; }
QPushButton[primary="true"]:disabled { background: %BORDER%; color: %MUTED%; border-color: %BORDER%; }
QPushButton[destructive="true"] { color: #CE2C68; }
*[tone="good"] { color: %GOOD%; }
*[tone="warning"] { color: %WARNING%; }
*[tone="error"] { color: %ERROR%; }
QStatusBar { border-top: 1px solid %BORDER%; }
QStatusBar QLabel { padding: 0 8px; }
)");
    // Fusion draws a radio button's ring a shade off the window colour: nearly invisible on
    // the dark palette. A light ring and a yellow dot instead.
    if (dark)
        css += QStringLiteral(R"(
QRadioButton::indicator { width: 14px; height: 14px; border-radius: 8px;
    border: 1px solid #A4A4B0; background: #272730; }
QRadioButton::indicator:hover { border-color: #FCD15A; }
QRadioButton::indicator:checked { border-color: #FCD15A; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 #FCD15A, stop: 0.5 #FCD15A,
    stop: 0.6 #272730, stop: 1 #272730); }
QRadioButton::indicator:disabled { border-color: #5A5A66; }
)");
    css.replace(QStringLiteral("%SIDEBAR%"), sidebar);
    css.replace(QStringLiteral("%BUTTONBORDER%"),
                dark ? QStringLiteral("#4A4A58") : QStringLiteral("#C4C4CC"));
    css.replace(QStringLiteral("%BORDER%"), border);
    css.replace(QStringLiteral("%MUTED%"), muted);
    css.replace(QStringLiteral("%GOOD%"), toneColor(Tone::Good, dark).name());
    css.replace(QStringLiteral("%WARNING%"), toneColor(Tone::Warning, dark).name());
    css.replace(QStringLiteral("%ERROR%"), toneColor(Tone::Error, dark).name());
    css.replace(QStringLiteral("%HOVER%"),
                dark ? QStringLiteral("#2A2A34") : QStringLiteral("#F1F1F4"));
    return css;
}

} // namespace

bool isDarkPalette() {
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QColor iconColor() {
    return QApplication::palette().color(QPalette::WindowText);
}

QColor toneColor(Tone tone) {
    return toneColor(tone, isDarkPalette());
}

void setTone(QWidget* widget, Tone tone) {
    static const char* const names[] = {"", "good", "warning", "error"};
    const QString name = QLatin1String(names[int(tone)]);
    if (widget->property("tone").toString() == name)
        return;
    widget->setProperty("tone", name);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void applyTheme(QApplication& app, const QString& theme) {
    static const QPalette systemPalette = app.palette();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == QLatin1String("dark"))
        app.setPalette(darkPalette());
    else if (theme == QLatin1String("light"))
        app.setPalette(lightPalette());
    else
        app.setPalette(systemPalette);
    app.setStyleSheet(styleSheet(isDarkPalette()));
}

} // namespace sr::ui
