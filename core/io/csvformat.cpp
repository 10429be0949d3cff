#include "core/io/csvformat.h"

#include "core/io/formatkeys.h"

#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace mlp::io {

namespace {

enum Column { Id, Name, Owner, ArchetypeColumn, StageColumn, OutcomeColumn, Accuracy, RaterColumn, FixedColumnCount };

const QStringList &fixedColumns()
{
    static const QStringList names{
        QStringLiteral("id"),      QStringLiteral("name"),    QStringLiteral("owner"),
        QStringLiteral("archetype"), QStringLiteral("stage"), QStringLiteral("outcome"),
        QStringLiteral("accuracy_requirement"), QStringLiteral("rater"),
    };
    return names;
}

// Spreadsheets run a cell that starts with =, +, -, @, tab or carriage return as a formula
// (CSV injection). As OWASP recommends, such a text is exported with a leading apostrophe,
// which spreadsheets show as text; a text that already starts with apostrophes before one of
// those characters gets one more, so that the importer, which removes exactly one, gives back
// the original text in every case.
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

void appendRecord(QString &out, const QStringList &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendField(out, fields[i]);
    }
    out += QStringLiteral("\r\n");
}

struct Record
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};

// RFC 4180 with the usual leniencies: LF or CRLF line ends, a missing final line end, and
// blank lines between records. Quoted fields keep their line breaks as written.
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
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty() && !fieldStarted;
        if (!blank)
            records.append(record);
        record = Record{};
        fieldStarted = false;
    };

    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && atFieldStart) {
            const int startLine = line;
            fieldStarted = true;
            atFieldStart = false;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n'))
                    ++line;
                field += q;
                ++i;
            }
            if (!closed)
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

// One parsed data row, checked and ready to merge.
struct Row
{
    int line = 0;
    std::optional<qint64> id;
    QString name;
    std::optional<QString> owner;
    std::optional<Archetype> archetype;
    std::optional<Stage> stage;
    std::optional<Outcome> outcome;
    std::optional<std::optional<double>> accuracy; // outer: column present and set
    QString rater;
    QList<QPair<int, qint8>> answers; // question index, 0 = unanswered
    bool hasAnswer = false;
};

QString fieldError(int line, const QString &column, const QString &what)
{
    return QCoreApplication::translate("mlp", "line %1, field '%2': %3")
        .arg(line)
        .arg(column, what);
}

} // namespace

QByteArray exportCsv(const Portfolio &portfolio)
{
    QString out;
    QStringList header = fixedColumns();
    for (const Question &q : questions())
        header << q.id;
    appendRecord(out, header);
    for (const Idea &idea : portfolio.ideas) {
        QStringList fields{
            QString::number(idea.id),
            neutraliseFormula(idea.name),
            neutraliseFormula(idea.owner),
            archetypeKey(idea.archetype),
            stageKey(idea.lifecycle.stage),
            outcomeKey(idea.lifecycle.outcome),
            idea.accuracyRequirement ? numberText(*idea.accuracyRequirement) : QString(),
            QString(),
        };
        if (idea.raters.isEmpty()) {
            for (int i = 0; i < kQuestionCount; ++i)
                fields << QString();
            appendRecord(out, fields);
            continue;
        }
        for (const Rater &rater : idea.raters) {
            QStringList row = fields;
            row[RaterColumn] = neutraliseFormula(rater.name);
            for (int i = 0; i < kQuestionCount; ++i)
                row << (rater.answers[i] == 0 ? QString() : QString::number(rater.answers[i]));
            appendRecord(out, row);
        }
    }
    return out.toUtf8();
}

