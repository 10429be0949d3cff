#include "cli/command.h"
#include "cli/texttable.h"
#include "cli/utf8table.h"

#include "core/domain/clock.h"
#include "core/domain/flow.h"
#include "core/domain/lifecycle.h"

#include "core/io/jsonwriter_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace mlp::cli {

namespace {

// One recorded move with what the outputs show of its idea, taken as the ideas are read: the
// ideas themselves are not kept.
struct Move
{
    Transition transition;
    qint64 id;
    QString name;
    // The portfolio's order of the idea (its position, then the order it was read in) and the
    // move's place in its history: the tie-break of moves at the same time.
    qint64 position;
    qint64 read;
    qsizetype step;
};

struct Moves
{
    // Grown by moving its moves (a QList copied each one: a tenth of `history` at 100,000).
    std::vector<Move> moves;
    LifecycleStats total;
    qint64 ideasRead = 0;

    void add(const Idea &idea, qint64 position, const QDateTime &now)
    {
        const qint64 read = ideasRead++;
        const QList<Transition> &history = idea.lifecycle.history;
        for (qsizetype k = 0; k < history.size(); ++k)
            moves.push_back({ history.at(k), idea.id, idea.name, position, read, k });
        accumulate(total, lifecycleStats(idea.lifecycle, now));
    }
    // By time; moves at the same time in the portfolio's order of their ideas, each idea's in
    // the order of its history (what a stable sort of the portfolio's moves by time gives).
    void sort()
    {
        std::sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
            if (a.transition.at != b.transition.at)
                return a.transition.at < b.transition.at;
            return std::tie(a.position, a.read, a.step) < std::tie(b.position, b.read, b.step);
        });
    }
};

QByteArray movesTable(const std::vector<Move> &moves, bool withIdea)
{
    QStringList header { QCoreApplication::translate("mlp", "when"),
                         QCoreApplication::translate("mlp", "who") };
    if (withIdea)
        header << QCoreApplication::translate("mlp", "idea");
    header << QCoreApplication::translate("mlp", "from") << QCoreApplication::translate("mlp", "to")
           << QCoreApplication::translate("mlp", "reason");
    Utf8Table table(header);
    table.reserve(qsizetype(moves.size()), 64);
    for (const Move &move : moves) {
        const Transition &t = move.transition;
        table.cell(formatTimestamp(t.at));
        table.cell(t.who);
        if (withIdea)
            table.cell(move.name);
        table.cell(stageKey(t.from));
        table.cell(stageKey(t.to));
        table.cell(moveReasonText(t));
    }
    return table.toUtf8();
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
QByteArray historyJson(const std::vector<Move> &moves, const LifecycleStats &stats)
{
    io::json::JsonWriter w(1024 + qsizetype(moves.size()) * 300);
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
        const Transition &t = move.transition;
        w.element();
        w.beginObject();
        w.member("at", formatTimestamp(t.at));
        w.member("checklistOverride", t.checklistOverrideNote);
        w.member("from", stageKey(t.from));
        w.key("id");
        w.integer(move.id);
        w.member("idea", move.name);
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
    const QDateTime now = context.clock.now();
    Moves moves;
    qsizetype ideaCount = 0;
    std::optional<Idea> single;
    if (arguments.size() > 1) {
        const auto opened = openPortfolio(context.stores, arguments.at(0));
        if (!opened)
            return fail(context, Refused, opened.error().message);
        const Portfolio &portfolio = opened->portfolio;
        const auto index = resolveIdea(portfolio, arguments.at(1));
        if (!index)
            return fail(context, Refused, index.error().message);
        single = portfolio.ideas.at(*index);
        moves.add(*single, 0, now);
        ideaCount = 1;
    } else {
        // Every idea, each read, checked and counted as it comes, none kept.
        const auto store = openStore(context.stores, arguments.at(0), PortfolioStore::Access::Read);
        if (!store)
            return fail(context, Refused, store.error().message);
        Portfolio settings;
        const Status read
            = (*store)->readEachIdea(settings, [&](const Idea &idea, qint64 position) {
                  moves.add(idea, position, now);
                  ++ideaCount;
              });
        if (!read)
            return fail(context, Refused, read.error().message);
    }
    moves.sort();

    if (parser.isSet(QStringLiteral("json"))) {
        context.outBytes = historyJson(moves.moves, moves.total);
        return Success;
    }

    QByteArray bytes;
    if (moves.moves.empty())
        bytes += (QCoreApplication::translate("mlp", "No recorded moves.") + QLatin1Char('\n'))
                     .toUtf8();
    else
        bytes += movesTable(moves.moves, arguments.size() == 1);
    QString text = QStringLiteral("\n");
    if (single) {
        const Idea &idea = *single;
        text += QCoreApplication::translate("mlp", "\"%1\" is in %2 (%3).")
                    .arg(idea.name, stageKey(idea.lifecycle.stage),
                         outcomeKey(idea.lifecycle.outcome))
            + QLatin1Char('\n');
    } else {
        text += QCoreApplication::translate("mlp", "All %n idea(s):", nullptr, int(ideaCount))
            + QLatin1Char('\n');
    }
    text += statsText(moves.total);
    bytes += text.toUtf8();
    context.outBytes = std::move(bytes);
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
