#include "core/domain/clock.h"
#include "core/domain/lifecycle.h"
#include "printers.h"
#include "tests/support/fakeclock.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace mlp;

namespace {

Checklist answeredChecklist(ChecklistAnswer answer = ChecklistAnswer::Yes)
{
    Checklist c;
    for (const ChecklistItem &item : checklistItems())
        c.insert(item.id, answer);
    return c;
}

MoveRequest to(Stage stage, QString trigger = {}, QString reason = {})
{
    MoveRequest r;
    r.to = stage;
    r.triggerId = std::move(trigger);
    r.reason = std::move(reason);
    r.who = QStringLiteral("Kim");
    return r;
}

Lifecycle at(Stage stage,
             const QDateTime &created = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC))
{
    Lifecycle l;
    l.stage = stage;
    l.createdAt = created;
    return l;
}

} // namespace

TEST(Stages, KeysRoundTripCaseInsensitively)
{
    QSet<QString> names;
    for (Stage s : kAllStages) {
        EXPECT_EQ(stageFromKey(stageKey(s)), s);
        EXPECT_EQ(stageFromKey(stageKey(s).toUpper()), s);
        names.insert(stageDisplayName(s));
    }
    EXPECT_EQ(names.size(), kStageCount);
    EXPECT_EQ(stageKey(Stage::Planning), QStringLiteral("planning"));
    EXPECT_EQ(stageKey(Stage::Data), QStringLiteral("data"));
    EXPECT_EQ(stageKey(Stage::Training), QStringLiteral("training"));
    EXPECT_EQ(stageKey(Stage::Deploying), QStringLiteral("deploying"));
    EXPECT_EQ(stageFromKey(QStringLiteral("shipping")), std::nullopt);
    EXPECT_EQ(stageDisplayName(Stage::Data), QStringLiteral("Data collection & labeling"));
}

TEST(Outcomes, KeysRoundTrip)
{
    for (Outcome o : kAllOutcomes) {
        EXPECT_EQ(outcomeFromKey(outcomeKey(o)), o);
        EXPECT_FALSE(outcomeDisplayName(o).isEmpty());
    }
    EXPECT_EQ(outcomeKey(Outcome::Shelved), QStringLiteral("shelved"));
    EXPECT_EQ(outcomeFromKey(QStringLiteral("done")), std::nullopt);
}

TEST(Triggers, CatalogueMatchesTheCourseTable)
{
    const QList<std::tuple<Stage, Stage, QStringList>> table {
        { Stage::Data,
          Stage::Planning,
          { QStringLiteral("data-too-hard-to-get"),
            QStringLiteral("different-task-easier-to-label") } },
        { Stage::Training,
          Stage::Data,
          { QStringLiteral("need-more-data"), QStringLiteral("labels-unreliable") } },
        { Stage::Training,
          Stage::Planning,
          { QStringLiteral("task-too-hard"), QStringLiteral("requirements-trade-off") } },
        { Stage::Deploying,
          Stage::Training,
          { QStringLiteral("pilot-not-good-enough"), QStringLiteral("keep-improving-accuracy") } },
        { Stage::Deploying,
          Stage::Data,
          { QStringLiteral("train-prod-data-differ"), QStringLiteral("mine-hard-cases") } },
        { Stage::Deploying,
          Stage::Planning,
          { QStringLiteral("metric-not-driving-behaviour"),
            QStringLiteral("poor-real-world-performance") } },
    };
    int total = 0;
    for (const auto &[from, toStage, ids] : table) {
        QStringList got;
        for (const BackwardTrigger &t : triggersFor(from, toStage)) {
            got << t.id;
            EXPECT_FALSE(t.text.isEmpty());
        }
        EXPECT_EQ(got, ids) << stageKey(from).toStdString() << "->"
                            << stageKey(toStage).toStdString();
        total += static_cast<int>(got.size());
    }
    EXPECT_EQ(backwardTriggers().size(), total);
    EXPECT_TRUE(triggersFor(Stage::Planning, Stage::Data).isEmpty());

    QSet<QString> ids;
    for (const BackwardTrigger &t : backwardTriggers()) {
        ids.insert(t.id);
        EXPECT_LT(static_cast<int>(t.to), static_cast<int>(t.from));
        ASSERT_TRUE(triggerById(t.id).has_value());
        EXPECT_EQ(triggerById(t.id)->from, t.from);
    }
    EXPECT_EQ(ids.size(), backwardTriggers().size());
    EXPECT_FALSE(triggerById(QStringLiteral("bored")).has_value());
}

