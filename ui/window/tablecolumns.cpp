#include "ui/window/tablecolumns.h"

#include "ui/document/document.h"
#include "ui/models/ideasmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <array>
#include <utility>

namespace mlp::ui {

TableColumns::TableColumns(QTableView *table, Document *document)
    : QObject(table)
    , m_table(table)
    , m_document(document)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QStringLiteral("999"))
                                  + 12);
    fit(0);
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && column != IdeasModel::NameColumn)
            m_autoFit = false; // the user's width from now on, kept between runs
    });
}

void TableColumns::restoreState(const QByteArray &state)
{
    m_autoFit = !m_table->horizontalHeader()->restoreState(state);
    // Older versions saved every column as fixed; the name stretches now whatever was saved.
    m_table->horizontalHeader()->setSectionResizeMode(IdeasModel::NameColumn, QHeaderView::Stretch);
}

QByteArray TableColumns::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        if (m_autoFit)
            fit(m_table->viewport()->width());
        else
            keepNameReadable(m_table->viewport()->width());
    }
    return QObject::eventFilter(watched, event);
}

// Widths the user chose (or that were saved on a larger screen) give way when the name would
// otherwise be cut to a few characters: owner, archetype and stage shrink in proportion.
void TableColumns::keepNameReadable(int available)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int nameMin = fm.averageCharWidth() * 16;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != IdeasModel::NameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    int excess = others + nameMin - available + header->frameWidth() * 2;
    if (available <= 0 || excess <= 0)
        return;
    const int floor = fm.averageCharWidth() * 7;
    const std::array<int, 3> shrinkable { IdeasModel::OwnerColumn, IdeasModel::ArchetypeColumn,
                                          IdeasModel::StageColumn };
    int room = 0;
    for (int column : shrinkable)
        room += std::max(0, header->sectionSize(column) - floor);
    if (room <= 0)
        return;
    const QScopedValueRollback guard(m_fitting, true);
    excess = std::min(excess, room);
    for (int column : shrinkable) {
        const int width = header->sectionSize(column);
        const int give = (std::max(0, width - floor) * excess + room - 1) / room; // rounded up
        header->resizeSection(column, width - give);
    }
}

void TableColumns::fit(int available)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QStyle *style = m_table->style();
    const QFontMetrics fm = m_table->fontMetrics();
    const int padding = 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 10;
    const auto widest = [&](const QStringList &samples) {
        int width = 0;
        for (const QString &sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample));
        return width + width / 10 + padding; // rows placed by hand are in italics
    };
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const auto headerWidth = [&](int column) {
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        // Room for the sort arrow too, which any column shows once it is sorted by.
        return header->fontMetrics().horizontalAdvance(title)
            + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + arrow;
    };
    const auto fitting = [&](int column, const QStringList &samples) {
        return std::max(headerWidth(column), widest(samples));
    };

    QStringList quadrants;
    for (int q = 0; q <= int(Quadrant::Unscored); ++q)
        quadrants << quadrantName(Quadrant(q), m_document->portfolio().config);
    QStringList archetypes;
    for (int a = 0; a < kArchetypeCount; ++a)
        archetypes << archetypeInfo(Archetype(a)).name;
    QStringList stages;
    for (Stage stage : kAllStages)
        stages << stageShortName(stage);
    stages << outcomeDisplayName(Outcome::Shipped) << outcomeDisplayName(Outcome::Shelved);

    // Numbers, and the stage in a word, get the room their widest value needs; owner and
    // archetype share what is left with the name, which stretches and keeps a readable width.
    const std::array<std::pair<int, int>, 7> numbers { {
        { IdeasModel::StageColumn, fitting(IdeasModel::StageColumn, stages) },
        { IdeasModel::RankColumn, fitting(IdeasModel::RankColumn, { QStringLiteral("9999") }) },
        { IdeasModel::ImpactColumn,
          fitting(IdeasModel::ImpactColumn, { QStringLiteral("10.0 *") }) },
        { IdeasModel::FeasibilityColumn,
          fitting(IdeasModel::FeasibilityColumn, { QStringLiteral("10.0 *") }) },
        { IdeasModel::QuadrantColumn,
          std::min(fitting(IdeasModel::QuadrantColumn, quadrants), fm.averageCharWidth() * 18) },
        { IdeasModel::CompletenessColumn,
          fitting(IdeasModel::CompletenessColumn, { QStringLiteral("100 %") }) },
        { IdeasModel::RatersColumn, fitting(IdeasModel::RatersColumn, { QStringLiteral("99") }) },
    } };
    std::array<std::pair<int, int>, 2> texts { {
        { IdeasModel::OwnerColumn,
          fitting(IdeasModel::OwnerColumn, { QStringLiteral("Fatima Zahra") }) },
        { IdeasModel::ArchetypeColumn, fitting(IdeasModel::ArchetypeColumn, archetypes) },
    } };
    const QScopedValueRollback guard(m_fitting, true);
    int fixed = 0;
    for (const auto &[column, width] : numbers) {
        m_table->setColumnWidth(column, width);
        fixed += width;
    }
    int wanted = 0;
    for (const auto &[column, width] : texts)
        wanted += width;
    // The name is what people read: it keeps about 30 characters before the others shrink.
    const int nameWidth = fm.averageCharWidth() * 32;
    const int room = available - fixed - nameWidth;
    if (available > 0 && room < wanted) {
        const int floor = fm.averageCharWidth() * 9;
        for (auto &[column, width] : texts)
            width = std::max(floor, width * std::max(room, 0) / wanted);
    }
    for (const auto &[column, width] : texts)
        m_table->setColumnWidth(column, width);
}

} // namespace mlp::ui
