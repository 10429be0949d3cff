#pragma once

// Internal to storage/: connections and SQL errors in our words, shared by PortfolioFile, the
// schema checks and the leftover-file checks. Nothing outside storage/ includes this.

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

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
// Refuses anything but a regular file (a folder, a named pipe, a device, a socket) before it is
// opened: opening a named pipe for reading would wait forever for a writer.
Status checkRegularFile(const QString &path);
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

// One read transaction while it lives, so that the tables are read as one consistent state:
// BEGIN on construction (ok() says whether it worked), COMMIT when it goes.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase &db)
        : m_db(db)
    {
        m_ok = exec(db, QStringLiteral("BEGIN"), &m_error);
    }
    ~ReadTransaction()
    {
        QSqlError ignored;
        if (m_ok)
            exec(m_db, QStringLiteral("COMMIT"), &ignored);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;
    bool ok() const { return m_ok; }
    const QSqlError &error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    QSqlError m_error;
    bool m_ok = false;
};
// The file's session row (kSessionKey); empty if it has none or it cannot be read.
QString storedSessionMark(QSqlDatabase &db);

// A read-write connection with PRAGMA trusted_schema off (used once the file was judged
// ours, or on a file just created).
Result<std::unique_ptr<Connection>> connectWritable(const QString &path);
// Rollback journal with synchronous=FULL. Writes nothing by itself, except that a -wal already
// judged to belong to this file (leftovers.h) is folded back in.
// A reader that opened beside the last writer still holds the file in WAL mode, so SQLite
// cannot leave it yet: then, if `keptWal` is given, the file stays in WAL (*keptWal is set).
Status enterRollbackMode(QSqlDatabase &db, const QString &path, bool *keptWal = nullptr);

} // namespace mlp::storage
