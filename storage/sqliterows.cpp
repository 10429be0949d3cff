#include "storage/sqliterows.h"

#include "storage/ideacolumns.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <sqlite3.h>

#include <cstring>
#include <limits>
#include <utility>

namespace mlp::storage {

namespace {

bool isAscii(const unsigned char *text, int size)
{
    unsigned char any = 0;
    for (int i = 0; i < size; ++i)
        any |= text[i];
    return any < 0x80;
}

} // namespace

SqliteRows::SqliteRows(SqliteHandle db, const QString &sql)
    : m_db(db.get())
{
    if (!m_db) {
        m_error = otherSqliteError();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int code
        = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        setError(code, "Unable to execute statement");
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

void SqliteRows::setError(int code, const char *driverText)
{
    // As Qt's driver reports it: its own words, SQLite's message and the result code.
    m_error = QSqlError(QString::fromLatin1(driverText), QString::fromUtf8(sqlite3_errmsg(m_db)),
                        QSqlError::StatementError, QString::number(code));
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        setError(code, "Unable to fetch row");
    return false;
}

namespace {

// One value bound as Qt 6.4's QSQLiteResult::exec binds the types ML Planner binds: a null value
// (an invalid or null variant, such as a double's QVariant made from its type alone, a null
// string or byte array) as NULL, integers and booleans as integers, a double as a double, a byte
// array as a blob, a string as its UTF-16 text. Any other type is bound as its text; Qt's driver
// formats dates and times its own way, and none is bound here (times are integers).
int bindAsQtSql(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_text16(statement, index, text.constData(),
                                   int(text.size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        if (bytes.isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.constData(),
                                   int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

bool SqliteRows::bind(const QList<QVariant> &values)
{
    if (!m_statement)
        return false;
    if (sqlite3_bind_parameter_count(m_statement) != values.size()) {
        // As Qt's driver refuses it: a missing value is never bound as NULL silently.
        m_error = QSqlError(QStringLiteral("Unable to execute statement"),
                            QStringLiteral("Parameter count mismatch"), QSqlError::StatementError);
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const int code = bindAsQtSql(m_statement, i + 1, values.at(i));
        if (code != SQLITE_OK) {
            setError(code, "Unable to bind parameters");
            return false;
        }
    }
    return true;
}

bool SqliteRows::execute(const QList<QVariant> &values)
{
    if (!m_statement)
        return false;
    // The bound texts belong to `values`: nothing of them is kept past this call, however it
    // ends.
    const auto unbind = qScopeGuard([this] {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    });
    if (!bind(values))
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_DONE)
        return true;
    setError(code, "Unable to fetch row");
    return false;
}

QVariant SqliteRows::value(int column)
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const void *text = sqlite3_column_text16(m_statement, column);
        return QString(static_cast<const QChar *>(text),
                       sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
    }
    }
}

qint64 SqliteRows::integer(int column)
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_statement, column);
    case SQLITE_NULL:
        return 0;
    default:
        return value(column).toLongLong();
    }
}

std::optional<double> SqliteRows::optionalNumber(int column)
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return std::nullopt;
    default:
        return value(column).toDouble();
    }
}

QString SqliteRows::text(int column)
{
    const int type = sqlite3_column_type(m_statement, column);
    if (type == SQLITE_NULL)
        return QString();
    if (type == SQLITE_TEXT) {
        const unsigned char *utf8 = sqlite3_column_text(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        if (utf8 && isAscii(utf8, size))
            return QString::fromLatin1(reinterpret_cast<const char *>(utf8), size);
    }
    return value(column).toString();
}

QStringView SqliteRows::view(int column)
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_TEXT) {
        const unsigned char *utf8 = sqlite3_column_text(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        if (utf8 && isAscii(utf8, size)) {
            m_view.resize(size);
            char16_t *to = reinterpret_cast<char16_t *>(m_view.data());
            for (int i = 0; i < size; ++i)
                to[i] = utf8[i];
            return m_view;
        }
        // Converted by SQLite, as Qt's driver has it converted; valid until the next row.
        const void *text = sqlite3_column_text16(m_statement, column);
        if (text)
            return QStringView(static_cast<const char16_t *>(text),
                               sqlite3_column_bytes16(m_statement, column) / 2);
    }
    m_view = value(column).toString();
    return m_view;
}

