#include "portfoliofile.h"

#include "io/formatkeys.h"
#include "storage/filelock.h"
#include "storage/leftovers.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <vector>

namespace mlp {

using namespace storage;

namespace {

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

// A rater's answers are one digit per question ('0' = unanswered), in the order the file's
// "answer-order" setting lists the question ids. The ids are written once per file instead of
// once per answer, which keeps the raters column a few dozen characters per idea.
QString answerOrderText()
{
    QString text;
    for (int i = 0; i < kQuestionCount; ++i) {
        if (i > 0)
            text += QLatin1Char(';');
        text += questions()[i].id;
    }
    return text;
}

// The file's answer order as catalogue indices; nullopt for an unknown or repeated id.
std::optional<std::vector<int>> decodeAnswerOrder(QStringView text)
{
    std::vector<int> order;
    if (text.isEmpty())
        return order;
    std::array<bool, kQuestionCount> seen{};
    for (QStringView id : text.split(QLatin1Char(';'))) {
        int found = -1;
        for (int k = 0; k < kQuestionCount && found < 0; ++k) {
            if (questions()[k].id == id)
                found = k;
        }
        if (found < 0 || seen[found])
            return std::nullopt;
        seen[found] = true;
        order.push_back(found);
    }
    return order;
}

void appendAnswers(QString &out, const Answers &answers)
{
    for (int i = 0; i < kQuestionCount; ++i)
        out += QLatin1Char(static_cast<char>('0' + answers[i]));
}

// Reads one digit per entry of `order` at `pos`, moving `pos` past them.
bool readAnswers(QStringView in, qsizetype &pos, const std::vector<int> &order, Answers &answers)
{
    answers.fill(0);
    if (in.size() - pos < qsizetype(order.size()))
        return false;
    for (const int index : order) {
        const char16_t digit = in[pos++].unicode();
        if (digit < u'0' || digit > u'5')
            return false;
        answers[index] = static_cast<qint8>(digit - u'0');
    }
    return true;
}

// Short texts that repeat from idea to idea (rater names, who moved a project) share one
// string instead of each allocating its own: a few recent ones are remembered.
class Interner
{
public:
    QString get(QStringView text)
    {
        if (text.size() > 64)
            return text.toString();
        for (const QString &known : m_recent) {
            if (known.size() == text.size() && QStringView(known) == text)
                return known;
        }
        return remember(text.toString());
    }
    QString get(const QString &text)
    {
        if (text.size() > 64)
            return text;
        for (const QString &known : m_recent) {
            if (known == text)
                return known;
        }
        return remember(text);
    }

private:
    QString remember(const QString &fresh)
    {
        m_recent[m_next] = fresh;
        m_next = (m_next + 1) % int(m_recent.size());
        return fresh;
    }

