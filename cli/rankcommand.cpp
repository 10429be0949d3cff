#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/scoreformat.h"
#include "core/domain/scoring.h"

#include "core/io/jsonwriter_p.h"

#include <QCoreApplication>

#include <array>

namespace mlp::cli {

namespace {

// Written directly as bytes in the form QJsonDocument::toJson(Indented) gives (the members in
// QJsonObject's order, by key): building a QJsonArray of 100,000 objects and serialising it
// took longer than loading the portfolio.
QByteArray rankJson(const Portfolio &portfolio, const QList<RankedIdea> &ranked)
{
    io::json::JsonWriter w(64 + ranked.size() * 400);
    auto score = [&w](const char *key, const std::optional<double> &value) {
        w.key(key);
        value ? w.value(*value) : w.null();
    };
    w.beginArray();
    for (const RankedIdea &entry : ranked) {
        const Idea &idea = portfolio.ideas.at(entry.index);
        w.element();
        w.beginObject();
        w.member("completeness", entry.score.completeness);
        score("feasibility", entry.score.feasibility);
        w.key("id");
        w.integer(idea.id);
        score("impact", entry.score.impact);
        w.member("name", idea.name);
        w.member("outcome", outcomeKey(idea.lifecycle.outcome));
        score("priority",
              entry.score.priority < 0 ? std::nullopt : std::optional(entry.score.priority));
        w.member("quadrant", quadrantName(entry.score.quadrant, portfolio.config));
        w.key("rank");
        w.integer(entry.rank);
        w.key("raters");
        w.beginArray();
        for (const Rater &rater : idea.raters) {
            w.element();
            w.value(rater.name);
        }
        w.endArray();
        w.member("stage", stageKey(idea.lifecycle.stage));
        w.endObject();
    }
    w.endArray();
    return w.take();
}

QString rankTable(const Portfolio &portfolio, const QList<RankedIdea> &ranked)
{
    TextTable table(
        { QCoreApplication::translate("mlp", "rank"), QCoreApplication::translate("mlp", "impact"),
          QCoreApplication::translate("mlp", "feasibility"),
          QCoreApplication::translate("mlp", "quadrant"),
          QCoreApplication::translate("mlp", "complete"),
          QCoreApplication::translate("mlp", "raters"), QCoreApplication::translate("mlp", "stage"),
          QCoreApplication::translate("mlp", "id"), QCoreApplication::translate("mlp", "name") });
    for (int column : { 0, 1, 2, 4, 5, 7 })
        table.setRightAligned(column);
    // Translated once per table, not once per row.
    std::array<QString, kStageCount> stages;
    for (Stage stage : kAllStages)
        stages[static_cast<int>(stage)] = stageShortName(stage);
    std::array<QString, 5> quadrants; // the four named ones and Unscored
    for (int q = 0; q < int(quadrants.size()); ++q)
        quadrants[q] = quadrantName(static_cast<Quadrant>(q), portfolio.config);
    for (const RankedIdea &entry : ranked) {
        const Idea &idea = portfolio.ideas.at(entry.index);
        table.addRow({ QString::number(entry.rank), formatScore(entry.score.impact, u"-"),
                       formatScore(entry.score.feasibility, u"-"),
                       quadrants[static_cast<int>(entry.score.quadrant)],
                       QString::number(qRound(entry.score.completeness * 100)) + QLatin1Char('%'),
                       QString::number(idea.raters.size()),
                       stages[static_cast<int>(idea.lifecycle.stage)], QString::number(idea.id),
                       idea.name });
    }
    return table.toString();
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
    const auto opened = openPortfolio(context.stores, parser.positionalArguments().at(0));
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const Portfolio &portfolio = opened->portfolio;
    const QList<RankedIdea> ranked = rankIdeas(portfolio);
    if (parser.isSet(QStringLiteral("json")))
        context.outBytes = rankJson(portfolio, ranked);
    else
        context.out << rankTable(portfolio, ranked);
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
