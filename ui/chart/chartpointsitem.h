#pragma once

#include "ui/chart/pointindex.h"

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace mlp::ui {

// One idea on the chart: where its scores put it and how it is drawn.
struct PlottedPoint
{
    qint64 id = 0;
    QPointF value;  // (feasibility, impact)
    int layer = -1; // its colour, size and look (shelved or not)
    int slot = -1;  // its place in its layer's drawing order
};

// Every point of the chart as one scene item, painted from the chart's values: a scene item
// per point (as a Qt Charts scatter series keeps) costs hundreds of bytes and a creation and a
// deletion each, which at 100,000 ideas took seconds. The points are stamped from one
// prepared marker image per layer, into the item's cache; a changed point repaints only the
// few pixels around it, and the exposed part is found through the chart's PointIndex, so that
// hover and drag repaint what they touch and not every point.
class PointsItem : public QGraphicsItem
{
public:
    struct Layer
    {
        double size = 0; // the marker's diameter in pixels
        QColor fill;
        QPen outline;
    };

    // The item reads the chart's own tables, which outlive its painting.
    PointsItem(const QList<PlottedPoint> &points, const QList<QList<int>> &layerKeys,
               const PointIndex &index, QGraphicsItem *parent = nullptr);

    // The look of each layer, and the order they are drawn in (first is lowest).
    void setLayers(const QList<Layer> &layers, const QList<int> &drawOrder);
    // The plot's rectangle in the parent's coordinates, and the range of values it shows.
    void setGeometry(const QRectF &plot, const QRectF &range);
    // A point of `layer` appeared, went or changed at `value`: repaint around it.
    void pointChanged(QPointF value, int layer);
    // Everything changed (a rebuild).
    void allChanged();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF toItem(QPointF value) const;
    QPointF toValue(QPointF itemPos) const;
    void prepareMarkers(qreal devicePixelRatio);
    void collectExposed(const QRectF &exposed, std::vector<int> &keys) const;

    const QList<PlottedPoint> &m_points;
    const QList<QList<int>> &m_layerKeys;
    const PointIndex &m_index;
    QList<Layer> m_layers;
    QList<int> m_drawOrder;
    QList<int> m_rankOfLayer; // the position of each layer in m_drawOrder
    QList<QImage> m_markers;  // per layer, at m_markerRatio
    qreal m_markerRatio = 0;
    double m_largest = 0; // the largest marker's diameter
    QRectF m_plot;
    QRectF m_range;
    int m_pendingUpdates = 0; // small repaints asked for since the last paint
    bool m_wholePending = false;
};

} // namespace mlp::ui
