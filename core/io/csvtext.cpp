#include "core/io/csvtext_p.h"

#include <QCoreApplication>

namespace mlp::io::csv {

const QStringList &fixedColumns()
{
    static const QStringList names {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("owner"),
        QStringLiteral("archetype"),
        QStringLiteral("stage"),
        QStringLiteral("outcome"),
        QStringLiteral("accuracy_requirement"),
        QStringLiteral("rater"),
    };
    return names;
}

// Spreadsheets run a cell that starts with =, +, -, @, tab or carriage return as a formula
// (CSV injection). As OWASP recommends, such a text is exported with a leading apostrophe,
// which spreadsheets show as text; a text that already starts with apostrophes before one of
// those characters gets one more, so that the importer, which removes exactly one, gives back
// the original text in every case.
namespace {

bool startsLikeAFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    if (i == text.size())
        return false;
    const QChar c = text.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString neutraliseFormula(const QString &text)
{
    return startsLikeAFormula(text) ? QLatin1Char('\'') + text : text;
}

QString restoreFormula(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && startsLikeAFormula(text))
        return text.mid(1);
    return text;
}

namespace {

void appendField(QString &out, const QString &field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote) {
        out += field;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

} // namespace

void appendUtf8Field(QByteArray &out, QStringView field)
{
    // One pass finds both whether it is quoted and whether it is plain ASCII (most are).
    bool quote = false;
    bool ascii = true;
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        quote = quote || u == u',' || u == u'"' || u == u'\n' || u == u'\r';
        ascii = ascii && u < 0x80;
    }
    if (!quote && ascii) {
        const qsizetype at = out.size();
        out.resize(at + field.size());
        char *to = out.data() + at;
        for (const QChar c : field)
            *to++ = char(c.unicode());
        return;
    }
    if (!quote) {
        out += field.toUtf8();
        return;
    }
    QString quoted;
    appendField(quoted, field.toString());
    out += quoted.toUtf8();
}

void appendRecord(QString &out, const QStringList &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendField(out, fields[i]);
    }
    out += QStringLiteral("\r\n");
}

namespace {

// Reads the quoted field that opens at text[i] into `field`, doubled quotes as one, and leaves
// `i` after its closing quote; `line` counts the line breaks inside. False when it never closes.
bool readQuoted(const QString &text, qsizetype &i, QString &field, int &line)
{
    const qsizetype n = text.size();
    ++i;
    while (i < n) {
        const QChar q = text.at(i);
        if (q == QLatin1Char('"')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                i += 2;
                continue;
            }
            ++i;
            return true;
        }
        if (q == QLatin1Char('\n'))
            ++line;
        field += q;
        ++i;
    }
    return false;
}

} // namespace

Result<QList<Record>> parseRecords(const QString &text)
{
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool fieldStarted = false; // the record has content: a character, a quote or a comma
    bool atFieldStart = true;
    const qsizetype n = text.size();
    qsizetype i = 0;

    auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        const bool blank
            = record.fields.size() == 1 && record.fields.first().isEmpty() && !fieldStarted;
        if (!blank)
            records.append(record);
        record = Record {};
        fieldStarted = false;
    };

    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && atFieldStart) {
            const int startLine = line;
            fieldStarted = true;
            atFieldStart = false;
            if (!readQuoted(text, i, field, line))
                return makeError(Error::Code::Parse,
                                 QCoreApplication::translate(
                                     "mlp", "line %1, field %2: a quoted field is not closed")
                                     .arg(startLine)
                                     .arg(record.fields.size() + 1));
            if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n')
                && text.at(i) != QLatin1Char('\r'))
                return makeError(
                    Error::Code::Parse,
                    QCoreApplication::translate(
                        "mlp",
                        "line %1, field %2: text follows the closing quote of a quoted field")
                        .arg(line)
                        .arg(record.fields.size() + 1));
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
            atFieldStart = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            endRecord();
            atFieldStart = true;
            ++line;
            record.line = line;
            continue;
        }
        if (c == QLatin1Char('"'))
            return makeError(
                Error::Code::Parse,
                QCoreApplication::translate("mlp",
                                            "line %1, field %2: a quote inside an unquoted field "
                                            "(quote the whole field and "
                                            "double the quotes inside it)")
                    .arg(line)
                    .arg(record.fields.size() + 1));
        field += c;
        fieldStarted = true;
        atFieldStart = false;
        ++i;
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace mlp::io::csv
