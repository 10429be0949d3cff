#include "core/io/jsonformat.h"

#include "core/io/jsonreader_p.h"
#include "core/io/jsonstream_p.h"

#include "core/domain/idindex.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <deque>
#include <limits>
#include <optional>

namespace mlp::io {

namespace json {

bool Reader::config(const Object &o, const Path &where, ScoringConfig &config)
{
    if (!fields(o, where,
                { "aggregation", "costBase", "driverWeights", "questionWeights", "quadrantNames",
                  "thresholds", "readinessGate" }))
        return false;
    if (!key(o, "aggregation", where, config.aggregation, aggregationFromKey))
        return false;
    if (!number(o, "costBase", where, config.costBase))
        return false;
    if (config.costBase <= kMinCostBaseExclusive || config.costBase > kMaxCostBase)
        return fail(at(where, "costBase"),
                    QCoreApplication::translate("mlp", "%1 must be greater than 1 and at most %2")
                        .arg(numberText(config.costBase), numberText(kMaxCostBase)));

    Object weights;
    if (!subObject(o, "questionWeights", where, weights))
        return false;
    const Path weightsAt = at(where, "questionWeights");
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const std::optional<int> index = questionIndex(it.key());
        if (!index)
            return fail(at(weightsAt, it.key()),
                        QCoreApplication::translate("mlp", "unknown question"));
        double w = 0;
        if (!number(*it, at(weightsAt, it.key()), w))
            return false;
        if (!range(w, 0, kMaxWeight, at(weightsAt, it.key())))
            return false;
        config.questionWeights[*index] = w;
    }

    if (!subObject(o, "driverWeights", where, weights))
        return false;
    const Path driversAt = at(where, "driverWeights");
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        int driver = -1;
        for (int i = 0; i < kDriverCount; ++i) {
            if (driverKey(i) == it.key())
                driver = i;
        }
        if (driver < 0)
            return fail(at(driversAt, it.key()),
                        QCoreApplication::translate("mlp", "unknown cost driver"));
        double w = 0;
        if (!number(*it, at(driversAt, it.key()), w))
            return false;
        if (!range(w, 0, kMaxWeight, at(driversAt, it.key())))
            return false;
        config.driverWeights[driver] = w;
    }

    Object names;
    if (!subObject(o, "quadrantNames", where, names))
        return false;
    const Path namesAt = at(where, "quadrantNames");
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        int quadrant = -1;
        for (int i = 0; i < kNamedQuadrantCount; ++i) {
            if (quadrantKey(static_cast<Quadrant>(i)) == it.key())
                quadrant = i;
        }
        if (quadrant < 0)
            return fail(at(namesAt, it.key()),
                        QCoreApplication::translate("mlp", "unknown quadrant"));
        if (!it->isString())
            return fail(at(namesAt, it.key()), QCoreApplication::translate("mlp", "expected text"));
        config.quadrantNames[quadrant] = it->toString();
    }

    // Optional: files written before the readiness gate keep it off.
    Object gate;
    if (!subObject(o, "readinessGate", where, gate))
        return false;
    const Path gateAt = at(where, "readinessGate");
    if (!fields(gate, gateAt, { "gatesDeploying", "minimum" })
        || !boolean(gate, "gatesDeploying", gateAt, config.readinessGate.gatesDeploying)
        || !number(gate, "minimum", gateAt, config.readinessGate.minimum)
        || !range(config.readinessGate.minimum, 0, kMaxReadinessMinimum, at(gateAt, "minimum")))
        return false;

    Object thresholds;
    if (!subObject(o, "thresholds", where, thresholds))
        return false;
    const Path thresholdsAt = at(where, "thresholds");
    return fields(thresholds, thresholdsAt, { "impact", "feasibility" })
        && number(thresholds, "impact", thresholdsAt, config.impactThreshold)
        && range(config.impactThreshold, 0, 10, at(thresholdsAt, "impact"))
        && number(thresholds, "feasibility", thresholdsAt, config.feasibilityThreshold)
        && range(config.feasibilityThreshold, 0, 10, at(thresholdsAt, "feasibility"));
}