TEST(Checklist, CompleteOnlyWhenEveryItemIsAnswered)
{
    QSet<QString> ids;
    for (const ChecklistItem &item : checklistItems()) {
        ids.insert(item.id);
        EXPECT_FALSE(item.text.isEmpty());
    }
    EXPECT_EQ(ids.size(), checklistItems().size());
    for (const char *id :
         { "ready-for-ml", "need-ml", "success-criteria", "ethics", "literature-review",
           "labeled-benchmark", "minimal-product-rules", "still-need-ml" })
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;

    EXPECT_FALSE(checklistComplete({}));
    Checklist c = answeredChecklist();
    EXPECT_TRUE(checklistComplete(c));
    EXPECT_TRUE(checklistComplete(answeredChecklist(ChecklistAnswer::No))); // "no" is an answer
    c[QStringLiteral("ethics")] = ChecklistAnswer::Unanswered;
    EXPECT_FALSE(checklistComplete(c));
    c.remove(QStringLiteral("ethics"));
    EXPECT_FALSE(checklistComplete(c));
}

TEST(PlanMove, ForwardOneStageRecordsWhenWhoFromTo)
{
    FakeClock clock;
    const Result<Transition> t = planMove(at(Stage::Data), {}, to(Stage::Training), clock.now());
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->at, clock.now());
    EXPECT_EQ(t->who, QStringLiteral("Kim"));
    EXPECT_EQ(t->from, Stage::Data);
    EXPECT_EQ(t->to, Stage::Training);
    EXPECT_TRUE(t->triggerId.isEmpty());
    EXPECT_FALSE(t->isBackward());
}

TEST(PlanMove, ForwardSkipIsRefusedAndNamesTheNextStage)
{
    FakeClock clock;
    const Result<Transition> t = planMove(at(Stage::Data), {}, to(Stage::Deploying), clock.now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::ForwardSkip);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("one stage at a time")));
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("to Training & debugging next")))
        << t.error().message.toStdString();

    const Result<Transition> fromPlanning
        = planMove(at(Stage::Planning), answeredChecklist(), to(Stage::Training), clock.now());
    ASSERT_FALSE(fromPlanning.ok());
    EXPECT_EQ(fromPlanning.error().code, Error::Code::ForwardSkip);
}

TEST(PlanMove, SameStageIsRefused)
{
    const Result<Transition> t
        = planMove(at(Stage::Training), {}, to(Stage::Training), FakeClock().now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::SameStage);
    EXPECT_TRUE(t.error().message.contains(stageDisplayName(Stage::Training)));
}

TEST(PlanMove, BackwardWithoutReasonListsTheTriggersForThatPair)
{
    const Result<Transition> t
        = planMove(at(Stage::Deploying), {}, to(Stage::Data), FakeClock().now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::MissingReason);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("train-prod-data-differ")));
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("mine-hard-cases")));
    EXPECT_FALSE(t.error().message.contains(QStringLiteral("need-more-data")));

    const Result<Transition> blank = planMove(
        at(Stage::Deploying), {}, to(Stage::Data, {}, QStringLiteral("   ")), FakeClock().now());
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().code, Error::Code::MissingReason);
}

TEST(PlanMove, BackwardWithACataloguedTrigger)
{
    const Result<Transition> t
        = planMove(at(Stage::Training), {}, to(Stage::Data, QStringLiteral("labels-unreliable")),
                   FakeClock().now());
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_TRUE(t->isBackward());
    EXPECT_EQ(t->triggerId, QStringLiteral("labels-unreliable"));
}

TEST(PlanMove, BackwardWithFreeTextReason)
{
    const Result<Transition> t = planMove(
        at(Stage::Deploying), {},
        to(Stage::Planning, {}, QStringLiteral("  Legal stopped the pilot ")), FakeClock().now());
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(t->triggerId.isEmpty());
    EXPECT_EQ(t->reason, QStringLiteral("Legal stopped the pilot"));
}

