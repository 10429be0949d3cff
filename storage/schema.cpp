#include "storage/schema.h"

#include "storage/changetable.h"
#include "storage/ideacolumns.h"
#include "storage/portfoliofile.h"
#include "storage/sqliterows.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

namespace mlp::storage {

// The schema of each version, in the order of creation. Version 1 is the first release.
namespace {

const QStringList &schemaV1()
{
    static const QStringList statements {
        QStringLiteral(
            "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE ideas (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
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

} // namespace

// Version 1 is created directly; later versions are reached by updateSchema(from).
bool createSchema(QSqlDatabase &db, QSqlError *error)
{
    for (const QString &statement : schemaV1()) {
        if (!exec(db, statement, error))
            return false;
    }
    return true;
}

bool createLatestSchema(QSqlDatabase &db, QSqlError *error)
{
    if (!createSchema(db, error))
        return false;
    for (int from = 1; from < kSchemaVersion; ++from) {
        if (!updateSchema(db, from, error))
            return false;
    }
    return true;
}

namespace {

// The statements that bring the structure from version `from` to `from + 1`; none for a version
// there is no update from.
const QStringList &updateStatements(int from)
{
    static const QStringList toVersion2 {
        QStringLiteral("ALTER TABLE ideas ADD COLUMN outcome_at INTEGER"),
        QStringLiteral("ALTER TABLE ideas ADD COLUMN readiness TEXT NOT NULL DEFAULT ''"),
    };
    // The ideas a name may mean are found through an index on the name trimmed and
    // case-folded, so a command that edits one idea reads one row (file-format.md).
    static const QStringList toVersion3 {
        QStringLiteral("ALTER TABLE ideas ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX ideas_name_key ON ideas (name_key)"),
    };
    static const QStringList none;
    switch (from) {
    case 1:
        return toVersion2;
    case 2:
        return toVersion3;
    case 3:
        // The change log starts empty: what was changed before it is not known, except the
        // stage moves, which each idea's lifecycle history keeps (file-format.md).
        return changeTableStatements();
    default:
        return none;
    }
}

} // namespace

// Brings a file from schema version `from` to `from + 1`. Called inside a transaction that
// also sets user_version. Columns are added with a default, so the ideas of an older file
// read as they were: no outcome time, no readiness answers.
bool updateSchema(QSqlDatabase &db, int from, QSqlError *error)
{
    const QStringList &statements = updateStatements(from);
    if (statements.isEmpty())
        return false;
    for (const QString &statement : statements) {
        if (!exec(db, statement, error))
            return false;
    }
    return from != 2 || fillNameKeys(db, error);
}

// What sqlite_master holds for a file of schema version `version`, worked out from the very
// statements createSchema and updateSchema run, as SQLite stores them: a CREATE TABLE or CREATE
// INDEX as written, and ALTER TABLE … ADD COLUMN as the column appended to its table's CREATE
// TABLE before the closing parenthesis. Running them in a private in-memory database gave the
// same (SchemaTest compares the two for every version) but took a tenth of a command that reads
// a small portfolio: SQLite parses its whole schema again for every ALTER TABLE.
Result<QSet<QString>> expectedSchema(int version)
{
    struct Object
    {
        QString type, name, table, sql;
    };
    QList<Object> objects;
    auto apply = [&objects](const QString &statement) {
        const QStringList words = statement.split(QLatin1Char(' '));
        auto starts = [&words](std::initializer_list<const char *> keywords) {
            qsizetype k = 0;
            for (const char *keyword : keywords) {
                if (k >= words.size() || words.at(k++) != QLatin1String(keyword))
                    return false;
            }
            return true;
        };
        if (starts({ "CREATE", "TABLE" }) && words.size() > 3) {
            objects.append({ QStringLiteral("table"), words.at(2), words.at(2), statement });
            return true;
        }
        if (starts({ "CREATE", "INDEX" }) && words.size() > 5 && words.at(3) == u"ON") {
            objects.append({ QStringLiteral("index"), words.at(2), words.at(4), statement });
            return true;
        }
        if (starts({ "ALTER", "TABLE" }) && words.size() > 5 && words.at(3) == u"ADD"
            && words.at(4) == u"COLUMN") {
            for (Object &object : objects) {
                const qsizetype close = object.sql.lastIndexOf(QLatin1Char(')'));
                if (object.type == u"table" && object.name == words.at(2) && close > 0) {
                    object.sql.insert(close, QStringLiteral(", ") + statement.section(u' ', 5));
                    return true;
                }
            }
        }
        return false;
    };
    if (version < 1 || version > kSchemaVersion)
        return makeError(Error::Code::Io,
                         QStringLiteral("there is no schema version %1").arg(version));
    QStringList statements = schemaV1();
    for (int from = 1; from < version; ++from)
        statements += updateStatements(from);
    for (const QString &statement : statements) {
        if (!apply(statement))
            return makeError(
                Error::Code::Io,
                QStringLiteral("the expected schema cannot be worked out from: %1").arg(statement));
    }
    QSet<QString> keys;
    for (const Object &object : objects)
        keys.insert(object.type + QLatin1Char('\x1f') + object.name + QLatin1Char('\x1f')
                    + object.table + QLatin1Char('\x1f') + object.sql);
    return keys;
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
                .arg(nativePath(path), QString::number(version), QString::number(kSchemaVersion)));
    if (version < 1)
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(
                path, QCoreApplication::translate("mlp", "it has no file format version")));
    return Ok {};
}

Result<int> pragmaInt(SqliteHandle db, const QString &path, const QString &pragma)
{
    SqliteRows query(db, QStringLiteral("PRAGMA ") + pragma);
    if (!query.next())
        return sqlError(path, query.error(),
                        QT_TRANSLATE_NOOP("mlp", "reading the file header failed"));
    return int(query.integer(0));
}

namespace {

// The file's own application_id and user_version, read through SQLite (the header read before
// may be stale when a -wal is applied).
Result<int> checkIdentity(SqliteHandle db, const QString &path, bool *needsRecovery)
{
    SqliteRows query(db, QStringLiteral("PRAGMA application_id"));
    if (!query.next()) {
        // A journal left by a crash makes a read-only connection fail here.
        if (needsRecovery && primaryCode(query.error()) == kSqliteReadOnly
            && QFileInfo::exists(path + QStringLiteral("-journal"))) {
            *needsRecovery = true;
        }
        return sqlError(path, query.error(),
                        QT_TRANSLATE_NOOP("mlp", "reading the file header failed"));
    }
    if (query.integer(0) != kApplicationId)
        return makeError(
            Error::Code::NotAPortfolio,
            notPortfolioMessage(path,
                                QCoreApplication::translate(
                                    "mlp", "it is an SQLite database of another application")));
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (Status status = checkVersion(path, *version); !status)
        return status.error();
    return *version;
}

QString schemaKey(SqliteRows &query)
{
    return query.text(0) + QLatin1Char('\x1f') + query.text(1) + QLatin1Char('\x1f') + query.text(2)
        + QLatin1Char('\x1f') + query.text(3);
}

} // namespace

Status checkSchema(SqliteHandle db, const QString &path, int version)
{
    const Result<QSet<QString>> expected = expectedSchema(version);
    if (!expected)
        return expected.error();
    QSet<QString> missing = *expected;
    SqliteRows query(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    if (!query.ok())
        return sqlError(path, query.error(),
                        QT_TRANSLATE_NOOP("mlp", "reading the file structure failed"));
    while (query.next()) {
        if (!missing.remove(schemaKey(query))) {
            return makeError(
                Error::Code::UntrustedSchema,
                QCoreApplication::translate(
                    "mlp",
                    "%1 was not opened: it contains a %2 '%3' that ML Planner does not "
                    "create. The file may have been altered; it was not changed.")
                    .arg(nativePath(path), query.text(0), query.text(1)));
        }
    }
    if (query.error().isValid())
        return sqlError(path, query.error(),
                        QT_TRANSLATE_NOOP("mlp", "reading the file structure failed"));
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
    return Ok {};
}

Status checkPages(SqliteHandle db, const QString &path, Integrity integrity)
{
    const QString pragma = integrity == Integrity::Full ? QStringLiteral("PRAGMA integrity_check")
        : integrity == Integrity::Quick                 ? QStringLiteral("PRAGMA quick_check")
                                        : QStringLiteral("PRAGMA integrity_check(settings)");
    SqliteRows check(db, pragma);
    QStringList problems;
    bool stepped = false;
    while (check.next()) {
        stepped = true;
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!stepped && check.error().isValid()) {
        // The check could not even start: as Qt SQL reported it, a failed exec().
        const Error e
            = sqlError(path, check.error(), QT_TRANSLATE_NOOP("mlp", "checking the file failed"));
        if (e.code == Error::Code::Io)
            return makeError(
                Error::Code::Corrupt,
                QCoreApplication::translate("mlp", "%1 is damaged (%2) and was not changed.")
                    .arg(nativePath(path), check.error().databaseText()));
        return e;
    }
    if (check.error().isValid() && problems.isEmpty())
        problems << check.error().databaseText();
    if (!problems.isEmpty())
        return makeError(Error::Code::Corrupt,
                         QCoreApplication::translate("mlp", "%1 is damaged and was not changed: %2")
                             .arg(nativePath(path), problems.mid(0, 3).join(QStringLiteral("; "))));
    return Ok {};
}

// The checks that make a file safe to load: ours, not too new, only our tables and indexes
// (no triggers or views that could run code), and intact. Nothing here writes. The connection
// trusts no function of the schema already (Connection::open).
Status verify(SqliteHandle db, const QString &path, Integrity integrity, bool *needsRecovery)
{
    const Result<int> version = checkIdentity(db, path, needsRecovery);
    if (!version)
        return version.error();
    if (Status schema = checkSchema(db, path, *version); !schema)
        return schema;
    return checkPages(db, path, integrity);
}

Result<std::unique_ptr<Connection>> connectAndVerify(const QString &path, OpenAs how,
                                                     Integrity integrity)
{
    auto connection = std::make_unique<Connection>(path, how);
    if (!connection->open())
        return sqlError(path, connection->lastError(),
                        QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    if (Status status = verify(connection->handle(), path, integrity); !status)
        return status.error();
    return connection;
}

} // namespace mlp::storage
