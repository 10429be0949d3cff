#pragma once

// Internal to storage/: "Save a copy as" for an open portfolio.

#include "core/domain/result.h"
#include "storage/sqlsupport.h"

#include <QString>

namespace mlp::storage {

// Writes a consistent copy of the database open as `db` (the file at `path`) to `targetPath`
// through VACUUM INTO, never a raw byte copy, and without this session's mark. Refuses the open
// file itself and a file another writer holds; the target is replaced atomically or not at all.
Status writeCopy(SqliteHandle db, const QString &path, const QString &targetPath);

} // namespace mlp::storage
