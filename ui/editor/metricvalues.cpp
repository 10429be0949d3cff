#include "ui/editor/metricvalues.h"

#include <QLocale>
#include <QTableWidget>

#include <cmath>

namespace mlp::ui::editorsupport {

QString formatValue(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool editable)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (editable)
        flags |= Qt::ItemIsEditable;
    if (item->flags() != flags)
        item->setFlags(flags);
}

} // namespace mlp::ui::editorsupport
