// The writing statements of the PostgreSQL store (declared in pgrows.h).

#include "storage/ideacolumns.h"
#include "storage/pgconnection.h"
#include "storage/pgrows.h"
#include "storage/pgschema.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace mlp::storage {

namespace {

const char *const kSavingIdeas = QT_TRANSLATE_NOOP("mlp", "saving the ideas failed");
const char *const kSavingSettings = QT_TRANSLATE_NOOP("mlp", "saving the settings failed");

// Ideas go to the server in batches of this many rows per statement: one round trip per batch.
constexpr int kBatchRows = 100;
// portfolio_id and ideaRowValues()
constexpr int kValuesPerRow = 23;

QString rowPlaceholders()
{
    QStringList marks;
    for (int i = 0; i < kValuesPerRow; ++i)
        marks.append(QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString insertIdeas(int rows)
{
    QStringList values;
    const QString one = rowPlaceholders();
    for (int i = 0; i < rows; ++i)
        values.append(one);
    return QStringLiteral("INSERT INTO mlplanner.ideas (portfolio_id, %1) VALUES %2")
        .arg(pgIdeaColumns(), values.join(QLatin1Char(',')));
}

// The settings table holds text: numbers are written in their shortest exact form.
QVariant asText(const QVariant &value)
{
    if (value.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    return value.toString();
}

} // namespace

Result<qint64> pgInsertPortfolio(QSqlDatabase &db, const QString &location, const QString &name)
{
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO mlplanner.portfolios (name) VALUES (?) RETURNING id")))
        return pgError(location, q.lastError(), kSavingSettings);
    q.bindValue(0, name);
    if (!q.exec() || !q.next())
        return pgError(location, q.lastError(), kSavingSettings);
    return q.value(0).toLongLong();
}

Status pgWriteSettings(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                       const QString &name, const ScoringConfig &config)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("DELETE FROM mlplanner.settings WHERE portfolio_id = ?")))
        return pgError(location, q.lastError(), kSavingSettings);
    q.bindValue(0, portfolioId);
    if (!q.exec())
        return pgError(location, q.lastError(), kSavingSettings);
    const auto rows = settingsRows(name, config);
    QStringList marks;
    for (qsizetype i = 0; i < rows.size(); ++i)
        marks.append(QStringLiteral("(?, ?, ?)"));
    if (!q.prepare(QStringLiteral("INSERT INTO mlplanner.settings (portfolio_id, key, value) "
                                  "VALUES %1")
                       .arg(marks.join(QLatin1Char(',')))))
        return pgError(location, q.lastError(), kSavingSettings);
    int i = 0;
    for (const auto &[key, value] : rows) {
        q.bindValue(i++, portfolioId);
        q.bindValue(i++, key);
        q.bindValue(i++, asText(value));
    }
    if (!q.exec())
        return pgError(location, q.lastError(), kSavingSettings);
    return Ok {};
}

Status pgReplaceIdeas(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      const QList<Idea> &ideas)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("DELETE FROM mlplanner.ideas WHERE portfolio_id = ?")))
        return pgError(location, q.lastError(), kSavingIdeas);
    q.bindValue(0, portfolioId);
    if (!q.exec())
        return pgError(location, q.lastError(), kSavingIdeas);
    QSqlQuery batch(db);
    int prepared = 0; // the number of rows `batch` was prepared for
    for (qsizetype start = 0; start < ideas.size(); start += kBatchRows) {
        const int rows = int(std::min<qsizetype>(kBatchRows, ideas.size() - start));
        if (rows != prepared) {
            if (!batch.prepare(insertIdeas(rows)))
                return pgError(location, batch.lastError(), kSavingIdeas);
            prepared = rows;
        }
        int i = 0;
        for (qsizetype k = start; k < start + rows; ++k) {
            batch.bindValue(i++, portfolioId);
            for (const QVariant &value : ideaRowValues(ideas[k], k))
                batch.bindValue(i++, value);
        }
        if (!batch.exec())
            return pgError(location, batch.lastError(), kSavingIdeas);
    }
    return Ok {};
}

Status pgUpsertIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, const Idea &idea,
                    bool newOnly)
{
    // A new idea goes after the last; an existing one keeps its place. Every other column is
    // replaced, and the row's revision counts the write. `newOnly` inserts or does nothing.
    static const auto statement = [](bool insertOnly) {
        const QStringList columns = pgIdeaColumns().split(QStringLiteral(", "));
        QStringList marks;
        QStringList updates;
        for (const QString &column : columns) {
            if (column == QLatin1String("position")) {
                marks.append(QStringLiteral("(SELECT COALESCE(MAX(position) + 1, 0) FROM "
                                            "mlplanner.ideas WHERE portfolio_id = ?)"));
                continue;
            }
            marks.append(QStringLiteral("?"));
            if (column != QLatin1String("id"))
                updates.append(QStringLiteral("%1 = EXCLUDED.%1").arg(column));
        }
        const QString onConflict = insertOnly
            ? QStringLiteral("DO NOTHING")
            : QStringLiteral("DO UPDATE SET %1, revision = mlplanner.ideas.revision + 1")
                  .arg(updates.join(QStringLiteral(", ")));
        return QStringLiteral("INSERT INTO mlplanner.ideas (portfolio_id, %1) VALUES (?, %2) "
                              "ON CONFLICT (portfolio_id, id) %3 RETURNING id")
            .arg(pgIdeaColumns(), marks.join(QStringLiteral(", ")), onConflict);
    };
    static const QString upsert = statement(false);
    static const QString insert = statement(true);
    QSqlQuery q(db);
    if (!q.prepare(newOnly ? insert : upsert))
        return pgError(location, q.lastError(), kSavingIdeas);
    int i = 0;
    q.bindValue(i++, portfolioId);
    const QList<QVariant> values = ideaRowValues(idea, 0);
    for (qsizetype k = 0; k < values.size(); ++k)
        q.bindValue(i++, k == 1 ? QVariant(portfolioId) : values[k]); // 1: the position's query
    if (!q.exec())
        return pgError(location, q.lastError(), kSavingIdeas);
    if (!q.next()) {
        if (q.lastError().isValid())
            return pgError(location, q.lastError(), kSavingIdeas);
        return makeError(
            Error::Code::Locked,
            QCoreApplication::translate("mlp",
                                        "%1: someone else added an idea with the id %2 at the same "
                                        "moment; nothing was changed. Try again.")
                .arg(location)
                .arg(idea.id));
    }
    return Ok {};
}

Status pgDeleteIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, qint64 id)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("DELETE FROM mlplanner.ideas WHERE portfolio_id = ? AND id = ?")))
        return pgError(location, q.lastError(),
                       QT_TRANSLATE_NOOP("mlp", "removing the idea failed"));
    q.bindValue(0, portfolioId);
    q.bindValue(1, id);
    if (!q.exec())
        return pgError(location, q.lastError(),
                       QT_TRANSLATE_NOOP("mlp", "removing the idea failed"));
    return Ok {};
}

} // namespace mlp::storage
