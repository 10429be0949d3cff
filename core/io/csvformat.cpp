#include "core/io/csvformat.h"

#include "core/io/csvtext_p.h"
#include "core/io/formatkeys.h"

#include "core/domain/idindex.h"
#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <utility>

namespace mlp::io {

using namespace csv;

namespace {

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

Error parseError(int line, const QString &column, const QString &what)
{
    return makeError(Error::Code::Parse, fieldError(line, column, what));
}

// The bytes as text: UTF-8, with or without a byte order mark.
Result<QString> decodeCsv(const QByteArray &csv)
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
    return text;
}

// The header line: what each column holds.
struct Header
{
    QList<int> columnKind; // 0..FixedColumnCount-1, or FixedColumnCount + question index
    QStringList columnNames;
};

Result<Header> readHeader(const Record &headerRecord)
{
    Header header;
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
        header.columnNames << name;
        const int fixed = int(fixedColumns().indexOf(name));
        if (fixed >= 0) {
            header.columnKind << fixed;
        } else if (const std::optional<int> q = questionIndex(name)) {
            header.columnKind << FixedColumnCount + *q;
        } else {
            unknown << QLatin1Char('\'') + excerpt(name) + QLatin1Char('\'');
            header.columnKind << -1;
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
    return header;
}

// A key column (archetype, stage, outcome): empty leaves it unset.
template<typename T, typename FromKey>
std::optional<QString> readKey(const QString &value, std::optional<T> &out, FromKey fromKey,
                               const QString &keyList)
{
    if (value.isEmpty())
        return std::nullopt;
    out = fromKey(value);
    if (!out)
        return QCoreApplication::translate("mlp", "'%1' is not one of %2")
            .arg(excerpt(value), keyList);
    return std::nullopt;
}

std::optional<QString> readId(const QString &value, Row &row)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id < 1)
        return QCoreApplication::translate("mlp", "'%1' is not a whole number of at least 1")
            .arg(excerpt(value));
    if (id > kMaxIdeaId)
        return QCoreApplication::translate("mlp", "'%1' is too large for an id; ids go up to %2")
            .arg(excerpt(value))
            .arg(kMaxIdeaId);
    row.id = id;
    return std::nullopt;
}

std::optional<QString> readAccuracy(const QString &value, Row &row)
{
    if (value.isEmpty()) {
        row.accuracy = std::optional<double>();
        return std::nullopt;
    }
    bool ok = false;
    const double a = value.toDouble(&ok);
    if (!ok || !(a > 0 && a < 1))
        return QCoreApplication::translate(
                   "mlp", "'%1' is not a number strictly between 0 and 1, e.g. 0.99")
            .arg(excerpt(value));
    row.accuracy = std::optional<double>(a);
    return std::nullopt;
}

std::optional<QString> readAnswer(const QString &value, int question, Row &row)
{
    qint8 answer = 0;
    if (!value.isEmpty()) {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 1 || v > 5)
            return QCoreApplication::translate("mlp", "'%1' is not a number 1–5")
                .arg(excerpt(value));
        answer = static_cast<qint8>(v);
        row.hasAnswer = true;
    }
    row.answers.append({ question, answer });
    return std::nullopt;
}

// One field into `row`; what is wrong with it, if anything.
std::optional<QString> readField(int kind, const QString &raw, Row &row)
{
    const QString value = raw.trimmed();
    switch (kind) {
    case Id:
        return readId(value, row);
    case Name:
        row.name = restoreFormula(raw);
        return std::nullopt;
    case Owner:
        row.owner = restoreFormula(raw);
        return std::nullopt;
    case ArchetypeColumn:
        return readKey(value, row.archetype, archetypeFromKey, archetypeKeyList());
    case StageColumn:
        return readKey(value, row.stage, stageFromKey, stageKeyList());
    case OutcomeColumn:
        return readKey(value, row.outcome, outcomeFromKey, outcomeKeyList());
    case Accuracy:
        return readAccuracy(value, row);
    case RaterColumn:
        row.rater = restoreFormula(raw);
        return std::nullopt;
    default:
        return readAnswer(value, kind - FixedColumnCount, row);
    }
}