    std::array<QString, 16> m_recent;
    int m_next = 0;
};

// Key lookups for loading: comparing against a few cached keys is much cheaper than the
// general (case-insensitive) *FromKey functions when done for every row.
template<typename E, int N>
class KeyTable
{
public:
    explicit KeyTable(QString (*keyOf)(E))
    {
        for (int i = 0; i < N; ++i)
            m_keys[i] = keyOf(static_cast<E>(i));
    }
    std::optional<E> find(QStringView key) const
    {
        for (int i = 0; i < N; ++i) {
            if (m_keys[i] == key)
                return static_cast<E>(i);
        }
        return std::nullopt;
    }

private:
    std::array<QString, N> m_keys;
};

// Small fixed-key maps live in one column as "key=value;key=value": keys are stable ids
// without ';' or '=', values are fixed keys. One column instead of a row per item keeps
// loading a large portfolio fast.
template<typename F>
bool forEachPair(QStringView text, F handle)
{
    if (text.isEmpty())
        return true;
    for (QStringView item : text.split(QLatin1Char(';'))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0 || !handle(item.first(eq), item.sliced(eq + 1)))
            return false;
    }
    return true;
}

QString encodeFlywheel(const std::array<TriState, 3> &answers)
{
    QString text;
    const auto &fw = flywheelQuestions();
    for (int i = 0; i < int(fw.size()); ++i) {
        if (answers[i] == TriState::Unknown)
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += fw[i].id + QLatin1Char('=') + io::triStateKey(answers[i]);
    }
    return text;
}

bool decodeFlywheel(QStringView text, std::array<TriState, 3> &answers)
{
    static const KeyTable<TriState, 3> states(io::triStateKey);
    const auto &fw = flywheelQuestions();
    return forEachPair(text, [&](QStringView key, QStringView value) {
        const auto answer = states.find(value);
        for (int i = 0; answer && i < int(fw.size()); ++i) {
            if (fw[i].id == key) {
                answers[i] = *answer;
                return true;
            }
        }
        return false;
    });
}

QString encodeChecklist(const Checklist &checklist)
{
    QString text;
    for (auto it = checklist.cbegin(); it != checklist.cend(); ++it) {
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += it.key() + QLatin1Char('=') + io::checklistAnswerKey(it.value());
    }
    return text;
}

bool decodeChecklist(QStringView text, Checklist &checklist)
{
    static const KeyTable<ChecklistAnswer, 3> answers(io::checklistAnswerKey);
    return forEachPair(text, [&](QStringView key, QStringView value) {
        const auto answer = answers.find(value);
        if (!answer)
            return false;
        // Known items share the catalogue's key strings instead of allocating their own.
        for (const ChecklistItem &item : checklistItems()) {
            if (item.id == key) {
                checklist.insert(item.id, *answer);
                return true;
            }
        }
        checklist.insert(key.toString(), *answer);
        return true;
    });
}

// Most ideas share one of a few checklists (often all answered): equal columns decode to one
// shared Checklist, which also makes freeing a loaded portfolio cheaper.
class ChecklistCache
{
public:
    bool decode(const QString &text, Checklist &checklist)
    {
        if (const auto it = m_known.constFind(text); it != m_known.constEnd()) {
            checklist = *it;
            return true;
        }
        if (!decodeChecklist(text, checklist))
            return false;
        if (m_known.size() < 256)
            m_known.insert(text, checklist);
        return true;
    }

private:
    QHash<QString, Checklist> m_known;
};

// Raters and the stage history are one column each of `ideas`: a row per rater or move would
// mean tens of thousands of rows to read for a large portfolio. Free text inside them is
// length-prefixed ("<UTF-16 length>:<text>"), so any character may appear in it.
void appendText(QString &out, const QString &text)
{
    out += QString::number(text.size());
    out += QLatin1Char(':');
    out += text;
}

// Reads a length-prefixed text at `pos`, moving `pos` past it.
bool readText(QStringView in, qsizetype &pos, QStringView &out)
{
    qsizetype length = 0;
    qsizetype digits = 0;
    while (pos < in.size() && in[pos] >= QLatin1Char('0') && in[pos] <= QLatin1Char('9') && digits < 10) {
        length = length * 10 + (in[pos].unicode() - '0');
        ++pos;
        ++digits;
    }
    if (digits == 0 || pos >= in.size() || in[pos] != QLatin1Char(':') || length > in.size() - pos - 1)
        return false;
    out = in.sliced(pos + 1, length);
    pos += 1 + length;
    return true;
}

bool readText(QStringView in, qsizetype &pos, QString &out)
{
    QStringView view;
    if (!readText(in, pos, view))
        return false;
    out = view.toString();
    return true;
}

bool readText(QStringView in, qsizetype &pos, QString &out, Interner &interner)
{
    QStringView view;
    if (!readText(in, pos, view))
        return false;
    out = interner.get(view);
    return true;
}

// Reads up to (not including) `end` at `pos`, moving `pos` past the terminator.
bool readUntil(QStringView in, qsizetype &pos, QChar end, QStringView &out)
{
    const qsizetype found = in.indexOf(end, pos);
    if (found < 0)
        return false;
    out = in.sliced(pos, found - pos);
    pos = found + 1;
    return true;
}

bool readChar(QStringView in, qsizetype &pos, char16_t expected)
{
    if (pos >= in.size() || in[pos].unicode() != expected)
        return false;
    ++pos;
    return true;
}

// "<name><answers>\n" per rater, in order: 3:Ann4500300000000000
QString encodeRaters(const QList<Rater> &raters)
{
    QString text;
    text.reserve(raters.size() * (kQuestionCount + 16));
    for (const Rater &rater : raters) {
        appendText(text, rater.name);
        appendAnswers(text, rater.answers);
        text += QLatin1Char('\n');
    }
    return text;
}

bool decodeRaters(QStringView text, const std::vector<int> &order, Interner &names, QList<Rater> &raters)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        Rater &rater = raters.emplace_back();
        if (!readText(text, pos, rater.name, names) || !readAnswers(text, pos, order, rater.answers)
            || !readChar(text, pos, u'\n'))
            return false;
    }
    return true;
}

// "<at ms>;<from>;<to>;<who><trigger><reason><override note>\n" per move, in order.
QString encodeHistory(const QList<Transition> &history)
{
    QString text;
    for (const Transition &t : history) {
        text += QString::number(t.at.toMSecsSinceEpoch());
        text += QLatin1Char(';');
        text += stageKey(t.from);
        text += QLatin1Char(';');
        text += stageKey(t.to);
        text += QLatin1Char(';');
        appendText(text, t.who);
        appendText(text, t.triggerId);
        appendText(text, t.reason);
        appendText(text, t.checklistOverrideNote);
        text += QLatin1Char('\n');
    }
    return text;
}

bool decodeHistory(QStringView text, Interner &names, QList<Transition> &history)
{
    static const KeyTable<Stage, kStageCount> stages(stageKey);
    qsizetype pos = 0;
    while (pos < text.size()) {
        Transition &t = history.emplace_back();
        QStringView at, from, to;
        if (!readUntil(text, pos, QLatin1Char(';'), at) || !readUntil(text, pos, QLatin1Char(';'), from)
            || !readUntil(text, pos, QLatin1Char(';'), to))
            return false;
        bool ok = false;
        const qint64 ms = at.toLongLong(&ok);
        const auto fromStage = stages.find(from);
        const auto toStage = stages.find(to);
        if (!ok || !fromStage || !toStage)
            return false;
        t.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        t.from = *fromStage;
        t.to = *toStage;
        if (!readText(text, pos, t.who, names) || !readText(text, pos, t.triggerId, names)
            || !readText(text, pos, t.reason) || !readText(text, pos, t.checklistOverrideNote)
            || !readChar(text, pos, u'\n'))
            return false;
    }
    return true;
}

