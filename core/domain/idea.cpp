#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlp {

qint64 Portfolio::nextId() const
{
    qint64 maxId = 0;
    for (const Idea &idea : ideas)
        maxId = std::max(maxId, idea.id);
    return maxId + 1;
}

int Portfolio::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < ideas.size(); ++i) {
        if (ideas[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

const Idea *Portfolio::find(qint64 id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &ideas[i];
}

Idea *Portfolio::find(qint64 id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &ideas[i];
}

Result<Idea> moveIdea(const Idea &idea, const MoveRequest &request, const QDateTime &now,
                      const ReadinessGate &gate)
{
    auto moved = applyMove(idea.lifecycle, idea.checklist, request, now);
    if (!moved)
        return moved.error();
    if (request.to == Stage::Deploying && idea.lifecycle.stage != Stage::Deploying) {
        if (Status ready = checkReadinessGate(gate, idea.readiness); !ready)
            return ready.error();
    }
    Idea next = idea;
    next.lifecycle = std::move(*moved);
    return next;
}

Result<Idea> setIdeaOutcome(const Idea &idea, Outcome outcome, const QString &reason,
                            const QDateTime &now)
{
    auto changed = setOutcome(idea.lifecycle, outcome, reason, now);
    if (!changed)
        return changed.error();
    Idea next = idea;
    next.lifecycle = std::move(*changed);
    return next;
}

Result<qint64> Portfolio::resolve(const QString &idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("mlp", "Give an idea's id or name."));
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber && indexOf(id) >= 0)
        return id;

    const auto byName = [this, &key](Qt::CaseSensitivity cs) {
        QList<qint64> found;
        for (const Idea &idea : ideas) {
            if (idea.name.trimmed().compare(key, cs) == 0)
                found << idea.id;
        }
        return found;
    };
    QList<qint64> found = byName(Qt::CaseSensitive);
    if (found.isEmpty())
        found = byName(Qt::CaseInsensitive);
    if (found.size() == 1)
        return found.front();
    if (found.isEmpty())
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("mlp", "No idea has the id or name “%1”.").arg(key));
    QStringList ids;
    for (qint64 f : found)
        ids << QString::number(f);
    return makeError(
        Error::Code::Invalid,
        QCoreApplication::translate("mlp", "%1 ideas are named “%2” (ids %3): use the id instead.")
            .arg(found.size())
            .arg(key, ids.join(QStringLiteral(", "))));
}

} // namespace mlp
