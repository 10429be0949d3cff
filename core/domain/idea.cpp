#include "idea.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <cmath>

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

namespace {

Error ideaError(const Idea &idea, const QString &field, const QString &problem)
{
    const QString who = idea.name.trimmed().isEmpty()
        ? QCoreApplication::translate("mlp", "Idea %1").arg(idea.id)
        : QCoreApplication::translate("mlp", "Idea “%1”").arg(idea.name);
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate("mlp", "%1, %2: %3").arg(who, field, problem));
}

bool inRange(double v, double lo, double hi)
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

} // namespace

Status validateIdea(const Idea &idea)
{
    if (idea.id <= 0)
        return ideaError(
            idea, QCoreApplication::translate("mlp", "id"),
            QCoreApplication::translate("mlp", "must be a positive number, not %1.").arg(idea.id));
    if (idea.name.trimmed().isEmpty())
        return ideaError(idea, QCoreApplication::translate("mlp", "name"),
                         QCoreApplication::translate("mlp", "must not be empty."));
    if (idea.accuracyRequirement
        && !(std::isfinite(*idea.accuracyRequirement) && *idea.accuracyRequirement > 0.0
             && *idea.accuracyRequirement < 1.0)) {
        return ideaError(idea, QCoreApplication::translate("mlp", "accuracy requirement"),
                         QCoreApplication::translate(
                             "mlp", "must lie strictly between 0 and 1 (e.g. 0.99), not %1.")
                             .arg(*idea.accuracyRequirement));
    }
    const auto &qs = questions();
    for (qsizetype r = 0; r < idea.raters.size(); ++r) {
        const Rater &rater = idea.raters[r];
        const QString raterName = rater.name.trimmed().isEmpty()
            ? QCoreApplication::translate("mlp", "rater %1").arg(r + 1)
            : QCoreApplication::translate("mlp", "rater “%1”").arg(rater.name);
        for (int q = 0; q < kQuestionCount; ++q) {
            const int a = rater.answers[q];
            if (a < 0 || a > 5) {
                return ideaError(idea,
                                 QCoreApplication::translate("mlp", "%1, answer to “%2”")
                                     .arg(raterName, qs[q].id),
                                 QCoreApplication::translate(
                                     "mlp", "must be 1 to 5, or 0 for unanswered, not %1.")
                                     .arg(a));
            }
        }
    }
    if (idea.manualOverride.impact && !inRange(*idea.manualOverride.impact, 0.0, 10.0))
        return ideaError(idea, QCoreApplication::translate("mlp", "manual impact"),
                         QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                             .arg(*idea.manualOverride.impact));
    if (idea.manualOverride.feasibility && !inRange(*idea.manualOverride.feasibility, 0.0, 10.0)) {
        return ideaError(idea, QCoreApplication::translate("mlp", "manual feasibility"),
                         QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                             .arg(*idea.manualOverride.feasibility));
    }

    const Lifecycle &lc = idea.lifecycle;
    if (lc.outcome == Outcome::Shelved && lc.outcomeReason.trimmed().isEmpty())
        return ideaError(idea, QCoreApplication::translate("mlp", "outcome"),
                         QCoreApplication::translate("mlp", "a shelved project needs a reason."));
    for (qsizetype i = 0; i < lc.history.size(); ++i) {
        const Transition &t = lc.history[i];
        if (t.from == t.to)
            return ideaError(idea,
                             QCoreApplication::translate("mlp", "history entry %1").arg(i + 1),
                             QCoreApplication::translate("mlp", "moves from a stage to itself."));
        if (i > 0 && lc.history[i - 1].to != t.from) {
            return ideaError(
                idea, QCoreApplication::translate("mlp", "history entry %1").arg(i + 1),
                QCoreApplication::translate("mlp",
                                            "starts in %1, but the previous move ended in %2.")
                    .arg(stageDisplayName(t.from), stageDisplayName(lc.history[i - 1].to)));
        }
        if (i > 0 && t.at.isValid() && lc.history[i - 1].at.isValid()
            && t.at < lc.history[i - 1].at)
            return ideaError(
                idea, QCoreApplication::translate("mlp", "history entry %1").arg(i + 1),
                QCoreApplication::translate("mlp", "is dated before the previous move."));
        if (!t.triggerId.isEmpty()) {
            const std::optional<BackwardTrigger> trigger = triggerById(t.triggerId);
            if (!trigger || trigger->from != t.from || trigger->to != t.to) {
                return ideaError(
                    idea, QCoreApplication::translate("mlp", "history entry %1").arg(i + 1),
                    QCoreApplication::translate(
                        "mlp", "trigger “%1” is not a catalogued trigger for this move.")
                        .arg(t.triggerId));
            }
        }
    }
    if (!lc.history.isEmpty() && lc.history.back().to != lc.stage) {
        return ideaError(
            idea, QCoreApplication::translate("mlp", "stage"),
            QCoreApplication::translate("mlp", "is %1, but the last recorded move went to %2.")
                .arg(stageDisplayName(lc.stage), stageDisplayName(lc.history.back().to)));
    }

    QSet<QString> metricNames;
    for (const MetricDef &m : idea.metrics.metrics) {
        if (m.name.trimmed().isEmpty())
            return ideaError(idea, QCoreApplication::translate("mlp", "metrics"),
                             QCoreApplication::translate("mlp", "a metric needs a name."));
        if (metricNames.contains(m.name))
            return ideaError(idea, QCoreApplication::translate("mlp", "metric “%1”").arg(m.name),
                             QCoreApplication::translate("mlp", "appears twice."));
        metricNames.insert(m.name);
        if (!std::isfinite(m.weight) || m.weight < 0.0)
            return ideaError(idea,
                             QCoreApplication::translate("mlp", "metric “%1”, weight").arg(m.name),
                             QCoreApplication::translate("mlp", "must be 0 or more."));
        if (m.bound && !std::isfinite(*m.bound))
            return ideaError(idea,
                             QCoreApplication::translate("mlp", "metric “%1”, bound").arg(m.name),
                             QCoreApplication::translate("mlp", "must be a finite number."));
    }
    if (idea.metrics.rule.kind == CombineKind::Threshold && !idea.metrics.rule.optimize.isEmpty()
        && !metricNames.contains(idea.metrics.rule.optimize)) {
        return ideaError(
            idea, QCoreApplication::translate("mlp", "combine rule"),
            QCoreApplication::translate("mlp", "optimizes “%1”, which is not one of the metrics.")
                .arg(idea.metrics.rule.optimize));
    }
    for (const ModelResult &r : idea.metrics.results) {
        if (r.model.trimmed().isEmpty())
            return ideaError(
                idea, QCoreApplication::translate("mlp", "model results"),
                QCoreApplication::translate("mlp", "a model result needs a model name."));
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            if (!std::isfinite(it.value()))
                return ideaError(
                    idea,
                    QCoreApplication::translate("mlp", "model “%1”, %2").arg(r.model, it.key()),
                    QCoreApplication::translate("mlp", "must be a finite number."));
        }
    }
    for (const Baseline &b : idea.baselines) {
        if (!std::isfinite(b.value))
            return ideaError(idea, QCoreApplication::translate("mlp", "baseline “%1”").arg(b.label),
                             QCoreApplication::translate("mlp", "must be a finite number."));
    }
    return Ok {};
}

