#include "cli/actions.h"
#include "cli/texttable.h"

#include "core/domain/metrics.h"
#include "core/domain/validation.h"
#include "core/io/formatkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// A project's metrics, how they combine into one number, the models' results and the ranking
// (docs/domain.md §4).
namespace mlp::cli {

namespace {

MetricDef *findMetric(Idea &idea, const QString &name)
{
    for (MetricDef &metric : idea.metrics.metrics) {
        if (metric.name == name)
            return &metric;
    }
    return nullptr;
}

Error noMetric(const Idea &idea, const QString &name)
{
    return makeError(Error::Code::NotFound,
                     QCoreApplication::translate(
                         "mlp", "%1 has no metric %2; define it with 'mlplanner metric define'")
                         .arg(quoted(idea.name), quoted(excerpt(name))));
}

Result<Direction> directionOption(const QCommandLineParser &parser, Direction fallback)
{
    if (!parser.isSet(QStringLiteral("direction")))
        return fallback;
    const auto direction = directionFromKey(parser.value(QStringLiteral("direction")));
    if (!direction)
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("mlp", "unknown direction '%1'; use higher or lower")
                .arg(excerpt(parser.value(QStringLiteral("direction")))));
    return *direction;
}

int define(Context &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    std::optional<std::optional<double>> bound;
    if (parser.isSet(QStringLiteral("bound"))) {
        const QString text = parser.value(QStringLiteral("bound"));
        if (text == QLatin1String("none")) {
            bound = std::optional<double>();
        } else if (const auto value = parseNumber(text)) {
            bound.emplace(*value);
        } else {
            return fail(
                context, UsageError,
                QCoreApplication::translate("mlp", "--bound: '%1' is not a number or 'none'")
                    .arg(excerpt(text)));
        }
    }
    std::optional<double> weight;
    if (parser.isSet(QStringLiteral("weight"))) {
        weight = parseNumber(parser.value(QStringLiteral("weight")));
        if (!weight)
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "--weight: '%1' is not a number")
                            .arg(excerpt(parser.value(QStringLiteral("weight")))));
    }
    bool existed = false;
    MetricDef defined;
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (name.trimmed().isEmpty())
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("mlp", "a metric needs a name"));
            MetricDef *metric = findMetric(current, name);
            existed = metric != nullptr;
            if (!metric) {
                current.metrics.metrics.append(MetricDef { name, {}, {}, 1.0, {} });
                metric = &current.metrics.metrics.last();
            }
            if (parser.isSet(QStringLiteral("unit")))
                metric->unit = parser.value(QStringLiteral("unit"));
            const auto direction = directionOption(parser, metric->direction);
            if (!direction)
                return direction.error();
            metric->direction = *direction;
            if (bound)
                metric->bound = *bound;
            if (weight)
                metric->weight = *weight;
            defined = *metric;
            return checked(std::move(current));
        },
        idea);
    if (code != Success)
        return code;
    const QString bounds = defined.bound ? (defined.direction == Direction::LowerIsBetter
                                                ? QCoreApplication::translate("mlp", "at most %1")
                                                : QCoreApplication::translate("mlp", "at least %1"))
                                               .arg(io::numberText(*defined.bound))
                                         : QCoreApplication::translate("mlp", "no bound");
    context.out << (existed ? QCoreApplication::translate(
                        "mlp", "Changed metric %1 on %2: %3 is better, %4, unit %5, weight %6.")
                            : QCoreApplication::translate(
                                "mlp",
                                "Defined metric %1 on %2: %3 is better, %4, unit %5, weight %6."))
                       .arg(quoted(defined.name), quoted(idea.name),
                            directionKey(defined.direction), bounds, quoted(defined.unit),
                            io::numberText(defined.weight))
                << QLatin1Char('\n');
    return Success;
}

int remove(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (!findMetric(current, name))
                return noMetric(current, name);
            current.metrics.metrics.removeIf([&](const MetricDef &m) { return m.name == name; });
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate(
                           "mlp", "Removed metric %1 from %2; the models' values for it are kept.")
                           .arg(quoted(name), quoted(idea.name))
                    << QLatin1Char('\n');
    return code;
}

