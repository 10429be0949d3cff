// The change log in words (changelog.h): field names a person understands and values as the
// window shows them.

#include "core/domain/changelog.h"

#include "core/domain/scoreformat.h"
#include "core/io/formatkeys.h"

#include <QCoreApplication>

namespace mlp {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("mlp", text);
}

// The catalogued part after the first '/' ("data-acquisition" of "answer/data-acquisition").
QString fieldPart(const QString &field)
{
    const qsizetype slash = field.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : field.mid(slash + 1);
}

QString questionText(const QString &id)
{
    const std::optional<int> index = questionIndex(id);
    return index ? questions()[*index].text : id;
}

QString keyQuestionText(const QString &id)
{
    for (int a = 0; a < kArchetypeCount; ++a) {
        for (const KeyQuestion &question : archetypeInfo(static_cast<Archetype>(a)).keyQuestions) {
            if (question.id == id)
                return question.text;
        }
    }
    return id;
}

QString flywheelText(const QString &id)
{
    for (const FlywheelQuestion &question : flywheelQuestions()) {
        if (question.id == id)
            return question.text;
    }
    return id;
}

QString checklistText(const QString &id)
{
    for (const ChecklistItem &item : checklistItems()) {
        if (item.id == id)
            return item.text;
    }
    return id;
}

QString readinessText(const QString &id)
{
    const std::optional<ReadinessTest> test = readinessTestById(id);
    return test ? readinessTestLabel(*test) + QStringLiteral(" ") + test->name : id;
}

std::optional<Quadrant> quadrantFromKey(const QString &key)
{
    for (int q = 0; q <= io::kNamedQuadrantCount; ++q) {
        if (io::quadrantKey(static_cast<Quadrant>(q)) == key)
            return static_cast<Quadrant>(q);
    }
    return std::nullopt;
}

QString driverText(const QString &key)
{
    for (int d = 0; d < kDriverCount; ++d) {
        if (io::driverKey(d) == key)
            return groupDisplayName(static_cast<QuestionGroup>(d + 1));
    }
    return key;
}

// A number kept as machine text, in the locale; anything else as it is.
QString numberInLocale(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? formatFigure(number, 10) : value;
}

struct KindName
{
    const char *key;
    const char *name;
};

