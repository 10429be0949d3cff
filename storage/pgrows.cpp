#include "storage/pgrows.h"

#include "storage/ideacodecs.h"
#include "storage/ideacolumns.h"
#include "storage/pgconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace mlp::storage {

namespace {

const char *const kReadingIdeas = QT_TRANSLATE_NOOP("mlp", "reading the ideas failed");
const char *const kReadingSettings = QT_TRANSLATE_NOOP("mlp", "reading the settings failed");

Error gone(const QString &location)
{
    return makeError(Error::Code::NotFound,
                     QCoreApplication::translate(
                         "mlp",
                         "%1: the server has no portfolio of this name (it may have been "
                         "removed). Check the name after portfolio=, or publish it.")
                         .arg(location));
}

// The columns readIdea() reads, in its order, selected from mlplanner.ideas; the raters come
// from mlplanner.ratings (readRatings).
QString selectIdeas(const QString &where)
{
    return QStringLiteral("SELECT id, position, name, description, owner, archetype, accuracy, "
                          "override_impact, override_feasibility, override_note, stage, outcome, "
                          "outcome_reason, created_at, flywheel, checklist, '' AS raters, "
                          "history, details, outcome_at, readiness FROM mlplanner.ideas WHERE %1")
        .arg(where);
}

// Appends the raters of the portfolio's ideas (or of the idea `onlyIdea`, when not 0) to the
// ideas `ideaOf` finds by id, each idea's in their order.
template<typename IdeaOf>
Status readRatings(QSqlDatabase &db, const QString &location, qint64 portfolioId, qint64 onlyIdea,
                   RowContext &row, IdeaOf ideaOf)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT idea_id, rater, answers FROM mlplanner.ratings "
                                       "WHERE portfolio_id = ? %1 ORDER BY idea_id, position")
                            .arg(onlyIdea ? QStringLiteral("AND idea_id = ?") : QString());
    if (!q.prepare(sql))
        return pgError(location, q.lastError(), kReadingIdeas);
    q.bindValue(0, portfolioId);
    if (onlyIdea)
        q.bindValue(1, onlyIdea);
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingIdeas);
    qint64 lastId = 0;
    Idea *idea = nullptr;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!idea || id != lastId) {
            idea = ideaOf(id);
            lastId = id;
        }
        Rater rater;
        rater.name = row.names.get(q.value(1).toString());
        if (!idea || !decodeAnswers(q.value(2).toString(), row.answerOrder, rater.answers))
            return corruptValue(
                location,
                QCoreApplication::translate("mlp", "idea %1 has unreadable raters' answers")
                    .arg(id));
        idea->raters.append(rater);
    }
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), kReadingIdeas);
    return Ok {};
}

} // namespace

Result<qint64> pgPortfolioId(QSqlDatabase &db, const QString &location, const QString &name)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id FROM mlplanner.portfolios WHERE name = ?")))
        return pgError(location, q.lastError(), kReadingSettings);
    q.bindValue(0, name);
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingSettings);
    if (!q.next())
        return gone(location);
    return q.value(0).toLongLong();
}

Status pgLockPortfolio(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                       bool exclusive)
{
    QSqlQuery q(db);
    const QString sql = exclusive
        ? QStringLiteral("SELECT id FROM mlplanner.portfolios WHERE id = ? FOR UPDATE")
        : QStringLiteral("SELECT id FROM mlplanner.portfolios WHERE id = ? FOR SHARE");
    if (!q.prepare(sql))
        return pgError(location, q.lastError(), kReadingSettings);
    q.bindValue(0, portfolioId);
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingSettings);
    if (!q.next())
        return gone(location);
    return Ok {};
}

Status pgReadSettings(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      Portfolio &portfolio, std::vector<int> &answerOrder)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT key, value FROM mlplanner.settings WHERE portfolio_id = ?")))
        return pgError(location, q.lastError(), kReadingSettings);
    q.bindValue(0, portfolioId);
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingSettings);
    QHash<QString, QVariant> settings;
    while (q.next())
        settings.insert(q.value(0).toString(), q.value(1));
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), kReadingSettings);
    // Every portfolio has its settings rows from its creation on: none means it was removed.
    if (settings.isEmpty())
        return gone(location);
    return settingsFromRows(settings, location, portfolio, answerOrder);
}

Status pgReadIdeas(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                   const std::vector<int> &answerOrder, QList<Idea> &ideas)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(selectIdeas(QStringLiteral("portfolio_id = ? ORDER BY position, id"))))
        return pgError(location, q.lastError(), kReadingIdeas);
    q.bindValue(0, portfolioId);
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingIdeas);
    if (q.size() > 0)
        ideas.reserve(q.size());
    RowContext row { answerOrder, {}, {} };
    const qsizetype first = ideas.size();
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(q.size() > 0 ? q.size() : 0);
    while (q.next()) {
        Idea &idea = ideas.emplace_back();
        if (const auto unreadable = readIdea(q, row, idea))
            return corruptValue(location, *unreadable);
        indexOf.insert(idea.id, ideas.size() - 1);
    }
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), kReadingIdeas);
    q.finish();
    return readRatings(db, location, portfolioId, 0, row, [&](qint64 id) -> Idea * {
        const qsizetype at = indexOf.value(id, -1);
        return at >= first ? &ideas[at] : nullptr;
    });
}

