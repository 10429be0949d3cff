#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QString>

namespace mlp::ui {

// Small scene items drawn over the scatter series. Each covers only its own few pixels, so
// moving or changing one repaints a small region rather than the whole plot.

// A point's name on a translucent plate so that it stays readable over dense points.
class LabelItem : public QGraphicsItem
{
public:
    explicit LabelItem(QGraphicsItem *parent = nullptr);
    void setText(const QString &text, const QFont &font, bool emphasised);
    QString text() const { return m_text; }
    QSizeF size() const { return m_size; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QFont m_font;
    QSizeF m_size;
    bool m_emphasised = false;
};

// A manual placement: a hollow ring where the answers put the idea, a dashed line, and a
// square frame around the placed point.
// Where many ideas are placed by hand, only a light square is drawn for each (the detail
// stays for the selected ones), so that the marks do not tangle.
class OverrideMarkItem : public QGraphicsItem
{
public:
    explicit OverrideMarkItem(QGraphicsItem *parent = nullptr);
    void setPositions(QPointF computed, QPointF placed, bool hasComputed);
    void setDetailed(bool detailed);
    bool isDetailed() const { return m_detailed; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF m_computed;
    QPointF m_placed;
    bool m_hasComputed = false;
    bool m_detailed = true;
};

// A quadrant's name on a translucent plate, drawn above the points so that they never hide it.
class QuadrantNameItem : public QGraphicsItem
{
public:
    explicit QuadrantNameItem(QGraphicsItem *parent = nullptr);
    void setText(const QString &text, const QFont &font, const QColor &color);
    QString text() const { return m_text; }
    QSizeF size() const { return m_size; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
    QSizeF m_size;
};

// Where a selected idea lies when a zoomed range leaves it out: an arrow at the edge of the
// plot pointing to it, with its name. Clicking it brings the idea into view.
class PointerItem : public QGraphicsItem
{
public:
    explicit PointerItem(QGraphicsItem *parent = nullptr);
    // `tip` on the edge of `plot`, pointing along `direction`.
    void setPointer(QPointF tip, QPointF direction, const QString &text, const QFont &font,
                    const QRectF &plot);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF arrow() const;

    QPointF m_tip;
    QPointF m_direction; // unit length
    QString m_text;
    QFont m_font;
    QRectF m_plate;
};

// A selected idea drawn again above every other point (its own marker, a white halo and a
// dark ring), so that it can be found among thousands.
class SelectedMarkItem : public QGraphicsItem
{
public:
    explicit SelectedMarkItem(QGraphicsItem *parent = nullptr);
    void setMark(QPointF centre, double radius, const QColor &fill, bool hollow);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF m_centre;
    double m_radius = 0.0;
    QColor m_fill;
    bool m_hollow = false;
};

// Where each rater on their own would put the idea: spokes from the aggregate to each rater
// and the dashed box of their range.
class SpreadItem : public QGraphicsItem
{
public:
    explicit SpreadItem(QGraphicsItem *parent = nullptr);
    void setPoints(QPointF centre, const QList<QPointF> &raters, const QColor &color);
    QPointF centre() const { return m_centre; }
    QList<QPointF> raters() const { return m_raters; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF m_centre;
    QList<QPointF> m_raters;
    QColor m_color;
    QRectF m_bounds;
};

// Rings around many points at once (a large selection): one item instead of thousands.
class RingsItem : public QGraphicsItem
{
public:
    explicit RingsItem(QGraphicsItem *parent = nullptr);
    void setRings(const QList<QPointF> &centres, double radius, const QPen &pen);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QPointF> m_centres;
    double m_radius = 0.0;
    QPen m_pen;
    QRectF m_bounds;
};

} // namespace mlp::ui
