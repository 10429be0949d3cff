#pragma once

#include <QPointF>
#include <QRectF>

namespace mlp::ui {

// Which part of the value space the plot shows. Values run from 0 to 10 on both axes; the full
// range reaches a little beyond them so that a point at 0 or 10 is drawn whole, not cut in half
// by the edge of the plot. Zooming keeps a point of the user's choice (the cursor) where it is;
// panning slides the range; neither ever leaves the full range.
class ChartZoom
{
public:
    static constexpr double kExtent = 10.0;
    static constexpr double kPadding = 0.35; // value units beyond 0 and 10
    static constexpr double kMinSpan = 0.4;  // the deepest zoom shows this much of an axis
    static constexpr double kStep = 1.25;    // one wheel notch, one Zoom In

    ChartZoom();

    // left..right is feasibility, top..bottom impact (value space: top is the smaller value).
    QRectF range() const { return m_range; }
    static QRectF fullRange();
    bool isZoomed() const;
    bool canZoomIn() const;
    double factor() const; // how many times the full range is magnified

    // Each returns whether the range changed.
    bool zoomAt(QPointF anchor, double factor); // factor > 1 zooms in; `anchor` stays put
    bool panBy(QPointF delta);                  // in value units
    bool reset();
    // Pans as little as needed so that `value` lies inside the range, `margin` (a fraction of
    // the span) away from its edges.
    bool ensureVisible(QPointF value, double margin);

    // Spacing of the axis ticks for a span: 1, 2 or 5 times a power of ten, about 5 per axis.
    static double tickInterval(double span);

private:
    bool setRange(QRectF range);

    QRectF m_range;
};

} // namespace mlp::ui