// Every field kind, in the order of the editor's tabs, then the settings.
constexpr KindName kKinds[] = {
    { kFieldAdded, QT_TRANSLATE_NOOP("mlp", "Idea added") },
    { kFieldRemoved, QT_TRANSLATE_NOOP("mlp", "Idea removed") },
    { kFieldImported, QT_TRANSLATE_NOOP("mlp", "Replaced by an import") },
    { "name", QT_TRANSLATE_NOOP("mlp", "Name") },
    { "description", QT_TRANSLATE_NOOP("mlp", "Description") },
    { "owner", QT_TRANSLATE_NOOP("mlp", "Owner") },
    { "archetype", QT_TRANSLATE_NOOP("mlp", "Archetype") },
    { "accuracy", QT_TRANSLATE_NOOP("mlp", "Accuracy requirement") },
    { "key-question", QT_TRANSLATE_NOOP("mlp", "Key question") },
    { "flywheel", QT_TRANSLATE_NOOP("mlp", "Data flywheel") },
    { "rater", QT_TRANSLATE_NOOP("mlp", "Rater") },
    { "answer", QT_TRANSLATE_NOOP("mlp", "Answer") },
    { "override-impact", QT_TRANSLATE_NOOP("mlp", "Placed impact") },
    { "override-feasibility", QT_TRANSLATE_NOOP("mlp", "Placed feasibility") },
    { "override-note", QT_TRANSLATE_NOOP("mlp", "Placement note") },
    { "quadrant", QT_TRANSLATE_NOOP("mlp", "Quadrant") },
    { "checklist", QT_TRANSLATE_NOOP("mlp", "Checklist") },
    { "stage", QT_TRANSLATE_NOOP("mlp", "Stage") },
    { "outcome", QT_TRANSLATE_NOOP("mlp", "Outcome") },
    { "outcome-reason", QT_TRANSLATE_NOOP("mlp", "Outcome reason") },
    { "readiness", QT_TRANSLATE_NOOP("mlp", "Readiness") },
    { "metric", QT_TRANSLATE_NOOP("mlp", "Metric") },
    { "metric-unit", QT_TRANSLATE_NOOP("mlp", "Metric unit") },
    { "metric-direction", QT_TRANSLATE_NOOP("mlp", "Metric direction") },
    { "metric-weight", QT_TRANSLATE_NOOP("mlp", "Metric weight") },
    { "metric-bound", QT_TRANSLATE_NOOP("mlp", "Metric bound") },
    { "combine-kind", QT_TRANSLATE_NOOP("mlp", "Combine rule") },
    { "combine-optimize", QT_TRANSLATE_NOOP("mlp", "Optimized metric") },
    { "combine-formula", QT_TRANSLATE_NOOP("mlp", "Formula") },
    { "combine-direction", QT_TRANSLATE_NOOP("mlp", "Formula direction") },
    { "result", QT_TRANSLATE_NOOP("mlp", "Model") },
    { "result-value", QT_TRANSLATE_NOOP("mlp", "Model result") },
    { "baseline-metric", QT_TRANSLATE_NOOP("mlp", "Baseline metric") },
    { "baseline", QT_TRANSLATE_NOOP("mlp", "Baseline") },
    { "baseline-kind", QT_TRANSLATE_NOOP("mlp", "Baseline kind") },
    { "baseline-value", QT_TRANSLATE_NOOP("mlp", "Baseline value") },
    { "baseline-source", QT_TRANSLATE_NOOP("mlp", "Baseline source") },
    { "baseline-fair", QT_TRANSLATE_NOOP("mlp", "Baseline checked as fair") },
    { "portfolio-name", QT_TRANSLATE_NOOP("mlp", "Portfolio name") },
    { "question-weight", QT_TRANSLATE_NOOP("mlp", "Question weight") },
    { "driver-weight", QT_TRANSLATE_NOOP("mlp", "Driver weight") },
    { "impact-threshold", QT_TRANSLATE_NOOP("mlp", "Impact threshold") },
    { "feasibility-threshold", QT_TRANSLATE_NOOP("mlp", "Feasibility threshold") },
    { "quadrant-name", QT_TRANSLATE_NOOP("mlp", "Quadrant name") },
    { "cost-base", QT_TRANSLATE_NOOP("mlp", "Cost base") },
    { "aggregation", QT_TRANSLATE_NOOP("mlp", "Aggregation") },
    { "readiness-gate", QT_TRANSLATE_NOOP("mlp", "Readiness gate") },
    { "readiness-minimum", QT_TRANSLATE_NOOP("mlp", "Readiness minimum") },
};

QString kindName(const QString &kind)
{
    for (const KindName &k : kKinds) {
        if (kind == QLatin1String(k.key))
            return translated(k.name);
    }
    return kind;
}

// What the catalogued part of a field names, in words.
QString partText(const QString &kind, const QString &part)
{
    if (kind == QLatin1String("answer") || kind == QLatin1String("question-weight"))
        return questionText(part);
    if (kind == QLatin1String("key-question"))
        return keyQuestionText(part);
    if (kind == QLatin1String("flywheel"))
        return flywheelText(part);
    if (kind == QLatin1String("checklist"))
        return checklistText(part);
    if (kind == QLatin1String("readiness"))
        return readinessText(part);
    if (kind == QLatin1String("driver-weight"))
        return driverText(part);
    if (kind == QLatin1String("quadrant-name")) {
        const std::optional<Quadrant> quadrant = quadrantFromKey(part);
        return quadrant ? ScoringConfig().quadrantNames[static_cast<int>(*quadrant)] : part;
    }
    return part; // result-value: the metric's name
}

} // namespace

QString changeFieldKind(const QString &field)
{
    return field.section(QLatin1Char('/'), 0, 0);
}

QList<FieldKind> changeFieldKinds()
{
    QList<FieldKind> kinds;
    for (const KindName &k : kKinds)
        kinds.append({ QString::fromLatin1(k.key), translated(k.name) });
    return kinds;
}

QString changeFieldText(const FieldChange &change)
{
    // The rater, metric, model or baseline comes before the catalogued part, so that a narrow
    // column still shows whose it is: "Answer (Ana): How hard is it to acquire the data?".
    const QString kind = changeFieldKind(change.field);
    const QString part = fieldPart(change.field);
    QString text = kindName(kind);
    if (!change.item.isEmpty())
        text
            = QCoreApplication::translate(
                  "mlp", "%1 (%2)", "change log field: field, the rater, metric, model or baseline")
                  .arg(text, change.item);
    if (!part.isEmpty())
        text = QCoreApplication::translate("mlp", "%1: %2", "change log field: kind, part")
                   .arg(text, partText(kind, part));
    return text;
}

