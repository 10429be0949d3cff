#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mlp {

// The one way a score, a coordinate or another figure of the scoring is shown to a person:
// in the default QLocale's digits and decimal separator ("3.5" in English, "3,5" in German),
// with `decimals` places and no group separators. The command line's text, the table, the
// chart and the editor all show numbers through it. Machine output (JSON, CSV, the .mlplan
// file) never does: it stays locale-free with '.', see io::numberText().
QString formatScore(double value, int decimals = 1);
// An absent score as `missing` (the command line's tables use "-", the window "–").
QString formatScore(const std::optional<double> &value, QStringView missing, int decimals = 1);
// A figure off the 0..10 scale (an aggregated answer, a spread, a cost base) with at most
// `significant` digits and no trailing zeros: "3.5", "4", "10".
QString formatFigure(double value, int significant = 3);
// A share of 0..1 as a whole percentage in the same locale, e.g. "42%".
QString formatShare(double share);

} // namespace mlp