// Numbers inside packed text: the shortest form that reads back to the same double.
void appendNumber(QString &out, double value)
{
    out += QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool readNumber(QStringView in, qsizetype &pos, double &out)
{
    QStringView text;
    if (!readUntil(in, pos, QLatin1Char(';'), text))
        return false;
    bool ok = false;
    out = text.toDouble(&ok);
    return ok;
}

// The rarely needed parts of an idea, one record per line, each starting with a letter; a
// part left at its default is left out, so an idea without metrics or baselines has '':
//   r<kind>;<formula direction>;<optimize><formula>        combine rule
//   b<baseline metric>
//   k<key question id><answer>                            one per key-question answer
//   m<direction>;<weight>;<bound or empty>;<name><unit>   one per metric definition, in order
//   o<model>                                              one per model result, in order,
//   v<value>;<metric>                                     followed by its values
//   l<kind>;<value>;<fair checked 0|1>;<label><source>    one per baseline, in order
// Free text is length-prefixed as in the raters column.
QString encodeDetails(const Idea &idea)
{
    QString text;
    const CombineRule &rule = idea.metrics.rule;
    if (rule != CombineRule{}) {
        text += QLatin1Char('r');
        text += combineKindKey(rule.kind);
        text += QLatin1Char(';');
        text += directionKey(rule.formulaDirection);
        text += QLatin1Char(';');
        appendText(text, rule.optimize);
        appendText(text, rule.formula);
        text += QLatin1Char('\n');
    }
    if (!idea.baselineMetric.isEmpty()) {
        text += QLatin1Char('b');
        appendText(text, idea.baselineMetric);
        text += QLatin1Char('\n');
    }
    for (auto it = idea.keyQuestionAnswers.cbegin(); it != idea.keyQuestionAnswers.cend(); ++it) {
        text += QLatin1Char('k');
        appendText(text, it.key());
        appendText(text, it.value());
        text += QLatin1Char('\n');
    }
    for (const MetricDef &m : idea.metrics.metrics) {
        text += QLatin1Char('m');
        text += directionKey(m.direction);
        text += QLatin1Char(';');
        appendNumber(text, m.weight);
        text += QLatin1Char(';');
        if (m.bound)
            appendNumber(text, *m.bound);
        text += QLatin1Char(';');
        appendText(text, m.name);
        appendText(text, m.unit);
        text += QLatin1Char('\n');
    }
    for (const ModelResult &r : idea.metrics.results) {
        text += QLatin1Char('o');
        appendText(text, r.model);
        text += QLatin1Char('\n');
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            text += QLatin1Char('v');
            appendNumber(text, it.value());
            text += QLatin1Char(';');
            appendText(text, it.key());
            text += QLatin1Char('\n');
        }
    }
    for (const Baseline &b : idea.baselines) {
        text += QLatin1Char('l');
        text += baselineKindKey(b.kind);
        text += QLatin1Char(';');
        appendNumber(text, b.value);
        text += QLatin1Char(';');
        text += QLatin1Char(b.fairChecked ? '1' : '0');
        text += QLatin1Char(';');
        appendText(text, b.label);
        appendText(text, b.source);
        text += QLatin1Char('\n');
    }
    return text;
}

bool decodeDetails(QStringView text, Idea &idea)
{
    static const KeyTable<CombineKind, 3> combineKinds(combineKindKey);
    static const KeyTable<Direction, 2> directions(directionKey);
    static const KeyTable<BaselineKind, kBaselineKindCount> baselineKinds(baselineKindKey);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const char16_t tag = text[pos++].unicode();
        QStringView word;
        switch (tag) {
        case u'r': {
            CombineRule &rule = idea.metrics.rule;
            if (!readUntil(text, pos, QLatin1Char(';'), word))
                return false;
            const auto kind = combineKinds.find(word);
            if (!kind || !readUntil(text, pos, QLatin1Char(';'), word))
                return false;
            const auto direction = directions.find(word);
            if (!direction || !readText(text, pos, rule.optimize) || !readText(text, pos, rule.formula))
                return false;
            rule.kind = *kind;
            rule.formulaDirection = *direction;
            break;
        }
        case u'b':
            if (!readText(text, pos, idea.baselineMetric))
                return false;
            break;
        case u'k': {
            QString id, answer;
            if (!readText(text, pos, id) || !readText(text, pos, answer))
                return false;
            idea.keyQuestionAnswers.insert(id, answer);
            break;
        }
        case u'm': {
            MetricDef &m = idea.metrics.metrics.emplace_back();
            if (!readUntil(text, pos, QLatin1Char(';'), word))
                return false;
            const auto direction = directions.find(word);
            if (!direction || !readNumber(text, pos, m.weight) || !readUntil(text, pos, QLatin1Char(';'), word))
                return false;
            m.direction = *direction;
            if (!word.isEmpty()) {
                bool ok = false;
                m.bound = word.toDouble(&ok);
                if (!ok)
                    return false;
            }
            if (!readText(text, pos, m.name) || !readText(text, pos, m.unit))
                return false;
            break;
        }
        case u'o':
            if (!readText(text, pos, idea.metrics.results.emplace_back().model))
                return false;
            break;
        case u'v': {
            double value = 0;
            QString metric;
            if (idea.metrics.results.isEmpty() || !readNumber(text, pos, value) || !readText(text, pos, metric))
                return false;
            idea.metrics.results.last().values.insert(metric, value);
            break;
        }
        case u'l': {
            Baseline &b = idea.baselines.emplace_back();
            if (!readUntil(text, pos, QLatin1Char(';'), word))
                return false;
            const auto kind = baselineKinds.find(word);
            if (!kind || !readNumber(text, pos, b.value) || !readUntil(text, pos, QLatin1Char(';'), word)
                || (word != QLatin1String("0") && word != QLatin1String("1")) || !readText(text, pos, b.label)
                || !readText(text, pos, b.source))
                return false;
            b.kind = *kind;
            b.fairChecked = word == QLatin1String("1");
            break;
        }
        default:
            return false;
        }
        if (!readChar(text, pos, u'\n'))
            return false;
    }
    return true;
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and hold '' instead.
QVariant notNullText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

