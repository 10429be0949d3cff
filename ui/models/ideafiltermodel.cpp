#include "ui/models/ideafiltermodel.h"

#include "ui/models/ideasmodel.h"

namespace mlp::ui {

IdeaFilterModel::IdeaFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IdeasModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void IdeaFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_ideas = qobject_cast<IdeasModel *>(model);
    Q_ASSERT(m_ideas || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

// A new filter rebuilds the proxy's rows in one go (invalidate(): one layout change) rather
// than invalidateFilter(), which removes and inserts the rows that changed range by range: at
// 100,000 ideas a keystroke that hides scattered rows took seconds that way, and the views
// (the table, the chart's filter, the status bar) follow a layout change as they follow rows.
void IdeaFilterModel::refilter()
{
    invalidate();
}

void IdeaFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void IdeaFilterModel::setArchetype(int archetype)
{
    if (archetype == m_archetype)
        return;
    m_archetype = archetype;
    refilter();
}

void IdeaFilterModel::setStage(int stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    refilter();
}

void IdeaFilterModel::setQuadrant(int quadrant)
{
    if (quadrant == m_quadrant)
        return;
    m_quadrant = quadrant;
    refilter();
}

void IdeaFilterModel::setOutcome(int outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    refilter();
}

bool IdeaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_ideas || sourceParent.isValid())
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

bool IdeaFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_ideas)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    const auto byId = [&] { return m_ideas->idAt(l) < m_ideas->idAt(r); };
    const auto compareNumbers = [&](double a, double b) { return a != b ? a < b : byId(); };
    const auto compareKeys = [&](const QCollatorSortKey &a, const QCollatorSortKey &b) {
        const int c = a.compare(b);
        return c != 0 ? c < 0 : byId();
    };
    switch (left.column()) {
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
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace mlp::ui
