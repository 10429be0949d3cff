#include "portfoliochartview.h"

#include "chartitems.h"
#include "chartlegend.h"
#include "chartstyle.h"
#include "charttooltip.h"
#include "document.h"
#include "pointindex.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace mlp::ui {

namespace {

constexpr double kMax = 10.0;
constexpr int kTopLabels = 10;
constexpr int kMaxSelectedLabels = 20;
constexpr int kMaxSelectedSpreads = 20;
constexpr int kAllSpreadsUpTo = 25; // draw every multi-rater idea's spread when there are few
constexpr int kIndividualRingsUpTo = 200;
constexpr int kIncrementalUpTo = 64; // beyond this many moved points, one bulk replace is cheaper
constexpr double kHitRadius = 9.0;
constexpr int kLabelWidth = 190;

// Stacking order of our items among the chart's own (plot background 0, grid 2, series 8).
constexpr double kQuadrantZ = 0.5;
constexpr double kQuadrantNameZ = 0.6;
constexpr double kThresholdZ = 2.5;
constexpr double kSpreadZ = 8.5;
constexpr double kOverrideZ = 9.0;
constexpr double kSelectionZ = 9.5;
constexpr double kLabelZ = 11.0;
constexpr double kHoverZ = 12.5;
constexpr double kDragZ = 13.5;

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

QString elided(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    return text.left(chars - 1) + QChar(0x2026);
}

} // namespace

class PortfolioChartView::Private
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::PortfolioChartView)

public:
    struct Entry
    {
        qint64 id = 0;
        QPointF value; // (feasibility, impact)
        int series = -1;
        int slot = -1;
    };

    enum class Gesture { None, Pressed, Dragging };

    Private(PortfolioChartView *owner, Document *document);

    // Building
    void rebuild();
    void recreateSeries();
    int seriesFor(const Idea &idea, const Score &score) const;
    void addEntry(qint64 id, QPointF value, int series);
    void removeEntry(int key);
    void placeIdea(int index);
    bool isPlacedCorrectly(int index) const;
    void updateIdea(qint64 id);
    void removeIdea(qint64 id);
    void settingsChanged();

    // Decorations
    void layoutAll();
    void refreshDecorations();
    void layoutQuadrants();
    void refreshLabels();
    void refreshSelection();
    void refreshOverride(qint64 id);
    void refreshAllOverrides();
    void refreshSpreads();
    void refreshLegend();
    void countUnscored();
    void refreshEmptyState(qsizetype ideas);

    // Geometry
    QPointF toChart(QPointF value) const;
    QPointF toValue(QPointF chartPos) const;
    QPointF chartOrigin() const; // chart (0,0) in viewport coordinates
    QPointF scale() const;
    int hitTest(QPointF viewportPos) const;
    double markerRadius(int key) const;

    // Interaction
    void hover(QPointF viewportPos, QPoint globalPos);
    void clearHover();
    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void cancelDrag();
    void showContextMenu(QContextMenuEvent *event);
    QList<ChartToolTip::Line> toolTipFor(qint64 id) const;

    const Idea *idea(qint64 id) const { return doc->portfolio().find(id); }

    PortfolioChartView *q;
    Document *doc;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    ChartLegend *legend = nullptr;

    ColorMode colorMode = ColorMode::Archetype;
    SizeMode sizeMode = SizeMode::EstimatedCost;

    QList<QScatterSeries *> series;
    QList<QList<int>> seriesKeys; // per series: entry keys in point order
    QList<Entry> entries;
    QHash<qint64, int> keyById;
    PointIndex index;
    int unscored = 0;

    QList<qint64> selected;
    QSet<qint64> selectedSet;

    std::array<QGraphicsRectItem *, 4> quadrantRects {};
    std::array<QGraphicsSimpleTextItem *, 4> quadrantNames {};
    QGraphicsLineItem *thresholdX = nullptr;
    QGraphicsLineItem *thresholdY = nullptr;

    QList<LabelItem *> labels;
    int visibleLabels = 0;
    QList<QGraphicsEllipseItem *> selectionRings;
    RingsItem *manyRings = nullptr;
    QHash<qint64, OverrideMarkItem *> overrideMarks;
    QList<SpreadItem *> spreads;
    QList<qint64> spreadIds;

    QGraphicsEllipseItem *hoverRing = nullptr;
    qint64 hoveredId = 0;
    ChartToolTip *card = nullptr;
    QLabel *emptyMessage = nullptr; // over the plot when there is nothing to plot

    Gesture gesture = Gesture::None;
    qint64 pressedId = 0;
    QPoint pressPos;
    QGraphicsEllipseItem *dragGhost = nullptr;
    QGraphicsEllipseItem *dragOrigin = nullptr;
};

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
        axis->setRange(0.0, kMax);
        axis->setTickCount(6);
        axis->setMinorTickCount(1);
        axis->setLabelFormat(QStringLiteral("%.0f"));
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
    // Before the event filter, which must not hear of this child while d is being built.
    emptyMessage = new QLabel(view->viewport());
    emptyMessage->setObjectName(QStringLiteral("chartEmptyMessage"));
    emptyMessage->setAlignment(Qt::AlignCenter);
    emptyMessage->setWordWrap(true);
    emptyMessage->setTextFormat(Qt::RichText);
    emptyMessage->setAttribute(Qt::WA_TransparentForMouseEvents);
    emptyMessage->setStyleSheet(QStringLiteral("QLabel { background: rgba(255, 255, 255, 230); border: 1px solid palette(mid);"
                                               " border-radius: 6px; padding: 12px; }"));
    emptyMessage->hide();
    view->viewport()->installEventFilter(q);
    view->installEventFilter(q);

    for (int i = 0; i < 4; ++i) {
        quadrantRects[static_cast<size_t>(i)] = new QGraphicsRectItem(chart);
        quadrantRects[static_cast<size_t>(i)]->setPen(Qt::NoPen);
        quadrantRects[static_cast<size_t>(i)]->setBrush(
            ChartStyle::quadrantColor(static_cast<Quadrant>(i)));
        quadrantRects[static_cast<size_t>(i)]->setZValue(kQuadrantZ);
        auto *name = new QGraphicsSimpleTextItem(chart);
        QFont f = q->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.05);
        name->setFont(f);
        QColor c = ChartStyle::quadrantColor(static_cast<Quadrant>(i));
        c.setAlpha(255);
        name->setBrush(c.darker(190));
        name->setOpacity(0.75);
        name->setZValue(kQuadrantNameZ);
        quadrantNames[static_cast<size_t>(i)] = name;
    }
    const QPen thresholdPen(QColor(60, 60, 60, 150), 1.2, Qt::DashLine);
    thresholdX = new QGraphicsLineItem(chart);
    thresholdY = new QGraphicsLineItem(chart);
    for (QGraphicsLineItem *line : { thresholdX, thresholdY }) {
        line->setPen(thresholdPen);
        line->setZValue(kThresholdZ);
    }

    hoverRing = new QGraphicsEllipseItem(chart);
    hoverRing->setPen(QPen(QColor(20, 20, 20), 1.5));
    hoverRing->setZValue(kHoverZ);
    hoverRing->hide();

    dragGhost = new QGraphicsEllipseItem(chart);
    dragGhost->setZValue(kDragZ);
    dragGhost->hide();
    dragOrigin = new QGraphicsEllipseItem(chart);
    dragOrigin->setPen(QPen(QColor(50, 50, 50), 1.2));
    dragOrigin->setBrush(QColor(255, 255, 255, 200));
    dragOrigin->setZValue(kDragZ);
    dragOrigin->hide();

    card = new ChartToolTip(q);


    legend = new ChartLegend(q);
    legend->setObjectName(QStringLiteral("portfolioChartLegend"));

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view, 1);
    layout->addWidget(legend);
}

