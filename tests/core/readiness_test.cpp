#include "core/domain/idea.h"
#include "core/domain/readiness.h"
#include "printers.h"
#include "tests/support/fakeclock.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace mlp;

namespace {

ReadinessAnswers sectionAt(ReadinessSection section, int automated, int manual,
                           ReadinessAnswers answers = {})
{
    for (const ReadinessTest &t : readinessTests()) {
        if (t.section != section)
            continue;
        if (automated > 0) {
            answers.insert(t.id, ReadinessLevel::Automated);
            --automated;
        } else if (manual > 0) {
            answers.insert(t.id, ReadinessLevel::Manual);
            --manual;
        }
    }
    return answers;
}

ReadinessAnswers allSections(int automated, int manual)
{
    ReadinessAnswers answers;
    for (ReadinessSection s : kAllReadinessSections)
        answers = sectionAt(s, automated, manual, answers);
    return answers;
}

Idea inTraining()
{
    Idea idea;
    idea.id = 1;
    idea.name = QStringLiteral("Churn");
    idea.lifecycle.stage = Stage::Training;
    return idea;
}

MoveRequest to(Stage stage)
{
    MoveRequest r;
    r.to = stage;
    r.who = QStringLiteral("Kim");
    r.reason = QStringLiteral("pilot failed");
    return r;
}

} // namespace

TEST(ReadinessCatalogue, TwentyEightTestsSevenPerSectionWithStableUniqueIds)
{
    const QList<ReadinessTest> &tests = readinessTests();
    ASSERT_EQ(tests.size(), 28);
    QSet<QString> ids;
    for (int i = 0; i < tests.size(); ++i) {
        EXPECT_EQ(static_cast<int>(tests[i].section), i / 7) << tests[i].id.toStdString();
        EXPECT_EQ(tests[i].number, i % 7 + 1);
        EXPECT_FALSE(tests[i].name.isEmpty());
        EXPECT_FALSE(tests[i].description.isEmpty());
        ids.insert(tests[i].id);
    }
    EXPECT_EQ(ids.size(), 28);
    // The paper's names, first and last of each section.
    EXPECT_EQ(tests[0].name, QStringLiteral("Feature expectations are captured in a schema"));
    EXPECT_EQ(tests[6].name, QStringLiteral("All input feature code is tested"));
    EXPECT_EQ(tests[7].name, QStringLiteral("Model specs are reviewed and submitted"));
    EXPECT_EQ(tests[13].name,
              QStringLiteral("The model is tested for considerations of inclusion"));
    EXPECT_EQ(tests[14].name, QStringLiteral("Training is reproducible"));
    EXPECT_EQ(tests[20].name, QStringLiteral("Serving models can be rolled back"));
    EXPECT_EQ(tests[21].name, QStringLiteral("Dependency changes result in notification"));
    EXPECT_EQ(tests[27].name, QStringLiteral("Prediction quality has not regressed"));
    EXPECT_EQ(readinessTestLabel(tests[27]), QStringLiteral("Monitoring 7"));
}

TEST(ReadinessScore, NothingDoneScoresZeroWithEverySectionWeakest)
{
    const ReadinessScore score = readinessScore({});
    EXPECT_EQ(score.score, 0.0);
    EXPECT_EQ(score.weakest.size(), 4);
}

TEST(ReadinessScore, ScoreIsTheMinimumOfTheSectionSumsNotTheirTotal)
{
    // Data fully automated (7), model 3 automated + 1 by hand (3.5), infrastructure 2 by hand
    // (1), monitoring 2 automated (2): the total is 13.5 but the score is 1.
    ReadinessAnswers answers = sectionAt(ReadinessSection::Data, 7, 0);
    answers = sectionAt(ReadinessSection::Model, 3, 1, answers);
    answers = sectionAt(ReadinessSection::Infrastructure, 0, 2, answers);
    answers = sectionAt(ReadinessSection::Monitoring, 2, 0, answers);
    const ReadinessScore score = readinessScore(answers);
    EXPECT_EQ(score.sections[0], 7.0);
    EXPECT_EQ(score.sections[1], 3.5);
    EXPECT_EQ(score.sections[2], 1.0);
    EXPECT_EQ(score.sections[3], 2.0);
    EXPECT_EQ(score.score, 1.0);
    ASSERT_EQ(score.weakest.size(), 1);
    EXPECT_EQ(score.weakest.first(), ReadinessSection::Infrastructure);
    EXPECT_EQ(weakestSectionsText(score), QStringLiteral("Infrastructure"));
    EXPECT_EQ(readinessScoreText(score), QStringLiteral("1 (weakest: Infrastructure)"));
}

