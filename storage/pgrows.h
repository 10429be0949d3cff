#pragma once

// Internal to storage/: the statements of the PostgreSQL store (pgstore.h), each run inside the
// caller's transaction on the rows of one portfolio (`portfolioId`). Every value is bound, never
// spliced into the SQL. Reads check what they read like the file's reads do (Corrupt); SQL
// failures are pgError()s naming `location`.

#include "core/domain/idea.h"
#include "core/domain/result.h"

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

// Creates the portfolio's row: its id (INSERT … RETURNING).
Result<qint64> pgInsertPortfolio(QSqlDatabase &db, const QString &location, const QString &name);
// Replaces every setting of the portfolio.
Status pgWriteSettings(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                       const QString &name, const ScoringConfig &config);
// Removes every idea of the portfolio and writes `ideas` at positions 0, 1, …
Status pgReplaceIdeas(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      const QList<Idea> &ideas);
// Inserts the idea at the end, or replaces it where it is (one statement). With `newOnly`, an
// idea of that id already there is left as it is and the call is refused (Locked): the id was
// meant for a new idea, and someone else has just added one with it.
Status pgUpsertIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, const Idea &idea,
                    bool newOnly);
Status pgDeleteIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, qint64 id);

} // namespace mlp::storage
