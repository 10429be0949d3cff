// The points: one layer per colour, size and look (shelved or not), all painted by one
// PointsItem, kept in step with the document's scores and the table's filters.

#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview_p.h"
#include "ui/document/document.h"

#include <algorithm>

namespace mlp::ui {

using namespace chart;

void PortfolioChartView::Private::recreateLayers()
{
    const int colors = ChartStyle::colorGroupCount(colorMode);
    const int sizes = ChartStyle::sizeBucketCount(sizeMode);
    QList<PointsItem::Layer> layers(2 * colors * sizes);
    QList<int> drawOrder;
    layerKeys.clear();
    layerKeys.resize(layers.size());
    // Shelved ideas first, under the others; within each, large markers first so that small
    // ones stay visible on top of them.
    for (int shelved = 1; shelved >= 0; --shelved) {
        for (int bucket = sizes - 1; bucket >= 0; --bucket) {
            for (int group = 0; group < colors; ++group) {
                const QColor color = ChartStyle::groupColor(colorMode, group);
                // A shelved idea is a pale ring in its colour: still there, clearly not active.
                QColor fill = color;
                fill.setAlpha(shelved ? 45 : 210);
                QPen pen(shelved ? color.darker(115) : QColor(255, 255, 255, 220));
                pen.setWidthF(shelved ? 1.5 : 1.0);
                const int layer = (shelved * colors + group) * sizes + bucket;
                layers[layer] = { ChartStyle::markerSize(sizeMode, bucket), fill, pen };
                drawOrder.append(layer);
            }
        }
    }
    points->setLayers(layers, drawOrder);
}

int PortfolioChartView::Private::layerFor(const Idea &idea, const Score &score) const
{
    const int colors = ChartStyle::colorGroupCount(colorMode);
    const int sizes = ChartStyle::sizeBucketCount(sizeMode);
    const int shelved = idea.lifecycle.outcome == Outcome::Shelved ? 1 : 0;
    return (shelved * colors + ChartStyle::colorGroupOf(idea, colorMode)) * sizes
        + ChartStyle::sizeBucketOf(idea, score, doc->portfolio().config, sizeMode);
}

int PortfolioChartView::Private::groupOfLayer(int s) const
{
    return (s / ChartStyle::sizeBucketCount(sizeMode)) % ChartStyle::colorGroupCount(colorMode);
}

int PortfolioChartView::Private::bucketOfLayer(int s) const
{
    return s % ChartStyle::sizeBucketCount(sizeMode);
}

bool PortfolioChartView::Private::isShelvedLayer(int s) const
{
    return s >= ChartStyle::sizeBucketCount(sizeMode) * ChartStyle::colorGroupCount(colorMode);
}

bool PortfolioChartView::Private::isShown(const Idea &idea, const Score &score) const
{
    return score.impact && score.feasibility && filter->contains(idea.id);
}

void PortfolioChartView::Private::rebuild()
{
    ++passes;
    clearHover();
    cancelDrag();
    if (layerKeys.isEmpty())
        recreateLayers();
    entries.clear();
    keyById.clear();
    index.clear();
    for (auto &keys : layerKeys)
        keys.clear();

    const Portfolio &portfolio = doc->portfolio();
    const QList<Score> &scores = doc->scores();
    const qsizetype n = std::min(portfolio.ideas.size(), scores.size());
    entries.reserve(n);
    keyById.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Score &score = scores[i];
        const Idea &idea = portfolio.ideas[i];
        if (!isShown(idea, score))
            continue;
        const int s = layerFor(idea, score);
        const int key = static_cast<int>(entries.size());
        const QPointF value(*score.feasibility, *score.impact);
        entries.append({ idea.id, value, s, static_cast<int>(layerKeys[s].size()) });
        keyById.insert(idea.id, key);
        layerKeys[s].append(key);
        index.insert(key, value);
    }
    points->allChanged();
    filter->acknowledge(); // the points show the list as it is now

    QList<qint64> stillThere;
    for (qint64 id : std::as_const(selected)) {
        if (doc->idea(id))
            stillThere.append(id);
    }
    selected = stillThere;
    selectedSet = QSet<qint64>(selected.cbegin(), selected.cend());