// Pass 1: every row parsed and checked on its own.
Result<QList<Row>> readRows(const QList<Record> &records, const Header &header,
                            const IdIndex &intoIndex)
{
    QList<Row> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        if (record.fields.size() != header.columnKind.size())
            return makeError(
                Error::Code::Parse,
                QCoreApplication::translate("mlp", "line %1: %2 fields, but the header has %3")
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(header.columnKind.size()));
        Row row;
        row.line = record.line;
        for (int c = 0; c < header.columnKind.size(); ++c) {
            if (const auto problem = readField(header.columnKind[c], record.fields[c], row))
                return parseError(row.line, header.columnNames[c], *problem);
        }
        const bool existing = row.id && intoIndex.contains(*row.id);
        if (!existing && row.name.trimmed().isEmpty())
            return parseError(row.line, QStringLiteral("name"),
                              QCoreApplication::translate("mlp", "a new idea needs a name"));
        rows.append(row);
    }
    return rows;
}

// Pass 2: rows grouped by idea and merged, all into a copy of the portfolio.
class Merge
{
public:
    Merge(const Portfolio &into, const IdIndex &intoIndex, const QList<Row> &rows)
        : m_result(into)
        , m_nextId(into.nextId())
        , m_ideaIndex(intoIndex)
    {
        for (const Row &row : rows) {
            if (row.id)
                m_nextId = std::max(m_nextId, *row.id + 1);
        }
    }

    Status add(const Row &row);
    Result<Portfolio> finish();

private:
    Result<qint64> idFor(const Row &row);
    Idea &ideaFor(qint64 id, const Row &row);
    Status sameFields(const Row &row, const Row &first, bool isNew) const;
    Status setFields(Idea &idea, const Row &row, bool isNew) const;
    Status addRater(Idea &idea, qint64 id, const Row &row);

    Portfolio m_result;
    qint64 m_nextId;
    QHash<QString, qint64> m_newIdeaByName;
    QHash<qint64, int> m_firstLine;                 // idea id -> first line that touched it
    QHash<qint64, Row> m_ideaFields;                // idea id -> the row that set its fields
    QHash<QPair<qint64, QString>, int> m_raterLine; // (idea, rater) -> line
    QSet<qint64> m_created;
    IdIndex m_ideaIndex;                                   // idea id -> index in m_result.ideas
    QHash<qint64, QHash<QString, qsizetype>> m_raterIndex; // idea id -> rater name -> index
};

Result<qint64> Merge::idFor(const Row &row)
{
    if (row.id)
        return *row.id;
    if (const auto it = m_newIdeaByName.constFind(row.name); it != m_newIdeaByName.constEnd())
        return *it;
    // The next id is checked like every other id: after the largest allowed one there is none
    // left, and an idea with a larger id would make the portfolio unreadable.
    if (Status free = checkIdeaId(m_nextId); !free)
        return makeError(Error::Code::Invalid,
                         fieldError(row.line, QStringLiteral("id"),
                                    QCoreApplication::translate(
                                        "mlp",
                                        "no id is left for a new idea (ids go up to %1); give it a "
                                        "free id in the id column")
                                        .arg(kMaxIdeaId)));
    const qint64 id = m_nextId++;
    m_newIdeaByName.insert(row.name, id);
    return id;
}

Idea &Merge::ideaFor(qint64 id, const Row &row)
{
    if (const int at = m_ideaIndex.positionOf(id); at >= 0)
        return m_result.ideas[at];
    Idea fresh;
    fresh.id = id;
    fresh.name = row.name;
    m_ideaIndex.insert(id, int(m_result.ideas.size()));
    m_result.ideas.append(fresh);
    m_created.insert(id);
    return m_result.ideas.last();
}

