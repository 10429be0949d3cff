#include "storage/sqlsupport.h"

#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QtEndian>

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
        reason = QCoreApplication::translate("mlp", "the disk is full. Free some space and try again.");
        break;
    case kSqliteIoErr:
        reason = QCoreApplication::translate(
            "mlp", "the disk reported a read or write error. Check the disk or network share and "
                   "try again.");
        break;
    case kSqliteCantOpen:
        reason = QCoreApplication::translate(
            "mlp", "the file or its folder cannot be opened. Check that both exist and that you "
                   "may read and write them.");
        break;
    case kSqlitePerm:
    case kSqliteReadOnly:
        reason = QCoreApplication::translate(
            "mlp", "the file or its folder is read-only. Make both writable, or save a copy "
                   "elsewhere.");
        break;
    default:
        // Only SQLite's own words: Qt's driver text ("Unable to fetch row") says nothing more.
        reason = QCoreApplication::translate(
                     "mlp", "SQLite reported \"%1\". Try again; if it happens again, run "
                            "\"mlplanner check\" on the file.")
                     .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        break;
    }
    return makeError(Error::Code::Io, QCoreApplication::translate("mlp", "%1: %2: %3")
                                          .arg(nativePath(path),
                                               QCoreApplication::translate("mlp", what), reason));
}

Connection::Connection(const QString &path, OpenAs how)
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("mlp-portfolio-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (how == OpenAs::Immutable) {
        // immutable=1: SQLite takes no locks and creates no -wal, -shm or -journal file.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        m_db.setDatabaseName(path);
        if (how == OpenAs::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db.setConnectOptions(options);
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

// The schema of each version, in the order of creation. Version 1 is the first release.
static const QStringList &schemaV1()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE ideas (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, description TEXT NOT NULL, owner TEXT NOT NULL, "
                       "archetype TEXT NOT NULL, accuracy REAL, override_impact REAL, "
                       "override_feasibility REAL, override_note TEXT NOT NULL, stage TEXT NOT NULL, "
                       "outcome TEXT NOT NULL, outcome_reason TEXT NOT NULL, created_at INTEGER, "
                       "flywheel TEXT NOT NULL, checklist TEXT NOT NULL, raters TEXT NOT NULL, "
                       "history TEXT NOT NULL, details TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX ideas_position ON ideas (position)"),
    };
    return statements;
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

// Version 1 is created directly; later versions are reached by updateSchema(from).
bool createSchema(QSqlDatabase &db, QSqlError *error)
{
    for (const QString &statement : schemaV1()) {
        if (!exec(db, statement, error))
            return false;
    }
    return true;
}

// Brings a file from schema version `from` to `from + 1`. Called inside a transaction that
// also sets user_version. There is no migration yet: version 1 is the first.
bool updateSchema(QSqlDatabase &db, int from, QSqlError *error)
{
    Q_UNUSED(db);
    Q_UNUSED(error);
    switch (from) {
    default:
        return false;
    }
}

// What sqlite_master holds for a file of schema version `version`, as (type, name, sql).
// Built by running our own DDL in a private in-memory database, so it can never drift from
// createSchema / updateSchema.
static Result<QSet<QString>> expectedSchema(int version)
{
    Connection memory(QStringLiteral(":memory:"), OpenAs::Write);
    if (!memory.open())
        return makeError(Error::Code::Io, memory.db().lastError().text());
    QSqlError error;
    if (!createSchema(memory.db(), &error))
        return makeError(Error::Code::Io, error.text());
    for (int from = 1; from < version; ++from) {
        if (!updateSchema(memory.db(), from, &error))
            return makeError(Error::Code::Io, error.text());
    }
    QSet<QString> objects;
    QSqlQuery query(memory.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return makeError(Error::Code::Io, query.lastError().text());
    while (query.next()) {
        objects.insert(query.value(0).toString() + QLatin1Char('\x1f') + query.value(1).toString()
                       + QLatin1Char('\x1f') + query.value(2).toString() + QLatin1Char('\x1f')
                       + query.value(3).toString());
    }
    return objects;
}


// Reads the 100-byte SQLite header with plain file IO, so that files we refuse are never
// handed to SQLite (which could roll back a journal or change the header).
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
        return Ok{};
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
                         "mlp", "%1 is %2, not a portfolio file. It was not opened. Give the path "
                                "of a .mlplan file.")
                         .arg(nativePath(path), kind));
}

Result<Header> readHeader(const QString &path)
{
    if (Status regular = checkRegularFile(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "%1 cannot be read: %2")
                             .arg(nativePath(path), file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() == 0)
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(path, QCoreApplication::translate("mlp", "the file is empty")));
    if (header.size() < 100 || !header.startsWith(magic))
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(
                path, QCoreApplication::translate("mlp", "it is not an SQLite database")));
    Header result;
    result.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    result.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    result.walMode = header.at(18) == 2 || header.at(19) == 2;
    if (result.applicationId != kApplicationId)
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(path,
                                QCoreApplication::translate(
                                    "mlp", "it is an SQLite database of another application")));
    return result;
}

