#include "ui/models/ideafiltermodel.h"

#include "ui/models/ideasmodel.h"

#include <QItemSelection>

#include <algorithm>
#include <numeric>
#include <utility>

namespace mlp::ui {

namespace {

// More changed rows than this are placed by sorting everything again rather than one by one.
constexpr int kFewRows = 64;

} // namespace

IdeaFilterModel::IdeaFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void IdeaFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_ideas = qobject_cast<IdeasModel *>(model);
    Q_ASSERT(m_ideas || !model);
    QAbstractProxyModel::setSourceModel(m_ideas);
    if (m_ideas) {
        connect(m_ideas, &QAbstractItemModel::modelAboutToBeReset, this,
                &IdeaFilterModel::beginResetModel);
        connect(m_ideas, &QAbstractItemModel::modelReset, this, &IdeaFilterModel::sourceReset);
        connect(m_ideas, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &IdeaFilterModel::sourceRowsAboutToBeRemoved);
        connect(m_ideas, &QAbstractItemModel::rowsRemoved, this,
                &IdeaFilterModel::sourceRowsRemoved);
        connect(m_ideas, &QAbstractItemModel::rowsInserted, this,
                &IdeaFilterModel::sourceRowsInserted);
        connect(m_ideas, &QAbstractItemModel::dataChanged, this,
                &IdeaFilterModel::sourceDataChanged);
        connect(m_ideas, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &IdeaFilterModel::sourceLayoutAboutToBeChanged);
        connect(m_ideas, &QAbstractItemModel::layoutChanged, this,
                &IdeaFilterModel::sourceLayoutChanged);
        connect(m_ideas, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                });
        // The source's columns never change (IdeasModel::ColumnCount). A source destroyed
        // first (as a window closes) leaves no rows, without signals, as Qt's proxies do.
        connect(m_ideas, &QObject::destroyed, this, [this] {
            m_ideas = nullptr;
            m_order.clear();
            m_rows.clear();
            m_proxyOf.clear();
        });
    }
    sourceReset();
}

void IdeaFilterModel::sourceReset()
{
    const int n = m_ideas ? m_ideas->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortAll();
    m_rows.clear();
    for (int row : m_order) {
        if (accepts(row))
            m_rows.push_back(row);
    }
    rebuildProxyOf();
    endResetModel();
}

// ---- filtering ---------------------------------------------------------------------------

void IdeaFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const QString before = std::exchange(m_text, trimmed);
    // A row that contains the longer text contains the shorter one, case aside.
    if (trimmed.contains(before, Qt::CaseInsensitive))
        refilter(Scope::Listed);
    else if (before.contains(trimmed, Qt::CaseInsensitive))
        refilter(Scope::Hidden);
    else
        refilter(Scope::All);
}

void IdeaFilterModel::setCategory(int &current, int value)
{
    if (value == current)
        return;
    const int before = std::exchange(current, value);
    refilter(before == kAny ? Scope::Listed : value == kAny ? Scope::Hidden : Scope::All);
}

void IdeaFilterModel::setArchetype(int archetype)
{
    setCategory(m_archetype, archetype);
}

void IdeaFilterModel::setStage(int stage)
{
    setCategory(m_stage, stage);
}

void IdeaFilterModel::setQuadrant(int quadrant)
{
    setCategory(m_quadrant, quadrant);
}

void IdeaFilterModel::setOutcome(int outcome)
{
    setCategory(m_outcome, outcome);
}

// The rows are filtered in the source's order, which is the ideas' order in memory (walking
// them in sorted order would fetch each idea's memory anew), and listed in their sorted order,
// which stays as it is. The rows listed change in one layout change, and not at all when the
// same rows pass.
void IdeaFilterModel::refilter(Scope scope)
{
    std::vector<char> passes(m_proxyOf.size(), 0);
    for (size_t row = 0; row < m_proxyOf.size(); ++row) {
        const bool listed = m_proxyOf[row] >= 0;
        switch (scope) {
        case Scope::Listed:
            passes[row] = listed && accepts(int(row));
            break;
        case Scope::Hidden:
            passes[row] = listed || accepts(int(row));
            break;
        case Scope::All:
            passes[row] = accepts(int(row));
            break;
        }
    }
    std::vector<int> rows;
    rows.reserve(scope == Scope::Listed ? m_rows.size() : m_order.size());
    for (int row : m_order) {
        if (passes[size_t(row)])
            rows.push_back(row);
    }
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged();
    commitRows(std::move(rows));
    emit layoutChanged();
}

