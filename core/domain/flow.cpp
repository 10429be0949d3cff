#include "core/domain/flow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mlp {

namespace {

int stageIndex(Stage stage)
{
    return static_cast<int>(stage);
}

QString reasonKey(const Transition &transition)
{
    return transition.triggerId.isEmpty() ? QStringLiteral("free-text") : transition.triggerId;
}

// When a finished project stopped moving: the outcome's time when it was recorded, otherwise
// the last recorded event (files written before outcomes carried a time).
QDateTime outcomeTime(const Lifecycle &lifecycle)
{
    if (lifecycle.outcomeAt.isValid())
        return lifecycle.outcomeAt;
    for (auto it = lifecycle.history.crbegin(); it != lifecycle.history.crend(); ++it) {
        if (it->at.isValid())
            return it->at;
    }
    return lifecycle.createdAt;
}

// A day in UTC, so that the same file gives the same chart in every time zone.
QDate utcDay(const QDateTime &at)
{
    return at.toUTC().date();
}

struct FlowEvent
{
    QDate day;
    int column; // 0..3 a stage, 4 shipped, 5 shelved
    int delta;
};
constexpr int kShippedColumn = kStageCount;
constexpr int kShelvedColumn = kStageCount + 1;

void addVisitEvents(QList<FlowEvent> &events, const StageVisit &visit)
{
    events.append({ utcDay(visit.enteredAt), stageIndex(visit.stage), +1 });
    if (visit.finished())
        events.append({ utcDay(visit.leftAt), stageIndex(visit.stage), -1 });
}

QList<FlowPoint> cumulativeFlow(QList<FlowEvent> events, const QDate &today, int maxPoints,
                                int &bucketDays)
{
    bucketDays = 1;
    if (events.isEmpty() || !today.isValid())
        return {};
    std::sort(events.begin(), events.end(),
              [](const FlowEvent &a, const FlowEvent &b) { return a.day < b.day; });
    const QDate first = std::min(events.first().day, today);
    const qint64 days = first.daysTo(today) + 1;
    const int points = std::max(1, maxPoints);
    bucketDays = int(std::max<qint64>(1, (days + points - 1) / points));

    // Points are placed backwards from today so that the last one is always today.
    QList<QDate> pointDays;
    for (QDate day = today; day >= first; day = day.addDays(-bucketDays))
        pointDays.prepend(day);
    if (pointDays.first() > first)
        pointDays.prepend(pointDays.first().addDays(-bucketDays));

    QList<FlowPoint> flow;
    flow.reserve(pointDays.size());
    std::array<int, kStageCount + 2> running {};
    qsizetype next = 0;
    for (const QDate &day : std::as_const(pointDays)) {
        while (next < events.size() && events.at(next).day <= day) {
            running[events.at(next).column] += events.at(next).delta;
            ++next;
        }
        FlowPoint point;
        point.day = day;
        std::copy_n(running.begin(), kStageCount, point.inStage.begin());
        point.shipped = running[kShippedColumn];
        point.shelved = running[kShelvedColumn];
        flow.append(point);
    }
    return flow;
}

void countReasons(FlowAnalytics &flow, const QMap<QPair<Stage, Stage>, QMap<QString, int>> &byPair)
{
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        QList<BackwardReasonCount> reasons;
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r)
            reasons.append({ r.key(), r.value() });
        std::stable_sort(reasons.begin(), reasons.end(),
                         [](const BackwardReasonCount &a, const BackwardReasonCount &b) {
                             return a.count > b.count;
                         });
        flow.reasonsByPair.insert(it.key(), reasons);
    }
}

} // namespace

QString backwardReasonText(const QString &key)
{
    if (key == QLatin1String("free-text"))
        return QCoreApplication::translate("mlp", "free text");
    const auto trigger = triggerById(key);
    return trigger ? trigger->text : key;
}

QList<StageVisit> replayVisits(const Idea &idea)
{
    const Lifecycle &lifecycle = idea.lifecycle;
    QList<StageVisit> visits;
    if (!lifecycle.createdAt.isValid())
        return visits;
    StageVisit current { idea.id, Stage::Planning, lifecycle.createdAt, {} };
    if (!lifecycle.history.isEmpty())
        current.stage = lifecycle.history.first().from;
    for (const Transition &move : lifecycle.history) {
        if (!move.at.isValid() || move.at < current.enteredAt)
            continue;
        current.leftAt = move.at;
        visits.append(current);
        current = StageVisit { idea.id, move.to, move.at, {} };
    }
    current.stage = lifecycle.stage; // the stored stage is the truth for the open visit
    if (lifecycle.outcome != Outcome::Active)
        current.leftAt = std::max(outcomeTime(lifecycle), current.enteredAt);
    visits.append(current);
    return visits;
}