// Renames a metric wherever the idea refers to it, the formula included (renameMetric()).
int rename(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    const QString newName = arguments.at(3);
    QString formulaBefore;
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (!findMetric(current, name))
                return noMetric(current, name);
            if (newName.trimmed().isEmpty())
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("mlp", "a metric needs a name"));
            if (newName != name && findMetric(current, newName))
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate(
                                     "mlp", "%1 already has a metric named %2; choose another name")
                                     .arg(quoted(current.name), quoted(excerpt(newName))));
            formulaBefore = current.metrics.rule.formula;
            if (Status renamed = renameMetric(current, name, newName); !renamed)
                return renamed.error();
            return checked(std::move(current));
        },
        idea);
    if (code != Success)
        return code;
    context.out << QCoreApplication::translate("mlp", "Renamed metric %1 to %2 on %3.")
                       .arg(quoted(name), quoted(newName), quoted(idea.name));
    if (idea.metrics.rule.formula != formulaBefore)
        context.out << QLatin1Char(' ')
                    << QCoreApplication::translate("mlp", "The formula now reads: %1")
                           .arg(idea.metrics.rule.formula);
    context.out << QLatin1Char('\n');
    return Success;
}

int rule(Context &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    const auto kind = combineKindFromKey(arguments.at(2));
    if (!kind)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "unknown combine rule '%1'; use one of %2")
                        .arg(excerpt(arguments.at(2)), keyListOf<CombineKind>(3, combineKindKey)));
    const QStringList rest = arguments.mid(3);
    if (*kind == CombineKind::Threshold && rest.size() != 1)
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp", "metric rule threshold: name the one metric to optimise"));
    if (*kind == CombineKind::Formula && rest.size() != 1)
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp", "metric rule formula: give the formula as one argument (quote it)"));
    if (*kind != CombineKind::Formula && parser.isSet(QStringLiteral("direction")))
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp", "metric rule: --direction only applies to a formula"));
    QList<Assignment> weights;
    if (*kind == CombineKind::WeightedAverage) {
        const auto parsed = parseAssignments(rest);
        if (!parsed)
            return fail(context, UsageError, parsed.error().message);
        weights = *parsed;
    }
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            CombineRule &r = current.metrics.rule;
            r.kind = *kind;
            if (*kind == CombineKind::Threshold) {
                if (!findMetric(current, rest.at(0)))
                    return noMetric(current, rest.at(0));
                r.optimize = rest.at(0);
            } else if (*kind == CombineKind::Formula) {
                if (Status text = checkText(QCoreApplication::translate("mlp", "formula"),
                                            rest.at(0), TextKind::Formula);
                    !text)
                    return text.error();
                if (auto valid = validateFormula(rest.at(0), current.metrics.metrics); !valid)
                    return valid.error();
                r.formula = rest.at(0);
                const auto direction = directionOption(parser, r.formulaDirection);
                if (!direction)
                    return direction.error();
                r.formulaDirection = *direction;
            }
            for (const Assignment &w : weights) {
                MetricDef *metric = findMetric(current, w.key);
                if (!metric)
                    return noMetric(current, w.key);
                const auto value = parseNumber(w.value);
                if (!value)
                    return makeError(Error::Code::Invalid,
                                     QCoreApplication::translate("mlp", "%1: '%2' is not a number")
                                         .arg(w.key, excerpt(w.value)));
                metric->weight = *value;
            }
            return checked(std::move(current));
        },
        idea);
    if (code != Success)
        return code;
    const CombineRule &r = idea.metrics.rule;
    QString line;
    if (r.kind == CombineKind::Threshold)
        line = QCoreApplication::translate(
                   "mlp", "%1 now ranks models by %2, within the other metrics' bounds.")
                   .arg(quoted(idea.name), quoted(r.optimize));
    else if (r.kind == CombineKind::Formula)
        line = QCoreApplication::translate("mlp",
                                           "%1 now ranks models by the formula %2 (%3 is better).")
                   .arg(quoted(idea.name), r.formula, directionKey(r.formulaDirection));
    else {
        QStringList parts;
        for (const MetricDef &m : idea.metrics.metrics)
            parts << m.name + QLatin1Char('=') + io::numberText(m.weight);
        line = QCoreApplication::translate("mlp",
                                           "%1 now ranks models by the weighted average (%2).")
                   .arg(quoted(idea.name), parts.join(QStringLiteral(", ")));
    }
    context.out << line << QLatin1Char('\n');
    return Success;
}

