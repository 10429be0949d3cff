#include "ui/chart/chartitems.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

namespace {
constexpr double kPadX = 4.0;
constexpr double kPadY = 1.5;
} // namespace

LabelItem::LabelItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void LabelItem::setText(const QString &text, const QFont &font, bool emphasised)
{
    prepareGeometryChange();
    m_text = text;
    m_font = font;
    m_font.setBold(emphasised);
    m_emphasised = emphasised;
    const QFontMetricsF fm(m_font);
    m_size = QSizeF(fm.horizontalAdvance(text) + 2 * kPadX, fm.height() + 2 * kPadY);
}

QRectF LabelItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_emphasised ? QPen(QColor(30, 30, 30), 1) : QPen(QColor(0, 0, 0, 60), 1));
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(m_font);
    painter->setPen(QColor(20, 20, 20));
    painter->drawText(boundingRect(), Qt::AlignCenter, m_text);
}

OverrideMarkItem::OverrideMarkItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void OverrideMarkItem::setPositions(QPointF computed, QPointF placed, bool hasComputed)
{
    if (computed == m_computed && placed == m_placed && hasComputed == m_hasComputed)
        return;
    prepareGeometryChange();
    m_computed = computed;
    m_placed = placed;
    m_hasComputed = hasComputed;
}

void OverrideMarkItem::setDetailed(bool detailed)
{
    if (detailed == m_detailed)
        return;
    prepareGeometryChange();
    m_detailed = detailed;
}

QRectF OverrideMarkItem::boundingRect() const
{
    QRectF r(m_placed - QPointF(8, 8), QSizeF(16, 16));
    if (m_hasComputed && m_detailed)
        r |= QRectF(m_computed - QPointF(6, 6), QSizeF(12, 12));
    return r;
}

void OverrideMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (!m_detailed) {
        painter->setPen(QPen(QColor(20, 20, 20, 140), 1));
        painter->drawRect(QRectF(m_placed - QPointF(5.5, 5.5), QSizeF(11, 11)));
        return;
    }
    if (m_hasComputed) {
        painter->setPen(QPen(QColor(50, 50, 50, 200), 1, Qt::DashLine));
        painter->drawLine(m_computed, m_placed);
        painter->setPen(QPen(QColor(50, 50, 50), 1.2));
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawEllipse(m_computed, 4, 4);
        painter->setBrush(Qt::NoBrush);
    }
    painter->setPen(QPen(QColor(20, 20, 20), 1.6));
    painter->drawRect(QRectF(m_placed - QPointF(6.5, 6.5), QSizeF(13, 13)));
}

QuadrantNameItem::QuadrantNameItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void QuadrantNameItem::setText(const QString &text, const QFont &font, const QColor &color)
{
    if (text == m_text && font == m_font && color == m_color)
        return;
    prepareGeometryChange();
    m_text = text;
    m_font = font;
    m_color = color;
    const QFontMetricsF fm(m_font);
    m_size = QSizeF(fm.horizontalAdvance(text) + 2 * kPadX + 2, fm.height() + 2 * kPadY);
}

QRectF QuadrantNameItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void QuadrantNameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 185));
    painter->drawRoundedRect(boundingRect(), 4, 4);
    painter->setFont(m_font);
    painter->setPen(m_color);
    painter->drawText(boundingRect(), Qt::AlignCenter, m_text);
}

PointerItem::PointerItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void PointerItem::setPointer(QPointF tip, QPointF direction, const QString &text, const QFont &font,
                             const QRectF &plot)
{
    prepareGeometryChange();
    const double length = std::hypot(direction.x(), direction.y());
    m_direction = length > 0 ? direction / length : QPointF(1, 0);
    m_tip = tip;
    m_text = text;
    m_font = font;
    m_font.setBold(true);
    const QFontMetricsF fm(m_font);
    const QSizeF size(fm.horizontalAdvance(text) + 2 * kPadX + 2, fm.height() + 2 * kPadY);
    // The name sits behind the arrow, inside the plot.
    const QPointF back = m_tip - m_direction * 16;
    QPointF topLeft(back.x() - size.width() / 2, back.y() - size.height() / 2);
    if (m_direction.x() > 0.5)
        topLeft.setX(back.x() - size.width());
    else if (m_direction.x() < -0.5)
        topLeft.setX(back.x());
    if (m_direction.y() > 0.5)
        topLeft.setY(back.y() - size.height());
    else if (m_direction.y() < -0.5)
        topLeft.setY(back.y());
    topLeft.setX(std::clamp(topLeft.x(), plot.left() + 2, plot.right() - size.width() - 2));
    topLeft.setY(std::clamp(topLeft.y(), plot.top() + 2, plot.bottom() - size.height() - 2));
    m_plate = QRectF(topLeft, size);
}

