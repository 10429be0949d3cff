#pragma once

// Internal to storage/: the statements that write the ideas and settings tables and read them
// back into a Portfolio (docs/file-format.md, "Schema"). The packed columns' text is
// ideacodecs.h's.

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "storage/ideacodecs.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>
#include <vector>

namespace mlp::storage {

// The values of one ideas row in the order of IdeaWriter's columns (id, position, name, …,
// readiness, name_key), with NULL texts as '' (the team store writes the same columns).
QList<QVariant> ideaRowValues(const Idea &idea, qint64 position);

// A prepared statement for writing ideas, reused across the ideas of one transaction.
class IdeaWriter
{
public:
    explicit IdeaWriter(QSqlDatabase &db);

    bool ok() const { return m_ok; }
    QSqlError error() const { return m_error; }
    bool write(const Idea &idea, qint64 position);

private:
    QSqlQuery m_idea;
    bool m_ok = false;
    QSqlError m_error;
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
Status readSettings(QSqlDatabase &db, const QString &path, Portfolio &portfolio,
                    std::vector<int> &answerOrder);

// readSettings from rows already read (key → value): for a store that selects them itself.
Status settingsFromRows(const QHash<QString, QVariant> &settings, const QString &path,
                        Portfolio &portfolio, std::vector<int> &answerOrder);

// The columns of the ideas table that make an Idea, in the order readIdea reads them, for a
// file of schema version `version` (a reader does not migrate older files).
QString ideaColumns(int version);

// What one ideas row needs besides itself: shared strings and checklists, the answer order.
struct RowContext
{
    const std::vector<int> &answerOrder;
    Interner names;
    ChecklistCache checklists;
};
// One row selected with ideaColumns() into `idea`; on failure, what cannot be read (for
// corruptValue).
std::optional<QString> readIdea(const QSqlQuery &q, RowContext &row, Idea &idea);

// Reads the whole portfolio in one read transaction and checks it (validatePortfolio); a value
// that cannot be read is Error::Code::Corrupt, naming `path`.
Result<Portfolio> readPortfolio(QSqlDatabase &db, const QString &path);

} // namespace mlp::storage
