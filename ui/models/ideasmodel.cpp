#include "ui/models/ideasmodel.h"

#include "core/domain/scoreformat.h"
#include "ui/document/document.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace mlp::ui {

namespace {

QString formatCoordinate(const std::optional<double> &value)
{
    return formatScore(value, u"–");
}

} // namespace

IdeasModel::IdeasModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    connect(document, &Document::portfolioReset, this, &IdeasModel::reset);
    connect(document, &Document::ideaAdded, this, &IdeasModel::onIdeaAdded);
    connect(document, &Document::ideaChanged, this, &IdeasModel::onIdeaChanged);
    connect(document, &Document::ideaRemoved, this, &IdeasModel::onIdeaRemoved);
    connect(document, &Document::rankingChanged, this, &IdeasModel::onRankingChanged);
    connect(document, &Document::settingsChanged, this, &IdeasModel::onSettingsChanged);
    reset();
}

int IdeasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IdeasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The row is the document's index except for the moment between a removed row and the
// document dropping the idea (ideaRemoved comes first): then the id is looked up.
int IdeasModel::documentIndex(int row) const
{
    const qint64 id = m_ids.at(row);
    const QList<Idea> &ideas = m_document->portfolio().ideas;
    if (row < ideas.size() && ideas.at(row).id == id)
        return row;
    return m_document->indexOf(id);
}

int IdeasModel::rowOf(qint64 id) const
{
    const int index = m_document->indexOf(id);
    if (index >= 0 && index < m_ids.size() && m_ids.at(index) == id)
        return index;
    return int(m_ids.indexOf(id)); // only between a change to the rows and to the document
}

const Idea &IdeasModel::ideaAt(int row) const
{
    return m_document->portfolio().ideas.at(documentIndex(row));
}

const Score &IdeasModel::scoreAt(int row) const
{
    return m_document->scores().at(documentIndex(row));
}

QVariant IdeasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == IdRole) // read for every row when the chart follows the table: no idea touched
        return m_ids.at(row);
    const Idea &idea = ideaAt(row);
    const Score &score = scoreAt(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, idea, score, column);
    case Qt::ToolTipRole:
        return toolTip(idea, score, column);
    case Qt::TextAlignmentRole:
        switch (column) {
        case RankColumn:
        case ImpactColumn:
        case FeasibilityColumn:
        case CompletenessColumn:
        case RatersColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case Qt::FontRole:
        if ((column == ImpactColumn && score.impactOverridden)
            || (column == FeasibilityColumn && score.feasibilityOverridden)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return idea.id;
    case SortRole:
        return sortData(row, idea, score, column);
    case ArchetypeRole:
        return int(idea.archetype);
    case StageRole:
        return int(idea.lifecycle.stage);
    case OutcomeRole:
        return int(idea.lifecycle.outcome);
    case QuadrantRole:
        return int(score.quadrant);
    case OverriddenRole:
        return score.impactOverridden || score.feasibilityOverridden;
    default:
        return {};
    }
}

QVariant IdeasModel::displayData(int row, const Idea &idea, const Score &score, int column) const
{
    switch (column) {
    case RankColumn:
        return rankAt(row);
    case NameColumn:
        return idea.name;
    case OwnerColumn:
        return idea.owner;
    case ArchetypeColumn:
        return archetypeInfo(idea.archetype).name;
    case StageColumn:
        // The short name keeps the column narrow and the idea's name readable; a finished
        // project shows its outcome instead. The tooltip has the full stage.
        if (idea.lifecycle.outcome != Outcome::Active)
            return outcomeDisplayName(idea.lifecycle.outcome);
        return stageShortName(idea.lifecycle.stage);
    case ImpactColumn:
        return score.impactOverridden ? tr("%1 *").arg(formatCoordinate(score.impact))
                                      : formatCoordinate(score.impact);
    case FeasibilityColumn:
        return score.feasibilityOverridden ? tr("%1 *").arg(formatCoordinate(score.feasibility))
                                           : formatCoordinate(score.feasibility);
    case QuadrantColumn:
        return quadrantName(score.quadrant, m_document->portfolio().config);
    case CompletenessColumn:
        return tr("%1 %").arg(qRound(score.completeness * 100.0));
    case RatersColumn:
        return int(idea.raters.size());
    default:
        return {};
    }
}

QVariant IdeasModel::sortData(int row, const Idea &idea, const Score &score, int column) const
{
    switch (column) {
    case RankColumn:
        return rankAt(row);
    case ImpactColumn:
        return score.impact.value_or(-1.0);
    case FeasibilityColumn:
        return score.feasibility.value_or(-1.0);
    case QuadrantColumn:
        return int(score.quadrant);
    case CompletenessColumn:
        return score.completeness;
    case RatersColumn:
        return int(idea.raters.size());
    case StageColumn:
        return int(idea.lifecycle.stage);
    case ArchetypeColumn:
        return int(idea.archetype);
    default:
        return displayData(row, idea, score, column);
    }
}