QString changeValueText(const FieldChange &change, const QString &value, const QString &missing,
                        const ScoringConfig *config)
{
    const QString kind = changeFieldKind(change.field);
    if (kind == QLatin1String("readiness")) {
        const std::optional<ReadinessLevel> level = readinessLevelFromKey(value);
        return level ? readinessLevelName(*level) : value;
    }
    if (value.isEmpty())
        return missing;
    if (kind == QLatin1String("stage")) {
        const std::optional<Stage> stage = stageFromKey(value);
        return stage ? stageShortName(*stage) : value;
    }
    if (kind == QLatin1String("outcome")) {
        const std::optional<Outcome> outcome = outcomeFromKey(value);
        return outcome ? outcomeDisplayName(*outcome) : value;
    }
    if (kind == QLatin1String("archetype")) {
        const std::optional<Archetype> archetype = archetypeFromKey(value);
        return archetype ? archetypeInfo(*archetype).name : value;
    }
    if (kind == QLatin1String("quadrant")) {
        const std::optional<Quadrant> quadrant = quadrantFromKey(value);
        if (!quadrant)
            return value;
        return quadrantName(*quadrant, config ? *config : ScoringConfig());
    }
    if (value == QLatin1String("yes"))
        return QCoreApplication::translate("mlp", "Yes");
    if (value == QLatin1String("no"))
        return QCoreApplication::translate("mlp", "No");
    if (kind == QLatin1String("metric-direction") || kind == QLatin1String("combine-direction")) {
        const std::optional<Direction> direction = directionFromKey(value);
        if (direction)
            return *direction == Direction::HigherIsBetter
                ? QCoreApplication::translate("mlp", "Higher is better")
                : QCoreApplication::translate("mlp", "Lower is better");
        return value;
    }
    if (kind == QLatin1String("combine-kind")) {
        switch (combineKindFromKey(value).value_or(CombineKind::WeightedAverage)) {
        case CombineKind::WeightedAverage:
            return QCoreApplication::translate("mlp", "Weighted average");
        case CombineKind::Threshold:
            return QCoreApplication::translate("mlp", "Optimize one, bound the others");
        case CombineKind::Formula:
            return QCoreApplication::translate("mlp", "Formula");
        }
    }
    if (kind == QLatin1String("aggregation"))
        return value == QLatin1String("mean") ? QCoreApplication::translate("mlp", "Mean")
                                              : QCoreApplication::translate("mlp", "Median");
    if (kind == QLatin1String("baseline-kind")) {
        const std::optional<BaselineKind> baseline = baselineKindFromKey(value);
        return baseline ? baselineKindDisplayName(*baseline) : value;
    }
    static const QStringList numeric {
        QStringLiteral("accuracy"),         QStringLiteral("answer"),
        QStringLiteral("override-impact"),  QStringLiteral("override-feasibility"),
        QStringLiteral("metric-weight"),    QStringLiteral("metric-bound"),
        QStringLiteral("result-value"),     QStringLiteral("baseline-value"),
        QStringLiteral("question-weight"),  QStringLiteral("driver-weight"),
        QStringLiteral("impact-threshold"), QStringLiteral("feasibility-threshold"),
        QStringLiteral("cost-base"),        QStringLiteral("readiness-minimum")
    };
    if (numeric.contains(kind))
        return numberInLocale(value);
    return value;
}

QString changeNoteText(const FieldChange &change)
{
    if (change.note.isEmpty())
        return {};
    if (change.field != QLatin1String("stage"))
        return change.note;
    return moveReasonText(moveReasonFromNote(change.note));
}

Transition moveReasonFromNote(const QString &note)
{
    const QStringList parts = note.split(QChar(0x1f));
    Transition move;
    if (parts.size() == 1) {
        move.reason = note;
        return move;
    }
    move.triggerId = parts.value(0);
    move.reason = parts.value(1);
    move.checklistOverrideNote = parts.value(2);
    return move;
}

} // namespace mlp
