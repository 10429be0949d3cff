#include "core/domain/ideamerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

#include <optional>
#include <utility>

namespace mlp {

namespace {

// Where a merge found both sides changing one field: the field's log key and item. The values
// are taken from diffIdea afterwards, so they read as the log's.
struct Clash
{
    QString field;
    QString item;
};

class Merger
{
public:
    QList<Clash> clashes;

    // One field: `out` holds theirs; takes mine when only I changed it.
    template<typename T>
    void field(const QString &key, const QString &item, const T &b, const T &m, const T &t, T &out)
    {
        if (m == b || m == t)
            return;
        if (t == b) {
            out = m;
            return;
        }
        clashes.append({ key, item });
    }

    // A map of fields (key-question answers, checklist, readiness, a model's values), each key
    // a field of its own; a missing key is "none".
    template<typename K, typename V>
    void map(const QString &prefix, const QString &item, const QMap<K, V> &b, const QMap<K, V> &m,
             const QMap<K, V> &t, QMap<K, V> &out)
    {
        QList<K> keys = b.keys() + m.keys() + t.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const K &k : keys) {
            const auto opt = [&k](const QMap<K, V> &x) {
                return x.contains(k) ? std::optional<V>(x.value(k)) : std::nullopt;
            };
            std::optional<V> merged = opt(t);
            field(prefix + keyText(k), item, opt(b), opt(m), opt(t), merged);
            if (merged)
                out.insert(k, *merged);
            else
                out.remove(k);
        }
    }

