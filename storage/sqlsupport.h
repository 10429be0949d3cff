#pragma once

// Internal to core/storage: the SQL and file-header helpers shared by PortfolioFile and the
// leftover-file checks. Nothing outside core/storage includes this.

#include "core/domain/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace mlp::storage {

// SQLite primary result codes that matter here (the low byte of an extended code).
inline constexpr int kSqlitePerm = 3;
inline constexpr int kSqliteBusy = 5;
inline constexpr int kSqliteLocked = 6;
inline constexpr int kSqliteReadOnly = 8;
inline constexpr int kSqliteIoErr = 10;
inline constexpr int kSqliteCorrupt = 11;
inline constexpr int kSqliteFull = 13;
inline constexpr int kSqliteCantOpen = 14;
inline constexpr int kSqliteNotADb = 26;

// The settings row that ties a -wal file to the session that wrote it (see leftovers.h).
inline constexpr char kSessionKey[] = "session";

QString nativePath(const QString &path);
int primaryCode(const QSqlError &error);
QString lockedMessage(const QString &path);
QString notPortfolioMessage(const QString &path, const QString &why);
// One message for a failed SQL step: the path once, `what` (English text marked with
// QT_TRANSLATE_NOOP("mlp", ...)), the cause in our words and what to do next.
Error sqlError(const QString &path, const QSqlError &error, const char *what);

// How a Connection opens its file.
enum class OpenAs {
    Write,     // read-write, normal locking: other processes may read while we write
    ReadOnly,  // SQLite's read-only mode, normal locking: reads beside a live writer
    Immutable, // read-only, no locks, no side files: only while nobody can write the file
};

// One Qt SQL connection with a name of its own; removed from Qt's registry on destruction.
class Connection
{
public:
    Connection(const QString &path, OpenAs how);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open() { return m_db.open(); }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error);
bool createSchema(QSqlDatabase &db, QSqlError *error);
bool updateSchema(QSqlDatabase &db, int from, QSqlError *error);
// The file's session row (kSessionKey); empty if it has none or it cannot be read.
QString storedSessionMark(QSqlDatabase &db);

struct Header
{
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false;
};

// Refuses anything but a regular file (a folder, a named pipe, a device, a socket) before it is
// opened: opening a named pipe for reading would wait forever for a writer.
Status checkRegularFile(const QString &path);
// Reads the 100-byte SQLite header with plain file IO, so that files we refuse are never
// handed to SQLite (which could roll back a journal or change the header).
Result<Header> readHeader(const QString &path);
Status checkVersion(const QString &path, int version);
Result<int> pragmaInt(QSqlDatabase &db, const QString &path, const QString &pragma);

// Quick: PRAGMA quick_check (no index or key-order checks, linear in the file size).
// Full: PRAGMA integrity_check, which also finds rows out of key order and index mismatches.
enum class Integrity { Quick, Full };

// The checks that make a file safe to load: ours, not too new, only our tables and indexes
// (no triggers or views that could run code), and intact. Nothing here writes.
Status verify(QSqlDatabase &db, const QString &path, Integrity integrity,
              bool *needsRecovery = nullptr);

} // namespace mlp::storage
