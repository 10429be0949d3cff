#pragma once

// Internal to storage/: connections and SQL errors in our words, shared by PortfolioFile, the
// schema checks and the leftover-file checks. Nothing outside storage/ includes this.

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

struct sqlite3;

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

// A connection's SQLite handle, which the reading functions (schema checks, settings, ideas)
// take: that of a Qt SQL connection (QSqlDriver::handle(); null for a Qt whose SQLite driver
// runs another copy of SQLite, which every statement then reports) or of a Connection that
// opened its file straight through SQLite.
class SqliteHandle
{
public:
    SqliteHandle(QSqlDatabase &db); // NOLINT(google-explicit-constructor): every caller has one
    explicit SqliteHandle(sqlite3 *handle)
        : m_handle(handle)
    { }
    sqlite3 *get() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
};

// One connection to a portfolio file. A writer's is a Qt SQL connection with a name of its own,
// removed from Qt's registry on destruction. A reader's opens the file straight through SQLite,
// as Qt's driver would with the same options, and has no Qt SQL connection: every read goes
// through handle(). Loading Qt's SQLite driver (a plugin found by scanning a folder) was a sixth
// of `mlplanner rank` on a small portfolio.
class Connection
{
public:
    Connection(const QString &path, OpenAs how);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens the file with PRAGMA trusted_schema off (and, for a reader, cell_size_check on);
    // refuses a writer whose Qt SQLite driver runs another copy of SQLite (otherSqliteError).
    bool open();
    // Why open() failed, in Qt SQL's terms.
    QSqlError lastError() const;
    // A writer's Qt SQL connection; a reader has none.
    QSqlDatabase &db();
    SqliteHandle handle();

private:
    bool secure(bool checkCells);
    QString m_name;
    QString m_location; // the path or, for OpenAs::Immutable, the file: URI
    OpenAs m_how;
    QSqlDatabase m_db;
    sqlite3 *m_direct = nullptr;
    QSqlError m_error;
};

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error);
// What a statement on a null SqliteHandle reports.
QSqlError otherSqliteError();
// Runs `sql` (a statement or PRAGMA; rows it returns are dropped) on `db`.
bool execute(SqliteHandle db, const QString &sql, QSqlError *error);

// One read transaction while it lives, so that the tables are read as one consistent state:
// BEGIN on construction (ok() says whether it worked), COMMIT when it goes.
class ReadTransaction
{
public:
    explicit ReadTransaction(SqliteHandle db)
        : m_db(db)
    {
        m_ok = execute(db, QStringLiteral("BEGIN"), &m_error);
    }
    ~ReadTransaction()
    {
        QSqlError ignored;
        if (m_ok)
            execute(m_db, QStringLiteral("COMMIT"), &ignored);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;
    bool ok() const { return m_ok; }
    const QSqlError &error() const { return m_error; }

private:
    SqliteHandle m_db;
    QSqlError m_error;
    bool m_ok = false;
};
// The file's session row (kSessionKey); empty if it has none or it cannot be read.
QString storedSessionMark(SqliteHandle db);

// A read-write connection with PRAGMA trusted_schema off (used once the file was judged
// ours, or on a file just created).
Result<std::unique_ptr<Connection>> connectWritable(const QString &path);
// Rollback journal with synchronous=FULL. Writes nothing by itself, except that a -wal already
// judged to belong to this file (leftovers.h) is folded back in.
// A reader that opened beside the last writer still holds the file in WAL mode, so SQLite
// cannot leave it yet: then, if `keptWal` is given, the file stays in WAL (*keptWal is set).
Status enterRollbackMode(QSqlDatabase &db, const QString &path, bool *keptWal = nullptr);

} // namespace mlp::storage