Result<Portfolio> importCsv(const QByteArray &csv, const Portfolio &into)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return makeError(Error::Code::Parse,
                         QCoreApplication::translate(
                             "mlp",
                             "The CSV is not UTF-8 text; save it from the spreadsheet as "
                             "\"CSV UTF-8\"."));
    Result<QList<Record>> parsed = parseRecords(text);
    if (!parsed)
        return parsed.error();
    const QList<Record> &records = *parsed;
    if (records.isEmpty())
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate("mlp", "The CSV is empty: expected a header line."));

    // Header: map each column to a fixed column or a question.
    const Record &headerRecord = records.first();
    QList<int> columnKind; // 0..FixedColumnCount-1, or FixedColumnCount + question index
    QStringList unknown;
    QSet<QString> seen;
    for (const QString &rawName : headerRecord.fields) {
        const QString name = rawName.trimmed();
        if (seen.contains(name))
            return makeError(
                Error::Code::Parse,
                QCoreApplication::translate("mlp", "line 1: the column '%1' appears twice")
                    .arg(excerpt(name)));
        seen.insert(name);
        const int fixed = int(fixedColumns().indexOf(name));
        if (fixed >= 0) {
            columnKind << fixed;
        } else if (const std::optional<int> q = questionIndex(name)) {
            columnKind << FixedColumnCount + *q;
        } else {
            unknown << QLatin1Char('\'') + excerpt(name) + QLatin1Char('\'');
            columnKind << -1;
        }
    }
    if (unknown.size() > 5) {
        const qsizetype more = unknown.size() - 5;
        unknown.resize(5);
        unknown << QCoreApplication::translate("mlp", "and %n more", nullptr, int(more));
    }
    if (!unknown.isEmpty())
        return makeError(Error::Code::Parse,
                         QCoreApplication::translate(
                             "mlp", "line 1: unknown columns %1; expected %2 and question ids")
                             .arg(unknown.join(QStringLiteral(", ")),
                                  fixedColumns().join(QStringLiteral(", "))));
    if (!seen.contains(QStringLiteral("name")))
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate("mlp", "line 1: the column 'name' is missing"));
    const QStringList columnNames = [&] {
        QStringList names;
        for (const QString &n : headerRecord.fields)
            names << n.trimmed();
        return names;
    }();

    // Ideas by id, so that each row finds its idea in constant time: a linear search per row
    // made a CSV of many thousands of rows take minutes.
    QHash<qint64, qsizetype> intoIndex;
    intoIndex.reserve(into.ideas.size());
    for (qsizetype i = 0; i < into.ideas.size(); ++i)
        intoIndex.insert(into.ideas[i].id, i);

    // Pass 1: every row parsed and checked on its own.
    QList<Row> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        if (record.fields.size() != columnKind.size())
            return makeError(
                Error::Code::Parse,
                QCoreApplication::translate("mlp", "line %1: %2 fields, but the header has %3")
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(columnKind.size()));
        Row row;
        row.line = record.line;
        for (int c = 0; c < columnKind.size(); ++c) {
            const QString value = record.fields[c].trimmed();
            const QString &column = columnNames[c];
            auto bad = [&](const QString &what) { return makeError(Error::Code::Parse, fieldError(row.line, column, what)); };
            switch (columnKind[c]) {
            case Id:
                if (!value.isEmpty()) {
                    bool ok = false;
                    const qint64 id = value.toLongLong(&ok);
                    if (!ok || id < 1)
                        return bad(QCoreApplication::translate(
                                       "mlp", "'%1' is not a whole number of at least 1")
                                       .arg(excerpt(value)));
                    if (id > kMaxIdeaId)
                        return bad(QCoreApplication::translate(
                                       "mlp", "'%1' is too large for an id; ids go up to %2")
                                       .arg(excerpt(value))
                                       .arg(kMaxIdeaId));
                    row.id = id;
                }
                break;
            case Name: row.name = restoreFormula(record.fields[c]); break;
            case Owner: row.owner = restoreFormula(record.fields[c]); break;
            case ArchetypeColumn:
                if (!value.isEmpty()) {
                    row.archetype = archetypeFromKey(value);
                    if (!row.archetype)
                        return bad(
                            QCoreApplication::translate(
                                "mlp",
                                "'%1' is not one of software2, human-in-the-loop, autonomous")
                                .arg(excerpt(value)));
                }
                break;
            case StageColumn:
                if (!value.isEmpty()) {
                    row.stage = stageFromKey(value);
                    if (!row.stage)
                        return bad(
                            QCoreApplication::translate(
                                "mlp", "'%1' is not one of planning, data, training, deploying")
                                .arg(excerpt(value)));
                }
                break;
            case OutcomeColumn:
                if (!value.isEmpty()) {
                    row.outcome = outcomeFromKey(value);
                    if (!row.outcome)
                        return bad(QCoreApplication::translate(
                                       "mlp", "'%1' is not one of active, shipped, shelved")
                                       .arg(excerpt(value)));
                }
                break;
            case Accuracy:
                if (value.isEmpty()) {
                    row.accuracy = std::optional<double>();
                } else {
                    bool ok = false;
                    const double a = value.toDouble(&ok);
                    if (!ok || !(a > 0 && a < 1))
                        return bad(
                            QCoreApplication::translate(
                                "mlp", "'%1' is not a number strictly between 0 and 1, e.g. 0.99")
                                .arg(excerpt(value)));
                    row.accuracy = std::optional<double>(a);
                }
                break;
            case RaterColumn: row.rater = restoreFormula(record.fields[c]); break;
            default: {
                const int question = columnKind[c] - FixedColumnCount;
                qint8 answer = 0;
                if (!value.isEmpty()) {
                    bool ok = false;
                    const int v = value.toInt(&ok);
                    if (!ok || v < 1 || v > 5)
                        return bad(QCoreApplication::translate("mlp", "'%1' is not a number 1–5")
                                       .arg(excerpt(value)));
                    answer = static_cast<qint8>(v);
                    row.hasAnswer = true;
                }
                row.answers.append({question, answer});
                break;
            }
            }
        }
        const bool existing = row.id && intoIndex.contains(*row.id);
        if (!existing && row.name.trimmed().isEmpty())
            return makeError(
                Error::Code::Parse,
                fieldError(row.line, QStringLiteral("name"),
                           QCoreApplication::translate("mlp", "a new idea needs a name")));
        rows.append(row);
    }

    // Pass 2: group rows by idea and merge, all into a copy.
    Portfolio result = into;
    qint64 nextId = result.nextId();
    for (const Row &row : rows) {
        if (row.id)
            nextId = std::max(nextId, *row.id + 1);
    }
    QHash<QString, qint64> newIdeaByName;
    QHash<qint64, int> firstLine;               // idea id -> first line that touched it
    QHash<qint64, Row> ideaFields;              // idea id -> the row that set its fields
    QHash<QPair<qint64, QString>, int> raterLine; // (idea, rater) -> line
    QSet<qint64> created;
    QHash<qint64, qsizetype> ideaIndex = intoIndex;        // idea id -> index in result.ideas
    QHash<qint64, QHash<QString, qsizetype>> raterIndex;   // idea id -> rater name -> index
    for (const Row &row : rows) {
        qint64 id = 0;
        if (row.id) {
            id = *row.id;
        } else if (const auto it = newIdeaByName.constFind(row.name); it != newIdeaByName.constEnd()) {
            id = *it;
        } else {
            // The next id is checked like every other id: after the largest allowed one there
            // is none left, and an idea with a larger id would make the portfolio unreadable.
            if (Status free = checkIdeaId(nextId); !free)
                return makeError(
                    Error::Code::Invalid,
                    fieldError(row.line, QStringLiteral("id"),
                               QCoreApplication::translate(
                                   "mlp",
                                   "no id is left for a new idea (ids go up to %1); give it a "
                                   "free id in the id column")
                                   .arg(kMaxIdeaId)));
            id = nextId++;
            newIdeaByName.insert(row.name, id);
        }

        Idea *idea = nullptr;
        if (const auto it = ideaIndex.constFind(id); it != ideaIndex.constEnd()) {
            idea = &result.ideas[*it];
        } else {
            Idea fresh;
            fresh.id = id;
            fresh.name = row.name;
            ideaIndex.insert(id, result.ideas.size());
            result.ideas.append(fresh);
            idea = &result.ideas.last();
            created.insert(id);
        }
        const bool isNew = created.contains(id);

        if (const auto it = ideaFields.constFind(id); it != ideaFields.constEnd()) {
            // Later rows of the same idea carry the same idea fields; a difference is a mistake.
            const Row &first = *it;
            auto differs = [&](const QString &column, const QString &a, const QString &b) {
                return makeError(
                    Error::Code::Parse,
                    fieldError(row.line, column,
                               QCoreApplication::translate(
                                   "mlp", "'%1' differs from '%2' on line %3 for the same idea")
                                   .arg(excerpt(a), excerpt(b))
                                   .arg(first.line)));
            };
            if (row.name != first.name && !(row.name.isEmpty() && !isNew))
                return differs(QStringLiteral("name"), row.name, first.name);
            if (row.owner != first.owner)
                return differs(QStringLiteral("owner"), row.owner.value_or(QString()), first.owner.value_or(QString()));
            if (row.archetype != first.archetype)
                return differs(QStringLiteral("archetype"), row.archetype ? archetypeKey(*row.archetype) : QString(),
                               first.archetype ? archetypeKey(*first.archetype) : QString());
            if (row.stage != first.stage)
                return differs(QStringLiteral("stage"), row.stage ? stageKey(*row.stage) : QString(),
                               first.stage ? stageKey(*first.stage) : QString());
            if (row.outcome != first.outcome)
                return differs(QStringLiteral("outcome"), row.outcome ? outcomeKey(*row.outcome) : QString(),
                               first.outcome ? outcomeKey(*first.outcome) : QString());
            if (row.accuracy != first.accuracy)
                return differs(QStringLiteral("accuracy_requirement"),
                               row.accuracy && *row.accuracy ? numberText(**row.accuracy) : QString(),
                               first.accuracy && *first.accuracy ? numberText(**first.accuracy) : QString());
        } else {
            ideaFields.insert(id, row);
            firstLine.insert(id, row.line);
            if (!row.name.isEmpty())
                idea->name = row.name;
            if (row.owner)
                idea->owner = *row.owner;
            if (row.archetype)
                idea->archetype = *row.archetype;
            if (row.accuracy)
                idea->accuracyRequirement = *row.accuracy;
            // The lifecycle moves only through recorded transitions; a CSV can start a new
            // project in a stage but cannot move an existing one.
            if (isNew) {
                if (row.stage)
                    idea->lifecycle.stage = *row.stage;
                if (row.outcome) {
                    idea->lifecycle.outcome = *row.outcome;
                    if (*row.outcome == Outcome::Shelved)
                        idea->lifecycle.outcomeReason
                            = QCoreApplication::translate("mlp", "Shelved before the CSV import");
                }
            } else {
                if (row.stage && *row.stage != idea->lifecycle.stage)
                    return makeError(
                        Error::Code::Parse,
                        fieldError(
                            row.line, QStringLiteral("stage"),
                            QCoreApplication::translate(
                                "mlp",
                                "'%1' differs from the idea's stage '%2'; move projects in ML "
                                "Planner so the move is recorded")
                                .arg(stageKey(*row.stage), stageKey(idea->lifecycle.stage))));
                if (row.outcome && *row.outcome != idea->lifecycle.outcome)
                    return makeError(
                        Error::Code::Parse,
                        fieldError(row.line, QStringLiteral("outcome"),
                                   QCoreApplication::translate(
                                       "mlp",
                                       "'%1' differs from the idea's outcome '%2'; change it in ML "
                                       "Planner so the reason is recorded")
                                       .arg(outcomeKey(*row.outcome),
                                            outcomeKey(idea->lifecycle.outcome))));
            }
        }

        if (row.rater.isEmpty() && !row.hasAnswer)
            continue;
        const QPair<qint64, QString> raterKey{id, row.rater};
        if (const auto it = raterLine.constFind(raterKey); it != raterLine.constEnd())
            return makeError(Error::Code::Parse,
                             fieldError(row.line, QStringLiteral("rater"),
                                        QCoreApplication::translate(
                                            "mlp", "'%1' already rated this idea on line %2")
                                            .arg(excerpt(row.rater))
                                            .arg(*it)));
        raterLine.insert(raterKey, row.line);
        auto raters = raterIndex.find(id);
        if (raters == raterIndex.end()) {
            // The idea's raters by name; with equal names the last one is updated.
            raters = raterIndex.insert(id, {});
            for (qsizetype i = 0; i < idea->raters.size(); ++i)
                raters->insert(idea->raters[i].name, i);
        }
        Rater *rater = nullptr;
        if (const auto it = raters->constFind(row.rater); it != raters->constEnd()) {
            rater = &idea->raters[*it];
        } else {
            raters->insert(row.rater, idea->raters.size());
            idea->raters.append(Rater{row.rater, {}});
            rater = &idea->raters.last();
        }
        for (const auto &[question, answer] : row.answers)
            rater->answers[question] = answer;
    }

    for (const Idea &idea : result.ideas) {
        if (!firstLine.contains(idea.id))
            continue;
        if (Status valid = validateIdea(idea); !valid)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate("mlp", "line %1: %2")
                                 .arg(firstLine.value(idea.id))
                                 .arg(valid.error().message));
    }
    // The whole result passes the checks the loader runs, so an accepted import can never
    // leave a portfolio that no command can open.
    if (Status valid = validatePortfolio(result); !valid)
        return valid.error();
    return result;
}

} // namespace mlp::io
