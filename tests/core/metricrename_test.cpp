#include "core/domain/idea.h"
#include "core/domain/metrics.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace mlp;
using namespace Qt::StringLiterals;

namespace {

TEST(FormulaRename, RewritesWholeNamesOnly)
{
    EXPECT_EQ(renameFormulaVariable(u"f1 * 2 + recall"_s, u"f1"_s, u"f1_score"_s),
              u"f1_score * 2 + recall"_s);
    // A name the old one begins, ends or sits inside is another metric.
    EXPECT_EQ(renameFormulaVariable(u"f1_macro + f1 - macro_f1 + xf1x"_s, u"f1"_s, u"g"_s),
              u"f1_macro + g - macro_f1 + xf1x"_s);
    // Every use, at the very start and end, with or without spaces around it.
    EXPECT_EQ(renameFormulaVariable(u"err+err*(1-err)/err"_s, u"err"_s, u"loss"_s),
              u"loss+loss*(1-loss)/loss"_s);
}

TEST(FormulaRename, LeavesNumbersAndFunctionsAlone)
{
    // "e5" in a number's exponent and the "e" after a decimal point are not the metric e.
    EXPECT_EQ(renameFormulaVariable(u"e * 1e5 + 2.e3 - e"_s, u"e"_s, u"energy"_s),
              u"energy * 1e5 + 2.e3 - energy"_s);
    // A function called like the metric stays a function.
    EXPECT_EQ(renameFormulaVariable(u"max(max, 1) + max (2, 3)"_s, u"max"_s, u"peak"_s),
              u"max(peak, 1) + max (2, 3)"_s);
    // Text around non-ASCII characters is kept as it was.
    EXPECT_EQ(renameFormulaVariable(u"a·b + a"_s, u"a"_s, u"c"_s), u"c·b + c"_s);
}

Idea ideaWithMetrics()
{
    Idea idea;
    idea.name = u"pose"_s;
    idea.metrics.metrics = {
        MetricDef { u"position error"_s, u"cm"_s, Direction::LowerIsBetter, 1.0, 1.0 },
        MetricDef { u"position error max"_s, u"cm"_s, Direction::LowerIsBetter, 1.0, {} },
        MetricDef { u"run time"_s, u"ms"_s, Direction::LowerIsBetter, 1.0, {} },
    };
    idea.metrics.rule.kind = CombineKind::Formula;
    idea.metrics.rule.formula = u"position_error + position_error_max / 2 + run_time"_s;
    idea.metrics.rule.optimize = u"position error"_s;
    idea.metrics.results = { ModelResult { u"m1"_s,
                                           { { u"position error"_s, 0.8 },
                                             { u"position error max"_s, 1.5 },
                                             { u"run time"_s, 40.0 } } } };
    idea.baselineMetric = u"position error"_s;
    return idea;
}

TEST(MetricRename, ReachesEveryPlaceTheIdeaNamesTheMetric)
{
    Idea idea = ideaWithMetrics();
    ASSERT_TRUE(renameMetric(idea, u"position error"_s, u"pos err (cm)"_s).ok());
    EXPECT_EQ(idea.metrics.metrics[0].name, u"pos err (cm)"_s);
    EXPECT_EQ(idea.metrics.metrics[1].name, u"position error max"_s);
    EXPECT_EQ(idea.metrics.rule.formula, u"pos_err__cm_ + position_error_max / 2 + run_time"_s);
    EXPECT_EQ(idea.metrics.rule.optimize, u"pos err (cm)"_s);
    EXPECT_EQ(idea.baselineMetric, u"pos err (cm)"_s);
    EXPECT_EQ(idea.metrics.results[0].values.value(u"pos err (cm)"_s), 0.8);
    EXPECT_FALSE(idea.metrics.results[0].values.contains(u"position error"_s));
    // The rewritten formula still reads and computes the same.
    EXPECT_TRUE(validateFormula(idea.metrics.rule.formula, idea.metrics.metrics).ok());
    const auto scores = evaluateModels(idea.metrics);
    ASSERT_TRUE(scores.ok());
    EXPECT_DOUBLE_EQ(*scores->first().value, 0.8 + 1.5 / 2 + 40.0);
}

TEST(MetricRename, LeavesTheIdeaAsItIsForAnUnknownName)
{
    Idea idea = ideaWithMetrics();
    const Idea before = idea;
    EXPECT_TRUE(renameMetric(idea, u"position"_s, u"x"_s).ok());
    EXPECT_EQ(idea, before);
}

TEST(MetricRename, KeepsAFormulaThatCouldMeanEitherOfTwoMetrics)
{
    // "run time" and "run-time" share the formula name run_time: the formula is ambiguous (and
    // refused as it is), so renaming one of them does not guess which one it meant.
    Idea idea = ideaWithMetrics();
    idea.metrics.metrics.append(
        MetricDef { u"run-time"_s, u"s"_s, Direction::LowerIsBetter, 1.0, {} });
    const QString formula = idea.metrics.rule.formula;
    ASSERT_TRUE(renameMetric(idea, u"run time"_s, u"latency"_s).ok());
    EXPECT_EQ(idea.metrics.metrics[2].name, u"latency"_s);
    EXPECT_EQ(idea.metrics.rule.formula, formula);
}

TEST(MetricRename, RefusesANameWhoseFormulaNameAnotherMetricHas)
{
    // "recall" renamed "f1 score" beside "f1-score" would make the formula read
    // "f1_score + f1_score": which one was recall could not be told any more.
    Idea idea;
    idea.metrics.metrics = {
        MetricDef { u"recall"_s, {}, Direction::HigherIsBetter, 1.0, {} },
        MetricDef { u"f1-score"_s, {}, Direction::HigherIsBetter, 1.0, {} },
    };
    idea.metrics.rule.kind = CombineKind::Formula;
    idea.metrics.rule.formula = u"recall + f1_score"_s;
    idea.metrics.rule.optimize = u"recall"_s;
    idea.metrics.results = { ModelResult { u"m1"_s, { { u"recall"_s, 0.5 } } } };
    const Idea before = idea;
    const Status renamed = renameMetric(idea, u"recall"_s, u"f1 score"_s);
    ASSERT_FALSE(renamed.ok());
    EXPECT_EQ(renamed.error().code, Error::Code::Invalid);
    EXPECT_TRUE(renamed.error().message.contains(u"“f1-score”"_s))
        << renamed.error().message.toStdString();
    EXPECT_TRUE(renamed.error().message.contains(u"choose another name"_s))
        << renamed.error().message.toStdString();
    EXPECT_EQ(idea, before);
    // A name whose formula name is free, or is the metric's own, is fine.
    EXPECT_TRUE(renameMetric(idea, u"recall"_s, u"Recall"_s).ok());
    EXPECT_EQ(idea.metrics.rule.formula, u"Recall + f1_score"_s);
    EXPECT_TRUE(renameMetric(idea, u"f1-score"_s, u"f1 score"_s).ok());
    EXPECT_EQ(idea.metrics.rule.formula, u"Recall + f1_score"_s);
}

} // namespace