QVariant timestampValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timestampFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString settingKeyForQuestion(int index)
{
    return QStringLiteral("question-weight.") + questions()[index].id;
}

QString settingKeyForDriver(int driver)
{
    return QStringLiteral("driver-weight.") + groupKey(static_cast<QuestionGroup>(driver + 1));
}

QString settingKeyForQuadrant(int quadrant)
{
    return QStringLiteral("quadrant-name.") + io::quadrantKey(static_cast<Quadrant>(quadrant));
}

// A prepared statement for writing ideas, reused across the ideas of one transaction.
class IdeaWriter
{
public:
    explicit IdeaWriter(QSqlDatabase &db) : m_idea(db)
    {
        m_ok = m_idea.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO ideas (id, position, name, description, owner, archetype, accuracy, "
            "override_impact, override_feasibility, override_note, stage, outcome, outcome_reason, created_at, "
            "flywheel, checklist, raters, history, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!m_ok)
            m_error = m_idea.lastError();
    }

    bool ok() const { return m_ok; }
    QSqlError error() const { return m_error; }

    bool write(const Idea &idea, qint64 position)
    {
        const std::initializer_list<QVariant> values{
            idea.id, position, idea.name, idea.description, idea.owner, archetypeKey(idea.archetype),
            optionalDouble(idea.accuracyRequirement), optionalDouble(idea.manualOverride.impact),
            optionalDouble(idea.manualOverride.feasibility), idea.manualOverride.note,
            stageKey(idea.lifecycle.stage), outcomeKey(idea.lifecycle.outcome), idea.lifecycle.outcomeReason,
            timestampValue(idea.lifecycle.createdAt), encodeFlywheel(idea.flywheel),
            encodeChecklist(idea.checklist), encodeRaters(idea.raters), encodeHistory(idea.lifecycle.history),
            encodeDetails(idea)};
        int i = 0;
        for (const QVariant &v : values)
            m_idea.bindValue(i++, notNullText(v));
        if (m_idea.exec())
            return true;
        m_error = m_idea.lastError();
        return false;
    }

private:
    QSqlQuery m_idea;
    bool m_ok = false;
    QSqlError m_error;
};

bool deleteIdea(QSqlDatabase &db, qint64 id, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM ideas WHERE id = ?"))) {
        *error = query.lastError();
        return false;
    }
    query.bindValue(0, id);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

bool writeSettings(QSqlDatabase &db, const QString &name, const ScoringConfig &config, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM settings"))
        || !query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"))) {
        *error = query.lastError();
        return false;
    }
    auto put = [&](const QString &key, const QVariant &value) {
        query.bindValue(0, key);
        query.bindValue(1, notNullText(value));
        if (query.exec())
            return true;
        *error = query.lastError();
        return false;
    };
    bool ok = put(QStringLiteral("name"), name)
              && put(QStringLiteral("aggregation"), io::aggregationKey(config.aggregation))
              && put(QStringLiteral("cost-base"), config.costBase)
              && put(QStringLiteral("impact-threshold"), config.impactThreshold)
              && put(QStringLiteral("feasibility-threshold"), config.feasibilityThreshold)
              && put(QStringLiteral("answer-order"), answerOrderText());
    for (int i = 0; ok && i < kQuestionCount; ++i)
        ok = put(settingKeyForQuestion(i), config.questionWeights[i]);
    for (int i = 0; ok && i < kDriverCount; ++i)
        ok = put(settingKeyForDriver(i), config.driverWeights[i]);
    for (int i = 0; ok && i < io::kNamedQuadrantCount; ++i)
        ok = put(settingKeyForQuadrant(i), config.quadrantNames[i]);
    return ok;
}

} // namespace

struct PortfolioFile::Private
{
    QString path;
    // The writer lock (exclusive) or, for a reader of a file without a live writer, the shared
    // lock that keeps a writer from starting while it reads. Taken before SQLite sees the file.
    FileLock lock;
    std::unique_ptr<Connection> connection;
    // A reader of a file with leftovers reads a private copy with them applied (leftovers.h).
    std::unique_ptr<QTemporaryDir> scratch;
    bool readOnly = false;
    bool inWal = false;
    // Set once the file is open: after the first committed change the file switches to WAL.
    // Until then the file is only read, so opening, loading and closing without a change leave
    // it byte-for-byte unchanged, modification time included.
    bool walOnFirstWrite = false;
    bool marked = false; // a change of this session has been committed in rollback mode
    // Written with every change (settings row "session"): ties the -wal file to this session,
    // so a -wal found beside the file later can be told from one of another file or session.
    QString sessionMark = QUuid::createUuid().toString(QUuid::WithoutBraces);

    ~Private()
    {
        // A closed portfolio is one self-contained file: fold the WAL back in, so that the
        // next open (or a copy by any tool) needs no side files. While another process still
        // reads, this waits for it; if it cannot, the -wal stays and the next open folds it.
        if (connection && inWal) {
            QSqlError ignored;
            exec(connection->db(), QStringLiteral("PRAGMA journal_mode = DELETE"), &ignored);
        }
        connection.reset(); // before the lock is let go
    }

    Error error(const QSqlError &e, const char *what) const { return sqlError(path, e, what); }

