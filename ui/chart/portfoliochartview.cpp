#include "ui/chart/portfoliochartview.h"

#include "ui/chart/chartheader.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview_p.h"
#include "ui/document/document.h"
#include "ui/document/selection.h"
#include "ui/models/ideasmodel.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

using namespace chart;

PortfolioChartView::Private::Private(PortfolioChartView *owner, Document *document)
    : q(owner)
    , doc(document)
{
    chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 8, 4));

    axisX = new QValueAxis;
    axisY = new QValueAxis;
    for (QValueAxis *axis : { axisX, axisY }) {
        // Ticks at round values whatever the range: the full range reaches a little beyond
        // 0 and 10 so that points there are drawn whole.
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setMinorTickCount(1);
        axis->setGridLineColor(QColor(0, 0, 0, 28));
        axis->setMinorGridLineColor(QColor(0, 0, 0, 12));
    }
    axisX->setTitleText(tr("Feasibility (0–10, higher is cheaper and easier)"));
    axisY->setTitleText(tr("Impact (0–10)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    view = new QChartView(chart, q);
    view->setObjectName(QStringLiteral("portfolioChartPlot"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    view->setFocusPolicy(Qt::ClickFocus);
    view->setFrameShape(QFrame::NoFrame);
    view->viewport()->setMouseTracking(true);
    // The scene holds a few dozen items (the points are one); hit-testing uses our own grid,
    // so a scene index would only be kept up to date for nothing on every zoom and pan step.
    view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    // Before the event filter, which must not hear of this child while d is being built.
    emptyMessage = new QLabel(view->viewport());
    emptyMessage->setObjectName(QStringLiteral("chartEmptyMessage"));
    emptyMessage->setAlignment(Qt::AlignCenter);
    emptyMessage->setWordWrap(true);
    emptyMessage->setTextFormat(Qt::RichText);
    emptyMessage->setAttribute(Qt::WA_TransparentForMouseEvents);
    emptyMessage->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255, 255, 255, 230); border: 1px solid palette(mid);"
        " border-radius: 6px; padding: 12px; }"));
    emptyMessage->hide();
    view->viewport()->installEventFilter(q);
    view->installEventFilter(q);

    overlay = new QGraphicsRectItem(chart);
    overlay->setPen(Qt::NoPen);
    overlay->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    overlay->setZValue(kOverlayZ);

    points = new PointsItem(entries, layerKeys, index, overlay);
    points->setZValue(kPointsZ);

    for (int i = 0; i < 4; ++i) {
        quadrantRects[static_cast<size_t>(i)] = new QGraphicsRectItem(chart);
        quadrantRects[static_cast<size_t>(i)]->setPen(Qt::NoPen);
        quadrantRects[static_cast<size_t>(i)]->setBrush(
            ChartStyle::quadrantColor(static_cast<Quadrant>(i)));
        quadrantRects[static_cast<size_t>(i)]->setZValue(kQuadrantZ);
        auto *name = new QuadrantNameItem(overlay);
        name->setZValue(kQuadrantNameZ);
        name->setData(0, QStringLiteral("quadrantName"));
        quadrantNames[static_cast<size_t>(i)] = name;
    }
    const QPen thresholdPen(QColor(60, 60, 60, 150), 1.2, Qt::DashLine);
    thresholdX = new QGraphicsLineItem(chart);
    thresholdY = new QGraphicsLineItem(chart);
    for (QGraphicsLineItem *line : { thresholdX, thresholdY }) {
        line->setPen(thresholdPen);
        line->setZValue(kThresholdZ);
    }

    pointer = new PointerItem(overlay);
    pointer->setZValue(kPointerZ);
    pointer->hide();

    hoverRing = new QGraphicsEllipseItem(overlay);
    hoverRing->setPen(QPen(QColor(20, 20, 20), 1.5));
    hoverRing->setZValue(kHoverZ);
    hoverRing->hide();

    dragGhost = new QGraphicsEllipseItem(overlay);
    dragGhost->setZValue(kDragZ);
    dragGhost->hide();
    dragOrigin = new QGraphicsEllipseItem(overlay);
    dragOrigin->setPen(QPen(QColor(50, 50, 50), 1.2));
    dragOrigin->setBrush(QColor(255, 255, 255, 200));
    dragOrigin->setZValue(kDragZ);
    dragOrigin->hide();

    card = new ChartToolTip(q);

    filter = new ChartFilter(q);
    createZoomActions();
    header = new ChartHeader({ zoomOutAction, zoomInAction, resetZoomAction }, q);
    legend = new ChartLegend(q);
    legend->setObjectName(QStringLiteral("portfolioChartLegend"));

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(view, 1);
    layout->addWidget(legend);
}

