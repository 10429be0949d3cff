#include "report/chartpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mlp::report {

namespace {

constexpr double kMax = 10.0;

QColor quadrantFill(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::DoFirst:
        return QColor(0xdf, 0xf0, 0xe2);
    case Quadrant::BigBet:
        return QColor(0xfb, 0xef, 0xd6);
    case Quadrant::SmallWin:
        return QColor(0xdc, 0xeb, 0xf5);
    case Quadrant::Avoid:
    case Quadrant::Unscored:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QColor pointColor(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::DoFirst:
        return QColor(0x2e, 0x7d, 0x32);
    case Quadrant::BigBet:
        return QColor(0xb2, 0x6a, 0x00);
    case Quadrant::SmallWin:
        return QColor(0x0a, 0x5a, 0x8c);
    case Quadrant::Avoid:
    case Quadrant::Unscored:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

// A uniform grid of rectangles for the collision tests: each rectangle is filed under every cell
// it touches, so a test looks at a few neighbours instead of every label placed so far.
class RectGrid
{
public:
    RectGrid(const QRectF &area, qreal cell)
        : m_area(area)
        , m_cell(std::max<qreal>(cell, 1))
    { }

    void add(const QRectF &rect)
    {
        const int index = int(m_rects.size());
        m_rects.append(rect);
        forCells(rect, [&](quint64 key) {
            m_cells[key].append(index);
            return true;
        });
    }

    bool collides(const QRectF &rect) const
    {
        bool hit = false;
        forCells(rect, [&](quint64 key) {
            const auto found = m_cells.constFind(key);
            if (found == m_cells.cend())
                return true;
            for (int index : *found) {
                if (m_rects[index].intersects(rect)) {
                    hit = true;
                    return false;
                }
            }
            return true;
        });
        return hit;
    }

private:
    template<typename F> void forCells(const QRectF &rect, F &&f) const
    {
        const int x0 = int(std::floor((rect.left() - m_area.left()) / m_cell));
        const int x1 = int(std::floor((rect.right() - m_area.left()) / m_cell));
        const int y0 = int(std::floor((rect.top() - m_area.top()) / m_cell));
        const int y1 = int(std::floor((rect.bottom() - m_area.top()) / m_cell));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const quint64 key = (quint64(quint32(y)) << 32) | quint32(x);
                if (!f(key))
                    return;
            }
        }
    }

    QRectF m_area;
    qreal m_cell;
    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells;
};

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ChartValues ChartValues::fromRanking(const Portfolio &portfolio, const QList<RankedIdea> &ranked)
{
    ChartValues values;
    values.impactThreshold = portfolio.config.impactThreshold;
    values.feasibilityThreshold = portfolio.config.feasibilityThreshold;
    for (Quadrant q : { Quadrant::DoFirst, Quadrant::BigBet, Quadrant::SmallWin, Quadrant::Avoid })
        values.quadrantNames[static_cast<int>(q)] = quadrantName(q, portfolio.config);
    values.xTitle = QCoreApplication::translate("mlp::report",
                                                "Feasibility (0–10, higher is cheaper and easier)");
    values.yTitle = QCoreApplication::translate("mlp::report", "Impact (0–10)");
    values.points.reserve(ranked.size());
    for (const RankedIdea &entry : ranked) {
        if (!entry.score.impact || !entry.score.feasibility)
            continue;
        const Idea &idea = portfolio.ideas.at(entry.index);
        values.points.append(ChartPoint { idea.id, idea.name, *entry.score.feasibility,
                                          *entry.score.impact, entry.score.quadrant });
    }
    return values;
}

ChartPainter::ChartPainter(ChartValues values, QFont font)
    : m_values(std::move(values))
    , m_font(std::move(font))
{ }

QPointF ChartPainter::map(const QRectF &plot, double feasibility, double impact) const
{
    const double x = std::clamp(feasibility, 0.0, kMax) / kMax;
    const double y = std::clamp(impact, 0.0, kMax) / kMax;
    return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height());
}