// ---- Building ----------------------------------------------------------------------------

void PortfolioChartView::Private::recreateSeries()
{
    for (QScatterSeries *s : std::as_const(series)) {
        chart->removeSeries(s);
        delete s;
    }
    series.clear();
    seriesKeys.clear();
    const int colors = ChartStyle::colorGroupCount(colorMode);
    const int sizes = ChartStyle::sizeBucketCount(sizeMode);
    series.resize(colors * sizes, nullptr);
    seriesKeys.resize(colors * sizes);
    // Large markers first so that small ones stay visible on top of them.
    for (int bucket = sizes - 1; bucket >= 0; --bucket) {
        for (int group = 0; group < colors; ++group) {
            auto *s = new QScatterSeries;
            s->setName(ChartStyle::groupName(colorMode, group));
            s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            s->setMarkerSize(ChartStyle::markerSize(sizeMode, bucket));
            QColor fill = ChartStyle::groupColor(colorMode, group);
            fill.setAlpha(210);
            s->setColor(fill);
            s->setBorderColor(QColor(255, 255, 255, 220));
            QPen pen = s->pen();
            pen.setWidthF(1.0);
            pen.setCosmetic(true);
            pen.setColor(QColor(255, 255, 255, 220));
            s->setPen(pen);
            chart->addSeries(s);
            s->attachAxis(axisX);
            s->attachAxis(axisY);
            series[group * sizes + bucket] = s;
        }
    }
}

int PortfolioChartView::Private::seriesFor(const Idea &idea, const Score &score) const
{
    const int sizes = ChartStyle::sizeBucketCount(sizeMode);
    return ChartStyle::colorGroupOf(idea, colorMode) * sizes
        + ChartStyle::sizeBucketOf(idea, score, doc->portfolio().config, sizeMode);
}

void PortfolioChartView::Private::rebuild()
{
    clearHover();
    cancelDrag();
    if (series.isEmpty())
        recreateSeries();
    entries.clear();
    keyById.clear();
    index.clear();
    for (auto &keys : seriesKeys)
        keys.clear();
    QList<QList<QPointF>> points(series.size());

    const Portfolio &portfolio = doc->portfolio();
    const QList<Score> &scores = doc->scores();
    const qsizetype n = std::min(portfolio.ideas.size(), scores.size());
    entries.reserve(n);
    keyById.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Score &score = scores[i];
        if (!score.impact || !score.feasibility)
            continue;
        const Idea &idea = portfolio.ideas[i];
        const int s = seriesFor(idea, score);
        const int key = static_cast<int>(entries.size());
        const QPointF value(*score.feasibility, *score.impact);
        entries.append({ idea.id, value, s, static_cast<int>(points[s].size()) });
        keyById.insert(idea.id, key);
        seriesKeys[s].append(key);
        points[s].append(value);
        index.insert(key, value);
    }
    for (int s = 0; s < series.size(); ++s)
        series[s]->replace(points[s]);

    QList<qint64> stillThere;
    for (qint64 id : std::as_const(selected)) {
        if (portfolio.find(id))
            stillThere.append(id);
    }
    selected = stillThere;
    selectedSet = QSet<qint64>(selected.cbegin(), selected.cend());

    refreshDecorations();
}

