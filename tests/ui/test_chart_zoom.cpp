// Reading a crowded chart: zoom and pan, points at the edges, quadrant names and the selected
// point kept in sight, and manual placements thinned out where there are many.

#include "charttestsupport.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview.h"

#include <QAction>
#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QSignalSpy>
#include <QUndoStack>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using mlp::ui::PortfolioChartView;
using namespace mlp::ui::charttest;

namespace {

class ChartZoomTest : public ChartTest
{
protected:
    void wheel(QPointF chartPos, int notches)
    {
        auto [w, local] = target(chartPos);
        ASSERT_NE(w, nullptr);
        QWheelEvent event(QPointF(local), QPointF(w->mapToGlobal(local)), QPoint(),
                          QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(w, &event);
        settle();
    }

    QAction *zoomAction(const char *name) const
    {
        const QList<QAction *> actions = m_chart->zoomActions();
        const auto found = std::find_if(actions.cbegin(), actions.cend(), [name](QAction *a) {
            return a->objectName() == QLatin1String(name);
        });
        return found == actions.cend() ? nullptr : *found;
    }

    // The topmost scene item under a chart position, as drawn.
    QGraphicsItem *topItemAt(QPointF chartPos) const
    {
        auto *view = m_chart->findChild<QChartView *>(QStringLiteral("portfolioChartPlot"));
        const QPoint inView = view->viewport()->mapFrom(m_chart.get(), chartPos.toPoint());
        return view->itemAt(inView);
    }
};

// Ideas spread over the whole scale, with some in every corner.
mlp::Portfolio grid(int perAxis)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Grid");
    qint64 id = 1;
    for (int x = 1; x <= perAxis; ++x) {
        for (int y = 1; y <= perAxis; ++y) {
            mlp::Idea i
                = idea(id, QStringLiteral("Idea %1").arg(id), 1 + (y - 1) % 5, 1 + (x - 1) % 5);
            // Spread the answers so that the points do not all sit on 5 × 5 spots.
            for (int q = 0; q < mlp::kQuestionCount; q += 3)
                i.raters[0].answers[static_cast<size_t>(q)] = static_cast<qint8>(1 + (id + q) % 5);
            p.ideas.append(i);
            ++id;
        }
    }
    return p;
}

} // namespace

TEST_F(ChartZoomTest, WheelZoomsAroundTheCursorAndResetShowsEverythingAgain)
{
    open(smallPortfolio());
    const QRectF full = m_chart->visibleRange();
    const QPointF before = m_chart->positionOf(1);
    ASSERT_FALSE(m_chart->isZoomed());
    EXPECT_FALSE(zoomAction("actionChartResetZoom")->isEnabled());

    wheel(before, 3);
    EXPECT_TRUE(m_chart->isZoomed());
    EXPECT_LT(m_chart->visibleRange().width(), full.width() * 0.6);
    EXPECT_NEAR(m_chart->positionOf(1).x(), before.x(), 1.5) << "the point under the cursor stays";
    EXPECT_NEAR(m_chart->positionOf(1).y(), before.y(), 1.5);
    EXPECT_TRUE(zoomAction("actionChartResetZoom")->isEnabled());
    // Hit-testing follows the zoom.
    EXPECT_TRUE(
        m_chart->toolTipAt(m_chart->positionOf(1).toPoint()).contains(QStringLiteral("Churn")));

    zoomAction("actionChartResetZoom")->trigger();
    settle();
    EXPECT_FALSE(m_chart->isZoomed());
    EXPECT_EQ(m_chart->visibleRange(), full);
    EXPECT_NEAR(m_chart->positionOf(1).x(), before.x(), 0.5);
    EXPECT_NEAR(m_chart->positionOf(1).y(), before.y(), 0.5);
}