std::optional<qint64> quantile(const QList<qint64> &sortedValues, double q)
{
    if (sortedValues.isEmpty())
        return std::nullopt;
    const double position = std::clamp(q, 0.0, 1.0) * double(sortedValues.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const auto above = std::min(below + 1, sortedValues.size() - 1);
    const double fraction = position - double(below);
    const double value = double(sortedValues.at(below))
        + fraction * double(sortedValues.at(above) - sortedValues.at(below));
    return qint64(std::llround(value));
}

FlowAnalytics analyseFlow(const QList<Idea> &ideas, const QDateTime &now,
                          const FlowOptions &options)
{
    FlowAnalytics flow;
    flow.minimumStays = std::max(1, options.minimumStays);
    std::array<QList<qint64>, kStageCount> durations;
    QMap<QPair<Stage, Stage>, QMap<QString, int>> reasons;
    QList<FlowEvent> events;
    events.reserve(ideas.size() * 3);

    for (const Idea &idea : ideas) {
        const Lifecycle &lifecycle = idea.lifecycle;
        switch (lifecycle.outcome) {
        case Outcome::Active:
            ++flow.activeNow[stageIndex(lifecycle.stage)];
            break;
        case Outcome::Shipped:
            ++flow.shipped;
            break;
        case Outcome::Shelved:
            ++flow.shelved;
            break;
        }
        for (const Transition &move : lifecycle.history) {
            if (!move.isBackward()) {
                ++flow.forwardMoves;
                continue;
            }
            ++flow.backwardMoves;
            ++flow.backwardByPair[qMakePair(move.from, move.to)];
            ++reasons[qMakePair(move.from, move.to)][reasonKey(move)];
        }
        const QList<StageVisit> visits = replayVisits(idea);
        for (const StageVisit &visit : visits) {
            StageTime &time = flow.time[stageIndex(visit.stage)];
            ++time.visits;
            if (visit.finished()) {
                ++time.finishedVisits;
                durations[stageIndex(visit.stage)].append(visit.enteredAt.secsTo(visit.leftAt));
            }
            addVisitEvents(events, visit);
        }
        if (lifecycle.outcome != Outcome::Active && !visits.isEmpty()) {
            const int column
                = lifecycle.outcome == Outcome::Shipped ? kShippedColumn : kShelvedColumn;
            events.append({ utcDay(visits.last().leftAt), column, +1 });
        }
    }

    for (int stage = 0; stage < kStageCount; ++stage) {
        std::sort(durations[stage].begin(), durations[stage].end());
        flow.time[stage].medianSeconds = quantile(durations[stage], 0.5);
        flow.time[stage].p85Seconds = quantile(durations[stage], 0.85);
    }
    countReasons(flow, reasons);
    flow.cumulative
        = cumulativeFlow(std::move(events), utcDay(now), options.maxPoints, flow.bucketDays);
    return flow;
}

CurrentStay currentStay(const Idea &idea, const FlowAnalytics &flow, const QDateTime &now)
{
    CurrentStay stay;
    for (const Transition &move : idea.lifecycle.history)
        stay.backwardMoves += move.isBackward() ? 1 : 0;
    const QList<StageVisit> visits = replayVisits(idea);
    if (visits.isEmpty())
        return stay;
    const StageVisit &last = visits.last();
    const QDateTime end = last.finished() ? last.leftAt : now;
    stay.seconds = std::max<qint64>(0, last.enteredAt.secsTo(end));
    const StageTime &usual = flow.time[stageIndex(last.stage)];
    stay.overP85 = idea.lifecycle.outcome == Outcome::Active && usual.p85Seconds
        && usual.finishedVisits >= flow.minimumStays && stay.seconds > *usual.p85Seconds;
    return stay;
}

std::array<StageTotal, kStageCount> timeInEachStage(const Idea &idea, const QDateTime &now)
{
    std::array<StageTotal, kStageCount> totals {};
    for (const StageVisit &visit : replayVisits(idea)) {
        StageTotal &total = totals[stageIndex(visit.stage)];
        ++total.visits;
        const QDateTime end = visit.finished() ? visit.leftAt : now;
        total.seconds += std::max<qint64>(0, visit.enteredAt.secsTo(end));
    }
    return totals;
}

} // namespace mlp
