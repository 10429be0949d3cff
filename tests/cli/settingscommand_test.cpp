#include "edittestsupport.h"

#include "core/io/formatkeys.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

using CliSettings = CliEditTest;

TEST_F(CliSettings, PrintsWithTheKeysThatSetThem)
{
    const CliResult result = cli({ u"settings"_s, file, u"--json"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(object.value(u"impact-threshold"_s).toDouble(), 5.0);
    EXPECT_EQ(object.value(u"cost-base"_s).toDouble(), 2.0);
    EXPECT_EQ(object.value(u"driver.data"_s).toDouble(), 3.0);
    EXPECT_TRUE(object.contains(u"weight."_s + questions()[0].id));
    EXPECT_TRUE(object.contains(u"quadrant.do-first"_s));
    EXPECT_EQ(object.value(u"name"_s).toString(), load().name);
}

TEST_F(CliSettings, ChangesSeveralInOneTransaction)
{
    const QString weight = u"weight."_s + questions()[2].id;
    const CliResult result
        = cli({ u"settings"_s, file, u"name=팀 \"A\""_s, u"impact-threshold=6.5"_s,
                u"quadrant.avoid=Later"_s, weight + u"=2"_s, u"driver.accuracy=0"_s,
                u"cost-base=3"_s, u"aggregation=MEAN"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.startsWith(u"Set name to \"팀 \"A\"\".\nSet impact-threshold to \"6.5\".\n"_s))
        << result.out.toStdString();
    const Portfolio portfolio = load();
    EXPECT_EQ(portfolio.name, u"팀 \"A\""_s);
    EXPECT_EQ(portfolio.config.impactThreshold, 6.5);
    EXPECT_EQ(portfolio.config.quadrantNames[size_t(Quadrant::Avoid)], u"Later"_s);
    EXPECT_EQ(portfolio.config.questionWeights[2], 2.0);
    EXPECT_EQ(portfolio.config.driverWeights[1], 0.0);
    EXPECT_EQ(portfolio.config.costBase, 3.0);
    EXPECT_EQ(portfolio.config.aggregation, Aggregation::Mean);
}

TEST_F(CliSettings, BadInputChangesNothing)
{
    expectRefused({ u"settings"_s, file, u"impact-threshold=11"_s }, 1);
    expectRefused({ u"settings"_s, file, u"impact-threshold=high"_s }, 1);
    expectRefused({ u"settings"_s, file, u"cost-base=1"_s }, 1);
    expectRefused({ u"settings"_s, file, u"weight.nope=1"_s }, 1);
    expectRefused({ u"settings"_s, file, u"driver.data=-1"_s }, 1);
    expectRefused({ u"settings"_s, file, u"aggregation=mode"_s }, 1);
    expectRefused({ u"settings"_s, file, u"quadrant.avoid="_s }, 1);
    expectRefused({ u"settings"_s, file, u"name=\x1b]0;x\x07"_s }, 1);
    expectRefused({ u"settings"_s, file, u"colour=blue"_s }, 1);
    expectRefused({ u"settings"_s, file, u"impact-threshold"_s }, 2);
    // A good change beside a bad one is not kept either.
    expectRefused({ u"settings"_s, file, u"impact-threshold=6"_s, u"cost-base=0"_s }, 1);
    expectRefused({ u"settings"_s, file, u"impact-threshold=6"_s, u"--json"_s }, 2);
}

} // namespace
} // namespace mlp::testing