TEST(ReadinessScore, TiedWeakestSectionsAreAllNamedInOrder)
{
    ReadinessAnswers answers = allSections(1, 1); // 1.5 each
    answers = sectionAt(ReadinessSection::Model, 3, 0, answers);
    answers = sectionAt(ReadinessSection::Infrastructure, 4, 0, answers);
    const ReadinessScore score = readinessScore(answers);
    EXPECT_EQ(score.score, 1.5);
    ASSERT_EQ(score.weakest.size(), 2);
    EXPECT_EQ(score.weakest[0], ReadinessSection::Data);
    EXPECT_EQ(score.weakest[1], ReadinessSection::Monitoring);
    EXPECT_EQ(weakestSectionsText(score), QStringLiteral("Data, Monitoring"));
}

TEST(ReadinessAnswers, ZeroIsNotStoredAndUnknownTestsAreRefused)
{
    ReadinessAnswers answers;
    ASSERT_TRUE(
        setReadinessAnswer(answers, QStringLiteral("infra-rollback"), ReadinessLevel::Manual).ok());
    EXPECT_EQ(readinessAnswer(answers, QStringLiteral("infra-rollback")), ReadinessLevel::Manual);
    ASSERT_TRUE(
        setReadinessAnswer(answers, QStringLiteral("infra-rollback"), ReadinessLevel::None).ok());
    EXPECT_TRUE(answers.isEmpty());
    const Status refused
        = setReadinessAnswer(answers, QStringLiteral("data-7"), ReadinessLevel::Automated);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("data-7")));
    EXPECT_TRUE(answers.isEmpty());
    EXPECT_EQ(readinessLevelFromKey(QStringLiteral("0.5")), ReadinessLevel::Manual);
    EXPECT_EQ(readinessLevelFromKey(QStringLiteral(" 1 ")), ReadinessLevel::Automated);
    EXPECT_FALSE(readinessLevelFromKey(QStringLiteral("2")).has_value());
    EXPECT_FALSE(readinessLevelFromKey(QStringLiteral("0.25")).has_value());
}

TEST(ReadinessGate, OffAllowsAnyScoreOnRefusesBelowTheMinimumNamingScoreAndWeakestSection)
{
    Idea idea = inTraining();
    idea.readiness = sectionAt(ReadinessSection::Data, 2, 0,
                               sectionAt(ReadinessSection::Model, 2, 0,
                                         sectionAt(ReadinessSection::Infrastructure, 2, 0)));
    idea.readiness = sectionAt(ReadinessSection::Monitoring, 0, 1, idea.readiness); // 0.5
    const QDateTime now = FakeClock().now();

    EXPECT_TRUE(moveIdea(idea, to(Stage::Deploying), now, ReadinessGate {}).ok());

    const ReadinessGate gate { true, 1.0 };
    const Result<Idea> refused = moveIdea(idea, to(Stage::Deploying), now, gate);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("0.5")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Monitoring")));

    // The gate concerns Deploying only.
    EXPECT_TRUE(moveIdea(idea, to(Stage::Data), now, gate).ok());

    idea.readiness = sectionAt(ReadinessSection::Monitoring, 1, 0, idea.readiness);
    EXPECT_TRUE(moveIdea(idea, to(Stage::Deploying), now, gate).ok()) << "exactly the minimum";
}

TEST(ReadinessGate, AForwardSkipIsStillRefusedForTheSkip)
{
    Idea idea = inTraining();
    idea.lifecycle.stage = Stage::Data;
    const Result<Idea> refused
        = moveIdea(idea, to(Stage::Deploying), FakeClock().now(), ReadinessGate { true, 1.0 });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::ForwardSkip);
}

TEST(OutcomeTime, ShippingOrShelvingRecordsNowAndReactivatingClearsIt)
{
    FakeClock clock;
    Lifecycle lc;
    lc.stage = Stage::Deploying;
    const Result<Lifecycle> shipped = setOutcome(lc, Outcome::Shipped, {}, clock.now());
    ASSERT_TRUE(shipped.ok());
    EXPECT_EQ(shipped->outcomeAt, clock.now());

    clock.advanceDays(3);
    // Setting the same outcome again (e.g. a new reason) keeps when it happened.
    const Result<Lifecycle> again = setOutcome(*shipped, Outcome::Shipped, {}, clock.now());
    EXPECT_EQ(again->outcomeAt, shipped->outcomeAt);
    const Result<Lifecycle> shelved
        = setOutcome(*shipped, Outcome::Shelved, QStringLiteral("rollback"), clock.now());
    EXPECT_EQ(shelved->outcomeAt, clock.now());

    const Result<Lifecycle> active = setOutcome(*shelved, Outcome::Active, {}, clock.now());
    ASSERT_TRUE(active.ok());
    EXPECT_FALSE(active->outcomeAt.isValid());

    Idea idea;
    idea.lifecycle = lc;
    const Result<Idea> viaIdea = setIdeaOutcome(idea, Outcome::Shipped, {}, clock.now());
    EXPECT_EQ(viaIdea->lifecycle.outcomeAt, clock.now());
}