TEST_F(ChartZoomTest, ZoomActionsAndDoubleClick)
{
    open(smallPortfolio());
    zoomAction("actionChartZoomIn")->trigger();
    zoomAction("actionChartZoomIn")->trigger();
    settle();
    EXPECT_TRUE(m_chart->isZoomed());
    const double zoomed = m_chart->visibleRange().width();
    zoomAction("actionChartZoomOut")->trigger();
    settle();
    EXPECT_GT(m_chart->visibleRange().width(), zoomed);

    // A double click on an empty spot shows the whole chart.
    const QPointF empty = m_chart->plotArea().topLeft() + QPointF(3, 40);
    ASSERT_TRUE(m_chart->toolTipAt(empty.toPoint()).isEmpty());
    auto [w, local] = target(empty);
    QTest::mouseDClick(w, Qt::LeftButton, Qt::NoModifier, local);
    settle();
    EXPECT_FALSE(m_chart->isZoomed());
}

TEST_F(ChartZoomTest, DraggingAnEmptySpotPansAndLeavesTheIdeasAlone)
{
    open(smallPortfolio());
    m_chart->zoomIn();
    m_chart->zoomIn();
    m_chart->zoomIn();
    settle();
    const QRectF before = m_chart->visibleRange();
    QSignalSpy clicks(m_chart.get(), &PortfolioChartView::ideaClicked);
    const QPointF from = m_chart->plotArea().topLeft() + QPointF(200, 30);
    ASSERT_TRUE(m_chart->toolTipAt(from.toPoint()).isEmpty()) << "the drag starts on an empty spot";
    drag(from, from + QPointF(-120, 60));
    const QRectF after = m_chart->visibleRange();
    EXPECT_GT(after.left(), before.left() + 0.3) << "dragging left shows what lies to the right";
    EXPECT_GT(after.top(), before.top() + 0.1) << "dragging down shows higher impact";
    EXPECT_NEAR(after.width(), before.width(), 1e-6);
    EXPECT_EQ(clicks.count(), 0);
    EXPECT_EQ(m_document->undoStack()->count(), 0);
}

TEST_F(ChartZoomTest, PointsAtTheEdgesAreDrawnWhole)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Edges");
    p.ideas = { idea(1, QStringLiteral("Best"), 5, 5), idea(2, QStringLiteral("Worst"), 1, 1) };
    p.ideas[0].accuracyRequirement = 0.9999; // the largest marker
    open(p);
    const QRectF plot = m_chart->plotArea();
    for (qint64 id : { 1, 2 }) {
        const QPointF at = m_chart->positionOf(id);
        const double r = mlp::ui::ChartStyle::markerSize(m_chart->sizeMode(), 3) / 2;
        EXPECT_TRUE(plot.contains(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r))))
            << id << ": " << at.x() << "," << at.y();
    }
}

TEST_F(ChartZoomTest, QuadrantNamesStayAbovePointsAndInView)
{
    open(mlp::generatedPortfolio(4000, 7, m_clock.now()), QSize(1000, 700));
    for (int q = 0; q < 4; ++q) {
        const QRectF name = m_chart->quadrantNameRect(q);
        ASSERT_FALSE(name.isNull()) << q;
        EXPECT_TRUE(m_chart->plotArea().contains(name)) << q;
        for (QPointF at : { name.center(), name.topLeft() + QPointF(4, 4),
                            name.bottomRight() - QPointF(4, 4) }) {
            QGraphicsItem *top = topItemAt(at);
            ASSERT_NE(top, nullptr);
            EXPECT_EQ(top->data(0).toString(), QStringLiteral("quadrantName")) << q;
        }
        for (const QRectF &label : m_chart->labelRects())
            EXPECT_FALSE(label.intersects(name)) << q;
    }
    // Zoomed into the middle of the "do first" quadrant, its name is still shown.
    const QPointF doFirst = m_chart->thresholdPosition()
        + (m_chart->plotArea().topRight() - m_chart->thresholdPosition()) / 2;
    wheel(doFirst, 6);
    ASSERT_TRUE(m_chart->isZoomed());
    const QRectF name = m_chart->quadrantNameRect(int(mlp::Quadrant::DoFirst));
    ASSERT_FALSE(name.isNull());
    EXPECT_TRUE(m_chart->plotArea().contains(name));
}

TEST_F(ChartZoomTest, LabelsDoNotCollide)
{
    open(mlp::generatedPortfolio(10000, 7, m_clock.now()), QSize(1000, 700));
    const QList<QRectF> labels = m_chart->labelRects();
    ASSERT_GT(labels.size(), 0);
    for (int i = 0; i < labels.size(); ++i) {
        EXPECT_TRUE(m_chart->plotArea().contains(labels[i]));
        for (int j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels[i].adjusted(-2, -2, 2, 2).intersects(labels[j]))
                << "labels " << i << " and " << j << " touch";
    }
}

