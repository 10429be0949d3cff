#include "edittestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

using CliMetric = CliEditTest;

const MetricDef *metricNamed(const Idea &idea, const QString &name)
{
    for (const MetricDef &m : idea.metrics.metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

TEST_F(CliMetric, DefineAddsThenChangesOnlyWhatIsGiven)
{
    CliResult result = cli({ u"metric"_s, u"define"_s, file, u"1"_s, u"memory"_s, u"--unit"_s,
                             u"MB"_s, u"--direction"_s, u"lower"_s, u"--bound"_s, u"512"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out,
              u"Defined metric \"memory\" on \"IDE code completion\": lower is "
              "better, at most 512, unit \"MB\", weight 1.\n"_s);
    result = cli({ u"metric"_s, u"define"_s, file, u"1"_s, u"memory"_s, u"--weight"_s, u"3"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const Idea changed = idea(1);
    const MetricDef *memory = metricNamed(changed, u"memory"_s);
    ASSERT_NE(memory, nullptr);
    EXPECT_EQ(memory->unit, u"MB"_s);
    EXPECT_EQ(memory->direction, Direction::LowerIsBetter);
    EXPECT_EQ(memory->bound, 512.0);
    EXPECT_EQ(memory->weight, 3.0);

    ASSERT_EQ(cli({ u"metric"_s, u"remove"_s, file, u"1"_s, u"memory"_s }).code, 0);
    EXPECT_EQ(metricNamed(idea(1), u"memory"_s), nullptr);
}

TEST_F(CliMetric, RulesAndRanking)
{
    CliResult result
        = cli({ u"metric"_s, u"rule"_s, file, u"1"_s, u"threshold"_s, u"exact match"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(idea(1).metrics.rule.kind, CombineKind::Threshold);
    EXPECT_EQ(idea(1).metrics.rule.optimize, u"exact match"_s);

    result = cli({ u"metric"_s, u"rank"_s, file, u"1"_s, u"--json"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray models = object.value(u"models"_s).toArray();
    ASSERT_EQ(models.size(), 3);
    // The large transformer misses the latency bound (200 ms): it is out.
    EXPECT_EQ(models[0].toObject().value(u"model"_s).toString(), u"small transformer"_s);
    EXPECT_EQ(models[0].toObject().value(u"rank"_s).toInt(), 1);
    EXPECT_EQ(models[2].toObject().value(u"model"_s).toString(), u"large transformer"_s);
    EXPECT_TRUE(models[2].toObject().value(u"out"_s).toBool());
    EXPECT_EQ(models[2].toObject().value(u"missedBounds"_s).toArray().first().toString(),
              u"latency"_s);

    result = cli(
        { u"metric"_s, u"rule"_s, file, u"1"_s, u"formula"_s, u"exact_match - latency / 10"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(idea(1).metrics.rule.formula, u"exact_match - latency / 10"_s);

    result = cli({ u"metric"_s, u"rule"_s, file, u"1"_s, u"average"_s, u"latency=4"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(idea(1).metrics.rule.kind, CombineKind::WeightedAverage);
    EXPECT_EQ(metricNamed(idea(1), u"latency"_s)->weight, 4.0);

    result = cli({ u"metric"_s, u"rank"_s, file, u"1"_s });
    ASSERT_EQ(result.code, 0);
    EXPECT_TRUE(result.out.contains(u"latency"_s)); // the missed bound is named
}

TEST_F(CliMetric, BadFormulaIsOneLineNamingThePosition)
{
    const FileState before = stateOf(file);
    const CliResult result
        = cli({ u"metric"_s, u"rule"_s, file, u"1"_s, u"formula"_s, u"exact_match * (latency"_s });
    EXPECT_TRUE(isError(result, 1));
    EXPECT_TRUE(result.err.contains(u"position"_s)) << result.err.toStdString();
    EXPECT_EQ(stateOf(file), before);
}

TEST_F(CliMetric, ResultsAreSetAndRemoved)
{
    CliResult result = cli({ u"metric"_s, u"result"_s, file, u"1"_s, u"distilled"_s,
                             u"exact match=45.5"_s, u"latency=60"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QList<ModelResult> results = idea(1).metrics.results;
    ASSERT_EQ(results.last().model, u"distilled"_s);
    EXPECT_EQ(results.last().values.value(u"exact match"_s), 45.5);
    result = cli({ u"metric"_s, u"remove-result"_s, file, u"1"_s, u"n-gram"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(idea(1).metrics.results.size(), 3);
}

TEST_F(CliMetric, BadInputChangesNothing)
{
    expectRefused({ u"metric"_s, u"define"_s, file, u"1"_s, u"m"_s, u"--bound"_s, u"x"_s }, 2);
    expectRefused({ u"metric"_s, u"define"_s, file, u"1"_s, u"m"_s, u"--direction"_s, u"up"_s }, 1);
    expectRefused({ u"metric"_s, u"define"_s, file, u"1"_s, u"m"_s, u"--weight"_s, u"101"_s }, 1);
    expectRefused({ u"metric"_s, u"define"_s, file, u"1"_s, u"m"_s, u"--bound"_s, u"1e16"_s }, 1);
    expectRefused({ u"metric"_s, u"define"_s, file, u"1"_s, u"\"\"\"\"\x1b"_s }, 1);
    expectRefused({ u"metric"_s, u"remove"_s, file, u"1"_s, u"nope"_s }, 1);
    expectRefused({ u"metric"_s, u"remove"_s, file, u"1"_s, u"latency"_s, u"--json"_s }, 2);
    expectRefused({ u"metric"_s, u"rule"_s, file, u"1"_s, u"best"_s }, 2);
    expectRefused({ u"metric"_s, u"rule"_s, file, u"1"_s, u"threshold"_s, u"nope"_s }, 1);
    expectRefused({ u"metric"_s, u"rule"_s, file, u"1"_s, u"threshold"_s }, 2);
    expectRefused({ u"metric"_s, u"rule"_s, file, u"1"_s, u"formula"_s, u"nope * 2"_s }, 1);
    expectRefused({ u"metric"_s, u"rule"_s, file, u"1"_s, u"average"_s, u"latency=-1"_s }, 1);
    expectRefused({ u"metric"_s, u"result"_s, file, u"1"_s, u"m"_s, u"nope=1"_s }, 1);
    expectRefused({ u"metric"_s, u"result"_s, file, u"1"_s, u"m"_s, u"latency=fast"_s }, 1);
    expectRefused({ u"metric"_s, u"result"_s, file, u"1"_s, u"m"_s }, 2);
    expectRefused({ u"metric"_s, u"remove-result"_s, file, u"1"_s, u"nope"_s }, 1);
    expectRefused({ u"metric"_s, u"rank"_s, file, u"없음"_s }, 1);
}

} // namespace
} // namespace mlp::testing

namespace mlp::testing {
namespace {

TEST_F(CliMetric, RankTableNamesTheMissedBound)
{
    const CliResult result = cli({ u"metric"_s, u"rank"_s, file, u"IDE code completion"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << result.out.toStdString();
    EXPECT_EQ(lines[0], u"Models of \"IDE code completion\", by the average rule:"_s);
    EXPECT_TRUE(lines[4].trimmed().startsWith(u"out  "_s)) << lines[4].toStdString();
    EXPECT_TRUE(lines[4].contains(u"latency"_s));
    EXPECT_TRUE(lines[4].endsWith(u"large transformer"_s));
}

} // namespace
} // namespace mlp::testing

namespace mlp::testing {
namespace {

TEST_F(CliMetric, RenameRewritesTheFormulaAndEveryReference)
{
    ASSERT_EQ(cli({ u"metric"_s, u"define"_s, file, u"1"_s, u"latency p95"_s }).code, 0);
    ASSERT_EQ(cli({ u"metric"_s, u"rule"_s, file, u"1"_s, u"formula"_s,
                    u"exact_match - latency / 10 + latency_p95"_s })
                  .code,
              0);
    const CliResult result
        = cli({ u"metric"_s, u"rename"_s, file, u"1"_s, u"latency"_s, u"delay (ms)"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out,
              u"Renamed metric \"latency\" to \"delay (ms)\" on \"IDE code completion\". The "
              "formula now reads: exact_match - delay__ms_ / 10 + latency_p95\n"_s);
    const Idea renamed = idea(1);
    EXPECT_EQ(metricNamed(renamed, u"latency"_s), nullptr);
    EXPECT_NE(metricNamed(renamed, u"delay (ms)"_s), nullptr);
    EXPECT_NE(metricNamed(renamed, u"latency p95"_s), nullptr);
    EXPECT_EQ(renamed.metrics.rule.formula, u"exact_match - delay__ms_ / 10 + latency_p95"_s);
    for (const ModelResult &r : renamed.metrics.results) {
        EXPECT_FALSE(r.values.contains(u"latency"_s)) << r.model.toStdString();
        EXPECT_TRUE(r.values.contains(u"delay (ms)"_s)) << r.model.toStdString();
    }
}

TEST_F(CliMetric, RenameRefusesAnUnknownOrTakenName)
{
    expectRefused({ u"metric"_s, u"rename"_s, file, u"1"_s, u"nope"_s, u"x"_s }, 1);
    expectRefused({ u"metric"_s, u"rename"_s, file, u"1"_s, u"latency"_s, u"exact match"_s }, 1);
    expectRefused({ u"metric"_s, u"rename"_s, file, u"1"_s, u"latency"_s, u" "_s }, 1);
    expectRefused({ u"metric"_s, u"rename"_s, file, u"1"_s, u"latency"_s }, 2);
}

TEST_F(CliMetric, RenameRefusesANameWhoseFormulaNameIsTaken)
{
    // "latency" renamed "exact-match" would make the formula read "exact_match - exact_match".
    ASSERT_EQ(
        cli({ u"metric"_s, u"rule"_s, file, u"1"_s, u"formula"_s, u"exact_match - latency / 10"_s })
            .code,
        0);
    expectRefused({ u"metric"_s, u"rename"_s, file, u"1"_s, u"latency"_s, u"exact-match"_s }, 1);
    const CliResult result
        = cli({ u"metric"_s, u"rename"_s, file, u"1"_s, u"latency"_s, u"exact-match"_s });
    EXPECT_TRUE(result.err.contains(u"“exact match”"_s)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"choose another name"_s)) << result.err.toStdString();
    EXPECT_EQ(idea(1).metrics.rule.formula, u"exact_match - latency / 10"_s);
}

} // namespace
} // namespace mlp::testing
