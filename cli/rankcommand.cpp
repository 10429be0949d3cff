#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/scoreformat.h"
#include "core/domain/scoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlp::cli {

namespace {

QJsonValue jsonScore(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString rankJson(const Portfolio &portfolio, const QList<RankedIdea> &ranked)
{
    QJsonArray ideas;
    for (const RankedIdea &entry : ranked) {
        const Idea &idea = portfolio.ideas.at(entry.index);
        QJsonArray raters;
        for (const Rater &rater : idea.raters)
            raters.append(rater.name);
        ideas.append(QJsonObject {
            { QStringLiteral("rank"), entry.rank },
            { QStringLiteral("id"), idea.id },
            { QStringLiteral("name"), idea.name },
            { QStringLiteral("impact"), jsonScore(entry.score.impact) },
            { QStringLiteral("feasibility"), jsonScore(entry.score.feasibility) },
            { QStringLiteral("priority"),
              entry.score.priority < 0 ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(entry.score.priority) },
            { QStringLiteral("quadrant"), quadrantName(entry.score.quadrant, portfolio.config) },
            { QStringLiteral("completeness"), entry.score.completeness },
            { QStringLiteral("raters"), raters },
            { QStringLiteral("stage"), stageKey(idea.lifecycle.stage) },
            { QStringLiteral("outcome"), outcomeKey(idea.lifecycle.outcome) },
        });
    }
    return QString::fromUtf8(QJsonDocument(ideas).toJson(QJsonDocument::Indented));
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
    for (const RankedIdea &entry : ranked) {
        const Idea &idea = portfolio.ideas.at(entry.index);
        table.addRow({ QString::number(entry.rank), formatScore(entry.score.impact, u"-"),
                       formatScore(entry.score.feasibility, u"-"),
                       quadrantName(entry.score.quadrant, portfolio.config),
                       QString::number(qRound(entry.score.completeness * 100)) + QLatin1Char('%'),
                       QString::number(idea.raters.size()), stageShortName(idea.lifecycle.stage),
                       QString::number(idea.id), idea.name });
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
    context.out << (parser.isSet(QStringLiteral("json")) ? rankJson(portfolio, ranked)
                                                         : rankTable(portfolio, ranked));
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
