#include "core/domain/idea.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <limits>

using namespace mlp;

namespace {

Idea named(qint64 id, const char *name)
{
    Idea idea;
    idea.id = id;
    idea.name = QString::fromUtf8(name);
    return idea;
}

void expectInvalid(const Idea &idea, const char *mentions)
{
    const Status s = validateIdea(idea);
    ASSERT_FALSE(s.ok()) << "expected a refusal mentioning " << mentions;
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_TRUE(s.error().message.contains(QString::fromUtf8(mentions)))
        << s.error().message.toStdString();
}

} // namespace

TEST(Portfolio, IdsAndLookup)
{
    Portfolio p;
    EXPECT_EQ(p.nextId(), 1);
    p.ideas << named(3, "Churn") << named(10, "Routing") << named(4, "42");
    EXPECT_EQ(p.nextId(), 11);
    EXPECT_EQ(p.indexOf(10), 1);
    EXPECT_EQ(p.indexOf(7), -1);
    ASSERT_NE(p.find(4), nullptr);
    EXPECT_EQ(p.find(4)->name, QStringLiteral("42"));
    EXPECT_EQ(p.find(5), nullptr);
    p.find(3)->name = QStringLiteral("Churn v2");
    EXPECT_EQ(p.ideas[0].name, QStringLiteral("Churn v2"));
}

TEST(Portfolio, ResolveByIdThenNameThenCaseInsensitiveName)
{
    Portfolio p;
    p.ideas << named(1, "Churn") << named(2, "churn") << named(3, "Ticket routing") << named(4, "7")
            << named(5, "Dup") << named(6, "Dup") << named(7, "고객 리뷰");
    EXPECT_EQ(*p.resolve(QStringLiteral("3")), 3);
    EXPECT_EQ(*p.resolve(QStringLiteral("7")), 7); // an id wins over a name
    EXPECT_EQ(*p.resolve(QStringLiteral("Churn")), 1);
    EXPECT_EQ(*p.resolve(QStringLiteral("churn")), 2);
    EXPECT_EQ(*p.resolve(QStringLiteral("TICKET ROUTING")), 3);
    EXPECT_EQ(*p.resolve(QStringLiteral(" Ticket routing ")), 3);
    EXPECT_EQ(*p.resolve(QString::fromUtf8("고객 리뷰")), 7);

    const Result<qint64> missing = p.resolve(QStringLiteral("Self-driving"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Self-driving")));

    const Result<qint64> ambiguous = p.resolve(QStringLiteral("dup"));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("5")));
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("6")));

    EXPECT_EQ(p.resolve(QStringLiteral("99")).error().code, Error::Code::NotFound);
    EXPECT_FALSE(p.resolve(QString()).ok());
}

TEST(ValidateIdea, AcceptsAPlainIdea)
{
    Idea idea = named(1, "Churn");
    idea.raters << Rater { QStringLiteral("A"), {} };
    idea.raters[0].answers[0] = 5;
    idea.accuracyRequirement = 0.99;
    EXPECT_TRUE(validateIdea(idea).ok());
}

