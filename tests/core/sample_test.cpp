#include "core/domain/sample.h"
#include "printers.h"
#include "tests/support/generatedportfolio.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace mlp;

namespace {

const QDateTime kNow(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

const Idea *byName(const Portfolio &p, const QString &name)
{
    for (const Idea &idea : p.ideas) {
        if (idea.name == name)
            return &idea;
    }
    return nullptr;
}

} // namespace

TEST(SamplePortfolio, CoversArchetypesStagesAndOutcomes)
{
    const Portfolio p = samplePortfolio(kNow);
    EXPECT_GE(p.ideas.size(), 12);
    QSet<Archetype> archetypes;
    QSet<Stage> stages;
    QSet<Outcome> outcomes;
    QSet<qint64> ids;
    for (const Idea &idea : p.ideas) {
        archetypes.insert(idea.archetype);
        stages.insert(idea.lifecycle.stage);
        outcomes.insert(idea.lifecycle.outcome);
        ids.insert(idea.id);
        EXPECT_FALSE(idea.owner.isEmpty()) << idea.name.toStdString();
        EXPECT_GE(idea.raters.size(), 1);
        EXPECT_LE(idea.raters.size(), 3);
        const Status valid = validateIdea(idea);
        EXPECT_TRUE(valid.ok()) << (valid.ok() ? std::string()
                                               : valid.error().message.toStdString());
        EXPECT_TRUE(idea.lifecycle.createdAt.isValid());
        EXPECT_LE(idea.lifecycle.createdAt, kNow);
    }
    EXPECT_EQ(ids.size(), p.ideas.size());
    EXPECT_EQ(archetypes.size(), kArchetypeCount);
    EXPECT_EQ(stages.size(), kStageCount);
    EXPECT_TRUE(outcomes.contains(Outcome::Shipped));
    EXPECT_TRUE(outcomes.contains(Outcome::Shelved));
    EXPECT_TRUE(validateConfig(p.config).ok());
}

TEST(SamplePortfolio, HasBackwardMovesWithCataloguedAndFreeTextReasons)
{
    const Portfolio p = samplePortfolio(kNow);
    LifecycleStats total;
    for (const Idea &idea : p.ideas)
        accumulate(total, lifecycleStats(idea.lifecycle, kNow));
    EXPECT_GE(total.backwardMoves, 5);
    EXPECT_GE(total.backwardByReason.value(QStringLiteral("free-text")), 1);
    int catalogued = 0;
    for (auto it = total.backwardByReason.cbegin(); it != total.backwardByReason.cend(); ++it) {
        if (it.key() != QStringLiteral("free-text")) {
            EXPECT_TRUE(triggerById(it.key()).has_value()) << it.key().toStdString();
            catalogued += it.value();
        }
    }
    EXPECT_GE(catalogued, 4);
    EXPECT_GE(total.backwardByPair.size(), 4);
}

TEST(SamplePortfolio, ScoresAreMixedAndSomeArePartial)
{
    const Portfolio p = samplePortfolio(kNow);
    bool partial = false, multiRater = false, korean = false, overridden = false;
    QSet<Quadrant> quadrants;
    for (const Idea &idea : p.ideas) {
        const Score s = scoreIdea(idea, p.config);
        quadrants.insert(s.quadrant);
        partial = partial || (s.answered > 0 && s.answered < kQuestionCount);
        multiRater = multiRater || idea.raters.size() > 1;
        overridden = overridden || s.impactOverridden || s.feasibilityOverridden;
        for (const QString &text : { idea.name, idea.owner }) {
            for (QChar c : text)
                korean = korean || (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3);
        }
    }
    EXPECT_TRUE(partial);
    EXPECT_TRUE(multiRater);
    EXPECT_TRUE(korean);
    EXPECT_TRUE(overridden);
    EXPECT_GE(quadrants.size(), 3);
    EXPECT_EQ(rankIdeas(p).size(), p.ideas.size());
}

TEST(SamplePortfolio, MetricsResultsAndBaselines)
{
    const Portfolio p = samplePortfolio(kNow);
    const Idea *pose = byName(p, QStringLiteral("Pose estimation for a robot arm"));
    ASSERT_NE(pose, nullptr);
    EXPECT_EQ(pose->metrics.rule.kind, CombineKind::Threshold);
    EXPECT_EQ(pose->metrics.rule.optimize, QStringLiteral("angular error"));
    const Result<QList<ModelScore>> scores = evaluateModels(pose->metrics);
    ASSERT_TRUE(scores.ok());
    int out = 0;
    for (const ModelScore &s : *scores)
        out += s.out ? 1 : 0;
    EXPECT_GE(out, 1);
    EXPECT_LT(out, scores->size());

    QSet<int> rungs;
    int withResults = 0;
    for (const Idea &idea : p.ideas) {
        if (!idea.metrics.results.isEmpty()) {
            ++withResults;
            const Result<QList<ModelScore>> r = evaluateModels(idea.metrics);
            EXPECT_TRUE(r.ok()) << idea.name.toStdString() << ": "
                                << (r.ok() ? std::string() : r.error().message.toStdString());
        }
        for (const Baseline &b : idea.baselines) {
            if (isHumanRung(b.kind))
                rungs.insert(humanRung(b.kind));
        }
        if (!idea.baselines.isEmpty()) {
            EXPECT_FALSE(idea.baselineMetric.isEmpty()) << idea.name.toStdString();
        }
    }
    EXPECT_GE(withResults, 5);
    EXPECT_EQ(rungs.size(), 5);
}

TEST(SamplePortfolio, IsDeterministicForAGivenTime)
{
    EXPECT_EQ(samplePortfolio(kNow), samplePortfolio(kNow));
    EXPECT_NE(samplePortfolio(kNow), samplePortfolio(kNow.addDays(1)));
}

TEST(GeneratedPortfolio, DeterministicValidAndSized)
{
    const Portfolio a = generatedPortfolio(500, 42, kNow);
    EXPECT_EQ(a.ideas.size(), 500);
    EXPECT_EQ(a, generatedPortfolio(500, 42, kNow));
    EXPECT_NE(a, generatedPortfolio(500, 43, kNow));
    QSet<Stage> stages;
    for (const Idea &idea : a.ideas) {
        const Status valid = validateIdea(idea);
        ASSERT_TRUE(valid.ok()) << valid.error().message.toStdString();
        stages.insert(idea.lifecycle.stage);
    }
    EXPECT_EQ(stages.size(), kStageCount);
    EXPECT_TRUE(generatedPortfolio(0, 1, kNow).ideas.isEmpty());
}
