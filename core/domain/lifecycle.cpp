#include "core/domain/lifecycle.h"

#include "core/domain/keytable.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlp {

namespace {

constexpr KeyTable kStageKeys(std::array<KeyName<Stage>, kStageCount> { {
    { Stage::Planning, "planning" },
    { Stage::Data, "data" },
    { Stage::Training, "training" },
    { Stage::Deploying, "deploying" },
} });

constexpr KeyTable kOutcomeKeys(std::array<KeyName<Outcome>, kOutcomeCount> { {
    { Outcome::Active, "active" },
    { Outcome::Shipped, "shipped" },
    { Outcome::Shelved, "shelved" },
} });

QString pairText(Stage from, Stage to)
{
    return QCoreApplication::translate("mlp", "%1 → %2")
        .arg(stageDisplayName(from), stageDisplayName(to));
}

QString triggerList(const QList<BackwardTrigger> &triggers)
{
    QStringList parts;
    for (const BackwardTrigger &t : triggers)
        parts << QStringLiteral("“%1” (%2)").arg(t.id, t.text);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString stageKey(Stage stage)
{
    return kStageKeys.key(stage);
}

std::optional<Stage> stageFromKey(const QString &key)
{
    return kStageKeys.fromKey(key);
}

QString stageKeyList()
{
    return kStageKeys.keyList();
}

QString stageDisplayName(Stage stage)
{
    switch (stage) {
    case Stage::Planning:
        return QCoreApplication::translate("mlp", "Planning & project setup");
    case Stage::Data:
        return QCoreApplication::translate("mlp", "Data collection & labeling");
    case Stage::Training:
        return QCoreApplication::translate("mlp", "Training & debugging");
    case Stage::Deploying:
        return QCoreApplication::translate("mlp", "Deploying & testing");
    }
    return {};
}

QString stageShortName(Stage stage)
{
    switch (stage) {
    case Stage::Planning:
        return QCoreApplication::translate("mlp", "Planning", "stage, short");
    case Stage::Data:
        return QCoreApplication::translate("mlp", "Data", "stage, short");
    case Stage::Training:
        return QCoreApplication::translate("mlp", "Training", "stage, short");
    case Stage::Deploying:
        return QCoreApplication::translate("mlp", "Deploying", "stage, short");
    }
    return {};
}

QString outcomeKey(Outcome outcome)
{
    return kOutcomeKeys.key(outcome);
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    return kOutcomeKeys.fromKey(key);
}

QString outcomeKeyList()
{
    return kOutcomeKeys.keyList();
}

QString outcomeDisplayName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Active:
        return QCoreApplication::translate("mlp", "Active");
    case Outcome::Shipped:
        return QCoreApplication::translate("mlp", "Shipped");
    case Outcome::Shelved:
        return QCoreApplication::translate("mlp", "Shelved");
    }
    return {};
}

