#include "ui/flow/stagetimechart.h"

#include "ui/flow/flowstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace mlp::ui {

StageTimeChart::StageTimeChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 200);
    QChart *c = chart();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_x = new QBarCategoryAxis(this);
    m_y = new QValueAxis(this);
    m_y->setTitleText(tr("days"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignLeft);
    c->addAxis(m_y, Qt::AlignBottom);
}

QString StageTimeChart::barText(Stage stage, const StageTime &time)
{
    if (!time.medianSeconds || !time.p85Seconds)
        return tr("%1: no stay has ended here yet.").arg(stageDisplayName(stage));
    // Whole words in English too, where no catalogue resolves a "%n stay(s)".
    if (time.finishedVisits == 1)
        return tr("%1: the one finished stay took %2.")
            .arg(stageDisplayName(stage), FlowStyle::daysText(*time.medianSeconds));
    return tr("%1: half the stays ended within %2, 85% within %3 (over %4 finished stays).")
        .arg(stageDisplayName(stage), FlowStyle::daysText(*time.medianSeconds),
             FlowStyle::daysText(*time.p85Seconds))
        .arg(time.finishedVisits);
}

void StageTimeChart::setFlow(const FlowAnalytics &flow)
{
    m_time = flow.time;
    m_median.clear();
    m_p85.clear();
    m_categories.clear();
    auto *median = new QBarSet(tr("Median"));
    auto *p85 = new QBarSet(tr("85th percentile"));
    median->setColor(QColor(0x3B, 0x6E, 0xA8));
    p85->setColor(QColor(0xA6, 0xC4, 0xE4));
    median->setBorderColor(median->color().darker(120));
    p85->setBorderColor(p85->color().darker(120));
    median->setLabelColor(palette().color(QPalette::Text));
    p85->setLabelColor(palette().color(QPalette::Text));
    double highest = 0.0;
    // Bars are laid out from the bottom up: the last stage goes in first, so that Planning
    // reads at the top.
    QStringList bottomUp;
    for (auto it = kAllStages.crbegin(); it != kAllStages.crend(); ++it) {
        const StageTime &time = flow.time[static_cast<int>(*it)];
        const double m = time.medianSeconds ? FlowStyle::days(*time.medianSeconds) : 0.0;
        const double p = time.p85Seconds ? FlowStyle::days(*time.p85Seconds) : 0.0;
        *median << m;
        *p85 << p;
        m_median.prepend(m);
        m_p85.prepend(p);
        highest = std::max({ highest, m, p });
        bottomUp << (time.medianSeconds ? stageShortName(*it)
                                        : tr("%1 (–)").arg(stageShortName(*it)));
    }
    m_categories = bottomUp;
    std::reverse(m_categories.begin(), m_categories.end());
    // The 85th percentile above the median in each stage's pair of bars.
    auto *series = new QHorizontalBarSeries;
    series->append(p85);
    series->append(median);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connect(
        series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
            if (!status || index < 0 || index >= kStageCount) {
                QToolTip::hideText();
                return;
            }
            const int stage = kStageCount - 1 - index; // counted from the bottom
            QToolTip::showText(QCursor::pos(), barText(Stage(stage), m_time[size_t(stage)]), this);
        });

    QChart *c = chart();
    c->removeAllSeries();
    c->addSeries(series);
    m_x->setCategories(bottomUp);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    // Room beyond the longest bar for its label.
    m_y->setRange(0.0, std::max(1.0, highest * 1.2));
    m_y->applyNiceNumbers();
}

QList<double> StageTimeChart::medianDays() const
{
    return m_median;
}

QList<double> StageTimeChart::p85Days() const
{
    return m_p85;
}

QStringList StageTimeChart::categories() const
{
    return m_categories;
}

} // namespace mlp::ui
