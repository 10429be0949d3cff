#include "storage/sqlsupport.h"

#include "storage/sqliterows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include <atomic>

namespace mlp::storage {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// How long a connection waits for another one's commit or checkpoint. A second writer never
// waits here: the writer lock (filelock.h) refuses it at once. Readers and the one writer only
// wait for each other's short transactions.
constexpr int kBusyTimeoutMs = 5000;

namespace {

// The native error code of otherSqliteError(): none of SQLite's, so sqlError tells it apart.
const QLatin1String kOtherSqliteCode("mlp-other-sqlite");

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

} // namespace

int primaryCode(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code < 0 ? code : (code & 0xff);
}

QString lockedMessage(const QString &path)
{
    return QCoreApplication::translate(
               "mlp",
               "%1 is open in another ML Planner window or process; close it there and try again.")
        .arg(nativePath(path));
}

QString notPortfolioMessage(const QString &path, const QString &why)
{
    return QCoreApplication::translate("mlp",
                                       "%1 is not an ML Planner portfolio: %2. It was left as it "
                                       "is. Open a .mlplan file made by ML Planner, or import a "
                                       "JSON or CSV file into a portfolio.")
        .arg(nativePath(path), why);
}

// `what` says which step failed: English text marked with QT_TRANSLATE_NOOP("mlp", ...) where it
// is written, translated here.
Error sqlError(const QString &path, const QSqlError &error, const char *what)
{
    if (error.nativeErrorCode() == kOtherSqliteCode)
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp", "%1: %2: %3")
                .arg(nativePath(path), QCoreApplication::translate("mlp", what),
                     QCoreApplication::translate(
                         "mlp",
                         "this build of ML Planner cannot work with its Qt: Qt's SQLite driver "
                         "runs another copy of SQLite than the program. Nothing was changed. "
                         "Build ML Planner against Debian's Qt packages, as the README's quick "
                         "start does.")));
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(Error::Code::Locked, lockedMessage(path));
    case kSqliteCorrupt:
        return makeError(
            Error::Code::Corrupt,
            QCoreApplication::translate("mlp", "%1 is damaged (%2) and was not changed.")
                .arg(nativePath(path), error.databaseText()));
    case kSqliteNotADb:
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(path,
                                QCoreApplication::translate("mlp", "it is not a database file")));
    default:
        break;
    }
    QString reason;
    switch (primaryCode(error)) {
    case kSqliteFull:
        reason = QCoreApplication::translate("mlp",
                                             "the disk is full. Free some space and try again.");
        break;
    case kSqliteIoErr:
        reason = QCoreApplication::translate(
            "mlp",
            "the disk reported a read or write error. Check the disk or network share and "
            "try again.");
        break;
    case kSqliteCantOpen:
        reason = QCoreApplication::translate(
            "mlp",
            "the file or its folder cannot be opened. Check that both exist and that you "
            "may read and write them.");
        break;
    case kSqlitePerm:
    case kSqliteReadOnly:
        reason = QCoreApplication::translate(
            "mlp",
            "the file or its folder is read-only. Make both writable, or save a copy "
            "elsewhere.");
        break;
    default:
        // Only SQLite's own words: Qt's driver text ("Unable to fetch row") says nothing more.
        reason = QCoreApplication::translate(
                     "mlp",
                     "SQLite reported \"%1\". Try again; if it happens again, run "
                     "\"mlplanner check\" on the file.")
                     .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        break;
    }
    return makeError(Error::Code::Io,
                     QCoreApplication::translate("mlp", "%1: %2: %3")
                         .arg(nativePath(path), QCoreApplication::translate("mlp", what), reason));
}

