// What the mouse, the wheel and the context menu do on the chart: hover, click, drag a point to
// place it by hand, pan and zoom.

#include "core/domain/scoreformat.h"
#include "ui/chart/chartcard.h"
#include "ui/chart/chartheader.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview_p.h"
#include "ui/document/document.h"
#include "ui/editor/editlock.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QGraphicsEllipseItem>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

using namespace chart;

namespace {

QPointF clampToScale(QPointF value)
{
    return QPointF(std::clamp(value.x(), 0.0, ChartZoom::kExtent),
                   std::clamp(value.y(), 0.0, ChartZoom::kExtent));
}

} // namespace

QList<ChartToolTip::Line> PortfolioChartView::Private::toolTipFor(qint64 id) const
{
    return ChartCard::forIdea(*doc, id);
}

// ---- Hover -------------------------------------------------------------------------------

void PortfolioChartView::Private::hover(QPointF viewportPos, QPoint globalPos)
{
    const int key = hitTest(viewportPos);
    if (key < 0) {
        clearHover();
        return;
    }
    const qint64 id = entries[key].id;
    if (id == hoveredId)
        return;
    clearHover();
    hoveredId = id;
    const QPointF c = toChart(entries[key].value);
    const double r = markerRadius(key) + 2.5;
    hoverRing->setRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    hoverRing->show();
    if (overridesCrowded && overrideMarks.contains(id))
        refreshOverride(id);
    card->setLines(toolTipFor(id));
    card->showNear(globalPos, view->viewport());
}

void PortfolioChartView::Private::clearHover()
{
    if (hoveredId == 0)
        return;
    const qint64 was = hoveredId;
    hoveredId = 0;
    hoverRing->hide();
    card->hide();
    card->setLines({});
    if (overridesCrowded && overrideMarks.contains(was))
        refreshOverride(was);
}

// ---- Click, drag a point, pan ------------------------------------------------------------

void PortfolioChartView::Private::press(QMouseEvent *event)
{
    pressPos = event->position().toPoint();
    lastPanPos = pressPos;
    // The middle button pans from anywhere, even where points are too dense to find an
    // empty spot.
    if (event->button() == Qt::MiddleButton) {
        gesture = zoom.isZoomed() ? Gesture::PanPressed : Gesture::None;
        return;
    }
    // The arrow to a selected idea out of view brings it into view.
    const QPointF chartPos = event->position() - chartOrigin();
    if (pointerId != 0 && pointer->isVisible() && pointer->boundingRect().contains(chartPos)) {
        gesture = Gesture::None;
        const auto found = keyById.constFind(pointerId);
        if (found != keyById.cend() && zoom.ensureVisible(entries[*found].value, 0.15))
            applyZoom();
        return;
    }
    const int key = hitTest(event->position());
    if (key >= 0) {
        gesture = Gesture::Pressed;
        pressedId = entries[key].id;
        return;
    }
    const bool onPlot = chart->plotArea().contains(event->position() - chartOrigin());
    gesture = onPlot && zoom.isZoomed() ? Gesture::PanPressed : Gesture::None;
}

