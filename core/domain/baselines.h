#pragma once

#include "core/domain/metrics.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlp {

// Where baselines come from (docs/domain.md §5): external, internal, and the five rungs of the
// human ladder from cheapest and weakest to hardest and strongest.
enum class BaselineKind {
    Requirement = 0,     // external: business or engineering requirement (the target)
    PublishedResult = 1, // external: check the comparison is fair
    Scripted = 2,        // internal: rule-based
    SimpleMl = 3,        // internal: bag of words, linear model, plain network
    HumanCrowd = 4,
    HumanCrowdEnsemble = 5,
    HumanDomainExpert = 6,
    HumanDeepExpert = 7,
    HumanMixtureOfExperts = 8,
};
inline constexpr int kBaselineKindCount = 9;
QString
baselineKindKey(BaselineKind kind); // requirement, published, scripted, simple-ml, human-crowd, ...
std::optional<BaselineKind> baselineKindFromKey(const QString &key);
QString baselineKindDisplayName(BaselineKind kind);
bool isHumanRung(BaselineKind kind);
int humanRung(BaselineKind kind); // 1..5, 0 when not human

struct Baseline
{
    QString label;
    BaselineKind kind = BaselineKind::Scripted;
    double value = 0.0;       // on the project's chosen metric
    QString source;           // where the number comes from
    bool fairChecked = false; // published results: the comparison was checked as fair
    friend bool operator==(const Baseline &, const Baseline &) = default;
};

struct BaselineAnalysis
{
    enum class Position { Unknown, BelowLowerBound, AboveLowerBound, MeetsTarget };
    std::optional<double>
        lowerBound; // best non-requirement baseline (unchecked published results excluded)
    QString lowerBoundLabel;
    std::optional<double> target;    // the requirement
    std::optional<double> bestModel; // best model result on the chosen metric
    QString bestModelName;
    Position position = Position::Unknown;
    QStringList notes; // translated remarks, e.g. published results not checked as fair
};

// `metric` is the project's chosen metric (its direction decides what "best" means).
BaselineAnalysis analyseBaselines(const QList<Baseline> &baselines, const MetricDef &metric,
                                  const QList<ModelResult> &results);

} // namespace mlp