ChartGeometry ChartPainter::layout(const QRectF &rect, QPaintDevice *device) const
{
    ChartGeometry g;
    const QFontMetricsF fm(m_font, device);
    const QFontMetricsF bold(boldOf(m_font), device);
    const qreal em = fm.height();
    const qreal left = em * 1.4 + fm.horizontalAdvance(QStringLiteral("10")) + em * 0.6;
    const qreal bottom = em * 2.8;
    g.plot = QRectF(rect.left() + left, rect.top() + em * 0.5, rect.width() - left - em * 0.8,
                    rect.height() - bottom - em * 0.5);
    g.radius = em * 0.28;

    const QPointF split = map(g.plot, m_values.feasibilityThreshold, m_values.impactThreshold);
    const qreal pad = em * 0.3;
    for (Quadrant q :
         { Quadrant::DoFirst, Quadrant::BigBet, Quadrant::SmallWin, Quadrant::Avoid }) {
        const QString &name = m_values.quadrantNames[static_cast<int>(q)];
        const QSizeF size(bold.horizontalAdvance(name), bold.height());
        const bool right = q == Quadrant::DoFirst || q == Quadrant::SmallWin;
        const bool top = q == Quadrant::DoFirst || q == Quadrant::BigBet;
        const qreal x = right ? g.plot.right() - pad - size.width() : g.plot.left() + pad;
        const qreal y = top ? g.plot.top() + pad : g.plot.bottom() - pad - size.height();
        // A quadrant squeezed by an extreme threshold gets no name rather than a clipped one.
        const QRectF quadrant
            = QRectF(right ? split.x() : g.plot.left(), top ? g.plot.top() : split.y(),
                     right ? g.plot.right() - split.x() : split.x() - g.plot.left(),
                     top ? split.y() - g.plot.top() : g.plot.bottom() - split.y());
        const QRectF box(QPointF(x, y), size);
        if (quadrant.contains(box))
            g.quadrantNameRects[static_cast<int>(q)] = box;
    }

    RectGrid taken(g.plot.adjusted(-em, -em, em, em), em * 2);
    for (const QRectF &box : g.quadrantNameRects) {
        if (!box.isEmpty())
            taken.add(box);
    }
    // Labels stay off the threshold lines, where they would be hard to read.
    const qreal line = em * 0.05;
    taken.add(QRectF(split.x() - line, g.plot.top(), 2 * line, g.plot.height()));
    taken.add(QRectF(g.plot.left(), split.y() - line, g.plot.width(), 2 * line));
    g.points.reserve(m_values.points.size());
    for (const ChartPoint &point : m_values.points) {
        const QPointF at = map(g.plot, point.feasibility, point.impact);
        g.points.append(at);
        taken.add(QRectF(at.x() - g.radius, at.y() - g.radius, 2 * g.radius, 2 * g.radius));
    }

    const qreal maxWidth = em * 11;
    const qreal gap = g.radius * 1.5;
    for (int i = 0; i < m_values.points.size(); ++i) {
        const QString text = fm.elidedText(m_values.points[i].label, Qt::ElideRight, maxWidth);
        const QSizeF size(fm.horizontalAdvance(text), fm.height());
        const QPointF c = g.points[i];
        const std::array<QPointF, 6> corners {
            QPointF(c.x() + gap, c.y() - size.height() / 2),                // right
            QPointF(c.x() - gap - size.width(), c.y() - size.height() / 2), // left
            QPointF(c.x() - size.width() / 2, c.y() - gap - size.height()), // above
            QPointF(c.x() - size.width() / 2, c.y() + gap),                 // below
            QPointF(c.x() + gap, c.y() - gap - size.height()),              // upper right
            QPointF(c.x() + gap, c.y() + gap),                              // lower right
        };
        bool placed = false;
        for (const QPointF &corner : corners) {
            const QRectF box(corner, size);
            if (!g.plot.contains(box) || taken.collides(box))
                continue;
            taken.add(box);
            g.labels.append(ChartLabel { i, box, text });
            placed = true;
            break;
        }
        if (!placed)
            ++g.labelsLeftOut;
    }
    return g;
}

