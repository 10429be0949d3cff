#include "core/domain/changelog.h"

#include "core/domain/scoreformat.h"
#include "core/io/formatkeys.h"

#include <QHash>
#include <QSet>

#include <algorithm>

// The field keys, stable once released (a store keeps them):
//   added, removed, imported                  the idea itself
//   name, description, owner, archetype, accuracy
//   key-question/<id>, flywheel/<id>          the archetype's key questions, the flywheel check
//   rater (old and new are rater names: added, removed or renamed)
//   answer/<question-id> (item: the rater)    1..5, empty when unanswered
//   override-impact, override-feasibility, override-note   the manual placement
//   checklist/<id>                            yes, no, empty when unanswered
//   stage (note: the move's reason), outcome (note: its reason), outcome-reason
//   readiness/<test-id>                       0, 0.5, 1
//   metric (names), metric-unit, metric-direction, metric-weight, metric-bound (item: metric)
//   combine-kind, combine-optimize, combine-formula, combine-direction
//   result (model names), result-value/<metric> (item: the model)
//   baseline-metric, baseline (labels), baseline-kind, baseline-value, baseline-source,
//   baseline-fair (item: the baseline's label)
//   quadrant                                  derived: where the scores place the idea
//   portfolio-name, question-weight/<id>, driver-weight/<key>, impact-threshold,
//   feasibility-threshold, quadrant-name/<key>, cost-base, aggregation, readiness-gate,
//   readiness-minimum                         the settings (idea id 0)