    refreshDecorations();
}

void PortfolioChartView::Private::addEntry(qint64 id, QPointF value, int s)
{
    const int key = static_cast<int>(entries.size());
    entries.append({ id, value, s, static_cast<int>(layerKeys[s].size()) });
    keyById.insert(id, key);
    layerKeys[s].append(key);
    index.insert(key, value);
    points->pointChanged(value, s);
}

// Swap-removes from the layer and from the entry table, so nothing else shifts.
void PortfolioChartView::Private::removeEntry(int key)
{
    const Entry gone = entries[key];
    QList<int> &keys = layerKeys[gone.layer];
    const int lastSlot = static_cast<int>(keys.size()) - 1;
    if (gone.slot != lastSlot) {
        const int moved = keys[lastSlot];
        keys[gone.slot] = moved;
        entries[moved].slot = gone.slot;
        points->pointChanged(entries[moved].value, gone.layer); // now drawn earlier
    }
    keys.removeLast();
    points->pointChanged(gone.value, gone.layer);
    index.remove(key, gone.value);
    keyById.remove(gone.id);

    const int lastKey = static_cast<int>(entries.size()) - 1;
    if (key != lastKey) {
        const Entry moved = entries[lastKey];
        entries[key] = moved;
        keyById.insert(moved.id, key);
        layerKeys[moved.layer][moved.slot] = key;
        index.remove(lastKey, moved.value);
        index.insert(key, moved.value);
    }
    entries.removeLast();
}

// Moves one idea's point to where its score now puts it (in, out or between layers).
void PortfolioChartView::Private::placeIdea(int i)
{
    const Idea &changed = doc->portfolio().ideas[i];
    const Score &score = doc->scores()[i];
    const bool plotted = isShown(changed, score);
    const auto found = keyById.constFind(changed.id);
    if (found == keyById.cend()) {
        if (plotted)
            addEntry(changed.id, QPointF(*score.feasibility, *score.impact),
                     layerFor(changed, score));
    } else if (!plotted) {
        removeEntry(*found);
    } else {
        const int key = *found;
        const QPointF value(*score.feasibility, *score.impact);
        const int s = layerFor(changed, score);
        Entry &e = entries[key];
        if (s == e.layer) {
            if (value != e.value) {
                index.move(key, e.value, value);
                points->pointChanged(e.value, s);
                e.value = value;
                points->pointChanged(value, s);
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
    if (!isShown(item, score))
        return found == keyById.cend();
    if (found == keyById.cend())
        return false;
    const Entry &e = entries[*found];
    return e.value == QPointF(*score.feasibility, *score.impact)
        && e.layer == layerFor(item, score);
}

void PortfolioChartView::Private::updateIdea(qint64 id)
{
    if (layerKeys.isEmpty())
        return;
    const int i = doc->indexOf(id);
    if (i < 0 || i >= doc->scores().size()) {
        removeIdea(id);
        return;
    }
    placeIdea(i);
    if (hoveredId == id)
        clearHover();
    countUnscored();
    refreshEmptyState();
    refreshOverride(id);
    if (selectedSet.contains(id)) {
        layoutQuadrants();
        refreshSelection();
    }
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
    countUnscored(id);
    refreshEmptyState();
    refreshSpreads();
    refreshLabels();
    refreshLegend();
}

// Settings move only some points (thresholds and names move none; weights move many), and the
// settings dialog previews every change; the table's filters show and hide points. Move, add
// and remove what changed; rebuild only when most did.
void PortfolioChartView::Private::syncPoints()
{
    if (layerKeys.isEmpty())
        return;
    ++passes;
    QList<int> stale;
    const qsizetype n = std::min(doc->portfolio().ideas.size(), doc->scores().size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!isPlacedCorrectly(static_cast<int>(i)))
            stale.append(static_cast<int>(i));
    }
    if (stale.size() > kIncrementalUpTo) {
        --passes; // counted by rebuild()
        rebuild();
        return;
    }
    clearHover();
    for (int i : std::as_const(stale))
        placeIdea(i);
    refreshDecorations();
}

} // namespace mlp::ui