namespace {

// readEachIdea() in storage order, in the read transaction it has begun.
Status readEachStored(SqliteHandle db, const QString &path, Portfolio &settings,
                      const PortfolioStore::IdeaVisitor &each)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "reading the ideas failed");

    settings = Portfolio {};
    std::vector<int> answerOrder;
    if (Status read = readSettings(db, path, settings, answerOrder); !read)
        return read.error();
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    // Settings that load() refuses make the result an error whatever the rows hold: then no idea
    // is handed over (an export written as it is read would otherwise write them all), and the
    // rows are only decoded, so that the error is still the one load() gives.
    RowChecks checks(settings);
    {
        SqliteRows rows(db, QStringLiteral("SELECT %1 FROM ideas").arg(ideaColumns(*version)));
        if (!rows.ok())
            return sqlError(path, rows.error(), what);
        RowContext row { answerOrder, {}, {} };
        qint64 index = 0;
        while (rows.next()) {
            Idea idea;
            if (const auto unreadable = readIdea(rows, row, idea))
                return corruptValue(path, *unreadable);
            const qint64 position = rows.integer(1);
            checks.check(idea, position, index++);
            // After refused settings or a refused idea the result is an error: the rest is only
            // decoded, since a row that cannot be decoded is the error load() gives before any
            // other.
            if (!checks.failed())
                each(idea, position);
        }
        if (rows.error().isValid())
            return sqlError(path, rows.error(), what);
    }
    if (Status checked = checks.result(path); !checked)
        return checked.error();
    return Ok {};
}

// Whether the rows are stored in the order of their positions, as load() compares them (always,
// for a file ML Planner wrote). The table itself is read: the position index is in that order
// whatever the rows' order is.
Result<bool> storedInPositionOrder(SqliteHandle db, const QString &path, const char *what)
{
    SqliteRows rows(db, QStringLiteral("SELECT position FROM ideas NOT INDEXED"));
    if (!rows.ok())
        return sqlError(path, rows.error(), what);
    qint64 last = std::numeric_limits<qint64>::min();
    while (rows.next()) {
        const qint64 position = rows.integer(0);
        if (position < last)
            return false;
        last = position;
    }
    if (rows.error().isValid())
        return sqlError(path, rows.error(), what);
    return true;
}

// The whole portfolio, loaded and sorted as load() does it, handed over one idea at a time.
Status readEachLoaded(SqliteHandle db, const QString &path, Portfolio &settings,
                      const PortfolioStore::IdeaVisitor &each)
{
    Result<Portfolio> loaded = readPortfolio(db, path);
    if (!loaded)
        return loaded.error();
    const QList<Idea> ideas = std::exchange(loaded->ideas, {});
    settings = std::move(*loaded);
    for (qsizetype i = 0; i < ideas.size(); ++i)
        each(ideas.at(i), i);
    return Ok {};
}

} // namespace

Status readEachIdea(SqliteHandle db, const QString &path, Portfolio &settings,
                    const PortfolioStore::IdeaVisitor &each, RowOrder order)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "reading the ideas failed");
    bool sortFirst = false;
    {
        // One read transaction, so the tables are read as one consistent state.
        const ReadTransaction transaction(db);
        if (!transaction.ok())
            return sqlError(path, transaction.error(),
                            QT_TRANSLATE_NOOP("mlp", "reading the file failed"));
        if (order == RowOrder::Positions) {
            // A table that cannot be read through is refused by load() below, with the error
            // load() gives for the whole file.
            const Result<bool> inOrder = storedInPositionOrder(db, path, what);
            sortFirst = !inOrder || !*inOrder;
        }
        if (!sortFirst)
            return readEachStored(db, path, settings, each);
    }
    // Rows out of the order of their positions (never a file ML Planner wrote) or a table that
    // could not be read: rare enough to be loaded whole, which sorts them (and refuses damage)
    // exactly as load() does.
    return readEachLoaded(db, path, settings, each);
}

} // namespace mlp::storage
