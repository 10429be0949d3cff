#pragma once

#include <QSortFilterProxyModel>

namespace mlp::ui {

// One column of the lifecycle board over the window's IdeasModel: the active projects in one
// stage, or (lane) the shipped and shelved ones, in rank order. It filters and sorts only; the
// cards are the IdeasModel's rows, so the board follows every edit the table follows.
class BoardColumnModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int kFinishedLane = -1;

    // `stage` is int(Stage), or kFinishedLane.
    BoardColumnModel(int stage, QObject *parent = nullptr);

    int stage() const { return m_stage; }
    qint64 idAt(int row) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop carry the cards' ids in a MIME type of our own (boardmime.h). A drop never
    // changes rows here: it reports cardsDropped, and the document's move does the rest.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void cardsDropped(const QList<qint64> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_stage;
};

} // namespace mlp::ui
