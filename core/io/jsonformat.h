#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace mlp::io {

// The versioned, complete JSON form of a portfolio (docs/file-format.md).
// export -> import -> export gives identical bytes.
inline constexpr int kJsonFormatVersion = 1;
// The "format" member every export carries and every import checks.
inline const QString kJsonFormatTag = QStringLiteral("ml-planner-portfolio");
QByteArray exportJson(const Portfolio &portfolio);
// Refuses malformed JSON, a newer format version, and invalid values, naming where.
Result<Portfolio> importJson(const QByteArray &json);

} // namespace mlp::io
