#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace mlp::ui {

class IdeasModel;

// The ideas an IdeasModel lists, filtered by text (name, owner, description), archetype, stage,
// quadrant and outcome, and sorted by a column (numbers as numbers, text by collation, ties by
// id). A flat proxy of its own rather than a QSortFilterProxyModel: it keeps every source row
// in sorted order, so that a filter change only filters that order again and never sorts, and
// a keystroke that extends the text looks only at the rows still listed (one that shortens
// it, only at those hidden). With 100,000 ideas a keystroke must stay under 50 ms.
//
// A filter change is announced as one layout change (rows scattered over the whole list come
// and go; as ranges of removed and inserted rows they cost the table's headers seconds). An
// edit that moves a row, lists it or hides it is a layout change too, as a sort is.
class IdeaFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr int kAny = -1;

    explicit IdeaFilterModel(QObject *parent = nullptr);

    // An IdeasModel, or null.
    void setSourceModel(QAbstractItemModel *model) override;

    QString text() const { return m_text; }
    int archetype() const { return m_archetype; }
    int stage() const { return m_stage; }
    int quadrant() const { return m_quadrant; }
    int outcome() const { return m_outcome; }

    int sortColumn() const { return m_sortColumn; } // -1: the source's order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;

public slots:
    void setText(const QString &text);
    void setArchetype(int archetype); // int(Archetype) or kAny
    void setStage(int stage);         // int(Stage) or kAny
    void setQuadrant(int quadrant);   // int(Quadrant) or kAny
    void setOutcome(int outcome);     // int(Outcome) or kAny

private:
    // Which rows a filter change must look at again.
    enum class Scope {
        All,
        Listed, // the filter got narrower: only rows listed now can go
        Hidden, // the filter got wider: only rows hidden now can come
    };
    void setCategory(int &current, int value);
    void refilter(Scope scope);
    bool accepts(int sourceRow) const;
    bool lessThan(int left, int right) const; // source rows, in the sort column's order
    bool before(int left, int right) const;   // lessThan in the sort order
    void sortAll();
    // Replaces the listed rows inside a layout change, moving the persistent indexes along.
    void commitRows(std::vector<int> rows);
    void rebuildProxyOf();
    std::vector<int> listedInOrder() const;

    void sourceReset();
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void placeAgain(const std::vector<int> &sourceRows, bool sortMoves);

    IdeasModel *m_ideas = nullptr;
    QString m_text;
    int m_archetype = kAny;
    int m_stage = kAny;
    int m_quadrant = kAny;
    int m_outcome = kAny;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order;   // every source row, in sort order
    std::vector<int> m_rows;    // the listed source rows, in sort order: proxy row -> source row
    std::vector<int> m_proxyOf; // source row -> proxy row, -1 when hidden
    // Across a layout change of the source: the proxy's persistent indexes, as source indexes.
    QList<QPersistentModelIndex> m_layoutSource;
    QModelIndexList m_layoutProxy;
};

} // namespace mlp::ui
