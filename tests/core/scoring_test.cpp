#include "core/domain/idea.h"
#include "core/domain/sample.h"
#include "core/domain/scoring.h"
#include "printers.h"
#include "tests/support/generatedportfolio.h"

#include <gtest/gtest.h>

#include <QSet>

#include <cmath>

using namespace mlp;

namespace {

// Question indices by group in catalogue order.
constexpr int kImpact0 = 0;
constexpr int kData0 = 4;
constexpr int kAccuracy0 = 9;
constexpr int kDifficulty0 = 12;

Idea ideaWith(std::initializer_list<std::pair<int, int>> answers,
              QString name = QStringLiteral("idea"), qint64 id = 1)
{
    Idea idea;
    idea.id = id;
    idea.name = std::move(name);
    Rater r;
    r.name = QStringLiteral("A");
    for (const auto &[q, a] : answers)
        r.answers[q] = static_cast<qint8>(a);
    idea.raters << r;
    return idea;
}

Rater rater(std::initializer_list<std::pair<int, int>> answers)
{
    Rater r;
    for (const auto &[q, a] : answers)
        r.answers[q] = static_cast<qint8>(a);
    return r;
}

void setGroup(Idea &idea, int first, int count, int answer)
{
    for (int i = first; i < first + count; ++i)
        idea.raters[0].answers[i] = static_cast<qint8>(answer);
}

} // namespace

TEST(Questions, CatalogueHasTheCourseQuestionsPerGroup)
{
    const auto &qs = questions();
    int counts[4] = {};
    QSet<QString> ids;
    for (int i = 0; i < kQuestionCount; ++i) {
        ++counts[static_cast<int>(qs[i].group)];
        ids.insert(qs[i].id);
        EXPECT_FALSE(qs[i].text.isEmpty());
        EXPECT_FALSE(qs[i].anchor1.isEmpty());
        EXPECT_FALSE(qs[i].anchor5.isEmpty());
        EXPECT_NE(qs[i].anchor1, qs[i].anchor5);
        EXPECT_EQ(questionIndex(qs[i].id), i);
    }
    EXPECT_EQ(ids.size(), kQuestionCount);
    for (int i = 1; i < kQuestionCount; ++i) // groups are contiguous, in the course's order
        EXPECT_LE(static_cast<int>(qs[i - 1].group), static_cast<int>(qs[i].group));
    EXPECT_EQ(counts[0], 4);
    EXPECT_EQ(counts[1], 5);
    EXPECT_EQ(counts[2], 3);
    EXPECT_EQ(counts[3], 4);
    EXPECT_EQ(qs[kData0].group, QuestionGroup::DataAvailability);
    EXPECT_EQ(qs[kAccuracy0].group, QuestionGroup::AccuracyRequirement);
    EXPECT_EQ(qs[kDifficulty0].group, QuestionGroup::ProblemDifficulty);
    EXPECT_EQ(questionIndex(QStringLiteral("data-acquisition")), kData0);
    EXPECT_EQ(questionIndex(QStringLiteral("nope")), std::nullopt);
    EXPECT_EQ(groupKey(QuestionGroup::AccuracyRequirement), QStringLiteral("accuracy"));
    EXPECT_EQ(groupDisplayName(QuestionGroup::DataAvailability),
              QStringLiteral("Data availability"));
}

TEST(ScoringConfig, DefaultsHonourTheCourseOrder)
{
    const ScoringConfig c;
    for (double w : c.questionWeights)
        EXPECT_EQ(w, 1.0);
    EXPECT_EQ(c.driverWeights[0], 3.0);
    EXPECT_EQ(c.driverWeights[1], 2.0);
    EXPECT_EQ(c.driverWeights[2], 1.0);
    EXPECT_EQ(c.impactThreshold, 5.0);
    EXPECT_EQ(c.feasibilityThreshold, 5.0);
    EXPECT_EQ(c.quadrantNames[0], QStringLiteral("Do first"));
    EXPECT_EQ(c.quadrantNames[1], QStringLiteral("Big bet"));
    EXPECT_EQ(c.quadrantNames[2], QStringLiteral("Small win"));
    EXPECT_EQ(c.quadrantNames[3], QStringLiteral("Avoid"));
    EXPECT_EQ(c.costBase, 2.0);
    EXPECT_EQ(c.aggregation, Aggregation::Median);
    EXPECT_TRUE(validateConfig(c).ok());
}

