#include "storage/ideacodecs.h"

#include "core/io/formatkeys.h"

#include <QLocale>

namespace mlp::storage {

// A rater's answers are one digit per question ('0' = unanswered), in the order the file's
// "answer-order" setting lists the question ids. The ids are written once per file instead of
// once per answer, which keeps the raters column a few dozen characters per idea.
QString encodeAnswerOrder()
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
    std::array<bool, kQuestionCount> seen {};
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

static void appendAnswers(QString &out, const Answers &answers)
{
    for (int i = 0; i < kQuestionCount; ++i)
        out += QLatin1Char(static_cast<char>('0' + answers[i]));
}

// Reads one digit per entry of `order` at `pos`, moving `pos` past them.
static bool readAnswers(QStringView in, qsizetype &pos, const std::vector<int> &order,
                        Answers &answers)
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

QString encodeAnswers(const Answers &answers)
{
    QString text;
    text.reserve(kQuestionCount);
    appendAnswers(text, answers);
    return text;
}

bool decodeAnswers(QStringView text, const std::vector<int> &order, Answers &answers)
{
    qsizetype pos = 0;
    return readAnswers(text, pos, order, answers) && pos == text.size();
}

// Small fixed-key maps live in one column as "key=value;key=value": keys are stable ids
// without ';' or '=', values are fixed keys. One column instead of a row per item keeps
// loading a large portfolio fast.
template<typename F> static bool forEachPair(QStringView text, F handle)
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

QString encodeReadiness(const ReadinessAnswers &answers)
{
    QString text;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (it.value() == ReadinessLevel::None)
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += it.key() + QLatin1Char('=') + readinessLevelKey(it.value());
    }
    return text;
}

bool decodeReadiness(QStringView text, ReadinessAnswers &answers)
{
    return forEachPair(text, [&](QStringView key, QStringView value) {
        const auto level = readinessLevelFromKey(value.toString());
        if (!level)
            return false;
        for (const ReadinessTest &test : readinessTests()) {
            if (test.id == key) {
                if (*level != ReadinessLevel::None)
                    answers.insert(test.id, *level);
                return true;
            }
        }
        return false;
    });
}

bool ChecklistCache::decode(const QString &text, Checklist &checklist)
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

// Raters and the stage history are one column each of `ideas`: a row per rater or move would
// mean tens of thousands of rows to read for a large portfolio. Free text inside them is
// length-prefixed ("<UTF-16 length>:<text>"), so any character may appear in it.
static void appendText(QString &out, const QString &text)
{
    out += QString::number(text.size());
    out += QLatin1Char(':');
    out += text;
}

// Reads a length-prefixed text at `pos`, moving `pos` past it.
static bool readText(QStringView in, qsizetype &pos, QStringView &out)
{
    qsizetype length = 0;
    qsizetype digits = 0;
    while (pos < in.size() && in[pos] >= QLatin1Char('0') && in[pos] <= QLatin1Char('9')
           && digits < 10) {
        length = length * 10 + (in[pos].unicode() - '0');
        ++pos;
        ++digits;
    }
    if (digits == 0 || pos >= in.size() || in[pos] != QLatin1Char(':')
        || length > in.size() - pos - 1)
        return false;
    out = in.sliced(pos + 1, length);
    pos += 1 + length;
    return true;
}

static bool readText(QStringView in, qsizetype &pos, QString &out)
{
    QStringView view;
    if (!readText(in, pos, view))
        return false;
    out = view.toString();
    return true;
}

static bool readText(QStringView in, qsizetype &pos, QString &out, Interner &interner)
{
    QStringView view;
    if (!readText(in, pos, view))
        return false;
    out = interner.get(view);
    return true;
}

// Reads up to (not including) `end` at `pos`, moving `pos` past the terminator.
static bool readUntil(QStringView in, qsizetype &pos, QChar end, QStringView &out)
{
    const qsizetype found = in.indexOf(end, pos);
    if (found < 0)
        return false;
    out = in.sliced(pos, found - pos);
    pos = found + 1;
    return true;
}

