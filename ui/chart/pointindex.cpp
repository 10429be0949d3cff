#include "ui/chart/pointindex.h"

#include <algorithm>
#include <cmath>

namespace mlp::ui {

PointIndex::PointIndex(int cellsPerAxis)
    : m_cells(std::max(1, cellsPerAxis))
    , m_grid(static_cast<size_t>(m_cells * m_cells))
{ }

void PointIndex::clear()
{
    for (auto &c : m_grid)
        c.clear();
    m_size = 0;
}

int PointIndex::cellOf(double v) const
{
    if (!std::isfinite(v))
        return 0;
    const int c = static_cast<int>(std::floor(v / kExtent * m_cells));
    return std::clamp(c, 0, m_cells - 1);
}

std::vector<int> &PointIndex::cell(QPointF value)
{
    return m_grid[static_cast<size_t>(cellOf(value.y()) * m_cells + cellOf(value.x()))];
}

void PointIndex::insert(int key, QPointF value)
{
    cell(value).push_back(key);
    ++m_size;
}

void PointIndex::remove(int key, QPointF value)
{
    auto &c = cell(value);
    const auto it = std::find(c.begin(), c.end(), key);
    if (it != c.end()) {
        *it = c.back();
        c.pop_back();
        --m_size;
    }
}

void PointIndex::move(int key, QPointF from, QPointF to)
{
    if (&cell(from) == &cell(to))
        return;
    remove(key, from);
    insert(key, to);
}

} // namespace mlp::ui
