#pragma once

#include "crypto/SecretBytes.h"

#include <QString>

class QLineEdit;

namespace sr::ui {

/// `text` as UTF-8 in SecretBytes: the temporary UTF-8 copy is wiped (OPENSSL_cleanse), so the
/// only copies left are the SecretBytes (wiped when freed) and `text` itself.
crypto::SecretBytes secretUtf8(const QString& text);

/// Wipes the characters of `text` in place, then empties it. Through a QString returned by a
/// widget's text() this wipes the widget's own buffer, which shares it.
void wipeText(QString& text) noexcept;

/// Wipes what a password or phrase field holds and empties it (its undo history with it).
void wipeLineEdit(QLineEdit* edit);

} // namespace sr::ui