void PortfolioChartView::Private::addEntry(qint64 id, QPointF value, int s)
{
    const int key = static_cast<int>(entries.size());
    entries.append({ id, value, s, static_cast<int>(seriesKeys[s].size()) });
    keyById.insert(id, key);
    seriesKeys[s].append(key);
    series[s]->append(value);
    index.insert(key, value);
}

// Swap-removes from the series and from the entry table, so nothing else shifts.
void PortfolioChartView::Private::removeEntry(int key)
{
    const Entry gone = entries[key];
    QList<int> &keys = seriesKeys[gone.series];
    const int lastSlot = static_cast<int>(keys.size()) - 1;
    if (gone.slot != lastSlot) {
        const int moved = keys[lastSlot];
        series[gone.series]->replace(gone.slot, entries[moved].value);
        keys[gone.slot] = moved;
        entries[moved].slot = gone.slot;
    }
    series[gone.series]->remove(lastSlot);
    keys.removeLast();
    index.remove(key, gone.value);
    keyById.remove(gone.id);

    const int lastKey = static_cast<int>(entries.size()) - 1;
    if (key != lastKey) {
        const Entry moved = entries[lastKey];
        entries[key] = moved;
        keyById.insert(moved.id, key);
        seriesKeys[moved.series][moved.slot] = key;
        index.remove(lastKey, moved.value);
        index.insert(key, moved.value);
    }
    entries.removeLast();
}

// Moves one idea's point to where its score now puts it (in, out or between series).
void PortfolioChartView::Private::placeIdea(int i)
{
    const Idea &changed = doc->portfolio().ideas[i];
    const Score &score = doc->scores()[i];
    const bool plotted = score.impact && score.feasibility;
    const auto found = keyById.constFind(changed.id);
    if (found == keyById.cend()) {
        if (plotted)
            addEntry(changed.id, QPointF(*score.feasibility, *score.impact),
                     seriesFor(changed, score));
    } else if (!plotted) {
        removeEntry(*found);
    } else {
        const int key = *found;
        const QPointF value(*score.feasibility, *score.impact);
        const int s = seriesFor(changed, score);
        Entry &e = entries[key];
        if (s == e.series) {
            if (value != e.value) {
                index.move(key, e.value, value);
                e.value = value;
                series[s]->replace(e.slot, value);
            }
        } else {
            removeEntry(key);
            addEntry(changed.id, value, s);
        }
    }
}

bool PortfolioChartView::Private::isPlacedCorrectly(int i) const
{
    const Idea &item = doc->portfolio().ideas[i];
    const Score &score = doc->scores()[i];
    const auto found = keyById.constFind(item.id);
    if (!score.impact || !score.feasibility)
        return found == keyById.cend();
    if (found == keyById.cend())
        return false;
    const Entry &e = entries[*found];
    return e.value == QPointF(*score.feasibility, *score.impact)
        && e.series == seriesFor(item, score);
}

void PortfolioChartView::Private::refreshEmptyState(qsizetype ideas)
{
    const bool open = doc->isOpen();
    QString text;
    if (!open) {
        text = tr("<p><big><b>No portfolio open</b></big></p>"
                  "<p>Choose File ▸ New Portfolio or File ▸ Open,<br>or drop a .mlplan file here.</p>"
                  "<p>To import ideas from a .json or .csv file, open or create a portfolio first.</p>");
    } else if (ideas == 0) {
        text = tr("<p><big><b>No ideas yet</b></big></p>"
                  "<p>Choose Edit ▸ Add Idea, or drop a .json or .csv file of ideas here.</p>");
    }
    for (QGraphicsRectItem *rect : quadrantRects)
        rect->setVisible(open);
    if (!open) {
        for (QGraphicsSimpleTextItem *name : quadrantNames)
            name->setVisible(false);
    }
    thresholdX->setVisible(open);
    thresholdY->setVisible(open);
    legend->setVisible(open);
    emptyMessage->setText(text);
    emptyMessage->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        const QRect area = view->viewport()->rect();
        const int width = std::min(area.width() - 24, 460);
        const int height = emptyMessage->heightForWidth(width);
        emptyMessage->setGeometry(area.center().x() - width / 2, area.center().y() - height / 2, width, height);
        emptyMessage->raise();
    }
}

void PortfolioChartView::Private::refreshDecorations()
{
    countUnscored();
    layoutQuadrants();
    refreshEmptyState(doc->portfolio().ideas.size());
    refreshAllOverrides();
    refreshSelection();
    refreshSpreads();
    refreshLabels();
    refreshLegend();
}

void PortfolioChartView::Private::updateIdea(qint64 id)
{
    if (series.isEmpty())
        return;
    const int i = doc->portfolio().indexOf(id);
    if (i < 0 || i >= doc->scores().size()) {
        removeIdea(id);
        return;
    }
    placeIdea(i);
    if (hoveredId == id)
        clearHover();
    refreshEmptyState(doc->portfolio().ideas.size());
    countUnscored();
    refreshOverride(id);
    if (selectedSet.contains(id))
        refreshSelection();
    refreshSpreads();
    refreshLabels();
    refreshLegend();
}

