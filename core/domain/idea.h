#pragma once

#include "core/domain/archetype.h"
#include "core/domain/baselines.h"
#include "core/domain/lifecycle.h"
#include "core/domain/metrics.h"
#include "core/domain/readiness.h"
#include "core/domain/scoring.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace mlp {

// A manual placement on the chart: visible, explained and clearable, never a rewrite of answers.
struct ManualOverride
{
    std::optional<double> impact;
    std::optional<double> feasibility;
    QString note;
    bool isSet() const { return impact.has_value() || feasibility.has_value(); }
    friend bool operator==(const ManualOverride &, const ManualOverride &) = default;
};

// One ML project idea, from first scoring through the lifecycle. A plain value.
struct Idea
{
    qint64 id = 0; // unique in the portfolio, > 0
    QString name;
    QString description;
    QString owner;
    Archetype archetype = Archetype::Software2;
    QMap<QString, QString> keyQuestionAnswers; // archetype key-question id -> answer text
    std::array<TriState, 3> flywheel {};
    std::optional<double> accuracyRequirement; // e.g. 0.99; 0 < a < 1
    QList<Rater> raters;
    ManualOverride manualOverride;
    Checklist checklist;
    Lifecycle lifecycle;
    ProjectMetrics metrics;
    QString baselineMetric; // the chosen metric's name for baselines
    QList<Baseline> baselines;
    ReadinessAnswers readiness; // the ML Test Score checklist (core/domain/readiness.h)
    friend bool operator==(const Idea &, const Idea &) = default;
};

struct Portfolio
{
    QString name;
    ScoringConfig config;
    QList<Idea> ideas;

    qint64 nextId() const;        // max id + 1
    int indexOf(qint64 id) const; // -1 when absent
    const Idea *find(qint64 id) const;
    Idea *find(qint64 id);
    // By id (decimal) or by exact name, then case-insensitive name. Ambiguous names fail.
    Result<qint64> resolve(const QString &idOrName) const;
    friend bool operator==(const Portfolio &, const Portfolio &) = default;
};

// The lifecycle operations applied to an idea: the idea with its lifecycle changed, or why
// the change is refused (see applyMove() and setOutcome()). Every front end changes an idea's
// stage or outcome through these. A forward move into Deploying & testing is also refused when
// the portfolio's readiness gate is on and the idea's readiness score is below its minimum.
Result<Idea> moveIdea(const Idea &idea, const MoveRequest &request, const QDateTime &now,
                      const ReadinessGate &gate);
Result<Idea> setIdeaOutcome(const Idea &idea, Outcome outcome, const QString &reason,
                            const QDateTime &now);

// Checks values a user or a file can get wrong: empty or duplicate-free names are not required
// to be unique, but must be non-empty; answers 0..5; accuracy in (0, 1); weights >= 0;
// thresholds within 0..10; cost base > 1. Messages name the idea and the field.
Status validateIdea(const Idea &idea);
Status validateConfig(const ScoringConfig &config);

} // namespace mlp