TEST(Scoring, AnswersMapLinearlyOntoZeroToTen)
{
    const ScoringConfig c;
    for (int a = 1; a <= 5; ++a) {
        Idea idea = ideaWith({});
        setGroup(idea, kImpact0, 4, a);
        setGroup(idea, kData0, 12, a);
        const Score s = scoreIdea(idea, c);
        EXPECT_DOUBLE_EQ(*s.impact, (a - 1) * 2.5);
        EXPECT_DOUBLE_EQ(*s.feasibility, (a - 1) * 2.5);
    }
}

TEST(Scoring, ImpactIsTheWeightedMeanOfAnsweredQuestions)
{
    ScoringConfig c;
    const Idea idea = ideaWith({ { kImpact0, 5 }, { kImpact0 + 1, 1 } });
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, c).impact, 5.0);
    c.questionWeights[kImpact0] = 3.0;
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, c).impact, 7.5);
    c.questionWeights[kImpact0 + 1] = 0.0;
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, c).impact, 10.0);
}

TEST(Scoring, UnansweredQuestionsAreLeftOutNotCountedAsZero)
{
    const Score s = scoreIdea(ideaWith({ { kImpact0, 5 }, { kData0, 5 } }), ScoringConfig());
    EXPECT_DOUBLE_EQ(*s.impact, 10.0);
    EXPECT_DOUBLE_EQ(*s.feasibility, 10.0); // accuracy and difficulty drivers are left out
    EXPECT_EQ(s.answered, 2);
    EXPECT_DOUBLE_EQ(s.completeness, 2.0 / 16.0);
}

TEST(Scoring, FeasibilityIsTheDriverWeightedMeanOfAnsweredDrivers)
{
    Idea idea = ideaWith({});
    setGroup(idea, kData0, 5, 5);       // 10
    setGroup(idea, kAccuracy0, 3, 1);   // 0
    setGroup(idea, kDifficulty0, 4, 3); // 5
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, ScoringConfig()).feasibility,
                     (3 * 10.0 + 2 * 0.0 + 1 * 5.0) / 6.0);

    setGroup(idea, kAccuracy0, 3, 0);
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, ScoringConfig()).feasibility, (3 * 10.0 + 1 * 5.0) / 4.0);

    ScoringConfig equal;
    equal.driverWeights = { 1.0, 1.0, 1.0 };
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, equal).feasibility, 7.5);
}

TEST(Scoring, NothingAnsweredIsUnscored)
{
    const Score s = scoreIdea(ideaWith({}), ScoringConfig());
    EXPECT_FALSE(s.impact.has_value());
    EXPECT_FALSE(s.feasibility.has_value());
    EXPECT_EQ(s.quadrant, Quadrant::Unscored);
    EXPECT_EQ(s.priority, -1.0);
    EXPECT_EQ(s.answered, 0);
    EXPECT_EQ(s.completeness, 0.0);

    const Score onlyImpact = scoreIdea(ideaWith({ { kImpact0, 4 } }), ScoringConfig());
    EXPECT_TRUE(onlyImpact.impact.has_value());
    EXPECT_EQ(onlyImpact.quadrant, Quadrant::Unscored);

    Idea noRaters;
    noRaters.id = 1;
    EXPECT_EQ(scoreIdea(noRaters, ScoringConfig()).quadrant, Quadrant::Unscored);
}