ChartGeometry ChartPainter::paint(QPainter &painter, const QRectF &rect) const
{
    const ChartGeometry g = layout(rect, painter.device());
    const QFontMetricsF fm(m_font, painter.device());
    const qreal em = fm.height();
    const QRectF &plot = g.plot;
    const QPointF split = map(plot, m_values.feasibilityThreshold, m_values.impactThreshold);

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(plot.topLeft(), QPointF(split.x(), split.y())),
                     quadrantFill(Quadrant::BigBet));
    painter.fillRect(QRectF(QPointF(split.x(), plot.top()), QPointF(plot.right(), split.y())),
                     quadrantFill(Quadrant::DoFirst));
    painter.fillRect(QRectF(QPointF(plot.left(), split.y()), QPointF(split.x(), plot.bottom())),
                     quadrantFill(Quadrant::Avoid));
    painter.fillRect(QRectF(split, plot.bottomRight()), quadrantFill(Quadrant::SmallWin));

    // Grid, ticks and tick labels.
    const qreal hair = em * 0.04;
    painter.setFont(m_font);
    for (int v = 0; v <= int(kMax); ++v) {
        const QPointF x = map(plot, v, 0);
        const QPointF y = map(plot, 0, v);
        painter.setPen(QPen(QColor(255, 255, 255), hair));
        painter.drawLine(QLineF(x.x(), plot.top(), x.x(), plot.bottom()));
        painter.drawLine(QLineF(plot.left(), y.y(), plot.right(), y.y()));
        painter.setPen(QPen(QColor(0x44, 0x44, 0x44), hair * 1.5));
        painter.drawLine(QLineF(x.x(), plot.bottom(), x.x(), plot.bottom() + em * 0.25));
        painter.drawLine(QLineF(plot.left() - em * 0.25, y.y(), plot.left(), y.y()));
        const QString label = QString::number(v);
        painter.drawText(QPointF(x.x() - fm.horizontalAdvance(label) / 2,
                                 plot.bottom() + em * 0.3 + fm.ascent()),
                         label);
        painter.drawText(QPointF(plot.left() - em * 0.4 - fm.horizontalAdvance(label),
                                 y.y() + (fm.ascent() - fm.descent()) / 2),
                         label);
    }
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44), hair * 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    // The thresholds.
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), hair * 2, Qt::DashLine));
    painter.drawLine(QLineF(split.x(), plot.top(), split.x(), plot.bottom()));
    painter.drawLine(QLineF(plot.left(), split.y(), plot.right(), split.y()));

    // Axis titles.
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(m_values.xTitle) / 2,
                             plot.bottom() + em * 1.5 + fm.ascent()),
                     m_values.xTitle);
    painter.save();
    painter.translate(rect.left() + fm.ascent(),
                      plot.center().y() + fm.horizontalAdvance(m_values.yTitle) / 2);
    painter.rotate(-90);
    painter.drawText(QPointF(0, 0), m_values.yTitle);
    painter.restore();

    // Quadrant names.
    const QFont bold = boldOf(m_font);
    const QFontMetricsF boldMetrics(bold, painter.device());
    painter.setFont(bold);
    for (Quadrant q :
         { Quadrant::DoFirst, Quadrant::BigBet, Quadrant::SmallWin, Quadrant::Avoid }) {
        const QRectF &box = g.quadrantNameRects[static_cast<int>(q)];
        if (box.isEmpty())
            continue;
        painter.setPen(pointColor(q).darker(130));
        painter.drawText(QPointF(box.left(), box.top() + boldMetrics.ascent()),
                         m_values.quadrantNames[static_cast<int>(q)]);
    }

    // Points, then labels over them.
    painter.setPen(QPen(QColor(255, 255, 255), hair * 1.5));
    for (Quadrant q :
         { Quadrant::DoFirst, Quadrant::BigBet, Quadrant::SmallWin, Quadrant::Avoid }) {
        painter.setBrush(pointColor(q));
        for (int i = 0; i < g.points.size(); ++i) {
            if (m_values.points[i].quadrant == q)
                painter.drawEllipse(g.points[i], g.radius, g.radius);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setFont(m_font);
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    for (const ChartLabel &label : g.labels)
        painter.drawText(QPointF(label.rect.left(), label.rect.top() + fm.ascent()), label.text);
    return g;
}

} // namespace mlp::report
