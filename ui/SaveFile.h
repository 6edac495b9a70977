#pragma once

#include <QByteArray>
#include <QString>

namespace sr::ui {

/// Writes `bytes` to `path` whole or not at all (QSaveFile: a temporary file beside it, renamed
/// over it once written), readable and writable by its owner only, as the engine writes its
/// files. An exported keystore or earnings CSV. Throws sr::Error(Io) naming the file, with the
/// reason (disk full, denied) where Qt tells it. Blocks on the disk: call it with runAsync.
void saveFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace sr::ui
