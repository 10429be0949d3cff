#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace mlp::io {

// Whether an export may be written to `path`: a regular file (or a link to one), or a name that
// does not exist yet. A folder, pipe, device or socket is refused: replacing it with a regular
// file would destroy it (as root, even /dev/null).
Status checkExportTarget(const QString &path);

// Writes `bytes` to `path` so that it is either completely replaced or left as it was: through
// a hidden temporary file beside it, checking every write, the fsync, the rename and the size
// that arrived; the folder is synced after the rename. A failure says why in words ("the disk
// is full") and leaves an existing file untouched.
Status writeFileSafely(const QString &path, const QByteArray &bytes);

// A system error number in words a user can act on; a full disk says so.
QString systemErrorText(int errorNumber);

} // namespace mlp::io
