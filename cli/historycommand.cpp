#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/clock.h"
#include "core/domain/flow.h"
#include "core/domain/lifecycle.h"

#include "core/io/jsonwriter_p.h"

#include <QCoreApplication>

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
            text += QStringLiteral("  %1: %2\n")
                        .arg(backwardReasonText(it.key()), QString::number(it.value()));
    }
    return text;
}

// Written directly as bytes in the form QJsonDocument::toJson(Indented) gives (members in
// QJsonObject's order, by key), as the export is: building a QJsonObject per move and
// serialising them took longer than loading the portfolio.
QByteArray historyJson(QList<Move> moves, const LifecycleStats &stats)
{
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        return a.transition->at < b.transition->at;
    });
    io::json::JsonWriter w(1024 + moves.size() * 300);
    auto counts = [&w](const char *key, const QMap<QString, qint64> &map) {
        w.key(key);
        w.beginObject();
        io::json::forEachInJsonOrder(map, [&w](const QString &name, qint64 count) {
            w.key(name);
            w.integer(count);
        });
        w.endObject();
    };
    w.beginObject();
    QMap<QString, qint64> byPair;
    for (auto it = stats.backwardByPair.cbegin(); it != stats.backwardByPair.cend(); ++it)
        byPair.insert(stageKey(it.key().first) + QLatin1Char('>') + stageKey(it.key().second),
                      it.value());
    counts("backwardByPair", byPair);
    QMap<QString, qint64> byReason;
    for (auto it = stats.backwardByReason.cbegin(); it != stats.backwardByReason.cend(); ++it)
        byReason.insert(it.key(), it.value());
    counts("backwardByReason", byReason);
    w.key("backwardMoves");
    w.integer(stats.backwardMoves);
    w.key("forwardMoves");
    w.integer(stats.forwardMoves);
    w.key("moves");
    w.beginArray();
    for (const Move &move : moves) {
        const Transition &t = *move.transition;
        w.element();
        w.beginObject();
        w.member("at", formatTimestamp(t.at));
        w.member("checklistOverride", t.checklistOverrideNote);
        w.member("from", stageKey(t.from));
        w.key("id");
        w.integer(move.idea->id);
        w.member("idea", move.idea->name);
        w.member("reason", t.reason);
        w.member("to", stageKey(t.to));
        w.member("trigger", t.triggerId);
        w.member("who", t.who);
        w.endObject();
    }
    w.endArray();
    QMap<QString, qint64> seconds;
    for (Stage stage : kAllStages)
        seconds.insert(stageKey(stage), stats.secondsInStage[static_cast<int>(stage)]);
    counts("secondsInStage", seconds);
    w.endObject();
    return w.take();
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
    qsizetype moveCount = 0;
    for (const Idea *idea : ideas)
        moveCount += idea->lifecycle.history.size();
    QList<Move> moves;
    moves.reserve(moveCount);
    LifecycleStats total;
    for (const Idea *idea : ideas) {
        for (const Transition &transition : idea->lifecycle.history)
            moves.append({ idea, &transition });
        accumulate(total, lifecycleStats(idea->lifecycle, now));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        context.outBytes = historyJson(moves, total);
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