Status checkRegularFile(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return makeError(
                Error::Code::NotFound,
                QCoreApplication::translate("mlp", "%1 does not exist.").arg(nativePath(path)));
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "%1 cannot be read: %2")
                             .arg(nativePath(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (S_ISREG(info.st_mode))
        return Ok {};
    QString kind;
    if (S_ISDIR(info.st_mode))
        kind = QCoreApplication::translate("mlp", "a folder");
    else if (S_ISFIFO(info.st_mode))
        kind = QCoreApplication::translate("mlp", "a named pipe");
    else if (S_ISSOCK(info.st_mode))
        kind = QCoreApplication::translate("mlp", "a socket");
    else
        kind = QCoreApplication::translate("mlp", "a device");
    return makeError(Error::Code::NotAPortfolio,
                     QCoreApplication::translate(
                         "mlp",
                         "%1 is %2, not a portfolio file. It was not opened. Give the path "
                         "of a .mlplan file.")
                         .arg(nativePath(path), kind));
}

namespace {

// Gives a connection the SQL function mlp_same_sqlite(), which the check below asks for.
int addSameSqliteFunction(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    return sqlite3_create_function_v2(
        db, "mlp_same_sqlite", 0, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
        [](sqlite3_context *context, int, sqlite3_value **) { sqlite3_result_int(context, 1); },
        nullptr, nullptr, nullptr);
}

// Whether Qt's SQLite driver runs the SQLite this code calls. The driver binds its calls in the
// program's global scope, where mlplanner exports its own copy (storage/CMakeLists.txt); a
// program that did not export one, or a Qt built with its own copy, would hand over a handle of
// another copy of SQLite, which must never be used here. Asked once, of the driver itself: a
// connection the driver opens while this copy's automatic extension is registered has the
// extension's function only if this copy opened it.
bool driverRunsOurSqlite()
{
    static const bool same = [] {
        const auto entry = reinterpret_cast<void (*)()>(&addSameSqliteFunction);
        if (sqlite3_auto_extension(entry) != SQLITE_OK)
            return false;
        bool found = false;
        const QString name = QStringLiteral("mlp-same-sqlite");
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            probe.setDatabaseName(QStringLiteral(":memory:"));
            if (probe.open()) {
                QSqlQuery q(probe);
                found = q.exec(QStringLiteral("SELECT mlp_same_sqlite()")) && q.next()
                    && q.value(0).toInt() == 1;
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
        sqlite3_cancel_auto_extension(entry);
        return found;
    }();
    return same;
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    // QSQLITE's handle is a QVariant holding the connection's sqlite3* (Qt's documentation of
    // QSqlDriver::handle()), usable here only when the driver runs this code's SQLite.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0
        || !driverRunsOurSqlite())
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// What Qt's SQLite driver reports for a failure of SQLite's `code` on `db`.
QSqlError driverError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int code)
{
    return QSqlError(driverText,
                     db ? QString::fromUtf8(sqlite3_errmsg(db))
                        : QString::fromLatin1(sqlite3_errstr(code)),
                     type, QString::number(code));
}

} // namespace

SqliteHandle::SqliteHandle(QSqlDatabase &db)
    : m_handle(handleOf(db))
{ }

Connection::Connection(const QString &path, OpenAs how)
    : m_how(how)
{
    if (how == OpenAs::Immutable) {
        // immutable=1: SQLite takes no locks and creates no -wal, -shm or -journal file.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        m_location = url.toString(QUrl::FullyEncoded);
    } else {
        m_location = path;
    }
    if (how != OpenAs::Write)
        return;
    static std::atomic<quint64> counter { 0 };
    m_name = QStringLiteral("mlp-portfolio-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_location);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
}

Connection::~Connection()
{
    if (m_direct) {
        // Every statement is finalized where it was prepared (SqliteRows, execute): one left
        // behind would keep the file open, and its read lock, after PortfolioFile let go of
        // its own lock (close_v2 then closes the file when that statement is finalized).
        Q_ASSERT(sqlite3_next_stmt(m_direct, nullptr) == nullptr);
        sqlite3_close_v2(m_direct);
    }
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool Connection::open()
{
    m_error = QSqlError();
    if (m_how == OpenAs::Write) {
        if (!m_db.open())
            return false;
        // Every read goes through SQLite's API on the driver's handle: a handle of another copy
        // of SQLite is refused here, before anything reads or writes the file.
        if (!handle().get()) {
            m_error = otherSqliteError();
            m_db.close();
            return false;
        }
        return secure(false);
    }
    // As Qt 6.4's QSQLiteDriver::open opens a file for the same options (QSQLITE_OPEN_READONLY,
    // QSQLITE_OPEN_URI, QSQLITE_BUSY_TIMEOUT), extended result codes included.
    int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_NOMUTEX;
    if (m_how == OpenAs::Immutable)
        flags |= SQLITE_OPEN_URI;
    const int code = sqlite3_open_v2(m_location.toUtf8().constData(), &m_direct, flags, nullptr);
    if (code != SQLITE_OK) {
        m_error = driverError(m_direct, QStringLiteral("Error opening database"),
                              QSqlError::ConnectionError, code);
        sqlite3_close_v2(m_direct);
        m_direct = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_direct, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_direct, 1);
    if (secure(true))
        return true;
    sqlite3_close_v2(m_direct);
    m_direct = nullptr;
    return false;
}

bool Connection::secure(bool checkCells)
{
    // Before any statement reads the file: no function of the schema runs (file-format.md,
    // "Checks for untrusted files"); a reader checks every page in full as SQLite loads it (a
    // writer does for an edit, PortfolioFile::open, and checks the whole file otherwise).
    const SqliteHandle db = handle();
    if (!execute(db, QStringLiteral("PRAGMA trusted_schema = OFF"), &m_error))
        return false;
    return !checkCells || execute(db, QStringLiteral("PRAGMA cell_size_check = ON"), &m_error);
}

QSqlError Connection::lastError() const
{
    return m_how == OpenAs::Write && !m_error.isValid() ? m_db.lastError() : m_error;
}

QSqlDatabase &Connection::db()
{
    Q_ASSERT(m_how == OpenAs::Write);
    return m_db;
}

SqliteHandle Connection::handle()
{
    return m_direct ? SqliteHandle(m_direct) : SqliteHandle(m_db);
}

QSqlError otherSqliteError()
{
    return QSqlError(QStringLiteral("Unable to execute statement"),
                     QStringLiteral("Qt's SQLite driver runs another copy of SQLite than this "
                                    "program"),
                     QSqlError::StatementError, kOtherSqliteCode);
}

bool execute(SqliteHandle db, const QString &sql, QSqlError *error)
{
    if (!db.get()) {
        *error = otherSqliteError();
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int code
        = sqlite3_prepare_v2(db.get(), utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (code != SQLITE_OK) {
        *error = driverError(db.get(), QStringLiteral("Unable to execute statement"),
                             QSqlError::StatementError, code);
        sqlite3_finalize(statement);
        return false;
    }
    do {
        code = sqlite3_step(statement);
    } while (code == SQLITE_ROW);
    if (code != SQLITE_DONE)
        *error = driverError(db.get(), QStringLiteral("Unable to fetch row"),
                             QSqlError::StatementError, code);
    sqlite3_finalize(statement);
    return code == SQLITE_DONE;
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return false;
    }
    return true;
}

QString storedSessionMark(SqliteHandle db)
{
    SqliteRows q(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    const QList<QVariant> key { QString::fromLatin1(kSessionKey) };
    if (!q.bind(key) || !q.next())
        return {};
    return q.text(0);
}

Result<std::unique_ptr<Connection>> connectWritable(const QString &path)
{
    auto connection = std::make_unique<Connection>(path, OpenAs::Write);
    if (!connection->open())
        return sqlError(path, connection->lastError(),
                        QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    return connection;
}

Status enterRollbackMode(QSqlDatabase &db, const QString &path, bool *keptWal)
{
    QSqlError e;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"), &e)) {
        const int code = primaryCode(e);
        QSqlQuery mode(db);
        if (!keptWal || (code != kSqliteBusy && code != kSqliteLocked)
            || !mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
            || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return sqlError(path, e, QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
        *keptWal = true;
    }
    if (!exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &e))
        return sqlError(path, e, QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    return Ok {};
}

} // namespace mlp::storage
