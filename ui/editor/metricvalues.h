#pragma once

#include <QString>

#include <optional>

class QTableWidget;

// How the Metrics and Baselines tabs show and read metric values in their tables.
namespace mlp::ui::editorsupport {

// `value` in the user's locale with as many digits as it needs (0.75, 62, 1e-05).
QString formatValue(double value);
// A number typed in the user's locale or with a '.' for the decimals; empty when `text` is not
// a finite number.
std::optional<double> parseValue(const QString &text);
// Shows `text` in the cell, reusing its item when there is one (a reload may run inside the
// table's own itemChanged, which must not lose the item it reports). Cells that are not
// `editable` are shown but cannot be changed.
void setCell(QTableWidget *table, int row, int column, const QString &text, bool editable = true);

} // namespace mlp::ui::editorsupport
