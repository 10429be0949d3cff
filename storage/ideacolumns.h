#pragma once

// Internal to storage/: the statements that write the ideas and settings tables and read them
// back into a Portfolio (docs/file-format.md, "Schema"). The packed columns' text is
// ideacodecs.h's.

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "storage/ideacodecs.h"
#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace mlp::storage {

// The values of one ideas row in the order of IdeaWriter's columns (id, position, name, …,
// readiness, name_key), with NULL texts as '' (the team store writes the same columns).
QList<QVariant> ideaRowValues(const Idea &idea, qint64 position);

class SqliteRows;

// A prepared statement for writing ideas, reused across the ideas of one transaction.
class IdeaWriter
{
public:
    explicit IdeaWriter(QSqlDatabase &db);
    ~IdeaWriter();

    bool ok() const;
    QSqlError error() const; // why it could not be prepared, or why the last write failed
    bool write(const Idea &idea, qint64 position);

private:
    // Through SQLite's API on the connection's handle (sqliterows.h), bound as Qt SQL binds.
    std::unique_ptr<SqliteRows> m_idea;
};

// The name as the name_key column holds it: trimmed and case-folded, so that the ideas a
// name may mean (Portfolio::resolve) are found through the column's index.
QString nameKey(const QString &name);
// Sets name_key of every row (the migration to version 3).
bool fillNameKeys(QSqlDatabase &db, QSqlError *error);

std::optional<double> toOptionalDouble(const QVariant &value);
QDateTime timestampFromValue(const QVariant &value);

bool deleteIdea(QSqlDatabase &db, qint64 id, QSqlError *error);
// The settings rows writeSettings writes (key, value), in order.
QList<std::pair<QString, QVariant>> settingsRows(const QString &name, const ScoringConfig &config);
// Replaces every setting (the session row is written by the transaction itself).
bool writeSettings(QSqlDatabase &db, const QString &name, const ScoringConfig &config,
                   QSqlError *error);

Error corruptValue(const QString &path, const QString &what);

// The settings table: the portfolio's name and scoring settings (into `portfolio`), and the
// file's answer order (how the raters column lists the questions).
Status readSettings(SqliteHandle db, const QString &path, Portfolio &portfolio,
                    std::vector<int> &answerOrder);

// readSettings from rows already read (key → value): for a store that selects them itself.
Status settingsFromRows(const QHash<QString, QVariant> &settings, const QString &path,
                        Portfolio &portfolio, std::vector<int> &answerOrder);

// The columns of the ideas table that make an Idea, in the order readIdea reads them, for a
// file of schema version `version` (a reader does not migrate older files).
QString ideaColumns(int version);

// The values of one selected row, as Qt SQL's SQLite driver gives them and QVariant converts
// them: a NULL is a null text, 0, or no number; an integer read as text is its digits. Two
// sources give the same values: a QSqlQuery (QueryRow) and a statement read straight through
// SQLite's API, without a QVariant per value (sqliterows.h).
class RowValues
{
public:
    virtual ~RowValues() = default;
    virtual qint64 integer(int column) = 0;                       // QVariant::toLongLong()
    virtual std::optional<double> optionalNumber(int column) = 0; // toOptionalDouble()
    virtual QString text(int column) = 0;                         // QVariant::toString()
    // The same text as a view, valid until the next call of view() or the next row: for the
    // packed columns, which are decoded and then dropped.
    virtual QStringView view(int column) = 0;
    QDateTime timestamp(int column); // timestampFromValue()
};

// A QSqlQuery's current row.
class QueryRow final : public RowValues
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    { }
    qint64 integer(int column) override { return m_query.value(column).toLongLong(); }
    std::optional<double> optionalNumber(int column) override
    {
        return toOptionalDouble(m_query.value(column));
    }
    QString text(int column) override { return m_query.value(column).toString(); }
    QStringView view(int column) override
    {
        m_view = m_query.value(column).toString();
        return m_view;
    }

private:
    const QSqlQuery &m_query;
    QString m_view;
};

// What one ideas row needs besides itself: shared strings and checklists, the answer order.
struct RowContext
{
    const std::vector<int> &answerOrder;
    Interner names;
    ChecklistCache checklists;
};
// One row selected with ideaColumns() into `idea`; on failure, what cannot be read (for
// corruptValue).
std::optional<QString> readIdea(RowValues &values, RowContext &row, Idea &idea);
inline std::optional<QString> readIdea(const QSqlQuery &q, RowContext &row, Idea &idea)
{
    QueryRow values(q);
    return readIdea(values, row, idea);
}

// The portfolio's answer to "are the ideas' checks passing so far" while its rows are read one
// at a time: load() decodes every row first (the first row that cannot be decoded, in storage
// order, is the error), then checks the name and settings, then each idea in the portfolio's
// order (validatePortfolio). A reader that checks each row as it comes keeps the failure that
// comes first in that order.
class RowChecks
{
public:
    // Checks the name and settings (`settings` holds no ideas) once, first: load() refuses them
    // before any idea.
    explicit RowChecks(const Portfolio &settings);
    // The idea decoded from the `row`-th row read, at `position`.
    void check(const Idea &idea, qint64 position, qint64 row);
    // Whether the result is already an error (the settings, or an idea): then no idea is to be
    // handed over, and the rest is only decoded.
    bool failed() const { return m_failed || m_settingsError.has_value(); }
    // After the last row: the error load() gives for the same rows, if any.
    Status result(const QString &path) const;

private:
    void fail(qint64 position, qint64 row, const QString &message);

    // The ids so far with their (position, row): while they come in increasing order, a list;
    // after the first that does not, a hash.
    qint64 m_lastId = 0;
    std::vector<std::pair<qint64, std::pair<qint64, qint64>>> m_seen;
    QHash<qint64, std::pair<qint64, qint64>> m_ids;
    bool m_failed = false;
    std::pair<qint64, qint64> m_at;
    QString m_message;
    std::optional<QString> m_settingsError;
};

// Reads the whole portfolio in one read transaction and checks it (validatePortfolio); a value
// that cannot be read is Error::Code::Corrupt, naming `path`.
Result<Portfolio> readPortfolio(SqliteHandle db, const QString &path);

} // namespace mlp::storage