int result(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString model = arguments.at(2);
    const auto values = parseAssignments(arguments.mid(3));
    if (!values)
        return fail(context, UsageError, values.error().message);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (model.trimmed().isEmpty())
                return makeError(
                    Error::Code::Invalid,
                    QCoreApplication::translate("mlp", "a model result needs a model name"));
            qsizetype at = -1;
            for (qsizetype i = 0; i < current.metrics.results.size(); ++i) {
                if (current.metrics.results[i].model == model)
                    at = i;
            }
            if (at < 0) {
                current.metrics.results.append(ModelResult { model, {} });
                at = current.metrics.results.size() - 1;
            }
            for (const Assignment &v : *values) {
                if (!findMetric(current, v.key))
                    return noMetric(current, v.key);
                const auto value = parseNumber(v.value);
                if (!value)
                    return makeError(Error::Code::Invalid,
                                     QCoreApplication::translate("mlp", "%1: '%2' is not a number")
                                         .arg(v.key, excerpt(v.value)));
                current.metrics.results[at].values.insert(v.key, *value);
            }
            return checked(std::move(current));
        },
        idea);
    if (code != Success)
        return code;
    for (const Assignment &v : *values)
        context.out << QCoreApplication::translate("mlp", "Set %1 of model %2 on %3 to %4.")
                           .arg(quoted(v.key), quoted(model), quoted(idea.name),
                                io::numberText(*parseNumber(v.value)))
                    << QLatin1Char('\n');
    return Success;
}

