#pragma once

// Internal to storage/: the change log's table (docs/file-format.md, "changes"): the entries
// core/domain/changelog.h makes, written inside the transaction of the change they record and
// read back filtered through its indexes.

#include "core/domain/changelog.h"
#include "core/domain/result.h"
#include "storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace mlp::storage {

class RowValues; // ideacolumns.h

// The statements that add the table to a file of schema version 3 (version 4).
const QStringList &changeTableStatements();

// Appends `changes` (stamped) in the caller's transaction.
bool writeChanges(QSqlDatabase &db, const QList<FieldChange> &changes, QSqlError *error);

// The entries `query` asks for, newest first. A file of an older version (read without being
// migrated) has none. A value of the wrong type is refused as Error::Code::Corrupt.
Result<QList<FieldChange>> readChanges(SqliteHandle db, const QString &path,
                                       const ChangeQuery &query);

// One entry from the current row of `q`, whose columns from `first` on are at (milliseconds
// since 1970, UTC), who, idea_id, idea_name, field, item, old_value, new_value and note: the
// file's and the server's change logs read alike.
FieldChange changeFromRow(RowValues &q, int first);

// Who a .mlplan file records as making a change: the operating system's account of the process
// (its effective user), never an environment variable a user can set; the user id in digits
// when the account has no name.
QString processAccountName();

} // namespace mlp::storage
