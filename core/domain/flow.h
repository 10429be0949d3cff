#pragma once

// Flow analytics for a portfolio (docs/domain.md §1): where projects really get stuck,
// computed by replaying every project's recorded moves, never from the current stage plus
// timestamps. One pass over the history; the window's lifecycle board, `mlplanner flow` and
// the PDF summary all read these values.

#include "core/domain/idea.h"
#include "core/domain/lifecycle.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>

#include <array>
#include <optional>

namespace mlp {

// One stay of a project in a stage, replayed from its history.
struct StageVisit
{
    qint64 ideaId = 0;
    Stage stage = Stage::Planning;
    QDateTime enteredAt;
    QDateTime leftAt; // invalid while the project is still in the stage and active
    bool finished() const { return leftAt.isValid(); }
};

// The visits of one project in order. A visit ends at the next move or, for a shipped or
// shelved project, when its outcome was recorded (the last recorded event when the outcome
// has no time). Entries without a valid time are skipped, as are moves older than creation.
QList<StageVisit> replayVisits(const Idea &idea);

// Time spent in one stage over the portfolio's finished visits.
struct StageTime
{
    int visits = 0;         // every visit, finished or not
    int finishedVisits = 0; // the ones the percentiles are taken over
    std::optional<qint64> medianSeconds;
    std::optional<qint64> p85Seconds; // 85th percentile, linear interpolation
};

// One point of the cumulative-flow chart: how many projects were in each stage (active)
// and how many had shipped or been shelved, at the end of `day`.
struct FlowPoint
{
    QDate day;
    std::array<int, kStageCount> inStage {};
    int shipped = 0;
    int shelved = 0;
};

struct BackwardReasonCount
{
    QString key; // a catalogued trigger id, or "free-text"
    int count = 0;
};

struct FlowAnalytics
{
    std::array<int, kStageCount> activeNow {}; // active projects per stage now
    int shipped = 0;
    int shelved = 0;
    std::array<StageTime, kStageCount> time {};
    // from -> to of every backward move, with its reasons, most frequent first.
    QMap<QPair<Stage, Stage>, int> backwardByPair;
    QMap<QPair<Stage, Stage>, QList<BackwardReasonCount>> reasonsByPair;
    int backwardMoves = 0;
    int forwardMoves = 0;
    QList<FlowPoint> cumulative; // one point per bucket, oldest first, the last one at `now`
    int bucketDays = 1;          // days between cumulative points
    int minimumStays = 3;        // from FlowOptions: see currentStay()
};

struct FlowOptions
{
    // Cumulative-flow points at most; the bucket grows in whole days to stay within it.
    int maxPoints = 120;
    // A stage's 85th percentile says what is usual there only after this many finished stays;
    // with fewer, nobody is marked as stuck in it.
    int minimumStays = 3;
};

FlowAnalytics analyseFlow(const QList<Idea> &ideas, const QDateTime &now,
                          const FlowOptions &options = {});

// The idea's current stay: how long it has been in its stage, and whether that is longer than
// the portfolio's 85th percentile for the stage (false when the stage has fewer finished
// stays than FlowOptions::minimumStays, or when the project has shipped or been shelved).
struct CurrentStay
{
    qint64 seconds = 0;
    bool overP85 = false;
    int backwardMoves = 0;
};
CurrentStay currentStay(const Idea &idea, const FlowAnalytics &flow, const QDateTime &now);

// The time one project spent in each stage, summed over its visits (replayVisits()): the open
// visit counts until `now`, the last visit of a shipped or shelved project until its outcome.
struct StageTotal
{
    int visits = 0;
    qint64 seconds = 0;
};
std::array<StageTotal, kStageCount> timeInEachStage(const Idea &idea, const QDateTime &now);

// A backward move's reason key ("free-text" or a trigger id) as a reader should see it:
// the trigger's translated text, "free text", or the key itself when the catalogue lacks it.
QString backwardReasonText(const QString &key);

// The q-quantile (0..1) of sorted values by linear interpolation; nullopt when empty.
std::optional<qint64> quantile(const QList<qint64> &sortedValues, double q);

} // namespace mlp
