#include "core/domain/scoreformat.h"

#include <QLocale>

namespace mlp {

namespace {

QLocale displayLocale()
{
    // Kept while the default locale stays the same: a table of 100,000 ideas formats 200,000
    // scores, and making the locale for each (setNumberOptions detaches it) was a fifth of
    // the time of formatting the table.
    thread_local QLocale base;
    thread_local QLocale display = [] {
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        return locale;
    }();
    if (const QLocale current; current != base) {
        base = current;
        display = current;
        display.setNumberOptions(current.numberOptions() | QLocale::OmitGroupSeparator);
    }
    return display;
}

} // namespace

QString formatScore(double value, int decimals)
{
    return displayLocale().toString(value, 'f', decimals);
}

QString formatScore(const std::optional<double> &value, QStringView missing, int decimals)
{
    return value ? formatScore(*value, decimals) : missing.toString();
}

QString formatFigure(double value, int significant)
{
    return displayLocale().toString(value, 'g', significant);
}

QString formatShare(double share)
{
    const QLocale locale = displayLocale();
    return locale.toString(share * 100.0, 'f', 0) + locale.percent();
}

} // namespace mlp
