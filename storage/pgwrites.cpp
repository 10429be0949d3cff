// The writing statements of the PostgreSQL store (declared in pgrows.h).

#include "storage/ideacodecs.h"
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
// portfolio_id and pgIdeaValues()
constexpr int kValuesPerRow = 22;
// ideaRowValues()' raters column, which mlplanner.ideas no longer has (schema 3)
constexpr qsizetype kRatersValue = 16;

// The values of pgIdeaColumns() for `idea`.
QList<QVariant> pgIdeaValues(const Idea &idea, qint64 position)
{
    QList<QVariant> values = ideaRowValues(idea, position);
    values.removeAt(kRatersValue);
    return values;
}

bool sameButRaters(Idea a, Idea b)
{
    a.raters.clear();
    b.raters.clear();
    return a == b;
}

void appendRatings(std::vector<PgRating> &rows, qint64 portfolioId, const Idea &idea,
                   int firstPosition)
{
    for (qsizetype r = 0; r < idea.raters.size(); ++r)
        rows.push_back({ portfolioId, idea.id, firstPosition + int(r), idea.raters[r].name,
                         encodeAnswers(idea.raters[r].answers) });
}

// A rater's row the server's row security kept from this login: PostgreSQL skips such a row in
// an UPDATE or DELETE without an error, so the store says what the server did.
Error refusedRater(const QString &location, const QString &rater)
{
    const QSqlError e(QString(),
                      QCoreApplication::translate("mlp",
                                                  "the answers of the rater “%1” are not your "
                                                  "login's to change (row-level security)")
                          .arg(rater),
                      QSqlError::StatementError, QStringLiteral("42501"));
    return pgError(location, e, kSavingIdeas);
}

struct StoredRating
{
    int position = 0;
    QString rater;
    QString answers;
    bool matched = false;
};

Result<std::vector<StoredRating>> storedRatings(QSqlDatabase &db, const QString &location,
                                                qint64 portfolioId, qint64 ideaId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT position, rater, answers FROM mlplanner.ratings WHERE "
                                  "portfolio_id = ? AND idea_id = ? ORDER BY position")))
        return pgError(location, q.lastError(), kSavingIdeas);
    q.bindValue(0, portfolioId);
    q.bindValue(1, ideaId);
    if (!q.exec())
        return pgError(location, q.lastError(), kSavingIdeas);
    std::vector<StoredRating> rows;
    while (q.next())
        rows.push_back({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString() });
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), kSavingIdeas);
    return rows;
}

// Runs `sql` for one rater's row (bound: `values`, then the portfolio, the idea and the row's
// position); a row the statement did not reach is the server's refusal.
Status writeRating(QSqlDatabase &db, const QString &location, const QString &sql,
                   const QList<QVariant> &values, qint64 portfolioId, qint64 ideaId,
                   const StoredRating &row)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return pgError(location, q.lastError(), kSavingIdeas);
    int i = 0;
    for (const QVariant &value : values)
        q.bindValue(i++, value);
    q.bindValue(i++, portfolioId);
    q.bindValue(i++, ideaId);
    q.bindValue(i++, row.position);
    if (!q.exec())
        return pgError(location, q.lastError(), kSavingIdeas);
    if (!q.next())
        return q.lastError().isValid() ? pgError(location, q.lastError(), kSavingIdeas)
                                       : refusedRater(location, row.rater);
    return Ok {};
}

