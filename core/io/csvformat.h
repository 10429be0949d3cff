#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mlp::io {

// Ideas and their scores as CSV for people coming from spreadsheets (docs/file-format.md).
// RFC 4180 quoting; UTF-8 with or without BOM on input; written as UTF-8 without BOM.
// One row per idea and rater.
QByteArray exportCsv(const Portfolio &portfolio);
// The same, an idea at a time as a reader hands them over (PortfolioStore::readEachIdea), in the
// portfolio's order; finish() gives what exportCsv() gives for those ideas.
class CsvExport
{
public:
    CsvExport(); // the header
    void add(const Idea &idea);
    // The bytes written so far (whole records), for writing out as the export is made;
    // clearWritten() forgets them, and finish() gives the rest.
    QByteArrayView written() const { return m_out; }
    void clearWritten() { m_out.resize(0); } // the memory is kept for what follows
    QByteArray finish();                     // nothing may be added after

private:
    QByteArray m_out;    // UTF-8
    QByteArray m_prefix; // an idea's columns before the rater's, the same on each of its rows
};
// Merges the rows into `into` and returns the result, all-or-nothing: rows whose id matches an
// existing idea update it, others become new ideas. Malformed input names line and field.
Result<Portfolio> importCsv(const QByteArray &csv, const Portfolio &into);

} // namespace mlp::io
