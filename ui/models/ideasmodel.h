#pragma once

#include "core/domain/idea.h"
#include "ui/document/changeevents.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>

#include <vector>

namespace mlp::ui {

class Document;

// The document's ideas as a table, one row per idea, in the document's order (row r is
// portfolio().ideas[r]), so that finding an idea, its score or its rank from a row is an array
// access: the filter and sort of 100,000 rows make millions of such look-ups. Rows follow the
// document's change signals one idea at a time (an edit changes its row; a move in the
// ranking changes the rank of the rows that moved); only a new file or an import resets the
// model.
class IdeasModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        NameColumn,
        OwnerColumn,
        ArchetypeColumn,
        StageColumn,
        ImpactColumn,
        FeasibilityColumn,
        QuadrantColumn,
        CompletenessColumn,
        RatersColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole,                  // a number for numeric columns, text otherwise
        ArchetypeRole,             // int(Archetype)
        StageRole,                 // int(Stage)
        OutcomeRole,               // int(Outcome)
        QuadrantRole,              // int(Quadrant)
        OverriddenRole,            // bool: the idea is placed by hand
    };
    Q_ENUM(Role)

    explicit IdeasModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Document *document() const { return m_document; }
    qint64 idAt(int row) const { return m_ids.at(row); }
    int rowOf(qint64 id) const; // -1 when absent
    // Direct access for the filter and sort of the proxy, which must not build strings per row.
    const Idea &ideaAt(int row) const;
    const Score &scoreAt(int row) const;
    int rankAt(int row) const { return m_ranks.at(row); } // kept from rankingChanged
    // Collation keys, made for every row the first time a sort by text asks (opening 100,000
    // ideas sorted by rank does not pay for them) and then kept, so that sorting by text costs
    // a byte comparison.
    const QCollatorSortKey &nameKeyAt(int row) const { return keys().at(row).name; }
    const QCollatorSortKey &ownerKeyAt(int row) const { return keys().at(row).owner; }

private:
    void reset();
    void onIdeaAdded(qint64 id);
    void onIdeaChanged(qint64 id, IdeaAspects aspects);
    void onIdeaRemoved(qint64 id);
    void onRankingChanged(const QList<qint64> &moved);
    void onSettingsChanged();
    int documentIndex(int row) const;
    QVariant displayData(int row, const Idea &idea, const Score &score, int column) const;
    QVariant sortData(int row, const Idea &idea, const Score &score, int column) const;
    QString toolTip(const Idea &idea, const Score &score, int column) const;

    struct SortKeys
    {
        QCollatorSortKey name;
        QCollatorSortKey owner;
    };
    SortKeys keysFor(const Idea &idea) const;
    const std::vector<SortKeys> &keys() const;

    Document *m_document;
    QCollator m_collator;
    QList<qint64> m_ids;
    mutable std::vector<SortKeys> m_keys; // parallel to m_ids, or empty until asked for
    QList<int> m_ranks;                   // parallel to m_ids
};

} // namespace mlp::ui