// Writes the raters' rows of a stored idea that differ from `idea`'s raters: a rater is matched
// by name (the n-th of a name to the n-th), changed answers are updated, raters gone deleted,
// new ones added after the last. Only when the order of those kept changes (or a new one goes
// between them) are all the idea's rows written again.
Status writeRatings(QSqlDatabase &db, const QString &location, qint64 portfolioId, const Idea &idea)
{
    auto stored = storedRatings(db, location, portfolioId, idea.id);
    if (!stored)
        return stored.error();
    std::vector<StoredRating> &rows = *stored;
    std::vector<int> match(size_t(idea.raters.size()), -1);
    bool inOrder = true;
    bool newSeen = false;
    int last = -1;
    for (qsizetype r = 0; r < idea.raters.size(); ++r) {
        for (size_t k = 0; k < rows.size(); ++k) {
            if (!rows[k].matched && rows[k].rater == idea.raters[r].name) {
                rows[k].matched = true;
                match[size_t(r)] = int(k);
                break;
            }
        }
        if (match[size_t(r)] < 0) {
            newSeen = true;
            continue;
        }
        const int position = rows[size_t(match[size_t(r)])].position;
        inOrder = inOrder && !newSeen && position > last;
        last = position;
    }
    static const QString remove = QStringLiteral(
        "DELETE FROM mlplanner.ratings WHERE portfolio_id = ? AND idea_id = ? AND position = ? "
        "RETURNING position");
    static const QString update = QStringLiteral(
        "UPDATE mlplanner.ratings SET answers = ? WHERE portfolio_id = ? AND idea_id = ? AND "
        "position = ? RETURNING position");
    int next = 0;
    for (const StoredRating &row : rows) {
        next = std::max(next, row.position + 1);
        if (row.matched && inOrder)
            continue;
        if (Status s = writeRating(db, location, remove, {}, portfolioId, idea.id, row); !s)
            return s;
    }
    std::vector<PgRating> added;
    for (qsizetype r = 0; r < idea.raters.size(); ++r) {
        const Rater &rater = idea.raters[r];
        const QString answers = encodeAnswers(rater.answers);
        const int k = match[size_t(r)];
        if (!inOrder || k < 0) {
            added.push_back(
                { portfolioId, idea.id, inOrder ? next++ : int(r), rater.name, answers });
        } else if (rows[size_t(k)].answers != answers) {
            if (Status s = writeRating(db, location, update, { answers }, portfolioId, idea.id,
                                       rows[size_t(k)]);
                !s)
                return s;
        }
    }
    return pgInsertRatings(db, location, added, kSavingIdeas);
}

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
            for (const QVariant &value : pgIdeaValues(ideas[k], k))
                batch.bindValue(i++, value);
        }
        if (!batch.exec())
            return pgError(location, batch.lastError(), kSavingIdeas);
    }
    // The raters' rows went with their ideas (ON DELETE CASCADE).
    std::vector<PgRating> ratings;
    for (const Idea &idea : ideas)
        appendRatings(ratings, portfolioId, idea, 0);
    return pgInsertRatings(db, location, ratings, kSavingIdeas);
}

Status pgInsertRatings(QSqlDatabase &db, const QString &location, const std::vector<PgRating> &rows,
                       const char *what)
{
    constexpr size_t kBatch = 200;
    QSqlQuery q(db);
    size_t prepared = 0;
    for (size_t start = 0; start < rows.size(); start += kBatch) {
        const size_t count = std::min(kBatch, rows.size() - start);
        if (count != prepared) {
            QStringList marks;
            for (size_t i = 0; i < count; ++i)
                marks.append(QStringLiteral("(?, ?, ?, ?, ?)"));
            if (!q.prepare(QStringLiteral("INSERT INTO mlplanner.ratings (portfolio_id, idea_id, "
                                          "position, rater, answers) VALUES %1")
                               .arg(marks.join(QLatin1Char(',')))))
                return pgError(location, q.lastError(), what);
            prepared = count;
        }
        int i = 0;
        for (size_t k = start; k < start + count; ++k) {
            q.bindValue(i++, rows[k].portfolioId);
            q.bindValue(i++, rows[k].ideaId);
            q.bindValue(i++, rows[k].position);
            // Qt binds a null QString as NULL; a rater without a name is ''.
            q.bindValue(i++, rows[k].rater.isNull() ? QString(QLatin1String("")) : rows[k].rater);
            q.bindValue(i++, rows[k].answers);
        }
        if (!q.exec())
            return pgError(location, q.lastError(), what);
    }
    return Ok {};
}

Status pgUpsertIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, const Idea &idea,
                    const Idea *stored, bool newOnly)
{
    if (stored && !newOnly && sameButRaters(*stored, idea))
        return writeRatings(db, location, portfolioId, idea);
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
    const QList<QVariant> values = pgIdeaValues(idea, 0);
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
    q.finish();
    return writeRatings(db, location, portfolioId, idea);
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