Status validateConfig(const ScoringConfig &config)
{
    const auto error = [](const QString &field, const QString &problem) {
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("mlp", "Scoring settings, %1: %2").arg(field, problem));
    };
    const auto &qs = questions();
    for (int i = 0; i < kQuestionCount; ++i) {
        const double w = config.questionWeights[i];
        if (!std::isfinite(w) || w < 0.0)
            return error(QCoreApplication::translate("mlp", "weight of “%1”").arg(qs[i].id),
                         QCoreApplication::translate("mlp", "must be 0 or more, not %1.").arg(w));
    }
    for (int d = 0; d < kDriverCount; ++d) {
        const double w = config.driverWeights[d];
        if (!std::isfinite(w) || w < 0.0) {
            return error(QCoreApplication::translate("mlp", "weight of %1")
                             .arg(groupDisplayName(static_cast<QuestionGroup>(d + 1))),
                         QCoreApplication::translate("mlp", "must be 0 or more, not %1.").arg(w));
        }
    }
    if (!inRange(config.impactThreshold, 0.0, 10.0))
        return error(QCoreApplication::translate("mlp", "impact threshold"),
                     QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                         .arg(config.impactThreshold));
    if (!inRange(config.feasibilityThreshold, 0.0, 10.0)) {
        return error(QCoreApplication::translate("mlp", "feasibility threshold"),
                     QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                         .arg(config.feasibilityThreshold));
    }
    if (!std::isfinite(config.costBase) || config.costBase <= 1.0)
        return error(QCoreApplication::translate("mlp", "cost base"),
                     QCoreApplication::translate("mlp", "must be greater than 1, not %1.")
                         .arg(config.costBase));
    for (int q = 0; q < 4; ++q) {
        if (config.quadrantNames[q].trimmed().isEmpty())
            return error(QCoreApplication::translate("mlp", "quadrant name %1").arg(q + 1),
                         QCoreApplication::translate("mlp", "must not be empty."));
    }
    return Ok {};
}

} // namespace mlp
