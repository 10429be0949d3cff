#pragma once

#include "core/domain/archetype.h"
#include "core/domain/lifecycle.h"
#include "core/domain/scoring.h"
#include "core/domain/validation.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mlp::io {

// Stable keys shared by the .mlplan file, JSON and CSV for values whose domain header has
// no key function of its own. Keys never change once released: files depend on them.
QString aggregationKey(Aggregation aggregation); // median, mean
std::optional<Aggregation> aggregationFromKey(const QString &key);
QString quadrantKey(Quadrant quadrant); // do-first, big-bet, small-win, avoid
inline constexpr int kNamedQuadrantCount = 4;
// A feasibility driver's key by its index 0..kDriverCount-1: data, accuracy, difficulty.
QString driverKey(int driver);
QString triStateKey(TriState state); // unknown, yes, no
std::optional<TriState> triStateFromKey(const QString &key);
QString checklistAnswerKey(ChecklistAnswer answer); // unanswered, yes, no
std::optional<ChecklistAnswer> checklistAnswerFromKey(const QString &key);

// ISO-8601 in UTC with milliseconds, e.g. 2024-01-01T09:00:00.000Z.
QString timestampText(const QDateTime &at);
// The text QDateTime::toString gives of `at` in UTC — Qt::ISODateWithMs when `withMs`
// ("2024-01-01T09:00:00.000Z"), else Qt::ISODate ("2024-01-01T09:00:00Z") — for a valid time in
// the years 1000 to 9999, written to `out` (room for 24 characters) without Qt's formatting,
// which was a tenth of a reading command at 100,000 ideas. Returns the characters written, or
// 0 for any other time (then format it with Qt).
int utcTimestampChars(const QDateTime &at, bool withMs, char *out);
// Accepts ISO-8601 with or without milliseconds and with Z or an offset; empty when invalid.
std::optional<QDateTime> timestampFromText(const QString &text);

// The largest idea id a file may hold (see domain/validation.h, where every limit lives).
inline constexpr qint64 kMaxIdeaId = mlp::kMaxIdeaId;

// Shortest text that reads back as the same double.
QString numberText(double value);

} // namespace mlp::io
