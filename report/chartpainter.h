#pragma once

// The feasibility-versus-impact chart painted as vectors onto any QPainter, in a given
// rectangle: quadrants with their names, axes with ticks and titles, a point per scored idea and
// labels placed so that none overlaps another, a point or a quadrant's name (a label that
// cannot be placed is left out and counted). It knows nothing of the device: the PDF summary
// paints it on a QPdfWriter, and the window could paint it on a widget.

#include "core/domain/idea.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>

class QPainter;
class QPaintDevice;

namespace mlp::report {

struct ChartPoint
{
    qint64 id = 0;
    QString label;
    double feasibility = 0; // x, 0..10
    double impact = 0;      // y, 0..10
    Quadrant quadrant = Quadrant::Avoid;
};

// What the chart shows, as values: no portfolio, no scores to compute.
struct ChartValues
{
    QList<ChartPoint> points; // labels are placed in this order: the first ones win
    double impactThreshold = 5;
    double feasibilityThreshold = 5;
    std::array<QString, 4> quadrantNames; // indexed by Quadrant
    QString xTitle;
    QString yTitle;

    // The scored ideas in rank order, the portfolio's thresholds and quadrant names.
    static ChartValues fromRanking(const Portfolio &portfolio, const QList<RankedIdea> &ranked);
};

struct ChartLabel
{
    int point = -1; // index into ChartValues::points
    QRectF rect;    // where its text goes
    QString text;   // the label, elided when long
};

// Where everything goes in a rectangle, before (or without) painting.
struct ChartGeometry
{
    QRectF plot;                             // the 0..10 square's rectangle
    QList<QPointF> points;                   // centre of each point, as ChartValues::points
    qreal radius = 0;                        // of a point's marker
    std::array<QRectF, 4> quadrantNameRects; // indexed by Quadrant
    QList<ChartLabel> labels;                // placed labels, none overlapping
    int labelsLeftOut = 0;                   // labels that found no free place
};

class ChartPainter
{
public:
    ChartPainter(ChartValues values, QFont font);

    // Lays the chart out in `rect` with the font measured on `device`.
    ChartGeometry layout(const QRectF &rect, QPaintDevice *device) const;
    // Paints the chart in `rect` on the painter's device; returns the layout it painted.
    ChartGeometry paint(QPainter &painter, const QRectF &rect) const;

    const ChartValues &values() const { return m_values; }

private:
    QPointF map(const QRectF &plot, double feasibility, double impact) const;

    ChartValues m_values;
    QFont m_font;
};

} // namespace mlp::report
