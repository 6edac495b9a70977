#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace sr::ui {

/// Makes Return (and Enter) in `field` run `action` and nothing else. A QLineEdit passes the
/// key on to its dialog after returnPressed(), where it presses the default button: Return in
/// a secondary row ("Add field", "Read from chain") would also confirm the whole dialog.
void onReturnOnly(QWidget* field, std::function<void()> action);

} // namespace sr::ui
