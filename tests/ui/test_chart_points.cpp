// The points themselves: one scene item paints them all, however many ideas there are, and
// what changes (a point placed by hand, a zoom, a filter) is painted where it now is.

#include "charttestsupport.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"

#include <QChartView>
#include <QGraphicsScene>
#include <QImage>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using mlp::ui::PortfolioChartView;
using namespace mlp::ui::charttest;

namespace {

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue());
}

QColor archetypeColour(mlp::Archetype archetype)
{
    return mlp::ui::ChartStyle::groupColor(PortfolioChartView::ColorMode::Archetype,
                                           int(archetype));
}

class ChartPointsTest : public ChartTest
{
protected:
    QColor pixelAt(QPointF chartPos) const
    {
        return m_chart->grab().toImage().pixelColor(chartPos.toPoint());
    }
    int sceneItemCount() const
    {
        auto *view = m_chart->findChild<QChartView *>(QStringLiteral("portfolioChartPlot"));
        return view ? int(view->scene()->items().size()) : -1;
    }
};

TEST_F(ChartPointsTest, TheSceneDoesNotGrowWithTheNumberOfIdeas)
{
    open(mlp::generatedPortfolio(3000, 7, m_clock.now()));
    int plotted = 0;
    for (const mlp::Idea &idea : m_document->portfolio().ideas)
        plotted += m_chart->positionOf(idea.id).isNull() ? 0 : 1;
    ASSERT_GT(plotted, 2500);
    // Axes, grid, quadrants, labels, spreads and marks are bounded; the points are one item.
    EXPECT_LT(sceneItemCount(), 300);
}

TEST_F(ChartPointsTest, APointPlacedByHandIsPaintedWhereItLandsAndGoneFromWhereItWas)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("One");
    p.ideas = { idea(1, QStringLiteral("Mover"), 2, 2, mlp::Archetype::Autonomous) };
    open(p);
    m_chart->setSizeMode(PortfolioChartView::SizeMode::Uniform);
    settle();
    const QColor colour = archetypeColour(mlp::Archetype::Autonomous);
    const QPointF from = m_chart->positionOf(1);
    const QPointF to = from + QPointF(120, -90);
    const QColor emptyThere = pixelAt(to);
    ASSERT_LT(distance(pixelAt(from), colour), 130);
    ASSERT_GT(distance(emptyThere, colour), 150);

    drag(from, to);
    const QPointF landed = m_chart->positionOf(1);
    ASSERT_LT(QLineF(landed, to).length(), 8.0);
    EXPECT_LT(distance(pixelAt(landed), colour), 130) << "painted where it now is";
    // Where the answers put it, a white ring marks the old place; the point is not there.
    EXPECT_GT(distance(pixelAt(from), colour), 150) << "not left behind where it was";

    m_document->undoStack()->undo();
    settle();
    EXPECT_LT(distance(pixelAt(from), colour), 130) << "undo paints it back";
    EXPECT_GT(distance(pixelAt(landed), colour), 150);
}

TEST_F(ChartPointsTest, ZoomingPaintsEveryPointInViewAtItsNewPlace)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Two");
    p.ideas = { idea(1, QStringLiteral("Left"), 3, 2, mlp::Archetype::Software2),
                idea(2, QStringLiteral("Right"), 3, 4, mlp::Archetype::HumanInTheLoop) };
    open(p);
    m_chart->setSizeMode(PortfolioChartView::SizeMode::Uniform);
    settle();
    const QPointF before = m_chart->positionOf(2);
    m_chart->zoomIn();
    m_chart->zoomIn();
    settle();
    for (qint64 id : { 1, 2 }) {
        const QPointF at = m_chart->positionOf(id);
        if (!m_chart->plotArea().contains(at))
            continue;
        const mlp::Archetype a
            = id == 1 ? mlp::Archetype::Software2 : mlp::Archetype::HumanInTheLoop;
        EXPECT_LT(distance(pixelAt(at), archetypeColour(a)), 130) << "idea " << id;
    }
    const QPointF after = m_chart->positionOf(2);
    ASSERT_GT(QLineF(before, after).length(), 20.0);
    if (m_chart->plotArea().contains(before)) {
        EXPECT_GT(distance(pixelAt(before), archetypeColour(mlp::Archetype::HumanInTheLoop)), 150);
    }
}

TEST_F(ChartPointsTest, AFilterPaintsOnlyTheIdeasItLists)
{
    open(smallPortfolio());
    m_chart->setSizeMode(PortfolioChartView::SizeMode::Uniform);
    mlp::ui::IdeasModel model(m_document.get());
    mlp::ui::IdeaFilterModel filter;
    filter.setSourceModel(&model);
    m_chart->setFilterModel(&filter);
    settle();
    const QPointF invoice = m_chart->positionOf(2);
    const QColor colour = archetypeColour(mlp::Archetype::HumanInTheLoop);
    ASSERT_LT(distance(pixelAt(invoice), colour), 130);

    filter.setText(QStringLiteral("churn"));
    settle();
    EXPECT_TRUE(m_chart->positionOf(2).isNull());
    EXPECT_GT(distance(pixelAt(invoice), colour), 150) << "a hidden idea is not painted";

    filter.setText(QString());
    settle();
    EXPECT_LT(distance(pixelAt(invoice), colour), 130) << "and is painted again when listed";
}

} // namespace
