#include "ui/board/boardcardview.h"

#include "ui/models/ideasmodel.h"

#include <QDrag>

namespace mlp::ui {

BoardCardView::BoardCardView(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(3);
    setResizeMode(QListView::Adjust); // cards follow the column's width
}

QList<qint64> BoardCardView::selectedIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        ids.append(index.data(IdeasModel::IdRole).toLongLong());
    return ids;
}

// Our own drag: the standard one removes the source rows after a MoveAction.
void BoardCardView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(model()->mimeData(selectionModel()->selectedIndexes()));
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        const QRect rect = visualRect(current);
        QPixmap card(rect.size() * devicePixelRatioF());
        card.setDevicePixelRatio(devicePixelRatioF());
        card.fill(Qt::transparent);
        viewport()->render(&card, QPoint(), QRegion(rect));
        drag->setPixmap(card);
        drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    }
    drag->exec(Qt::MoveAction);
}

} // namespace mlp::ui
