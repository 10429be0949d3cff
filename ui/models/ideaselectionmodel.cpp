#include "ui/models/ideaselectionmodel.h"

#include "ui/document/selection.h"
#include "ui/models/ideasmodel.h"

#include <QAbstractProxyModel>
#include <QScopedValueRollback>

namespace mlp::ui {

IdeaSelectionModel::IdeaSelectionModel(QAbstractProxyModel *rows, IdeasModel *ideas,
                                       Selection *selection, QObject *parent)
    : QItemSelectionModel(rows, parent)
    , m_rows(rows)
    , m_ideas(ideas)
    , m_selection(selection)
{
    connect(this, &QItemSelectionModel::selectionChanged, this, &IdeaSelectionModel::record);
    // A filter rebuilds the rows as one layout change (IdeaFilterModel::refilter), after which
    // the selection holds only the rows still listed but says nothing of those it dropped.
    connect(rows, &QAbstractItemModel::layoutChanged, this, &IdeaSelectionModel::record);
    connect(selection, &Selection::changed, this, &IdeaSelectionModel::follow);
    follow();
}

QModelIndex IdeaSelectionModel::rowOf(qint64 id) const
{
    const int row = m_ideas->rowOf(id);
    return row < 0 ? QModelIndex() : m_rows->mapFromSource(m_ideas->index(row, 0));
}

qint64 IdeaSelectionModel::idAt(const QModelIndex &row) const
{
    const QModelIndex source = m_rows->mapToSource(row);
    return source.isValid() ? m_ideas->idAt(source.row()) : 0;
}

void IdeaSelectionModel::follow()
{
    if (m_recording)
        return;
    QItemSelection rows;
    QModelIndex first;
    QModelIndex current;
    for (qint64 id : m_selection->ids()) {
        const QModelIndex index = rowOf(id);
        if (!index.isValid())
            continue;
        rows.select(index, index);
        if (!first.isValid())
            first = index;
        if (id == m_selection->current())
            current = index;
    }
    if (!current.isValid())
        current = first;
    {
        const QScopedValueRollback guard(m_following, true);
        select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (current.isValid())
            setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    emit followed(current);
}

// Rows selected here, and rows that left the selection because they are no longer listed (a
// filter, an idea removed).
void IdeaSelectionModel::record()
{
    if (m_following)
        return;
    QList<qint64> ids;
    const QModelIndexList rows = selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        if (const qint64 id = idAt(row))
            ids << id;
    }
    const QScopedValueRollback guard(m_recording, true);
    m_selection->select(ids, idAt(currentIndex()));
}

} // namespace mlp::ui
