#include "core/domain/flow.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace mlp;

namespace {

const QDateTime kStart(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);

QDateTime day(int n)
{
    return kStart.addDays(n);
}

constexpr qint64 kDay = 24 * 3600;

// An idea created on day 0 that made `moves` (stage reached, day, trigger); it ends in the
// last stage reached.
struct Move
{
    Stage to;
    int day;
    QString trigger = {};
};

Idea ideaWith(qint64 id, const QList<Move> &moves)
{
    Idea idea;
    idea.id = id;
    idea.name = QStringLiteral("Idea %1").arg(id);
    idea.lifecycle.createdAt = kStart;
    Stage stage = Stage::Planning;
    for (const Move &move : moves) {
        Transition t;
        t.at = day(move.day);
        t.from = stage;
        t.to = move.to;
        t.triggerId = move.trigger;
        t.reason = move.trigger.isEmpty() && int(move.to) < int(stage) ? QStringLiteral("why")
                                                                       : QString();
        idea.lifecycle.history.append(t);
        stage = move.to;
    }
    idea.lifecycle.stage = stage;
    return idea;
}

} // namespace

TEST(FlowReplay, EveryStayFromCreationToNowIncludingReturns)
{
    const Idea idea = ideaWith(1,
                               { { Stage::Data, 10 },
                                 { Stage::Training, 30 },
                                 { Stage::Data, 40, QStringLiteral("data-too-hard") },
                                 { Stage::Training, 50 } });
    const QList<StageVisit> visits = replayVisits(idea);
    ASSERT_EQ(visits.size(), 5);
    EXPECT_EQ(visits[0].stage, Stage::Planning);
    EXPECT_EQ(visits[0].enteredAt.secsTo(visits[0].leftAt), 10 * kDay);
    EXPECT_EQ(visits[1].stage, Stage::Data);
    EXPECT_EQ(visits[1].enteredAt.secsTo(visits[1].leftAt), 20 * kDay);
    EXPECT_EQ(visits[3].stage, Stage::Data);
    EXPECT_EQ(visits[3].enteredAt, day(40));
    EXPECT_EQ(visits[4].stage, Stage::Training);
    EXPECT_FALSE(visits[4].finished());
}

TEST(FlowReplay, ShippingStopsTheClock)
{
    Idea idea = ideaWith(1, { { Stage::Data, 5 } });
    idea.lifecycle.outcome = Outcome::Shipped;
    idea.lifecycle.outcomeAt = day(12);
    const QList<StageVisit> visits = replayVisits(idea);
    ASSERT_EQ(visits.size(), 2);
    EXPECT_EQ(visits.last().leftAt, day(12));

    const FlowAnalytics flow = analyseFlow({ idea }, day(400));
    EXPECT_EQ(flow.shipped, 1);
    EXPECT_EQ(flow.activeNow[int(Stage::Data)], 0);
    EXPECT_EQ(currentStay(idea, flow, day(400)).seconds, 7 * kDay);
    EXPECT_FALSE(currentStay(idea, flow, day(400)).overP85);
}

TEST(FlowReplay, AnOutcomeWithoutATimeEndsAtTheLastMove)
{
    Idea idea = ideaWith(1, { { Stage::Data, 5 } });
    idea.lifecycle.outcome = Outcome::Shelved;
    idea.lifecycle.outcomeReason = QStringLiteral("no budget");
    const QList<StageVisit> visits = replayVisits(idea);
    ASSERT_EQ(visits.size(), 2);
    EXPECT_EQ(visits.last().leftAt, day(5));
}

TEST(FlowQuantile, InterpolatesBetweenRanks)
{
    EXPECT_FALSE(quantile({}, 0.5).has_value());
    EXPECT_EQ(quantile({ 7 }, 0.85), 7);
    EXPECT_EQ(quantile({ 10, 20, 30, 40 }, 0.5), 25);
    EXPECT_EQ(quantile({ 10, 20, 30, 40 }, 0.85), 36); // 30 + 0.55 * 10, rounded
    EXPECT_EQ(quantile({ 10, 20, 30, 40 }, 1.0), 40);
}