void PortfolioChartView::Private::move(QMouseEvent *event)
{
    if (gesture == Gesture::None || !(event->buttons() & (Qt::LeftButton | Qt::MiddleButton))) {
        hover(event->position(), event->globalPosition().toPoint());
        return;
    }
    const QPoint pos = event->position().toPoint();
    const bool farEnough = (pos - pressPos).manhattanLength() >= QApplication::startDragDistance();
    if (gesture == Gesture::PanPressed || gesture == Gesture::Panning) {
        if (gesture == Gesture::PanPressed) {
            if (!farEnough)
                return;
            gesture = Gesture::Panning;
            clearHover();
            view->viewport()->setCursor(Qt::ClosedHandCursor);
        }
        const QPointF s = scale();
        const QPoint delta = pos - lastPanPos;
        lastPanPos = pos;
        if (s.x() > 0 && s.y() > 0 && zoom.panBy(QPointF(-delta.x() / s.x(), delta.y() / s.y())))
            applyZoom();
        return;
    }
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (gesture == Gesture::Pressed) {
        if (!farEnough)
            return;
        // A login that may not change ideas (or a read-only window) cannot place one by hand:
        // say why instead of showing a drag the store would refuse.
        if (const PortfolioStore::Permissions may = doc->permissions(); !may.ideas) {
            cancelDrag();
            QToolTip::showText(event->globalPosition().toPoint(), EditLock::whyNotIdeas(may),
                               view->viewport());
            return;
        }
        const auto found = keyById.constFind(pressedId);
        if (found == keyById.cend()) {
            cancelDrag();
            return;
        }
        gesture = Gesture::Dragging;
        clearHover();
        const Entry &e = entries[*found];
        const double size
            = std::max(12.0, ChartStyle::markerSize(sizeMode, bucketOfLayer(e.layer)));
        dragGhost->setRect(QRectF(-size / 2, -size / 2, size, size));
        QColor fill = colorOf(*found);
        fill.setAlpha(170);
        dragGhost->setBrush(fill);
        dragGhost->setPen(QPen(QColor(20, 20, 20), 1.5, Qt::DashLine));
        dragGhost->show();
        const QPointF from = toChart(e.value);
        dragOrigin->setRect(QRectF(from - QPointF(4, 4), QSizeF(8, 8)));
        dragOrigin->show();
        view->viewport()->setCursor(Qt::ClosedHandCursor);
    }
    // The preview stays where the point will land: inside the plot and on the 0–10 scale.
    const QRectF plot = chart->plotArea();
    QPointF c = QPointF(pos) - chartOrigin();
    c.setX(std::clamp(c.x(), plot.left(), plot.right()));
    c.setY(std::clamp(c.y(), plot.top(), plot.bottom()));
    const QPointF v = clampToScale(toValue(c));
    c = toChart(v);
    dragGhost->setPos(c);
    const ScoringConfig &config = doc->portfolio().config;
    const double impact = std::round(v.y() * 10) / 10;
    const double feasibility = std::round(v.x() * 10) / 10;
    // The readout is the hover card (its own window), so a frame repaints only the preview.
    using Style = ChartToolTip::Style;
    const Quadrant quadrant = quadrantFor(impact, feasibility, config);
    card->setLines(
        { { tr("Place by hand"), Style::Strong, 0 },
          { tr("impact %1 · feasibility %2").arg(formatScore(impact), formatScore(feasibility)),
            Style::Normal, 0 },
          { quadrantName(quadrant, config), Style::Normal, 0 },
          { tr("Esc cancels; the answers stay as they are"), Style::Dim, 0 } });
    card->showNear(view->viewport()->mapToGlobal((c + chartOrigin()).toPoint()), view->viewport());
}

void PortfolioChartView::Private::release(QMouseEvent *event)
{
    const Gesture was = gesture;
    const qint64 id = pressedId;
    const QPointF ghost = dragGhost->pos();
    cancelDrag();
    if (was == Gesture::Pressed) {
        emit q->ideaClicked(id, event->modifiers());
        return;
    }
    if (was != Gesture::Dragging)
        return;
    const Idea *item = idea(id);
    if (!item)
        return;
    const QPointF v = clampToScale(toValue(ghost));
    ManualOverride placement;
    placement.feasibility = std::round(v.x() * 10) / 10;
    placement.impact = std::round(v.y() * 10) / 10;
    placement.note = item->manualOverride.note.isEmpty() ? tr("Placed on the chart")
                                                         : item->manualOverride.note;
    const Status status = doc->setOverride(id, placement);
    if (!status.ok()) {
        QToolTip::showText(event->globalPosition().toPoint(), status.error().message,
                           view->viewport());
        return;
    }
    emit q->ideaClicked(id, Qt::NoModifier);
}

