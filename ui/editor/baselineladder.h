#pragma once

#include "core/domain/baselines.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace mlp::ui {

// A small painted chart of an idea's baselines on its chosen metric: one bar per baseline,
// the human ladder's rungs in order from crowd workers to a mixture of experts, with the target
// (the strictest requirement) and the best model as vertical lines. Better is always to the
// right, whichever way the metric points.
class BaselineLadder : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label; // the kind's short name and the baseline's own label
        double value = 0.0;
        bool human = false;
        bool unchecked = false; // a published result not checked as fair
    };

    explicit BaselineLadder(QWidget *parent = nullptr);

    void setData(const QList<Baseline> &baselines, const MetricDef &metric,
                 const BaselineAnalysis &analysis);
    const QList<Row> &rows() const { return m_rows; } // in the order they are drawn

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double xFor(double value, double left, double width) const;

    QList<Row> m_rows;
    std::optional<double> m_target;
    std::optional<double> m_bestModel;
    QString m_bestModelName;
    Direction m_direction = Direction::HigherIsBetter;
    double m_min = 0.0;
    double m_max = 1.0;
};

} // namespace mlp::ui