TEST(FlowAnalytics, CountsStagesMovesAndTimesOverThePortfolio)
{
    const QList<Idea> ideas {
        ideaWith(1,
                 { { Stage::Data, 10 },
                   { Stage::Training, 30 },
                   { Stage::Data, 40, QStringLiteral("data-too-hard") } }),
        ideaWith(2,
                 { { Stage::Data, 2 },
                   { Stage::Training, 4 },
                   { Stage::Data, 6, QStringLiteral("data-too-hard") },
                   { Stage::Training, 8 },
                   { Stage::Planning, 9 } }),
        ideaWith(3, {}),
    };
    const FlowAnalytics flow = analyseFlow(ideas, day(60));
    EXPECT_EQ(flow.activeNow[int(Stage::Planning)], 2);
    EXPECT_EQ(flow.activeNow[int(Stage::Data)], 1);
    EXPECT_EQ(flow.forwardMoves, 5);
    EXPECT_EQ(flow.backwardMoves, 3);
    EXPECT_EQ((flow.backwardByPair.value({ Stage::Training, Stage::Data })), 2);
    EXPECT_EQ((flow.backwardByPair.value({ Stage::Training, Stage::Planning })), 1);
    const auto reasons = flow.reasonsByPair.value({ Stage::Training, Stage::Data });
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_EQ(reasons.first().key, QStringLiteral("data-too-hard"));
    EXPECT_EQ(reasons.first().count, 2);
    EXPECT_EQ(flow.reasonsByPair.value({ Stage::Training, Stage::Planning }).first().key,
              QStringLiteral("free-text"));

    // Planning: finished stays of 10 and 2 days, three visits (idea 3 is still there, and
    // idea 2 came back).
    const StageTime &planning = flow.time[int(Stage::Planning)];
    EXPECT_EQ(planning.visits, 4);
    EXPECT_EQ(planning.finishedVisits, 2);
    EXPECT_EQ(planning.medianSeconds, 6 * kDay);
    // Data: finished stays of 20, 2 and 2 days; idea 1's second stay is open.
    const StageTime &data = flow.time[int(Stage::Data)];
    EXPECT_EQ(data.visits, 4);
    EXPECT_EQ(data.finishedVisits, 3);
    EXPECT_EQ(data.medianSeconds, 2 * kDay);
    EXPECT_FALSE(flow.time[int(Stage::Deploying)].medianSeconds.has_value());
}

TEST(FlowAnalytics, MarksAStayLongerThanTheUsualEightyFifthPercentile)
{
    QList<Idea> ideas;
    for (int i = 1; i <= 10; ++i)
        ideas.append(ideaWith(i, { { Stage::Data, i } })); // planning took 1..10 days
    ideas.append(ideaWith(11, {}));                        // still planning on day 30
    const FlowAnalytics flow = analyseFlow(ideas, day(30));
    ASSERT_TRUE(flow.time[int(Stage::Planning)].p85Seconds.has_value());
    const CurrentStay slow = currentStay(ideas.last(), flow, day(30));
    EXPECT_EQ(slow.seconds, 30 * kDay);
    EXPECT_TRUE(slow.overP85);
    // Data has no finished stay yet: nothing to compare with, so nobody is marked there.
    EXPECT_FALSE(currentStay(ideas.first(), flow, day(30)).overP85);
    // Two finished stays are too few to say what is usual.
    const QList<Idea> few { ideaWith(1, { { Stage::Data, 1 } }),
                            ideaWith(2, { { Stage::Data, 1 } }), ideaWith(3, {}) };
    const FlowAnalytics fewFlow = analyseFlow(few, day(30));
    EXPECT_FALSE(currentStay(few.last(), fewFlow, day(30)).overP85);
    FlowOptions lenient;
    lenient.minimumStays = 2;
    EXPECT_TRUE(currentStay(few.last(), analyseFlow(few, day(30), lenient), day(30)).overP85);
    const CurrentStay early = currentStay(ideas.last(), flow, day(3));
    EXPECT_FALSE(early.overP85);
}

