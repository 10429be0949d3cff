#pragma once

// CSV text as records and fields, shared by exportCsv() and importCsv() (core/io/csvformat.cpp).

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlp::io::csv {

// The columns before the question columns, in the order exports write them.
enum Column {
    Id,
    Name,
    Owner,
    ArchetypeColumn,
    StageColumn,
    OutcomeColumn,
    Accuracy,
    RaterColumn,
    FixedColumnCount
};
// Their names in the header line: id, name, owner, ...
const QStringList &fixedColumns();

// A text a spreadsheet would run as a formula is written with a leading apostrophe;
// restoreFormula() takes exactly that apostrophe away again.
QString neutraliseFormula(const QString &text);
QString restoreFormula(const QString &text);

// One RFC 4180 record, quoted where needed, ended by CRLF.
void appendRecord(QString &out, const QStringList &fields);
// One field of a record, quoted where needed, as UTF-8 (the bytes appendRecord()'s text gives in
// UTF-8): an export of 100,000 ideas writes it straight into its bytes.
void appendUtf8Field(QByteArray &out, QStringView field);

struct Record
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};
// RFC 4180 with the usual leniencies: LF or CRLF line ends, a missing final line end, and
// blank lines between records. Quoted fields keep their line breaks as written.
Result<QList<Record>> parseRecords(const QString &text);

} // namespace mlp::io::csv