bool IdeaFilterModel::accepts(int sourceRow) const
{
    if (!m_ideas)
        return false;
    const Idea &idea = m_ideas->ideaAt(sourceRow);
    if (m_archetype != kAny && int(idea.archetype) != m_archetype)
        return false;
    if (m_stage != kAny && int(idea.lifecycle.stage) != m_stage)
        return false;
    if (m_outcome != kAny && int(idea.lifecycle.outcome) != m_outcome)
        return false;
    if (m_quadrant != kAny && int(m_ideas->scoreAt(sourceRow).quadrant) != m_quadrant)
        return false;
    if (m_text.isEmpty())
        return true;
    return idea.name.contains(m_text, Qt::CaseInsensitive)
        || idea.owner.contains(m_text, Qt::CaseInsensitive)
        || idea.description.contains(m_text, Qt::CaseInsensitive);
}

std::vector<int> IdeaFilterModel::listedInOrder() const
{
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (int row : m_order) {
        if (m_proxyOf[size_t(row)] >= 0)
            rows.push_back(row);
    }
    return rows;
}

void IdeaFilterModel::rebuildProxyOf()
{
    m_proxyOf.assign(size_t(m_ideas ? m_ideas->rowCount() : 0), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[size_t(m_rows[i])] = int(i);
}

void IdeaFilterModel::commitRows(std::vector<int> rows)
{
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from) {
        const size_t row = size_t(index.row());
        sources.push_back(row < m_rows.size() ? m_rows[row] : -1);
    }
    m_rows = std::move(rows);
    rebuildProxyOf();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sources[size_t(i)];
        const int row
            = source >= 0 && size_t(source) < m_proxyOf.size() ? m_proxyOf[size_t(source)] : -1;
        to << (row >= 0 ? index(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
}

// ---- sorting -----------------------------------------------------------------------------

void IdeaFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    commitRows(listedInOrder());
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool IdeaFilterModel::before(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;
    return m_sortOrder == Qt::AscendingOrder ? lessThan(left, right) : lessThan(right, left);
}

// Every row in sort order. The ranks are 1..n, one per idea: sorting by rank places each row
// at its rank in one pass, and only rows without a rank of their own are compared.
void IdeaFilterModel::sortAll()
{
    if (!m_ideas || m_sortColumn < 0 || m_sortColumn >= IdeasModel::ColumnCount) {
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    const auto less = [this](int l, int r) { return before(l, r); };
    if (m_sortColumn != IdeasModel::RankColumn) {
        std::sort(m_order.begin(), m_order.end(), less);
        return;
    }
    const int n = int(m_order.size());
    std::vector<int> byRank(size_t(n), -1);
    std::vector<int> others;
    for (int row = 0; row < n; ++row) {
        const int rank = m_ideas->rankAt(row);
        if (rank >= 1 && rank <= n && byRank[size_t(rank - 1)] < 0)
            byRank[size_t(rank - 1)] = row;
        else
            others.push_back(row);
    }
    byRank.erase(std::remove(byRank.begin(), byRank.end(), -1), byRank.end());
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(byRank.begin(), byRank.end());
    std::sort(others.begin(), others.end(), less);
    std::merge(byRank.begin(), byRank.end(), others.begin(), others.end(), m_order.begin(), less);
}

bool IdeaFilterModel::lessThan(int l, int r) const
{
    const auto byId = [&] { return m_ideas->idAt(l) < m_ideas->idAt(r); };
    const auto compareNumbers = [&](double a, double b) { return a != b ? a < b : byId(); };
    const auto compareKeys = [&](const QCollatorSortKey &a, const QCollatorSortKey &b) {
        const int c = a.compare(b);
        return c != 0 ? c < 0 : byId();
    };
    switch (m_sortColumn) {
    case IdeasModel::RankColumn:
        return compareNumbers(m_ideas->rankAt(l), m_ideas->rankAt(r));
    case IdeasModel::NameColumn:
        return compareKeys(m_ideas->nameKeyAt(l), m_ideas->nameKeyAt(r));
    case IdeasModel::OwnerColumn:
        return compareKeys(m_ideas->ownerKeyAt(l), m_ideas->ownerKeyAt(r));
    case IdeasModel::ArchetypeColumn:
        return compareNumbers(int(m_ideas->ideaAt(l).archetype), int(m_ideas->ideaAt(r).archetype));
    case IdeasModel::StageColumn:
        return compareNumbers(int(m_ideas->ideaAt(l).lifecycle.stage),
                              int(m_ideas->ideaAt(r).lifecycle.stage));
    case IdeasModel::ImpactColumn:
        return compareNumbers(m_ideas->scoreAt(l).impact.value_or(-1.0),
                              m_ideas->scoreAt(r).impact.value_or(-1.0));
    case IdeasModel::FeasibilityColumn:
        return compareNumbers(m_ideas->scoreAt(l).feasibility.value_or(-1.0),
                              m_ideas->scoreAt(r).feasibility.value_or(-1.0));
    case IdeasModel::QuadrantColumn:
        return compareNumbers(int(m_ideas->scoreAt(l).quadrant), int(m_ideas->scoreAt(r).quadrant));
    case IdeasModel::CompletenessColumn:
        return compareNumbers(m_ideas->scoreAt(l).completeness, m_ideas->scoreAt(r).completeness);
    case IdeasModel::RatersColumn:
        return compareNumbers(double(m_ideas->ideaAt(l).raters.size()),
                              double(m_ideas->ideaAt(r).raters.size()));
    default:
        return byId();
    }
}

// ---- following the source ----------------------------------------------------------------

// Listed rows about to go are removed here, while the source still has them, range by range
// from the last; many scattered ones go in one layout change.
void IdeaFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> gone;
    for (int row = first; row <= last; ++row) {
        if (const int proxy = m_proxyOf[size_t(row)]; proxy >= 0)
            gone.push_back(proxy);
    }
    if (gone.empty())
        return;
    if (gone.size() > size_t(kFewRows)) {
        std::vector<int> rows;
        rows.reserve(m_rows.size());
        for (int row : m_rows) {
            if (row < first || row > last)
                rows.push_back(row);
        }
        emit layoutAboutToBeChanged();
        commitRows(std::move(rows));
        emit layoutChanged();
        return;
    }
    std::sort(gone.begin(), gone.end());
    for (auto i = qsizetype(gone.size()) - 1; i >= 0;) {
        const int high = gone[size_t(i)];
        int low = high;
        while (i > 0 && gone[size_t(i - 1)] == low - 1)
            low = gone[size_t(--i)];
        --i;
        beginRemoveRows({}, low, high);
        m_rows.erase(m_rows.begin() + low, m_rows.begin() + high + 1);
        rebuildProxyOf();
        endRemoveRows();
    }
}

void IdeaFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto shift = [&](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](int row) { return row >= first && row <= last; }),
                   rows.end());
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    shift(m_order);
    shift(m_rows);
    rebuildProxyOf();
}

void IdeaFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (std::vector<int> *rows : { &m_order, &m_rows }) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    rebuildProxyOf();
    const auto less = [this](int l, int r) { return before(l, r); };
    if (count > kFewRows) {
        emit layoutAboutToBeChanged();
        for (int row = first; row <= last; ++row)
            m_order.push_back(row);
        sortAll();
        std::vector<int> rows;
        rows.reserve(m_order.size());
        for (int row : m_order) {
            if (row >= first && row <= last ? accepts(row) : m_proxyOf[size_t(row)] >= 0)
                rows.push_back(row);
        }
        commitRows(std::move(rows));
        emit layoutChanged();
        return;
    }
    for (int row = first; row <= last; ++row) {
        const auto at = std::upper_bound(m_order.begin(), m_order.end(), row, less);
        const auto position = m_order.insert(at, row);
        if (!accepts(row))
            continue;
        int proxy = 0;
        for (auto it = position; it != m_order.begin();) {
            --it;
            if (const int listed = m_proxyOf[size_t(*it)]; listed >= 0) {
                proxy = listed + 1;
                break;
            }
        }
        beginInsertRows({}, proxy, proxy);
        m_rows.insert(m_rows.begin() + proxy, row);
        rebuildProxyOf();
        endInsertRows();
    }
}

void IdeaFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const int left = topLeft.column();
    const int right = bottomRight.column();
    const bool sortMoves = m_sortColumn >= left && m_sortColumn <= right;
    // Only the rank column can change without the filter's fields.
    const bool filterMoves = !(left == IdeasModel::RankColumn && right == IdeasModel::RankColumn);
    if (sortMoves || filterMoves) {
        std::vector<int> changed(size_t(last - first + 1));
        std::iota(changed.begin(), changed.end(), first);
        placeAgain(changed, sortMoves);
    }
    int low = rowCount();
    int high = -1;
    for (int row = first; row <= last; ++row) {
        if (const int proxy = m_proxyOf[size_t(row)]; proxy >= 0) {
            low = std::min(low, proxy);
            high = std::max(high, proxy);
        }
    }
    if (high >= 0)
        emit dataChanged(index(low, left), index(high, right), roles);
}

// Changed rows go where their new values sort and are listed if they pass the filter: one
// layout change when the list changes, none when the rows stay where they were.
void IdeaFilterModel::placeAgain(const std::vector<int> &sourceRows, bool sortMoves)
{
    std::vector<char> isChanged(m_order.size(), 0);
    for (int row : sourceRows)
        isChanged[size_t(row)] = 1;
    if (!sortMoves) {
        // the order stays
    } else if (sourceRows.size() > size_t(kFewRows)) {
        sortAll();
    } else {
        const auto less = [this](int l, int r) { return before(l, r); };
        m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                     [&](int row) { return isChanged[size_t(row)] != 0; }),
                      m_order.end());
        for (int row : sourceRows)
            m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), row, less), row);
    }
    std::vector<int> rows;
    rows.reserve(m_order.size());
    for (int row : m_order) {
        if (isChanged[size_t(row)] ? accepts(row) : m_proxyOf[size_t(row)] >= 0)
            rows.push_back(row);
    }
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged();
    commitRows(std::move(rows));
    emit layoutChanged();
}

void IdeaFilterModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource << QPersistentModelIndex(mapToSource(index));
}

void IdeaFilterModel::sourceLayoutChanged()
{
    const int n = m_ideas ? m_ideas->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortAll();
    m_rows.clear();
    for (int row : m_order) {
        if (accepts(row))
            m_rows.push_back(row);
    }
    rebuildProxyOf();
    QModelIndexList to;
    to.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        to << mapFromSource(source);
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

// ---- the proxy's rows --------------------------------------------------------------------

QModelIndex IdeaFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex IdeaFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex IdeaFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int IdeaFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdeaFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ideas ? 0 : m_ideas->columnCount();
}

bool IdeaFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant IdeaFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_ideas)
        return {};
    if (orientation == Qt::Horizontal)
        return m_ideas->headerData(section, orientation, role);
    if (section < 0 || size_t(section) >= m_rows.size())
        return {};
    return m_ideas->headerData(m_rows[size_t(section)], orientation, role);
}

QModelIndex IdeaFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_ideas || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    Q_ASSERT(proxyIndex.model() == this);
    return m_ideas->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex IdeaFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid()
        || size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

// Row by row: the rows of a range are not next to each other on the other side.
QItemSelection IdeaFilterModel::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex left = mapToSource(index(row, range.left()));
            const QModelIndex right = mapToSource(index(row, range.right()));
            if (left.isValid() && right.isValid())
                mapped.append(QItemSelectionRange(left, right));
        }
    }
    return mapped;
}

QItemSelection IdeaFilterModel::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex left = mapFromSource(m_ideas->index(row, range.left()));
            const QModelIndex right = mapFromSource(m_ideas->index(row, range.right()));
            if (left.isValid() && right.isValid())
                mapped.append(QItemSelectionRange(left, right));
        }
    }
    return mapped;
}

} // namespace mlp::ui