TEST_F(ChartZoomTest, SelectingAnIdeaOutsideTheZoomedRangeBringsItIntoView)
{
    open(grid(6));
    // Zoom into the bottom left corner; idea 36 sits at the top right.
    const QRectF plot = m_chart->plotArea();
    wheel(plot.bottomLeft() + QPointF(20, -20), 8);
    ASSERT_TRUE(m_chart->isZoomed());
    const QRectF zoomedPlot = m_chart->plotArea();
    ASSERT_FALSE(zoomedPlot.contains(m_chart->positionOf(36)));
    const double width = m_chart->visibleRange().width();

    m_chart->setSelectedIds({ 36 });
    settle();
    EXPECT_TRUE(m_chart->plotArea().contains(m_chart->positionOf(36)));
    EXPECT_NEAR(m_chart->visibleRange().width(), width, 1e-6) << "panned, not zoomed out";
    EXPECT_TRUE(m_chart->labelTexts().contains(QStringLiteral("Idea 36")));
}

TEST_F(ChartZoomTest, TheSelectedPointIsDrawnAboveThePointsOverIt)
{
    // Two ideas on the same spot; the series draws the second over the first.
    mlp::Portfolio p;
    p.name = QStringLiteral("Stacked");
    p.ideas = { idea(1, QStringLiteral("Under"), 3, 3, mlp::Archetype::Software2),
                idea(2, QStringLiteral("Over"), 3, 3, mlp::Archetype::Autonomous) };
    open(p);
    m_chart->setSizeMode(PortfolioChartView::SizeMode::Uniform);
    settle();
    const QPoint at = m_chart->positionOf(1).toPoint();
    ASSERT_EQ(at, m_chart->positionOf(2).toPoint());
    const auto colour = [](mlp::Archetype a) {
        return mlp::ui::ChartStyle::groupColor(PortfolioChartView::ColorMode::Archetype, int(a));
    };
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
            + std::abs(a.blue() - b.blue());
    };
    const QColor unselected = m_chart->grab().toImage().pixelColor(at);
    ASSERT_LT(distance(unselected, colour(mlp::Archetype::Autonomous)),
              distance(unselected, colour(mlp::Archetype::Software2)));

    m_chart->setSelectedIds({ 1 });
    settle();
    const QColor selected = m_chart->grab().toImage().pixelColor(at);
    EXPECT_LT(distance(selected, colour(mlp::Archetype::Software2)), 60);
}

TEST_F(ChartZoomTest, ManyManualPlacementsShowRingsAndLinesOnlyForTheSelected)
{
    mlp::Portfolio p = grid(10);
    for (int i = 0; i < 60; ++i) {
        p.ideas[i].manualOverride
            = mlp::ManualOverride { 9.5 - (i % 10) * 0.9, 9.5 - (i / 10) * 1.5,
                                    QStringLiteral("Pinned") };
    }
    open(p);
    EXPECT_TRUE(m_chart->isMarkedAsOverride(1));
    EXPECT_FALSE(m_chart->isOverrideDetailed(1));
    EXPECT_FALSE(m_chart->isOverrideDetailed(2));
    m_chart->setSelectedIds({ 2 });
    settle();
    EXPECT_TRUE(m_chart->isOverrideDetailed(2));
    EXPECT_FALSE(m_chart->isOverrideDetailed(1));

    // Zoomed in to a few of them, each shows where its answers put it again.
    wheel(m_chart->positionOf(1), 10);
    EXPECT_TRUE(m_chart->isOverrideDetailed(1));
}

TEST_F(ChartZoomTest, FewManualPlacementsKeepTheirDetail)
{
    mlp::Portfolio few = grid(4);
    few.ideas[0].manualOverride = mlp::ManualOverride { 9.0, 9.0, QString() };
    few.ideas[1].manualOverride = mlp::ManualOverride { 1.0, 9.0, QString() };
    open(few);
    EXPECT_TRUE(m_chart->isOverrideDetailed(1));
    EXPECT_TRUE(m_chart->isOverrideDetailed(2));
}

