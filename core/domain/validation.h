#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QString>
#include <QStringView>

// The valid range of every number and the size of every text a portfolio may hold, in one
// place: the .mlplan loader, the JSON and CSV importers, the command line and the window all
// check against these, so a value accepted on one way in is accepted on all of them, and no
// accepted value can make a score infinite or not a number. docs/file-format.md lists them.
namespace mlp {

// Idea ids: 1 to 2^53 - 1, the largest whole number a JSON number keeps exactly. The next id
// after the largest must stay in range too, so an import that would need a larger one is
// refused.
inline constexpr qint64 kMinIdeaId = 1;
inline constexpr qint64 kMaxIdeaId = 9007199254740991;

// Question weights, cost-driver weights and metric weights: 0 to 100.
inline constexpr double kMaxWeight = 100.0;
// The cost base of the accuracy cost factor: more than 1, at most 20. With an accuracy
// requirement below 1 the factor stays finite (at most about 1e21).
inline constexpr double kMinCostBaseExclusive = 1.0;
inline constexpr double kMaxCostBase = 20.0;
// Thresholds and manual overrides: 0 to 10, like the scores.
inline constexpr double kMaxScoreValue = 10.0;
// Metric values, bounds and baseline values: -1e15 to 1e15 (finite, and far from overflowing
// when weighted and summed).
inline constexpr double kMaxMetricMagnitude = 1e15;

// Text sizes, in UTF-16 code units (QString::size()).
// Names: ideas, owners, raters, who moved a project, metrics and units, models, baseline
// labels, quadrants, the portfolio.
inline constexpr qsizetype kMaxNameLength = 500;
// Free text: descriptions, reasons, notes, key-question answers, baseline sources.
inline constexpr qsizetype kMaxTextLength = 20000;
// A metric formula.
inline constexpr qsizetype kMaxFormulaLength = 2000;

// The largest JSON or CSV file an import reads: far above any real portfolio (10,000 ideas
// are about 35 MB of JSON), small enough that reading it cannot exhaust memory.
inline constexpr qint64 kMaxImportFileSize = 256 * 1024 * 1024;

// Why `id` is not a valid idea id, or Ok.
Status checkIdeaId(qint64 id);

// A control character that must not be stored in text: C0 controls other than tab, line feed
// and carriage return, DEL, and the C1 controls (U+0080–U+009F). Escape sequences for
// terminals start with these.
bool isForbiddenControl(QChar c);
// The first forbidden control character's position in `text`, or -1.
qsizetype forbiddenControlAt(QStringView text);

enum class TextKind { Name, Text, Formula };
qsizetype maxLength(TextKind kind);
// Why `text` cannot be stored as a `kind` (too long, or holds a control character), or Ok.
// `field` names the field in the message, e.g. "name".
Status checkText(const QString &field, QStringView text, TextKind kind);

// Every check a whole portfolio must pass before it is written or after it is read: the
// portfolio name, the scoring settings, every idea (validateIdea), and ids unique and in
// range. Imports run it on their result before anything is committed, so an import never
// produces a portfolio that the loader would refuse.
Status validatePortfolio(const Portfolio &portfolio);

// At most `maxChars` characters of `text` for quoting in a message, with "…" where it was cut
// and control characters shown visibly; a 10 MB value gives a short message.
QString excerpt(QStringView text, qsizetype maxChars = 40);

// `text` with control characters replaced by visible stand-ins (U+2400–U+2421, e.g. ␛ for
// ESC; C1 controls as U+FFFD), so printing it to a terminal can never run an escape sequence.
// Line feeds, carriage returns and tabs are kept when `keepLineBreaks` is set.
QString visibleText(QStringView text, bool keepLineBreaks = false);

} // namespace mlp
