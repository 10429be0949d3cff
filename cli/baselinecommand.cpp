#include "cli/actions.h"
#include "cli/texttable.h"

#include "core/domain/baselines.h"
#include "core/domain/validation.h"
#include "core/io/formatkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// A project's baselines on its chosen metric, and the ladder they make with the target and the
// best model (docs/domain.md §5).
namespace mlp::cli {

namespace {

QString kindKeys()
{
    return keyListOf<BaselineKind>(kBaselineKindCount, baselineKindKey);
}

int add(Context &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString label = arguments.at(2);
    const auto kind = baselineKindFromKey(arguments.at(3));
    if (!kind)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "unknown baseline kind '%1'; use one of %2")
                        .arg(excerpt(arguments.at(3)), kindKeys()));
    const auto value = parseNumber(arguments.at(4));
    if (!value)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "the baseline value '%1' is not a number")
                        .arg(excerpt(arguments.at(4))));
    const bool fair = parser.isSet(QStringLiteral("fair"));
    if (fair && *kind != BaselineKind::PublishedResult)
        return fail(
            context, UsageError,
            QCoreApplication::translate("mlp", "--fair only applies to a published result"));
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (label.trimmed().isEmpty())
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("mlp", "a baseline needs a label"));
            for (const Baseline &b : current.baselines) {
                if (b.label == label)
                    return makeError(Error::Code::Invalid,
                                     QCoreApplication::translate(
                                         "mlp", "%1 already has a baseline %2; remove it first")
                                         .arg(quoted(current.name), quoted(excerpt(label))));
            }
            current.baselines.append(
                Baseline { label, *kind, *value, parser.value(QStringLiteral("source")), fair });
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate("mlp", "Added baseline %1 (%2, %3) to %4.")
                           .arg(quoted(label), baselineKindKey(*kind), io::numberText(*value),
                                quoted(idea.name))
                    << QLatin1Char('\n');
    return code;
}

int remove(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString label = arguments.at(2);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (current.baselines.removeIf([&](const Baseline &b) { return b.label == label; })
                == 0)
                return makeError(Error::Code::NotFound,
                                 QCoreApplication::translate("mlp", "%1 has no baseline %2")
                                     .arg(quoted(current.name), quoted(excerpt(label))));
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate("mlp", "Removed baseline %1 from %2.")
                           .arg(quoted(label), quoted(idea.name))
                    << QLatin1Char('\n');
    return code;
}

const MetricDef *chosenMetric(const Idea &idea)
{
    for (const MetricDef &m : idea.metrics.metrics) {
        if (m.name == idea.baselineMetric)
            return &m;
    }
    return nullptr;
}

int metric(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            current.baselineMetric = name;
            if (!chosenMetric(current))
                return makeError(
                    Error::Code::NotFound,
                    QCoreApplication::translate(
                        "mlp", "%1 has no metric %2; define it with 'mlplanner metric define'")
                        .arg(quoted(current.name), quoted(excerpt(name))));
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate("mlp", "Baselines of %1 are now compared on %2.")
                           .arg(quoted(idea.name), quoted(name))
                    << QLatin1Char('\n');
    return code;
}

