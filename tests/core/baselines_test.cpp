#include "core/domain/baselines.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace mlp;

namespace {

const MetricDef kAccuracy {
    QStringLiteral("accuracy"), {}, Direction::HigherIsBetter, 1.0, std::nullopt
};
const MetricDef kError { QStringLiteral("error"), QStringLiteral("cm"), Direction::LowerIsBetter,
                         1.0, std::nullopt };

ModelResult result(const char *name, const QString &metric, double v)
{
    ModelResult r;
    r.model = QString::fromUtf8(name);
    r.values.insert(metric, v);
    return r;
}

} // namespace

TEST(Baselines, KindsKeysAndTheHumanLadder)
{
    QSet<QString> keys;
    for (int i = 0; i < kBaselineKindCount; ++i) {
        const auto kind = static_cast<BaselineKind>(i);
        keys.insert(baselineKindKey(kind));
        EXPECT_EQ(baselineKindFromKey(baselineKindKey(kind)), kind);
        EXPECT_FALSE(baselineKindDisplayName(kind).isEmpty());
    }
    EXPECT_EQ(keys.size(), kBaselineKindCount);
    EXPECT_EQ(baselineKindKey(BaselineKind::PublishedResult), QStringLiteral("published"));
    EXPECT_EQ(baselineKindKey(BaselineKind::SimpleMl), QStringLiteral("simple-ml"));
    EXPECT_EQ(baselineKindFromKey(QStringLiteral("oracle")), std::nullopt);

    EXPECT_EQ(humanRung(BaselineKind::HumanCrowd), 1);
    EXPECT_EQ(humanRung(BaselineKind::HumanCrowdEnsemble), 2);
    EXPECT_EQ(humanRung(BaselineKind::HumanDomainExpert), 3);
    EXPECT_EQ(humanRung(BaselineKind::HumanDeepExpert), 4);
    EXPECT_EQ(humanRung(BaselineKind::HumanMixtureOfExperts), 5);
    EXPECT_EQ(humanRung(BaselineKind::Scripted), 0);
    EXPECT_TRUE(isHumanRung(BaselineKind::HumanDeepExpert));
    EXPECT_FALSE(isHumanRung(BaselineKind::Requirement));
}

TEST(Baselines, LowerBoundTargetAndPositionHigherIsBetter)
{
    const QList<Baseline> baselines {
        { QStringLiteral("rules"), BaselineKind::Scripted, 0.70, {}, false },
        { QStringLiteral("logreg"), BaselineKind::SimpleMl, 0.80, {}, false },
        { QStringLiteral("paper"), BaselineKind::PublishedResult, 0.95, QStringLiteral("arXiv"),
          false },
        { QStringLiteral("goal"), BaselineKind::Requirement, 0.90, {}, false },
        { QStringLiteral("crowd"), BaselineKind::HumanCrowd, 0.75, {}, false },
    };
    BaselineAnalysis a = analyseBaselines(baselines, kAccuracy,
                                          { result("m1", QStringLiteral("accuracy"), 0.85),
                                            result("m2", QStringLiteral("accuracy"), 0.78) });
    EXPECT_EQ(a.lowerBound, 0.80);
    EXPECT_EQ(a.lowerBoundLabel, QStringLiteral("logreg"));
    EXPECT_EQ(a.target, 0.90);
    EXPECT_EQ(a.bestModel, 0.85);
    EXPECT_EQ(a.bestModelName, QStringLiteral("m1"));
    EXPECT_EQ(a.position, BaselineAnalysis::Position::AboveLowerBound);
    ASSERT_EQ(a.notes.size(), 1);
    EXPECT_TRUE(a.notes[0].contains(QStringLiteral("paper")));

    QList<Baseline> checked = baselines;
    checked[2].fairChecked = true;
    a = analyseBaselines(checked, kAccuracy, { result("m1", QStringLiteral("accuracy"), 0.85) });
    EXPECT_EQ(a.lowerBound, 0.95);
    EXPECT_EQ(a.position, BaselineAnalysis::Position::BelowLowerBound);
    EXPECT_TRUE(a.notes.isEmpty());

    a = analyseBaselines(baselines, kAccuracy, { result("m3", QStringLiteral("accuracy"), 0.9) });
    EXPECT_EQ(a.position, BaselineAnalysis::Position::MeetsTarget);
}

TEST(Baselines, LowerIsBetterPicksTheSmallestValues)
{
    const QList<Baseline> baselines {
        { QStringLiteral("ICP"), BaselineKind::Scripted, 3.0, {}, false },
        { QStringLiteral("expert"), BaselineKind::HumanDomainExpert, 1.5, {}, false },
        { QStringLiteral("spec"), BaselineKind::Requirement, 1.0, {}, false },
        { QStringLiteral("stricter spec"), BaselineKind::Requirement, 0.8, {}, false },
    };
    const BaselineAnalysis a
        = analyseBaselines(baselines, kError,
                           { result("net", QStringLiteral("error"), 2.0),
                             result("big net", QStringLiteral("error"), 1.2) });
    EXPECT_EQ(a.lowerBound, 1.5);
    EXPECT_EQ(a.lowerBoundLabel, QStringLiteral("expert"));
    EXPECT_EQ(a.target, 0.8);
    EXPECT_EQ(a.bestModel, 1.2);
    EXPECT_EQ(a.bestModelName, QStringLiteral("big net"));
    EXPECT_EQ(a.position, BaselineAnalysis::Position::AboveLowerBound);
}

TEST(Baselines, MissingPiecesLeaveThePositionUnknown)
{
    BaselineAnalysis a = analyseBaselines({}, kAccuracy, {});
    EXPECT_FALSE(a.lowerBound.has_value());
    EXPECT_FALSE(a.target.has_value());
    EXPECT_FALSE(a.bestModel.has_value());
    EXPECT_EQ(a.position, BaselineAnalysis::Position::Unknown);
    EXPECT_EQ(a.notes.size(), 3);

    a = analyseBaselines({ { QStringLiteral("rules"), BaselineKind::Scripted, 0.7, {}, false } },
                         kAccuracy, { result("other metric only", QStringLiteral("f1"), 0.9) });
    EXPECT_FALSE(a.bestModel.has_value());
    EXPECT_EQ(a.position, BaselineAnalysis::Position::Unknown);
}