const QList<BackwardTrigger> &backwardTriggers()
{
    static const QList<BackwardTrigger> triggers {
        { QStringLiteral("data-too-hard-to-get"), Stage::Data, Stage::Planning,
          QCoreApplication::translate("mlp", "The data is too hard to get") },
        { QStringLiteral("different-task-easier-to-label"), Stage::Data, Stage::Planning,
          QCoreApplication::translate("mlp", "A different task is much easier to label") },
        { QStringLiteral("need-more-data"), Stage::Training, Stage::Data,
          QCoreApplication::translate("mlp", "More data is needed") },
        { QStringLiteral("labels-unreliable"), Stage::Training, Stage::Data,
          QCoreApplication::translate("mlp", "The labels turn out to be unreliable") },
        { QStringLiteral("task-too-hard"), Stage::Training, Stage::Planning,
          QCoreApplication::translate("mlp", "The task is too hard") },
        { QStringLiteral("requirements-trade-off"), Stage::Training, Stage::Planning,
          QCoreApplication::translate(
              "mlp", "Requirements trade off against each other and must be re-ranked") },
        { QStringLiteral("pilot-not-good-enough"), Stage::Deploying, Stage::Training,
          QCoreApplication::translate("mlp", "It does not work well enough in the pilot") },
        { QStringLiteral("keep-improving-accuracy"), Stage::Deploying, Stage::Training,
          QCoreApplication::translate("mlp", "Accuracy needs to keep improving") },
        { QStringLiteral("train-prod-data-differ"), Stage::Deploying, Stage::Data,
          QCoreApplication::translate("mlp", "Training and production data differ") },
        { QStringLiteral("mine-hard-cases"), Stage::Deploying, Stage::Data,
          QCoreApplication::translate("mlp", "Collect more data and mine hard cases") },
        { QStringLiteral("metric-not-driving-behaviour"), Stage::Deploying, Stage::Planning,
          QCoreApplication::translate("mlp", "The metric does not drive user behaviour") },
        { QStringLiteral("poor-real-world-performance"), Stage::Deploying, Stage::Planning,
          QCoreApplication::translate("mlp",
                                      "Real-world performance is poor: revisit the metric and "
                                      "requirements (e.g. speed vs accuracy)") },
    };
    return triggers;
}

QList<BackwardTrigger> triggersFor(Stage from, Stage to)
{
    QList<BackwardTrigger> out;
    for (const BackwardTrigger &t : backwardTriggers()) {
        if (t.from == from && t.to == to)
            out << t;
    }
    return out;
}

