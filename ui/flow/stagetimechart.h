#pragma once

#include "core/domain/flow.h"

#include <QChartView>

class QBarCategoryAxis;
class QValueAxis;

namespace mlp::ui {

// Time in each stage over the portfolio's finished stays, in days: a bar for the median and
// one for the 85th percentile per stage, the stages from the top down. A stage no stay has left
// yet is marked "(–)" beside its bars, which are then empty. Hovering a bar says what it is.
class StageTimeChart : public QChartView
{
    Q_OBJECT

public:
    explicit StageTimeChart(QWidget *parent = nullptr);

    void setFlow(const FlowAnalytics &flow);
    // The bars' values in days, per stage: the median set and the 85th-percentile set.
    QList<double> medianDays() const;
    QList<double> p85Days() const;
    QStringList categories() const; // from the top (Planning) down

    static QString barText(Stage stage, const StageTime &time);

private:
    std::array<StageTime, kStageCount> m_time {};
    QList<double> m_median;
    QList<double> m_p85;
    QStringList m_categories;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace mlp::ui
