#include "core/domain/metrics.h"
#include "core/domain/sample.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace mlp;

namespace {

ModelResult model(const char *name, std::initializer_list<std::pair<const char *, double>> values)
{
    ModelResult r;
    r.model = QString::fromUtf8(name);
    for (const auto &[k, v] : values)
        r.values.insert(QString::fromUtf8(k), v);
    return r;
}

const ModelScore &byName(const QList<ModelScore> &scores, const char *name)
{
    for (const ModelScore &s : scores) {
        if (s.model == QString::fromUtf8(name))
            return s;
    }
    static const ModelScore none;
    ADD_FAILURE() << "no model " << name;
    return none;
}

// The course's worked example (pose estimation): threshold position error at 1 cm, optimize
// angular error, ignore run time for now.
ProjectMetrics poseEstimation()
{
    ProjectMetrics p;
    p.metrics = {
        MetricDef { QStringLiteral("position error"), QStringLiteral("cm"),
                    Direction::LowerIsBetter, 1.0, 1.0 },
        MetricDef { QStringLiteral("angular error"), QStringLiteral("°"), Direction::LowerIsBetter,
                    1.0, 5.0 },
        MetricDef { QStringLiteral("run time"), QStringLiteral("ms"), Direction::LowerIsBetter, 1.0,
                    std::nullopt },
    };
    p.rule.kind = CombineKind::Threshold;
    p.rule.optimize = QStringLiteral("angular error");
    p.results = {
        model("current",
              { { "position error", 0.75 }, { "angular error", 60.0 }, { "run time", 300.0 } }),
        model("wider",
              { { "position error", 1.25 }, { "angular error", 52.0 }, { "run time", 280.0 } }),
        model("deeper",
              { { "position error", 0.95 }, { "angular error", 58.0 }, { "run time", 340.0 } }),
        model("at bound",
              { { "position error", 1.0 }, { "angular error", 61.0 }, { "run time", 290.0 } }),
    };
    return p;
}

} // namespace

TEST(Metrics, PoseEstimationExampleFromTheCourse)
{
    const Result<QList<ModelScore>> r = evaluateModels(poseEstimation());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 4);
    EXPECT_EQ((*r)[0].model, QStringLiteral("current")); // input order is kept

    const ModelScore &wider = byName(*r, "wider");
    EXPECT_TRUE(wider.out);
    EXPECT_EQ(wider.rank, 0);
    EXPECT_EQ(wider.missedBounds, QStringList { QStringLiteral("position error") });
    EXPECT_TRUE(wider.note.contains(QStringLiteral("position error")));

    // Angular error (~60°) is far from its 5° requirement, but it is the optimized metric:
    // its bound does not rule models out. Run time has no bound and is ignored.
    const ModelScore &deeper = byName(*r, "deeper");
    EXPECT_FALSE(deeper.out);
    EXPECT_EQ(deeper.rank, 1);
    EXPECT_DOUBLE_EQ(*deeper.value, 58.0);
    EXPECT_TRUE(deeper.missedBounds.isEmpty());
    EXPECT_EQ(byName(*r, "current").rank, 2);
    EXPECT_DOUBLE_EQ(*byName(*r, "current").value, 60.0);
    EXPECT_EQ(byName(*r, "at bound").rank, 3); // exactly 1 cm is acceptable
}

TEST(Metrics, ThresholdOnARunTimeBoundWhenItMattersAgain)
{
    ProjectMetrics p = poseEstimation();
    p.metrics[2].bound = 100.0;
    const Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_TRUE(r.ok());
    for (const ModelScore &s : *r) {
        EXPECT_TRUE(s.out) << s.model.toStdString();
        EXPECT_TRUE(s.missedBounds.contains(QStringLiteral("run time")));
    }
}

TEST(Metrics, ThresholdNeedsAKnownMetricToOptimize)
{
    ProjectMetrics p = poseEstimation();
    p.rule.optimize = QStringLiteral("speed");
    const Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("speed")));
    p.rule.optimize.clear();
    EXPECT_FALSE(evaluateModels(p).ok());
}