    // Runs `body` in one committed write transaction; rolls back when it fails.
    template<typename F>
    Status transaction(const char *what, F body)
    {
        if (readOnly)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp", "%1 was opened for reading only; nothing was changed.")
                                 .arg(nativePath(path)));
        if (walOnFirstWrite && marked && !inWal) {
            // Tried once: a file system without WAL (or a reader that does not let go) keeps
            // the file in rollback mode, which is slower but just as safe.
            walOnFirstWrite = false;
            enterWal();
        }
        QSqlDatabase &db = connection->db();
        QSqlError e;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &e))
            return error(e, what);
        if (!body(db, &e) || !writeMark(db, &e)) {
            QSqlError ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return error(e, what);
        }
        if (!exec(db, QStringLiteral("COMMIT"), &e)) {
            QSqlError ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return error(e, what);
        }
        marked = true;
        return Ok{};
    }

    bool writeMark(QSqlDatabase &db, QSqlError *e) const
    {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"))) {
            *e = q.lastError();
            return false;
        }
        q.bindValue(0, QString::fromLatin1(kSessionKey));
        q.bindValue(1, sessionMark);
        if (!q.exec()) {
            *e = q.lastError();
            return false;
        }
        return true;
    }

    // While open after a change: WAL, so that a durable edit costs one fsync and readers in
    // other processes read a consistent state while the window writes. Normal locking mode
    // (the -shm file holds the WAL index) lets those readers in; the writer lock keeps out
    // every other writer.
    void enterWal()
    {
        QSqlQuery q(connection->db());
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
            inWal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    }
};

PortfolioFile::PortfolioFile(std::unique_ptr<Private> d) : d(std::move(d)) {}

PortfolioFile::~PortfolioFile() = default;

QString PortfolioFile::path() const
{
    return d->path;
}

namespace {

Result<std::unique_ptr<Connection>> connectWritable(const QString &path)
{
    auto connection = std::make_unique<Connection>(path, OpenAs::Write);
    if (!connection->open())
        return sqlError(path, connection->db().lastError(),
                        QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    QSqlError e;
    if (!exec(connection->db(), QStringLiteral("PRAGMA trusted_schema = OFF"), &e))
        return sqlError(path, e, QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    return connection;
}

// Rollback journal with synchronous=FULL. Writes nothing by itself, except that a -wal already
// judged to belong to this file (leftovers.h) is folded back in.
Status enterRollbackMode(QSqlDatabase &db, const QString &path)
{
    QSqlError e;
    for (const char *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL"}) {
        if (!exec(db, QString::fromLatin1(pragma), &e))
            return sqlError(path, e, QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    }
    return Ok{};
}

Result<std::unique_ptr<Connection>> connectAndVerify(const QString &path, OpenAs how,
                                                     Integrity integrity)
{
    auto connection = std::make_unique<Connection>(path, how);
    if (!connection->open())
        return sqlError(path, connection->db().lastError(),
                        QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    if (Status status = verify(connection->db(), path, integrity); !status)
        return status.error();
    return connection;
}

} // namespace

Result<std::unique_ptr<PortfolioFile>> PortfolioFile::create(const QString &path, const Portfolio &initial)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp", "%1 already exists; choose another name.")
                .arg(nativePath(path)));
    if (Status valid = validateConfig(initial.config); !valid)
        return valid.error();
    for (const Idea &idea : initial.ideas) {
        if (Status valid = validateIdea(idea); !valid)
            return valid.error();
    }
    {
        // Made here, empty and only if it does not exist, so the lock is taken before SQLite
        // writes the first byte (an empty file is an empty database to SQLite).
        QFile fresh(path);
        if (!fresh.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("mlp", "%1 cannot be created: %2")
                                 .arg(nativePath(path), fresh.errorString()));
    }
    auto d = std::make_unique<Private>();
    d->path = path;
    auto fail = [&](const Error &error) -> Result<std::unique_ptr<PortfolioFile>> {
        d.reset();
        QFile::remove(path);
        return error;
    };
    Error lockError;
    if (d->lock.take(path, FileLock::Mode::Exclusive, &lockError) != FileLock::Outcome::Taken)
        return fail(lockError);
    {
        auto connection = connectWritable(path);
        if (!connection)
            return fail(connection.error());
        d->connection = std::move(*connection);
    }
    // Created in rollback mode, so the header and schema reach the main file at this commit;
    // the next change switches the file to WAL.
    const char *what = QT_TRANSLATE_NOOP("mlp", "creating the file failed");
    Status created = enterRollbackMode(d->connection->db(), path);
    if (created)
        created = d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
            if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), e)
                || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), e)
                || !createSchema(db, e) || !writeSettings(db, initial.name, initial.config, e))
                return false;
            IdeaWriter writer(db);
            if (!writer.ok()) {
                *e = writer.error();
                return false;
            }
            for (int i = 0; i < initial.ideas.size(); ++i) {
                if (!writer.write(initial.ideas[i], i)) {
                    *e = writer.error();
                    return false;
                }
            }
            return true;
        });
    if (!created)
        return fail(created.error());
    d->walOnFirstWrite = true;
    return std::unique_ptr<PortfolioFile>(new PortfolioFile(std::move(d)));
}