Result<Idea> pgReadIdea(QSqlDatabase &db, const QString &location, qint64 portfolioId, qint64 id,
                        const std::vector<int> &answerOrder, bool forUpdate)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(selectIdeas(forUpdate ? QStringLiteral("portfolio_id = ? AND id = ? FOR UPDATE")
                                         : QStringLiteral("portfolio_id = ? AND id = ?"))))
        return pgError(location, q.lastError(), kReadingIdeas);
    q.bindValue(0, portfolioId);
    q.bindValue(1, id);
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingIdeas);
    if (!q.next()) {
        if (q.lastError().isValid())
            return pgError(location, q.lastError(), kReadingIdeas);
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("mlp", "%1 has no idea with the id %2.")
                             .arg(location, QString::number(id)));
    }
    RowContext row { answerOrder, {}, {} };
    Idea idea;
    if (const auto unreadable = readIdea(q, row, idea))
        return corruptValue(location, *unreadable);
    q.finish();
    if (Status s = readRatings(db, location, portfolioId, id, row,
                               [&](qint64 of) { return of == id ? &idea : nullptr; });
        !s)
        return s.error();
    return idea;
}

Result<QList<Idea>> pgReadIdeasNamedBy(QSqlDatabase &db, const QString &location,
                                       qint64 portfolioId, const QString &idOrName)
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return QList<Idea> {};
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name FROM mlplanner.ideas WHERE portfolio_id = ? "
                                  "AND (id = ? OR name_key = ?) ORDER BY position, id")))
        return pgError(location, q.lastError(), kReadingIdeas);
    q.bindValue(0, portfolioId);
    q.bindValue(1, isNumber ? id : qint64(0));
    q.bindValue(2, nameKey(key));
    if (!q.exec())
        return pgError(location, q.lastError(), kReadingIdeas);
    QList<Idea> ideas;
    while (q.next()) {
        Idea &idea = ideas.emplace_back();
        idea.id = q.value(0).toLongLong();
        idea.name = q.value(1).toString();
    }
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), kReadingIdeas);
    return ideas;
}

Result<qint64> pgReadNextId(QSqlDatabase &db, const QString &location, qint64 portfolioId)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM mlplanner.ideas WHERE portfolio_id = ?")))
        return pgError(location, q.lastError(), kReadingIdeas);
    q.bindValue(0, portfolioId);
    if (!q.exec() || !q.next())
        return pgError(location, q.lastError(), kReadingIdeas);
    return q.value(0).toLongLong();
}

Result<PortfolioStore::Permissions> pgReadPermissions(QSqlDatabase &db, const QString &location)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT session_user, "
            // every change: its entries in the log, and the lock on the portfolio's row
            "has_table_privilege('mlplanner.changes', 'INSERT') "
            "AND has_any_column_privilege('mlplanner.portfolios', 'UPDATE'), "
            "has_table_privilege('mlplanner.ideas', 'INSERT') "
            "AND has_table_privilege('mlplanner.ideas', 'UPDATE') "
            "AND has_table_privilege('mlplanner.ideas', 'DELETE'), "
            "has_table_privilege('mlplanner.settings', 'INSERT') "
            "AND has_table_privilege('mlplanner.settings', 'DELETE'), "
            "has_table_privilege('mlplanner.ratings', 'INSERT') "
            "AND has_table_privilege('mlplanner.ratings', 'UPDATE') "
            "AND has_table_privilege('mlplanner.ratings', 'DELETE'), "
            // the lock on the idea's row a change of its answers takes
            "has_any_column_privilege('mlplanner.ideas', 'UPDATE'), "
            // what the row security of mlplanner.ratings asks of a login that writes every row
            "has_table_privilege('mlplanner.ideas', 'INSERT')"))
        || !q.next())
        return pgError(location, q.lastError(),
                       QT_TRANSLATE_NOOP("mlp", "reading what your login may do failed"));
    const bool logged = q.value(1).toBool();
    const bool ideas = q.value(2).toBool();
    const bool ratings = q.value(4).toBool();
    PortfolioStore::Permissions permissions;
    permissions.login = q.value(0).toString();
    permissions.ideas = logged && ideas && ratings;
    permissions.settings = logged && q.value(3).toBool();
    // The row security of mlplanner.ratings: a login that may add ideas changes every row
    // (the same test as the policy's, so that the window offers exactly what the server allows).
    permissions.allAnswers = logged && ratings && q.value(5).toBool() && q.value(6).toBool();
    permissions.ownAnswers = logged && ratings && q.value(5).toBool();
    return permissions;
}

} // namespace mlp::storage