void PortfolioChartView::Private::removeIdea(qint64 id)
{
    if (hoveredId == id)
        clearHover();
    if (pressedId == id)
        cancelDrag();
    const auto found = keyById.constFind(id);
    if (found != keyById.cend())
        removeEntry(*found);
    delete overrideMarks.take(id);
    if (selectedSet.remove(id)) {
        selected.removeAll(id);
        refreshSelection();
    }
    // The idea is still in the portfolio while this runs.
    refreshEmptyState(doc->portfolio().ideas.size() - 1);
    countUnscored();
    const Score *score = doc->scoreFor(id);
    if (score && (!score->impact || !score->feasibility))
        --unscored;
    refreshSpreads();
    refreshLegend();
}

// Settings move only some points (thresholds and names move none; weights move many), and the
// settings dialog previews every change: move what moved, rebuild only when most did.
void PortfolioChartView::Private::settingsChanged()
{
    if (series.isEmpty())
        return;
    QList<int> stale;
    const qsizetype n = std::min(doc->portfolio().ideas.size(), doc->scores().size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!isPlacedCorrectly(static_cast<int>(i)))
            stale.append(static_cast<int>(i));
    }
    if (stale.size() > kIncrementalUpTo) {
        rebuild();
        return;
    }
    clearHover();
    for (int i : std::as_const(stale))
        placeIdea(i);
    refreshDecorations();
}

void PortfolioChartView::Private::countUnscored()
{
    unscored = 0;
    for (const Score &s : doc->scores()) {
        if (!s.impact || !s.feasibility)
            ++unscored;
    }
}

// ---- Geometry ----------------------------------------------------------------------------

QPointF PortfolioChartView::Private::toChart(QPointF value) const
{
    const QRectF plot = chart->plotArea();
    return QPointF(plot.left() + value.x() / kMax * plot.width(),
                   plot.bottom() - value.y() / kMax * plot.height());
}

QPointF PortfolioChartView::Private::toValue(QPointF chartPos) const
{
    const QRectF plot = chart->plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return {};
    return QPointF((chartPos.x() - plot.left()) / plot.width() * kMax,
                   (plot.bottom() - chartPos.y()) / plot.height() * kMax);
}

QPointF PortfolioChartView::Private::chartOrigin() const
{
    return QPointF(view->mapFromScene(chart->mapToScene(QPointF(0, 0))));
}

QPointF PortfolioChartView::Private::scale() const
{
    const QRectF plot = chart->plotArea();
    return QPointF(plot.width() / kMax, plot.height() / kMax);
}

double PortfolioChartView::Private::markerRadius(int key) const
{
    const int sizes = ChartStyle::sizeBucketCount(sizeMode);
    return ChartStyle::markerSize(sizeMode, entries[key].series % sizes) / 2.0;
}

int PortfolioChartView::Private::hitTest(QPointF viewportPos) const
{
    if (entries.isEmpty())
        return -1;
    const QPointF value = toValue(viewportPos - chartOrigin());
    return index.nearest(value, kHitRadius, scale(),
                         [this](int key) { return entries[key].value; });
}

// ---- Decorations -------------------------------------------------------------------------

void PortfolioChartView::Private::layoutAll()
{
    layoutQuadrants();
    refreshEmptyState(doc->portfolio().ideas.size());
    refreshAllOverrides();
    refreshSelection();
    refreshSpreads();
    refreshLabels();
    if (hoveredId != 0)
        clearHover();
}

void PortfolioChartView::Private::layoutQuadrants()
{
    const QRectF plot = chart->plotArea();
    const ScoringConfig &config = doc->portfolio().config;
    const QPointF cross = toChart(QPointF(config.feasibilityThreshold, config.impactThreshold));
    const double left = plot.left(), right = plot.right(), top = plot.top(), bottom = plot.bottom();
    // x is feasibility and y impact, so "do first" (both high) is the top right.
    const std::array<QRectF, 4> rects {
        QRectF(QPointF(cross.x(), top), QPointF(right, cross.y())), // DoFirst
        QRectF(QPointF(left, top), QPointF(cross.x(), cross.y())), // BigBet
        QRectF(QPointF(cross.x(), cross.y()), QPointF(right, bottom)), // SmallWin
        QRectF(QPointF(left, cross.y()), QPointF(cross.x(), bottom)), // Avoid
    };
    for (int i = 0; i < 4; ++i) {
        const auto u = static_cast<size_t>(i);
        quadrantRects[u]->setRect(rects[u].normalized());
        QGraphicsSimpleTextItem *name = quadrantNames[u];
        name->setText(quadrantName(static_cast<Quadrant>(i), config));
        const QRectF r = rects[u].normalized();
        const QRectF t = name->boundingRect();
        const bool rightSide = (i == 0 || i == 2);
        const bool topSide = (i == 0 || i == 1);
        const double x = rightSide ? r.right() - t.width() - 6 : r.left() + 6;
        const double y = topSide ? r.top() + 4 : r.bottom() - t.height() - 4;
        name->setPos(x, y);
        name->setVisible(r.width() > t.width() + 12 && r.height() > t.height() + 8);
    }
    thresholdX->setLine(QLineF(cross.x(), top, cross.x(), bottom));
    thresholdY->setLine(QLineF(left, cross.y(), right, cross.y()));
}