namespace {

// A reader: never writes the file or creates, changes or removes a file beside it.
Result<std::unique_ptr<Connection>> connectReader(const QString &path, FileLock &lock,
                                                  std::unique_ptr<QTemporaryDir> &scratch)
{
    Error lockError;
    switch (lock.take(path, FileLock::Mode::Shared, &lockError)) {
    case FileLock::Outcome::Failed:
        return lockError;
    case FileLock::Outcome::HeldByWriter:
        // A live writer: its -wal, -shm and -journal are its own. SQLite's read-only mode
        // reads the last committed state beside it and never checkpoints or removes them.
        return connectAndVerify(path, OpenAs::ReadOnly, Integrity::Quick);
    case FileLock::Outcome::Taken:
        break;
    }
    // No writer, and none can start while the shared lock is held.
    const LeftoverFiles found = findLeftovers(path);
    if (!found.any())
        return connectAndVerify(path, OpenAs::Immutable, Integrity::Quick);
    scratch = std::make_unique<QTemporaryDir>();
    const LeftoverVerdict verdict = judgeLeftovers(path, found, *scratch);
    if (verdict.kind != LeftoverVerdict::Belongs)
        return verdict.error;
    // The changes of an interrupted session, read from the private copy; the next writer
    // folds them into the file itself.
    auto connection = std::make_unique<Connection>(verdict.copyPath, OpenAs::Immutable);
    if (!connection->open())
        return sqlError(path, connection->db().lastError(),
                        QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    return connection;
}

} // namespace

Result<std::unique_ptr<PortfolioFile>> PortfolioFile::open(const QString &path, Access access)
{
    return openImpl(path, access, false);
}

Status PortfolioFile::recover(const QString &path)
{
    auto opened = openImpl(path, Access::Write, true);
    if (!opened)
        return opened.error();
    return Ok{};
}

Result<std::unique_ptr<PortfolioFile>> PortfolioFile::openImpl(const QString &givenPath,
                                                               Access access,
                                                               bool acceptUnknownLeftovers)
{
    const Result<Header> header = readHeader(givenPath);
    if (!header)
        return header.error();
    if (Status status = checkVersion(givenPath, header->userVersion); !status)
        return status.error();
    // SQLite names the -wal and -journal after the file a symlink points to; so do the
    // leftover checks, which therefore work on that path too.
    const QString canonical = QFileInfo(givenPath).canonicalFilePath();
    const QString path = canonical.isEmpty() ? givenPath : canonical;

    auto d = std::make_unique<Private>();
    d->path = givenPath;
    if (access == Access::Read) {
        d->readOnly = true;
        auto connection = connectReader(path, d->lock, d->scratch);
        if (!connection)
            return connection.error();
        d->connection = std::move(*connection);
        return std::unique_ptr<PortfolioFile>(new PortfolioFile(std::move(d)));
    }

    Error lockError;
    if (d->lock.take(path, FileLock::Mode::Exclusive, &lockError) != FileLock::Outcome::Taken)
        return lockError;

    // Leftovers are judged on a copy before SQLite may apply them to the file: only those of
    // this file's own last session are applied without being asked (see leftovers.h).
    const LeftoverFiles found = findLeftovers(path);
    if (found.any()) {
        const QTemporaryDir scratch;
        const LeftoverVerdict verdict = judgeLeftovers(path, found, scratch);
        if (verdict.kind == LeftoverVerdict::Damaging
            || (verdict.kind == LeftoverVerdict::Unknown && !acceptUnknownLeftovers))
            return verdict.error;
    }

    // A file in rollback mode is checked in full through a read-only connection, so a refused
    // file is left unchanged. Leftovers (judged above) can only be applied by a writer, which
    // then checks the result before anything else is written.
    if (!found.any()) {
        // Immutable: no side files even for a file whose header still says WAL. Nothing else
        // can write it while the writer lock is held.
        auto checked = connectAndVerify(path, OpenAs::Immutable, Integrity::Full);
        if (!checked)
            return checked.error();
    }
    {
        auto connection = connectWritable(path);
        if (!connection)
            return connection.error();
        d->connection = std::move(*connection);
    }
    QSqlDatabase &db = d->connection->db();
    if (found.any()) {
        if (Status status = verify(db, path, Integrity::Full); !status)
            return status.error();
    }
    if (Status rollback = enterRollbackMode(db, path); !rollback)
        return rollback.error();

    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (Status status = checkVersion(path, *version); !status)
        return status.error();
    d->walOnFirstWrite = true;
    for (int from = *version; from < kSchemaVersion; ++from) {
        const char *what = QT_TRANSLATE_NOOP("mlp", "updating the file format failed");
        const Status migrated = d->transaction(what, [&](QSqlDatabase &tx, QSqlError *e) {
            return updateSchema(tx, from, e)
                   && exec(tx, QStringLiteral("PRAGMA user_version = %1").arg(from + 1), e);
        });
        if (!migrated)
            return migrated.error();
    }
    return std::unique_ptr<PortfolioFile>(new PortfolioFile(std::move(d)));
}

Status PortfolioFile::checkIntegrity() const
{
    return verify(d->connection->db(), d->path, Integrity::Full);
}

Result<Portfolio> PortfolioFile::load() const
{
    QSqlDatabase &db = d->connection->db();
    Portfolio portfolio;
    auto corrupt = [&](const QString &what) {
        return makeError(
            Error::Code::Corrupt,
            QCoreApplication::translate("mlp", "%1 holds a value ML Planner cannot read: %2")
                .arg(nativePath(d->path), what));
    };
    auto select = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        return query.exec(sql);
    };

