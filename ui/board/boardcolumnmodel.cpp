#include "ui/board/boardcolumnmodel.h"

#include "core/domain/lifecycle.h"
#include "ui/board/boardmime.h"
#include "ui/models/ideasmodel.h"

namespace mlp::ui {

BoardColumnModel::BoardColumnModel(int stage, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_stage(stage)
{
    setDynamicSortFilter(true);
    sort(0);
}

qint64 BoardColumnModel::idAt(int row) const
{
    return index(row, 0).data(IdeasModel::IdRole).toLongLong();
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (m_stage == kFinishedLane)
        return flags; // a finished project moves only after it is reopened
    return index.isValid() ? (flags | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled)
                           : (flags | Qt::ItemIsDropEnabled);
}

QStringList BoardColumnModel::mimeTypes() const
{
    return { boardMimeType() };
}

QMimeData *BoardColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes)
        ids.append(index.data(IdeasModel::IdRole).toLongLong());
    return boardMimeData(ids);
}

Qt::DropActions BoardColumnModel::supportedDropActions() const
{
    return m_stage == kFinishedLane ? Qt::IgnoreAction : Qt::MoveAction;
}

Qt::DropActions BoardColumnModel::supportedDragActions() const
{
    return m_stage == kFinishedLane ? Qt::IgnoreAction : Qt::MoveAction;
}

bool BoardColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return m_stage != kFinishedLane && action == Qt::MoveAction && data
        && data->hasFormat(boardMimeType());
}

bool BoardColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = idsFromBoardMime(data);
    if (ids.isEmpty())
        return false;
    emit cardsDropped(ids);
    return true;
}

bool BoardColumnModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *ideas = qobject_cast<const IdeasModel *>(sourceModel());
    if (!ideas || sourceParent.isValid())
        return false;
    const Lifecycle &lifecycle = ideas->ideaAt(sourceRow).lifecycle;
    if (m_stage == kFinishedLane)
        return lifecycle.outcome != Outcome::Active;
    return lifecycle.outcome == Outcome::Active && static_cast<int>(lifecycle.stage) == m_stage;
}

bool BoardColumnModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *ideas = qobject_cast<const IdeasModel *>(sourceModel());
    if (!ideas)
        return false;
    const int a = ideas->rankAt(left.row());
    const int b = ideas->rankAt(right.row());
    // Unranked (0) last, then by rank; ties keep the file's order.
    if ((a == 0) != (b == 0))
        return b == 0;
    return a != b ? a < b : left.row() < right.row();
}

} // namespace mlp::ui
