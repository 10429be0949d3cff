#include "ui/chart/chartpointsitem.h"

#include "ui/chart/chartstyle.h"

#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

namespace {

// Beyond this many small repaints before the next paint, one repaint of the whole plot is
// cheaper than tracking them (a filter that hides thousands of points).
constexpr int kSmallUpdatesUpTo = 256;
// A repaint of less than this share of the plot finds its points through the index; a larger
// one walks every layer in drawing order, which needs no sorting.
constexpr double kIndexedShare = 0.25;

} // namespace

PointsItem::PointsItem(const QList<PlottedPoint> &points, const QList<QList<int>> &layerKeys,
                       const PointIndex &index, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_points(points)
    , m_layerKeys(layerKeys)
    , m_index(index)
{
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    // The points are painted once into a cache in device pixels; hover rings, labels and drag
    // previews over them then repaint from the cache instead of stamping every point again.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void PointsItem::setLayers(const QList<Layer> &layers, const QList<int> &drawOrder)
{
    m_layers = layers;
    m_drawOrder = drawOrder;
    m_rankOfLayer = QList<int>(layers.size(), 0);
    for (int rank = 0; rank < drawOrder.size(); ++rank)
        m_rankOfLayer[drawOrder[rank]] = rank;
    m_largest = 0;
    for (const Layer &layer : layers)
        m_largest = std::max(m_largest, layer.size);
    m_markers.clear();
    m_markerRatio = 0;
    allChanged();
}

void PointsItem::setGeometry(const QRectF &plot, const QRectF &range)
{
    if (plot == m_plot && range == m_range)
        return;
    if (plot != m_plot)
        prepareGeometryChange();
    m_plot = plot;
    m_range = range;
    allChanged();
}

QPointF PointsItem::toItem(QPointF value) const
{
    return QPointF(m_plot.left() + (value.x() - m_range.left()) / m_range.width() * m_plot.width(),
                   m_plot.bottom()
                       - (value.y() - m_range.top()) / m_range.height() * m_plot.height());
}

QPointF PointsItem::toValue(QPointF itemPos) const
{
    return QPointF(
        m_range.left() + (itemPos.x() - m_plot.left()) / m_plot.width() * m_range.width(),
        m_range.top() + (m_plot.bottom() - itemPos.y()) / m_plot.height() * m_range.height());
}

void PointsItem::pointChanged(QPointF value, int layer)
{
    if (m_wholePending || m_plot.isEmpty() || m_range.isEmpty())
        return;
    if (++m_pendingUpdates > kSmallUpdatesUpTo) {
        allChanged();
        return;
    }
    const double r
        = (layer >= 0 && layer < m_layers.size() ? m_layers[layer].size : m_largest) / 2 + 2;
    const QPointF c = toItem(value);
    update(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
}

void PointsItem::allChanged()
{
    m_wholePending = true;
    update();
}

QRectF PointsItem::boundingRect() const
{
    return m_plot;
}

void PointsItem::prepareMarkers(qreal devicePixelRatio)
{
    if (m_markerRatio == devicePixelRatio && m_markers.size() == m_layers.size())
        return;
    m_markers.clear();
    for (const Layer &layer : std::as_const(m_layers))
        m_markers.append(
            ChartStyle::markerImage(layer.size, layer.fill, layer.outline, devicePixelRatio));
    m_markerRatio = devicePixelRatio;
}

// The keys of the points that may show in `exposed` (item coordinates), in drawing order.
void PointsItem::collectExposed(const QRectF &exposed, std::vector<int> &keys) const
{
    const QPointF a = toValue(exposed.topLeft());
    const QPointF b = toValue(exposed.bottomRight());
    m_index.collect(
        QRectF(a, b).normalized(), [this](int k) { return m_points[k].value; }, keys);
    std::sort(keys.begin(), keys.end(), [this](int x, int y) {
        const PlottedPoint &p = m_points[x];
        const PlottedPoint &q = m_points[y];
        const int rp = m_rankOfLayer[p.layer], rq = m_rankOfLayer[q.layer];
        return rp != rq ? rp < rq : p.slot < q.slot;
    });
}

void PointsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_pendingUpdates = 0;
    m_wholePending = false;
    if (m_plot.isEmpty() || m_range.isEmpty() || m_layers.isEmpty())
        return;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    prepareMarkers(ratio);
    // A point is drawn where any part of its marker shows.
    const double margin = m_largest / 2 + 1;
    const QRectF exposed = option->exposedRect.intersected(m_plot);
    if (exposed.isEmpty())
        return;
    const QRectF reach = exposed.adjusted(-margin, -margin, margin, margin);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    const auto stamp = [&](const PlottedPoint &p) {
        const QPointF c = toItem(p.value);
        if (!reach.contains(c))
            return;
        const double half = m_layers[p.layer].size / 2;
        // On whole device pixels, so that the marker is copied rather than resampled.
        painter->drawImage(QPointF(std::round((c.x() - half) * ratio) / ratio,
                                   std::round((c.y() - half) * ratio) / ratio),
                           m_markers[p.layer]);
    };
    const double share = (exposed.width() * exposed.height()) / (m_plot.width() * m_plot.height());
    if (share < kIndexedShare) {
        std::vector<int> keys;
        collectExposed(reach, keys);
        for (int key : keys)
            stamp(m_points[key]);
        return;
    }
    for (int layer : std::as_const(m_drawOrder)) {
        if (layer >= m_layerKeys.size())
            continue;
        for (int key : m_layerKeys[layer])
            stamp(m_points[key]);
    }
}

} // namespace mlp::ui