    // One read transaction, so the tables are read as one consistent state.
    QSqlError e;
    if (!exec(db, QStringLiteral("BEGIN"), &e))
        return d->error(e, QT_TRANSLATE_NOOP("mlp", "reading the file failed"));
    struct EndRead
    {
        QSqlDatabase &db;
        ~EndRead()
        {
            QSqlError ignored;
            exec(db, QStringLiteral("COMMIT"), &ignored);
        }
    } endRead{db};

    std::vector<int> answerOrder;
    {
        QSqlQuery q(db);
        if (!select(q, QStringLiteral("SELECT key, value FROM settings")))
            return d->error(q.lastError(), QT_TRANSLATE_NOOP("mlp", "reading the settings failed"));
        QHash<QString, QVariant> settings;
        while (q.next())
            settings.insert(q.value(0).toString(), q.value(1));
        ScoringConfig &config = portfolio.config;
        portfolio.name = settings.value(QStringLiteral("name")).toString();
        if (auto it = settings.constFind(QStringLiteral("aggregation")); it != settings.constEnd()) {
            const auto aggregation = io::aggregationFromKey(it->toString());
            if (!aggregation)
                return corrupt(
                    QCoreApplication::translate("mlp", "aggregation '%1'").arg(it->toString()));
            config.aggregation = *aggregation;
        }
        auto number = [&](const QString &key, double &target) {
            if (auto it = settings.constFind(key); it != settings.constEnd())
                target = it->toDouble();
        };
        number(QStringLiteral("cost-base"), config.costBase);
        number(QStringLiteral("impact-threshold"), config.impactThreshold);
        number(QStringLiteral("feasibility-threshold"), config.feasibilityThreshold);
        for (int i = 0; i < kQuestionCount; ++i)
            number(settingKeyForQuestion(i), config.questionWeights[i]);
        for (int i = 0; i < kDriverCount; ++i)
            number(settingKeyForDriver(i), config.driverWeights[i]);
        for (int i = 0; i < io::kNamedQuadrantCount; ++i) {
            if (auto it = settings.constFind(settingKeyForQuadrant(i)); it != settings.constEnd())
                config.quadrantNames[i] = it->toString();
        }
        const auto fileOrder = decodeAnswerOrder(settings.value(QStringLiteral("answer-order")).toString());
        if (!fileOrder)
            return corrupt(QCoreApplication::translate("mlp", "answer order '%1'")
                               .arg(settings.value(QStringLiteral("answer-order")).toString()));
        answerOrder = *fileOrder;
    }

    static const KeyTable<Archetype, kArchetypeCount> archetypes(archetypeKey);
    static const KeyTable<Stage, kStageCount> stages(stageKey);
    static const KeyTable<Outcome, 3> outcomes(outcomeKey);

    QSqlQuery q(db);
    if (!select(q, QStringLiteral("SELECT count(*) FROM ideas")) || !q.next())
        return d->error(q.lastError(), QT_TRANSLATE_NOOP("mlp", "reading the ideas failed"));
    const qsizetype count = q.value(0).toLongLong();
    // Read in storage order and sort afterwards: cheaper than walking the position index.
    QList<Idea> unordered;
    std::vector<std::pair<qint64, int>> order;
    unordered.reserve(count);
    order.reserve(count);
    if (!select(q, QStringLiteral("SELECT id, position, name, description, owner, archetype, accuracy, "
                                  "override_impact, override_feasibility, override_note, stage, outcome, "
                                  "outcome_reason, created_at, flywheel, checklist, raters, history, details "
                                  "FROM ideas")))
        return d->error(q.lastError(), QT_TRANSLATE_NOOP("mlp", "reading the ideas failed"));
    Interner names;
    ChecklistCache checklists;
    while (q.next()) {
        Idea &idea = unordered.emplace_back();
        idea.id = q.value(0).toLongLong();
        // The id is an INTEGER PRIMARY KEY, so a tampered file may hold 0, a negative one or one
        // so large that the next new id would overflow.
        if (idea.id < 1 || idea.id > io::kMaxIdeaId)
            return corrupt(QCoreApplication::translate("mlp", "idea id %1 is outside 1–%2")
                               .arg(idea.id)
                               .arg(io::kMaxIdeaId));
        order.emplace_back(q.value(1).toLongLong(), int(unordered.size() - 1));
        idea.name = q.value(2).toString();
        idea.description = q.value(3).toString();
        // Owners repeat from idea to idea: equal ones share one string.
        idea.owner = names.get(q.value(4).toString());
        const auto archetype = archetypes.find(q.value(5).toString());
        const auto stage = stages.find(q.value(10).toString());
        const auto outcome = outcomes.find(q.value(11).toString());
        if (!archetype || !stage || !outcome)
            return corrupt(QCoreApplication::translate(
                               "mlp", "idea %1 has an unknown archetype, stage or outcome")
                               .arg(idea.id));
        idea.archetype = *archetype;
        idea.accuracyRequirement = toOptionalDouble(q.value(6));
        idea.manualOverride.impact = toOptionalDouble(q.value(7));
        idea.manualOverride.feasibility = toOptionalDouble(q.value(8));
        idea.manualOverride.note = q.value(9).toString();
        idea.lifecycle.stage = *stage;
        idea.lifecycle.outcome = *outcome;
        idea.lifecycle.outcomeReason = q.value(12).toString();
        idea.lifecycle.createdAt = timestampFromValue(q.value(13));
        if (!decodeFlywheel(q.value(14).toString(), idea.flywheel)
            || !checklists.decode(q.value(15).toString(), idea.checklist))
            return corrupt(QCoreApplication::translate(
                               "mlp", "idea %1 has an unknown flywheel or checklist answer")
                               .arg(idea.id));
        if (!decodeRaters(q.value(16).toString(), answerOrder, names, idea.raters))
            return corrupt(
                QCoreApplication::translate("mlp", "idea %1 has unreadable raters' answers")
                    .arg(idea.id));
        if (!decodeHistory(q.value(17).toString(), names, idea.lifecycle.history))
            return corrupt(
                QCoreApplication::translate("mlp", "idea %1 has an unreadable stage history")
                    .arg(idea.id));
        if (!decodeDetails(q.value(18).toString(), idea))
            return corrupt(
                QCoreApplication::translate(
                    "mlp", "idea %1 has unreadable metrics, baselines or key-question answers")
                    .arg(idea.id));
    }
    if (q.lastError().isValid())
        return d->error(q.lastError(), QT_TRANSLATE_NOOP("mlp", "reading the ideas failed"));
    std::stable_sort(order.begin(), order.end());
    portfolio.ideas.reserve(unordered.size());
    for (const auto &entry : order)
        portfolio.ideas.append(std::move(unordered[entry.second]));
    return portfolio;
}