namespace mlp {

namespace {

QString optionalNumber(const std::optional<double> &value)
{
    return value ? io::numberText(*value) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString answerText(qint8 answer)
{
    return answer == 0 ? QString() : QString::number(answer);
}

QString flywheelText(TriState state)
{
    return state == TriState::Unknown ? QString() : io::triStateKey(state);
}

QString checklistText(ChecklistAnswer answer)
{
    return answer == ChecklistAnswer::Unanswered ? QString() : io::checklistAnswerKey(answer);
}

// The entries of one idea's diff, dropped when the value did not change.
class Recorder
{
public:
    Recorder(QList<FieldChange> &out, const Idea &idea)
        : m_out(out)
        , m_id(idea.id)
        , m_name(idea.name)
    { }

    void add(const QString &field, const QString &item, const QString &before, const QString &after,
             const QString &note = {})
    {
        if (before == after)
            return;
        FieldChange change;
        change.ideaId = m_id;
        change.ideaName = m_name;
        change.field = field;
        change.item = item;
        change.oldValue = before;
        change.newValue = after;
        change.note = note;
        m_out.append(change);
    }
    void add(const QString &field, const QString &before, const QString &after)
    {
        add(field, QString(), before, after);
    }

private:
    QList<FieldChange> &m_out;
    qint64 m_id;
    QString m_name;
};

// Lists of named parts (raters, metrics, models, baselines) are matched by name; a part whose
// name changed in place (same position, neither name on the other side) is a rename, recorded
// as one entry, and its parts are compared under the new name. Returns old name -> new name.
template<typename T, typename NameOf, typename Parts>
QHash<QString, QString> diffNamed(Recorder &r, const QString &field, const QList<T> &before,
                                  const QList<T> &after, NameOf nameOf, Parts parts)
{
    QHash<QString, int> beforeIndex, afterIndex;
    for (int i = before.size() - 1; i >= 0; --i)
        beforeIndex.insert(nameOf(before[i]), i);
    for (int i = after.size() - 1; i >= 0; --i)
        afterIndex.insert(nameOf(after[i]), i);
    QHash<QString, QString> renamed;
    QSet<int> renamedTargets;
    if (before.size() == after.size()) {
        for (int i = 0; i < before.size(); ++i) {
            const QString from = nameOf(before[i]), to = nameOf(after[i]);
            if (from != to && !afterIndex.contains(from) && !beforeIndex.contains(to)) {
                renamed.insert(from, to);
                renamedTargets.insert(i);
            }
        }
    }
    for (int i = 0; i < before.size(); ++i) {
        const QString name = nameOf(before[i]);
        if (beforeIndex.value(name) != i)
            continue; // a second part of the same name: compared through the first only
        if (renamed.contains(name)) {
            r.add(field, name, renamed.value(name));
            parts(before[i], after[i], renamed.value(name));
        } else if (afterIndex.contains(name)) {
            parts(before[i], after[afterIndex.value(name)], name);
        } else {
            r.add(field, name, QString());
        }
    }
    for (int i = 0; i < after.size(); ++i) {
        const QString name = nameOf(after[i]);
        if (renamedTargets.contains(i) || beforeIndex.contains(name) || afterIndex.value(name) != i)
            continue;
        r.add(field, QString(), name);
        T fresh {};
        parts(fresh, after[i], name);
    }
    return renamed;
}

template<typename Map, typename Text>
void diffMap(Recorder &r, const QString &prefix, const Map &before, const Map &after, Text text,
             const QString &missing = {})
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        r.add(prefix + key, before.contains(key) ? text(before.value(key)) : missing,
              after.contains(key) ? text(after.value(key)) : missing);
    }
}

// Stored texts never hold control characters (validation.h), so this one separates the parts.
constexpr QChar kNoteSeparator(0x1f);

QString moveNote(const Transition &t)
{
    if (t.triggerId.isEmpty() && t.reason.isEmpty() && t.checklistOverrideNote.isEmpty())
        return {};
    return t.triggerId + kNoteSeparator + t.reason + kNoteSeparator + t.checklistOverrideNote;
}

void diffText(Recorder &r, const Idea &b, const Idea &a)
{
    r.add(QStringLiteral("name"), b.name, a.name);
    r.add(QStringLiteral("description"), b.description, a.description);
    r.add(QStringLiteral("owner"), b.owner, a.owner);
    r.add(QStringLiteral("archetype"), archetypeKey(b.archetype), archetypeKey(a.archetype));
    r.add(QStringLiteral("accuracy"), optionalNumber(b.accuracyRequirement),
          optionalNumber(a.accuracyRequirement));
    diffMap(r, QStringLiteral("key-question/"), b.keyQuestionAnswers, a.keyQuestionAnswers,
            [](const QString &text) { return text; });
    for (int i = 0; i < int(flywheelQuestions().size()); ++i)
        r.add(QStringLiteral("flywheel/") + flywheelQuestions()[i].id, flywheelText(b.flywheel[i]),
              flywheelText(a.flywheel[i]));
}

void diffScoring(Recorder &r, const Idea &b, const Idea &a)
{
    diffNamed(
        r, QStringLiteral("rater"), b.raters, a.raters,
        [](const Rater &rater) { return rater.name; },
        [&r](const Rater &x, const Rater &y, const QString &name) {
            for (int q = 0; q < kQuestionCount; ++q)
                r.add(QStringLiteral("answer/") + questions()[q].id, name, answerText(x.answers[q]),
                      answerText(y.answers[q]));
        });
    r.add(QStringLiteral("override-impact"), optionalNumber(b.manualOverride.impact),
          optionalNumber(a.manualOverride.impact));
    r.add(QStringLiteral("override-feasibility"), optionalNumber(b.manualOverride.feasibility),
          optionalNumber(a.manualOverride.feasibility));
    r.add(QStringLiteral("override-note"), b.manualOverride.note, a.manualOverride.note);
}

void diffLifecycle(Recorder &r, const Idea &b, const Idea &a)
{
    diffMap(r, QStringLiteral("checklist/"), b.checklist, a.checklist, checklistText);
    const QList<Transition> &hb = b.lifecycle.history;
    const QList<Transition> &ha = a.lifecycle.history;
    const bool appended = ha.size() > hb.size() && std::equal(hb.cbegin(), hb.cend(), ha.cbegin());
    if (appended) {
        for (qsizetype i = hb.size(); i < ha.size(); ++i)
            r.add(QStringLiteral("stage"), QString(), stageKey(ha[i].from), stageKey(ha[i].to),
                  moveNote(ha[i]));
    } else {
        r.add(QStringLiteral("stage"), stageKey(b.lifecycle.stage), stageKey(a.lifecycle.stage));
    }
    if (b.lifecycle.outcome != a.lifecycle.outcome)
        r.add(QStringLiteral("outcome"), QString(), outcomeKey(b.lifecycle.outcome),
              outcomeKey(a.lifecycle.outcome), a.lifecycle.outcomeReason);
    else
        r.add(QStringLiteral("outcome-reason"), b.lifecycle.outcomeReason,
              a.lifecycle.outcomeReason);
    diffMap(r, QStringLiteral("readiness/"), b.readiness, a.readiness, readinessLevelKey,
            readinessLevelKey(ReadinessLevel::None));
}

void diffMetrics(Recorder &r, const Idea &b, const Idea &a)
{
    const ProjectMetrics &mb = b.metrics, &ma = a.metrics;
    const QHash<QString, QString> renamed = diffNamed(
        r, QStringLiteral("metric"), mb.metrics, ma.metrics,
        [](const MetricDef &m) { return m.name; },
        [&r](const MetricDef &x, const MetricDef &y, const QString &name) {
            r.add(QStringLiteral("metric-unit"), name, x.unit, y.unit);
            r.add(QStringLiteral("metric-direction"), name, directionKey(x.direction),
                  directionKey(y.direction));
            r.add(QStringLiteral("metric-weight"), name, io::numberText(x.weight),
                  io::numberText(y.weight));
            r.add(QStringLiteral("metric-bound"), name, optionalNumber(x.bound),
                  optionalNumber(y.bound));
        });
    r.add(QStringLiteral("combine-kind"), combineKindKey(mb.rule.kind),
          combineKindKey(ma.rule.kind));
    r.add(QStringLiteral("combine-optimize"), mb.rule.optimize, ma.rule.optimize);
    r.add(QStringLiteral("combine-formula"), mb.rule.formula, ma.rule.formula);
    r.add(QStringLiteral("combine-direction"), directionKey(mb.rule.formulaDirection),
          directionKey(ma.rule.formulaDirection));
    diffNamed(
        r, QStringLiteral("result"), mb.results, ma.results,
        [](const ModelResult &m) { return m.model; },
        [&r, &renamed](const ModelResult &x, const ModelResult &y, const QString &model) {
            // A renamed metric's values are compared under its new name.
            QMap<QString, double> before;
            for (auto it = x.values.cbegin(); it != x.values.cend(); ++it)
                before.insert(renamed.value(it.key(), it.key()), it.value());
            QStringList metrics = before.keys() + y.values.keys();
            metrics.removeDuplicates();
            std::sort(metrics.begin(), metrics.end());
            for (const QString &metric : metrics) {
                r.add(QStringLiteral("result-value/") + metric, model,
                      before.contains(metric) ? io::numberText(before.value(metric)) : QString(),
                      y.values.contains(metric) ? io::numberText(y.values.value(metric))
                                                : QString());
            }
        });
}

void diffBaselines(Recorder &r, const Idea &b, const Idea &a)
{
    r.add(QStringLiteral("baseline-metric"), b.baselineMetric, a.baselineMetric);
    diffNamed(
        r, QStringLiteral("baseline"), b.baselines, a.baselines,
        [](const Baseline &x) { return x.label; },
        [&r](const Baseline &x, const Baseline &y, const QString &label) {
            r.add(QStringLiteral("baseline-kind"), label, baselineKindKey(x.kind),
                  baselineKindKey(y.kind));
            r.add(QStringLiteral("baseline-value"), label, io::numberText(x.value),
                  io::numberText(y.value));
            r.add(QStringLiteral("baseline-source"), label, x.source, y.source);
            r.add(QStringLiteral("baseline-fair"), label, yesNo(x.fairChecked),
                  yesNo(y.fairChecked));
        });
}

FieldChange wholeIdea(const Idea &idea, const char *field, bool after)
{
    FieldChange change;
    change.ideaId = idea.id;
    change.ideaName = idea.name;
    change.field = QString::fromLatin1(field);
    (after ? change.newValue : change.oldValue) = idea.name;
    return change;
}

} // namespace

