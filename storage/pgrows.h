#pragma once

// Internal to storage/: the statements of the PostgreSQL store (pgstore.h), each run inside the
// caller's transaction on the rows of one portfolio (`portfolioId`). Every value is bound, never
// spliced into the SQL. Reads check what they read like the file's reads do (Corrupt); SQL
// failures are pgError()s naming `location`.

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "core/store/portfoliostore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace mlp::storage {

// The id of the portfolio named `name`; NotFound when the server has none of that name.
Result<qint64> pgPortfolioId(QSqlDatabase &db, const QString &location, const QString &name);
// Locks the portfolio's row for the rest of the transaction: `exclusive` for a change of the
// whole portfolio or its settings, shared for a change of one idea (so one-idea changes run side
// by side, and wait for a whole change). NotFound when the portfolio was removed meanwhile.
Status pgLockPortfolio(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                       bool exclusive);

Status pgReadSettings(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      Portfolio &portfolio, std::vector<int> &answerOrder);
// Every idea, in position order.
Status pgReadIdeas(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                   const std::vector<int> &answerOrder, QList<Idea> &ideas);
// One idea, unchecked by validateIdea (the caller checks); NotFound when absent. `forUpdate`
// locks its row until the transaction ends (SELECT ... FOR UPDATE), so writers of one idea
// take turns.
Result<Idea> pgReadIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, qint64 id,
                        const std::vector<int> &answerOrder, bool forUpdate = false);
Result<QList<Idea>> pgReadIdeasNamedBy(QSqlDatabase &db, const QString &location,
                                       qint64 portfolioId, const QString &idOrName);
Result<qint64> pgReadNextId(QSqlDatabase &db, const QString &location, qint64 portfolioId);
// What the server lets this session's login change (PortfolioStore::permissions): its grants on
// the tables each kind of change writes, and for the answers the row security of
// mlplanner.ratings (a login that may add ideas changes every rater's rows, any other only those
// of the rater named as it).
Result<PortfolioStore::Permissions> pgReadPermissions(QSqlDatabase &db, const QString &location);

// Creates the portfolio's row: its id (INSERT … RETURNING).
Result<qint64> pgInsertPortfolio(QSqlDatabase &db, const QString &location, const QString &name);
// Replaces every setting of the portfolio.
Status pgWriteSettings(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                       const QString &name, const ScoringConfig &config);
// Removes every idea of the portfolio and writes `ideas` at positions 0, 1, …
Status pgReplaceIdeas(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      const QList<Idea> &ideas);
// Inserts the idea at the end, or replaces it where it is. `stored` is the idea as the server
// holds it now (read in this transaction, its row locked), or null for a new one: only what
// differs is written — the ideas row when anything but the raters differs, and of the raters'
// rows (mlplanner.ratings) only those added, changed or removed, so that a rater's change of
// their own answers writes nothing else. A rater's row the server's row security hides from
// this login is refused as the server's refusal ("your login may not do this"). With
// `newOnly`, an idea of that id already there is left as it is and the call is refused (Locked):
// the id was meant for a new idea, and someone else has just added one with it.
Status pgUpsertIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, const Idea &idea,
                    const Idea *stored, bool newOnly);
// One rater's answers of one idea: a row of mlplanner.ratings (server schema 3); `answers` is
// encodeAnswers()'s text, `position` orders an idea's raters.
struct PgRating
{
    qint64 portfolioId = 0;
    qint64 ideaId = 0;
    int position = 0;
    QString rater;
    QString answers;
};
// Inserts `rows`, a batch of them per statement.
Status pgInsertRatings(QSqlDatabase &db, const QString &location, const std::vector<PgRating> &rows,
                       const char *what);

Status pgDeleteIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, qint64 id);

} // namespace mlp::storage