TEST(Metrics, WeightedAverageNormalisesDirectionAndScale)
{
    ProjectMetrics p;
    p.metrics = {
        MetricDef { QStringLiteral("accuracy"), {}, Direction::HigherIsBetter, 3.0, std::nullopt },
        MetricDef { QStringLiteral("latency"), QStringLiteral("ms"), Direction::LowerIsBetter, 1.0,
                    std::nullopt }
    };
    p.results = { model("a", { { "accuracy", 0.90 }, { "latency", 100.0 } }),
                  model("b", { { "accuracy", 0.80 }, { "latency", 20.0 } }),
                  model("c", { { "accuracy", 0.85 }, { "latency", 60.0 } }) };
    const Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_TRUE(r.ok());
    EXPECT_NEAR(*byName(*r, "a").value, (3 * 1.0 + 1 * 0.0) / 4, 1e-12);
    EXPECT_NEAR(*byName(*r, "b").value, (3 * 0.0 + 1 * 1.0) / 4, 1e-12);
    EXPECT_NEAR(*byName(*r, "c").value, (3 * 0.5 + 1 * 0.5) / 4, 1e-12);
    EXPECT_EQ(byName(*r, "a").rank, 1);
    EXPECT_EQ(byName(*r, "c").rank, 2);
    EXPECT_EQ(byName(*r, "b").rank, 3);
}

TEST(Metrics, WeightedAverageWithEqualValuesCountsAsBest)
{
    ProjectMetrics p;
    p.metrics
        = { MetricDef { QStringLiteral("m"), {}, Direction::LowerIsBetter, 1.0, std::nullopt } };
    p.results = { model("a", { { "m", 2.0 } }), model("b", { { "m", 2.0 } }) };
    const Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_TRUE(r.ok());
    EXPECT_DOUBLE_EQ(*byName(*r, "a").value, 1.0);
    EXPECT_DOUBLE_EQ(*byName(*r, "b").value, 1.0);
}

TEST(Metrics, BoundsApplyInAverageModeAndMissingValuesAreNoted)
{
    ProjectMetrics p;
    p.metrics = { MetricDef { QStringLiteral("accuracy"), {}, Direction::HigherIsBetter, 1.0, 0.8 },
                  MetricDef { QStringLiteral("memory"), QStringLiteral("MB"),
                              Direction::LowerIsBetter, 1.0, std::nullopt } };
    p.results = { model("weak", { { "accuracy", 0.7 }, { "memory", 10.0 } }),
                  model("good", { { "accuracy", 0.9 }, { "memory", 50.0 } }),
                  model("partial", { { "accuracy", 0.95 } }) };
    const Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(byName(*r, "weak").out);
    EXPECT_EQ(byName(*r, "weak").missedBounds, QStringList { QStringLiteral("accuracy") });
    EXPECT_FALSE(byName(*r, "good").out);
    EXPECT_EQ(byName(*r, "good").rank, 1);
    const ModelScore &partial = byName(*r, "partial");
    EXPECT_TRUE(partial.out);
    EXPECT_FALSE(partial.value.has_value());
    EXPECT_TRUE(partial.missedBounds.isEmpty());
    EXPECT_TRUE(partial.note.contains(QStringLiteral("memory"))) << partial.note.toStdString();
}

