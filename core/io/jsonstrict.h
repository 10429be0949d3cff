#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mlp::io {

// What Qt's JSON parser accepts but RFC 8259 (or safety) does not, found in a document that
// parsed: a raw control character inside a string, a member name that appears twice in one
// object (the parser keeps the last one, dropping the first silently), and a lone UTF-16
// surrogate escape such as "a\ud800b" (the parser turns it into another character and loses
// the next one). `offset` is the byte where the problem starts.
struct JsonLeniency
{
    qsizetype offset = 0;
    QString what;
};
std::optional<JsonLeniency> findJsonLeniency(const QByteArray &json);

} // namespace mlp::io
