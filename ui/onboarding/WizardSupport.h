#pragma once

// Helpers shared by the wallet wizard's pages (internal to ui/onboarding).

#include "Theme.h"

#include <QStringList>

class QLabel;
class QWidget;

namespace sr::ui {

/// The 2,048 English recovery phrase words, for completion.
QStringList englishWords();

/// A label under a page's fields that says what is wrong or right with them.
QLabel* feedbackLabel(QWidget* parent, const char* name);

/// Says `text` in `label`, coloured by `tone`.
void setFeedback(QLabel* label, const QString& text, Tone tone);
void setFeedback(QLabel* label, const QString& text, bool good);

} // namespace sr::ui
