#include "report/reportbuilder.h"

#include "core/domain/baselines.h"
#include "core/domain/scoreformat.h"

#include <QLocale>

#include <algorithm>

namespace mlp::report {

namespace {

constexpr std::array<Quadrant, 5> kQuadrants { Quadrant::DoFirst, Quadrant::BigBet,
                                               Quadrant::SmallWin, Quadrant::Avoid,
                                               Quadrant::Unscored };

// At most `count` names, then "and N more".
QString someNames(const QStringList &names, int count)
{
    if (names.size() <= count)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate("mlp::report", "%1 and %n more", nullptr,
                                       int(names.size()) - count)
        .arg(names.mid(0, count).join(QStringLiteral(", ")));
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

ReportBuilder::ReportBuilder(const Portfolio &portfolio, const ReportOptions &options,
                             const Fonts &fonts, PageFlow &flow)
    : m_portfolio(portfolio)
    , m_options(options)
    , m_fonts(fonts)
    , m_flow(flow)
    , m_now(options.dataTime.isValid() ? options.dataTime : QDateTime::currentDateTimeUtc())
    , m_ranked(rankIdeas(portfolio))
    , m_rankOf(portfolio.ideas.size(), 0)
    , m_scores(portfolio.ideas.size())
    , m_analytics(analyseFlow(portfolio.ideas, m_now))
{
    for (const RankedIdea &entry : m_ranked) {
        m_rankOf[entry.index] = entry.rank;
        m_scores[entry.index] = entry.score;
    }
}

QString ReportBuilder::daysText(qint64 seconds)
{
    const int days = int(seconds / 86400);
    return tr("%n days", nullptr, days);
}

QString ReportBuilder::dateTimeText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString ReportBuilder::portfolioTitle(const Portfolio &portfolio)
{
    return portfolio.name.trimmed().isEmpty() ? tr("Untitled portfolio") : portfolio.name;
}

void ReportBuilder::build()
{
    if (m_options.has(Section::Cover))
        cover();
    if (m_options.has(Section::Chart) && !m_flow.cancelled())
        chartPage();
    if (m_options.has(Section::Ranking) && !m_flow.cancelled())
        ranking();
    if (m_options.has(Section::Projects)) {
        for (int index : projectsWithPages(m_portfolio, m_ranked, m_options)) {
            if (m_flow.cancelled())
                return;
            projectPage(index);
            ++m_projectPages;
        }
    }
    if (m_options.has(Section::Lifecycle) && !m_flow.cancelled())
        lifecycle();
    if (m_options.has(Section::Glossary) && !m_flow.cancelled())
        glossary();
}

void ReportBuilder::cover()
{
    m_flow.startPage();
    m_flow.space(40);
    m_flow.paragraph(tr("Portfolio summary"), Style::Subheading, 0, 0xff4a5866);
    m_flow.heading(portfolioTitle(m_portfolio), Style::Title, 2);
    m_flow.space(6);
    m_flow.facts({
        { tr("Data as of"), dateTimeText(m_now) },
        { tr("Made with"), tr("ML Planner %1").arg(m_options.appVersion) },
        { tr("Ideas"), QLocale().toString(m_portfolio.ideas.size()) },
    });
    executiveSummary();

    QList<QStringList> quadrantRows;
    std::array<int, 5> byQuadrant {};
    for (const RankedIdea &entry : m_ranked)
        ++byQuadrant[static_cast<int>(entry.score.quadrant)];
    for (Quadrant q : kQuadrants)
        quadrantRows << QStringList { quadrantName(q, m_portfolio.config),
                                      QLocale().toString(byQuadrant[static_cast<int>(q)]) };
    m_flow.heading(tr("Ideas by quadrant"), Style::Subheading);
    m_flow.table({ { tr("Quadrant"), 3 }, { tr("Ideas"), 1, true } }, quadrantRows);

    std::array<std::array<int, kOutcomeCount>, kStageCount> byStage {};
    for (const Idea &idea : m_portfolio.ideas)
        ++byStage[static_cast<int>(idea.lifecycle.stage)][static_cast<int>(idea.lifecycle.outcome)];
    QList<QStringList> stageRows;
    for (Stage stage : kAllStages) {
        QStringList row { stageDisplayName(stage) };
        for (Outcome outcome : kAllOutcomes)
            row << QLocale().toString(byStage[static_cast<int>(stage)][static_cast<int>(outcome)]);
        stageRows << row;
    }
    m_flow.heading(tr("Projects by stage"), Style::Subheading);
    m_flow.table({ { tr("Stage"), 3 },
                   { outcomeDisplayName(Outcome::Active), 1, true },
                   { outcomeDisplayName(Outcome::Shipped), 1, true },
                   { outcomeDisplayName(Outcome::Shelved), 1, true } },
                 stageRows);
}

void ReportBuilder::executiveSummary()
{
    m_flow.heading(tr("Executive summary"));
    const int total = int(m_portfolio.ideas.size());
    int scored = 0;
    QStringList doFirst;
    for (const RankedIdea &entry : m_ranked) {
        if (entry.score.quadrant != Quadrant::Unscored)
            ++scored;
        if (entry.score.quadrant == Quadrant::DoFirst)
            doFirst << quoted(m_portfolio.ideas.at(entry.index).name);
    }
    m_flow.paragraph(tr("The portfolio holds %n ideas, ", nullptr, total)
                     + tr("%n of them scored.", nullptr, scored));
    if (doFirst.isEmpty())
        m_flow.paragraph(
            tr("No idea is in %1 yet.").arg(quadrantName(Quadrant::DoFirst, m_portfolio.config)));
    else
        m_flow.paragraph(
            tr("%n ideas are in %1: %2.", nullptr, int(doFirst.size()))
                .arg(quadrantName(Quadrant::DoFirst, m_portfolio.config), someNames(doFirst, 5)));

    // Projects that moved back, with their latest backward move and its reason, one a line.
    QStringList movedBack;
    for (const RankedIdea &entry : m_ranked) {
        const Idea &idea = m_portfolio.ideas.at(entry.index);
        for (auto it = idea.lifecycle.history.crbegin(); it != idea.lifecycle.history.crend();
             ++it) {
            if (!it->isBackward())
                continue;
            const QString reason = moveReasonText(*it);
            const QString move
                = tr("%1 → %2").arg(stageShortName(it->from), stageShortName(it->to));
            movedBack << (reason.isEmpty()
                              ? tr("%1: %2").arg(quoted(idea.name), move)
                              : tr("%1: %2 — %3").arg(quoted(idea.name), move, reason));
            break;
        }
    }
    if (movedBack.isEmpty()) {
        m_flow.paragraph(tr("No project has moved back a stage."));
    } else {
        m_flow.paragraph(tr("%n projects moved back a stage; the latest move of each:", nullptr,
                            int(movedBack.size())));
        bullets(movedBack, 6);
    }

    QStringList stuck;
    for (const RankedIdea &entry : m_ranked) {
        const Idea &idea = m_portfolio.ideas.at(entry.index);
        const CurrentStay stay = currentStay(idea, m_analytics, m_now);
        if (stay.overP85)
            stuck << tr("%1: %2, %3")
                         .arg(quoted(idea.name), stageShortName(idea.lifecycle.stage),
                              daysText(stay.seconds));
    }
    if (stuck.isEmpty()) {
        m_flow.paragraph(tr("No active project has been in its stage longer than 85% of the "
                            "portfolio's finished stays there."));
    } else {
        m_flow.paragraph(tr("%n projects look stuck, in their stage longer than 85% of the "
                            "portfolio's finished stays there:",
                            nullptr, int(stuck.size())));
        bullets(stuck, 6);
    }
}

void ReportBuilder::bullets(const QStringList &items, int count)
{
    for (int i = 0; i < items.size() && i < count; ++i)
        m_flow.paragraph(QStringLiteral("• ") + items[i], Style::Body, 10);
    if (items.size() > count)
        m_flow.paragraph(tr("… and %n more.", nullptr, int(items.size()) - count), Style::Body, 10);
}

void ReportBuilder::chartPage()
{
    const bool landscape = m_options.chartOrientation == ChartOrientation::Landscape;
    m_flow.startPage(landscape);
    m_flow.heading(tr("Feasibility and impact"));
    ChartValues values = ChartValues::fromRanking(m_portfolio, m_ranked);
    const int unscored = int(m_portfolio.ideas.size() - values.points.size());

    const ScoringConfig &config = m_portfolio.config;
    QStringList drivers;
    for (int d = 0; d < kDriverCount; ++d)
        drivers << tr("%1 (weight %2)")
                       .arg(groupDisplayName(static_cast<QuestionGroup>(d + 1)),
                            formatFigure(config.driverWeights[d]));
    const QStringList definitions {
        tr("Impact: the weighted mean of the answers to the impact questions, mapped from 1–5 "
           "to 0–10."),
        tr("Feasibility: the weighted mean of three cost drivers: %1.")
            .arg(drivers.join(QStringLiteral(", "))),
        tr("Quadrants: impact from %1 and feasibility from %2 count as high. A manual placement "
           "replaces a computed coordinate (see the project's page).")
            .arg(formatScore(config.impactThreshold), formatScore(config.feasibilityThreshold)),
    };
    qreal textHeight = 0;
    const QFontMetricsF &small = m_fonts.metrics(Style::Small);
    for (const QString &line : definitions)
        textHeight += (m_fonts.wrap(line, Style::Small, m_flow.content().width()).size() + 0.3)
            * small.lineSpacing();
    textHeight += 2.6 * small.lineSpacing(); // the note under the chart
    const qreal height = std::min(m_flow.remaining() - textHeight, m_flow.content().width());

    m_chart.emplace(std::move(values), m_fonts.font(Style::Small));
    const QRectF area = m_flow.reserve(std::max(height, m_fonts.pt(120)));
    m_flow.add(ChartItem { area });
    const ChartGeometry geometry = m_chart->layout(area, m_fonts.device());
    m_labelsLeftOut = geometry.labelsLeftOut;

    QStringList notes;
    if (geometry.labelsLeftOut > 0)
        notes << tr("%n labels are left out so that none overlaps another; the ranked table "
                    "lists every idea.",
                    nullptr, geometry.labelsLeftOut);
    if (unscored > 0)
        notes << tr("%n unscored ideas are not on the chart.", nullptr, unscored);
    if (!notes.isEmpty())
        m_flow.paragraph(notes.join(QLatin1Char(' ')), Style::Small, 0, 0xff4a5866);
    for (const QString &line : definitions)
        m_flow.paragraph(line, Style::Small);
}

QString ReportBuilder::bestModelText(const Idea &idea) const
{
    const MetricDef *metric = nullptr;
    for (const MetricDef &m : idea.metrics.metrics) {
        if (m.name == idea.baselineMetric)
            metric = &m;
    }
    if (!metric) {
        if (idea.metrics.metrics.isEmpty() || idea.metrics.results.isEmpty())
            return QStringLiteral("–");
        metric = &idea.metrics.metrics.first();
    }
    const BaselineAnalysis a
        = analyseBaselines(idea.baselines, *metric, modelsInTheRanking(idea.metrics));
    if (!a.bestModel)
        return QStringLiteral("–");
    const QString value = formatFigure(*a.bestModel, 4);
    if (!a.target)
        return tr("%1 (%2)").arg(value, metric->name);
    const bool meets = a.position == BaselineAnalysis::Position::MeetsTarget;
    return (meets ? tr("%1 of %2 %3, met") : tr("%1 of %2 %3, not met"))
        .arg(value, formatFigure(*a.target, 4), metric->name);
}

void ReportBuilder::ranking()
{
    m_flow.startPage();
    m_flow.heading(tr("Ideas by priority"));
    m_flow.paragraph(tr("Priority is the geometric mean of impact and feasibility; unscored "
                        "ideas come last. Days in stage count up to %1.")
                         .arg(dateTimeText(m_now)),
                     Style::Small, 0, 0xff4a5866);
    QList<QStringList> rows;
    rows.reserve(m_ranked.size());
    for (const RankedIdea &entry : m_ranked) {
        const Idea &idea = m_portfolio.ideas.at(entry.index);
        const bool active = idea.lifecycle.outcome == Outcome::Active;
        const QString stage = active
            ? stageShortName(idea.lifecycle.stage)
            : tr("%1 (%2)").arg(stageShortName(idea.lifecycle.stage),
                                outcomeDisplayName(idea.lifecycle.outcome));
        rows << QStringList {
            QString::number(entry.rank),
            idea.name,
            idea.owner,
            archetypeInfo(idea.archetype).name,
            stage,
            active ? QLocale().toString(currentStay(idea, m_analytics, m_now).seconds / 86400)
                   : QStringLiteral("–"),
            formatScore(entry.score.impact, u"–"),
            formatScore(entry.score.feasibility, u"–"),
            quadrantName(entry.score.quadrant, m_portfolio.config),
            formatShare(entry.score.completeness),
            bestModelText(idea),
        };
        if ((rows.size() & 1023) == 0 && m_flow.cancelled())
            return;
    }
    m_flow.table({ { tr("Rank"), 0.5, true },
                   { tr("Name"), 2.45 },
                   { tr("Owner"), 1.1 },
                   { tr("Archetype"), 1.5 },
                   { tr("Stage"), 1.2 },
                   { tr("Days in stage"), 0.75, true },
                   { tr("Impact"), 0.75, true },
                   { tr("Feasibility"), 0.95, true },
                   { tr("Quadrant"), 1.0 },
                   { tr("Complete"), 0.9, true },
                   { tr("Best model against the target"), 1.65 } },
                 rows);
}

} // namespace mlp::report