// ---- Geometry ----------------------------------------------------------------------------

QPointF PortfolioChartView::Private::toChart(QPointF value) const
{
    const QRectF plot = chart->plotArea();
    const QRectF range = zoom.range();
    return QPointF(plot.left() + (value.x() - range.left()) / range.width() * plot.width(),
                   plot.bottom() - (value.y() - range.top()) / range.height() * plot.height());
}

QPointF PortfolioChartView::Private::toValue(QPointF chartPos) const
{
    const QRectF plot = chart->plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return {};
    const QRectF range = zoom.range();
    return QPointF(range.left() + (chartPos.x() - plot.left()) / plot.width() * range.width(),
                   range.top() + (plot.bottom() - chartPos.y()) / plot.height() * range.height());
}

bool PortfolioChartView::Private::isInView(QPointF value) const
{
    const QRectF range = zoom.range();
    return value.x() >= range.left() && value.x() <= range.right() && value.y() >= range.top()
        && value.y() <= range.bottom();
}

QPointF PortfolioChartView::Private::chartOrigin() const
{
    return QPointF(view->mapFromScene(chart->mapToScene(QPointF(0, 0))));
}

QPointF PortfolioChartView::Private::scale() const
{
    const QRectF plot = chart->plotArea();
    const QRectF range = zoom.range();
    return QPointF(plot.width() / range.width(), plot.height() / range.height());
}

double PortfolioChartView::Private::markerRadius(int key) const
{
    return ChartStyle::markerSize(sizeMode, bucketOfLayer(entries[key].layer)) / 2.0;
}

QColor PortfolioChartView::Private::colorOf(int key) const
{
    return ChartStyle::groupColor(colorMode, groupOfLayer(entries[key].layer));
}

int PortfolioChartView::Private::hitTest(QPointF viewportPos) const
{
    if (entries.isEmpty())
        return -1;
    const QPointF chartPos = viewportPos - chartOrigin();
    // Points outside a zoomed range are not drawn, so they cannot be hit either.
    if (!chart->plotArea().contains(chartPos))
        return -1;
    const QPointF value = toValue(chartPos);
    const int key
        = index.nearest(value, kHitRadius, scale(), [this](int k) { return entries[k].value; });
    return key >= 0 && isInView(entries[key].value) ? key : -1;
}

// ---- PortfolioChartView ------------------------------------------------------------------

PortfolioChartView::PortfolioChartView(Document *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, document))
{
    setObjectName(QStringLiteral("portfolioChart"));
    connect(d->chart, &QChart::plotAreaChanged, this, [this] { d->layoutAll(); });
    connect(document, &Document::portfolioReset, this, [this] { d->rebuild(); });
    connect(document, &Document::settingsChanged, this, [this] { d->syncPoints(); });
    connect(d->filter, &ChartFilter::changed, this, [this] { d->syncPoints(); });
    connect(document, &Document::ideaAdded, this, [this](qint64 id) { d->updateIdea(id); });
    connect(document, &Document::ideaChanged, this, [this](qint64 id) { d->updateIdea(id); });
    connect(document, &Document::ideaRemoved, this, [this](qint64 id) { d->removeIdea(id); });
    connect(document, &Document::rankingChanged, this, [this] { d->refreshLabels(); });
    d->applyZoom();
    d->rebuild();
}

PortfolioChartView::~PortfolioChartView() = default;

QList<qint64> PortfolioChartView::selectedIds() const
{
    return d->selected;
}