Status PortfolioFile::upsertIdea(const Idea &idea)
{
    if (Status valid = validateIdea(idea); !valid)
        return valid;
    const char *what = QT_TRANSLATE_NOOP("mlp", "saving the idea failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        qint64 position = 0;
        {
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("SELECT position FROM ideas WHERE id = ?"))) {
                *e = q.lastError();
                return false;
            }
            q.bindValue(0, idea.id);
            if (!q.exec()) {
                *e = q.lastError();
                return false;
            }
            if (q.next()) {
                position = q.value(0).toLongLong();
            } else {
                if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM ideas")) || !q.next()) {
                    *e = q.lastError();
                    return false;
                }
                position = q.value(0).toLongLong();
            }
        }
        IdeaWriter writer(db);
        if (!writer.ok() || !writer.write(idea, position)) {
            *e = writer.error();
            return false;
        }
        return true;
    });
}

Status PortfolioFile::removeIdea(qint64 id)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "removing the idea failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        return deleteIdea(db, id, e);
    });
}

Status PortfolioFile::saveSettings(const QString &portfolioName, const ScoringConfig &config)
{
    if (Status valid = validateConfig(config); !valid)
        return valid;
    const char *what = QT_TRANSLATE_NOOP("mlp", "saving the settings failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        return writeSettings(db, portfolioName, config, e);
    });
}

Status PortfolioFile::replaceAll(const Portfolio &portfolio)
{
    if (Status valid = validateConfig(portfolio.config); !valid)
        return valid;
    QSet<qint64> ids;
    for (const Idea &idea : portfolio.ideas) {
        if (Status valid = validateIdea(idea); !valid)
            return valid;
        if (ids.contains(idea.id))
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "Two ideas have the id %1.").arg(idea.id));
        ids.insert(idea.id);
    }
    const char *what = QT_TRANSLATE_NOOP("mlp", "saving the portfolio failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        if (!exec(db, QStringLiteral("DELETE FROM ideas"), e))
            return false;
        if (!writeSettings(db, portfolio.name, portfolio.config, e))
            return false;
        IdeaWriter writer(db);
        if (!writer.ok()) {
            *e = writer.error();
            return false;
        }
        for (int i = 0; i < portfolio.ideas.size(); ++i) {
            if (!writer.write(portfolio.ideas[i], i)) {
                *e = writer.error();
                return false;
            }
        }
        return true;
    });
}

Status PortfolioFile::saveCopyAs(const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    const QFileInfo self(d->path);
    const QString targetCanonical = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    if (targetCanonical == self.canonicalFilePath() || FileLock::sameFile(targetPath, d->path))
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate(
                "mlp", "%1 is the open portfolio itself; choose another name for the copy.")
                .arg(nativePath(targetPath)));
    // Never replace a portfolio that another window or process has open.
    if (target.exists() && FileLock::writerHolds(targetPath))
        return makeError(Error::Code::Locked, lockedMessage(targetPath));

    // VACUUM INTO needs a name that does not exist yet: a fresh file beside the target, which
    // then replaces the target atomically through QSaveFile.
    QTemporaryFile staging(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                           + QStringLiteral(".XXXXXX"));
    if (!staging.open())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), staging.errorString()));
    staging.close();
    {
        QSqlQuery q(d->connection->db());
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return d->error(q.lastError(), QT_TRANSLATE_NOOP("mlp", "writing the copy failed"));
        q.bindValue(0, staging.fileName());
        if (!q.exec())
            return d->error(q.lastError(), QT_TRANSLATE_NOOP("mlp", "writing the copy failed"));
    }
    {
        // The copy is a file of its own: without this session's mark, a -wal of the original
        // put beside the copy is never taken for the copy's own.
        Connection copy(staging.fileName(), OpenAs::Write);
        QSqlError e;
        if (!copy.open()
            || !exec(copy.db(),
                     QStringLiteral("DELETE FROM settings WHERE key = '%1'")
                         .arg(QLatin1String(kSessionKey)),
                     &e))
            return sqlError(targetPath, copy.db().isOpen() ? e : copy.db().lastError(),
                            QT_TRANSLATE_NOOP("mlp", "writing the copy failed"));
    }
    QFile source(staging.fileName());
    QSaveFile out(targetPath);
    if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), out.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                                 .arg(nativePath(targetPath), out.errorString()));
        }
    }
    if (!out.commit())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), out.errorString()));
    return Ok{};
}

} // namespace mlp