// Later rows of the same idea carry the same idea fields; a difference is a mistake.
Status Merge::sameFields(const Row &row, const Row &first, bool isNew) const
{
    auto differs = [&](const QString &column, const QString &a, const QString &b) {
        return parseError(row.line, column,
                          QCoreApplication::translate(
                              "mlp", "'%1' differs from '%2' on line %3 for the same idea")
                              .arg(excerpt(a), excerpt(b))
                              .arg(first.line));
    };
    if (row.name != first.name && !(row.name.isEmpty() && !isNew))
        return differs(QStringLiteral("name"), row.name, first.name);
    if (row.owner != first.owner)
        return differs(QStringLiteral("owner"), row.owner.value_or(QString()),
                       first.owner.value_or(QString()));
    if (row.archetype != first.archetype)
        return differs(QStringLiteral("archetype"),
                       row.archetype ? archetypeKey(*row.archetype) : QString(),
                       first.archetype ? archetypeKey(*first.archetype) : QString());
    if (row.stage != first.stage)
        return differs(QStringLiteral("stage"), row.stage ? stageKey(*row.stage) : QString(),
                       first.stage ? stageKey(*first.stage) : QString());
    if (row.outcome != first.outcome)
        return differs(QStringLiteral("outcome"),
                       row.outcome ? outcomeKey(*row.outcome) : QString(),
                       first.outcome ? outcomeKey(*first.outcome) : QString());
    if (row.accuracy != first.accuracy)
        return differs(QStringLiteral("accuracy_requirement"),
                       row.accuracy && *row.accuracy ? numberText(**row.accuracy) : QString(),
                       first.accuracy && *first.accuracy ? numberText(**first.accuracy)
                                                         : QString());
    return Ok {};
}

Status Merge::setFields(Idea &idea, const Row &row, bool isNew) const
{
    if (!row.name.isEmpty())
        idea.name = row.name;
    if (row.owner)
        idea.owner = *row.owner;
    if (row.archetype)
        idea.archetype = *row.archetype;
    if (row.accuracy)
        idea.accuracyRequirement = *row.accuracy;
    // The lifecycle moves only through recorded transitions; a CSV can start a new project in
    // a stage but cannot move an existing one.
    if (isNew) {
        if (row.stage)
            idea.lifecycle.stage = *row.stage;
        if (row.outcome) {
            idea.lifecycle.outcome = *row.outcome;
            if (*row.outcome == Outcome::Shelved)
                idea.lifecycle.outcomeReason
                    = QCoreApplication::translate("mlp", "Shelved before the CSV import");
        }
        return Ok {};
    }
    if (row.stage && *row.stage != idea.lifecycle.stage)
        return parseError(row.line, QStringLiteral("stage"),
                          QCoreApplication::translate(
                              "mlp",
                              "'%1' differs from the idea's stage '%2'; move projects in ML "
                              "Planner so the move is recorded")
                              .arg(stageKey(*row.stage), stageKey(idea.lifecycle.stage)));
    if (row.outcome && *row.outcome != idea.lifecycle.outcome)
        return parseError(row.line, QStringLiteral("outcome"),
                          QCoreApplication::translate(
                              "mlp",
                              "'%1' differs from the idea's outcome '%2'; change it in ML "
                              "Planner so the reason is recorded")
                              .arg(outcomeKey(*row.outcome), outcomeKey(idea.lifecycle.outcome)));
    return Ok {};
}

Status Merge::addRater(Idea &idea, qint64 id, const Row &row)
{
    const QPair<qint64, QString> raterKey { id, row.rater };
    if (const auto it = m_raterLine.constFind(raterKey); it != m_raterLine.constEnd())
        return parseError(
            row.line, QStringLiteral("rater"),
            QCoreApplication::translate("mlp", "'%1' already rated this idea on line %2")
                .arg(excerpt(row.rater))
                .arg(*it));
    m_raterLine.insert(raterKey, row.line);
    auto raters = m_raterIndex.find(id);
    if (raters == m_raterIndex.end()) {
        // The idea's raters by name; with equal names the last one is updated.
        raters = m_raterIndex.insert(id, {});
        for (qsizetype i = 0; i < idea.raters.size(); ++i)
            raters->insert(idea.raters[i].name, i);
    }
    Rater *rater = nullptr;
    if (const auto it = raters->constFind(row.rater); it != raters->constEnd()) {
        rater = &idea.raters[*it];
    } else {
        raters->insert(row.rater, idea.raters.size());
        idea.raters.append(Rater { row.rater, {} });
        rater = &idea.raters.last();
    }
    for (const auto &[question, answer] : row.answers)
        rater->answers[question] = answer;
    return Ok {};
}

