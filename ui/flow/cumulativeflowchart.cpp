#include "ui/flow/cumulativeflowchart.h"

#include "ui/common/localdate.h"
#include "ui/flow/flowstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

namespace {

// A day on the time axis: its noon in local time, so that the axis names that day whatever
// the time zone (the analytics count days in UTC).
qreal dayPosition(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

// The step of the count axis: whole projects, about five ticks.
int countStep(int highest)
{
    const int rough = std::max(1, (highest + 4) / 5);
    const int magnitude = int(std::pow(10.0, std::floor(std::log10(double(rough)))));
    for (int factor : { 1, 2, 5, 10 }) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return rough;
}

} // namespace

CumulativeFlowChart::CumulativeFlowChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);
    viewport()->setMouseTracking(true); // the day's counts follow the pointer
    QChart *c = chart();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_x = new QDateTimeAxis(this);
    m_x->setTickCount(5);
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTitleText(tr("projects"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
}

QList<CumulativeFlowChart::Band> CumulativeFlowChart::bands() const
{
    QList<Band> list;
    if (m_showFinished) {
        list.append({ outcomeDisplayName(Outcome::Shipped), FlowStyle::shippedColor(),
                      [](const FlowPoint &p) { return p.shipped; } });
        list.append({ outcomeDisplayName(Outcome::Shelved), FlowStyle::shelvedColor(),
                      [](const FlowPoint &p) { return p.shelved; } });
    }
    list.append({ stageShortName(Stage::Deploying), FlowStyle::stageColor(Stage::Deploying),
                  [](const FlowPoint &p) { return p.inStage[int(Stage::Deploying)]; } });
    list.append({ stageShortName(Stage::Training), FlowStyle::stageColor(Stage::Training),
                  [](const FlowPoint &p) { return p.inStage[int(Stage::Training)]; } });
    list.append({ stageShortName(Stage::Data), FlowStyle::stageColor(Stage::Data),
                  [](const FlowPoint &p) { return p.inStage[int(Stage::Data)]; } });
    list.append({ stageShortName(Stage::Planning), FlowStyle::stageColor(Stage::Planning),
                  [](const FlowPoint &p) { return p.inStage[int(Stage::Planning)]; } });
    return list;
}

QStringList CumulativeFlowChart::bandNames() const
{
    QStringList names;
    for (const Band &band : bands())
        names << band.name;
    return names;
}

void CumulativeFlowChart::setFlow(const FlowAnalytics &flow)
{
    m_points = flow.cumulative;
    m_bucketDays = flow.bucketDays;
    // A single day would be a line of no width: it is drawn as that day's block.
    if (m_points.size() == 1) {
        FlowPoint before = m_points.first();
        before.day = before.day.addDays(-1);
        m_points.prepend(before);
    }
    rebuild();
}

void CumulativeFlowChart::setShowFinished(bool show)
{
    if (m_showFinished == show)
        return;
    m_showFinished = show;
    rebuild();
}

void CumulativeFlowChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<Band> list = bands();
    QList<qreal> below(m_points.size(), 0.0);
    QList<QAreaSeries *> areas;
    int highest = 0;
    for (const Band &band : list) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        QList<QPointF> upperPoints;
        QList<QPointF> lowerPoints;
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            const qreal x = dayPosition(m_points.at(i).day);
            lowerPoints << QPointF(x, below[i]);
            below[i] += band.value(m_points.at(i));
            upperPoints << QPointF(x, below[i]);
            highest = std::max(highest, int(below[i]));
        }
        upper->replace(upperPoints);
        lower->replace(lowerPoints);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(band.name);
        area->setColor(band.color);
        area->setBorderColor(band.color.darker(125));
        areas.prepend(area); // the legend reads from planning down
    }
    for (QAreaSeries *area : std::as_const(areas)) {
        c->addSeries(area);
        area->attachAxis(m_x);
        area->attachAxis(m_y);
    }
    updateAxes(highest);
}

void CumulativeFlowChart::updateAxes(int highest)
{
    if (m_points.isEmpty())
        return;
    const QDate first = m_points.first().day;
    const QDate last = m_points.last().day;
    m_x->setRange(QDateTime(first, QTime(12, 0)), QDateTime(last, QTime(12, 0)));
    m_x->setFormat(first.daysTo(last) > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    const int step = countStep(std::max(1, highest));
    m_y->setTickInterval(step);
    m_y->setRange(0, double(((std::max(1, highest) + step - 1) / step) * step));
}

QString CumulativeFlowChart::pointText(const QDate &day) const
{
    if (m_points.isEmpty())
        return {};
    auto nearest = std::min_element(
        m_points.cbegin(), m_points.cend(), [&day](const FlowPoint &a, const FlowPoint &b) {
            return std::abs(a.day.daysTo(day)) < std::abs(b.day.daysTo(day));
        });
    QString text = QStringLiteral("<b>%1</b>")
                       .arg(shortDate(QDateTime(nearest->day, QTime(12, 0))).toHtmlEscaped());
    QList<Band> list = bands();
    std::reverse(list.begin(), list.end());
    for (const Band &band : std::as_const(list))
        text += QStringLiteral("<br>%1: %2")
                    .arg(band.name.toHtmlEscaped())
                    .arg(band.value(*nearest));
    return text;
}

void CumulativeFlowChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (m_points.isEmpty() || !chart()->plotArea().contains(chartPos)) {
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(chartPos);
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(value.x())).date();
    QToolTip::showText(event->globalPosition().toPoint(), pointText(day), this);
}

} // namespace mlp::ui
