#include "SaveFile.h"

#include "util/Error.h"

#include <QSaveFile>
#include <cerrno>

namespace sr::ui {

namespace {

[[noreturn]] void fail(const std::string& what, const QSaveFile& file) {
    int err = EIO;
    if (file.error() == QFileDevice::PermissionsError)
        err = EACCES;
    else if (file.error() == QFileDevice::ResourceError)
        err = ENOSPC;
    // Io (never NotFound: no errno here is ENOENT), with the reason the errno gives.
    throw fileError(what, file.fileName().toStdString(), err);
}

} // namespace

void saveFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail("Could not create", file);
    // The temporary file's mode, which the renamed file keeps.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        fail("Could not restrict access to", file);
    if (file.write(bytes) != bytes.size())
        fail("Could not write", file);
    if (!file.commit())
        fail("Could not save", file);
}

} // namespace sr::ui