QList<FieldChange> diffIdea(const Idea &before, const Idea &after, const ScoringConfig *config)
{
    QList<FieldChange> changes;
    if (before == after)
        return changes;
    Recorder r(changes, after);
    diffText(r, before, after);
    diffScoring(r, before, after);
    diffLifecycle(r, before, after);
    diffMetrics(r, before, after);
    diffBaselines(r, before, after);
    if (config) {
        const Quadrant was = scoreIdea(before, *config).quadrant;
        const Quadrant is = scoreIdea(after, *config).quadrant;
        r.add(QStringLiteral("quadrant"), io::quadrantKey(was), io::quadrantKey(is));
    }
    return changes;
}

FieldChange ideaAddedChange(const Idea &idea)
{
    return wholeIdea(idea, kFieldAdded, true);
}

FieldChange ideaRemovedChange(const Idea &idea)
{
    return wholeIdea(idea, kFieldRemoved, false);
}

QList<FieldChange> diffSettings(const QString &beforeName, const ScoringConfig &before,
                                const QString &afterName, const ScoringConfig &after)
{
    QList<FieldChange> changes;
    Idea portfolio; // id 0, no name: the portfolio's own entries
    Recorder r(changes, portfolio);
    r.add(QStringLiteral("portfolio-name"), beforeName, afterName);
    for (int q = 0; q < kQuestionCount; ++q)
        r.add(QStringLiteral("question-weight/") + questions()[q].id,
              io::numberText(before.questionWeights[q]), io::numberText(after.questionWeights[q]));
    for (int d = 0; d < kDriverCount; ++d)
        r.add(QStringLiteral("driver-weight/") + io::driverKey(d),
              io::numberText(before.driverWeights[d]), io::numberText(after.driverWeights[d]));
    r.add(QStringLiteral("impact-threshold"), io::numberText(before.impactThreshold),
          io::numberText(after.impactThreshold));
    r.add(QStringLiteral("feasibility-threshold"), io::numberText(before.feasibilityThreshold),
          io::numberText(after.feasibilityThreshold));
    for (int q = 0; q < io::kNamedQuadrantCount; ++q)
        r.add(QStringLiteral("quadrant-name/") + io::quadrantKey(static_cast<Quadrant>(q)),
              before.quadrantNames[q], after.quadrantNames[q]);
    r.add(QStringLiteral("cost-base"), io::numberText(before.costBase),
          io::numberText(after.costBase));
    r.add(QStringLiteral("aggregation"), io::aggregationKey(before.aggregation),
          io::aggregationKey(after.aggregation));
    r.add(QStringLiteral("readiness-gate"), yesNo(before.readinessGate.gatesDeploying),
          yesNo(after.readinessGate.gatesDeploying));
    r.add(QStringLiteral("readiness-minimum"), io::numberText(before.readinessGate.minimum),
          io::numberText(after.readinessGate.minimum));
    return changes;
}

