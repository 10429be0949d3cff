#include "core/domain/scoreformat.h"

#include <QLocale>

namespace mlp {

namespace {

QLocale displayLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
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
