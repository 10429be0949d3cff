#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace mlp::io {

// The versioned, complete JSON form of a portfolio (docs/file-format.md).
// export -> import -> export gives identical bytes.
inline constexpr int kJsonFormatVersion = 1;
QByteArray exportJson(const Portfolio &portfolio);
// Refuses malformed JSON, a newer format version, and invalid values, naming where.
Result<Portfolio> importJson(const QByteArray &json);

} // namespace mlp::io