TEST(PlanMove, TriggerOfAnotherPairIsRefused)
{
    const Result<Transition> t
        = planMove(at(Stage::Deploying), {}, to(Stage::Data, QStringLiteral("need-more-data")),
                   FakeClock().now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::UnknownTrigger);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("need-more-data")));
    EXPECT_TRUE(
        t.error().message.contains(stageDisplayName(Stage::Training))); // the pair it belongs to
    EXPECT_TRUE(
        t.error().message.contains(QStringLiteral("mine-hard-cases"))); // what to use instead
}

TEST(PlanMove, UnknownTriggerIsRefused)
{
    const Result<Transition> t = planMove(
        at(Stage::Training), {}, to(Stage::Data, QStringLiteral("bored")), FakeClock().now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::UnknownTrigger);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("bored")));
}

TEST(PlanMove, TriggerOnAForwardMoveIsRefused)
{
    const Result<Transition> t
        = planMove(at(Stage::Data), {}, to(Stage::Training, QStringLiteral("need-more-data")),
                   FakeClock().now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::UnknownTrigger);
}

TEST(PlanMove, LeavingPlanningNeedsTheChecklistOrAnOverrideNote)
{
    FakeClock clock;
    Checklist partial = answeredChecklist();
    partial.remove(QStringLiteral("literature-review"));

    const Result<Transition> refused
        = planMove(at(Stage::Planning), partial, to(Stage::Data), clock.now());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::ChecklistIncomplete);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 of")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("override note")));

    MoveRequest withNote = to(Stage::Data);
    withNote.checklistOverrideNote = QStringLiteral("Pilot requested by leadership");
    const Result<Transition> overridden
        = planMove(at(Stage::Planning), partial, withNote, clock.now());
    ASSERT_TRUE(overridden.ok());
    EXPECT_EQ(overridden->checklistOverrideNote, QStringLiteral("Pilot requested by leadership"));

    const Result<Transition> complete
        = planMove(at(Stage::Planning), answeredChecklist(), withNote, clock.now());
    ASSERT_TRUE(complete.ok());
    EXPECT_TRUE(complete->checklistOverrideNote.isEmpty()); // recorded only when it was needed

    // The checklist does not gate moves that do not leave Planning.
    EXPECT_TRUE(planMove(at(Stage::Data), {}, to(Stage::Training), clock.now()).ok());
}

TEST(PlanMove, ClosedProjectsDoNotMove)
{
    Lifecycle shipped = at(Stage::Deploying);
    shipped.outcome = Outcome::Shipped;
    const Result<Transition> t
        = planMove(shipped, {}, to(Stage::Training, QStringLiteral("pilot-not-good-enough")),
                   FakeClock().now());
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::ProjectClosed);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("active")));

    Lifecycle shelved = at(Stage::Data);
    shelved.outcome = Outcome::Shelved;
    shelved.outcomeReason = QStringLiteral("no data");
    EXPECT_EQ(planMove(shelved, {}, to(Stage::Training), FakeClock().now()).error().code,
              Error::Code::ProjectClosed);

    const Result<Lifecycle> reopened = setOutcome(shelved, Outcome::Active, {}, FakeClock().now());
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->outcomeReason.isEmpty());
    EXPECT_TRUE(planMove(*reopened, {}, to(Stage::Training), FakeClock().now()).ok());
}

TEST(SetOutcome, ShelvingNeedsAReason)
{
    const Lifecycle l = at(Stage::Training);
    const Result<Lifecycle> refused
        = setOutcome(l, Outcome::Shelved, QStringLiteral("  "), FakeClock().now());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::MissingReason);

    const Result<Lifecycle> shelved
        = setOutcome(l, Outcome::Shelved, QStringLiteral("Budget cut"), FakeClock().now());
    ASSERT_TRUE(shelved.ok());
    EXPECT_EQ(shelved->outcome, Outcome::Shelved);
    EXPECT_EQ(shelved->outcomeReason, QStringLiteral("Budget cut"));
    EXPECT_EQ(shelved->stage, Stage::Training);

    const Result<Lifecycle> shipped = setOutcome(l, Outcome::Shipped, {}, FakeClock().now());
    ASSERT_TRUE(shipped.ok());
    EXPECT_EQ(shipped->outcome, Outcome::Shipped);
}