    // A list of named parts (raters, metrics, models, baselines): a part is matched by name;
    // one kept on both sides is merged part by part (`parts`), one added by both too (from an
    // empty part), one removed by one side while the other changed it is a conflict. Theirs
    // order first, then the parts only I added.
    template<typename T, typename NameOf, typename Parts>
    void named(const QString &key, const QList<T> &b, const QList<T> &m, const QList<T> &t,
               QList<T> &out, NameOf nameOf, Parts parts)
    {
        const auto find = [&nameOf](const QList<T> &list, const QString &name) -> const T * {
            for (const T &x : list) {
                if (nameOf(x) == name)
                    return &x;
            }
            return nullptr;
        };
        QList<T> result;
        QSet<QString> seen;
        for (const T &theirs : t) {
            const QString name = nameOf(theirs);
            if (seen.contains(name))
                continue;
            seen.insert(name);
            const T *base = find(b, name);
            const T *mine = find(m, name);
            if (mine) {
                T fresh {};
                T merged = theirs;
                parts(base ? *base : fresh, *mine, theirs, merged, name);
                result.append(merged);
            } else if (!base) {
                result.append(theirs); // only they added it
            } else if (!(*base == theirs)) {
                clashes.append({ key, QString() }); // I removed what they changed
                result.append(theirs);
            } // else: I removed it, they left it
        }
        for (const T &mine : m) {
            const QString name = nameOf(mine);
            if (seen.contains(name))
                continue;
            seen.insert(name);
            const T *base = find(b, name);
            if (!base)
                result.append(mine); // only I added it
            else if (!(*base == mine))
                clashes.append({ key, QString() }); // they removed what I changed
            // else: they removed it, I left it
        }
        out = result;
    }

private:
    static QString keyText(const QString &k) { return k; }
};

struct Stage_
{
    Stage stage;
    QList<Transition> history;
    QDateTime createdAt;
    friend bool operator==(const Stage_ &, const Stage_ &) = default;
};

struct Outcome_
{
    Outcome outcome;
    QString reason;
    QDateTime at;
    friend bool operator==(const Outcome_ &, const Outcome_ &) = default;
};

Stage_ stageOf(const Idea &i)
{
    return { i.lifecycle.stage, i.lifecycle.history, i.lifecycle.createdAt };
}

Outcome_ outcomeOf(const Idea &i)
{
    return { i.lifecycle.outcome, i.lifecycle.outcomeReason, i.lifecycle.outcomeAt };
}

void mergeText(Merger &g, const Idea &b, const Idea &m, const Idea &t, Idea &o)
{
    g.field(QStringLiteral("name"), {}, b.name, m.name, t.name, o.name);
    g.field(QStringLiteral("description"), {}, b.description, m.description, t.description,
            o.description);
    g.field(QStringLiteral("owner"), {}, b.owner, m.owner, t.owner, o.owner);
    g.field(QStringLiteral("archetype"), {}, b.archetype, m.archetype, t.archetype, o.archetype);
    g.field(QStringLiteral("accuracy"), {}, b.accuracyRequirement, m.accuracyRequirement,
            t.accuracyRequirement, o.accuracyRequirement);
    g.map(QStringLiteral("key-question/"), {}, b.keyQuestionAnswers, m.keyQuestionAnswers,
          t.keyQuestionAnswers, o.keyQuestionAnswers);
    for (int i = 0; i < int(b.flywheel.size()); ++i)
        g.field(QStringLiteral("flywheel/") + flywheelQuestions()[i].id, {}, b.flywheel[i],
                m.flywheel[i], t.flywheel[i], o.flywheel[i]);
}

void mergeScoring(Merger &g, const Idea &b, const Idea &m, const Idea &t, Idea &o)
{
    g.named(
        QStringLiteral("rater"), b.raters, m.raters, t.raters, o.raters,
        [](const Rater &r) { return r.name; },
        [&g](const Rater &x, const Rater &y, const Rater &z, Rater &out, const QString &name) {
            for (int q = 0; q < kQuestionCount; ++q)
                g.field(QStringLiteral("answer/") + questions()[q].id, name, x.answers[q],
                        y.answers[q], z.answers[q], out.answers[q]);
        });
    const ManualOverride &ob = b.manualOverride, &om = m.manualOverride, &ot = t.manualOverride;
    g.field(QStringLiteral("override-impact"), {}, ob.impact, om.impact, ot.impact,
            o.manualOverride.impact);
    g.field(QStringLiteral("override-feasibility"), {}, ob.feasibility, om.feasibility,
            ot.feasibility, o.manualOverride.feasibility);
    g.field(QStringLiteral("override-note"), {}, ob.note, om.note, ot.note, o.manualOverride.note);
}

void mergeLifecycle(Merger &g, const Idea &b, const Idea &m, const Idea &t, Idea &o)
{
    g.map(QStringLiteral("checklist/"), {}, b.checklist, m.checklist, t.checklist, o.checklist);
    Stage_ stage = stageOf(t);
    g.field(QStringLiteral("stage"), {}, stageOf(b), stageOf(m), stageOf(t), stage);
    o.lifecycle.stage = stage.stage;
    o.lifecycle.history = stage.history;
    o.lifecycle.createdAt = stage.createdAt;
    Outcome_ outcome = outcomeOf(t);
    const bool sameOutcome
        = b.lifecycle.outcome == m.lifecycle.outcome && b.lifecycle.outcome == t.lifecycle.outcome;
    g.field(sameOutcome ? QStringLiteral("outcome-reason") : QStringLiteral("outcome"), {},
            outcomeOf(b), outcomeOf(m), outcomeOf(t), outcome);
    o.lifecycle.outcome = outcome.outcome;
    o.lifecycle.outcomeReason = outcome.reason;
    o.lifecycle.outcomeAt = outcome.at;
    g.map(QStringLiteral("readiness/"), {}, b.readiness, m.readiness, t.readiness, o.readiness);
}

void mergeMetrics(Merger &g, const Idea &b, const Idea &m, const Idea &t, Idea &o)
{
    g.named(
        QStringLiteral("metric"), b.metrics.metrics, m.metrics.metrics, t.metrics.metrics,
        o.metrics.metrics, [](const MetricDef &x) { return x.name; },
        [&g](const MetricDef &x, const MetricDef &y, const MetricDef &z, MetricDef &out,
             const QString &name) {
            out.name = name;
            g.field(QStringLiteral("metric-unit"), name, x.unit, y.unit, z.unit, out.unit);
            g.field(QStringLiteral("metric-direction"), name, x.direction, y.direction, z.direction,
                    out.direction);
            g.field(QStringLiteral("metric-weight"), name, x.weight, y.weight, z.weight,
                    out.weight);
            g.field(QStringLiteral("metric-bound"), name, x.bound, y.bound, z.bound, out.bound);
        });
    const CombineRule &rb = b.metrics.rule, &rm = m.metrics.rule, &rt = t.metrics.rule;
    CombineRule &ro = o.metrics.rule;
    g.field(QStringLiteral("combine-kind"), {}, rb.kind, rm.kind, rt.kind, ro.kind);
    g.field(QStringLiteral("combine-optimize"), {}, rb.optimize, rm.optimize, rt.optimize,
            ro.optimize);
    g.field(QStringLiteral("combine-formula"), {}, rb.formula, rm.formula, rt.formula, ro.formula);
    g.field(QStringLiteral("combine-direction"), {}, rb.formulaDirection, rm.formulaDirection,
            rt.formulaDirection, ro.formulaDirection);
    g.named(
        QStringLiteral("result"), b.metrics.results, m.metrics.results, t.metrics.results,
        o.metrics.results, [](const ModelResult &x) { return x.model; },
        [&g](const ModelResult &x, const ModelResult &y, const ModelResult &z, ModelResult &out,
             const QString &model) {
            out.model = model;
            g.map(QStringLiteral("result-value/"), model, x.values, y.values, z.values, out.values);
        });
}

void mergeBaselines(Merger &g, const Idea &b, const Idea &m, const Idea &t, Idea &o)
{
    g.field(QStringLiteral("baseline-metric"), {}, b.baselineMetric, m.baselineMetric,
            t.baselineMetric, o.baselineMetric);
    g.named(
        QStringLiteral("baseline"), b.baselines, m.baselines, t.baselines, o.baselines,
        [](const Baseline &x) { return x.label; },
        [&g](const Baseline &x, const Baseline &y, const Baseline &z, Baseline &out,
             const QString &label) {
            out.label = label;
            g.field(QStringLiteral("baseline-kind"), label, x.kind, y.kind, z.kind, out.kind);
            g.field(QStringLiteral("baseline-value"), label, x.value, y.value, z.value, out.value);
            g.field(QStringLiteral("baseline-source"), label, x.source, y.source, z.source,
                    out.source);
            g.field(QStringLiteral("baseline-fair"), label, x.fairChecked, y.fairChecked,
                    z.fairChecked, out.fairChecked);
        });
}

// The conflicts in the log's words: each clash with the values diffIdea records for it on
// each side (a removed part: its name before, none after).
QList<IdeaConflict> describe(const QList<Clash> &clashes, const Idea &base, const Idea &mine,
                             const Idea &theirs)
{
    const QList<FieldChange> mineChanges = diffIdea(base, mine);
    const QList<FieldChange> theirChanges = diffIdea(base, theirs);
    const auto find
        = [](const QList<FieldChange> &changes, const Clash &c, bool part) -> const FieldChange * {
        for (const FieldChange &f : changes) {
            if (f.field == c.field && (part || f.item == c.item))
                return &f;
        }
        return nullptr;
    };
    QList<IdeaConflict> out;
    for (const Clash &c : clashes) {
        // A named part's own entry ("metric") has the part's name as its value, not as item.
        const bool part = c.item.isEmpty();
        const FieldChange *m = find(mineChanges, c, part);
        const FieldChange *t = find(theirChanges, c, part);
        IdeaConflict conflict { c.field, c.item, {}, {}, {} };
        if (m) {
            conflict.baseValue = m->oldValue;
            conflict.mineValue = m->newValue;
        }
        if (t) {
            if (!m)
                conflict.baseValue = t->oldValue;
            conflict.theirsValue = t->newValue;
        }
        if (!out.contains(conflict))
            out.append(conflict);
    }
    return out;
}

} // namespace

