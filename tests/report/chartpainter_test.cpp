// The chart's labels never overlap one another, a point or a quadrant's name; the ones that
// find no place are counted, not drawn over others.

#include "report/chartpainter.h"
#include "tests/support/generatedportfolio.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace mlp::testing {
namespace {

using report::ChartGeometry;
using report::ChartPainter;
using report::ChartValues;

const QDateTime kNow(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

QFont chartFont()
{
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR") });
    font.setPointSizeF(8);
    return font;
}

void expectNoCollision(const ChartGeometry &g)
{
    for (int i = 0; i < g.labels.size(); ++i) {
        const QRectF &a = g.labels[i].rect;
        EXPECT_TRUE(g.plot.contains(a)) << "label " << i << " leaves the plot";
        for (int j = i + 1; j < g.labels.size(); ++j)
            ASSERT_FALSE(a.intersects(g.labels[j].rect)) << "labels " << i << " and " << j;
        for (const QPointF &p : g.points) {
            const QRectF marker(p.x() - g.radius, p.y() - g.radius, 2 * g.radius, 2 * g.radius);
            ASSERT_FALSE(a.intersects(marker)) << "label " << i << " covers a point";
        }
        for (const QRectF &name : g.quadrantNameRects)
            ASSERT_FALSE(a.intersects(name)) << "label " << i << " covers a quadrant's name";
    }
}

TEST(ChartPainter, LabelsNeverOverlapAndTheRestAreCounted)
{
    const Portfolio portfolio = generatedPortfolio(400, 11, kNow);
    const ChartValues values = ChartValues::fromRanking(portfolio, rankIdeas(portfolio));
    ASSERT_GT(values.points.size(), 300);
    QImage image(1200, 800, QImage::Format_ARGB32);
    const ChartPainter chart(values, chartFont());
    const ChartGeometry g = chart.layout(QRectF(0, 0, 1200, 800), &image);
    EXPECT_EQ(g.points.size(), values.points.size());
    EXPECT_GT(g.labels.size(), 5);
    EXPECT_GT(g.labelsLeftOut, 0);
    EXPECT_EQ(g.labels.size() + g.labelsLeftOut, values.points.size());
    expectNoCollision(g);
    // The first in the ranking is labelled first.
    EXPECT_EQ(g.labels.first().point, 0);
}

TEST(ChartPainter, PaintsOnAnyPainterWhatItLaysOut)
{
    ChartValues values;
    values.quadrantNames = { QStringLiteral("Do first"), QStringLiteral("Big bet"),
                             QStringLiteral("Small win"), QStringLiteral("Avoid") };
    values.points = { { 1, QStringLiteral("고객 이탈 예측"), 7.5, 8, Quadrant::DoFirst },
                      { 2, QStringLiteral("Invoice reader"), 2, 3, Quadrant::Avoid } };
    QImage image(600, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const ChartPainter chart(values, chartFont());
    QPainter painter(&image);
    const ChartGeometry painted = chart.paint(painter, QRectF(0, 0, 600, 400));
    painter.end();
    EXPECT_EQ(painted.labels.size(), 2);
    EXPECT_EQ(painted.labelsLeftOut, 0);
    expectNoCollision(painted);
    // The point of the first idea is painted in its quadrant's colour.
    const QPoint at = painted.points.first().toPoint();
    EXPECT_NE(image.pixelColor(at), QColor(Qt::white));
}

} // namespace
} // namespace mlp::testing