TEST(ApplyMove, AppendsHistoryAndLeavesTheInputAlone)
{
    FakeClock clock;
    const Lifecycle start = at(Stage::Planning, clock.now());
    clock.advanceDays(3);
    const Result<Lifecycle> moved
        = applyMove(start, answeredChecklist(), to(Stage::Data), clock.now());
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->stage, Stage::Data);
    ASSERT_EQ(moved->history.size(), 1);
    EXPECT_EQ(moved->history[0].at, clock.now());
    EXPECT_EQ(start.stage, Stage::Planning);
    EXPECT_TRUE(start.history.isEmpty());

    const Result<Lifecycle> refused = applyMove(*moved, {}, to(Stage::Deploying), clock.now());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::ForwardSkip);
}

TEST(LifecycleStats, TimeInStageAndBackwardCounts)
{
    FakeClock clock;
    const qint64 day = 24 * 3600;
    Lifecycle l = at(Stage::Planning, clock.now());
    const auto step = [&](int days, MoveRequest r) {
        clock.advanceDays(days);
        Result<Lifecycle> next = applyMove(l, answeredChecklist(), r, clock.now());
        ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
        l = *next;
    };
    step(2, to(Stage::Data));                                         // 2 days planning
    step(3, to(Stage::Training));                                     // 3 days data
    step(1, to(Stage::Data, QStringLiteral("need-more-data")));       // 1 day training
    step(4, to(Stage::Training));                                     // 4 more days data
    step(5, to(Stage::Planning, {}, QStringLiteral("Sponsor left"))); // 5 more days training
    step(1, to(Stage::Data));                                         // 1 more day planning
    clock.advanceDays(6);                                             // 6 days in data so far

    const LifecycleStats stats = lifecycleStats(l, clock.now());
    EXPECT_EQ(stats.secondsInStage[0], 3 * day);
    EXPECT_EQ(stats.secondsInStage[1], 13 * day);
    EXPECT_EQ(stats.secondsInStage[2], 6 * day);
    EXPECT_EQ(stats.secondsInStage[3], 0);
    EXPECT_EQ(stats.forwardMoves, 4);
    EXPECT_EQ(stats.backwardMoves, 2);
    EXPECT_EQ(stats.backwardByPair.value(qMakePair(Stage::Training, Stage::Data)), 1);
    EXPECT_EQ(stats.backwardByPair.value(qMakePair(Stage::Training, Stage::Planning)), 1);
    EXPECT_EQ(stats.backwardByPair.size(), 2);
    EXPECT_EQ(stats.backwardByReason.value(QStringLiteral("need-more-data")), 1);
    EXPECT_EQ(stats.backwardByReason.value(QStringLiteral("free-text")), 1);

    clock.advanceSecs(60);
    EXPECT_EQ(lifecycleStats(l, clock.now()).secondsInStage[1], 13 * day + 60);
}

TEST(LifecycleStats, AccumulateSumsProjects)
{
    FakeClock clock;
    Lifecycle a = at(Stage::Training, clock.now());
    a.history << Transition { clock.now().addDays(1),
                              {},
                              Stage::Training,
                              Stage::Data,
                              QStringLiteral("need-more-data"),
                              {},
                              {} };
    a.stage = Stage::Data;
    Lifecycle b = at(Stage::Training, clock.now());
    b.history << Transition { clock.now().addDays(2),    {}, Stage::Training, Stage::Data, {},
                              QStringLiteral("why not"), {} };
    b.stage = Stage::Data;
    clock.advanceDays(5);

    LifecycleStats total;
    accumulate(total, lifecycleStats(a, clock.now()));
    accumulate(total, lifecycleStats(b, clock.now()));
    EXPECT_EQ(total.backwardMoves, 2);
    EXPECT_EQ(total.backwardByPair.value(qMakePair(Stage::Training, Stage::Data)), 2);
    EXPECT_EQ(total.backwardByReason.value(QStringLiteral("need-more-data")), 1);
    EXPECT_EQ(total.backwardByReason.value(QStringLiteral("free-text")), 1);
    EXPECT_EQ(total.secondsInStage[2], 3 * 24 * 3600);
    EXPECT_EQ(total.secondsInStage[1], 7 * 24 * 3600);
}
