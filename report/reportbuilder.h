#pragma once

#include "core/domain/flow.h"
#include "core/domain/idea.h"
#include "core/report/reportwriter.h"
#include "report/chartpainter.h"
#include "report/pageflow.h"

#include <QCoreApplication>

#include <optional>

namespace mlp::report {

// Lays out the summary's sections, in order, into a PageFlow: the cover, the chart, the ranked
// table, a page per project, the lifecycle analytics and the glossary, each when the options
// ask for it. Pure layout: nothing is painted here.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(mlp::report)

public:
    ReportBuilder(const Portfolio &portfolio, const ReportOptions &options, const Fonts &fonts,
                  PageFlow &flow);

    void build();
    // The chart, when the summary has one (its values, painted by ChartPainter).
    const std::optional<ChartPainter> &chart() const { return m_chart; }
    int projectPages() const { return m_projectPages; }
    int labelsLeftOut() const { return m_labelsLeftOut; }

    // "3 days" / "–": whole days, for the tables.
    static QString daysText(qint64 seconds);
    static QString dateTimeText(const QDateTime &at);
    static QString portfolioTitle(const Portfolio &portfolio);

private:
    void cover();
    void executiveSummary();
    void bullets(const QStringList &items, int count); // at most `count`, then "and N more"
    void chartPage();
    void ranking();
    void projectPage(int index);
    void projectScoring(const Idea &idea, const Score &score);
    void projectLifecycle(const Idea &idea);
    void projectMetrics(const Idea &idea);
    void projectBaselines(const Idea &idea);
    void lifecycle();
    void glossary();
    QString bestModelText(const Idea &idea) const;

    const Portfolio &m_portfolio;
    const ReportOptions &m_options;
    const Fonts &m_fonts;
    PageFlow &m_flow;
    QDateTime m_now;
    QList<RankedIdea> m_ranked;
    QList<int> m_rankOf;   // by index into portfolio.ideas, 1-based; 0 = not ranked
    QList<Score> m_scores; // by index into portfolio.ideas
    FlowAnalytics m_analytics;
    std::optional<ChartPainter> m_chart;
    int m_projectPages = 0;
    int m_labelsLeftOut = 0;
};

} // namespace mlp::report
