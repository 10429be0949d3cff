#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace mlp::ui {

// A uniform grid over the chart's value space (0..10 on both axes) for hit-testing and hover:
// a query looks at the few cells around the cursor instead of every point.
class PointIndex
{
public:
    static constexpr double kExtent = 10.0;

    explicit PointIndex(int cellsPerAxis = 64);

    void clear();
    // `key` is the caller's handle (an index into its own point table); positions are values.
    void insert(int key, QPointF value);
    void remove(int key, QPointF value);
    void move(int key, QPointF from, QPointF to);
    int size() const { return m_size; }

    // The key nearest to `value` within the ellipse of radii (rx, ry) in value units, scaled so
    // that distances are compared in pixels (`scale` = pixels per value unit on x and y).
    // `positionOf(key)` returns the current value of a key. -1 when nothing is that close.
    template<typename PositionOf>
    int nearest(QPointF value, double radiusPx, QPointF scale, PositionOf positionOf) const;

    // How many keys lie inside a value rectangle.
    template<typename PositionOf> int countIn(const QRectF &valueRect, PositionOf positionOf) const;
    // Appends to `keys` every key inside a value rectangle, in no particular order.
    template<typename PositionOf>
    void collect(const QRectF &valueRect, PositionOf positionOf, std::vector<int> &keys) const;

private:
    int cellOf(double v) const;
    std::vector<int> &cell(QPointF value);

    int m_cells;
    int m_size = 0;
    std::vector<std::vector<int>> m_grid;
};

template<typename PositionOf>
int PointIndex::nearest(QPointF value, double radiusPx, QPointF scale, PositionOf positionOf) const
{
    if (scale.x() <= 0.0 || scale.y() <= 0.0)
        return -1;
    const double rx = radiusPx / scale.x();
    const double ry = radiusPx / scale.y();
    const int x0 = cellOf(value.x() - rx), x1 = cellOf(value.x() + rx);
    const int y0 = cellOf(value.y() - ry), y1 = cellOf(value.y() + ry);
    int best = -1;
    double bestDistance = radiusPx * radiusPx;
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            for (int key : m_grid[static_cast<size_t>(cy * m_cells + cx)]) {
                const QPointF p = positionOf(key);
                const double dx = (p.x() - value.x()) * scale.x();
                const double dy = (p.y() - value.y()) * scale.y();
                const double d = dx * dx + dy * dy;
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = key;
                }
            }
        }
    }
    return best;
}

template<typename PositionOf>
int PointIndex::countIn(const QRectF &valueRect, PositionOf positionOf) const
{
    const QRectF r = valueRect.normalized();
    int count = 0;
    for (int cy = cellOf(r.top()); cy <= cellOf(r.bottom()); ++cy) {
        for (int cx = cellOf(r.left()); cx <= cellOf(r.right()); ++cx) {
            for (int key : m_grid[static_cast<size_t>(cy * m_cells + cx)]) {
                if (r.contains(positionOf(key)))
                    ++count;
            }
        }
    }
    return count;
}

template<typename PositionOf>
void PointIndex::collect(const QRectF &valueRect, PositionOf positionOf,
                         std::vector<int> &keys) const
{
    const QRectF r = valueRect.normalized();
    for (int cy = cellOf(r.top()); cy <= cellOf(r.bottom()); ++cy) {
        for (int cx = cellOf(r.left()); cx <= cellOf(r.right()); ++cx) {
            for (int key : m_grid[static_cast<size_t>(cy * m_cells + cx)]) {
                const QPointF p = positionOf(key);
                if (p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top()
                    && p.y() <= r.bottom())
                    keys.push_back(key);
            }
        }
    }
}

} // namespace mlp::ui