void PortfolioChartView::Private::refreshLabels()
{
    // Selected ideas first (always labelled when there is any room), then the top of the
    // ranking (labelled only where the label fits without overlapping).
    QList<std::pair<qint64, bool>> wanted;
    QSet<qint64> seen;
    QList<qint64> selectedByRank;
    for (qint64 id : std::as_const(selected)) {
        if (keyById.contains(id))
            selectedByRank.append(id);
    }
    std::sort(selectedByRank.begin(), selectedByRank.end(),
              [this](qint64 a, qint64 b) { return doc->rankOf(a) < doc->rankOf(b); });
    for (qint64 id : std::as_const(selectedByRank)) {
        if (wanted.size() >= kMaxSelectedLabels)
            break;
        wanted.append({ id, true });
        seen.insert(id);
    }
    int top = 0;
    for (const RankedIdea &r : doc->ranking()) {
        if (top >= kTopLabels)
            break;
        if (r.index < 0 || r.index >= doc->portfolio().ideas.size())
            continue;
        const qint64 id = doc->portfolio().ideas[r.index].id;
        if (!keyById.contains(id))
            continue;
        ++top;
        if (!seen.contains(id))
            wanted.append({ id, false });
    }

    const QRectF plot = chart->plotArea();
    const QFont font = q->font();
    const QFontMetrics fm(font);
    QList<QRectF> taken;
    int used = 0;
    for (const auto &[id, isSelected] : std::as_const(wanted)) {
        const Idea *item = idea(id);
        if (!item)
            continue;
        const int key = keyById.value(id);
        const QPointF p = toChart(entries[key].value);
        const double r = markerRadius(key) + 3;
        if (used >= labels.size()) {
            auto *label = new LabelItem(chart);
            label->setZValue(kLabelZ);
            labels.append(label);
        }
        LabelItem *label = labels[used];
        label->setText(fm.elidedText(item->name, Qt::ElideRight, kLabelWidth), font, isSelected);
        const QSizeF sz = label->size();
        const std::array<QPointF, 8> candidates {
            QPointF(p.x() + r, p.y() - sz.height() / 2),
            QPointF(p.x() - r - sz.width(), p.y() - sz.height() / 2),
            QPointF(p.x() + r * 0.7, p.y() - r * 0.7 - sz.height()),
            QPointF(p.x() + r * 0.7, p.y() + r * 0.7),
            QPointF(p.x() - sz.width() / 2, p.y() - r - sz.height()),
            QPointF(p.x() - sz.width() / 2, p.y() + r),
            QPointF(p.x() - r * 0.7 - sz.width(), p.y() - r * 0.7 - sz.height()),
            QPointF(p.x() - r * 0.7 - sz.width(), p.y() + r * 0.7),
        };
        // Among the spots that overlap no other label, take the one covering fewest points.
        std::optional<QRectF> chosen;
        std::optional<QRectF> fallback;
        int fewest = std::numeric_limits<int>::max();
        for (const QPointF &c : candidates) {
            const QRectF rect(c, sz);
            if (!plot.contains(rect))
                continue;
            if (!fallback)
                fallback = rect;
            const bool overlaps
                = std::any_of(taken.cbegin(), taken.cend(),
                              [&rect](const QRectF &t) { return t.intersects(rect); });
            if (overlaps)
                continue;
            const int covered
                = index.countIn(QRectF(toValue(rect.topLeft()), toValue(rect.bottomRight())),
                                [this](int k) { return entries[k].value; });
            if (covered < fewest) {
                fewest = covered;
                chosen = rect;
                if (covered == 0)
                    break;
            }
        }
        if (!chosen && isSelected)
            chosen = fallback;
        if (!chosen)
            continue;
        taken.append(*chosen);
        label->setPos(chosen->topLeft());
        label->show();
        ++used;
    }
    for (int i = used; i < labels.size(); ++i)
        labels[i]->hide();
    visibleLabels = used;
}

void PortfolioChartView::Private::refreshSelection()
{
    QList<QPointF> centres;
    QList<double> radii;
    for (qint64 id : std::as_const(selected)) {
        const auto found = keyById.constFind(id);
        if (found == keyById.cend())
            continue;
        centres.append(toChart(entries[*found].value));
        radii.append(markerRadius(*found) + 4);
    }
    const QPen pen(QColor(15, 15, 15), 2.2);
    if (centres.size() > kIndividualRingsUpTo) {
        for (QGraphicsEllipseItem *ring : std::as_const(selectionRings))
            ring->hide();
        if (!manyRings) {
            manyRings = new RingsItem(chart);
            manyRings->setZValue(kSelectionZ);
        }
        manyRings->setRings(centres, ChartStyle::markerSize(sizeMode, 1) / 2 + 4, pen);
        manyRings->show();
        return;
    }
    if (manyRings)
        manyRings->hide();
    while (selectionRings.size() < centres.size()) {
        auto *ring = new QGraphicsEllipseItem(chart);
        ring->setPen(pen);
        ring->setZValue(kSelectionZ);
        selectionRings.append(ring);
    }
    for (int i = 0; i < selectionRings.size(); ++i) {
        QGraphicsEllipseItem *ring = selectionRings[i];
        if (i < centres.size()) {
            const double r = radii[i];
            const QRectF rect(centres[i] - QPointF(r, r), QSizeF(2 * r, 2 * r));
            if (ring->rect() != rect)
                ring->setRect(rect);
            ring->show();
        } else {
            ring->hide();
        }
    }
}

