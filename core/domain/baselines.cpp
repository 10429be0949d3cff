#include "core/domain/baselines.h"

#include "core/domain/keytable.h"

#include <QCoreApplication>

namespace mlp {

namespace {

constexpr KeyTable kBaselineKindKeys(std::array<KeyName<BaselineKind>, kBaselineKindCount> { {
    { BaselineKind::Requirement, "requirement" },
    { BaselineKind::PublishedResult, "published" },
    { BaselineKind::Scripted, "scripted" },
    { BaselineKind::SimpleMl, "simple-ml" },
    { BaselineKind::HumanCrowd, "human-crowd" },
    { BaselineKind::HumanCrowdEnsemble, "human-crowd-ensemble" },
    { BaselineKind::HumanDomainExpert, "human-domain-expert" },
    { BaselineKind::HumanDeepExpert, "human-deep-expert" },
    { BaselineKind::HumanMixtureOfExperts, "human-mixture-of-experts" },
} });

bool better(double a, double b, Direction direction)
{
    return direction == Direction::LowerIsBetter ? a < b : a > b;
}

bool atLeast(double a, double b, Direction direction)
{
    return direction == Direction::LowerIsBetter ? a <= b : a >= b;
}

} // namespace

QString baselineKindKey(BaselineKind kind)
{
    return kBaselineKindKeys.key(kind);
}

std::optional<BaselineKind> baselineKindFromKey(const QString &key)
{
    return kBaselineKindKeys.fromKey(key);
}

QString baselineKindDisplayName(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Requirement:
        return QCoreApplication::translate("mlp", "Business or engineering requirement");
    case BaselineKind::PublishedResult:
        return QCoreApplication::translate("mlp", "Published result");
    case BaselineKind::Scripted:
        return QCoreApplication::translate("mlp", "Scripted (rule-based) baseline");
    case BaselineKind::SimpleMl:
        return QCoreApplication::translate("mlp", "Simple ML baseline");
    case BaselineKind::HumanCrowd:
        return QCoreApplication::translate("mlp", "Random people (crowd workers)");
    case BaselineKind::HumanCrowdEnsemble:
        return QCoreApplication::translate("mlp", "Ensemble of random people");
    case BaselineKind::HumanDomainExpert:
        return QCoreApplication::translate("mlp", "Domain experts");
    case BaselineKind::HumanDeepExpert:
        return QCoreApplication::translate("mlp", "Deep domain experts (specialists)");
    case BaselineKind::HumanMixtureOfExperts:
        return QCoreApplication::translate("mlp", "Mixture of experts");
    }
    return {};
}

bool isHumanRung(BaselineKind kind)
{
    return humanRung(kind) > 0;
}

int humanRung(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::HumanCrowd:
        return 1;
    case BaselineKind::HumanCrowdEnsemble:
        return 2;
    case BaselineKind::HumanDomainExpert:
        return 3;
    case BaselineKind::HumanDeepExpert:
        return 4;
    case BaselineKind::HumanMixtureOfExperts:
        return 5;
    default:
        return 0;
    }
}

BaselineAnalysis analyseBaselines(const QList<Baseline> &baselines, const MetricDef &metric,
                                  const QList<ModelResult> &results)
{
    BaselineAnalysis a;
    const Direction dir = metric.direction;
    for (const Baseline &b : baselines) {
        if (b.kind == BaselineKind::Requirement) {
            // With several requirements the strictest one is the target.
            if (!a.target || better(b.value, *a.target, dir))
                a.target = b.value;
            continue;
        }
        if (b.kind == BaselineKind::PublishedResult && !b.fairChecked) {
            a.notes << QCoreApplication::translate(
                           "mlp",
                           "Published result “%1” is left out of the lower bound until the "
                           "comparison is checked as fair: your data may be harder.")
                           .arg(b.label);
            continue;
        }
        if (!a.lowerBound || better(b.value, *a.lowerBound, dir)) {
            a.lowerBound = b.value;
            a.lowerBoundLabel = b.label;
        }
    }
    for (const ModelResult &r : results) {
        const auto it = r.values.constFind(metric.name);
        if (it == r.values.cend())
            continue;
        if (!a.bestModel || better(*it, *a.bestModel, dir)) {
            a.bestModel = *it;
            a.bestModelName = r.model;
        }
    }
    if (!a.target)
        a.notes << QCoreApplication::translate(
            "mlp", "No requirement is recorded, so there is no target.");
    if (!a.lowerBound)
        a.notes << QCoreApplication::translate("mlp",
                                               "No usable baseline, so there is no lower bound.");
    if (!a.bestModel)
        a.notes << QCoreApplication::translate("mlp", "No model has a result on “%1” yet.")
                       .arg(metric.name);

    if (a.bestModel) {
        if (a.target && atLeast(*a.bestModel, *a.target, dir))
            a.position = BaselineAnalysis::Position::MeetsTarget;
        else if (a.lowerBound)
            a.position = atLeast(*a.bestModel, *a.lowerBound, dir)
                ? BaselineAnalysis::Position::AboveLowerBound
                : BaselineAnalysis::Position::BelowLowerBound;
    }
    return a;
}

} // namespace mlp