QString positionKey(BaselineAnalysis::Position position)
{
    switch (position) {
    case BaselineAnalysis::Position::BelowLowerBound:
        return QStringLiteral("below-lower-bound");
    case BaselineAnalysis::Position::AboveLowerBound:
        return QStringLiteral("above-lower-bound");
    case BaselineAnalysis::Position::MeetsTarget:
        return QStringLiteral("meets-target");
    case BaselineAnalysis::Position::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// How far `from` is ahead of `to` in the metric's better direction (negative: behind).
std::optional<double> ahead(const std::optional<double> &from, const std::optional<double> &to,
                            Direction direction)
{
    if (!from || !to)
        return std::nullopt;
    return direction == Direction::LowerIsBetter ? *to - *from : *from - *to;
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString numberOrDash(const std::optional<double> &value)
{
    return value ? io::numberText(*value) : QStringLiteral("-");
}

int ladder(Context &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    Idea idea;
    if (const int code = readIdea(context, arguments.at(0), arguments.at(1), idea); code != Success)
        return code;
    const MetricDef *metric = chosenMetric(idea);
    if (!metric)
        return fail(
            context, Refused,
            QCoreApplication::translate(
                "mlp", "%1 has no baseline metric; choose one with 'mlplanner baseline metric'")
                .arg(quoted(idea.name)));
    QList<Baseline> rungs = idea.baselines;
    std::stable_sort(rungs.begin(), rungs.end(), [](const Baseline &a, const Baseline &b) {
        return int(a.kind) < int(b.kind);
    });
    const BaselineAnalysis a
        = analyseBaselines(idea.baselines, *metric, modelsInTheRanking(idea.metrics));
    const auto gapToTarget = ahead(a.target, a.bestModel, metric->direction);
    const auto overLowerBound = ahead(a.bestModel, a.lowerBound, metric->direction);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray baselines;
        for (const Baseline &b : rungs)
            baselines.append(QJsonObject { { QStringLiteral("label"), b.label },
                                           { QStringLiteral("kind"), baselineKindKey(b.kind) },
                                           { QStringLiteral("value"), b.value },
                                           { QStringLiteral("source"), b.source },
                                           { QStringLiteral("fairChecked"), b.fairChecked } });
        const QJsonObject object {
            { QStringLiteral("id"), idea.id },
            { QStringLiteral("idea"), idea.name },
            { QStringLiteral("metric"), metric->name },
            { QStringLiteral("direction"), directionKey(metric->direction) },
            { QStringLiteral("baselines"), baselines },
            { QStringLiteral("target"), jsonNumber(a.target) },
            { QStringLiteral("lowerBound"), jsonNumber(a.lowerBound) },
            { QStringLiteral("lowerBoundLabel"), a.lowerBoundLabel },
            { QStringLiteral("bestModel"), jsonNumber(a.bestModel) },
            { QStringLiteral("bestModelName"), a.bestModelName },
            { QStringLiteral("gapToTarget"), jsonNumber(gapToTarget) },
            { QStringLiteral("overLowerBound"), jsonNumber(overLowerBound) },
            { QStringLiteral("position"), positionKey(a.position) },
            { QStringLiteral("notes"), QJsonArray::fromStringList(a.notes) },
        };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table({ QCoreApplication::translate("mlp", "kind"),
                      QCoreApplication::translate("mlp", "value"),
                      QCoreApplication::translate("mlp", "fair"),
                      QCoreApplication::translate("mlp", "label") });
    table.setRightAligned(1);
    for (const Baseline &b : rungs)
        table.addRow({ baselineKindKey(b.kind), io::numberText(b.value),
                       b.kind == BaselineKind::PublishedResult
                           ? (b.fairChecked ? QCoreApplication::translate("mlp", "yes")
                                            : QCoreApplication::translate("mlp", "no"))
                           : QStringLiteral("-"),
                       b.label });
    context.out << QCoreApplication::translate("mlp", "Baselines of %1 on %2 (%3 is better):")
                       .arg(quoted(idea.name), quoted(metric->name),
                            directionKey(metric->direction))
                << QLatin1Char('\n') << table.toString() << QLatin1Char('\n')
                << QCoreApplication::translate("mlp", "Target: %1").arg(numberOrDash(a.target))
                << QLatin1Char('\n')
                << QCoreApplication::translate("mlp", "Lower bound: %1 %2")
                       .arg(numberOrDash(a.lowerBound),
                            a.lowerBoundLabel.isEmpty() ? QString() : quoted(a.lowerBoundLabel))
                       .trimmed()
                << QLatin1Char('\n')
                << QCoreApplication::translate("mlp", "Best model: %1 %2")
                       .arg(numberOrDash(a.bestModel),
                            a.bestModelName.isEmpty() ? QString() : quoted(a.bestModelName))
                       .trimmed()
                << QLatin1Char('\n')
                << QCoreApplication::translate("mlp", "Gap to the target: %1")
                       .arg(numberOrDash(gapToTarget))
                << QLatin1Char('\n')
                << QCoreApplication::translate("mlp", "Ahead of the lower bound by: %1")
                       .arg(numberOrDash(overLowerBound))
                << QLatin1Char('\n');
    for (const QString &note : a.notes)
        context.out << note << QLatin1Char('\n');
    return Success;
}

const QList<Action> &actions()
{
    static const QList<Action> all {
        { QLatin1String("add"),
          QLatin1String("FILE IDEA LABEL KIND VALUE"),
          { QStringLiteral("source"), QStringLiteral("fair") },
          add },
        { QLatin1String("remove"), QLatin1String("FILE IDEA LABEL"), {}, remove },
        { QLatin1String("metric"), QLatin1String("FILE IDEA METRIC"), {}, metric },
        { QLatin1String("ladder"), QLatin1String("FILE IDEA"), { QStringLiteral("json") }, ladder },
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
            "The portfolio file; IDEA is an idea's id or name; KIND is one of %1; VALUE is on "
            "the baseline metric, which must be one of the idea's metrics.")
            .arg(kindKeys()));
    parser.addOption(
        QCommandLineOption(QStringLiteral("source"),
                           QCoreApplication::translate("mlp", "add: where the number comes from."),
                           QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("fair"),
        QCoreApplication::translate(
            "mlp",
            "add: a published result whose comparison was checked as fair (only such results "
            "count towards the lower bound).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        QCoreApplication::translate("mlp", "ladder: print the ladder as JSON.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    return runAction(context, parser, QLatin1String("baseline"), actions());
}

} // namespace

Command baselineCommand()
{
    return { QLatin1String("baseline"),
             QT_TRANSLATE_NOOP("mlp",
                               "Add or remove baselines, choose their metric, and print "
                               "the ladder with the target and the best model."),
             QLatin1String("ACTION FILE ARGUMENTS..."), configure, execute };
}

} // namespace mlp::cli