Status checkVersion(const QString &path, int version)
{
    if (version > kSchemaVersion)
        return makeError(
            Error::Code::TooNew,
            QCoreApplication::translate(
                "mlp",
                "%1 was written by a newer version of ML Planner (file format version %2); "
                "this version reads file format versions up to %3. Update ML Planner to open it.")
                .arg(nativePath(path))
                .arg(version)
                .arg(kSchemaVersion));
    if (version < 1)
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(
                path, QCoreApplication::translate("mlp", "it has no file format version")));
    return Ok{};
}

Result<int> pragmaInt(QSqlDatabase &db, const QString &path, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return sqlError(path, query.lastError(),
                        QT_TRANSLATE_NOOP("mlp", "reading the file header failed"));
    return query.value(0).toInt();
}

// The checks that make a file safe to load: ours, not too new, only our tables and indexes
// (no triggers or views that could run code), and intact. Nothing here writes.
Status verify(QSqlDatabase &db, const QString &path, Integrity integrity, bool *needsRecovery)
{
    QSqlError error;
    if (!exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"), &error))
        return sqlError(path, error, QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    int appId = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            // A journal left by a crash makes a read-only connection fail here.
            if (needsRecovery && primaryCode(query.lastError()) == kSqliteReadOnly
                && QFileInfo::exists(path + QStringLiteral("-journal"))) {
                *needsRecovery = true;
            }
            return sqlError(path, query.lastError(),
                            QT_TRANSLATE_NOOP("mlp", "reading the file header failed"));
        }
        appId = query.value(0).toInt();
    }
    if (appId != kApplicationId)
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(path,
                                QCoreApplication::translate(
                                    "mlp", "it is an SQLite database of another application")));
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (Status status = checkVersion(path, *version); !status)
        return status;

    const Result<QSet<QString>> expected = expectedSchema(*version);
    if (!expected)
        return expected.error();
    QSet<QString> missing = *expected;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
            return sqlError(path, query.lastError(),
                            QT_TRANSLATE_NOOP("mlp", "reading the file structure failed"));
        while (query.next()) {
            const QString type = query.value(0).toString();
            const QString name = query.value(1).toString();
            const QString key = type + QLatin1Char('\x1f') + name + QLatin1Char('\x1f')
                                + query.value(2).toString() + QLatin1Char('\x1f') + query.value(3).toString();
            if (!missing.remove(key)) {
                return makeError(
                    Error::Code::UntrustedSchema,
                    QCoreApplication::translate(
                        "mlp",
                        "%1 was not opened: it contains a %2 '%3' that ML Planner does not "
                        "create. The file may have been altered; it was not changed.")
                        .arg(nativePath(path), type, name));
            }
        }
        if (query.lastError().isValid())
            return sqlError(path, query.lastError(),
                            QT_TRANSLATE_NOOP("mlp", "reading the file structure failed"));
    }
    if (!missing.isEmpty()) {
        const QString first = *missing.constBegin();
        return makeError(
            Error::Code::UntrustedSchema,
            QCoreApplication::translate(
                "mlp",
                "%1 was not opened: its structure differs from an ML Planner portfolio "
                "(%2 '%3' is missing or altered); it was not changed.")
                .arg(nativePath(path), first.section(QLatin1Char('\x1f'), 0, 0),
                     first.section(QLatin1Char('\x1f'), 1, 1)));
    }

    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(integrity == Integrity::Full ? QStringLiteral("PRAGMA integrity_check")
                                                 : QStringLiteral("PRAGMA quick_check"))) {
        const Error e = sqlError(path, check.lastError(),
                                 QT_TRANSLATE_NOOP("mlp", "checking the file failed"));
        if (e.code == Error::Code::Io)
            return makeError(
                Error::Code::Corrupt,
                QCoreApplication::translate("mlp", "%1 is damaged (%2) and was not changed.")
                    .arg(nativePath(path), check.lastError().databaseText()));
        return e;
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (check.lastError().isValid() && problems.isEmpty())
        problems << check.lastError().databaseText();
    if (!problems.isEmpty())
        return makeError(Error::Code::Corrupt,
                         QCoreApplication::translate("mlp", "%1 is damaged and was not changed: %2")
                             .arg(nativePath(path), problems.mid(0, 3).join(QStringLiteral("; "))));
    return Ok{};
}

QString storedSessionMark(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?")))
        return {};
    q.bindValue(0, QString::fromLatin1(kSessionKey));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace mlp::storage