void PortfolioChartView::Private::cancelDrag()
{
    if (gesture == Gesture::Dragging)
        card->hide();
    if (gesture == Gesture::Dragging || gesture == Gesture::Panning) {
        if (zoom.isZoomed())
            view->viewport()->setCursor(Qt::OpenHandCursor);
        else
            view->viewport()->unsetCursor();
    }
    gesture = Gesture::None;
    pressedId = 0;
    dragGhost->hide();
    dragOrigin->hide();
}

// ---- Context menu ------------------------------------------------------------------------

void PortfolioChartView::Private::showContextMenu(QContextMenuEvent *event)
{
    // The card is a window of its own: left up, it would cover the menu.
    clearHover();
    if (gesture != Gesture::None)
        return;
    const int key = hitTest(event->pos());
    QMenu menu(view);
    QAction *editNote = nullptr;
    QAction *clear = nullptr;
    qint64 id = 0;
    if (key >= 0) {
        id = entries[key].id;
        const Score *score = doc->scoreFor(id);
        const PortfolioStore::Permissions may = doc->permissions();
        const bool placed
            = score && (score->impactOverridden || score->feasibilityOverridden) && may.ideas;
        editNote = menu.addAction(tr("Edit Placement Note…"));
        editNote->setObjectName(QStringLiteral("chartEditPlacementNote"));
        editNote->setEnabled(placed);
        clear = menu.addAction(tr("Clear manual placement"));
        clear->setObjectName(QStringLiteral("chartClearPlacement"));
        clear->setEnabled(placed);
        menu.addSeparator();
    }
    menu.addAction(zoomInAction);
    menu.addAction(zoomOutAction);
    menu.addAction(resetZoomAction);
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen || id == 0)
        return;
    if (chosen == clear) {
        const Status status = doc->clearOverride(id);
        if (!status.ok())
            QToolTip::showText(event->globalPos(), status.error().message, view->viewport());
    } else if (chosen == editNote) {
        editPlacementNote(id, event->globalPos());
    }
}

// The note says why an idea sits where it was placed rather than where its answers put it. It
// is part of the idea's manual override, so the edit is one undoable step of the document.
void PortfolioChartView::Private::editPlacementNote(qint64 id, QPoint globalPos)
{
    const Idea *item = idea(id);
    if (!item || !item->manualOverride.isSet())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        q, tr("Placement Note"),
        tr("Why is “%1” placed by hand rather than where its answers put it?").arg(item->name),
        QLineEdit::Normal, item->manualOverride.note, &ok);
    if (!ok)
        return;
    item = idea(id); // the dialog ran an event loop: the idea may have changed or gone
    if (!item || !item->manualOverride.isSet())
        return;
    Idea changed = *item;
    changed.manualOverride.note = note.trimmed();
    const Status status = doc->editIdea(changed, tr("Edit placement note of “%1”").arg(item->name));
    if (!status.ok())
        QToolTip::showText(globalPos, status.error().message, view->viewport());
}

// ---- Zoom and pan ------------------------------------------------------------------------

void PortfolioChartView::Private::createZoomActions()
{
    zoomInAction = new QAction(tr("Zoom &In"), q);
    zoomInAction->setObjectName(QStringLiteral("actionChartZoomIn"));
    zoomInAction->setIconText(QStringLiteral("+"));
    zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    zoomInAction->setToolTip(tr("Zoom in on the chart (or turn the wheel over it)"));
    QObject::connect(zoomInAction, &QAction::triggered, q, &PortfolioChartView::zoomIn);

    zoomOutAction = new QAction(tr("Zoom &Out"), q);
    zoomOutAction->setObjectName(QStringLiteral("actionChartZoomOut"));
    zoomOutAction->setIconText(QStringLiteral("−"));
    zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    zoomOutAction->setToolTip(tr("Zoom out of the chart"));
    QObject::connect(zoomOutAction, &QAction::triggered, q, &PortfolioChartView::zoomOut);

    resetZoomAction = new QAction(tr("Show the &Whole Chart"), q);
    resetZoomAction->setObjectName(QStringLiteral("actionChartResetZoom"));
    resetZoomAction->setIconText(tr("Whole chart"));
    resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    resetZoomAction->setToolTip(
        tr("Show the whole 0–10 range again (or double-click an empty spot)"));
    QObject::connect(resetZoomAction, &QAction::triggered, q, &PortfolioChartView::resetZoom);
}