void PortfolioChartView::Private::refreshOverride(qint64 id)
{
    const Score *score = doc->scoreFor(id);
    const auto found = keyById.constFind(id);
    const bool overridden = score && (score->impactOverridden || score->feasibilityOverridden)
        && found != keyById.cend();
    if (!overridden) {
        delete overrideMarks.take(id);
        return;
    }
    OverrideMarkItem *&mark = overrideMarks[id];
    if (!mark) {
        mark = new OverrideMarkItem(chart);
        mark->setZValue(kOverrideZ);
    }
    const QPointF placed = entries[*found].value;
    // An axis that was not overridden stays where the answers put it.
    const std::optional<double> ci
        = score->impactOverridden ? score->computedImpact : score->impact;
    const std::optional<double> cf
        = score->feasibilityOverridden ? score->computedFeasibility : score->feasibility;
    const bool hasComputed = ci && cf;
    const QPointF computed = hasComputed ? QPointF(*cf, *ci) : placed;
    mark->setPositions(toChart(computed), toChart(placed), hasComputed);
}

void PortfolioChartView::Private::refreshAllOverrides()
{
    QSet<qint64> marked;
    const Portfolio &portfolio = doc->portfolio();
    const QList<Score> &scores = doc->scores();
    for (qsizetype i = 0; i < std::min(portfolio.ideas.size(), scores.size()); ++i) {
        if (scores[i].impactOverridden || scores[i].feasibilityOverridden) {
            marked.insert(portfolio.ideas[i].id);
            refreshOverride(portfolio.ideas[i].id);
        }
    }
    for (auto it = overrideMarks.begin(); it != overrideMarks.end();) {
        if (!marked.contains(it.key())) {
            delete it.value();
            it = overrideMarks.erase(it);
        } else {
            ++it;
        }
    }
}