TEST(Aggregation, MedianAndMeanOverRatersWhoAnswered)
{
    const QList<Rater> raters { rater({ { 0, 1 }, { 1, 2 }, { 2, 4 } }),
                                rater({ { 0, 2 }, { 1, 5 } }), rater({ { 0, 5 }, { 2, 2 } }) };
    const auto median = aggregateAnswers(raters, Aggregation::Median);
    EXPECT_DOUBLE_EQ(median[0], 2.0);
    EXPECT_DOUBLE_EQ(median[1], 3.5); // two raters answered: 2 and 5
    EXPECT_DOUBLE_EQ(median[2], 3.0);
    EXPECT_DOUBLE_EQ(median[3], 0.0);
    const auto mean = aggregateAnswers(raters, Aggregation::Mean);
    EXPECT_DOUBLE_EQ(mean[0], 8.0 / 3.0);
    EXPECT_DOUBLE_EQ(mean[1], 3.5);
    EXPECT_DOUBLE_EQ(mean[3], 0.0);

    const QList<Rater> many { rater({ { 0, 1 }, { 1, 1 } }), rater({ { 0, 2 }, { 1, 1 } }),
                              rater({ { 0, 4 }, { 1, 2 } }), rater({ { 0, 5 }, { 1, 5 } }),
                              rater({ { 1, 5 }, { 2, 3 } }) };
    const auto manyMedian = aggregateAnswers(many, Aggregation::Median);
    EXPECT_DOUBLE_EQ(manyMedian[0], 3.0);
    EXPECT_DOUBLE_EQ(manyMedian[1], 2.0);
    EXPECT_DOUBLE_EQ(manyMedian[2], 3.0);
    const auto manyMean = aggregateAnswers(many, Aggregation::Mean);
    EXPECT_DOUBLE_EQ(manyMean[0], 3.0);
    EXPECT_DOUBLE_EQ(manyMean[1], 14.0 / 5.0);

    const auto single = aggregateAnswers({ rater({ { 5, 4 } }) }, Aggregation::Mean);
    EXPECT_DOUBLE_EQ(single[5], 4.0);
    EXPECT_DOUBLE_EQ(single[6], 0.0);
}

TEST(Aggregation, ScoreUsesTheConfiguredAggregation)
{
    Idea idea;
    idea.id = 1;
    idea.raters = { rater({ { 0, 1 } }), rater({ { 0, 2 } }), rater({ { 0, 5 } }) };
    ScoringConfig c;
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, c).impact, 2.5);
    c.aggregation = Aggregation::Mean;
    EXPECT_DOUBLE_EQ(*scoreIdea(idea, c).impact, (8.0 / 3.0 - 1.0) * 2.5);
}

TEST(Scoring, SpreadIsTheRangeOfRatersOwnCoordinates)
{
    Idea idea;
    idea.id = 1;
    idea.raters = { rater({ { 0, 5 }, { kData0, 5 } }), rater({ { 0, 1 }, { kData0, 4 } }),
                    rater({ { 0, 3 }, { kData0, 5 }, { kDifficulty0, 1 } }) };
    const Score s = scoreIdea(idea, ScoringConfig());
    EXPECT_DOUBLE_EQ(s.impactSpread, 10.0);
    // Feasibilities: 10, 7.5, (3*10 + 1*0)/4 = 7.5.
    EXPECT_DOUBLE_EQ(s.feasibilitySpread, 2.5);

    EXPECT_EQ(scoreIdea(ideaWith({ { 0, 5 }, { kData0, 1 } }), ScoringConfig()).impactSpread, 0.0);
}

TEST(Scoring, ManualOverrideReplacesTheCoordinateAndIsFlagged)
{
    Idea idea = ideaWith({ { kImpact0, 1 }, { kData0, 5 } });
    idea.manualOverride.impact = 9.0;
    idea.manualOverride.note = QStringLiteral("CEO priority");
    const Score s = scoreIdea(idea, ScoringConfig());
    EXPECT_DOUBLE_EQ(*s.impact, 9.0);
    EXPECT_DOUBLE_EQ(*s.computedImpact, 0.0);
    EXPECT_TRUE(s.impactOverridden);
    EXPECT_FALSE(s.feasibilityOverridden);
    EXPECT_EQ(s.quadrant, Quadrant::DoFirst);
    EXPECT_DOUBLE_EQ(s.priority, std::sqrt(90.0));

    idea.manualOverride.feasibility = 2.0;
    idea.raters.clear();
    const Score placed = scoreIdea(idea, ScoringConfig());
    EXPECT_EQ(placed.quadrant, Quadrant::BigBet);
    EXPECT_FALSE(placed.computedFeasibility.has_value());
}

