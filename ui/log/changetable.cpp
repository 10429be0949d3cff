#include "ui/log/changetable.h"

#include "ui/common/localdate.h"

#include <QHeaderView>
#include <QLocale>

namespace mlp::ui {

ChangeTable::ChangeTable(bool showIdea, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("changeTable"));
    setHorizontalHeaderLabels(
        { tr("When"), tr("Who"), tr("Idea"), tr("Field"), tr("From"), tr("To"), tr("Reason") });
    setColumnHidden(IdeaName, !showIdea);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setAlternatingRowColors(true);
}

QString ChangeTable::whenText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return shortDate(local) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

void ChangeTable::setChanges(const QList<FieldChange> &changes, const ScoringConfig &config)
{
    setUpdatesEnabled(false);
    clearContents();
    setRowCount(int(changes.size()));
    const QString missing = QStringLiteral("–");
    for (int row = 0; row < changes.size(); ++row) {
        const FieldChange &c = changes[row];
        const QString idea = c.ideaId == 0 ? tr("(portfolio)") : c.ideaName;
        const QStringList cells { whenText(c.at),
                                  c.who,
                                  idea,
                                  changeFieldText(c),
                                  changeValueText(c, c.oldValue, missing, &config),
                                  changeValueText(c, c.newValue, missing, &config),
                                  changeNoteText(c) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            item->setData(Qt::UserRole, c.ideaId);
            setItem(row, column, item);
        }
        // The at time in full (UTC) where the row's time is shown.
        item(row, When)->setToolTip(c.at.toUTC().toString(Qt::ISODate));
    }
    // Fitted to the contents, each within a cap, so the reason (the last column, stretched)
    // stays in view on a laptop screen; a cell's tool tip shows it whole.
    resizeColumnsToContents();
    static constexpr int kCaps[ColumnCount] = { 160, 120, 200, 330, 150, 150, 400 };
    for (int column = 0; column < ColumnCount; ++column)
        setColumnWidth(column, std::min(columnWidth(column), kCaps[column]));
    setUpdatesEnabled(true);
}

qint64 ChangeTable::ideaIdAt(int row) const
{
    const QTableWidgetItem *cell = item(row, When);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace mlp::ui