bool Reader::answers(const Object &o, const Path &where, Answers &answers)
{
    answers.fill(0);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(where, key);
        const std::optional<int> index = questionIndex(it.key());
        if (!index)
            return fail(here, QCoreApplication::translate("mlp", "unknown question"));
        if (it->isNull())
            continue;
        double value = 0;
        if (!number(*it, here, value))
            return false;
        if (value != std::floor(value) || value < 1 || value > 5)
            return fail(
                here,
                QCoreApplication::translate("mlp", "%1 is outside 1–5").arg(numberText(value)));
        answers[*index] = static_cast<qint8>(value);
    }
    return true;
}

bool Reader::idea(const Object &o, const Path &where, Idea &idea)
{
    if (!fields(o, where,
                { "id", "name", "description", "owner", "archetype", "accuracyRequirement",
                  "keyQuestions", "flywheel", "raters", "override", "checklist", "lifecycle",
                  "metrics", "baselines", "readiness" }))
        return false;
    double id = 0;
    if (!number(o, "id", where, id, true))
        return false;
    if (id != std::floor(id) || id < 1 || id > double(kMaxIdeaId))
        return fail(at(where, "id"),
                    QCoreApplication::translate("mlp", "%1 is not a whole number of at least 1")
                        .arg(numberText(id)));
    idea.id = static_cast<qint64>(id);
    if (!text(o, "name", where, idea.name, true) || !text(o, "description", where, idea.description)
        || !text(o, "owner", where, idea.owner)
        || !key(o, "archetype", where, idea.archetype, archetypeFromKey))
        return false;
    if (idea.name.trimmed().isEmpty())
        return fail(at(where, "name"), QCoreApplication::translate("mlp", "must not be empty"));
    if (!optionalNumber(o, "accuracyRequirement", where, idea.accuracyRequirement))
        return false;
    if (idea.accuracyRequirement
        && (*idea.accuracyRequirement <= 0 || *idea.accuracyRequirement >= 1))
        return fail(
            at(where, "accuracyRequirement"),
            QCoreApplication::translate("mlp", "%1 must lie strictly between 0 and 1, e.g. 0.99")
                .arg(numberText(*idea.accuracyRequirement)));
    return readKeyQuestions(o, where, idea) && readFlywheel(o, where, idea)
        && readRaters(o, where, idea) && readOverride(o, where, idea)
        && readChecklist(o, where, idea) && readLifecycle(o, where, idea)
        && readMetrics(o, where, idea) && readBaselines(o, where, idea)
        && readReadiness(o, where, idea) && validIdea(where, idea);
}