std::optional<BackwardTrigger> triggerById(const QString &id)
{
    for (const BackwardTrigger &t : backwardTriggers()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QStringList moveReasonParts(const Transition &transition)
{
    QStringList parts;
    if (!transition.triggerId.isEmpty()) {
        const auto trigger = triggerById(transition.triggerId);
        parts << (trigger ? trigger->text : transition.triggerId);
    }
    if (!transition.reason.isEmpty())
        parts << transition.reason;
    if (!transition.checklistOverrideNote.isEmpty())
        parts << QCoreApplication::translate("mlp", "Checklist overridden: %1")
                     .arg(transition.checklistOverrideNote);
    return parts;
}

QString moveReasonText(const Transition &transition)
{
    return moveReasonParts(transition).join(QStringLiteral("; "));
}

const QList<ChecklistItem> &checklistItems()
{
    // The 2022 lecture's "do you really need it?" and "is it ethical?" are the same questions
    // as the course checklist's, so they are asked once.
    static const QList<ChecklistItem> items {
        { QStringLiteral("ready-for-ml"),
          QCoreApplication::translate("mlp",
                                      "Are you ready for ML: a product to put it in, a way to "
                                      "collect data, and the people to build it?") },
        { QStringLiteral("need-ml"),
          QCoreApplication::translate("mlp", "Are you sure you need ML?") },
        { QStringLiteral("success-criteria"),
          QCoreApplication::translate("mlp",
                                      "Are success criteria defined with all stakeholders?") },
        { QStringLiteral("ethics"),
          QCoreApplication::translate("mlp", "Have you considered the ethics: is it ethical?") },
        { QStringLiteral("literature-review"),
          QCoreApplication::translate("mlp", "Have you reviewed the literature?") },
        { QStringLiteral("labeled-benchmark"),
          QCoreApplication::translate("mlp", "Have you built a labeled benchmark?") },
        { QStringLiteral("minimal-product-rules"),
          QCoreApplication::translate("mlp",
                                      "Have you built a minimal product with manual rules?") },
        { QStringLiteral("still-need-ml"),
          QCoreApplication::translate("mlp", "Having done all that, do you really need ML?") },
    };
    return items;
}

bool checklistComplete(const Checklist &checklist)
{
    for (const ChecklistItem &item : checklistItems()) {
        if (checklist.value(item.id, ChecklistAnswer::Unanswered) == ChecklistAnswer::Unanswered)
            return false;
    }
    return true;
}

namespace {

// A forward move: one stage on, no trigger, and Planning left only with the checklist answered
// or an override note.
Result<Transition> planForward(Transition t, const Checklist &checklist, const MoveRequest &request,
                               const QString &triggerId)
{
    const Stage from = t.from;
    const Stage to = t.to;
    const int fromIndex = static_cast<int>(from);
    const int toIndex = static_cast<int>(to);
    if (toIndex > fromIndex + 1) {
        const Stage next = static_cast<Stage>(fromIndex + 1);
        return makeError(
            Error::Code::ForwardSkip,
            QCoreApplication::translate(
                "mlp",
                "Cannot move from %1 to %2: a project can only move forward one "
                "stage at a time: from %1 to %3 next.")
                .arg(stageDisplayName(from), stageDisplayName(to), stageDisplayName(next)));
    }
    if (!triggerId.isEmpty()) {
        return makeError(Error::Code::UnknownTrigger,
                         QCoreApplication::translate(
                             "mlp",
                             "Trigger “%1” describes a backward move, but %2 is a forward move. "
                             "Leave the trigger out.")
                             .arg(triggerId, pairText(from, to)));
    }
    if (from == Stage::Planning && !checklistComplete(checklist)) {
        const QString note = request.checklistOverrideNote.trimmed();
        if (note.isEmpty()) {
            QStringList open;
            for (const ChecklistItem &item : checklistItems()) {
                if (checklist.value(item.id, ChecklistAnswer::Unanswered)
                    == ChecklistAnswer::Unanswered)
                    open << item.text;
            }
            return makeError(Error::Code::ChecklistIncomplete,
                             QCoreApplication::translate(
                                 "mlp",
                                 "Leaving Planning needs the feasibility checklist answered; "
                                 "%1 of %2 questions are open: %3 Answer them, or give an "
                                 "override note saying why the project goes ahead anyway.")
                                 .arg(open.size())
                                 .arg(checklistItems().size())
                                 .arg(open.join(QLatin1Char(' '))));
        }
        t.checklistOverrideNote = note;
    }
    return t;
}

// A backward move: a catalogued trigger of this pair, or a reason in words.
Result<Transition> planBackward(Transition t, const QString &triggerId, const QString &reason)
{
    const Stage from = t.from;
    const Stage to = t.to;
    const QList<BackwardTrigger> allowed = triggersFor(from, to);
    if (!triggerId.isEmpty()) {
        const std::optional<BackwardTrigger> trigger = triggerById(triggerId);
        if (!trigger) {
            return makeError(Error::Code::UnknownTrigger,
                             QCoreApplication::translate(
                                 "mlp",
                                 "Unknown trigger “%1”. For %2 choose one of: %3; or give a reason "
                                 "in your own words.")
                                 .arg(triggerId, pairText(from, to), triggerList(allowed)));
        }
        if (trigger->from != from || trigger->to != to) {
            return makeError(Error::Code::UnknownTrigger,
                             QCoreApplication::translate(
                                 "mlp",
                                 "Trigger “%1” belongs to %2, not to %3. For this move choose one "
                                 "of: %4; or give a reason in your own words.")
                                 .arg(triggerId, pairText(trigger->from, trigger->to),
                                      pairText(from, to), triggerList(allowed)));
        }
        t.triggerId = triggerId;
        return t;
    }
    if (reason.isEmpty()) {
        const QString hint = allowed.isEmpty()
            ? QCoreApplication::translate("mlp", "Describe the reason in your own words.")
            : QCoreApplication::translate(
                  "mlp",
                  "Pick one of the course's triggers for this move: %1; or describe the reason "
                  "in your own words.")
                  .arg(triggerList(allowed));
        return makeError(
            Error::Code::MissingReason,
            QCoreApplication::translate("mlp", "Moving back from %1 to %2 needs a reason. %3")
                .arg(stageDisplayName(from), stageDisplayName(to), hint));
    }
    return t;
}

} // namespace

Result<Transition> planMove(const Lifecycle &lifecycle, const Checklist &checklist,
                            const MoveRequest &request, const QDateTime &now)
{
    const Stage from = lifecycle.stage;
    const Stage to = request.to;

    if (lifecycle.outcome != Outcome::Active) {
        return makeError(
            Error::Code::ProjectClosed,
            QCoreApplication::translate("mlp",
                                        "The project is %1, so it no longer moves between stages. "
                                        "Set its outcome back to active first.")
                .arg(outcomeDisplayName(lifecycle.outcome).toLower()));
    }
    if (to == from) {
        return makeError(Error::Code::SameStage,
                         QCoreApplication::translate("mlp", "The project is already in %1.")
                             .arg(stageDisplayName(from)));
    }

    const QString triggerId = request.triggerId.trimmed();
    const QString reason = request.reason.trimmed();
    Transition t;
    t.at = now;
    t.who = request.who.trimmed();
    t.from = from;
    t.to = to;
    t.reason = reason;

    if (static_cast<int>(to) > static_cast<int>(from))
        return planForward(t, checklist, request, triggerId);
    return planBackward(t, triggerId, reason);
}

Result<Lifecycle> applyMove(const Lifecycle &lifecycle, const Checklist &checklist,
                            const MoveRequest &request, const QDateTime &now)
{
    Result<Transition> t = planMove(lifecycle, checklist, request, now);
    if (!t)
        return t.error();
    Lifecycle next = lifecycle;
    next.stage = t->to;
    next.history.append(std::move(t).value());
    return next;
}

Result<Lifecycle> setOutcome(const Lifecycle &lifecycle, Outcome outcome, const QString &reason,
                             const QDateTime &now)
{
    const QString trimmed = reason.trimmed();
    if (outcome == Outcome::Shelved && trimmed.isEmpty()) {
        return makeError(Error::Code::MissingReason,
                         QCoreApplication::translate(
                             "mlp",
                             "Shelving a project needs a reason, so that the portfolio remembers "
                             "why it stopped."));
    }
    Lifecycle next = lifecycle;
    next.outcome = outcome;
    next.outcomeReason = outcome == Outcome::Active ? QString() : trimmed;
    if (outcome == Outcome::Active)
        next.outcomeAt = QDateTime();
    else if (outcome != lifecycle.outcome || !lifecycle.outcomeAt.isValid())
        next.outcomeAt = now;
    return next;
}

LifecycleStats lifecycleStats(const Lifecycle &lifecycle, const QDateTime &now)
{
    LifecycleStats stats;
    QDateTime since = lifecycle.createdAt;
    const auto addTime = [&stats](Stage stage, const QDateTime &start, const QDateTime &end) {
        if (!start.isValid() || !end.isValid())
            return;
        const qint64 secs = start.secsTo(end);
        if (secs > 0)
            stats.secondsInStage[static_cast<int>(stage)] += secs;
    };
    for (const Transition &t : lifecycle.history) {
        addTime(t.from, since, t.at);
        since = t.at;
        if (t.isBackward()) {
            ++stats.backwardMoves;
            ++stats.backwardByPair[qMakePair(t.from, t.to)];
            ++stats.backwardByReason[t.triggerId.isEmpty() ? QStringLiteral("free-text")
                                                           : t.triggerId];
        } else {
            ++stats.forwardMoves;
        }
    }
    addTime(lifecycle.stage, since, now);
    return stats;
}

void accumulate(LifecycleStats &total, const LifecycleStats &one)
{
    for (int i = 0; i < kStageCount; ++i)
        total.secondsInStage[i] += one.secondsInStage[i];
    for (auto it = one.backwardByPair.cbegin(); it != one.backwardByPair.cend(); ++it)
        total.backwardByPair[it.key()] += it.value();
    for (auto it = one.backwardByReason.cbegin(); it != one.backwardByReason.cend(); ++it)
        total.backwardByReason[it.key()] += it.value();
    total.backwardMoves += one.backwardMoves;
    total.forwardMoves += one.forwardMoves;
}

} // namespace mlp
