#pragma once

#include <QHash>
#include <QtGlobal>

namespace mlp {

// Where each idea id sits in a list (a portfolio's ideas, a model's rows, a file being read):
// the one id -> position map the core, the document and the views keep, so that finding an
// idea by id takes constant time instead of a walk through the list.
class IdIndex
{
public:
    // Positions 0..n-1 for the ids of `items` in order; `idOf(item)` gives an item's id.
    template<typename Range, typename IdOf> void rebuild(const Range &items, IdOf idOf)
    {
        m_positions.clear();
        m_positions.reserve(qsizetype(items.size()));
        int position = 0;
        for (const auto &item : items)
            m_positions.insert(idOf(item), position++);
    }
    void clear() { m_positions.clear(); }
    void reserve(qsizetype size) { m_positions.reserve(size); }
    void insert(qint64 id, int position) { m_positions.insert(id, position); }
    void remove(qint64 id) { m_positions.remove(id); }

    int positionOf(qint64 id) const { return m_positions.value(id, -1); } // -1 when absent
    bool contains(qint64 id) const { return m_positions.contains(id); }
    qsizetype size() const { return m_positions.size(); }
    bool isEmpty() const { return m_positions.isEmpty(); }

private:
    QHash<qint64, int> m_positions;
};

} // namespace mlp