bool Reader::readKeyQuestions(const Object &o, const Path &where, Idea &idea)
{
    Object map;
    const Path keyQuestionsAt = at(where, "keyQuestions");
    if (!subObject(o, "keyQuestions", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(keyQuestionsAt, key);
        bool known = false;
        for (int a = 0; a < kArchetypeCount && !known; ++a) {
            for (const KeyQuestion &q : archetypeInfo(static_cast<Archetype>(a)).keyQuestions)
                known = known || q.id == it.key();
        }
        if (!known)
            return fail(here, QCoreApplication::translate("mlp", "unknown key question"));
        if (!it->isString())
            return fail(here, QCoreApplication::translate("mlp", "expected text"));
        idea.keyQuestionAnswers.insert(it.key(), it->toString());
    }
    return true;
}

bool Reader::readFlywheel(const Object &o, const Path &where, Idea &idea)
{
    Object map;
    const Path flywheelAt = at(where, "flywheel");
    if (!subObject(o, "flywheel", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(flywheelAt, key);
        const auto &fw = flywheelQuestions();
        int index = -1;
        for (int i = 0; i < int(fw.size()); ++i) {
            if (fw[i].id == it.key())
                index = i;
        }
        if (index < 0)
            return fail(here, QCoreApplication::translate("mlp", "unknown flywheel question"));
        const std::optional<TriState> answer = triStateFromKey(it->toString());
        if (!it->isString() || !answer)
            return fail(
                here,
                QCoreApplication::translate("mlp", "expected \"yes\", \"no\" or \"unknown\""));
        idea.flywheel[index] = *answer;
    }
    return true;
}

bool Reader::readRaters(const Object &o, const Path &where, Idea &idea)
{
    return objects(o, "raters", where, { "name", "answers" },
                   [&](const Object &r, const Path &here) {
                       Object map;
                       Rater rater;
                       if (!text(r, "name", here, rater.name) || !subObject(r, "answers", here, map)
                           || !answers(map, at(here, "answers"), rater.answers))
                           return false;
                       idea.raters.append(rater);
                       return true;
                   });
}

bool Reader::readOverride(const Object &o, const Path &where, Idea &idea)
{
    Object override;
    if (!subObject(o, "override", where, override))
        return false;
    const Path overrideAt = at(where, "override");
    if (!fields(override, overrideAt, { "impact", "feasibility", "note" })
        || !optionalNumber(override, "impact", overrideAt, idea.manualOverride.impact)
        || !optionalNumber(override, "feasibility", overrideAt, idea.manualOverride.feasibility)
        || !text(override, "note", overrideAt, idea.manualOverride.note))
        return false;
    if (idea.manualOverride.impact
        && !range(*idea.manualOverride.impact, 0, 10, at(overrideAt, "impact")))
        return false;
    if (idea.manualOverride.feasibility
        && !range(*idea.manualOverride.feasibility, 0, 10, at(overrideAt, "feasibility")))
        return false;
    return true;
}

bool Reader::readChecklist(const Object &o, const Path &where, Idea &idea)
{
    Object map;
    const Path checklistAt = at(where, "checklist");
    if (!subObject(o, "checklist", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(checklistAt, key);
        bool known = false;
        for (const ChecklistItem &item : checklistItems())
            known = known || item.id == it.key();
        if (!known)
            return fail(here, QCoreApplication::translate("mlp", "unknown checklist item"));
        const std::optional<ChecklistAnswer> answer = checklistAnswerFromKey(it->toString());
        if (!it->isString() || !answer)
            return fail(
                here,
                QCoreApplication::translate("mlp", "expected \"yes\", \"no\" or \"unanswered\""));
        if (*answer != ChecklistAnswer::Unanswered)
            idea.checklist.insert(it.key(), *answer);
    }
    return true;
}

// Optional: older files have no readiness answers.
bool Reader::readReadiness(const Object &o, const Path &where, Idea &idea)
{
    Object map;
    const Path readinessAt = at(where, "readiness");
    if (!subObject(o, "readiness", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key(); // the path refers to it
        const Path here = at(readinessAt, key);
        if (!readinessTestById(key))
            return fail(here, QCoreApplication::translate("mlp", "unknown readiness test"));
        double points = -1;
        if (!number(*it, here, points))
            return false;
        std::optional<ReadinessLevel> level;
        for (ReadinessLevel l :
             { ReadinessLevel::None, ReadinessLevel::Manual, ReadinessLevel::Automated }) {
            if (points == readinessPoints(l))
                level = l;
        }
        if (!level)
            return fail(here,
                        QCoreApplication::translate("mlp", "%1 is not 0, 0.5 or 1")
                            .arg(numberText(points)));
        if (Status set = setReadinessAnswer(idea.readiness, key, *level); !set)
            return fail(here, set.error().message);
    }
    return true;
}

bool Reader::timestamp(const Object &from, const char *name, const Path &here, QDateTime &out,
                       bool required)
{
    QString value;
    const bool present = from.contains(QLatin1String(name));
    if (!text(from, name, here, value, required))
        return false;
    if (!present)
        return true;
    const std::optional<QDateTime> parsed = timestampFromText(value);
    if (!parsed)
        return fail(at(here, name),
                    QCoreApplication::translate(
                        "mlp", "'%1' is not an ISO-8601 time such as 2024-01-31T09:00:00.000Z")
                        .arg(excerpt(value)));
    out = *parsed;
    return true;
}

bool Reader::readLifecycle(const Object &o, const Path &where, Idea &idea)
{
    Object lifecycle;
    if (!subObject(o, "lifecycle", where, lifecycle))
        return false;
    const Path lifecycleAt = at(where, "lifecycle");
    Lifecycle &lc = idea.lifecycle;
    if (!fields(lifecycle, lifecycleAt,
                { "stage", "outcome", "outcomeReason", "outcomeAt", "createdAt", "history" })
        || !key(lifecycle, "stage", lifecycleAt, lc.stage, stageFromKey)
        || !key(lifecycle, "outcome", lifecycleAt, lc.outcome, outcomeFromKey)
        || !text(lifecycle, "outcomeReason", lifecycleAt, lc.outcomeReason))
        return false;
    if (!timestamp(lifecycle, "createdAt", lifecycleAt, lc.createdAt, false)
        || !timestamp(lifecycle, "outcomeAt", lifecycleAt, lc.outcomeAt, false))
        return false;
    if (lc.outcome == Outcome::Shelved && lc.outcomeReason.trimmed().isEmpty())
        return fail(at(lifecycleAt, "outcomeReason"),
                    QCoreApplication::translate("mlp", "a shelved project needs a reason"));
    return readHistory(lifecycle, lifecycleAt, lc);
}

bool Reader::readHistory(const Object &lifecycle, const Path &lifecycleAt, Lifecycle &lc)
{
    return objects(
        lifecycle, "history", lifecycleAt,
        { "at", "who", "from", "to", "trigger", "reason", "checklistOverride" },
        [&](const Object &h, const Path &here) {
            Transition t;
            if (!timestamp(h, "at", here, t.at, true) || !text(h, "who", here, t.who)
                || !key(h, "from", here, t.from, stageFromKey, true)
                || !key(h, "to", here, t.to, stageFromKey, true)
                || !text(h, "trigger", here, t.triggerId) || !text(h, "reason", here, t.reason)
                || !text(h, "checklistOverride", here, t.checklistOverrideNote))
                return false;
            if (!t.triggerId.isEmpty()) {
                const std::optional<BackwardTrigger> trigger = triggerById(t.triggerId);
                if (!trigger)
                    return fail(at(here, "trigger"),
                                QCoreApplication::translate("mlp", "'%1' is not a known value")
                                    .arg(excerpt(t.triggerId)));
                if (trigger->from != t.from || trigger->to != t.to)
                    return fail(at(here, "trigger"),
                                QCoreApplication::translate(
                                    "mlp", "'%1' does not belong to a move from %2 to %3")
                                    .arg(excerpt(t.triggerId), stageKey(t.from), stageKey(t.to)));
            }
            lc.history.append(t);
            return true;
        });
}

bool Reader::readMetrics(const Object &o, const Path &where, Idea &idea)
{
    Object metrics;
    if (!subObject(o, "metrics", where, metrics))
        return false;
    const Path metricsAt = at(where, "metrics");
    if (!fields(metrics, metricsAt, { "definitions", "rule", "results" }))
        return false;
    QSet<QString> metricNames;
    const auto readDefinition = [&](const Object &m, const Path &here) {
        MetricDef def;
        if (!text(m, "name", here, def.name, true) || !text(m, "unit", here, def.unit)
            || !key(m, "direction", here, def.direction, directionFromKey)
            || !number(m, "weight", here, def.weight)
            || !optionalNumber(m, "bound", here, def.bound))
            return false;
        if (def.name.trimmed().isEmpty())
            return fail(at(here, "name"), QCoreApplication::translate("mlp", "must not be empty"));
        if (metricNames.contains(def.name))
            return fail(
                at(here, "name"),
                QCoreApplication::translate("mlp", "'%1' is defined twice").arg(excerpt(def.name)));
        if (!range(def.weight, 0, kMaxWeight, at(here, "weight")))
            return false;
        metricNames.insert(def.name);
        idea.metrics.metrics.append(def);
        return true;
    };
    if (!objects(metrics, "definitions", metricsAt,
                 { "name", "unit", "direction", "weight", "bound" }, readDefinition))
        return false;
    Object rule;
    if (!subObject(metrics, "rule", metricsAt, rule))
        return false;
    const Path ruleAt = at(metricsAt, "rule");
    CombineRule &r = idea.metrics.rule;
    if (!fields(rule, ruleAt, { "kind", "optimize", "formula", "formulaDirection" })
        || !key(rule, "kind", ruleAt, r.kind, combineKindFromKey)
        || !text(rule, "optimize", ruleAt, r.optimize) || !text(rule, "formula", ruleAt, r.formula)
        || !key(rule, "formulaDirection", ruleAt, r.formulaDirection, directionFromKey))
        return false;
    const auto readResult = [&](const Object &m, const Path &here) {
        Object map;
        ModelResult result;
        if (!text(m, "model", here, result.model, true) || !subObject(m, "values", here, map))
            return false;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            double value = 0;
            if (!number(*it, at(at(here, "values"), it.key()), value))
                return false;
            result.values.insert(it.key(), value);
        }
        idea.metrics.results.append(result);
        return true;
    };
    return objects(metrics, "results", metricsAt, { "model", "values" }, readResult);
}

bool Reader::readBaselines(const Object &o, const Path &where, Idea &idea)
{
    Object baselines;
    if (!subObject(o, "baselines", where, baselines))
        return false;
    const Path baselinesAt = at(where, "baselines");
    if (!fields(baselines, baselinesAt, { "metric", "items" })
        || !text(baselines, "metric", baselinesAt, idea.baselineMetric))
        return false;
    return objects(baselines, "items", baselinesAt,
                   { "label", "kind", "value", "source", "fairChecked" },
                   [&](const Object &b, const Path &here) {
                       Baseline baseline;
                       if (!text(b, "label", here, baseline.label)
                           || !key(b, "kind", here, baseline.kind, baselineKindFromKey, true)
                           || !number(b, "value", here, baseline.value, true)
                           || !text(b, "source", here, baseline.source)
                           || !boolean(b, "fairChecked", here, baseline.fairChecked))
                           return false;
                       idea.baselines.append(baseline);
                       return true;
                   });
}

bool Reader::validIdea(const Path &where, const Idea &idea)
{
    if (Status valid = validateIdea(idea); !valid)
        return fail(where, valid.error().message);
    return true;
}

} // namespace json

namespace {

using json::Array;
using json::Object;
using json::Path;
using json::Reader;
using json::Stream;
using json::Value;

// What the members of the document's object other than its ideas say, checked in the order
// of the checks of a document read whole, so that the first problem named is the same
// whatever order the members come in.
Status checkRoot(const Object &root, Portfolio &portfolio)
{
    Reader reader;
    if (!reader.fields(root, {}, { "format", "formatVersion", "name", "config", "ideas" }))
        return reader.error();
    if (root.contains(QLatin1String("format"))
        && root.value(QLatin1String("format")).toString() != kJsonFormatTag)
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate(
                "mlp", "The JSON is not an ML Planner portfolio: format is not \"%1\".")
                .arg(kJsonFormatTag));
    const Value version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1)
        return makeError(Error::Code::Parse,
                         QCoreApplication::translate(
                             "mlp", "formatVersion: missing or not a whole number of at least 1"));
    if (version.toDouble() > kJsonFormatVersion)
        return makeError(
            Error::Code::TooNew,
            QCoreApplication::translate(
                "mlp",
                "The JSON was written by a newer version of ML Planner (format version %1); this "
                "version reads format versions up to %2.")
                .arg(numberText(version.toDouble()))
                .arg(kJsonFormatVersion));
    Object config;
    Array ideas;
    if (!reader.text(root, "name", {}, portfolio.name)
        || !reader.subObject(root, "config", {}, config)
        || !reader.config(config, Path("config"), portfolio.config)
        || !reader.array(root, "ideas", {}, ideas))
        return reader.error();
    if (Status valid = validateConfig(portfolio.config); !valid)
        return makeError(Error::Code::Invalid, QStringLiteral("config: ") + valid.error().message);
    return Ok {};
}

// Reads the list of ideas one idea at a time: each becomes an Idea, checked, before the next is
// read, so only one idea's tree is held at a time. The first problem is kept in `problem`;
// after it the rest of the list is still read, as text only, so that malformed text further on
// is named first, as it would be in a document read whole.
class IdeaList
{
public:
    explicit IdeaList(Stream &stream)
        : m_stream(stream)
    { }

    bool read()
    {
        const Path ideasAt("ideas");
        if (!m_stream.beginArray())
            return false;
        for (qsizetype i = 0; m_stream.nextElement(); ++i) {
            Value element;
            if (!m_stream.value(element))
                return false;
            if (!m_problem)
                take(element, Reader::at(ideasAt, i), i);
        }
        return !m_stream.failed();
    }

    const std::optional<Error> &problem() const { return m_problem; }

    // The ideas read, each moved once (a growing list would move them again and again).
    void moveInto(QList<Idea> &ideas)
    {
        ideas.reserve(qsizetype(m_ideas.size()));
        for (Idea &idea : m_ideas)
            ideas.append(std::move(idea));
        m_ideas.clear();
    }

private:
    void take(const Value &element, const Path &where, qsizetype i)
    {
        Object object;
        Idea idea;
        if (!m_reader.object(element, where, object) || !m_reader.idea(object, where, idea)) {
            m_problem = m_reader.error();
            return;
        }
        if (const int earlier = m_seen.positionOf(idea.id); earlier >= 0) {
            m_problem = makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "%1.id: %2 is already used by ideas[%3]")
                    .arg(where.text())
                    .arg(idea.id)
                    .arg(earlier));
            return;
        }
        m_seen.insert(idea.id, int(i));
        m_ideas.push_back(std::move(idea));
    }

    Stream &m_stream;
    std::deque<Idea> m_ideas;
    Reader m_reader;
    IdIndex m_seen; // idea id -> the earlier idea's index
    std::optional<Error> m_problem;
};

} // namespace