TEST(Metrics, FormulaOverMetricNames)
{
    ProjectMetrics p;
    p.metrics = {
        MetricDef {
            QStringLiteral("top-1 accuracy"), {}, Direction::HigherIsBetter, 1.0, std::nullopt },
        MetricDef { QStringLiteral("latency"), QStringLiteral("ms"), Direction::LowerIsBetter, 1.0,
                    200.0 },
        MetricDef { QStringLiteral("notes"), {}, Direction::HigherIsBetter, 1.0, std::nullopt }
    };
    p.rule.kind = CombineKind::Formula;
    p.rule.formula = QStringLiteral("top_1_accuracy - 0.001 * latency");
    p.results = { model("fast", { { "top-1 accuracy", 0.80 }, { "latency", 20.0 } }),
                  model("slow", { { "top-1 accuracy", 0.90 }, { "latency", 150.0 } }),
                  model("too slow", { { "top-1 accuracy", 0.99 }, { "latency", 400.0 } }),
                  model("no latency", { { "top-1 accuracy", 0.95 } }) };
    Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_NEAR(*byName(*r, "fast").value, 0.78, 1e-12);
    EXPECT_NEAR(*byName(*r, "slow").value, 0.75, 1e-12);
    EXPECT_EQ(byName(*r, "fast").rank, 1);
    EXPECT_EQ(byName(*r, "slow").rank, 2);
    EXPECT_TRUE(byName(*r, "too slow").out);
    EXPECT_EQ(byName(*r, "too slow").missedBounds, QStringList { QStringLiteral("latency") });
    EXPECT_TRUE(byName(*r, "no latency").out);
    EXPECT_TRUE(byName(*r, "no latency").note.contains(QStringLiteral("latency")));

    p.rule.formulaDirection = Direction::LowerIsBetter;
    r = evaluateModels(p);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(byName(*r, "slow").rank, 1);
}

TEST(Metrics, FormulaErrorsCarryMessageAndPosition)
{
    ProjectMetrics p;
    p.metrics = { MetricDef {
        QStringLiteral("accuracy"), {}, Direction::HigherIsBetter, 1.0, std::nullopt } };
    p.rule.kind = CombineKind::Formula;
    p.results = { model("a", { { "accuracy", 0.5 } }) };

    p.rule.formula = QStringLiteral("accuracy * (2 +");
    Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Formula);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("position")))
        << r.error().message.toStdString();

    p.rule.formula = QStringLiteral("accuracy + recall");
    r = evaluateModels(p);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Formula);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("recall")))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("position 12")))
        << r.error().message.toStdString();

    p.rule.formula = QStringLiteral("  ");
    EXPECT_EQ(evaluateModels(p).error().code, Error::Code::Formula);

    EXPECT_TRUE(validateFormula(QStringLiteral("2 * accuracy^2"), p.metrics).ok());
    EXPECT_FALSE(validateFormula(QStringLiteral("2 *"), p.metrics).ok());
    EXPECT_FALSE(validateFormula(QStringLiteral("precision"), p.metrics).ok());

    // muparser appends its own 0-based "(position: N)" to some messages; only ours remains.
    const Result<Ok> nested = validateFormula(QStringLiteral("sum(3, (4,5))"), p.metrics);
    ASSERT_FALSE(nested.ok());
    EXPECT_EQ(nested.error().message.count(QStringLiteral("position")), 1)
        << nested.error().message.toStdString();
}

TEST(Metrics, FormulaVariablesThatCollideAreRefused)
{
    const QList<MetricDef> metrics {
        MetricDef { QStringLiteral("a b"), {}, Direction::HigherIsBetter, 1.0, std::nullopt },
        MetricDef { QStringLiteral("a-b"), {}, Direction::HigherIsBetter, 1.0, std::nullopt }
    };
    const Result<Ok> r = validateFormula(QStringLiteral("a_b"), metrics);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Formula);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("a_b")));
}