QList<FieldChange> diffPortfolios(const Portfolio &before, const Portfolio &after)
{
    QList<FieldChange> changes = diffSettings(before.name, before.config, after.name, after.config);
    // At most one entry per idea on either side: sized once (an import of 100,000 ideas grew
    // the list twenty times, moving every entry each time).
    changes.reserve(changes.size() + before.ideas.size() + after.ideas.size());
    QHash<qint64, const Idea *> beforeById, afterById;
    beforeById.reserve(before.ideas.size());
    afterById.reserve(after.ideas.size());
    for (const Idea &idea : before.ideas)
        beforeById.insert(idea.id, &idea);
    for (const Idea &idea : after.ideas)
        afterById.insert(idea.id, &idea);
    for (const Idea &idea : before.ideas) {
        if (!afterById.contains(idea.id))
            changes.append(ideaRemovedChange(idea));
    }
    for (const Idea &idea : after.ideas) {
        const Idea *old = beforeById.value(idea.id);
        if (!old) {
            changes.append(ideaAddedChange(idea));
        } else if (!(*old == idea)) {
            FieldChange change = wholeIdea(idea, kFieldImported, true);
            change.oldValue = old->name;
            changes.append(change);
        }
    }
    return changes;
}

void stampChanges(QList<FieldChange> &changes, const QDateTime &at, const QString &who)
{
    for (FieldChange &change : changes) {
        change.at = at;
        change.who = who;
    }
}

bool changeMatches(const FieldChange &change, const ChangeQuery &query)
{
    if (query.ideaId && change.ideaId != *query.ideaId)
        return false;
    return !query.since.isValid() || change.at >= query.since;
}

QList<FieldChange> selectChanges(const QList<FieldChange> &changes, const ChangeQuery &query)
{
    QList<FieldChange> selected;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (query.limit > 0 && selected.size() >= query.limit)
            break;
        if (changeMatches(*it, query))
            selected.append(*it);
    }
    return selected;
}

} // namespace mlp