IdeaMerge mergeIdea(const Idea &base, const Idea &mine, const Idea &theirs)
{
    IdeaMerge result;
    result.merged = theirs;
    if (mine == base || mine == theirs)
        return result;
    if (theirs == base) {
        result.merged = mine;
        result.merged.id = theirs.id;
        return result;
    }
    Merger g;
    Idea &o = result.merged;
    mergeText(g, base, mine, theirs, o);
    mergeScoring(g, base, mine, theirs, o);
    mergeLifecycle(g, base, mine, theirs, o);
    mergeMetrics(g, base, mine, theirs, o);
    mergeBaselines(g, base, mine, theirs, o);
    if (!g.clashes.isEmpty())
        result.conflicts = describe(g.clashes, base, mine, theirs);
    return result;
}

QStringList ideaConflictLines(const QList<IdeaConflict> &conflicts, const ScoringConfig *config)
{
    QStringList lines;
    const QString none = QCoreApplication::translate("mlp", "(none)");
    for (const IdeaConflict &c : conflicts) {
        FieldChange change;
        change.field = c.field;
        change.item = c.item;
        lines.append(QCoreApplication::translate("mlp", "%1 — yours: %2, theirs: %3")
                         .arg(changeFieldText(change),
                              changeValueText(change, c.mineValue, none, config),
                              changeValueText(change, c.theirsValue, none, config)));
    }
    return lines;
}

QString ideaConflictMessage(const Idea &theirs, const QList<IdeaConflict> &conflicts,
                            const ScoringConfig *config)
{
    return QCoreApplication::translate(
               "mlp",
               "Someone else changed the same fields of idea %1 \"%2\" since you loaded it; "
               "nothing of your change was saved:\n%3\nReload the idea, then choose which value "
               "to keep and make your change again.")
        .arg(QString::number(theirs.id), theirs.name,
             ideaConflictLines(conflicts, config).join(QLatin1Char('\n')));
}

} // namespace mlp
