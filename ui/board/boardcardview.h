#pragma once

#include <QListView>

namespace mlp::ui {

// One column of cards. Its model (BoardColumnModel) turns a drop into a stage move; this view
// only makes sure a drag never removes rows: the standard startDrag() removes the source rows
// after a drop that reports Qt::MoveAction, so the card would vanish.
class BoardCardView : public QListView
{
    Q_OBJECT

public:
    explicit BoardCardView(QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace mlp::ui
