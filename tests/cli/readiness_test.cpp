// mlplanner readiness, and the outcome time and readiness gate as the other commands see them.
#include "clitestsupport.h"

#include "core/domain/readiness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliReadiness : public CliTest
{
protected:
    void SetUp() override
    {
        Idea training = makeIdea(1, u"Churn model"_s);
        training.lifecycle.stage = Stage::Training;
        file = createPortfolio(u"p.mlplan"_s, { training, makeIdea(2, u"Tagging"_s) });
    }

    Portfolio loaded() const
    {
        auto opened = PortfolioFile::open(file, PortfolioStore::Access::Read);
        EXPECT_TRUE(opened.ok());
        auto portfolio = (*opened)->load();
        EXPECT_TRUE(portfolio.ok());
        return *portfolio;
    }

    QString file;
};

TEST_F(CliReadiness, PrintsTheChecklistSectionsScoreAndWeakestSection)
{
    const CliResult result = cli({ u"readiness"_s, file, u"Churn model"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"Feature expectations are captured in a schema"_s));
    EXPECT_TRUE(result.out.contains(u"monitor-prediction-quality"_s));
    EXPECT_TRUE(result.out.contains(u"Score: 0 of 7"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"weakest: Data, Model, Infrastructure, Monitoring"_s));
}

TEST_F(CliReadiness, SetWritesInOneGoPrintsTheChangesAndJsonShowsThem)
{
    CliResult result
        = cli({ u"readiness"_s, file, u"1"_s, u"--set"_s, u"data-schema=1"_s, u"--set"_s,
                u"model-inclusion=0.5"_s, u"--set"_s, u"infra-rollback=0"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"“Churn model” data-schema: 0 → 1"_s))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"model-inclusion: 0 → 0.5"_s));
    EXPECT_FALSE(result.out.contains(u"infra-rollback"_s)) << "unchanged, so not listed";
    EXPECT_EQ(loaded().ideas[0].readiness.size(), 2);

    result = cli({ u"readiness"_s, file, u"1"_s, u"--json"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(u"score"_s).toDouble(), 0.0);
    EXPECT_EQ(json.value(u"sections"_s).toObject().value(u"data"_s).toDouble(), 1.0);
    EXPECT_EQ(json.value(u"sections"_s).toObject().value(u"model"_s).toDouble(), 0.5);
    EXPECT_EQ(json.value(u"weakest"_s).toArray(),
              QJsonArray({ u"infrastructure"_s, u"monitoring"_s }));
    EXPECT_EQ(json.value(u"tests"_s).toArray().size(), 28);
}

TEST_F(CliReadiness, BadInputIsOneErrorLineAndWritesNothing)
{
    const FileState before = stateOf(file);
    const QList<QStringList> bad {
        { u"--set"_s, u"data-9=1"_s },
        { u"--set"_s, u"data-schema=2"_s },
        { u"--set"_s, u"data-schema"_s },
        { u"--set"_s, u"data-schema=1"_s, u"--set"_s, u"data-schema=0.5"_s },
        { u"--set"_s, u"data-schema=1"_s, u"--json"_s },
        // A good assignment beside a bad one: nothing of either is written.
        { u"--set"_s, u"data-schema=1"_s, u"--set"_s, u"model-inclusion=half"_s },
    };
    for (const QStringList &options : bad) {
        const CliResult result = cli(QStringList { u"readiness"_s, file, u"1"_s } + options);
        EXPECT_TRUE(isError(result, 2)) << options.join(u' ').toStdString();
    }
    EXPECT_TRUE(
        isError(cli({ u"readiness"_s, file, u"nobody"_s, u"--set"_s, u"data-schema=1"_s }), 1));
    EXPECT_EQ(stateOf(file), before);
}

TEST_F(CliReadiness, OutcomeRecordsTheClocksTimeAndReactivatingClearsIt)
{
    clock.advanceDays(2);
    const QDateTime shippedAt = clock.now();
    ASSERT_EQ(cli({ u"outcome"_s, file, u"1"_s, u"shipped"_s }).code, 0);
    EXPECT_EQ(loaded().ideas[0].lifecycle.outcomeAt, shippedAt);
    clock.advanceDays(1);
    ASSERT_EQ(cli({ u"outcome"_s, file, u"1"_s, u"active"_s }).code, 0);
    EXPECT_FALSE(loaded().ideas[0].lifecycle.outcomeAt.isValid());
}

TEST_F(CliReadiness, FlowStopsCountingWhenTheProjectShips)
{
    // Tagging: Planning -> Data today, shipped from Data three days later, flow read ten days
    // after that: three days in Data, not thirteen and not none.
    ASSERT_EQ(cli({ u"move"_s, file, u"2"_s, u"data"_s, u"--who"_s, u"ana"_s }).code, 0);
    clock.advanceDays(3);
    ASSERT_EQ(cli({ u"outcome"_s, file, u"2"_s, u"shipped"_s }).code, 0);
    clock.advanceDays(10);
    const CliResult result = cli({ u"flow"_s, file, u"--json"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QJsonObject data = QJsonDocument::fromJson(result.out.toUtf8())
                                 .object()
                                 .value(u"stages"_s)
                                 .toObject()
                                 .value(u"data"_s)
                                 .toObject();
    EXPECT_EQ(data.value(u"finishedVisits"_s).toInt(), 1);
    EXPECT_EQ(data.value(u"medianSeconds"_s).toDouble(), 3 * 86400.0) << result.out.toStdString();
}

TEST_F(CliReadiness, TheGateRefusesAMoveToDeployingBelowTheMinimum)
{
    Portfolio portfolio = loaded();
    portfolio.config.readinessGate = ReadinessGate { true, 1.0 };
    {
        auto opened = PortfolioFile::open(file, PortfolioStore::Access::Write);
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE((*opened)->saveSettings(portfolio.name, portfolio.config).ok());
    }
    const FileState before = stateOf(file);
    const CliResult refused
        = cli({ u"move"_s, file, u"1"_s, u"deploying"_s, u"--who"_s, u"ana"_s });
    EXPECT_TRUE(isError(refused, 1));
    EXPECT_TRUE(refused.err.contains(u"readiness score is 0"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Data, Model, Infrastructure, Monitoring"_s));
    EXPECT_EQ(stateOf(file), before);

    QStringList setAll { u"readiness"_s, file, u"1"_s };
    for (const ReadinessTest &test : readinessTests()) {
        if (test.number <= 2)
            setAll << u"--set"_s << test.id + u"=0.5"_s;
    }
    ASSERT_EQ(cli(setAll).code, 0);
    EXPECT_EQ(cli({ u"move"_s, file, u"1"_s, u"deploying"_s, u"--who"_s, u"ana"_s }).code, 0);
}

} // namespace
} // namespace mlp::testing
