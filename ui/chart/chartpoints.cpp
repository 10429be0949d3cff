// The points: one scatter series per colour, size and look (shelved or not), kept in step
// with the document's scores and the table's filters.

#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview_p.h"
#include "ui/document/document.h"

#include <QChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace mlp::ui {

using namespace chart;

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
    series.resize(2 * colors * sizes, nullptr);
    seriesKeys.resize(2 * colors * sizes);
    // Shelved ideas first, under the others; within each, large markers first so that small
    // ones stay visible on top of them.
    for (int shelved = 1; shelved >= 0; --shelved) {
        for (int bucket = sizes - 1; bucket >= 0; --bucket) {
            for (int group = 0; group < colors; ++group) {
                auto *s = new QScatterSeries;
                s->setName(ChartStyle::groupName(colorMode, group));
                s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                s->setMarkerSize(ChartStyle::markerSize(sizeMode, bucket));
                const QColor color = ChartStyle::groupColor(colorMode, group);
                // A shelved idea is a pale ring in its colour: still there, clearly not active.
                QColor fill = color;
                fill.setAlpha(shelved ? 45 : 210);
                const QColor border = shelved ? color.darker(115) : QColor(255, 255, 255, 220);
                s->setColor(fill);
                s->setBorderColor(border);
                QPen pen = s->pen();
                pen.setWidthF(shelved ? 1.5 : 1.0);
                pen.setCosmetic(true);
                pen.setColor(border);
                s->setPen(pen);
                // One image stamped per point in the series' own paint, instead of a scene item
                // per point: panning and zooming move 10,000 points without the scene re-indexing
                // them all.
                s->setLightMarker(ChartStyle::markerImage(s->markerSize(), fill, pen));
                s->setPointsVisible(false);
                chart->addSeries(s);
                s->attachAxis(axisX);
                s->attachAxis(axisY);
                series[(shelved * colors + group) * sizes + bucket] = s;
            }
        }
    }
}

int PortfolioChartView::Private::seriesFor(const Idea &idea, const Score &score) const
{
    const int colors = ChartStyle::colorGroupCount(colorMode);
    const int sizes = ChartStyle::sizeBucketCount(sizeMode);
    const int shelved = idea.lifecycle.outcome == Outcome::Shelved ? 1 : 0;
    return (shelved * colors + ChartStyle::colorGroupOf(idea, colorMode)) * sizes
        + ChartStyle::sizeBucketOf(idea, score, doc->portfolio().config, sizeMode);
}

int PortfolioChartView::Private::groupOfSeries(int s) const
{
    return (s / ChartStyle::sizeBucketCount(sizeMode)) % ChartStyle::colorGroupCount(colorMode);
}

int PortfolioChartView::Private::bucketOfSeries(int s) const
{
    return s % ChartStyle::sizeBucketCount(sizeMode);
}

bool PortfolioChartView::Private::isShelvedSeries(int s) const
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
        const Idea &idea = portfolio.ideas[i];
        if (!isShown(idea, score))
            continue;
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
    filter->acknowledge(); // the points show the list as it is now

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
    const bool plotted = isShown(changed, score);
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
    if (!isShown(item, score))
        return found == keyById.cend();
    if (found == keyById.cend())
        return false;
    const Entry &e = entries[*found];
    return e.value == QPointF(*score.feasibility, *score.impact)
        && e.series == seriesFor(item, score);
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
    if (series.isEmpty())
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