void PortfolioChartView::Private::refreshSpreads()
{
    QList<qint64> ids;
    for (qint64 id : std::as_const(selected)) {
        if (ids.size() >= kMaxSelectedSpreads)
            break;
        const Idea *item = idea(id);
        if (item && item->raters.size() >= 2 && keyById.contains(id))
            ids.append(id);
    }
    QList<qint64> multi;
    for (const Idea &item : doc->portfolio().ideas) {
        if (item.raters.size() >= 2 && keyById.contains(item.id)) {
            multi.append(item.id);
            if (multi.size() > kAllSpreadsUpTo)
                break;
        }
    }
    if (multi.size() <= kAllSpreadsUpTo) {
        for (qint64 id : std::as_const(multi)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }

    const ScoringConfig &config = doc->portfolio().config;
    int used = 0;
    for (qint64 id : std::as_const(ids)) {
        const Idea *item = idea(id);
        QList<QPointF> raterPoints;
        for (const Rater &rater : item->raters) {
            Idea alone = *item;
            alone.raters = { rater };
            alone.manualOverride = {};
            const Score s = scoreIdea(alone, config);
            if (s.computedImpact && s.computedFeasibility)
                raterPoints.append(toChart(QPointF(*s.computedFeasibility, *s.computedImpact)));
        }
        if (raterPoints.size() < 2)
            continue;
        if (used >= spreads.size()) {
            auto *spread = new SpreadItem(chart);
            spread->setZValue(kSpreadZ);
            spreads.append(spread);
        }
        const int key = keyById.value(id);
        const QColor color = ChartStyle::groupColor(
            colorMode, entries[key].series / ChartStyle::sizeBucketCount(sizeMode));
        spreads[used]->setPoints(toChart(entries[key].value), raterPoints, color);
        spreads[used]->show();
        ++used;
    }
    for (int i = used; i < spreads.size(); ++i)
        spreads[i]->hide();
    spreadIds = ids.mid(0, used);
}

void PortfolioChartView::Private::refreshLegend()
{
    using Symbol = ChartLegend::Symbol;
    QList<ChartLegend::Entry> items;
    items.append({ Symbol::Heading, ChartStyle::colorModeTitle(colorMode), {}, 0 });
    for (int g = 0; g < ChartStyle::colorGroupCount(colorMode); ++g) {
        items.append({ Symbol::Swatch, ChartStyle::groupName(colorMode, g),
                       ChartStyle::groupColor(colorMode, g), 0 });
    }
    items.append({ Symbol::Heading, ChartStyle::sizeModeTitle(sizeMode), {}, 0 });
    if (sizeMode != SizeMode::Uniform) {
        for (int b = 0; b < ChartStyle::sizeBucketCount(sizeMode); ++b) {
            items.append({ Symbol::SizeDot,
                           ChartStyle::sizeBucketName(sizeMode, b, doc->portfolio().config),
                           {},
                           ChartStyle::markerSize(sizeMode, b) });
        }
    }
    items.append({ Symbol::Heading, tr("Marks"), {}, 0 });
    items.append({ Symbol::Selected, tr("selected"), {}, 0 });
    items.append(
        { Symbol::ManualPlacement, tr("placed by hand (ring: where the answers put it)"), {}, 0 });
    items.append({ Symbol::RaterSpread, tr("each rater's own position"), {}, 0 });
    if (unscored > 0)
        items.append(
            { Symbol::Note, tr("%n idea(s) not yet scored, not shown", nullptr, unscored), {}, 0 });
    legend->setEntries(items);
}

// ---- Interaction -------------------------------------------------------------------------

QList<ChartToolTip::Line> PortfolioChartView::Private::toolTipFor(qint64 id) const
{
    using Style = ChartToolTip::Style;
    const Idea *item = idea(id);
    const Score *score = doc->scoreFor(id);
    if (!item || !score)
        return {};
    const ScoringConfig &config = doc->portfolio().config;
    const Breakdown b = explain(*item, config);
    QList<ChartToolTip::Line> lines;
    lines.append({ elided(item->name, 70), Style::Title, 0 });
    lines.append({ tr("%1 · rank %2 of %3")
                       .arg(quadrantName(score->quadrant, config))
                       .arg(doc->rankOf(id))
                       .arg(doc->portfolio().ideas.size()),
                   Style::Strong, 0 });
    lines.append({ archetypeInfo(item->archetype).name + QStringLiteral(" · ")
                       + stageDisplayName(item->lifecycle.stage),
                   Style::Dim, 0 });

    auto coordinate = [&](const QString &title, const std::optional<double> &value, bool overridden,
                          const std::optional<double> &computed) -> ChartToolTip::Line {
        QString text = title + QStringLiteral(" ") + (value ? number(*value) : tr("–"));
        if (overridden) {
            text += QStringLiteral(" ")
                + (computed ? tr("(placed by hand; the answers give %1)").arg(number(*computed))
                            : tr("(placed by hand)"));
        }
        return { text, Style::Strong, 0 };
    };
    lines.append(
        coordinate(tr("Impact"), score->impact, score->impactOverridden, score->computedImpact));
    lines.append(coordinate(tr("Feasibility"), score->feasibility, score->feasibilityOverridden,
                            score->computedFeasibility));
    if (score->impactOverridden || score->feasibilityOverridden) {
        lines.append(
            { tr("Manual placement: %1")
                  .arg(b.overrideNote.isEmpty() ? tr("no note") : elided(b.overrideNote, 70)),
              Style::Normal, 0 });
    }

    const auto &catalogue = questions();
    auto answerLine = [&](const Contribution &c, int indent) -> ChartToolTip::Line {
        const Question &question = catalogue[static_cast<size_t>(c.question)];
        return { tr("%1  %2 → +%3")
                     .arg(elided(question.text, 60), number(c.answer),
                          QString::number(c.points, 'f', 2)),
                 Style::Normal, indent };
    };
    lines.append({ tr("Impact from the answers (answer → points)"), Style::Heading, 0 });
    for (const Contribution &c : b.impact) {
        if (c.question >= 0 && c.question < kQuestionCount)
            lines.append(answerLine(c, 1));
    }
    lines.append({ tr("Feasibility from the answers"), Style::Heading, 0 });
    for (const DriverSummary &driver : b.drivers) {
        lines.append({ tr("%1 %2 (%3 % of feasibility)")
                           .arg(groupDisplayName(driver.group),
                                driver.score ? number(*driver.score) : tr("–"))
                           .arg(qRound(driver.weightShare * 100)),
                       Style::Normal, 1 });
        for (const Contribution &c : b.feasibility) {
            if (c.question >= 0 && c.question < kQuestionCount
                && catalogue[static_cast<size_t>(c.question)].group == driver.group)
                lines.append(answerLine(c, 2));
        }
    }
    if (score->costFactor) {
        lines.append({ tr("The accuracy target multiplies cost by %1")
                           .arg(QString::number(*score->costFactor, 'g', 3)),
                       Style::Normal, 0 });
    }
    if (item->raters.size() >= 2) {
        lines.append({ tr("%1 raters · spread: impact %2, feasibility %3")
                           .arg(item->raters.size())
                           .arg(number(score->impactSpread), number(score->feasibilitySpread)),
                       Style::Normal, 0 });
    }
    if (!b.unanswered.isEmpty()) {
        lines.append({ tr("%n question(s) unanswered (left out, not counted as zero)", nullptr,
                          static_cast<int>(b.unanswered.size())),
                       Style::Dim, 0 });
    }
    return lines;
}

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
    hoveredId = id;
    const QPointF c = toChart(entries[key].value);
    const double r = markerRadius(key) + 2.5;
    hoverRing->setRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    hoverRing->show();
    card->setLines(toolTipFor(id));
    card->showNear(globalPos, view->viewport());
}

void PortfolioChartView::Private::clearHover()
{
    if (hoveredId == 0)
        return;
    hoveredId = 0;
    hoverRing->hide();
    card->hide();
    card->setLines({});
}

void PortfolioChartView::Private::press(QMouseEvent *event)
{
    const int key = hitTest(event->position());
    if (key < 0) {
        gesture = Gesture::None;
        return;
    }
    gesture = Gesture::Pressed;
    pressedId = entries[key].id;
    pressPos = event->position().toPoint();
}