TEST(Quadrants, UseTheConfiguredThresholds)
{
    ScoringConfig c;
    EXPECT_EQ(quadrantFor(5.0, 5.0, c), Quadrant::DoFirst);
    EXPECT_EQ(quadrantFor(8.0, 4.9, c), Quadrant::BigBet);
    EXPECT_EQ(quadrantFor(4.9, 8.0, c), Quadrant::SmallWin);
    EXPECT_EQ(quadrantFor(4.9, 4.9, c), Quadrant::Avoid);

    c.impactThreshold = 7.0;
    c.feasibilityThreshold = 3.0;
    EXPECT_EQ(quadrantFor(7.0, 3.0, c), Quadrant::DoFirst);
    EXPECT_EQ(quadrantFor(6.9, 3.0, c), Quadrant::SmallWin);
    EXPECT_EQ(quadrantFor(9.0, 2.9, c), Quadrant::BigBet);
    EXPECT_EQ(quadrantFor(6.0, 2.0, c), Quadrant::Avoid);

    // The same answers land in another quadrant when the threshold moves.
    const Idea idea = ideaWith({ { kImpact0, 4 }, { kData0, 4 } }); // 7.5, 7.5
    EXPECT_EQ(scoreIdea(idea, ScoringConfig()).quadrant, Quadrant::DoFirst);
    ScoringConfig strict;
    strict.feasibilityThreshold = 8.0;
    EXPECT_EQ(scoreIdea(idea, strict).quadrant, Quadrant::BigBet);

    strict.quadrantNames[1] = QStringLiteral("Moonshot");
    EXPECT_EQ(quadrantName(Quadrant::BigBet, strict), QStringLiteral("Moonshot"));
    EXPECT_EQ(quadrantName(Quadrant::Unscored, strict), QStringLiteral("Unscored"));
}

TEST(AccuracyCost, NinesAndSuperLinearFactor)
{
    EXPECT_NEAR(accuracyNines(0.9), 1.0, 1e-9);
    EXPECT_NEAR(accuracyNines(0.99), 2.0, 1e-9);
    EXPECT_NEAR(accuracyNines(0.999), 3.0, 1e-9);
    EXPECT_NEAR(accuracyCostFactor(0.99, 2.0), 4.0, 1e-9);
    EXPECT_NEAR(accuracyCostFactor(0.999, 2.0), 8.0, 1e-9);
    EXPECT_NEAR(accuracyCostFactor(0.9, 3.0), 3.0, 1e-9);
    // Each nine costs more than the previous one.
    EXPECT_GT(accuracyCostFactor(0.999, 2.0) - accuracyCostFactor(0.99, 2.0),
              accuracyCostFactor(0.99, 2.0) - accuracyCostFactor(0.9, 2.0));

    Idea idea = ideaWith({});
    EXPECT_FALSE(scoreIdea(idea, ScoringConfig()).costFactor.has_value());
    idea.accuracyRequirement = 0.99;
    EXPECT_NEAR(*scoreIdea(idea, ScoringConfig()).costFactor, 4.0, 1e-9);
}

