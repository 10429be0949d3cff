#include "core/domain/validation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlp {
namespace {

Idea validIdea(qint64 id)
{
    Idea idea;
    idea.id = id;
    idea.name = u"Idea"_s;
    return idea;
}

TEST(Validation, IdeaIdsAreOneToTwoToThe53MinusOne)
{
    EXPECT_TRUE(checkIdeaId(1).ok());
    EXPECT_TRUE(checkIdeaId(kMaxIdeaId).ok());
    EXPECT_FALSE(checkIdeaId(0).ok());
    EXPECT_FALSE(checkIdeaId(kMaxIdeaId + 1).ok());
    EXPECT_TRUE(validateIdea(validIdea(kMaxIdeaId)).ok());
    const Status tooLarge = validateIdea(validIdea(kMaxIdeaId + 1));
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_TRUE(tooLarge.error().message.contains(u"9007199254740992"_s));
}

TEST(Validation, PortfolioChecksConfigIdeasAndUniqueIds)
{
    Portfolio portfolio;
    portfolio.ideas << validIdea(1) << validIdea(2);
    EXPECT_TRUE(validatePortfolio(portfolio).ok());
    portfolio.ideas << validIdea(2);
    EXPECT_FALSE(validatePortfolio(portfolio).ok());
    portfolio.ideas.removeLast();
    portfolio.ideas << validIdea(kMaxIdeaId + 1);
    EXPECT_FALSE(validatePortfolio(portfolio).ok());
    portfolio.ideas.removeLast();
    portfolio.config.costBase = 1e308;
    EXPECT_FALSE(validatePortfolio(portfolio).ok());
}

// Every number has a range that keeps the scores finite; 1e308 made them NaN or infinite.
TEST(Validation, NumbersOutsideTheirRangesAreRefused)
{
    const auto refused = [](auto change) {
        ScoringConfig config;
        change(config);
        return !validateConfig(config).ok();
    };
    EXPECT_TRUE(refused([](ScoringConfig &c) { c.costBase = 1e308; }));
    EXPECT_TRUE(refused([](ScoringConfig &c) { c.costBase = kMaxCostBase * 1.01; }));
    EXPECT_FALSE(refused([](ScoringConfig &c) { c.costBase = kMaxCostBase; }));
    EXPECT_TRUE(refused([](ScoringConfig &c) { c.questionWeights[0] = 1e308; }));
    EXPECT_TRUE(refused([](ScoringConfig &c) { c.driverWeights[1] = kMaxWeight + 1; }));
    EXPECT_FALSE(refused([](ScoringConfig &c) { c.driverWeights[1] = kMaxWeight; }));

    Idea idea = validIdea(1);
    idea.metrics.metrics << MetricDef { u"m"_s, {}, Direction::HigherIsBetter, 1e308, {} };
    EXPECT_FALSE(validateIdea(idea).ok());
    idea.metrics.metrics.first().weight = 1;
    idea.metrics.metrics.first().bound = 1e300;
    EXPECT_FALSE(validateIdea(idea).ok());
    idea.metrics.metrics.first().bound = kMaxMetricMagnitude;
    EXPECT_TRUE(validateIdea(idea).ok());
    Baseline baseline;
    baseline.value = -1e300;
    idea.baselines << baseline;
    EXPECT_FALSE(validateIdea(idea).ok());
}

// At the limits every score is still a finite number.
TEST(Validation, ExtremeValidSettingsGiveFiniteScores)
{
    ScoringConfig config;
    config.costBase = kMaxCostBase;
    config.questionWeights.fill(kMaxWeight);
    config.driverWeights.fill(kMaxWeight);
    Idea idea = validIdea(1);
    idea.accuracyRequirement = 0.9999999999999999;
    Rater rater;
    rater.answers.fill(5);
    idea.raters << rater;
    ASSERT_TRUE(validateIdea(idea).ok());
    const Score score = scoreIdea(idea, config);
    ASSERT_TRUE(score.impact && score.feasibility && score.costFactor);
    EXPECT_TRUE(std::isfinite(*score.impact));
    EXPECT_TRUE(std::isfinite(*score.feasibility));
    EXPECT_TRUE(std::isfinite(score.priority));
    EXPECT_TRUE(std::isfinite(*score.costFactor));
}

TEST(Validation, ControlCharactersAreRefusedInTextAndShownVisibly)
{
    Idea idea = validIdea(1);
    idea.name = u"a\x1b[2Jb"_s;
    EXPECT_FALSE(validateIdea(idea).ok());
    idea.name = u"two\nlines\tand a tab"_s;
    EXPECT_TRUE(validateIdea(idea).ok());
    idea.description = u"bell\x07"_s;
    EXPECT_FALSE(validateIdea(idea).ok());
    idea.description = u"c1\u009b"_s;
    EXPECT_FALSE(validateIdea(idea).ok());

    EXPECT_EQ(visibleText(u"\x1b]0;t\x07"_s), u"\u241b]0;t\u2407"_s);
    EXPECT_EQ(visibleText(u"a\nb\r\n\tc"_s, true), u"a\nb\r\n\tc"_s);
    EXPECT_EQ(visibleText(u"a\nb"_s), u"a\u240ab"_s);
    EXPECT_EQ(visibleText(u"\u009b\x7f"_s), u"\ufffd\u2421"_s);
}

TEST(Validation, TextsHaveSizeLimits)
{
    Idea idea = validIdea(1);
    idea.name = QString(kMaxNameLength, u'n');
    EXPECT_TRUE(validateIdea(idea).ok());
    idea.name += u'n';
    const Status tooLong = validateIdea(idea);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_LT(tooLong.error().message.size(), 300);
    idea.name = u"ok"_s;
    idea.description = QString(kMaxTextLength + 1, u'd');
    EXPECT_FALSE(validateIdea(idea).ok());
    idea.description.clear();
    idea.metrics.rule.formula = QString(kMaxFormulaLength + 1, u'1');
    EXPECT_FALSE(validateIdea(idea).ok());
}

TEST(Validation, ExcerptsAreShortAndVisible)
{
    const QString huge(10 * 1024 * 1024, u'x');
    const QString quoted = excerpt(huge);
    EXPECT_EQ(quoted.size(), 41);
    EXPECT_TRUE(quoted.endsWith(QChar(0x2026)));
    EXPECT_EQ(excerpt(u"short"_s), u"short"_s);
    EXPECT_EQ(excerpt(u"\x1b"_s), u"\u241b"_s);
}

} // namespace
} // namespace mlp