QPolygonF PointerItem::arrow() const
{
    const QPointF normal(-m_direction.y(), m_direction.x());
    const QPointF base = m_tip - m_direction * 12;
    return { m_tip, base + normal * 7, base - normal * 7 };
}

QRectF PointerItem::boundingRect() const
{
    return m_plate.united(arrow().boundingRect().adjusted(-1, -1, 1, 1));
}

void PointerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPolygonF arrow = this->arrow();
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(QColor(15, 15, 15));
    painter->drawPolygon(arrow);
    painter->setPen(QPen(QColor(15, 15, 15), 1.2));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(m_plate.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(m_font);
    painter->setPen(QColor(15, 15, 15));
    painter->drawText(m_plate, Qt::AlignCenter, m_text);
}

SelectedMarkItem::SelectedMarkItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void SelectedMarkItem::setMark(QPointF centre, double radius, const QColor &fill, bool hollow)
{
    if (centre == m_centre && radius == m_radius && fill == m_fill && hollow == m_hollow)
        return;
    prepareGeometryChange();
    m_centre = centre;
    m_radius = radius;
    m_fill = fill;
    m_hollow = hollow;
}

QRectF SelectedMarkItem::boundingRect() const
{
    const double r = m_radius + 7;
    return QRectF(m_centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

void SelectedMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // The halo keeps the ring apart from the points around it.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(255, 255, 255, 235), 4));
    painter->drawEllipse(m_centre, m_radius + 3.5, m_radius + 3.5);
    painter->setPen(QPen(QColor(15, 15, 15), 2.2));
    painter->drawEllipse(m_centre, m_radius + 4.5, m_radius + 4.5);
    QColor fill = m_fill;
    fill.setAlpha(m_hollow ? 70 : 255);
    painter->setBrush(fill);
    painter->setPen(
        QPen(m_hollow ? m_fill.darker(120) : QColor(255, 255, 255), m_hollow ? 1.6 : 1));
    painter->drawEllipse(m_centre, m_radius, m_radius);
}

SpreadItem::SpreadItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{ }

void SpreadItem::setPoints(QPointF centre, const QList<QPointF> &raters, const QColor &color)
{
    prepareGeometryChange();
    m_centre = centre;
    m_raters = raters;
    m_color = color;
    // Through QPolygonF: uniting empty rectangles (QRectF(p, QSizeF(0, 0))) ignores them, which
    // left the bounds around the last rater only, and a partial repaint (the hover ring going
    // away) then drew the point over the spokes it did not know were there.
    QPolygonF all(raters);
    all.append(centre);
    m_bounds = all.boundingRect().adjusted(-4, -4, 4, 4);
}

QRectF SpreadItem::boundingRect() const
{
    return m_bounds;
}

void SpreadItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_raters.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QRectF range(m_raters.first(), QSizeF(0, 0));
    for (const QPointF &p : m_raters)
        range |= QRectF(p, QSizeF(0, 0));
    QColor box = m_color.darker(130);
    box.setAlpha(150);
    painter->setPen(QPen(box, 1, Qt::DashLine));
    painter->setBrush(QColor(m_color.red(), m_color.green(), m_color.blue(), 25));
    painter->drawRect(range);
    painter->setPen(QPen(box, 1));
    for (const QPointF &p : m_raters)
        painter->drawLine(m_centre, p);
    painter->setBrush(m_color.darker(140));
    painter->setPen(Qt::NoPen);
    for (const QPointF &p : m_raters)
        painter->drawEllipse(p, 2.6, 2.6);
}

RingsItem::RingsItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void RingsItem::setRings(const QList<QPointF> &centres, double radius, const QPen &pen)
{
    prepareGeometryChange();
    m_centres = centres;
    m_radius = radius;
    m_pen = pen;
    QRectF r;
    const double extent = radius + pen.widthF();
    for (const QPointF &c : centres)
        r |= QRectF(c.x() - extent, c.y() - extent, 2 * extent, 2 * extent);
    m_bounds = r;
}

QRectF RingsItem::boundingRect() const
{
    return m_bounds;
}

void RingsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed
        = option->exposedRect.adjusted(-m_radius - 2, -m_radius - 2, m_radius + 2, m_radius + 2);
    for (const QPointF &c : m_centres) {
        if (exposed.contains(c))
            painter->drawEllipse(c, m_radius, m_radius);
    }
}

} // namespace mlp::ui