TEST(ValidateIdea, MessagesNameTheIdeaAndTheField)
{
    expectInvalid(named(0, "Churn"), "id");
    expectInvalid(named(1, "   "), "name");

    Idea accuracy = named(1, "Churn");
    accuracy.accuracyRequirement = 1.0;
    expectInvalid(accuracy, "Churn");
    expectInvalid(accuracy, "accuracy requirement");
    accuracy.accuracyRequirement = 0.0;
    expectInvalid(accuracy, "accuracy requirement");

    Idea answers = named(1, "Churn");
    answers.raters << Rater { QStringLiteral("Kim"), {} };
    answers.raters[0].answers[4] = 6;
    expectInvalid(answers, "Kim");
    expectInvalid(answers, "data-acquisition");
    answers.raters[0].answers[4] = -1;
    expectInvalid(answers, "data-acquisition");

    Idea manual = named(1, "Churn");
    manual.manualOverride.feasibility = 11.0;
    expectInvalid(manual, "manual feasibility");
    manual.manualOverride.feasibility = std::numeric_limits<double>::quiet_NaN();
    expectInvalid(manual, "manual feasibility");

    Idea shelved = named(1, "Churn");
    shelved.lifecycle.outcome = Outcome::Shelved;
    expectInvalid(shelved, "outcome");

    Idea metrics = named(1, "Churn");
    metrics.metrics.metrics << MetricDef {
        QStringLiteral("AUC"), {}, Direction::HigherIsBetter, 1.0, std::nullopt
    } << MetricDef { QStringLiteral("AUC"), {}, Direction::HigherIsBetter, 1.0, std::nullopt };
    expectInvalid(metrics, "AUC");
    metrics.metrics.metrics.removeLast();
    metrics.metrics.metrics[0].weight = -1.0;
    expectInvalid(metrics, "weight");
    metrics.metrics.metrics[0].weight = 1.0;
    metrics.metrics.rule.kind = CombineKind::Threshold;
    metrics.metrics.rule.optimize = QStringLiteral("F1");
    expectInvalid(metrics, "F1");
}

TEST(ValidateIdea, HistoryMustBeAConsistentChain)
{
    const QDateTime t0(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    Idea idea = named(1, "Churn");
    idea.lifecycle.history << Transition {
        t0, {}, Stage::Planning, Stage::Data, {}, {}, {}
    } << Transition { t0.addDays(1), {}, Stage::Data, Stage::Training, {}, {}, {} };
    idea.lifecycle.stage = Stage::Training;
    EXPECT_TRUE(validateIdea(idea).ok());

    Idea stage = idea;
    stage.lifecycle.stage = Stage::Deploying;
    expectInvalid(stage, "stage");

    Idea broken = idea;
    broken.lifecycle.history[1].from = Stage::Planning;
    expectInvalid(broken, "history entry 2");

    Idea dated = idea;
    dated.lifecycle.history[1].at = t0.addDays(-1);
    expectInvalid(dated, "history entry 2");

    Idea trigger = idea;
    trigger.lifecycle.history << Transition {
        t0.addDays(2), {}, Stage::Training, Stage::Data, QStringLiteral("task-too-hard"), {}, {}
    };
    trigger.lifecycle.stage = Stage::Data;
    expectInvalid(trigger, "task-too-hard");
    trigger.lifecycle.history.back().triggerId = QStringLiteral("need-more-data");
    EXPECT_TRUE(validateIdea(trigger).ok());
}

TEST(ValidateConfig, RefusesOutOfRangeSettings)
{
    const auto refused = [](const ScoringConfig &c, const char *mentions) {
        const Status s = validateConfig(c);
        ASSERT_FALSE(s.ok()) << mentions;
        EXPECT_TRUE(s.error().message.contains(QString::fromUtf8(mentions)))
            << s.error().message.toStdString();
    };
    ScoringConfig c;
    c.questionWeights[5] = -1.0;
    refused(c, "data-labeling-cost");
    c = ScoringConfig();
    c.driverWeights[1] = -0.5;
    refused(c, "Accuracy requirement");
    c = ScoringConfig();
    c.impactThreshold = 10.5;
    refused(c, "impact threshold");
    c = ScoringConfig();
    c.feasibilityThreshold = -1;
    refused(c, "feasibility threshold");
    c = ScoringConfig();
    c.costBase = 1.0;
    refused(c, "cost base");
    c = ScoringConfig();
    c.quadrantNames[2] = QString();
    refused(c, "quadrant name 3");

    c = ScoringConfig();
    c.questionWeights[0] = 0.0;
    c.impactThreshold = 0.0;
    c.feasibilityThreshold = 10.0;
    EXPECT_TRUE(validateConfig(c).ok());
}
