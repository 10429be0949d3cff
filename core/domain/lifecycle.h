#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace mlp {

// The four per-project stages of the course (docs/domain.md §1), in order.
enum class Stage { Planning = 0, Data = 1, Training = 2, Deploying = 3 };
inline constexpr int kStageCount = 4;
inline constexpr std::array<Stage, kStageCount> kAllStages { Stage::Planning, Stage::Data,
                                                             Stage::Training, Stage::Deploying };

// Short names shared by the command line, JSON and CSV: planning, data, training, deploying.
// Every key in the program is read the same way (core/domain/keytable.h): surrounding spaces
// ignored, case-insensitive.
QString stageKey(Stage stage);
std::optional<Stage> stageFromKey(const QString &key);
QString stageKeyList();                // "planning, data, training, deploying", for messages
QString stageDisplayName(Stage stage); // translated, e.g. "Data collection & labeling"
// The stage in a word ("Data"), translated, for narrow places: the window's Stage column and
// history, the command line's tables. Tooltips and details give stageDisplayName() in full.
QString stageShortName(Stage stage);

// Ours (docs/domain.md §1): an outcome beside the stage, so a tracker can close the loop.
enum class Outcome { Active = 0, Shipped = 1, Shelved = 2 };
inline constexpr int kOutcomeCount = 3;
// Every outcome, in this order wherever outcomes are listed (menus, filters, messages).
inline constexpr std::array<Outcome, kOutcomeCount> kAllOutcomes { Outcome::Active,
                                                                   Outcome::Shipped,
                                                                   Outcome::Shelved };
QString outcomeKey(Outcome outcome); // active, shipped, shelved
std::optional<Outcome> outcomeFromKey(const QString &key);
QString outcomeKeyList(); // "active, shipped, shelved", for messages
QString outcomeDisplayName(Outcome outcome);

// One of the course's catalogued triggers for a backward move (docs/domain.md §1 table).
struct BackwardTrigger
{
    QString id; // stable key stored in files, e.g. "data-too-hard"
    Stage from;
    Stage to;
    QString text; // translated description
};
const QList<BackwardTrigger> &backwardTriggers();
QList<BackwardTrigger> triggersFor(Stage from, Stage to);
std::optional<BackwardTrigger> triggerById(const QString &id);

// The feasibility checklist (docs/domain.md §2) that must be answered before leaving Planning.
enum class ChecklistAnswer { Unanswered = 0, Yes = 1, No = 2 };
struct ChecklistItem
{
    QString id;   // stable key, e.g. "need-ml"
    QString text; // translated question
};
const QList<ChecklistItem> &checklistItems();
using Checklist = QMap<QString, ChecklistAnswer>; // item id -> answer; missing = unanswered
bool checklistComplete(const Checklist &checklist);

// One recorded stage move.
struct Transition
{
    QDateTime at;
    QString who;
    Stage from = Stage::Planning;
    Stage to = Stage::Planning;
    QString triggerId;             // catalogued trigger, empty when the reason is free text
    QString reason;                // free text (may accompany a trigger)
    QString checklistOverrideNote; // set when Planning was left with the checklist unanswered
    bool isBackward() const { return static_cast<int>(to) < static_cast<int>(from); }
    friend bool operator==(const Transition &, const Transition &) = default;
};

// Why a move was made, in words, one part each (translated): the catalogued trigger's text
// (or its id when the catalogue no longer has it), the free text, and the checklist override
// note. Empty when nothing was recorded. Every place that shows a move's reason joins these.
QStringList moveReasonParts(const Transition &transition);
// The parts joined by "; ", for one line of text.
QString moveReasonText(const Transition &transition);

struct Lifecycle
{
    Stage stage = Stage::Planning;
    Outcome outcome = Outcome::Active;
    QString outcomeReason; // required when shelved
    QDateTime
        outcomeAt; // when it was shipped or shelved; invalid while active (and in older files)
    QDateTime createdAt; // when the project entered Planning
    QList<Transition> history;
    friend bool operator==(const Lifecycle &, const Lifecycle &) = default;
};

struct MoveRequest
{
    Stage to = Stage::Planning;
    QString triggerId; // optional: a catalogued trigger for this pair
    QString reason;    // optional free text; a backward move needs a trigger or this
    QString who;
    QString checklistOverrideNote; // non-empty: leave Planning although the checklist is unanswered
};

// Validates a move and returns the transition to record, or why it is refused:
// forward skips, same-stage moves, backward moves without reason, unknown triggers or
// triggers for another pair, leaving Planning with the checklist unanswered and no
// override note, and moves of a shipped or shelved project.
Result<Transition> planMove(const Lifecycle &lifecycle, const Checklist &checklist,
                            const MoveRequest &request, const QDateTime &now);
// planMove + append to history + set stage.
Result<Lifecycle> applyMove(const Lifecycle &lifecycle, const Checklist &checklist,
                            const MoveRequest &request, const QDateTime &now);
// Shelving needs a reason; shipping and reactivating do not. Shipping or shelving records `now`
// as outcomeAt (kept when the outcome is set again unchanged); reactivating clears it.
Result<Lifecycle> setOutcome(const Lifecycle &lifecycle, Outcome outcome, const QString &reason,
                             const QDateTime &now);

// Derived statistics.
struct LifecycleStats
{
    std::array<qint64, kStageCount> secondsInStage {}; // until `now` for the current stage
    QMap<QPair<Stage, Stage>, int> backwardByPair;
    QMap<QString, int> backwardByReason; // trigger id, or "free-text"
    int backwardMoves = 0;
    int forwardMoves = 0;
};
LifecycleStats lifecycleStats(const Lifecycle &lifecycle, const QDateTime &now);
void accumulate(LifecycleStats &total, const LifecycleStats &one);

} // namespace mlp