Result<Portfolio> importJson(QIODevice &input, qint64 maxBytes)
{
    Stream stream(input, maxBytes);
    if (stream.peek() != '{') {
        Value whole; // read only to name malformed text first
        if (!stream.value(whole) || !stream.atEnd())
            return stream.error();
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate(
                "mlp", "The JSON is not an ML Planner portfolio: expected an object."));
    }
    Portfolio portfolio;
    IdeaList ideas(stream);
    // Every member but the list of ideas, which is read as it comes.
    auto members = std::make_shared<std::vector<json::Member>>();
    QSet<QString> names;
    QString name;
    if (!stream.beginObject())
        return stream.error();
    while (stream.nextMember(name, names)) {
        if (name == QLatin1String("ideas") && stream.peek() == '[') {
            if (!ideas.read())
                return stream.error();
            members->emplace_back(name, Value(Array()));
            continue;
        }
        Value value;
        if (!stream.value(value))
            return stream.error();
        members->emplace_back(name, std::move(value));
    }
    if (stream.failed() || !stream.atEnd())
        return stream.error();

    if (Status checked = checkRoot(Object(std::move(members)), portfolio); !checked)
        return checked.error();
    if (ideas.problem())
        return *ideas.problem();
    // What validatePortfolio checks is checked by now, but the name: the settings in checkRoot,
    // each idea as it was read, the ids as they came. (A store checks it again before writing.)
    if (Status valid = checkText(QCoreApplication::translate("mlp", "portfolio name"),
                                 portfolio.name, TextKind::Name);
        !valid)
        return valid.error();
    ideas.moveInto(portfolio.ideas);
    return portfolio;
}

Result<Portfolio> importJson(const QByteArray &json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importJson(buffer, std::numeric_limits<qint64>::max());
}

} // namespace mlp::io
