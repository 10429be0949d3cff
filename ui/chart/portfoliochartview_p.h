#pragma once

// The chart's private half, shared by the files that implement it: the widgets and the geometry
// (portfoliochartview.cpp), the points and their layers (chartpoints.cpp), the items drawn over
// them (chartdecorations.cpp) and the mouse, wheel and menus (chartinteraction.cpp).

#include "ui/chart/chartfilter.h"
#include "ui/chart/chartitems.h"
#include "ui/chart/chartpointsitem.h"
#include "ui/chart/charttooltip.h"
#include "ui/chart/chartzoom.h"
#include "ui/chart/pointindex.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/document.h"

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QSet>

#include <array>
#include <optional>

class QAction;
class QChart;
class QChartView;
class QContextMenuEvent;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QLabel;
class QMouseEvent;
class QValueAxis;
class QWheelEvent;

namespace mlp::ui {

class ChartHeader;
class ChartLegend;
class Document;

namespace chart {

constexpr int kTopLabels = 10;
constexpr int kTopCandidates = 40; // how far down the ranking labels may go to find room
constexpr int kMaxSelectedLabels = 20;
constexpr int kMaxSelectedSpreads = 20;
constexpr int kAllSpreadsUpTo = 25; // draw every multi-rater idea's spread when there are few
constexpr int kIndividualRingsUpTo = 200;
constexpr int kDetailedOverridesUpTo = 10; // more in view: only the selected show ring and line
constexpr int kIncrementalUpTo = 64; // beyond this many moved points, one bulk replace is cheaper
constexpr double kHitRadius = 9.0;
constexpr int kLabelWidth = 190;
constexpr double kLabelGap = 3.0;

// Stacking order of our items among the chart's own (plot background 0, grid 2).
// The points and the items above them live in one container clipped to the plot, so that
// nothing drawn for a point outside a zoomed range spills over the axes.
constexpr double kQuadrantZ = 0.5;
constexpr double kThresholdZ = 2.5;
constexpr double kOverlayZ = 8.5;
// Inside the overlay:
constexpr double kPointsZ = 0.0;
constexpr double kSpreadZ = 1.0;
constexpr double kOverrideZ = 2.0;
constexpr double kQuadrantNameZ = 3.0; // above every point but the selected
constexpr double kSelectionZ = 4.0;
constexpr double kLabelZ = 5.0;
constexpr double kPointerZ = 5.5;
constexpr double kHoverZ = 6.0;
constexpr double kDragZ = 7.0;

} // namespace chart

class PortfolioChartView::Private
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::PortfolioChartView)

public:
    using Entry = PlottedPoint;

    enum class Gesture { None, Pressed, Dragging, PanPressed, Panning };

    Private(PortfolioChartView *owner, Document *document);
    void createZoomActions();

    // Building (chartpoints.cpp)
    void rebuild();
    void recreateLayers();
    int layerFor(const Idea &idea, const Score &score) const;
    int groupOfLayer(int s) const;
    int bucketOfLayer(int s) const;
    bool isShelvedLayer(int s) const;
    bool isShown(const Idea &idea, const Score &score) const;
    void addEntry(qint64 id, QPointF value, int layer);
    void removeEntry(int key);
    void placeIdea(int index);
    bool isPlacedCorrectly(int index) const;
    void updateIdea(qint64 id);
    void removeIdea(qint64 id);
    void syncPoints();

    // Decorations (chartdecorations.cpp)
    void layoutAll();
    void refreshDecorations();
    void layoutQuadrants();
    void refreshLabels();
    void refreshSelection();
    void refreshPointer();
    void refreshOverride(qint64 id);
    void refreshAllOverrides();
    void refreshSpreads();
    void refreshLegend();
    void refreshHeader();
    void countUnscored(qint64 leaving = 0); // `leaving` is about to be removed
    void refreshEmptyState();

    // Geometry (portfoliochartview.cpp)
    QPointF toChart(QPointF value) const;
    QPointF toValue(QPointF chartPos) const;
    QPointF chartOrigin() const; // chart (0,0) in viewport coordinates
    QPointF scale() const;       // pixels per value unit
    bool isInView(QPointF value) const;
    QPointF computedPosition(int index) const; // far outside the range when there is none
    int hitTest(QPointF viewportPos) const;
    double markerRadius(int key) const;
    QColor colorOf(int key) const;

    // Interaction (chartinteraction.cpp)
    void hover(QPointF viewportPos, QPoint globalPos);
    void clearHover();
    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void cancelDrag();
    void showContextMenu(QContextMenuEvent *event);
    void editPlacementNote(qint64 id, QPoint globalPos);
    void wheel(QWheelEvent *event);
    void zoomBy(double factor, std::optional<QPointF> anchorValue);
    bool panByKey(int key); // whether `key` is one that pans
    void applyZoom();
    bool revealSelection(); // whether the range moved (and everything was laid out again)
    QList<ChartToolTip::Line> toolTipFor(qint64 id) const;

    const Idea *idea(qint64 id) const { return doc->idea(id); } // through the id index

    PortfolioChartView *q;
    Document *doc;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    ChartLegend *legend = nullptr;
    ChartHeader *header = nullptr;
    ChartFilter *filter = nullptr;
    ChartZoom zoom;
    QAction *zoomInAction = nullptr;
    QAction *zoomOutAction = nullptr;
    QAction *resetZoomAction = nullptr;

    ColorMode colorMode = ColorMode::Archetype;
    SizeMode sizeMode = SizeMode::EstimatedCost;

    PointsItem *points = nullptr; // every point, painted from `entries`
    QList<QList<int>> layerKeys;  // per layer: entry keys in drawing order; empty before the
                                  // layers are made
    QList<Entry> entries;
    QHash<qint64, int> keyById;
    PointIndex index;
    int unscored = 0;
    int passes = 0; // see passCount()
    int totalIdeas = 0;
    int shownIdeas = 0; // ideas the filter lets through, scored or not
    bool anyShelved = false;

    QList<qint64> selected;
    QSet<qint64> selectedSet;

    std::array<QGraphicsRectItem *, 4> quadrantRects {};
    std::array<QuadrantNameItem *, 4> quadrantNames {};
    QGraphicsLineItem *thresholdX = nullptr;
    QGraphicsLineItem *thresholdY = nullptr;
    QGraphicsRectItem *overlay = nullptr; // clips the points and the items above them to the plot

    QList<LabelItem *> labels;
    int visibleLabels = 0;
    QList<SelectedMarkItem *> selectionMarks;
    RingsItem *manyRings = nullptr;
    PointerItem *pointer = nullptr; // to a selected idea outside a zoomed range
    qint64 pointerId = 0;
    QHash<qint64, OverrideMarkItem *> overrideMarks;
    bool overridesCrowded = false;
    QList<SpreadItem *> spreads;
    QList<qint64> spreadIds;
    QHash<qint64, QPointF> spreadOrigins; // in chart coordinates

    QGraphicsEllipseItem *hoverRing = nullptr;
    qint64 hoveredId = 0;
    ChartToolTip *card = nullptr;
    QLabel *emptyMessage = nullptr; // over the plot when there is nothing to plot

    Gesture gesture = Gesture::None;
    qint64 pressedId = 0;
    QPoint pressPos;
    QPoint lastPanPos;
    QGraphicsEllipseItem *dragGhost = nullptr;
    QGraphicsEllipseItem *dragOrigin = nullptr;
};

} // namespace mlp::ui
