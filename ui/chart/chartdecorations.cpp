// The items drawn over and under the points: quadrants and their names, labels, selection
// marks, manual placements, raters' spreads, the legend, the header and the empty state.

#include "ui/chart/chartheader.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview_p.h"
#include "ui/document/document.h"

#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QLabel>

#include <algorithm>
#include <limits>

namespace mlp::ui {

using namespace chart;

void PortfolioChartView::Private::refreshEmptyState()
{
    const bool open = doc->isOpen();
    QString text;
    if (!open) {
        text = tr(
            "<p><big><b>No portfolio open</b></big></p>"
            "<p>Choose File ▸ New Portfolio or File ▸ Open,<br>or drop a .mlplan file here.</p>"
            "<p>To import ideas from a .json or .csv file, open or create a portfolio first.</p>");
    } else if (totalIdeas == 0) {
        text = tr("<p><big><b>No ideas yet</b></big></p>"
                  "<p>Choose Edit ▸ Add Idea, or drop a .json or .csv file of ideas here.</p>");
    } else if (filter->isActive() && shownIdeas == 0) {
        text = tr("<p><big><b>No idea matches the table's filters</b></big></p>"
                  "<p>The chart shows the ideas the table lists. Clear the filters above the "
                  "table to see all of them.</p>");
    }
    for (QGraphicsRectItem *rect : quadrantRects)
        rect->setVisible(open);
    if (!open) {
        for (QuadrantNameItem *name : quadrantNames)
            name->setVisible(false);
    }
    if (!open) {
        thresholdX->setVisible(false);
        thresholdY->setVisible(false);
    }
    legend->setVisible(open);
    header->setVisible(open);
    emptyMessage->setText(text);
    emptyMessage->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        const QRect area = view->viewport()->rect();
        const int width = std::min(area.width() - 24, 460);
        const int height = emptyMessage->heightForWidth(width);
        emptyMessage->setGeometry(area.center().x() - width / 2, area.center().y() - height / 2,
                                  width, height);
        emptyMessage->raise();
    }
}

void PortfolioChartView::Private::refreshDecorations()
{
    countUnscored();
    layoutQuadrants();
    refreshEmptyState();
    refreshAllOverrides();
    refreshSelection();
    refreshSpreads();
    refreshLabels();
    refreshLegend();
    refreshHeader();
}

void PortfolioChartView::Private::countUnscored(qint64 leaving)
{
    unscored = 0;
    shownIdeas = 0;
    totalIdeas = 0;
    anyShelved = false;
    const Portfolio &portfolio = doc->portfolio();
    const QList<Score> &scores = doc->scores();
    const qsizetype n = std::min(portfolio.ideas.size(), scores.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Idea &item = portfolio.ideas[i];
        if (item.id == leaving)
            continue;
        ++totalIdeas;
        if (!filter->contains(item.id))
            continue;
        ++shownIdeas;
        if (!scores[i].impact || !scores[i].feasibility)
            ++unscored;
        else if (item.lifecycle.outcome == Outcome::Shelved)
            anyShelved = true;
    }
}

void PortfolioChartView::Private::refreshHeader()
{
    QString note;
    if (filter->isActive() && shownIdeas < totalIdeas) {
        // Whole words in English too, where no catalogue resolves a "%n idea(s)".
        note = (totalIdeas == 1 ? tr("Showing %1 of 1 idea: the one the table's filters list")
                                : tr("Showing %1 of %2 ideas: the ones the table's filters list"))
                   .arg(shownIdeas)
                   .arg(totalIdeas);
    }
    header->setFilterNote(note);
    header->setZoomFactor(zoom.factor());
}

// ---- Layout ------------------------------------------------------------------------------

void PortfolioChartView::Private::layoutAll()
{
    overlay->setRect(chart->plotArea());
    points->setGeometry(chart->plotArea(), zoom.range());
    layoutQuadrants();
    refreshEmptyState();
    refreshAllOverrides();
    refreshSelection();
    refreshSpreads();
    refreshLabels();
    if (hoveredId != 0)
        clearHover();
}

