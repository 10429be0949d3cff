#pragma once

#include "core/domain/idea.h"

#include <QDateTime>

namespace mlp {

// A realistic portfolio from the course's examples: ideas over all three archetypes, projects
// in all four stages, backward moves with reasons, metrics with model results, baselines.
// Deterministic for a given `now`.
Portfolio samplePortfolio(const QDateTime &now);

} // namespace mlp