static bool readChar(QStringView in, qsizetype &pos, char16_t expected)
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

bool decodeRaters(QStringView text, const std::vector<int> &order, Interner &names,
                  QList<Rater> &raters)
{
    // Each rater ends with a line break (a text may hold more): one allocation, not several.
    raters.reserve(raters.size() + text.count(u'\n'));
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
    // Each move ends with a line break (a text may hold more): one allocation, not several.
    history.reserve(history.size() + text.count(u'\n'));
    qsizetype pos = 0;
    while (pos < text.size()) {
        Transition &t = history.emplace_back();
        QStringView at, from, to;
        if (!readUntil(text, pos, QLatin1Char(';'), at)
            || !readUntil(text, pos, QLatin1Char(';'), from)
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
static void appendNumber(QString &out, double value)
{
    out += QString::number(value, 'g', QLocale::FloatingPointShortest);
}

static bool readNumber(QStringView in, qsizetype &pos, double &out)
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
    if (rule != CombineRule {}) {
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

// "m<direction>;<weight>;<bound or empty>;<name><unit>" after the tag, at `pos`.
static bool readMetric(QStringView text, qsizetype &pos, MetricDef &m)
{
    static const KeyTable<Direction, 2> directions(directionKey);
    QStringView word;
    if (!readUntil(text, pos, QLatin1Char(';'), word))
        return false;
    const auto direction = directions.find(word);
    if (!direction || !readNumber(text, pos, m.weight)
        || !readUntil(text, pos, QLatin1Char(';'), word))
        return false;
    m.direction = *direction;
    if (!word.isEmpty()) {
        bool ok = false;
        m.bound = word.toDouble(&ok);
        if (!ok)
            return false;
    }
    return readText(text, pos, m.name) && readText(text, pos, m.unit);
}

// "l<kind>;<value>;<fair checked 0|1>;<label><source>" after the tag, at `pos`.
static bool readBaseline(QStringView text, qsizetype &pos, Baseline &b)
{
    static const KeyTable<BaselineKind, kBaselineKindCount> baselineKinds(baselineKindKey);
    QStringView word;
    if (!readUntil(text, pos, QLatin1Char(';'), word))
        return false;
    const auto kind = baselineKinds.find(word);
    if (!kind || !readNumber(text, pos, b.value) || !readUntil(text, pos, QLatin1Char(';'), word)
        || (word != QLatin1String("0") && word != QLatin1String("1"))
        || !readText(text, pos, b.label) || !readText(text, pos, b.source))
        return false;
    b.kind = *kind;
    b.fairChecked = word == QLatin1String("1");
    return true;
}

bool decodeDetails(QStringView text, Idea &idea)
{
    static const KeyTable<CombineKind, 3> combineKinds(combineKindKey);
    static const KeyTable<Direction, 2> directions(directionKey);
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
            if (!direction || !readText(text, pos, rule.optimize)
                || !readText(text, pos, rule.formula))
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
        case u'm':
            if (!readMetric(text, pos, idea.metrics.metrics.emplace_back()))
                return false;
            break;
        case u'o':
            if (!readText(text, pos, idea.metrics.results.emplace_back().model))
                return false;
            break;
        case u'v': {
            double value = 0;
            QString metric;
            if (idea.metrics.results.isEmpty() || !readNumber(text, pos, value)
                || !readText(text, pos, metric))
                return false;
            idea.metrics.results.last().values.insert(metric, value);
            break;
        }
        case u'l':
            if (!readBaseline(text, pos, idea.baselines.emplace_back()))
                return false;
            break;
        default:
            return false;
        }
        if (!readChar(text, pos, u'\n'))
            return false;
    }
    return true;
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

} // namespace mlp::storage