PortfolioChartView::ColorMode PortfolioChartView::colorMode() const
{
    return d->colorMode;
}

PortfolioChartView::SizeMode PortfolioChartView::sizeMode() const
{
    return d->sizeMode;
}

void PortfolioChartView::setSelectedIds(const QList<qint64> &ids)
{
    if (ids == d->selected)
        return;
    d->selected = ids;
    d->selectedSet = QSet<qint64>(ids.cbegin(), ids.cend());
    // Bringing a selected point into a zoomed view lays everything out again.
    if (!d->revealSelection()) {
        d->layoutQuadrants(); // names move aside for the selected points
        d->refreshSelection();
        d->refreshAllOverrides();
        d->refreshSpreads();
        d->refreshLabels();
    }
}

void PortfolioChartView::setSelection(Selection *selection)
{
    connect(selection, &Selection::changed, this,
            [this, selection] { setSelectedIds(selection->ids()); });
    connect(this, &PortfolioChartView::ideaClicked, selection,
            [selection](qint64 id, Qt::KeyboardModifiers modifiers) {
                if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier | Qt::MetaModifier)))
                    selection->select(id > 0 ? QList<qint64> { id } : QList<qint64> {});
                else if (id > 0)
                    selection->toggle(id);
            });
    setSelectedIds(selection->ids());
}

void PortfolioChartView::setFilterModel(const QAbstractItemModel *model)
{
    d->filter->setModel(model, IdeasModel::IdRole);
}

QList<QAction *> PortfolioChartView::zoomActions() const
{
    return { d->zoomInAction, d->zoomOutAction, d->resetZoomAction };
}

bool PortfolioChartView::isZoomed() const
{
    return d->zoom.isZoomed();
}

QRectF PortfolioChartView::visibleRange() const
{
    return d->zoom.range();
}

void PortfolioChartView::zoomIn()
{
    d->zoomBy(ChartZoom::kStep, std::nullopt);
}

void PortfolioChartView::zoomOut()
{
    d->zoomBy(1.0 / ChartZoom::kStep, std::nullopt);
}

void PortfolioChartView::resetZoom()
{
    if (d->zoom.reset())
        d->applyZoom();
}

void PortfolioChartView::setColorMode(ColorMode mode)
{
    if (mode == d->colorMode)
        return;
    d->colorMode = mode;
    d->recreateLayers();
    d->rebuild();
}

void PortfolioChartView::setSizeMode(SizeMode mode)
{
    if (mode == d->sizeMode)
        return;
    d->sizeMode = mode;
    d->recreateLayers();
    d->rebuild();
}

bool PortfolioChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (!d) // still being built
        return QWidget::eventFilter(watched, event);
    if (watched == d->view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && d->gesture != Private::Gesture::None) {
            d->cancelDrag();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && d->panByKey(key->key()))
            return true;
    }
    if (watched != d->view->viewport())
        return QWidget::eventFilter(watched, event);
    // The scene never sees the mouse: its per-marker hover handling over thousands of items is
    // what we replace with the grid index.
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton || e->button() == Qt::MiddleButton)
            d->press(e);
        return true;
    }
    case QEvent::MouseMove:
        d->move(static_cast<QMouseEvent *>(event));
        return true;
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton || e->button() == Qt::MiddleButton)
            d->release(e);
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        // A double click on an empty spot shows the whole range again.
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && d->hitTest(e->position()) < 0)
            resetZoom();
        return true;
    }
    case QEvent::Wheel:
        d->wheel(static_cast<QWheelEvent *>(event));
        return true;
    case QEvent::Leave:
        d->clearHover();
        break;
    case QEvent::ToolTip:
        return true; // our own tooltips follow the hovered point
    case QEvent::ContextMenu:
        d->showContextMenu(static_cast<QContextMenuEvent *>(event));
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QPointF PortfolioChartView::positionOf(qint64 id) const
{
    const auto found = d->keyById.constFind(id);
    if (found == d->keyById.cend())
        return {};
    const QPointF viewportPos = d->toChart(d->entries[*found].value) + d->chartOrigin();
    return QPointF(d->view->viewport()->mapTo(this, QPoint(0, 0))) + viewportPos;
}