TEST(Metrics, FormulaWithNoFiniteValueLeavesTheModelOut)
{
    ProjectMetrics p;
    p.metrics
        = { MetricDef { QStringLiteral("x"), {}, Direction::HigherIsBetter, 1.0, std::nullopt } };
    p.rule.kind = CombineKind::Formula;
    p.rule.formula = QStringLiteral("1 / x");
    p.results = { model("zero", { { "x", 0.0 } }), model("two", { { "x", 2.0 } }) };
    const Result<QList<ModelScore>> r = evaluateModels(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(byName(*r, "zero").out);
    EXPECT_FALSE(byName(*r, "zero").note.isEmpty());
    EXPECT_EQ(byName(*r, "two").rank, 1);
}

TEST(Metrics, VariableNames)
{
    EXPECT_EQ(metricVariableName(QStringLiteral("position error")),
              QStringLiteral("position_error"));
    EXPECT_EQ(metricVariableName(QStringLiteral("recall@20")), QStringLiteral("recall_20"));
    EXPECT_EQ(metricVariableName(QStringLiteral("95th latency")), QStringLiteral("_95th_latency"));
    EXPECT_EQ(metricVariableName(QStringLiteral("정확도")), QStringLiteral("___"));
    EXPECT_EQ(metricVariableName(QStringLiteral("F1")), QStringLiteral("F1"));
}

TEST(Metrics, KeysRoundTrip)
{
    for (Direction d : { Direction::HigherIsBetter, Direction::LowerIsBetter })
        EXPECT_EQ(directionFromKey(directionKey(d)), d);
    for (CombineKind k :
         { CombineKind::WeightedAverage, CombineKind::Threshold, CombineKind::Formula })
        EXPECT_EQ(combineKindFromKey(combineKindKey(k)), k);
    EXPECT_EQ(combineKindKey(CombineKind::WeightedAverage), QStringLiteral("average"));
    EXPECT_EQ(directionFromKey(QStringLiteral("sideways")), std::nullopt);
    EXPECT_EQ(combineKindFromKey(QStringLiteral("script")), std::nullopt);
}

// The editor points at the place a formula goes wrong, so the position must be the character
// the user sees, counted from 0, and agree with the message's (counted from 1).
TEST(Metrics, FormulaCheckGivesTheCharacterWhereTheFormulaGoesWrong)
{
    const QList<MetricDef> metrics { MetricDef {
        QStringLiteral("accuracy"), {}, Direction::HigherIsBetter, 1.0, std::nullopt } };
    const FormulaCheck unknown = checkFormula(QStringLiteral("accuracy + recall"), metrics);
    EXPECT_FALSE(unknown.ok);
    EXPECT_EQ(unknown.position, 11);
    EXPECT_TRUE(unknown.message.contains(QStringLiteral("position 12")))
        << unknown.message.toStdString();

    const FormulaCheck fine = checkFormula(QStringLiteral("2 * accuracy"), metrics);
    EXPECT_TRUE(fine.ok);
    EXPECT_EQ(fine.position, -1);
    EXPECT_TRUE(fine.message.isEmpty());

    const FormulaCheck empty = checkFormula(QStringLiteral(" "), metrics);
    EXPECT_FALSE(empty.ok);
    EXPECT_EQ(empty.position, -1);
    EXPECT_FALSE(empty.message.isEmpty());
}

// muparser counts bytes of UTF-8; a character outside ASCII before the error must count once.
TEST(Metrics, FormulaCheckCountsCharactersNotBytes)
{
    const QList<MetricDef> metrics { MetricDef {
        QStringLiteral("accuracy"), {}, Direction::HigherIsBetter, 1.0, std::nullopt } };
    const QString formula = QStringLiteral("accuracy + \"정확도\" + recall");
    const FormulaCheck check = checkFormula(formula, metrics);
    EXPECT_FALSE(check.ok);
    ASSERT_GE(check.position, 0) << check.message.toStdString();
    EXPECT_LE(check.position, formula.size());
    EXPECT_TRUE(check.message.contains(QStringLiteral("position %1").arg(check.position + 1)))
        << check.message.toStdString();
}

TEST(Metrics, TheBestModelAnywhereIsOneTheRuleStillRanks)
{
    // The course's pose-estimation example: the large backbone has the best angle but misses
    // the position bound, so it is out of the ranking and not the baselines' best model.
    const Portfolio sample = samplePortfolio(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    const Idea *pose = nullptr;
    for (const Idea &idea : sample.ideas)
        pose = idea.name.startsWith(QStringLiteral("Pose estimation")) ? &idea : pose;
    ASSERT_NE(pose, nullptr);
    const QList<ModelResult> in = modelsInTheRanking(pose->metrics);
    ASSERT_LT(in.size(), pose->metrics.results.size());
    const auto scores = evaluateModels(pose->metrics);
    ASSERT_TRUE(scores.ok());
    for (qsizetype i = 0; i < pose->metrics.results.size(); ++i) {
        const bool kept = std::any_of(in.cbegin(), in.cend(), [&](const ModelResult &r) {
            return r.model == pose->metrics.results[i].model;
        });
        EXPECT_EQ(kept, !scores->at(i).out) << pose->metrics.results[i].model.toStdString();
    }
}
