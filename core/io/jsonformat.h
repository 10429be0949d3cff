#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace mlp::io {

// The versioned, complete JSON form of a portfolio (docs/file-format.md).
// export -> import -> export gives identical bytes.
inline constexpr int kJsonFormatVersion = 1;
// The "format" member every export carries and every import checks.
inline const QString kJsonFormatTag = QStringLiteral("ml-planner-portfolio");
QByteArray exportJson(const Portfolio &portfolio);

namespace json {
class JsonWriter;
}
// exportJson()'s bytes written one idea at a time, in the portfolio's order, by a reader that
// does not hold the portfolio (PortfolioStore::readEachIdea): `settings` gives the name and the
// settings; each idea's text is written as it is added.
class JsonExport
{
public:
    JsonExport(const Portfolio &settings, qsizetype expectedIdeas);
    ~JsonExport();
    JsonExport(const JsonExport &) = delete;
    JsonExport &operator=(const JsonExport &) = delete;
    void add(const Idea &idea);
    // The bytes written so far, for writing out as the export is made; clearWritten() forgets
    // them, and finish() gives the rest.
    QByteArrayView written() const;
    void clearWritten();
    QByteArray finish(); // the document, or what is left of it; nothing may be added after

private:
    QString m_name;
    std::unique_ptr<json::JsonWriter> m_writer;
};
// The largest JSON document an import reads: 8 times the export of 100,000 ideas of the
// benchmarks' kind (357 MB). The import holds one idea's text at a time, so its memory grows
// with the portfolio it builds, not with this limit (docs/performance.md, "Import").
inline constexpr qint64 kMaxJsonImportSize = qint64(3) * 1024 * 1024 * 1024;
// Refuses malformed JSON, a newer format version, and invalid values, naming where.
Result<Portfolio> importJson(const QByteArray &json);
// The same, read from `input` a buffer at a time (the whole text is never held); more than
// `maxBytes` bytes are refused.
Result<Portfolio> importJson(QIODevice &input, qint64 maxBytes = kMaxJsonImportSize);

} // namespace mlp::io
