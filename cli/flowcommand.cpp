// mlplanner flow FILE [--json]: where the portfolio's projects get stuck, replayed from the
// recorded moves (core/domain/flow.h).
#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/clock.h"
#include "core/domain/flow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mlp::cli {

namespace {

QString optionalDuration(const std::optional<qint64> &seconds)
{
    return seconds ? formatDuration(*seconds) : QStringLiteral("-");
}

struct StuckIdea
{
    const Idea *idea;
    CurrentStay stay;
};

QList<StuckIdea> stuckIdeas(const QList<Idea> &ideas, const FlowAnalytics &flow,
                            const QDateTime &now)
{
    QList<StuckIdea> stuck;
    for (const Idea &idea : ideas) {
        const CurrentStay stay = currentStay(idea, flow, now);
        if (stay.overP85)
            stuck.append({ &idea, stay });
    }
    std::stable_sort(stuck.begin(), stuck.end(), [](const StuckIdea &a, const StuckIdea &b) {
        return a.stay.seconds > b.stay.seconds;
    });
    return stuck;
}

QString stagesTable(const FlowAnalytics &flow)
{
    TextTable table({ QCoreApplication::translate("mlp", "stage"),
                      QCoreApplication::translate("mlp", "now"),
                      QCoreApplication::translate("mlp", "visits"),
                      QCoreApplication::translate("mlp", "median"),
                      QCoreApplication::translate("mlp", "85th pct") });
    for (int column = 1; column <= 4; ++column)
        table.setRightAligned(column);
    for (Stage stage : kAllStages) {
        const StageTime &time = flow.time[static_cast<int>(stage)];
        table.addRow({ stageKey(stage), QString::number(flow.activeNow[static_cast<int>(stage)]),
                       QString::number(time.visits), optionalDuration(time.medianSeconds),
                       optionalDuration(time.p85Seconds) });
    }
    return table.toString();
}

QString backwardText(const FlowAnalytics &flow)
{
    if (flow.backwardMoves == 0)
        return QCoreApplication::translate("mlp", "No backward moves.") + QLatin1Char('\n');
    QString text = QCoreApplication::translate("mlp", "Backward moves (%1 of %2 moves):")
                       .arg(flow.backwardMoves)
                       .arg(flow.backwardMoves + flow.forwardMoves)
        + QLatin1Char('\n');
    for (auto it = flow.backwardByPair.cbegin(); it != flow.backwardByPair.cend(); ++it) {
        text += QStringLiteral("  %1 -> %2: %3\n")
                    .arg(stageKey(it.key().first), stageKey(it.key().second))
                    .arg(it.value());
        for (const BackwardReasonCount &reason : flow.reasonsByPair.value(it.key()))
            text += QStringLiteral("    %1: %2\n")
                        .arg(backwardReasonText(reason.key), QString::number(reason.count));
    }
    return text;
}

QString flowText(const QList<Idea> &ideas, const FlowAnalytics &flow, const QDateTime &now)
{
    QString text
        = QCoreApplication::translate("mlp", "Projects: %1 active, %2 shipped, %3 shelved.")
              .arg(flow.activeNow[0] + flow.activeNow[1] + flow.activeNow[2] + flow.activeNow[3])
              .arg(flow.shipped)
              .arg(flow.shelved)
        + QLatin1Char('\n') + QLatin1Char('\n');
    text += QCoreApplication::translate("mlp", "Time in each stage, over finished stays:")
        + QLatin1Char('\n');
    text += stagesTable(flow) + QLatin1Char('\n');
    text += backwardText(flow) + QLatin1Char('\n');
    const QList<StuckIdea> stuck = stuckIdeas(ideas, flow, now);
    if (stuck.isEmpty()) {
        text += QCoreApplication::translate(
                    "mlp",
                    "No active project has been in its stage longer than 85% of past stays there.")
            + QLatin1Char('\n');
    } else {
        text += QCoreApplication::translate("mlp",
                                            "In their stage longer than 85% of past stays there:")
            + QLatin1Char('\n');
        for (const StuckIdea &item : stuck) {
            text += QStringLiteral("  %1 (%2, %3)\n")
                        .arg(item.idea->name, stageKey(item.idea->lifecycle.stage),
                             formatDuration(item.stay.seconds));
        }
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate(
                "mlp",
                "The cumulative flow (projects in each stage over time) is in the --json output.")
        + QLatin1Char('\n');
    return text;
}

QJsonObject stagesJson(const FlowAnalytics &flow)
{
    QJsonObject stages;
    for (Stage stage : kAllStages) {
        const StageTime &time = flow.time[static_cast<int>(stage)];
        stages.insert(
            stageKey(stage),
            QJsonObject {
                { QStringLiteral("now"), flow.activeNow[static_cast<int>(stage)] },
                { QStringLiteral("visits"), time.visits },
                { QStringLiteral("finishedVisits"), time.finishedVisits },
                { QStringLiteral("medianSeconds"),
                  time.medianSeconds ? QJsonValue(double(*time.medianSeconds)) : QJsonValue() },
                { QStringLiteral("p85Seconds"),
                  time.p85Seconds ? QJsonValue(double(*time.p85Seconds)) : QJsonValue() },
            });
    }
    return stages;
}

QJsonArray backwardJson(const FlowAnalytics &flow)
{
    QJsonArray pairs;
    for (auto it = flow.backwardByPair.cbegin(); it != flow.backwardByPair.cend(); ++it) {
        QJsonArray reasons;
        for (const BackwardReasonCount &reason : flow.reasonsByPair.value(it.key()))
            reasons.append(QJsonObject { { QStringLiteral("reason"), reason.key },
                                         { QStringLiteral("count"), reason.count } });
        pairs.append(QJsonObject { { QStringLiteral("from"), stageKey(it.key().first) },
                                   { QStringLiteral("to"), stageKey(it.key().second) },
                                   { QStringLiteral("count"), it.value() },
                                   { QStringLiteral("reasons"), reasons } });
    }
    return pairs;
}

QJsonArray cumulativeJson(const FlowAnalytics &flow)
{
    QJsonArray points;
    for (const FlowPoint &point : flow.cumulative) {
        QJsonObject row { { QStringLiteral("day"), point.day.toString(Qt::ISODate) } };
        for (Stage stage : kAllStages)
            row.insert(stageKey(stage), point.inStage[static_cast<int>(stage)]);
        row.insert(QStringLiteral("shipped"), point.shipped);
        row.insert(QStringLiteral("shelved"), point.shelved);
        points.append(row);
    }
    return points;
}

QString flowJson(const QList<Idea> &ideas, const FlowAnalytics &flow, const QDateTime &now)
{
    QJsonArray stuck;
    for (const StuckIdea &item : stuckIdeas(ideas, flow, now))
        stuck.append(
            QJsonObject { { QStringLiteral("id"), item.idea->id },
                          { QStringLiteral("idea"), item.idea->name },
                          { QStringLiteral("stage"), stageKey(item.idea->lifecycle.stage) },
                          { QStringLiteral("seconds"), double(item.stay.seconds) } });
    const QJsonObject root {
        { QStringLiteral("at"), formatTimestamp(now) },
        { QStringLiteral("shipped"), flow.shipped },
        { QStringLiteral("shelved"), flow.shelved },
        { QStringLiteral("stages"), stagesJson(flow) },
        { QStringLiteral("forwardMoves"), flow.forwardMoves },
        { QStringLiteral("backwardMoves"), flow.backwardMoves },
        { QStringLiteral("backward"), backwardJson(flow) },
        { QStringLiteral("stuck"), stuck },
        { QStringLiteral("bucketDays"), flow.bucketDays },
        { QStringLiteral("cumulative"), cumulativeJson(flow) },
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"),
                           QCoreApplication::translate(
                               "mlp", "Write the analytics, with the cumulative flow, as JSON.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const auto opened = openPortfolio(context.stores, parser.positionalArguments().at(0));
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const QList<Idea> &ideas = opened->portfolio.ideas;
    const QDateTime now = context.clock.now();
    const FlowAnalytics flow = analyseFlow(ideas, now);
    context.out << (parser.isSet(QStringLiteral("json")) ? flowJson(ideas, flow, now)
                                                         : flowText(ideas, flow, now));
    return Success;
}

} // namespace

Command flowCommand()
{
    return { QLatin1String("flow"),
             QT_TRANSLATE_NOOP("mlp",
                               "Show where projects get stuck: projects per stage, time "
                               "in each stage, backward moves and their reasons."),
             QLatin1String("FILE"), configure, execute };
}

} // namespace mlp::cli