QString IdeasModel::toolTip(const Idea &idea, const Score &score, int column) const
{
    const ScoringConfig &config = m_document->portfolio().config;
    switch (column) {
    case NameColumn:
        return idea.description.isEmpty() ? idea.name
                                          : idea.name + QLatin1String("\n\n") + idea.description;
    case ArchetypeColumn:
        return archetypeInfo(idea.archetype).description;
    case StageColumn:
        if (idea.lifecycle.outcome == Outcome::Shelved)
            return idea.lifecycle.outcomeReason.isEmpty()
                ? tr("Shelved in %1").arg(stageDisplayName(idea.lifecycle.stage))
                : tr("Shelved in %1: %2")
                      .arg(stageDisplayName(idea.lifecycle.stage), idea.lifecycle.outcomeReason);
        if (idea.lifecycle.outcome == Outcome::Shipped)
            return tr("Shipped from %1").arg(stageDisplayName(idea.lifecycle.stage));
        return stageDisplayName(idea.lifecycle.stage);
    case ImpactColumn:
    case FeasibilityColumn:
        return explainText(explain(idea, config), config);
    case QuadrantColumn:
        return tr("Impact %1 and feasibility %2 against thresholds %3 and %4")
            .arg(formatCoordinate(score.impact), formatCoordinate(score.feasibility),
                 formatScore(config.impactThreshold), formatScore(config.feasibilityThreshold));
    case CompletenessColumn:
        return tr("%1 of %2 questions answered; unanswered questions are left out, not counted as "
                  "zero")
            .arg(score.answered)
            .arg(kQuestionCount);
    case RatersColumn: {
        QStringList names;
        for (const Rater &r : idea.raters)
            names << r.name;
        return names.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant IdeasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank");
        case NameColumn:
            return tr("Name");
        case OwnerColumn:
            return tr("Owner");
        case ArchetypeColumn:
            return tr("Archetype");
        case StageColumn:
            return tr("Stage");
        case ImpactColumn:
            return tr("Impact");
        case FeasibilityColumn:
            return tr("Feasibility");
        case QuadrantColumn:
            return tr("Quadrant");
        case CompletenessColumn:
            return tr("Scored");
        case RatersColumn:
            return tr("Raters");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank by priority: the geometric mean of impact and feasibility");
        case ImpactColumn:
            return tr("Impact on 0–10 (*: placed by hand on the chart)");
        case FeasibilityColumn:
            return tr("Feasibility on 0–10 (*: placed by hand on the chart)");
        case CompletenessColumn:
            return tr("Share of the scoring questions answered");
        case RatersColumn:
            return tr("Number of people who scored the idea");
        default:
            return {};
        }
    }
    return {};
}

QHash<int, QByteArray> IdeasModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("ideaId"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(ArchetypeRole, QByteArrayLiteral("archetype"));
    names.insert(StageRole, QByteArrayLiteral("stage"));
    names.insert(OutcomeRole, QByteArrayLiteral("outcome"));
    names.insert(QuadrantRole, QByteArrayLiteral("quadrant"));
    names.insert(OverriddenRole, QByteArrayLiteral("overridden"));
    return names;
}

void IdeasModel::reset()
{
    beginResetModel();
    const QList<Idea> &ideas = m_document->portfolio().ideas;
    m_ids.clear();
    m_keys.clear();
    m_ids.reserve(ideas.size());
    for (const Idea &idea : ideas)
        m_ids << idea.id;
    m_ranks.fill(0, ideas.size());
    for (const RankedIdea &ranked : m_document->ranking()) {
        if (ranked.index >= 0 && ranked.index < m_ranks.size())
            m_ranks[ranked.index] = ranked.rank;
    }
    endResetModel();
}

void IdeasModel::onIdeaAdded(qint64 id)
{
    const int row = m_document->indexOf(id); // the document keeps its ideas in order of id
    if (row < 0 || row > m_ids.size() || rowOf(id) >= 0)
        return;
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    if (!m_keys.empty())
        m_keys.insert(m_keys.begin() + row, keysFor(*m_document->idea(id)));
    m_ranks.insert(row, m_document->rankOf(id));
    endInsertRows();
}

void IdeasModel::onIdeaChanged(qint64 id, IdeaAspects aspects)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (aspects.testFlag(IdeaAspect::Text) && !m_keys.empty())
        m_keys[size_t(row)] = keysFor(*m_document->idea(id));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IdeasModel::onIdeaRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    if (!m_keys.empty())
        m_keys.erase(m_keys.begin() + row);
    m_ranks.removeAt(row);
    endRemoveRows();
}

// One range from the first to the last row whose rank moved: the proxy sorts once.
void IdeasModel::onRankingChanged(const QList<qint64> &moved)
{
    int first = rowCount();
    int last = -1;
    for (qint64 id : moved) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_ranks[row] = m_document->rankOf(id);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        emit dataChanged(index(first, RankColumn), index(last, RankColumn),
                         { Qt::DisplayRole, SortRole });
}

void IdeasModel::onSettingsChanged()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const std::vector<IdeasModel::SortKeys> &IdeasModel::keys() const
{
    if (m_keys.size() != size_t(m_ids.size())) {
        m_keys.clear();
        m_keys.reserve(size_t(m_ids.size()));
        for (int row = 0; row < m_ids.size(); ++row)
            m_keys.push_back(keysFor(ideaAt(row)));
    }
    return m_keys;
}

IdeasModel::SortKeys IdeasModel::keysFor(const Idea &idea) const
{
    return SortKeys { m_collator.sortKey(idea.name), m_collator.sortKey(idea.owner) };
}

} // namespace mlp::ui
