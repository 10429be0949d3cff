#include "cli/command.h"
#include "cli/utf8table.h"

#include "core/domain/scoreformat.h"
#include "core/domain/scoretable.h"
#include "core/domain/scoring.h"

#include "core/io/jsonwriter_p.h"

#include <QCoreApplication>

#include <array>

namespace mlp::cli {

namespace {

// What rank shows of each idea, taken as the ideas are read one at a time: an Idea of 100,000
// is never held, so memory (and the time of touching it) follows what is printed.
struct Ranking
{
    Portfolio settings; // the name and settings, no ideas
    QList<Score> scores;
    QList<QString> names;
    std::vector<qint64> ids;
    std::vector<quint8> stages;
    std::vector<quint8> outcomes;
    std::vector<qint32> firstRater; // into raters, per idea, and one past the last
    QList<QString> raters;          // the raters' names (shared strings)
    QList<RankedIdea> ranked;       // indices into the lists above

    void add(const Idea &idea)
    {
        scores.append(scoreIdea(idea, settings.config));
        names.append(idea.name);
        ids.push_back(idea.id);
        stages.push_back(quint8(idea.lifecycle.stage));
        outcomes.push_back(quint8(idea.lifecycle.outcome));
        firstRater.push_back(qint32(raters.size()));
        for (const Rater &rater : idea.raters)
            raters.append(rater.name);
    }
    qsizetype raterCount(int index) const
    {
        const size_t i = size_t(index);
        return (i + 1 < firstRater.size() ? firstRater[i + 1] : raters.size()) - firstRater[i];
    }
};

Result<Ranking> readRanking(const PortfolioStore &store)
{
    Ranking ranking;
    const Status read = store.readEachIdea(
        ranking.settings, [&ranking](const Idea &idea, qint64) { ranking.add(idea); });
    if (!read)
        return read.error();
    // rankIdeas()'s order, which does not depend on the order the ideas were read in: priority,
    // then name, then id.
    ranking.ranked = ScoreTable::rankScored(ranking.scores, ranking.names, ranking.ids);
    return ranking;
}

// Written directly as bytes in the form QJsonDocument::toJson(Indented) gives (the members in
// QJsonObject's order, by key): building a QJsonArray of 100,000 objects and serialising it
// took longer than loading the portfolio.
QByteArray rankJson(const Ranking &r)
{
    io::json::JsonWriter w(64 + r.ranked.size() * 400);
    auto score = [&w](const char *key, const std::optional<double> &value) {
        w.key(key);
        value ? w.value(*value) : w.null();
    };
    std::array<QString, 5> quadrants; // the four named ones and Unscored
    for (int q = 0; q < int(quadrants.size()); ++q)
        quadrants[q] = quadrantName(static_cast<Quadrant>(q), r.settings.config);
    w.beginArray();
    for (const RankedIdea &entry : r.ranked) {
        const size_t i = size_t(entry.index);
        w.element();
        w.beginObject();
        w.member("completeness", entry.score.completeness);
        score("feasibility", entry.score.feasibility);
        w.key("id");
        w.integer(r.ids[i]);
        score("impact", entry.score.impact);
        w.member("name", r.names.at(entry.index));
        w.member("outcome", outcomeKey(static_cast<Outcome>(r.outcomes[i])));
        score("priority",
              entry.score.priority < 0 ? std::nullopt : std::optional(entry.score.priority));
        w.member("quadrant", quadrants[static_cast<int>(entry.score.quadrant)]);
        w.key("rank");
        w.integer(entry.rank);
        w.key("raters");
        w.beginArray();
        for (qint32 k = r.firstRater[i], end = k + qint32(r.raterCount(entry.index)); k < end;
             ++k) {
            w.element();
            w.value(r.raters.at(k));
        }
        w.endArray();
        w.member("stage", stageKey(static_cast<Stage>(r.stages[i])));
        w.endObject();
    }
    w.endArray();
    return w.take();
}

// TextTable's table of the ranking, written as UTF-8 (Utf8Table).
QByteArray rankTable(const Ranking &r)
{
    Utf8Table table(
        { QCoreApplication::translate("mlp", "rank"), QCoreApplication::translate("mlp", "impact"),
          QCoreApplication::translate("mlp", "feasibility"),
          QCoreApplication::translate("mlp", "quadrant"),
          QCoreApplication::translate("mlp", "complete"),
          QCoreApplication::translate("mlp", "raters"), QCoreApplication::translate("mlp", "stage"),
          QCoreApplication::translate("mlp", "id"), QCoreApplication::translate("mlp", "name") });
    for (int column : { 0, 1, 2, 4, 5, 7 })
        table.setRightAligned(column);
    table.reserve(r.ranked.size(), 48);
    // Translated once per table, not once per row.
    std::array<QString, kStageCount> stages;
    for (Stage stage : kAllStages)
        stages[static_cast<int>(stage)] = stageShortName(stage);
    std::array<QString, 5> quadrants; // the four named ones and Unscored
    for (int q = 0; q < int(quadrants.size()); ++q)
        quadrants[q] = quadrantName(static_cast<Quadrant>(q), r.settings.config);
    for (const RankedIdea &entry : r.ranked) {
        const size_t i = size_t(entry.index);
        table.cell(entry.rank);
        table.cell(formatScore(entry.score.impact, u"-"));
        table.cell(formatScore(entry.score.feasibility, u"-"));
        table.cell(quadrants[static_cast<int>(entry.score.quadrant)]);
        table.cell(
            QString(QString::number(qRound(entry.score.completeness * 100)) + QLatin1Char('%')));
        table.cell(r.raterCount(entry.index));
        table.cell(stages[r.stages[i]]);
        table.cell(r.ids[i]);
        table.cell(r.names.at(entry.index));
    }
    return table.toUtf8();
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("mlp", "Write the ranking as JSON.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    const auto store = openStore(context.stores, path, PortfolioStore::Access::Read);
    if (!store)
        return fail(context, Refused, store.error().message);
    const Result<Ranking> ranking = readRanking(**store);
    if (!ranking)
        return fail(context, Refused, ranking.error().message);
    context.outBytes
        = parser.isSet(QStringLiteral("json")) ? rankJson(*ranking) : rankTable(*ranking);
    return Success;
}

} // namespace

Command rankCommand()
{
    return { QLatin1String("rank"),
             QT_TRANSLATE_NOOP(
                 "mlp", "List the ideas by priority: impact, feasibility, quadrant, completeness."),
             QLatin1String("FILE"), configure, execute };
}

} // namespace mlp::cli