Status Merge::add(const Row &row)
{
    const Result<qint64> id = idFor(row);
    if (!id)
        return id.error();
    Idea &idea = ideaFor(*id, row);
    const bool isNew = m_created.contains(*id);
    if (const auto it = m_ideaFields.constFind(*id); it != m_ideaFields.constEnd()) {
        if (Status same = sameFields(row, *it, isNew); !same)
            return same;
    } else {
        m_ideaFields.insert(*id, row);
        m_firstLine.insert(*id, row.line);
        if (Status set = setFields(idea, row, isNew); !set)
            return set;
    }
    if (row.rater.isEmpty() && !row.hasAnswer)
        return Ok {};
    return addRater(idea, *id, row);
}

Result<Portfolio> Merge::finish()
{
    for (const Idea &idea : m_result.ideas) {
        if (!m_firstLine.contains(idea.id))
            continue;
        if (Status valid = validateIdea(idea); !valid)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate("mlp", "line %1: %2")
                                 .arg(m_firstLine.value(idea.id))
                                 .arg(valid.error().message));
    }
    // The whole result passes the checks the loader runs, so an accepted import can never
    // leave a portfolio that no command can open.
    if (Status valid = validatePortfolio(m_result); !valid)
        return valid.error();
    return m_result;
}

} // namespace

CsvExport::CsvExport()
{
    QStringList header = fixedColumns();
    for (const Question &q : questions())
        header << q.id;
    QString text;
    appendRecord(text, header);
    m_out = text.toUtf8();
}

// Written straight into UTF-8 bytes, the columns an idea's rows share once: as a list of texts
// per row, with a number text per answer, the CSV export took three times as long as reading.
void CsvExport::add(const Idea &idea)
{
    m_prefix.resize(0);
    auto field = [this](QStringView text) {
        appendUtf8Field(m_prefix, text);
        m_prefix += ',';
    };
    m_prefix += QByteArray::number(idea.id);
    m_prefix += ',';
    field(neutraliseFormula(idea.name));
    field(neutraliseFormula(idea.owner));
    field(archetypeKey(idea.archetype));
    field(stageKey(idea.lifecycle.stage));
    field(outcomeKey(idea.lifecycle.outcome));
    field(idea.accuracyRequirement ? numberText(*idea.accuracyRequirement) : QString());
    if (idea.raters.isEmpty()) {
        m_out += m_prefix;
        m_out.append(kQuestionCount, ',');
        m_out += "\r\n";
        return;
    }
    for (const Rater &rater : idea.raters) {
        m_out += m_prefix;
        appendUtf8Field(m_out, neutraliseFormula(rater.name));
        for (int i = 0; i < kQuestionCount; ++i) {
            m_out += ',';
            const int answer = rater.answers[i];
            if (answer >= 1 && answer <= 9)
                m_out += char('0' + answer);
            else if (answer != 0)
                m_out += QByteArray::number(answer);
        }
        m_out += "\r\n";
    }
}

QByteArray CsvExport::finish()
{
    return std::exchange(m_out, {});
}

QByteArray exportCsv(const Portfolio &portfolio)
{
    CsvExport csv;
    for (const Idea &idea : portfolio.ideas)
        csv.add(idea);
    return csv.finish();
}

Result<Portfolio> importCsv(const QByteArray &csv, const Portfolio &into)
{
    const Result<QString> text = decodeCsv(csv);
    if (!text)
        return text.error();
    Result<QList<Record>> parsed = parseRecords(*text);
    if (!parsed)
        return parsed.error();
    const QList<Record> &records = *parsed;
    if (records.isEmpty())
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate("mlp", "The CSV is empty: expected a header line."));
    const Result<Header> header = readHeader(records.first());
    if (!header)
        return header.error();

    // Ideas by id, so that each row finds its idea in constant time: a linear search per row
    // made a CSV of many thousands of rows take minutes.
    IdIndex intoIndex;
    intoIndex.rebuild(into.ideas, [](const Idea &idea) { return idea.id; });

    const Result<QList<Row>> rows = readRows(records, *header, intoIndex);
    if (!rows)
        return rows.error();
    Merge merge(into, intoIndex, *rows);
    for (const Row &row : *rows) {
        if (Status added = merge.add(row); !added)
            return added.error();
    }
    return merge.finish();
}

} // namespace mlp::io
