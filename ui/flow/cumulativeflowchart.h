#pragma once

#include "core/domain/flow.h"

#include <QChartView>
#include <QList>
#include <QStringList>

class QDateTimeAxis;
class QValueAxis;

namespace mlp::ui {

// The cumulative-flow chart: how many projects were in each stage on each day, as stacked
// areas over time, from the flow analytics' points (FlowAnalytics::cumulative). The later
// stages sit at the bottom, as a cumulative-flow diagram draws them, with the shipped and
// shelved projects below them when shown. Hovering shows a day's counts.
class CumulativeFlowChart : public QChartView
{
    Q_OBJECT

public:
    explicit CumulativeFlowChart(QWidget *parent = nullptr);

    void setFlow(const FlowAnalytics &flow);
    void setShowFinished(bool show);
    bool showsFinished() const { return m_showFinished; }

    // The bands drawn, bottom first, and what the tooltip says of the point nearest `day`.
    QStringList bandNames() const;
    QString pointText(const QDate &day) const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Band
    {
        QString name;
        QColor color;
        int (*value)(const FlowPoint &point);
    };
    QList<Band> bands() const;
    void rebuild();
    void updateAxes(int highest);

    QList<FlowPoint> m_points;
    int m_bucketDays = 1;
    bool m_showFinished = true;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace mlp::ui