QPointF PortfolioChartView::thresholdPosition() const
{
    const ScoringConfig &config = d->doc->portfolio().config;
    const QPointF viewportPos
        = d->toChart(QPointF(config.feasibilityThreshold, config.impactThreshold))
        + d->chartOrigin();
    return QPointF(d->view->viewport()->mapTo(this, QPoint(0, 0))) + viewportPos;
}

QString PortfolioChartView::toolTipAt(QPoint position) const
{
    const QPoint inViewport = d->view->viewport()->mapFrom(this, position);
    const int key = d->hitTest(inViewport);
    return key < 0 ? QString() : ChartToolTip::plainText(d->toolTipFor(d->entries[key].id));
}

QString PortfolioChartView::currentToolTip() const
{
    return d->hoveredId == 0 ? QString() : ChartToolTip::plainText(d->card->lines());
}

int PortfolioChartView::visibleLabelCount() const
{
    return d->visibleLabels;
}

QStringList PortfolioChartView::labelTexts() const
{
    QStringList texts;
    for (int i = 0; i < d->visibleLabels; ++i)
        texts.append(d->labels[i]->text());
    return texts;
}

QStringList PortfolioChartView::legendTexts() const
{
    return d->legend->texts();
}

bool PortfolioChartView::isMarkedAsOverride(qint64 id) const
{
    return d->overrideMarks.contains(id);
}

int PortfolioChartView::raterSpreadCount() const
{
    return static_cast<int>(d->spreadIds.size());
}

QString PortfolioChartView::emptyStateText() const
{
    return d->emptyMessage->isVisibleTo(this) ? d->emptyMessage->text() : QString();
}

int PortfolioChartView::unscoredCount() const
{
    return d->unscored;
}

QString PortfolioChartView::filterNote() const
{
    return d->header->filterNote();
}

// From the chart's coordinates to this widget's.
static QRectF chartRectToWidget(const PortfolioChartView *widget, const QChartView *view,
                                QRectF rect, QPointF chartOrigin)
{
    return rect.translated(chartOrigin + QPointF(view->viewport()->mapTo(widget, QPoint(0, 0))));
}

QRectF PortfolioChartView::plotArea() const
{
    return chartRectToWidget(this, d->view, d->chart->plotArea(), d->chartOrigin());
}

QRectF PortfolioChartView::quadrantNameRect(int quadrant) const
{
    if (quadrant < 0 || quadrant >= 4)
        return {};
    const QuadrantNameItem *name = d->quadrantNames[static_cast<size_t>(quadrant)];
    if (!name->isVisible())
        return {};
    return chartRectToWidget(this, d->view, QRectF(name->pos(), name->size()), d->chartOrigin());
}

QList<QRectF> PortfolioChartView::labelRects() const
{
    QList<QRectF> rects;
    for (int i = 0; i < d->visibleLabels; ++i) {
        const LabelItem *label = d->labels[i];
        rects.append(chartRectToWidget(this, d->view, QRectF(label->pos(), label->size()),
                                       d->chartOrigin()));
    }
    return rects;
}

QPointF PortfolioChartView::spreadOrigin(qint64 id) const
{
    const auto found = d->spreadOrigins.constFind(id);
    if (found == d->spreadOrigins.cend())
        return {};
    return chartRectToWidget(this, d->view, QRectF(*found, QSizeF()), d->chartOrigin()).topLeft();
}

QRectF PortfolioChartView::selectionPointerRect() const
{
    if (!d->pointer->isVisible())
        return {};
    return chartRectToWidget(this, d->view, d->pointer->boundingRect(), d->chartOrigin());
}

int PortfolioChartView::passCount() const
{
    return d->passes;
}

bool PortfolioChartView::isOverrideDetailed(qint64 id) const
{
    const OverrideMarkItem *mark = d->overrideMarks.value(id);
    return mark && mark->isDetailed();
}

} // namespace mlp::ui
