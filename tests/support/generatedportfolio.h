#pragma once

#include "core/domain/idea.h"

#include <QDateTime>

namespace mlp {

// A large generated portfolio for benchmarks and stress tests (deterministic for a seed).
Portfolio generatedPortfolio(int ideaCount, quint32 seed, const QDateTime &now);

// The same ideas as a portfolio that has run for years: about four in five projects are
// finished (shipped or shelved, with the date), and the histories go back as well as forward
// (backward moves with a reason), over about six years before `now`. What the lifecycle board
// and the flow analytics meet in a real team's file.
Portfolio generatedHistoryPortfolio(int ideaCount, quint32 seed, const QDateTime &now);

} // namespace mlp
