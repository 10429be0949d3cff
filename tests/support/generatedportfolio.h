#pragma once

#include "core/domain/idea.h"

#include <QDateTime>

namespace mlp {

// A large generated portfolio for benchmarks and stress tests (deterministic for a seed).
Portfolio generatedPortfolio(int ideaCount, quint32 seed, const QDateTime &now);

} // namespace mlp
