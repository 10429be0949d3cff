#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/clock.h"
#include "core/domain/flow.h"
#include "core/domain/lifecycle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mlp::cli {

namespace {

struct Move
{
    const Idea *idea;
    const Transition *transition;
};

QString movesTable(QList<Move> moves, bool withIdea)
{
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        return a.transition->at < b.transition->at;
    });
    QStringList header { QCoreApplication::translate("mlp", "when"),
                         QCoreApplication::translate("mlp", "who") };
    if (withIdea)
        header << QCoreApplication::translate("mlp", "idea");
    header << QCoreApplication::translate("mlp", "from") << QCoreApplication::translate("mlp", "to")
           << QCoreApplication::translate("mlp", "reason");
    TextTable table(header);
    for (const Move &move : moves) {
        const Transition &t = *move.transition;
        QStringList row { formatTimestamp(t.at), t.who };
        if (withIdea)
            row << move.idea->name;
        row << stageKey(t.from) << stageKey(t.to) << moveReasonText(t);
        table.addRow(row);
    }
    return table.toString();
}

QString statsText(const LifecycleStats &stats)
{
    QString text;
    text += QCoreApplication::translate("mlp", "Moves: %1 forward, %2 backward.")
                .arg(stats.forwardMoves)
                .arg(stats.backwardMoves)
        + QLatin1Char('\n');

    text += QCoreApplication::translate("mlp", "Time in each stage:") + QLatin1Char('\n');
    TextTable time({ QString(), QString(), QString() });
    time.setRightAligned(2);
    for (Stage stage : kAllStages)
        time.addRow({ QString(), stageKey(stage),
                      formatDuration(stats.secondsInStage[static_cast<int>(stage)]) });
    text += time.toString().section(QLatin1Char('\n'), 1);

    if (stats.backwardMoves > 0) {
        text += QCoreApplication::translate("mlp", "Backward moves per pair:") + QLatin1Char('\n');
        for (auto it = stats.backwardByPair.cbegin(); it != stats.backwardByPair.cend(); ++it) {
            text += QStringLiteral("  %1 -> %2: %3\n")
                        .arg(stageKey(it.key().first), stageKey(it.key().second))
                        .arg(it.value());
        }
        text
            += QCoreApplication::translate("mlp", "Backward moves per reason:") + QLatin1Char('\n');
        for (auto it = stats.backwardByReason.cbegin(); it != stats.backwardByReason.cend(); ++it)
            text += QStringLiteral("  %1: %2\n").arg(backwardReasonText(it.key())).arg(it.value());
    }
    return text;
}

QString historyJson(QList<Move> moves, const LifecycleStats &stats)
{
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        return a.transition->at < b.transition->at;
    });
    QJsonArray list;
    for (const Move &move : moves) {
        const Transition &t = *move.transition;
        list.append(QJsonObject {
            { QStringLiteral("at"), formatTimestamp(t.at) },
            { QStringLiteral("who"), t.who },
            { QStringLiteral("id"), move.idea->id },
            { QStringLiteral("idea"), move.idea->name },
            { QStringLiteral("from"), stageKey(t.from) },
            { QStringLiteral("to"), stageKey(t.to) },
            { QStringLiteral("trigger"), t.triggerId },
            { QStringLiteral("reason"), t.reason },
            { QStringLiteral("checklistOverride"), t.checklistOverrideNote },
        });
    }
    QJsonObject seconds;
    for (Stage stage : kAllStages)
        seconds.insert(stageKey(stage), stats.secondsInStage[static_cast<int>(stage)]);
    QJsonObject byPair;
    for (auto it = stats.backwardByPair.cbegin(); it != stats.backwardByPair.cend(); ++it)
        byPair.insert(stageKey(it.key().first) + QLatin1Char('>') + stageKey(it.key().second),
                      it.value());
    QJsonObject byReason;
    for (auto it = stats.backwardByReason.cbegin(); it != stats.backwardByReason.cend(); ++it)
        byReason.insert(it.key(), it.value());
    const QJsonObject root {
        { QStringLiteral("moves"), list },
        { QStringLiteral("forwardMoves"), stats.forwardMoves },
        { QStringLiteral("backwardMoves"), stats.backwardMoves },
        { QStringLiteral("secondsInStage"), seconds },
        { QStringLiteral("backwardByPair"), byPair },
        { QStringLiteral("backwardByReason"), byReason },
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(
        QStringLiteral("IDEA"),
        QCoreApplication::translate("mlp", "Only this idea (id or name); all ideas without it."),
        QStringLiteral("[IDEA]"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        QCoreApplication::translate("mlp", "Write the moves and counts as JSON.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const auto opened = openPortfolio(context.stores, arguments.at(0));
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const Portfolio &portfolio = opened->portfolio;

    QList<const Idea *> ideas;
    if (arguments.size() > 1) {
        const auto index = resolveIdea(portfolio, arguments.at(1));
        if (!index)
            return fail(context, Refused, index.error().message);
        ideas << &portfolio.ideas.at(*index);
    } else {
        for (const Idea &idea : portfolio.ideas)
            ideas << &idea;
    }

    const QDateTime now = context.clock.now();
    QList<Move> moves;
    LifecycleStats total;
    for (const Idea *idea : ideas) {
        for (const Transition &transition : idea->lifecycle.history)
            moves.append({ idea, &transition });
        accumulate(total, lifecycleStats(idea->lifecycle, now));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        context.out << historyJson(moves, total);
        return Success;
    }

    QString text;
    if (moves.isEmpty())
        text += QCoreApplication::translate("mlp", "No recorded moves.") + QLatin1Char('\n');
    else
        text += movesTable(moves, arguments.size() == 1);
    text += QLatin1Char('\n');
    if (ideas.size() == 1) {
        const Idea &idea = *ideas.first();
        text += QCoreApplication::translate("mlp", "\"%1\" is in %2 (%3).")
                    .arg(idea.name, stageKey(idea.lifecycle.stage),
                         outcomeKey(idea.lifecycle.outcome))
            + QLatin1Char('\n');
    } else {
        text += QCoreApplication::translate("mlp", "All %n idea(s):", nullptr, int(ideas.size()))
            + QLatin1Char('\n');
    }
    text += statsText(total);
    context.out << text;
    return Success;
}

} // namespace

Command historyCommand()
{
    return { QLatin1String("history"),
             QT_TRANSLATE_NOOP(
                 "mlp",
                 "Show the recorded stage moves, backward-move counts and time in each stage."),
             QLatin1String("FILE [IDEA]"), configure, execute };
}

} // namespace mlp::cli
