#include "ui/flow/flowstyle.h"

#include "ui/chart/chartstyle.h"

#include <QLocale>

#include <cmath>

namespace mlp::ui {

namespace {

constexpr double kSecondsPerDay = 24.0 * 3600.0;

} // namespace

QColor FlowStyle::stageColor(Stage stage)
{
    return ChartStyle::groupColor(PortfolioChartView::ColorMode::Stage, static_cast<int>(stage));
}

QColor FlowStyle::shippedColor()
{
    return QColor(0xCC, 0x79, 0xA7); // Okabe–Ito reddish purple
}

QColor FlowStyle::shelvedColor()
{
    return QColor(0xB8, 0xB8, 0xB8);
}

double FlowStyle::days(qint64 seconds)
{
    return double(seconds) / kSecondsPerDay;
}

QString FlowStyle::daysText(qint64 seconds)
{
    if (seconds < qint64(kSecondsPerDay))
        return seconds <= 0 ? tr("0 days") : tr("under a day");
    const double value = days(seconds);
    // Whole words in English too, where no catalogue resolves a "%n day(s)".
    if (value < 10.0) {
        const double tenths = std::floor(value * 10.0) / 10.0;
        if (tenths == 1.0)
            return tr("1 day");
        return tr("%1 days").arg(
            QLocale().toString(tenths, 'f', tenths == std::floor(tenths) ? 0 : 1));
    }
    return tr("%1 days").arg(QLocale().toString(qint64(std::floor(value))));
}

} // namespace mlp::ui