// The quadrants as far as they are in view; each name in the outer corner of the part of its
// quadrant that is in view, so that a name stays readable at any zoom.
void PortfolioChartView::Private::layoutQuadrants()
{
    const QRectF plot = chart->plotArea();
    const ScoringConfig &config = doc->portfolio().config;
    const QPointF threshold = toChart(QPointF(config.feasibilityThreshold, config.impactThreshold));
    const QPointF cross(std::clamp(threshold.x(), plot.left(), plot.right()),
                        std::clamp(threshold.y(), plot.top(), plot.bottom()));
    const double left = plot.left(), right = plot.right(), top = plot.top(), bottom = plot.bottom();
    // x is feasibility and y impact, so "do first" (both high) is the top right.
    const std::array<QRectF, 4> rects {
        QRectF(QPointF(cross.x(), top), QPointF(right, cross.y())),    // DoFirst
        QRectF(QPointF(left, top), QPointF(cross.x(), cross.y())),     // BigBet
        QRectF(QPointF(cross.x(), cross.y()), QPointF(right, bottom)), // SmallWin
        QRectF(QPointF(left, cross.y()), QPointF(cross.x(), bottom)),  // Avoid
    };
    QFont font = q->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    // The selected points stay uncovered: a name moves aside for them.
    QList<QRectF> avoid;
    for (qint64 id : std::as_const(selected)) {
        const auto found = keyById.constFind(id);
        if (found == keyById.cend() || !isInView(entries[*found].value))
            continue;
        const double r = markerRadius(*found) + 8;
        avoid.append(QRectF(toChart(entries[*found].value) - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        if (avoid.size() >= kMaxSelectedLabels)
            break;
    }
    const auto clear = [&avoid](const QRectF &rect) {
        return std::none_of(avoid.cbegin(), avoid.cend(),
                            [&rect](const QRectF &a) { return a.intersects(rect); });
    };
    for (int i = 0; i < 4; ++i) {
        const auto u = static_cast<size_t>(i);
        const QRectF r = rects[u].normalized();
        quadrantRects[u]->setRect(r);
        QuadrantNameItem *name = quadrantNames[u];
        QColor color = ChartStyle::quadrantColor(static_cast<Quadrant>(i));
        color.setAlpha(255);
        name->setText(quadrantName(static_cast<Quadrant>(i), config), font, color.darker(210));
        const QSizeF t = name->size();
        const bool rightSide = (i == 0 || i == 2);
        const bool topSide = (i == 0 || i == 1);
        // The outer corner of what is in view of the quadrant; else beside or below (above) a
        // selected point that is there.
        const QPointF corner(rightSide ? r.right() - t.width() - 4 : r.left() + 4,
                             topSide ? r.top() + 4 : r.bottom() - t.height() - 4);
        QList<QPointF> spots { corner };
        for (const QRectF &a : std::as_const(avoid)) {
            spots.append(QPointF(rightSide ? a.left() - t.width() - 2 : a.right() + 2, corner.y()));
            spots.append(QPointF(corner.x(), topSide ? a.bottom() + 2 : a.top() - t.height() - 2));
        }
        QPointF at = corner;
        for (const QPointF &spot : std::as_const(spots)) {
            const QRectF rect(spot, t);
            if (r.contains(rect) && clear(rect)) {
                at = spot;
                break;
            }
        }
        name->setPos(at);
        name->setVisible(doc->isOpen() && r.width() > t.width() + 8 && r.height() > t.height() + 8);
    }
    const bool open = doc->isOpen();
    const bool xInView = threshold.x() >= left && threshold.x() <= right;
    const bool yInView = threshold.y() >= top && threshold.y() <= bottom;
    thresholdX->setLine(QLineF(cross.x(), top, cross.x(), bottom));
    thresholdY->setLine(QLineF(left, cross.y(), right, cross.y()));
    thresholdX->setVisible(open && xInView);
    thresholdY->setVisible(open && yInView);
}

// ---- Labels ------------------------------------------------------------------------------

void PortfolioChartView::Private::refreshLabels()
{
    // Selected ideas first (always labelled when there is any room), then the best ranked of
    // those in view (labelled only where the label fits without overlapping): when the best
    // crowd one corner, the next ones down the ranking get the room.
    QList<std::pair<qint64, bool>> wanted;
    QSet<qint64> seen;
    QList<qint64> selectedByRank;
    for (qint64 id : std::as_const(selected)) {
        const auto found = keyById.constFind(id);
        if (found != keyById.cend() && isInView(entries[*found].value))
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
        if (top >= kTopCandidates)
            break;
        if (r.index < 0 || r.index >= doc->portfolio().ideas.size())
            continue;
        const qint64 id = doc->portfolio().ideas[r.index].id;
        const auto found = keyById.constFind(id);
        if (found == keyById.cend() || !isInView(entries[*found].value))
            continue;
        ++top;
        if (!seen.contains(id))
            wanted.append({ id, false });
    }

    const QRectF plot = chart->plotArea();
    const QFont font = q->font();
    const QFontMetrics fm(font);
    // Labels keep off the quadrants' names and off each other.
    QList<QRectF> taken;
    for (const QuadrantNameItem *name : quadrantNames) {
        if (name->isVisible())
            taken.append(QRectF(name->pos(), name->size()).adjusted(-2, -2, 2, 2));
    }
    int used = 0;
    int ranked = 0;
    for (const auto &[id, isSelected] : std::as_const(wanted)) {
        if (!isSelected && ranked >= kTopLabels)
            break;
        const Idea *item = idea(id);
        if (!item)
            continue;
        const int key = keyById.value(id);
        const QPointF p = toChart(entries[key].value);
        const double r = markerRadius(key) + (isSelected ? 6 : 3);
        if (used >= labels.size()) {
            auto *label = new LabelItem(overlay);
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
            // A small gap, so that two labels never read as one.
            const QRectF spaced = rect.adjusted(-kLabelGap, -kLabelGap, kLabelGap, kLabelGap);
            const bool overlaps
                = std::any_of(taken.cbegin(), taken.cend(),
                              [&spaced](const QRectF &t) { return t.intersects(spaced); });
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
        if (!isSelected)
            ++ranked;
    }
    for (int i = used; i < labels.size(); ++i)
        labels[i]->hide();
    visibleLabels = used;
}

// ---- Marks -------------------------------------------------------------------------------

// When no selected idea is in a zoomed range, an arrow at the edge points to the first one.
void PortfolioChartView::Private::refreshPointer()
{
    pointerId = 0;
    std::optional<int> first;
    if (zoom.isZoomed()) {
        for (qint64 id : std::as_const(selected)) {
            const auto found = keyById.constFind(id);
            if (found == keyById.cend())
                continue;
            if (isInView(entries[*found].value)) {
                first.reset();
                break;
            }
            if (!first)
                first = *found;
        }
    }
    if (!first) {
        pointer->hide();
        return;
    }
    const QRectF plot = chart->plotArea();
    const QPointF centre = plot.center();
    const QPointF direction = toChart(entries[*first].value) - centre;
    const QRectF inset = plot.adjusted(8, 8, -8, -8);
    double t = std::numeric_limits<double>::max();
    if (direction.x() > 0)
        t = std::min(t, (inset.right() - centre.x()) / direction.x());
    else if (direction.x() < 0)
        t = std::min(t, (inset.left() - centre.x()) / direction.x());
    if (direction.y() > 0)
        t = std::min(t, (inset.bottom() - centre.y()) / direction.y());
    else if (direction.y() < 0)
        t = std::min(t, (inset.top() - centre.y()) / direction.y());
    if (t == std::numeric_limits<double>::max()) {
        pointer->hide();
        return;
    }
    const Idea *item = idea(entries[*first].id);
    const QFontMetrics fm(q->font());
    pointer->setPointer(centre + direction * t, direction,
                        fm.elidedText(item ? item->name : QString(), Qt::ElideRight, kLabelWidth),
                        q->font(), plot);
    pointer->show();
    pointerId = entries[*first].id;
}

void PortfolioChartView::Private::refreshSelection()
{
    refreshPointer();
    QList<int> keys;
    for (qint64 id : std::as_const(selected)) {
        const auto found = keyById.constFind(id);
        if (found != keyById.cend() && isInView(entries[*found].value))
            keys.append(*found);
    }
    if (keys.size() > kIndividualRingsUpTo) {
        for (SelectedMarkItem *mark : std::as_const(selectionMarks))
            mark->hide();
        if (!manyRings) {
            manyRings = new RingsItem(overlay);
            manyRings->setZValue(kSelectionZ);
        }
        QList<QPointF> centres;
        centres.reserve(keys.size());
        for (int key : std::as_const(keys))
            centres.append(toChart(entries[key].value));
        manyRings->setRings(centres, ChartStyle::markerSize(sizeMode, 1) / 2 + 4,
                            QPen(QColor(15, 15, 15), 2.2));
        manyRings->show();
        return;
    }
    if (manyRings)
        manyRings->hide();
    while (selectionMarks.size() < keys.size()) {
        auto *mark = new SelectedMarkItem(overlay);
        mark->setZValue(kSelectionZ);
        selectionMarks.append(mark);
    }
    for (int i = 0; i < selectionMarks.size(); ++i) {
        SelectedMarkItem *mark = selectionMarks[i];
        if (i < keys.size()) {
            const int key = keys[i];
            mark->setMark(toChart(entries[key].value), markerRadius(key), colorOf(key),
                          isShelvedLayer(entries[key].layer));
            mark->show();
        } else {
            mark->hide();
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
        mark = new OverrideMarkItem(overlay);
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
    // With many in view, the rings and lines would tangle: the selected and the hovered keep
    // them, the others show only where they were placed. A line whose both ends are out of a
    // zoomed range would only cross it.
    const bool seen = isInView(placed) || isInView(computed);
    mark->setDetailed((!overridesCrowded && seen) || selectedSet.contains(id) || hoveredId == id);
}

// Where the answers put the idea at `index`; an axis not placed by hand is where it is drawn.
QPointF PortfolioChartView::Private::computedPosition(int index) const
{
    const Score &score = doc->scores()[index];
    const std::optional<double> ci = score.impactOverridden ? score.computedImpact : score.impact;
    const std::optional<double> cf
        = score.feasibilityOverridden ? score.computedFeasibility : score.feasibility;
    return ci && cf ? QPointF(*cf, *ci) : QPointF(-1e9, -1e9);
}

void PortfolioChartView::Private::refreshAllOverrides()
{
    QList<qint64> marked;
    int inView = 0;
    const Portfolio &portfolio = doc->portfolio();
    const QList<Score> &scores = doc->scores();
    for (qsizetype i = 0; i < std::min(portfolio.ideas.size(), scores.size()); ++i) {
        if (!scores[i].impactOverridden && !scores[i].feasibilityOverridden)
            continue;
        const auto found = keyById.constFind(portfolio.ideas[i].id);
        if (found == keyById.cend())
            continue;
        marked.append(portfolio.ideas[i].id);
        if (isInView(entries[*found].value) || isInView(computedPosition(i)))
            ++inView;
    }
    overridesCrowded = inView > kDetailedOverridesUpTo;
    for (qint64 id : std::as_const(marked))
        refreshOverride(id);
    const QSet<qint64> keep(marked.cbegin(), marked.cend());
    for (auto it = overrideMarks.begin(); it != overrideMarks.end();) {
        if (!keep.contains(it.key())) {
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
    spreadOrigins.clear();
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
            auto *spread = new SpreadItem(overlay);
            spread->setZValue(kSpreadZ);
            spreads.append(spread);
        }
        const int key = keyById.value(id);
        // The raters' positions spread around where their answers put the idea: for an idea
        // placed by hand, that is the ring of its computed position, not the placed point.
        QPointF centre = entries[key].value;
        if (const Score *score = doc->scoreFor(id)) {
            if (score->impactOverridden && score->computedImpact)
                centre.setY(*score->computedImpact);
            if (score->feasibilityOverridden && score->computedFeasibility)
                centre.setX(*score->computedFeasibility);
        }
        const QPointF origin = toChart(centre);
        spreads[used]->setPoints(origin, raterPoints, colorOf(key));
        spreads[used]->show();
        spreadOrigins.insert(id, origin);
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
    if (anyShelved)
        items.append({ Symbol::Shelved, tr("shelved"), {}, 0 });
    items.append(
        { Symbol::ManualPlacement, tr("placed by hand (ring: where the answers put it)"), {}, 0 });
    items.append({ Symbol::RaterSpread, tr("each rater's own position"), {}, 0 });
    if (unscored > 0)
        items.append({ Symbol::Note,
                       unscored == 1 ? tr("1 idea not yet scored, not shown")
                                     : tr("%1 ideas not yet scored, not shown").arg(unscored),
                       {},
                       0 });
    legend->setEntries(items);
}

} // namespace mlp::ui
