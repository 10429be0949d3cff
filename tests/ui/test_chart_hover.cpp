// What hovering a point leaves behind: nothing. The hover ring going away repaints only its own
// region, so every item drawn there must be found for that region again.

#include "charttestsupport.h"
#include "core/domain/sample.h"
#include "ui/chart/chartitems.h"
#include "ui/chart/portfoliochartview.h"

#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsScene>

#include <gtest/gtest.h>

using namespace mlp::ui::charttest;

namespace {

struct ItemState
{
    int type;
    double z;
    bool visible;
    QRectF bounds;
    bool operator==(const ItemState &) const = default;
};

QList<ItemState> states(QGraphicsScene *scene)
{
    QList<ItemState> out;
    for (QGraphicsItem *item : scene->items(Qt::AscendingOrder))
        out.append({ item->type(), item->zValue(), item->isVisible(), item->sceneBoundingRect() });
    return out;
}

} // namespace

// At the size the report was made, the idea with three raters whose spokes and dots lie over
// its point.
TEST_F(ChartTest, HoveringAPointAndLeavingItRedrawsTheRaterSpreadOverIt)
{
    open(mlp::samplePortfolio(QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC)), QSize(880, 420));
    const qint64 id = 8; // "Automated customer support"
    ASSERT_GE(m_document->portfolio().find(id)->raters.size(), 3);
    auto *view = m_chart->findChild<QChartView *>(QStringLiteral("portfolioChartPlot"));
    ASSERT_NE(view, nullptr);
    QGraphicsScene *scene = view->scene();
    const QPointF at = m_chart->positionOf(id);
    ASSERT_FALSE(at.isNull());
    const QPointF centre = view->mapToScene(view->mapFrom(m_chart.get(), at.toPoint()));
    const QRectF ring(centre - QPointF(14, 14), QSizeF(28, 28));

    const QList<ItemState> before = states(scene);

    auto [w, local] = target(at);
    ASSERT_NE(w, nullptr);
    sendMove(w, local, Qt::NoButton);
    settle();
    ASSERT_FALSE(m_chart->currentToolTip().isEmpty());
    auto [w2, empty] = target(m_chart->thresholdPosition() + QPointF(40, 60));
    sendMove(w2, empty, Qt::NoButton);
    settle();
    ASSERT_TRUE(m_chart->currentToolTip().isEmpty());

    // The same items, stacked the same way, shown or hidden the same way; only the (hidden)
    // hover ring keeps where it last was.
    const QList<ItemState> after = states(scene);
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].z, after[i].z) << i;
        EXPECT_EQ(before[i].visible, after[i].visible) << i;
        if (before[i].visible) {
            EXPECT_EQ(before[i].bounds, after[i].bounds) << i;
        }
    }

    // The view repaints only the region the ring leaves, with the items whose bounds meet it:
    // the idea's spokes and raters' dots start at the point, so its spread must be among them,
    // or the point is drawn over them.
    int spreadsThere = 0;
    for (QGraphicsItem *item : scene->items(ring, Qt::IntersectsItemBoundingRect)) {
        if (item->isVisible() && dynamic_cast<mlp::ui::SpreadItem *>(item))
            ++spreadsThere;
    }
    EXPECT_GE(spreadsThere, 1);

    // And a spread's bounds hold everything it draws: its centre and every rater.
    for (QGraphicsItem *item : scene->items()) {
        auto *spread = dynamic_cast<mlp::ui::SpreadItem *>(item);
        if (!spread || !spread->isVisible())
            continue;
        for (const QPointF &p : spread->raters())
            EXPECT_TRUE(spread->boundingRect().contains(p));
        EXPECT_TRUE(spread->boundingRect().contains(spread->centre()));
    }
}
