#include "core/io/jsonformat.h"

#include "core/io/formatkeys.h"
#include "core/io/jsonwriter_p.h"

namespace mlp::io {

namespace {

using json::forEachInJsonOrder;
using json::JsonWriter;
using json::sortedIndices;

const std::vector<int> &questionsByKey()
{
    static const std::vector<int> order
        = sortedIndices(kQuestionCount, [](int i) { return questions()[i].id; });
    return order;
}

void writeAnswers(JsonWriter &w, const Answers &answers)
{
    w.beginObject();
    for (int i : questionsByKey()) {
        if (answers[i] != 0) {
            w.key(questions()[i].id);
            w.integer(answers[i]);
        }
    }
    w.endObject();
}

void writeConfig(JsonWriter &w, const ScoringConfig &config)
{
    w.beginObject();
    w.member("aggregation", aggregationKey(config.aggregation));
    w.member("costBase", config.costBase);
    w.key("driverWeights");
    w.beginObject();
    for (int i : sortedIndices(kDriverCount, driverKey)) {
        w.key(driverKey(i));
        w.value(config.driverWeights[i]);
    }
    w.endObject();
    w.key("quadrantNames");
    w.beginObject();
    for (int i : sortedIndices(kNamedQuadrantCount,
                               [](int q) { return quadrantKey(static_cast<Quadrant>(q)); })) {
        w.key(quadrantKey(static_cast<Quadrant>(i)));
        w.value(config.quadrantNames[i]);
    }
    w.endObject();
    w.key("questionWeights");
    w.beginObject();
    for (int i : questionsByKey()) {
        w.key(questions()[i].id);
        w.value(config.questionWeights[i]);
    }
    w.endObject();
    w.key("readinessGate");
    w.beginObject();
    w.key("gatesDeploying");
    w.boolean(config.readinessGate.gatesDeploying);
    w.member("minimum", config.readinessGate.minimum);
    w.endObject();
    w.key("thresholds");
    w.beginObject();
    w.member("feasibility", config.feasibilityThreshold);
    w.member("impact", config.impactThreshold);
    w.endObject();
    w.endObject();
}

// timestampText() of `at`, written without QDateTime::toString's formatting where it can be
// (utcTimestampChars).
void writeTimestamp(JsonWriter &w, const QDateTime &at)
{
    char text[26];
    text[0] = '"';
    const int n = utcTimestampChars(at, true, text + 1);
    if (n == 0) {
        w.value(timestampText(at));
        return;
    }
    text[n + 1] = '"';
    w.raw(text, n + 2);
}

void writeBaselines(JsonWriter &w, const Idea &idea)
{
    w.beginObject();
    w.key("items");
    w.beginArray();
    for (const Baseline &b : idea.baselines) {
        w.element();
        w.beginObject();
        w.key("fairChecked");
        w.boolean(b.fairChecked);
        w.member("kind", baselineKindKey(b.kind));
        w.member("label", b.label);
        w.member("source", b.source);
        w.member("value", b.value);
        w.endObject();
    }
    w.endArray();
    w.member("metric", idea.baselineMetric);
    w.endObject();
}

void writeLifecycle(JsonWriter &w, const Lifecycle &lc)
{
    static const QString kStageKeys[kStageCount]
        = { stageKey(Stage(0)), stageKey(Stage(1)), stageKey(Stage(2)), stageKey(Stage(3)) };
    w.beginObject();
    if (lc.createdAt.isValid()) {
        w.key("createdAt");
        writeTimestamp(w, lc.createdAt);
    }
    w.key("history");
    w.beginArray();
    for (const Transition &t : lc.history) {
        w.element();
        w.beginObject();
        w.key("at");
        writeTimestamp(w, t.at);
        w.member("checklistOverride", t.checklistOverrideNote);
        w.member("from", kStageKeys[int(t.from)]);
        w.member("reason", t.reason);
        w.member("to", kStageKeys[int(t.to)]);
        w.member("trigger", t.triggerId);
        w.member("who", t.who);
        w.endObject();
    }
    w.endArray();
    w.member("outcome", outcomeKey(lc.outcome));
    if (lc.outcomeAt.isValid()) {
        w.key("outcomeAt");
        writeTimestamp(w, lc.outcomeAt);
    }
    w.member("outcomeReason", lc.outcomeReason);
    w.member("stage", kStageKeys[int(lc.stage)]);
    w.endObject();
}

void writeMetrics(JsonWriter &w, const ProjectMetrics &metrics)
{
    w.beginObject();
    w.key("definitions");
    w.beginArray();
    for (const MetricDef &m : metrics.metrics) {
        w.element();
        w.beginObject();
        if (m.bound)
            w.member("bound", *m.bound);
        w.member("direction", directionKey(m.direction));
        w.member("name", m.name);
        w.member("unit", m.unit);
        w.member("weight", m.weight);
        w.endObject();
    }
    w.endArray();
    w.key("results");
    w.beginArray();
    for (const ModelResult &r : metrics.results) {
        w.element();
        w.beginObject();
        w.member("model", r.model);
        w.key("values");
        w.beginObject();
        forEachInJsonOrder(r.values, [&](const QString &key, double value) {
            w.key(key);
            w.value(value);
        });
        w.endObject();
        w.endObject();
    }
    w.endArray();
    const CombineRule &rule = metrics.rule;
    w.key("rule");
    w.beginObject();
    w.member("formula", rule.formula);
    w.member("formulaDirection", directionKey(rule.formulaDirection));
    w.member("kind", combineKindKey(rule.kind));
    w.member("optimize", rule.optimize);
    w.endObject();
    w.endObject();
}

void writeIdea(JsonWriter &w, const Idea &idea)
{
    static const std::vector<int> flywheelByKey = sortedIndices(
        int(flywheelQuestions().size()), [](int i) { return flywheelQuestions()[i].id; });
    w.beginObject();
    if (idea.accuracyRequirement)
        w.member("accuracyRequirement", *idea.accuracyRequirement);
    w.member("archetype", archetypeKey(idea.archetype));

    w.key("baselines");
    writeBaselines(w, idea);

    w.key("checklist");
    w.beginObject();
    forEachInJsonOrder(idea.checklist, [&](const QString &key, ChecklistAnswer answer) {
        if (answer != ChecklistAnswer::Unanswered) {
            w.key(key);
            w.value(checklistAnswerKey(answer));
        }
    });
    w.endObject();

    w.member("description", idea.description);

    w.key("flywheel");
    w.beginObject();
    for (int i : flywheelByKey) {
        if (idea.flywheel[i] != TriState::Unknown) {
            w.key(flywheelQuestions()[i].id);
            w.value(triStateKey(idea.flywheel[i]));
        }
    }
    w.endObject();

    w.key("id");
    w.integer(idea.id);

    w.key("keyQuestions");
    w.beginObject();
    forEachInJsonOrder(idea.keyQuestionAnswers, [&](const QString &key, const QString &answer) {
        w.key(key);
        w.value(answer);
    });
    w.endObject();

    w.key("lifecycle");
    writeLifecycle(w, idea.lifecycle);

    w.key("metrics");
    writeMetrics(w, idea.metrics);

    w.member("name", idea.name);

    w.key("override");
    w.beginObject();
    if (idea.manualOverride.feasibility)
        w.member("feasibility", *idea.manualOverride.feasibility);
    if (idea.manualOverride.impact)
        w.member("impact", *idea.manualOverride.impact);
    w.member("note", idea.manualOverride.note);
    w.endObject();

    w.member("owner", idea.owner);

    w.key("raters");
    w.beginArray();
    for (const Rater &rater : idea.raters) {
        w.element();
        w.beginObject();
        w.key("answers");
        writeAnswers(w, rater.answers);
        w.member("name", rater.name);
        w.endObject();
    }
    w.endArray();

    w.key("readiness");
    w.beginObject();
    forEachInJsonOrder(idea.readiness, [&](const QString &key, ReadinessLevel level) {
        if (level != ReadinessLevel::None) {
            w.key(key);
            w.value(readinessPoints(level));
        }
    });
    w.endObject();
    w.endObject();
}

} // namespace

// About 3.5 KB per idea in the generated benchmark portfolio; a close guess saves most of the
// regrowing of a 35 MB buffer.
JsonExport::JsonExport(const Portfolio &settings, qsizetype expectedIdeas)
    : m_name(settings.name)
    , m_writer(std::make_unique<JsonWriter>(4096 + expectedIdeas * 3584))
{
    JsonWriter &w = *m_writer;
    w.beginObject();
    w.key("config");
    writeConfig(w, settings.config);
    w.member("format", kJsonFormatTag);
    w.key("formatVersion");
    w.integer(kJsonFormatVersion);
    w.key("ideas");
    w.beginArray();
}

JsonExport::~JsonExport() = default;

void JsonExport::add(const Idea &idea)
{
    m_writer->element();
    writeIdea(*m_writer, idea);
}

QByteArrayView JsonExport::written() const
{
    return m_writer->written();
}

void JsonExport::clearWritten()
{
    m_writer->clearWritten();
}

QByteArray JsonExport::finish()
{
    JsonWriter &w = *m_writer;
    w.endArray();
    w.member("name", m_name);
    w.endObject();
    return w.take();
}

QByteArray exportJson(const Portfolio &portfolio)
{
    JsonExport writer(portfolio, portfolio.ideas.size());
    for (const Idea &idea : portfolio.ideas)
        writer.add(idea);
    return writer.finish();
}

} // namespace mlp::io