int removeResult(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString model = arguments.at(2);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (current.metrics.results.removeIf(
                    [&](const ModelResult &r) { return r.model == model; })
                == 0)
                return makeError(
                    Error::Code::NotFound,
                    QCoreApplication::translate("mlp", "%1 has no results for model %2")
                        .arg(quoted(current.name), quoted(excerpt(model))));
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate("mlp",
                                                   "Removed the results of model %1 from %2.")
                           .arg(quoted(model), quoted(idea.name))
                    << QLatin1Char('\n');
    return code;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int rank(Context &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    Idea idea;
    if (const int code = readIdea(context, arguments.at(0), arguments.at(1), idea); code != Success)
        return code;
    const auto scores = evaluateModels(idea.metrics);
    if (!scores)
        return fail(context, Refused,
                    QStringLiteral("%1: %2").arg(quoted(idea.name), scores.error().message));
    QList<ModelScore> ordered = *scores;
    std::stable_sort(ordered.begin(), ordered.end(), [](const ModelScore &a, const ModelScore &b) {
        if (a.out != b.out)
            return !a.out;
        return a.rank < b.rank;
    });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray models;
        for (const ModelScore &s : ordered) {
            models.append(QJsonObject {
                { QStringLiteral("rank"),
                  s.out ? QJsonValue(QJsonValue::Null) : QJsonValue(s.rank) },
                { QStringLiteral("model"), s.model },
                { QStringLiteral("value"), optionalNumber(s.value) },
                { QStringLiteral("out"), s.out },
                { QStringLiteral("missedBounds"), QJsonArray::fromStringList(s.missedBounds) },
                { QStringLiteral("note"), s.note },
            });
        }
        QJsonArray metrics;
        for (const MetricDef &m : idea.metrics.metrics)
            metrics.append(QJsonObject { { QStringLiteral("name"), m.name },
                                         { QStringLiteral("unit"), m.unit },
                                         { QStringLiteral("direction"), directionKey(m.direction) },
                                         { QStringLiteral("weight"), m.weight },
                                         { QStringLiteral("bound"), optionalNumber(m.bound) } });
        const QJsonObject object { { QStringLiteral("id"), idea.id },
                                   { QStringLiteral("idea"), idea.name },
                                   { QStringLiteral("rule"),
                                     combineKindKey(idea.metrics.rule.kind) },
                                   { QStringLiteral("metrics"), metrics },
                                   { QStringLiteral("models"), models } };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table({ QCoreApplication::translate("mlp", "rank"),
                      QCoreApplication::translate("mlp", "value"),
                      QCoreApplication::translate("mlp", "missed bounds"),
                      QCoreApplication::translate("mlp", "model") });
    table.setRightAligned(0);
    table.setRightAligned(1);
    for (const ModelScore &s : ordered) {
        QString missed = s.missedBounds.join(QStringLiteral(", "));
        // The note repeats the missed bounds in words; it is shown when it says something else.
        if (s.missedBounds.isEmpty() && !s.note.isEmpty())
            missed += (missed.isEmpty() ? QString() : QStringLiteral("; ")) + s.note;
        table.addRow({ s.out ? QCoreApplication::translate("mlp", "out") : QString::number(s.rank),
                       s.value ? QString::number(*s.value, 'g', 4) : QStringLiteral("-"),
                       missed.isEmpty() ? QStringLiteral("-") : missed, s.model });
    }
    context.out << QCoreApplication::translate("mlp", "Models of %1, by the %2 rule:")
                       .arg(quoted(idea.name), combineKindKey(idea.metrics.rule.kind))
                << QLatin1Char('\n') << table.toString();
    return Success;
}

const QList<Action> &actions()
{
    static const QList<Action> all {
        { QLatin1String("define"),
          QLatin1String("FILE IDEA NAME"),
          { QStringLiteral("unit"), QStringLiteral("direction"), QStringLiteral("bound"),
            QStringLiteral("weight") },
          define },
        { QLatin1String("remove"), QLatin1String("FILE IDEA NAME"), {}, remove },
        { QLatin1String("rename"), QLatin1String("FILE IDEA NAME NEW-NAME"), {}, rename },
        { QLatin1String("rule"),
          QLatin1String("FILE IDEA RULE [ARGUMENTS...]"),
          { QStringLiteral("direction") },
          rule },
        { QLatin1String("result"), QLatin1String("FILE IDEA MODEL METRIC=VALUE..."), {}, result },
        { QLatin1String("remove-result"), QLatin1String("FILE IDEA MODEL"), {}, removeResult },
        { QLatin1String("rank"), QLatin1String("FILE IDEA"), { QStringLiteral("json") }, rank },
    };
    return all;
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("mlp", "One of: %1.").arg(actionSynopsis(actions())));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate(
            "mlp",
            "The portfolio file; IDEA is an idea's id or name. RULE is 'average' followed by "
            "METRIC=WEIGHT words, 'threshold' followed by the metric to optimise, or 'formula' "
            "followed by an expression over the metric names."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("unit"), QCoreApplication::translate("mlp", "define: the metric's unit."),
        QStringLiteral("UNIT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("direction"),
        QCoreApplication::translate(
            "mlp", "define, rule formula: whether higher or lower is better (default higher)."),
        QStringLiteral("higher|lower")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("bound"),
        QCoreApplication::translate(
            "mlp",
            "define: the acceptable limit (a minimum when higher is better, a maximum when lower "
            "is), or 'none'."),
        QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("weight"),
        QCoreApplication::translate("mlp",
                                    "define: the weight in the weighted average (0 to "
                                    "100, default 1)."),
        QStringLiteral("WEIGHT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"),
                           QCoreApplication::translate("mlp", "rank: print the ranking as JSON.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    return runAction(context, parser, QLatin1String("metric"), actions());
}

} // namespace

Command metricCommand()
{
    return { QLatin1String("metric"),
             QT_TRANSLATE_NOOP("mlp",
                               "Define metrics, set the combine rule and the models' "
                               "results, and rank the models."),
             QLatin1String("ACTION FILE ARGUMENTS..."), configure, execute };
}

} // namespace mlp::cli