TEST(Explain, ContributionsSumToEachCoordinate)
{
    const Portfolio sample = samplePortfolio(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    ScoringConfig c;
    c.questionWeights[kData0 + 1] = 2.5;
    c.questionWeights[kImpact0 + 2] = 0.5;
    for (Aggregation aggregation : { Aggregation::Median, Aggregation::Mean }) {
        c.aggregation = aggregation;
        for (const Idea &idea : sample.ideas) {
            const Breakdown b = explain(idea, c);
            double impact = 0.0, impactShare = 0.0, feas = 0.0, feasShare = 0.0;
            for (const Contribution &x : b.impact) {
                impact += x.points;
                impactShare += x.weightShare;
            }
            for (const Contribution &x : b.feasibility) {
                feas += x.points;
                feasShare += x.weightShare;
            }
            if (b.score.computedImpact) {
                EXPECT_NEAR(impact, *b.score.computedImpact, 1e-9) << idea.name.toStdString();
                EXPECT_NEAR(impactShare, 1.0, 1e-9);
            }
            if (b.score.computedFeasibility) {
                EXPECT_NEAR(feas, *b.score.computedFeasibility, 1e-9) << idea.name.toStdString();
                EXPECT_NEAR(feasShare, 1.0, 1e-9);
            }
            EXPECT_EQ(b.impact.size() + b.feasibility.size() + b.unanswered.size(), kQuestionCount);
            EXPECT_EQ(b.unanswered.size(), kQuestionCount - b.score.answered);
        }
    }
}

TEST(Explain, SharesDriversAndUnansweredQuestions)
{
    Idea idea
        = ideaWith({ { kImpact0, 5 }, { kData0, 5 }, { kData0 + 1, 1 }, { kDifficulty0, 3 } });
    const Breakdown b = explain(idea, ScoringConfig());
    ASSERT_EQ(b.drivers.size(), 3);
    EXPECT_DOUBLE_EQ(*b.drivers[0].score, 5.0);
    EXPECT_DOUBLE_EQ(b.drivers[0].weightShare, 0.75);
    EXPECT_FALSE(b.drivers[1].score.has_value());
    EXPECT_EQ(b.drivers[1].weightShare, 0.0);
    EXPECT_DOUBLE_EQ(b.drivers[2].weightShare, 0.25);
    ASSERT_EQ(b.feasibility.size(), 3);
    EXPECT_EQ(b.feasibility[0].question, kData0);
    EXPECT_DOUBLE_EQ(b.feasibility[0].weightShare, 0.375);
    EXPECT_DOUBLE_EQ(b.feasibility[0].points, 3.75);
    EXPECT_DOUBLE_EQ(b.feasibility[1].points, 0.0);
    EXPECT_EQ(b.unanswered.size(), 12);
    EXPECT_TRUE(b.unanswered.contains(kAccuracy0));
    EXPECT_FALSE(b.unanswered.contains(kData0));
}

TEST(Explain, PerQuestionSpreadAcrossRaters)
{
    Idea idea;
    idea.id = 1;
    idea.raters
        = { rater({ { 0, 2 }, { 1, 4 } }), rater({ { 0, 5 }, { 1, 4 } }), rater({ { 1, 4 } }) };
    const Breakdown b = explain(idea, ScoringConfig());
    ASSERT_EQ(b.impact.size(), 2);
    EXPECT_DOUBLE_EQ(b.impact[0].spread, 3.0);
    EXPECT_DOUBLE_EQ(b.impact[0].answer, 3.5);
    EXPECT_DOUBLE_EQ(b.impact[1].spread, 0.0);
}

TEST(Explain, TextNamesTheOverrideAndUnansweredQuestions)
{
    Idea idea = ideaWith({ { kImpact0, 5 }, { kData0, 4 } });
    idea.manualOverride.feasibility = 2.0;
    idea.manualOverride.note = QStringLiteral("Security review pending");
    idea.accuracyRequirement = 0.99;
    const Breakdown b = explain(idea, ScoringConfig());
    EXPECT_EQ(b.overrideNote, QStringLiteral("Security review pending"));
    const QString text = explainText(b, ScoringConfig());
    EXPECT_TRUE(text.contains(QStringLiteral("Manual override"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Security review pending")));
    EXPECT_TRUE(text.contains(questions()[kAccuracy0].text));
    EXPECT_TRUE(text.contains(questions()[kImpact0].text));
    EXPECT_TRUE(text.contains(QStringLiteral("Big bet")));
    EXPECT_TRUE(text.contains(QStringLiteral("2 of 16")));
    EXPECT_TRUE(text.contains(QStringLiteral("×4.00")));

    const QString unscored = explainText(explain(ideaWith({}), ScoringConfig()), ScoringConfig());
    EXPECT_TRUE(unscored.contains(QStringLiteral("Unscored")));
    EXPECT_FALSE(unscored.contains(QStringLiteral("Manual override")));
}

TEST(Ranking, PriorityThenNameThenIdWithUnscoredLast)
{
    Portfolio p;
    p.ideas << ideaWith({}, QStringLiteral("Unscored A"), 1);
    p.ideas << ideaWith({ { kImpact0, 3 }, { kData0, 3 } }, QStringLiteral("beta"), 2);  // 5
    p.ideas << ideaWith({ { kImpact0, 5 }, { kData0, 5 } }, QStringLiteral("Top"), 3);   // 10
    p.ideas << ideaWith({ { kImpact0, 3 }, { kData0, 3 } }, QStringLiteral("Alpha"), 4); // 5
    p.ideas << ideaWith({ { kImpact0, 3 }, { kData0, 3 } }, QStringLiteral("alpha"), 6); // 5
    p.ideas << ideaWith({ { kImpact0, 3 }, { kData0, 3 } }, QStringLiteral("Alpha"), 5); // 5
    p.ideas << ideaWith({ { kImpact0, 2 }, { kData0, 1 } }, QStringLiteral("Low"), 7);   // 0
    p.ideas << ideaWith({ { kImpact0, 2 } }, QStringLiteral("Half"), 8); // no feasibility

    const QList<RankedIdea> ranked = rankIdeas(p);
    ASSERT_EQ(ranked.size(), p.ideas.size());
    QList<qint64> ids;
    for (int i = 0; i < ranked.size(); ++i) {
        ids << p.ideas[ranked[i].index].id;
        EXPECT_EQ(ranked[i].rank, i + 1);
    }
    EXPECT_EQ(ids, (QList<qint64> { 3, 4, 5, 6, 2, 7, 8, 1 }));
    EXPECT_DOUBLE_EQ(ranked[0].score.priority, 10.0);
    EXPECT_EQ(ranked.back().score.quadrant, Quadrant::Unscored);
}

TEST(Ranking, LargePortfolioIsAPermutationInPriorityOrder)
{
    const Portfolio p
        = generatedPortfolio(2000, 11, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    const QList<RankedIdea> ranked = rankIdeas(p);
    ASSERT_EQ(ranked.size(), p.ideas.size());
    QSet<int> seen;
    for (int r = 0; r < ranked.size(); ++r) {
        const RankedIdea &x = ranked[r];
        seen.insert(x.index);
        EXPECT_EQ(x.rank, r + 1);
        const Score direct = scoreIdea(p.ideas[x.index], p.config);
        EXPECT_EQ(x.score.priority, direct.priority);
        EXPECT_EQ(x.score.impact, direct.impact);
        if (r > 0) {
            const RankedIdea &prev = ranked[r - 1];
            EXPECT_GE(prev.score.priority, x.score.priority);
            if (prev.score.priority == x.score.priority) {
                EXPECT_LE(QString::compare(p.ideas[prev.index].name, p.ideas[x.index].name,
                                           Qt::CaseInsensitive),
                          0);
            }
        }
    }
    EXPECT_EQ(seen.size(), p.ideas.size());
}

TEST(Ranking, FollowsThePortfolioConfig)
{
    Portfolio p;
    Idea dataRich = ideaWith({ { kImpact0, 4 }, { kData0, 5 }, { kDifficulty0, 1 } },
                             QStringLiteral("data rich"), 1);
    Idea easy = ideaWith({ { kImpact0, 4 }, { kData0, 2 }, { kDifficulty0, 5 } },
                         QStringLiteral("easy"), 2);
    p.ideas << dataRich << easy;
    EXPECT_EQ(p.ideas[rankIdeas(p).front().index].id, 1);
    p.config.driverWeights = { 1.0, 1.0, 3.0 };
    EXPECT_EQ(p.ideas[rankIdeas(p).front().index].id, 2);
}

// Its speed is measured by bench_core's BM_RescoreAfterWeightChange (docs/performance.md), not
// here: a timed assertion fails at random on a loaded machine.
TEST(Ranking, RanksTenThousandIdeasAfterAWeightChange)
{
    Portfolio p = generatedPortfolio(10000, 7, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    rankIdeas(p);
    p.config.questionWeights[3] = 2.0;
    const QList<RankedIdea> ranked = rankIdeas(p);
    ASSERT_EQ(ranked.size(), 10000);
    for (qsizetype i = 1; i < ranked.size(); ++i)
        ASSERT_GE(ranked[i - 1].score.priority, ranked[i].score.priority) << i;
}
