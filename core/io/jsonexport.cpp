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

// timestampText() (ISO 8601 in UTC with milliseconds, "2026-12-02T15:04:05.123Z") of a valid
// time in the years 1000 to 9999, written without QDateTime::toString's formatting; any other
// time through timestampText() itself.
void writeTimestamp(JsonWriter &w, const QDateTime &at)
{
    if (!at.isValid()) {
        w.value(timestampText(at));
        return;
    }
    const qint64 ms = at.toMSecsSinceEpoch();
    constexpr qint64 kDay = 86400000;
    qint64 days = ms / kDay;
    qint64 inDay = ms % kDay;
    if (inDay < 0) {
        inDay += kDay;
        --days;
    }
    // The civil date of a day count (days from 1970-01-01), in the proleptic Gregorian calendar.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
        w.value(timestampText(at));
        return;
    }
    char text[26];
    auto digits = [&text](int from, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            text[from + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    text[0] = '"';
    digits(1, year, 4);
    text[5] = '-';
    digits(6, month, 2);
    text[8] = '-';
    digits(9, day, 2);
    text[11] = 'T';
    digits(12, inDay / 3600000, 2);
    text[14] = ':';
    digits(15, inDay / 60000 % 60, 2);
    text[17] = ':';
    digits(18, inDay / 1000 % 60, 2);
    text[20] = '.';
    digits(21, inDay % 1000, 3);
    text[24] = 'Z';
    text[25] = '"';
    w.raw(text, 26);
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
