#pragma once

// Internal to storage/: what a .mlplan file must be before it is loaded or written — the
// header read with plain file IO, the schema created and migrated by our own statements, and
// the checks that refuse a foreign, newer, altered or damaged file (docs/file-format.md).
// Nothing here writes, except createSchema and updateSchema inside the caller's transaction.

#include "core/domain/result.h"
#include "storage/sqlsupport.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace mlp::storage {

// Creates the tables of the first version; later versions are reached by updateSchema.
bool createSchema(QSqlDatabase &db, QSqlError *error);
// Creates the tables of kSchemaVersion: the first version and every update after it.
bool createLatestSchema(QSqlDatabase &db, QSqlError *error);
// Brings a file from schema version `from` to `from + 1`, inside the caller's transaction.
bool updateSchema(QSqlDatabase &db, int from, QSqlError *error);
// What sqlite_master holds for a file of schema version `version`, as one key per object
// (type, name, table and SQL), worked out from our own statements without running them.
Result<QSet<QString>> expectedSchema(int version);

struct Header
{
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false;
};

// Reads the 100-byte SQLite header with plain file IO (after checkRegularFile), so that files
// we refuse are never handed to SQLite (which could roll back a journal or change the header).
Result<Header> readHeader(const QString &path);
// Refuses a version newer than this build's (TooNew) or none at all (NotAPortfolio).
Status checkVersion(const QString &path, int version);
Result<int> pragmaInt(SqliteHandle db, const QString &path, const QString &pragma);

// Structure: PRAGMA integrity_check of the settings table alone (a few pages); with the
// identity and schema checks of verify() it costs the same at any size (PortfolioStore's
// Access::Edit; file-format.md says what it leaves to the reads and writes themselves).
// Quick: PRAGMA quick_check (no index or key-order checks, linear in the file size).
// Full: PRAGMA integrity_check, which also finds rows out of key order and index mismatches.
enum class Integrity { Structure, Quick, Full };

// Only our tables and indexes, exactly as version `version` creates them: no triggers or views
// that could run code, nothing missing or altered (Error::Code::UntrustedSchema).
Status checkSchema(SqliteHandle db, const QString &path, int version);
// SQLite's own check of the pages (Error::Code::Corrupt naming the first problems).
Status checkPages(SqliteHandle db, const QString &path, Integrity integrity);

// The checks that make a file safe to load: ours, not too new, checkSchema and checkPages.
// Nothing here writes.
Status verify(SqliteHandle db, const QString &path, Integrity integrity,
              bool *needsRecovery = nullptr);
// Opens a connection `how` and verifies the file through it.
Result<std::unique_ptr<Connection>> connectAndVerify(const QString &path, OpenAs how,
                                                     Integrity integrity);

} // namespace mlp::storage
