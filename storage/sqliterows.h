#pragma once

// Internal to storage/: reading the ideas table straight through SQLite's API, on a
// connection's SQLite handle (sqlsupport.h), without a QVariant per value. Reading every idea of a
// large portfolio through QSqlQuery spent more time in Qt's per-value QVariants and SQLite's
// UTF-8 to UTF-16 conversion than in SQLite itself; here an ASCII text (most of every row) is
// widened in one pass, and anything else is converted by SQLite as Qt had it converted, so the
// values are exactly those QSqlQuery gives (RowValues).

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "core/store/portfoliostore.h"
#include "storage/ideacolumns.h"
#include "storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace mlp::storage {

// One prepared statement on a Qt SQL connection's SQLite handle.
class SqliteRows final : public RowValues
{
public:
    // Prepares `sql` on `db`; ok() tells whether it could.
    SqliteRows(SqliteHandle db, const QString &sql);
    ~SqliteRows() override;
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool ok() const { return m_statement != nullptr; }
    // The next row; false after the last one or on an error (then error() is valid).
    bool next();
    // Binds `values` to the statement's parameters in order, each as execute() binds it, for
    // the rows next() then reads; `values` must outlive the reading. False on an error.
    bool bind(const QList<QVariant> &values);
    // Runs a statement that returns no rows (an INSERT) with `values` bound to its parameters
    // in order, each bound as Qt SQL's SQLite driver binds it (so the row is the one QSqlQuery
    // would write); the statement can then run again. False on an error (see error()).
    // Binding through QSqlQuery formatted a parameter name per value: a sixth of an import.
    bool execute(const QList<QVariant> &values);
    // What went wrong, as Qt SQL would have reported it (sqlError() reads it the same way).
    QSqlError error() const { return m_error; }

    qint64 integer(int column) override;
    std::optional<double> optionalNumber(int column) override;
    QString text(int column) override;
    QStringView view(int column) override;

    QVariant value(int column); // the QVariant Qt SQL's SQLite driver makes of a value

private:
    void setError(int code, const char *driverText);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
    QString m_view; // the last view() of an ASCII text, widened
};

// The order readEachIdea() reads the rows in: storage order, or that of their positions (ties
// in storage order), which is storage order for every file ML Planner wrote.
enum class RowOrder { Stored, Positions };
// Reads every idea in one read transaction, each checked as readPortfolio() checks it, calling
// `each` with each in `order` and its position; `settings` gets the name and settings first.
// The error is the one readPortfolio() gives for the same file (RowChecks); after an error the
// calls made are to be dropped. Nothing but the idea being read is kept.
Status readEachIdea(SqliteHandle db, const QString &path, Portfolio &settings,
                    const PortfolioStore::IdeaVisitor &each, RowOrder order);

} // namespace mlp::storage
