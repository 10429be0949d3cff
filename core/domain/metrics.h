#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlp {

struct Idea;

enum class Direction { HigherIsBetter = 0, LowerIsBetter = 1 };
QString directionKey(Direction direction); // higher, lower
std::optional<Direction> directionFromKey(const QString &key);

struct MetricDef
{
    QString name; // unique within a project
    QString unit;
    Direction direction = Direction::HigherIsBetter;
    double weight = 1.0; // used by the weighted average
    std::optional<double>
        bound; // acceptable limit: max for lower-is-better, min for higher-is-better
    friend bool operator==(const MetricDef &, const MetricDef &) = default;
};

enum class CombineKind { WeightedAverage = 0, Threshold = 1, Formula = 2 };
QString combineKindKey(CombineKind kind); // average, threshold, formula
std::optional<CombineKind> combineKindFromKey(const QString &key);

struct CombineRule
{
    CombineKind kind = CombineKind::WeightedAverage;
    QString optimize; // Threshold: the metric optimized; bounds on the others apply
    QString formula;  // Formula: an expression over metric variable names (muparser)
    Direction formulaDirection = Direction::HigherIsBetter;
    friend bool operator==(const CombineRule &, const CombineRule &) = default;
};

struct ModelResult
{
    QString model;
    QMap<QString, double> values; // metric name -> value
    friend bool operator==(const ModelResult &, const ModelResult &) = default;
};

struct ProjectMetrics
{
    QList<MetricDef> metrics;
    CombineRule rule;
    QList<ModelResult> results;
    friend bool operator==(const ProjectMetrics &, const ProjectMetrics &) = default;
};

// The identifier a metric has inside a formula: its name with every character that is not
// an ASCII letter, digit or underscore replaced by '_' (and a leading '_' before a digit).
QString metricVariableName(const QString &metricName);

// The formula with every use of the variable `from` written as `to`. Only whole identifiers are
// rewritten: a variable that `from` begins, ends or sits inside ("f1" in "f1_macro"), a
// number's digits or exponent ("1e5") and a function's name ("max(") are left as they are, and
// so are the spaces and everything else around them.
QString renameFormulaVariable(const QString &formula, const QString &from, const QString &to);

// Renames a metric everywhere the idea refers to it by name: the definition, the models'
// values, the threshold rule's optimized metric, the baselines' metric, and the formula (its
// formula name, see metricVariableName(), rewritten by renameFormulaVariable()). The formula is
// left alone when another metric shares the old formula name, as it could mean either. Refused,
// with nothing changed, when another metric already has the new name's formula name (renaming
// "recall" to "f1 score" beside "f1-score" would make "recall + f1_score" read
// "f1_score + f1_score", for good). Nothing changes when `from` is not one of the metrics; the
// caller validates the result (a name that is already taken).
[[nodiscard]] Status renameMetric(Idea &idea, const QString &from, const QString &to);

struct ModelScore
{
    QString model;
    std::optional<double> value; // the one number; empty when it could not be computed
    int rank = 0;                // 1-based among models that are in; 0 when out
    bool out = false;            // misses a bound (or lacks a needed value)
    QStringList missedBounds;    // metric names whose bound the model misses
    QString note;                // e.g. which value is missing
};

// One number per model, the ranking, and which bounds each model misses. Bounds are checked
// in every combine mode; a model that misses one is out. An invalid formula is an error.
// Scores come back in the order of `metrics.results`; `rank` gives the ranking. In threshold mode
// the optimized metric's own bound does not rule models out.
Result<QList<ModelScore>> evaluateModels(const ProjectMetrics &metrics);
// Checks a formula against the metric names without any model values.
Result<Ok> validateFormula(const QString &formula, const QList<MetricDef> &metrics);

// What is wrong with a formula and where, for an editor that points at the place.
struct FormulaCheck
{
    bool ok = true;
    // The 0-based index in the formula's characters (QChars) where the parser stopped; it may
    // equal the formula's length (an expression that ends too early). -1 when the problem has
    // no place in the text (an empty formula, two metrics with the same formula name).
    int position = -1;
    QString message; // as validateFormula() gives it, with the position counted from 1
};
FormulaCheck checkFormula(const QString &formula, const QList<MetricDef> &metrics);

// The models the combine rule still ranks: a model that misses a bound is out of the ranking, so
// it is not "the best model" anywhere else either (the baselines' ladder, the window and the
// command line). When the rule cannot rank, every model counts.
QList<ModelResult> modelsInTheRanking(const ProjectMetrics &metrics);

} // namespace mlp
