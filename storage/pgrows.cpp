#include "storage/pgrows.h"

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

// The columns readIdea() reads, in its order, selected from mlplanner.ideas.
QString selectIdeas(const QString &where)
{
    return QStringLiteral("SELECT id, position, name, description, owner, archetype, accuracy, "
                          "override_impact, override_feasibility, override_note, stage, outcome, "
                          "outcome_reason, created_at, flywheel, checklist, raters, history, "
                          "details, outcome_at, readiness FROM mlplanner.ideas WHERE %1")
        .arg(where);
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
    while (q.next()) {
        Idea &idea = ideas.emplace_back();
        if (const auto unreadable = readIdea(q, row, idea))
            return corruptValue(location, *unreadable);
    }
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), kReadingIdeas);
    return Ok {};
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

} // namespace mlp::storage