void PortfolioChartView::Private::wheel(QWheelEvent *event)
{
    const int notches = event->angleDelta().y();
    if (notches == 0 || gesture == Gesture::Dragging || gesture == Gesture::Panning)
        return;
    const QPointF chartPos = event->position() - chartOrigin();
    std::optional<QPointF> anchor;
    if (chart->plotArea().contains(chartPos))
        anchor = toValue(chartPos);
    zoomBy(std::pow(ChartZoom::kStep, notches / 120.0), anchor);
}

// Arrow keys move the range by an eighth of it.
bool PortfolioChartView::Private::panByKey(int key)
{
    const QRectF range = zoom.range();
    QPointF delta;
    switch (key) {
    case Qt::Key_Left:
        delta = QPointF(-range.width() / 8, 0);
        break;
    case Qt::Key_Right:
        delta = QPointF(range.width() / 8, 0);
        break;
    case Qt::Key_Up:
        delta = QPointF(0, range.height() / 8);
        break;
    case Qt::Key_Down:
        delta = QPointF(0, -range.height() / 8);
        break;
    default:
        return false;
    }
    if (gesture == Gesture::None && zoom.panBy(delta))
        applyZoom();
    return true;
}

void PortfolioChartView::Private::zoomBy(double factor, std::optional<QPointF> anchorValue)
{
    if (gesture == Gesture::Dragging || gesture == Gesture::Panning)
        return;
    if (zoom.zoomAt(anchorValue.value_or(zoom.range().center()), factor))
        applyZoom();
}

// Sets the axes to the zoomed range, with ticks at round values, and lays every decoration out
// again for it.
void PortfolioChartView::Private::applyZoom()
{
    const QRectF range = zoom.range();
    axisX->setRange(range.left(), range.right());
    axisY->setRange(range.top(), range.bottom());
    for (QValueAxis *axis : { axisX, axisY }) {
        const double interval = ChartZoom::tickInterval(axis->max() - axis->min());
        axis->setTickInterval(interval);
        axis->setLabelFormat(interval >= 1.0       ? QStringLiteral("%.0f")
                                 : interval >= 0.1 ? QStringLiteral("%.1f")
                                                   : QStringLiteral("%.2f"));
    }
    zoomInAction->setEnabled(zoom.canZoomIn());
    zoomOutAction->setEnabled(zoom.isZoomed());
    resetZoomAction->setEnabled(zoom.isZoomed());
    if (gesture != Gesture::Panning) {
        if (zoom.isZoomed())
            view->viewport()->setCursor(Qt::OpenHandCursor);
        else
            view->viewport()->unsetCursor();
    }
    clearHover();
    layoutAll();
    refreshHeader();
}

// A selection made elsewhere (the table) that lies outside a zoomed range: pan to it.
bool PortfolioChartView::Private::revealSelection()
{
    if (!zoom.isZoomed() || selected.isEmpty())
        return false;
    std::optional<QPointF> first;
    for (qint64 id : std::as_const(selected)) {
        const auto found = keyById.constFind(id);
        if (found == keyById.cend())
            continue;
        if (isInView(entries[*found].value))
            return false;
        if (!first)
            first = entries[*found].value;
    }
    if (!first || !zoom.ensureVisible(*first, 0.15))
        return false;
    applyZoom();
    return true;
}

} // namespace mlp::ui