TEST(FlowAnalytics, CumulativeFlowReplaysTheMovesDayByDay)
{
    Idea shipped = ideaWith(2, { { Stage::Data, 1 }, { Stage::Training, 3 } });
    shipped.lifecycle.outcome = Outcome::Shipped;
    shipped.lifecycle.outcomeAt = day(5);
    const QList<Idea> ideas { ideaWith(1, { { Stage::Data, 2 } }), shipped };
    const FlowAnalytics flow = analyseFlow(ideas, day(6));
    ASSERT_EQ(flow.bucketDays, 1);
    ASSERT_EQ(flow.cumulative.size(), 7);
    EXPECT_EQ(flow.cumulative.first().day, kStart.date());
    EXPECT_EQ(flow.cumulative.last().day, day(6).date());
    const FlowPoint &dayTwo = flow.cumulative.at(2);
    EXPECT_EQ(dayTwo.inStage[int(Stage::Planning)], 0);
    EXPECT_EQ(dayTwo.inStage[int(Stage::Data)], 2);
    const FlowPoint &dayFour = flow.cumulative.at(4);
    EXPECT_EQ(dayFour.inStage[int(Stage::Data)], 1);
    EXPECT_EQ(dayFour.inStage[int(Stage::Training)], 1);
    const FlowPoint &last = flow.cumulative.last();
    EXPECT_EQ(last.inStage[int(Stage::Training)], 0);
    EXPECT_EQ(last.shipped, 1);
    EXPECT_EQ(last.inStage[int(Stage::Data)], 1);
}

TEST(FlowAnalytics, LongHistoriesAreBucketedWithTodayLast)
{
    const QList<Idea> ideas { ideaWith(1, { { Stage::Data, 900 } }) };
    FlowOptions options;
    options.maxPoints = 100;
    const FlowAnalytics flow = analyseFlow(ideas, day(1000), options);
    EXPECT_EQ(flow.bucketDays, 11); // 1001 days in at most 100 points
    EXPECT_LE(flow.cumulative.size(), 101);
    EXPECT_EQ(flow.cumulative.last().day, day(1000).date());
    EXPECT_EQ(flow.cumulative.last().inStage[int(Stage::Data)], 1);
    // The first point is on or before the first day, so the chart starts from nothing.
    EXPECT_LE(flow.cumulative.first().day, kStart.date());
    EXPECT_GT(flow.cumulative.at(1).day, kStart.date());
    EXPECT_EQ(flow.cumulative.first().inStage[int(Stage::Planning)], 0);
    EXPECT_EQ(flow.cumulative.at(1).inStage[int(Stage::Planning)], 1);
}

TEST(FlowAnalytics, AnEmptyPortfolioHasNoFlow)
{
    const FlowAnalytics flow = analyseFlow({}, day(1));
    EXPECT_TRUE(flow.cumulative.isEmpty());
    EXPECT_EQ(flow.backwardMoves, 0);
}

TEST(FlowReplay, TimeInEachStageSumsEveryStayAndCountsTheOpenOneUntilNow)
{
    const Idea idea = ideaWith(1,
                               { { Stage::Data, 10 },
                                 { Stage::Training, 30 },
                                 { Stage::Data, 40, QStringLiteral("data-too-hard") },
                                 { Stage::Training, 50 } });
    const auto totals = timeInEachStage(idea, day(65));
    EXPECT_EQ(totals[int(Stage::Planning)].visits, 1);
    EXPECT_EQ(totals[int(Stage::Planning)].seconds, 10 * kDay);
    EXPECT_EQ(totals[int(Stage::Data)].visits, 2);
    EXPECT_EQ(totals[int(Stage::Data)].seconds, 30 * kDay); // 20 days, then 10 more
    EXPECT_EQ(totals[int(Stage::Training)].visits, 2);
    EXPECT_EQ(totals[int(Stage::Training)].seconds, 25 * kDay); // 10, and 15 until now
    EXPECT_EQ(totals[int(Stage::Deploying)].visits, 0);
    EXPECT_EQ(totals[int(Stage::Deploying)].seconds, 0);
}

TEST(FlowReplay, TimeInEachStageStopsAtTheOutcome)
{
    Idea idea = ideaWith(1, { { Stage::Data, 5 } });
    idea.lifecycle.outcome = Outcome::Shipped;
    idea.lifecycle.outcomeAt = day(12);
    const auto totals = timeInEachStage(idea, day(400));
    EXPECT_EQ(totals[int(Stage::Data)].seconds, 7 * kDay);
    EXPECT_EQ(totals[int(Stage::Data)].seconds,
              currentStay(idea, analyseFlow({ idea }, day(400)), day(400)).seconds);
}