void PortfolioChartView::Private::move(QMouseEvent *event)
{
    if (gesture == Gesture::None || !(event->buttons() & Qt::LeftButton)) {
        hover(event->position(), event->globalPosition().toPoint());
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (gesture == Gesture::Pressed) {
        if ((pos - pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        const auto found = keyById.constFind(pressedId);
        if (found == keyById.cend()) {
            cancelDrag();
            return;
        }
        gesture = Gesture::Dragging;
        clearHover();
        const Entry &e = entries[*found];
        const double size = std::max(
            12.0,
            ChartStyle::markerSize(sizeMode, e.series % ChartStyle::sizeBucketCount(sizeMode)));
        dragGhost->setRect(QRectF(-size / 2, -size / 2, size, size));
        QColor fill
            = ChartStyle::groupColor(colorMode, e.series / ChartStyle::sizeBucketCount(sizeMode));
        fill.setAlpha(170);
        dragGhost->setBrush(fill);
        dragGhost->setPen(QPen(QColor(20, 20, 20), 1.5, Qt::DashLine));
        dragGhost->show();
        const QPointF from = toChart(e.value);
        dragOrigin->setRect(QRectF(from - QPointF(4, 4), QSizeF(8, 8)));
        dragOrigin->show();
        view->viewport()->setCursor(Qt::ClosedHandCursor);
    }
    const QRectF plot = chart->plotArea();
    QPointF c = QPointF(pos) - chartOrigin();
    c.setX(std::clamp(c.x(), plot.left(), plot.right()));
    c.setY(std::clamp(c.y(), plot.top(), plot.bottom()));
    const QPointF v = toValue(c);
    dragGhost->setPos(c);
    const ScoringConfig &config = doc->portfolio().config;
    const double impact = std::round(v.y() * 10) / 10;
    const double feasibility = std::round(v.x() * 10) / 10;
    // The readout is the hover card (its own window), so a frame repaints only the preview.
    using Style = ChartToolTip::Style;
    const Quadrant quadrant = quadrantFor(impact, feasibility, config);
    card->setLines({ { tr("Place by hand"), Style::Strong, 0 },
                     { tr("impact %1 · feasibility %2").arg(number(impact), number(feasibility)),
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
    const QPointF v = toValue(ghost);
    ManualOverride placement;
    placement.feasibility = std::clamp(std::round(v.x() * 10) / 10, 0.0, kMax);
    placement.impact = std::clamp(std::round(v.y() * 10) / 10, 0.0, kMax);
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
    if (gesture == Gesture::Dragging) {
        view->viewport()->unsetCursor();
        card->hide();
    }
    gesture = Gesture::None;
    pressedId = 0;
    dragGhost->hide();
    dragOrigin->hide();
}

void PortfolioChartView::Private::showContextMenu(QContextMenuEvent *event)
{
    const int key = hitTest(event->pos());
    if (key < 0)
        return;
    const qint64 id = entries[key].id;
    const Score *score = doc->scoreFor(id);
    QMenu menu(view);
    QAction *clear = menu.addAction(tr("Clear manual placement"));
    clear->setEnabled(score && (score->impactOverridden || score->feasibilityOverridden));
    if (menu.exec(event->globalPos()) == clear) {
        const Status status = doc->clearOverride(id);
        if (!status.ok())
            QToolTip::showText(event->globalPos(), status.error().message, view->viewport());
    }
}

// ---- PortfolioChartView ------------------------------------------------------------------

PortfolioChartView::PortfolioChartView(Document *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, document))
{
    setObjectName(QStringLiteral("portfolioChart"));
    connect(d->chart, &QChart::plotAreaChanged, this, [this] { d->layoutAll(); });
    connect(document, &Document::portfolioReset, this, [this] { d->rebuild(); });
    connect(document, &Document::settingsChanged, this, [this] { d->settingsChanged(); });
    connect(document, &Document::ideaAdded, this, [this](qint64 id) { d->updateIdea(id); });
    connect(document, &Document::ideaChanged, this, [this](qint64 id) { d->updateIdea(id); });
    connect(document, &Document::ideaRemoved, this, [this](qint64 id) { d->removeIdea(id); });
    connect(document, &Document::rankingChanged, this, [this] { d->refreshLabels(); });
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
    d->refreshSelection();
    d->refreshSpreads();
    d->refreshLabels();
}

void PortfolioChartView::setColorMode(ColorMode mode)
{
    if (mode == d->colorMode)
        return;
    d->colorMode = mode;
    d->recreateSeries();
    d->rebuild();
}

void PortfolioChartView::setSizeMode(SizeMode mode)
{
    if (mode == d->sizeMode)
        return;
    d->sizeMode = mode;
    d->recreateSeries();
    d->rebuild();
}

bool PortfolioChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && d->gesture != Private::Gesture::None) {
        d->cancelDrag();
        return true;
    }
    if (watched != d->view->viewport())
        return QWidget::eventFilter(watched, event);
    // The scene never sees the mouse: its per-marker hover handling over thousands of items is
    // what we replace with the grid index.
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton)
            d->press(e);
        return true;
    }
    case QEvent::MouseMove:
        d->move(static_cast<QMouseEvent *>(event));
        return true;
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton)
            d->release(e);
        return true;
    }
    case QEvent::MouseButtonDblClick:
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

} // namespace mlp::ui