TEST_F(ChartZoomTest, MiddleButtonAndArrowKeysPanEvenWherePointsAreDense)
{
    open(smallPortfolio());
    m_chart->zoomIn();
    m_chart->zoomIn();
    settle();
    const QRectF before = m_chart->visibleRange();
    const QPointF from = m_chart->positionOf(1); // on a point: the left button would move it
    auto [w, local] = target(from);
    ASSERT_NE(w, nullptr);
    QTest::mousePress(w, Qt::MiddleButton, Qt::NoModifier, local);
    for (int step = 1; step <= 4; ++step)
        sendMove(w, local + QPoint(-20 * step, 0), Qt::MiddleButton);
    QTest::mouseRelease(w, Qt::MiddleButton, Qt::NoModifier, local + QPoint(-80, 0));
    settle();
    EXPECT_GT(m_chart->visibleRange().left(), before.left() + 0.2);
    EXPECT_EQ(m_document->undoStack()->count(), 0) << "no idea was moved";

    const QRectF panned = m_chart->visibleRange();
    QTest::keyClick(w->parentWidget(), Qt::Key_Up);
    settle();
    EXPECT_GT(m_chart->visibleRange().top(), panned.top()) << "up shows higher impact";
}

TEST_F(ChartZoomTest, QuadrantNamesMoveAsideForTheSelectedPoint)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Corner");
    p.ideas = { idea(1, QStringLiteral("Best"), 5, 5), idea(2, QStringLiteral("Middle"), 3, 3) };
    open(p);
    m_chart->setSelectedIds({ 1 });
    settle();
    const QPointF at = m_chart->positionOf(1);
    const QRectF mark(at - QPointF(12, 12), QSizeF(24, 24));
    const QRectF name = m_chart->quadrantNameRect(int(mlp::Quadrant::DoFirst));
    ASSERT_FALSE(name.isNull());
    EXPECT_FALSE(name.intersects(mark));
    EXPECT_TRUE(m_chart->plotArea().contains(name));
}

TEST_F(ChartZoomTest, ZoomedInTheBestIdeasInViewAreLabelled)
{
    open(mlp::generatedPortfolio(10000, 7, m_clock.now()), QSize(1000, 700));
    wheel(m_chart->plotArea().center(), 8);
    ASSERT_TRUE(m_chart->isZoomed());
    EXPECT_GT(m_chart->visibleLabelCount(), 0);
    for (const QRectF &label : m_chart->labelRects())
        EXPECT_TRUE(m_chart->plotArea().contains(label));
}

TEST_F(ChartZoomTest, AnArrowPointsToTheSelectedIdeaPannedOutOfView)
{
    open(grid(6));
    m_chart->setSelectedIds({ 36 });
    wheel(m_chart->positionOf(36), 8);
    ASSERT_TRUE(m_chart->plotArea().contains(m_chart->positionOf(36)));
    EXPECT_TRUE(m_chart->selectionPointerRect().isNull()) << "no arrow while it is in view";

    // Pan away with the keyboard: the idea leaves the range, an arrow shows where it went.
    auto [w, local] = target(m_chart->plotArea().center());
    const bool onTheLeft = m_chart->visibleRange().center().x() < 5.0;
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(w->parentWidget(), onTheLeft ? Qt::Key_Right : Qt::Key_Left);
    settle();
    const QPointF away = m_chart->positionOf(36);
    ASSERT_FALSE(m_chart->plotArea().contains(away));
    const QRectF arrow = m_chart->selectionPointerRect();
    ASSERT_FALSE(arrow.isNull());
    EXPECT_TRUE(m_chart->plotArea().contains(arrow));
    const double centre = m_chart->plotArea().center().x();
    EXPECT_EQ(arrow.center().x() < centre, away.x() < centre) << "it points towards the idea";

    // Clicking the arrow brings the idea back into view.
    auto [pw, plocal] = target(arrow.center());
    QTest::mouseClick(pw, Qt::LeftButton, Qt::NoModifier, plocal);
    settle();
    EXPECT_TRUE(m_chart->plotArea().contains(m_chart->positionOf(36)));
    EXPECT_TRUE(m_chart->selectionPointerRect().isNull());
}
