#include "core/io/jsonformat.h"

#include "core/io/formatkeys.h"
#include "core/io/jsonstrict.h"

#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mlp::io {

namespace {

const QString kFormatTag = QStringLiteral("ml-planner-portfolio");

QString driverKey(int driver)
{
    return groupKey(static_cast<QuestionGroup>(driver + 1));
}

// Writes the export directly as bytes, in exactly the form QJsonDocument::toJson(Indented)
// gives the same values: keys sorted as QJsonObject sorts them (UTF-16 code units, which is
// QString's and QMap's order), four spaces per level, an empty object or list as "{\n<indent>}",
// numbers in their shortest form, strings escaped as Qt escapes them. Building a QJsonObject
// tree and serialising it took most of the time of an export; the golden files and a test
// against QJsonDocument keep the bytes the same.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype expectedSize) { m_out.reserve(expectedSize); }

    QByteArray take()
    {
        m_out += '\n';
        return std::move(m_out);
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member with a fixed ASCII key; its value follows.
    void key(const char *name)
    {
        next();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void key(const QString &name)
    {
        next();
        m_out += '"';
        escaped(name);
        m_out += "\": ";
    }
    // The next element of a list; its value follows.
    void element() { next(); }

    void value(const QString &text)
    {
        m_out += '"';
        escaped(text);
        m_out += '"';
    }
    void value(double number)
    {
        if (std::isfinite(number))
            m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        else
            m_out += "null";
    }
    void integer(qint64 number) { m_out += QByteArray::number(number); }
    void boolean(bool value) { m_out += value ? "true" : "false"; }

    template<typename T>
    void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty)
            m_out += '\n';
        indent();
        m_out += bracket;
    }
    void next()
    {
        if (m_empty.back())
            m_empty.back() = false;
        else
            m_out += ",\n";
        indent();
    }
    void indent() { m_out.append(qsizetype(4 * m_empty.size()), ' '); }

    static char hex(uint digit) { return char(digit < 10 ? '0' + digit : 'a' + digit - 10); }

    void escaped(const QString &text)
    {
        const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = src + text.size();
        // Plain ASCII runs are copied in one go.
        while (src != end) {
            const char16_t *run = src;
            while (run != end && *run >= 0x20 && *run < 0x80 && *run != u'"' && *run != u'\\')
                ++run;
            if (run != src) {
                const qsizetype old = m_out.size();
                m_out.resize(old + (run - src));
                char *dst = m_out.data() + old;
                for (const char16_t *c = src; c != run; ++c)
                    *dst++ = char(*c);
                src = run;
                if (src == end)
                    break;
            }
            const char16_t u = *src++;
            if (u < 0x80) {
                m_out += '\\';
                switch (u) {
                case u'"': m_out += '"'; break;
                case u'\\': m_out += '\\'; break;
                case 0x8: m_out += 'b'; break;
                case 0xc: m_out += 'f'; break;
                case 0xa: m_out += 'n'; break;
                case 0xd: m_out += 'r'; break;
                case 0x9: m_out += 't'; break;
                default:
                    m_out += "u00";
                    m_out += hex(u >> 4);
                    m_out += hex(u & 0xf);
                }
            } else if (u < 0x800) {
                m_out += char(0xc0 | (u >> 6));
                m_out += char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                m_out += char(0xe0 | (u >> 12));
                m_out += char(0x80 | ((u >> 6) & 0x3f));
                m_out += char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                m_out += char(0xf0 | (c >> 18));
                m_out += char(0x80 | ((c >> 12) & 0x3f));
                m_out += char(0x80 | ((c >> 6) & 0x3f));
                m_out += char(0x80 | (c & 0x3f));
            } else {
                // A lone surrogate has no UTF-8 form: Qt writes it as a \u escape.
                m_out += "\\u";
                m_out += hex((u >> 12) & 0xf);
                m_out += hex((u >> 8) & 0xf);
                m_out += hex((u >> 4) & 0xf);
                m_out += hex(u & 0xf);
            }
        }
    }

    QByteArray m_out;
    std::vector<bool> m_empty; // per open object or list: nothing written in it yet
};

// QJsonObject orders its members by code point; QMap (QString's operator<) by UTF-16 code
// unit. The two differ only when a key holds a character above U+FFFF (a surrogate pair) and
// another one at U+E000 or above at the same place.
bool codePointLess(const QString &a, const QString &b)
{
    const auto fixed = [](char16_t u) {
        // Surrogates move above U+E000..U+FFFF, which gives code point order.
        return u >= 0xE000 ? char32_t(u) - 0x800 : (u >= 0xD800 ? char32_t(u) + 0x2000 : char32_t(u));
    };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return fixed(x) < fixed(y);
    }
    return a.size() < b.size();
}

// Calls handle(key, value) for each entry of `map` in QJsonObject's member order.
template<typename Map, typename F>
void forEachInJsonOrder(const Map &map, F handle)
{
    bool needsSort = false;
    for (auto it = map.cbegin(); it != map.cend() && !needsSort; ++it) {
        for (QChar c : it.key())
            needsSort = needsSort || c.unicode() >= 0xD800;
    }
    if (!needsSort) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            handle(it.key(), it.value());
        return;
    }
    std::vector<typename Map::const_iterator> entries;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        entries.push_back(it);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return codePointLess(a.key(), b.key()); });
    for (const auto &it : entries)
        handle(it.key(), it.value());
}

// Indices 0..n-1 ordered by their keys, as a QJsonObject orders its members.
template<typename KeyOf>
std::vector<int> sortedIndices(int n, KeyOf keyOf)
{
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
    return order;
}

const std::vector<int> &questionsByKey()
{
    static const std::vector<int> order = sortedIndices(kQuestionCount, [](int i) { return questions()[i].id; });
    return order;
}

void writeAnswers(JsonWriter &w, const Answers &answers)
{
    w.beginObject();
    for (int i : questionsByKey()) {
        if (answers[i] != 0) {
            w.key(questions()[i].id);
            w.integer(answers[i]);
        }
    }
    w.endObject();
}

void writeConfig(JsonWriter &w, const ScoringConfig &config)
{
    w.beginObject();
    w.member("aggregation", aggregationKey(config.aggregation));
    w.member("costBase", config.costBase);
    w.key("driverWeights");
    w.beginObject();
    for (int i : sortedIndices(kDriverCount, driverKey)) {
        w.key(driverKey(i));
        w.value(config.driverWeights[i]);
    }
    w.endObject();
    w.key("quadrantNames");
    w.beginObject();
    for (int i : sortedIndices(kNamedQuadrantCount, [](int q) { return quadrantKey(static_cast<Quadrant>(q)); })) {
        w.key(quadrantKey(static_cast<Quadrant>(i)));
        w.value(config.quadrantNames[i]);
    }
    w.endObject();
    w.key("questionWeights");
    w.beginObject();
    for (int i : questionsByKey()) {
        w.key(questions()[i].id);
        w.value(config.questionWeights[i]);
    }
    w.endObject();
    w.key("thresholds");
    w.beginObject();
    w.member("feasibility", config.feasibilityThreshold);
    w.member("impact", config.impactThreshold);
    w.endObject();
    w.endObject();
}

void writeIdea(JsonWriter &w, const Idea &idea)
{
    static const QString kStageKeys[kStageCount] = {stageKey(Stage(0)), stageKey(Stage(1)), stageKey(Stage(2)),
                                                    stageKey(Stage(3))};
    static const std::vector<int> flywheelByKey =
        sortedIndices(int(flywheelQuestions().size()), [](int i) { return flywheelQuestions()[i].id; });
    w.beginObject();
    if (idea.accuracyRequirement)
        w.member("accuracyRequirement", *idea.accuracyRequirement);
    w.member("archetype", archetypeKey(idea.archetype));

    w.key("baselines");
    w.beginObject();
    w.key("items");
    w.beginArray();
    for (const Baseline &b : idea.baselines) {
        w.element();
        w.beginObject();
        w.key("fairChecked");
        w.boolean(b.fairChecked);
        w.member("kind", baselineKindKey(b.kind));
        w.member("label", b.label);
        w.member("source", b.source);
        w.member("value", b.value);
        w.endObject();
    }
    w.endArray();
    w.member("metric", idea.baselineMetric);
    w.endObject();

    w.key("checklist");
    w.beginObject();
    forEachInJsonOrder(idea.checklist, [&](const QString &key, ChecklistAnswer answer) {
        if (answer != ChecklistAnswer::Unanswered) {
            w.key(key);
            w.value(checklistAnswerKey(answer));
        }
    });
    w.endObject();

    w.member("description", idea.description);

    w.key("flywheel");
    w.beginObject();
    for (int i : flywheelByKey) {
        if (idea.flywheel[i] != TriState::Unknown) {
            w.key(flywheelQuestions()[i].id);
            w.value(triStateKey(idea.flywheel[i]));
        }
    }
    w.endObject();

    w.key("id");
    w.integer(idea.id);

    w.key("keyQuestions");
    w.beginObject();
    forEachInJsonOrder(idea.keyQuestionAnswers, [&](const QString &key, const QString &answer) {
        w.key(key);
        w.value(answer);
    });
    w.endObject();

    const Lifecycle &lc = idea.lifecycle;
    w.key("lifecycle");
    w.beginObject();
    if (lc.createdAt.isValid())
        w.member("createdAt", timestampText(lc.createdAt));
    w.key("history");
    w.beginArray();
    for (const Transition &t : lc.history) {
        w.element();
        w.beginObject();
        w.member("at", timestampText(t.at));
        w.member("checklistOverride", t.checklistOverrideNote);
        w.member("from", kStageKeys[int(t.from)]);
        w.member("reason", t.reason);
        w.member("to", kStageKeys[int(t.to)]);
        w.member("trigger", t.triggerId);
        w.member("who", t.who);
        w.endObject();
    }
    w.endArray();
    w.member("outcome", outcomeKey(lc.outcome));
    w.member("outcomeReason", lc.outcomeReason);
    w.member("stage", kStageKeys[int(lc.stage)]);
    w.endObject();

    w.key("metrics");
    w.beginObject();
    w.key("definitions");
    w.beginArray();
    for (const MetricDef &m : idea.metrics.metrics) {
        w.element();
        w.beginObject();
        if (m.bound)
            w.member("bound", *m.bound);
        w.member("direction", directionKey(m.direction));
        w.member("name", m.name);
        w.member("unit", m.unit);
        w.member("weight", m.weight);
        w.endObject();
    }
    w.endArray();
    w.key("results");
    w.beginArray();
    for (const ModelResult &r : idea.metrics.results) {
        w.element();
        w.beginObject();
        w.member("model", r.model);
        w.key("values");
        w.beginObject();
        forEachInJsonOrder(r.values, [&](const QString &key, double value) {
            w.key(key);
            w.value(value);
        });
        w.endObject();
        w.endObject();
    }
    w.endArray();
    const CombineRule &rule = idea.metrics.rule;
    w.key("rule");
    w.beginObject();
    w.member("formula", rule.formula);
    w.member("formulaDirection", directionKey(rule.formulaDirection));
    w.member("kind", combineKindKey(rule.kind));
    w.member("optimize", rule.optimize);
    w.endObject();
    w.endObject();

    w.member("name", idea.name);

    w.key("override");
    w.beginObject();
    if (idea.manualOverride.feasibility)
        w.member("feasibility", *idea.manualOverride.feasibility);
    if (idea.manualOverride.impact)
        w.member("impact", *idea.manualOverride.impact);
    w.member("note", idea.manualOverride.note);
    w.endObject();

    w.member("owner", idea.owner);

    w.key("raters");
    w.beginArray();
    for (const Rater &rater : idea.raters) {
        w.element();
        w.beginObject();
        w.key("answers");
        writeAnswers(w, rater.answers);
        w.member("name", rater.name);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

// Where a value is in the document, e.g. ideas[3].raters[0]. A chain of segments on the
// stack, turned into text only when a problem is reported: building the text for every
// element cost more than reading the values. A Path must not outlive its parent (and a
// QString key it points to), so paths kept in variables are made from named values.
struct Path
{
    const Path *parent = nullptr;
    const char *key = nullptr;      // a fixed key, or
    const QString *name = nullptr;  // a key from the document, or
    qsizetype index = -1;           // a list index

    Path() = default;
    explicit Path(const char *rootKey) : key(rootKey) {}
    Path(const Path *p, const char *k, const QString *n, qsizetype i) : parent(p), key(k), name(n), index(i) {}

    bool isRoot() const { return !parent && !key && !name && index < 0; }
    QString text() const
    {
        QString where = parent ? parent->text() : QString();
        if (index >= 0)
            return where + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        // A member name from the document is quoted short: it may be megabytes long.
        const QString k = key ? QString::fromLatin1(key) : (name ? excerpt(*name) : QString());
        return where.isEmpty() ? k : where + QLatin1Char('.') + k;
    }
};

// Reads one JSON document into domain values. The first problem wins; its message names the
// place in the document, e.g. "ideas[3].raters[0].answers.friction: 7 is outside 1–5".
class Reader
{
public:
    const Error &error() const { return m_error; }

    bool fail(const Path &at, const QString &what, Error::Code code = Error::Code::Invalid)
    {
        const QString where = at.text();
        m_error = makeError(code, where.isEmpty() ? what : where + QStringLiteral(": ") + what);
        return false;
    }

    static Path at(const Path &where, const char *key) { return Path(&where, key, nullptr, -1); }
    static Path at(const Path &where, const QString &key) { return Path(&where, nullptr, &key, -1); }
    static Path at(const Path &where, qsizetype index) { return Path(&where, nullptr, nullptr, index); }

    bool object(const QJsonValue &value, const Path &where, QJsonObject &out)
    {
        if (!value.isObject())
            return fail(where, QCoreApplication::translate("mlp", "expected an object"));
        out = value.toObject();
        return true;
    }

    bool fields(const QJsonObject &object, const Path &where, std::initializer_list<const char *> allowed)
    {
        // Counting the known members is a few lookups; only when some member is left over are
        // the keys themselves (each a new string) looked at, to name the unknown one.
        qsizetype present = 0;
        for (const char *name : allowed)
            present += object.contains(QLatin1String(name)) ? 1 : 0;
        if (present == object.size())
            return true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool known = false;
            for (const char *name : allowed)
                known = known || it.key() == QLatin1String(name);
            if (!known)
                return fail(at(where, it.key()),
                            QCoreApplication::translate("mlp", "unknown field"));
        }
        return true;
    }

    // A member that may be absent; `present` tells whether it was there.
    bool member(const QJsonObject &object, const char *key, QJsonValue &out, bool required, const Path &where)
    {
        const auto it = object.constFind(QLatin1String(key));
        if (it == object.constEnd() || it->isUndefined()) {
            out = QJsonValue(QJsonValue::Undefined);
            if (required)
                return fail(at(where, key), QCoreApplication::translate("mlp", "missing"));
            return true;
        }
        out = *it;
        return true;
    }

    bool text(const QJsonObject &object, const char *key, const Path &where, QString &out, bool required = false)
    {
        QJsonValue v;
        if (!member(object, key, v, required, where))
            return false;
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(at(where, key), QCoreApplication::translate("mlp", "expected text"));
        out = v.toString();
        return true;
    }

    bool number(const QJsonValue &v, const Path &where, double &out)
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(where, QCoreApplication::translate("mlp", "expected a number"));
        out = v.toDouble();
        return true;
    }

    bool number(const QJsonObject &object, const char *key, const Path &where, double &out,
                bool required = false)
    {
        QJsonValue v;
        if (!member(object, key, v, required, where))
            return false;
        if (v.isUndefined())
            return true;
        return number(v, at(where, key), out);
    }

    bool optionalNumber(const QJsonObject &object, const char *key, const Path &where,
                        std::optional<double> &out)
    {
        QJsonValue v;
        if (!member(object, key, v, false, where))
            return false;
        out.reset();
        if (v.isUndefined() || v.isNull())
            return true;
        double d = 0;
        if (!number(v, at(where, key), d))
            return false;
        out = d;
        return true;
    }

    bool boolean(const QJsonObject &object, const char *key, const Path &where, bool &out)
    {
        QJsonValue v;
        if (!member(object, key, v, false, where))
            return false;
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(at(where, key),
                        QCoreApplication::translate("mlp", "expected true or false"));
        out = v.toBool();
        return true;
    }

    bool subObject(const QJsonObject &object, const char *key, const Path &where, QJsonObject &out)
    {
        QJsonValue v;
        if (!member(object, key, v, false, where))
            return false;
        out = {};
        if (v.isUndefined())
            return true;
        return this->object(v, at(where, key), out);
    }

    bool array(const QJsonObject &object, const char *key, const Path &where, QJsonArray &out)
    {
        QJsonValue v;
        if (!member(object, key, v, false, where))
            return false;
        out = {};
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(at(where, key), QCoreApplication::translate("mlp", "expected a list"));
        out = v.toArray();
        return true;
    }

    template<typename T, typename FromKey>
    bool key(const QJsonObject &object, const char *name, const Path &where, T &out, FromKey fromKey,
             bool required = false)
    {
        QString k;
        bool present = object.contains(QLatin1String(name));
        if (!text(object, name, where, k, required))
            return false;
        if (!present)
            return true;
        const std::optional<T> value = fromKey(k);
        if (!value)
            return fail(at(where, name),
                        QCoreApplication::translate("mlp", "'%1' is not a known value").arg(excerpt(k)));
        out = *value;
        return true;
    }

    bool range(double value, double low, double high, const Path &where)
    {
        if (value < low || value > high)
            return fail(where,
                        QCoreApplication::translate("mlp", "%1 is outside %2–%3")
                            .arg(numberText(value), numberText(low), numberText(high)));
        return true;
    }

    bool config(const QJsonObject &o, const Path &where, ScoringConfig &config);
    bool idea(const QJsonObject &o, const Path &where, Idea &idea);
    bool answers(const QJsonObject &o, const Path &where, Answers &answers);

private:
    Error m_error;
};

bool Reader::config(const QJsonObject &o, const Path &where, ScoringConfig &config)
{
    if (!fields(o, where, {"aggregation", "costBase", "driverWeights", "questionWeights", "quadrantNames", "thresholds"}))
        return false;
    if (!key(o, "aggregation", where, config.aggregation, aggregationFromKey))
        return false;
    if (!number(o, "costBase", where, config.costBase))
        return false;
    if (config.costBase <= kMinCostBaseExclusive || config.costBase > kMaxCostBase)
        return fail(at(where, "costBase"),
                    QCoreApplication::translate("mlp", "%1 must be greater than 1 and at most %2")
                        .arg(numberText(config.costBase), numberText(kMaxCostBase)));

    QJsonObject weights;
    if (!subObject(o, "questionWeights", where, weights))
        return false;
    const Path weightsAt = at(where, "questionWeights");
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const std::optional<int> index = questionIndex(it.key());
        if (!index)
            return fail(at(weightsAt, it.key()),
                        QCoreApplication::translate("mlp", "unknown question"));
        double w = 0;
        if (!number(*it, at(weightsAt, it.key()), w))
            return false;
        if (!range(w, 0, kMaxWeight, at(weightsAt, it.key())))
            return false;
        config.questionWeights[*index] = w;
    }

    if (!subObject(o, "driverWeights", where, weights))
        return false;
    const Path driversAt = at(where, "driverWeights");
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        int driver = -1;
        for (int i = 0; i < kDriverCount; ++i) {
            if (driverKey(i) == it.key())
                driver = i;
        }
        if (driver < 0)
            return fail(at(driversAt, it.key()),
                        QCoreApplication::translate("mlp", "unknown cost driver"));
        double w = 0;
        if (!number(*it, at(driversAt, it.key()), w))
            return false;
        if (!range(w, 0, kMaxWeight, at(driversAt, it.key())))
            return false;
        config.driverWeights[driver] = w;
    }

    QJsonObject names;
    if (!subObject(o, "quadrantNames", where, names))
        return false;
    const Path namesAt = at(where, "quadrantNames");
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        int quadrant = -1;
        for (int i = 0; i < kNamedQuadrantCount; ++i) {
            if (quadrantKey(static_cast<Quadrant>(i)) == it.key())
                quadrant = i;
        }
        if (quadrant < 0)
            return fail(at(namesAt, it.key()),
                        QCoreApplication::translate("mlp", "unknown quadrant"));
        if (!it->isString())
            return fail(at(namesAt, it.key()), QCoreApplication::translate("mlp", "expected text"));
        config.quadrantNames[quadrant] = it->toString();
    }

    QJsonObject thresholds;
    if (!subObject(o, "thresholds", where, thresholds))
        return false;
    const Path thresholdsAt = at(where, "thresholds");
    return fields(thresholds, thresholdsAt, {"impact", "feasibility"})
           && number(thresholds, "impact", thresholdsAt, config.impactThreshold)
           && range(config.impactThreshold, 0, 10, at(thresholdsAt, "impact"))
           && number(thresholds, "feasibility", thresholdsAt, config.feasibilityThreshold)
           && range(config.feasibilityThreshold, 0, 10, at(thresholdsAt, "feasibility"));
}

bool Reader::answers(const QJsonObject &o, const Path &where, Answers &answers)
{
    answers.fill(0);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(where, key);
        const std::optional<int> index = questionIndex(it.key());
        if (!index)
            return fail(here, QCoreApplication::translate("mlp", "unknown question"));
        if (it->isNull())
            continue;
        double value = 0;
        if (!number(*it, here, value))
            return false;
        if (value != std::floor(value) || value < 1 || value > 5)
            return fail(
                here,
                QCoreApplication::translate("mlp", "%1 is outside 1–5").arg(numberText(value)));
        answers[*index] = static_cast<qint8>(value);
    }
    return true;
}

bool Reader::idea(const QJsonObject &o, const Path &where, Idea &idea)
{
    if (!fields(o, where, {"id", "name", "description", "owner", "archetype", "accuracyRequirement", "keyQuestions",
                           "flywheel", "raters", "override", "checklist", "lifecycle", "metrics", "baselines"}))
        return false;
    double id = 0;
    if (!number(o, "id", where, id, true))
        return false;
    if (id != std::floor(id) || id < 1 || id > double(kMaxIdeaId))
        return fail(at(where, "id"),
                    QCoreApplication::translate("mlp", "%1 is not a whole number of at least 1")
                        .arg(numberText(id)));
    idea.id = static_cast<qint64>(id);
    if (!text(o, "name", where, idea.name, true) || !text(o, "description", where, idea.description)
        || !text(o, "owner", where, idea.owner)
        || !key(o, "archetype", where, idea.archetype, archetypeFromKey))
        return false;
    if (idea.name.trimmed().isEmpty())
        return fail(at(where, "name"), QCoreApplication::translate("mlp", "must not be empty"));
    if (!optionalNumber(o, "accuracyRequirement", where, idea.accuracyRequirement))
        return false;
    if (idea.accuracyRequirement && (*idea.accuracyRequirement <= 0 || *idea.accuracyRequirement >= 1))
        return fail(
            at(where, "accuracyRequirement"),
            QCoreApplication::translate("mlp", "%1 must lie strictly between 0 and 1, e.g. 0.99")
                .arg(numberText(*idea.accuracyRequirement)));

    QJsonObject map;
    const Path keyQuestionsAt = at(where, "keyQuestions");
    if (!subObject(o, "keyQuestions", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(keyQuestionsAt, key);
        bool known = false;
        for (int a = 0; a < kArchetypeCount && !known; ++a) {
            for (const KeyQuestion &q : archetypeInfo(static_cast<Archetype>(a)).keyQuestions)
                known = known || q.id == it.key();
        }
        if (!known)
            return fail(here, QCoreApplication::translate("mlp", "unknown key question"));
        if (!it->isString())
            return fail(here, QCoreApplication::translate("mlp", "expected text"));
        idea.keyQuestionAnswers.insert(it.key(), it->toString());
    }

    const Path flywheelAt = at(where, "flywheel");
    if (!subObject(o, "flywheel", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(flywheelAt, key);
        const auto &fw = flywheelQuestions();
        int index = -1;
        for (int i = 0; i < int(fw.size()); ++i) {
            if (fw[i].id == it.key())
                index = i;
        }
        if (index < 0)
            return fail(here, QCoreApplication::translate("mlp", "unknown flywheel question"));
        const std::optional<TriState> answer = triStateFromKey(it->toString());
        if (!it->isString() || !answer)
            return fail(
                here,
                QCoreApplication::translate("mlp", "expected \"yes\", \"no\" or \"unknown\""));
        idea.flywheel[index] = *answer;
    }

    QJsonArray list;
    const Path ratersAt = at(where, "raters");
    if (!array(o, "raters", where, list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Path here = at(ratersAt, i);
        QJsonObject r;
        Rater rater;
        if (!object(list.at(i), here, r) || !fields(r, here, {"name", "answers"}) || !text(r, "name", here, rater.name)
            || !subObject(r, "answers", here, map) || !answers(map, at(here, "answers"), rater.answers))
            return false;
        idea.raters.append(rater);
    }

    QJsonObject override;
    if (!subObject(o, "override", where, override))
        return false;
    const Path overrideAt = at(where, "override");
    if (!fields(override, overrideAt, {"impact", "feasibility", "note"})
        || !optionalNumber(override, "impact", overrideAt, idea.manualOverride.impact)
        || !optionalNumber(override, "feasibility", overrideAt, idea.manualOverride.feasibility)
        || !text(override, "note", overrideAt, idea.manualOverride.note))
        return false;
    if (idea.manualOverride.impact && !range(*idea.manualOverride.impact, 0, 10, at(overrideAt, "impact")))
        return false;
    if (idea.manualOverride.feasibility
        && !range(*idea.manualOverride.feasibility, 0, 10, at(overrideAt, "feasibility")))
        return false;

    const Path checklistAt = at(where, "checklist");
    if (!subObject(o, "checklist", where, map))
        return false;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path here = at(checklistAt, key);
        bool known = false;
        for (const ChecklistItem &item : checklistItems())
            known = known || item.id == it.key();
        if (!known)
            return fail(here, QCoreApplication::translate("mlp", "unknown checklist item"));
        const std::optional<ChecklistAnswer> answer = checklistAnswerFromKey(it->toString());
        if (!it->isString() || !answer)
            return fail(
                here,
                QCoreApplication::translate("mlp", "expected \"yes\", \"no\" or \"unanswered\""));
        if (*answer != ChecklistAnswer::Unanswered)
            idea.checklist.insert(it.key(), *answer);
    }

    QJsonObject lifecycle;
    if (!subObject(o, "lifecycle", where, lifecycle))
        return false;
    const Path lifecycleAt = at(where, "lifecycle");
    Lifecycle &lc = idea.lifecycle;
    if (!fields(lifecycle, lifecycleAt, {"stage", "outcome", "outcomeReason", "createdAt", "history"})
        || !key(lifecycle, "stage", lifecycleAt, lc.stage, stageFromKey)
        || !key(lifecycle, "outcome", lifecycleAt, lc.outcome, outcomeFromKey)
        || !text(lifecycle, "outcomeReason", lifecycleAt, lc.outcomeReason))
        return false;
    auto timestamp = [&](const QJsonObject &from, const char *name, const Path &here, QDateTime &out, bool required) {
        QString value;
        const bool present = from.contains(QLatin1String(name));
        if (!text(from, name, here, value, required))
            return false;
        if (!present)
            return true;
        const std::optional<QDateTime> parsed = timestampFromText(value);
        if (!parsed)
            return fail(at(here, name),
                        QCoreApplication::translate(
                            "mlp", "'%1' is not an ISO-8601 time such as 2024-01-31T09:00:00.000Z")
                            .arg(excerpt(value)));
        out = *parsed;
        return true;
    };
    if (!timestamp(lifecycle, "createdAt", lifecycleAt, lc.createdAt, false))
        return false;
    if (lc.outcome == Outcome::Shelved && lc.outcomeReason.trimmed().isEmpty())
        return fail(at(lifecycleAt, "outcomeReason"),
                    QCoreApplication::translate("mlp", "a shelved project needs a reason"));
    const Path historyAt = at(lifecycleAt, "history");
    if (!array(lifecycle, "history", lifecycleAt, list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Path here = at(historyAt, i);
        QJsonObject h;
        Transition t;
        if (!object(list.at(i), here, h)
            || !fields(h, here, {"at", "who", "from", "to", "trigger", "reason", "checklistOverride"})
            || !timestamp(h, "at", here, t.at, true) || !text(h, "who", here, t.who)
            || !key(h, "from", here, t.from, stageFromKey, true) || !key(h, "to", here, t.to, stageFromKey, true)
            || !text(h, "trigger", here, t.triggerId) || !text(h, "reason", here, t.reason)
            || !text(h, "checklistOverride", here, t.checklistOverrideNote))
            return false;
        if (!t.triggerId.isEmpty()) {
            const std::optional<BackwardTrigger> trigger = triggerById(t.triggerId);
            if (!trigger)
                return fail(at(here, "trigger"),
                            QCoreApplication::translate("mlp", "'%1' is not a known value")
                                .arg(excerpt(t.triggerId)));
            if (trigger->from != t.from || trigger->to != t.to)
                return fail(at(here, "trigger"),
                            QCoreApplication::translate(
                                "mlp", "'%1' does not belong to a move from %2 to %3")
                                .arg(excerpt(t.triggerId), stageKey(t.from), stageKey(t.to)));
        }
        lc.history.append(t);
    }

    QJsonObject metrics;
    if (!subObject(o, "metrics", where, metrics))
        return false;
    const Path metricsAt = at(where, "metrics");
    if (!fields(metrics, metricsAt, {"definitions", "rule", "results"}) || !array(metrics, "definitions", metricsAt, list))
        return false;
    const Path definitionsAt = at(metricsAt, "definitions");
    QSet<QString> metricNames;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Path here = at(definitionsAt, i);
        QJsonObject m;
        MetricDef def;
        if (!object(list.at(i), here, m) || !fields(m, here, {"name", "unit", "direction", "weight", "bound"})
            || !text(m, "name", here, def.name, true) || !text(m, "unit", here, def.unit)
            || !key(m, "direction", here, def.direction, directionFromKey) || !number(m, "weight", here, def.weight)
            || !optionalNumber(m, "bound", here, def.bound))
            return false;
        if (def.name.trimmed().isEmpty())
            return fail(at(here, "name"), QCoreApplication::translate("mlp", "must not be empty"));
        if (metricNames.contains(def.name))
            return fail(at(here, "name"),
                        QCoreApplication::translate("mlp", "'%1' is defined twice").arg(excerpt(def.name)));
        if (!range(def.weight, 0, kMaxWeight, at(here, "weight")))
            return false;
        metricNames.insert(def.name);
        idea.metrics.metrics.append(def);
    }
    QJsonObject rule;
    if (!subObject(metrics, "rule", metricsAt, rule))
        return false;
    const Path ruleAt = at(metricsAt, "rule");
    CombineRule &r = idea.metrics.rule;
    if (!fields(rule, ruleAt, {"kind", "optimize", "formula", "formulaDirection"})
        || !key(rule, "kind", ruleAt, r.kind, combineKindFromKey) || !text(rule, "optimize", ruleAt, r.optimize)
        || !text(rule, "formula", ruleAt, r.formula)
        || !key(rule, "formulaDirection", ruleAt, r.formulaDirection, directionFromKey))
        return false;
    const Path resultsAt = at(metricsAt, "results");
    if (!array(metrics, "results", metricsAt, list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Path here = at(resultsAt, i);
        QJsonObject m;
        ModelResult result;
        if (!object(list.at(i), here, m) || !fields(m, here, {"model", "values"})
            || !text(m, "model", here, result.model, true) || !subObject(m, "values", here, map))
            return false;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            double value = 0;
            if (!number(*it, at(at(here, "values"), it.key()), value))
                return false;
            result.values.insert(it.key(), value);
        }
        idea.metrics.results.append(result);
    }

    QJsonObject baselines;
    if (!subObject(o, "baselines", where, baselines))
        return false;
    const Path baselinesAt = at(where, "baselines");
    if (!fields(baselines, baselinesAt, {"metric", "items"}) || !text(baselines, "metric", baselinesAt, idea.baselineMetric)
        || !array(baselines, "items", baselinesAt, list))
        return false;
    const Path itemsAt = at(baselinesAt, "items");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Path here = at(itemsAt, i);
        QJsonObject b;
        Baseline baseline;
        if (!object(list.at(i), here, b) || !fields(b, here, {"label", "kind", "value", "source", "fairChecked"})
            || !text(b, "label", here, baseline.label) || !key(b, "kind", here, baseline.kind, baselineKindFromKey, true)
            || !number(b, "value", here, baseline.value, true) || !text(b, "source", here, baseline.source)
            || !boolean(b, "fairChecked", here, baseline.fairChecked))
            return false;
        idea.baselines.append(baseline);
    }

    if (Status valid = validateIdea(idea); !valid)
        return fail(where, valid.error().message);
    return true;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QCoreApplication::translate("mlp", "line %1, column %2").arg(line).arg(column);
}

} // namespace

QByteArray exportJson(const Portfolio &portfolio)
{
    // About 3.5 KB per idea in the generated benchmark portfolio; a close guess saves most of
    // the regrowing of a 35 MB buffer.
    JsonWriter w(4096 + portfolio.ideas.size() * 3584);
    w.beginObject();
    w.key("config");
    writeConfig(w, portfolio.config);
    w.member("format", kFormatTag);
    w.key("formatVersion");
    w.integer(kJsonFormatVersion);
    w.key("ideas");
    w.beginArray();
    for (const Idea &idea : portfolio.ideas) {
        w.element();
        writeIdea(w, idea);
    }
    w.endArray();
    w.member("name", portfolio.name);
    w.endObject();
    return w.take();
}

Result<Portfolio> importJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate("mlp", "The JSON is malformed at %1 (byte %2): %3")
                .arg(lineAndColumn(json, parseError.offset))
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (const std::optional<JsonLeniency> lenient = findJsonLeniency(json))
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate("mlp", "The JSON is malformed at %1 (byte %2): %3")
                .arg(lineAndColumn(json, int(lenient->offset)))
                .arg(lenient->offset)
                .arg(lenient->what));
    if (!document.isObject())
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate(
                "mlp", "The JSON is not an ML Planner portfolio: expected an object."));
    const QJsonObject root = document.object();
    Reader reader;
    if (!reader.fields(root, {}, {"format", "formatVersion", "name", "config", "ideas"}))
        return reader.error();
    if (root.contains(QStringLiteral("format")) && root.value(QStringLiteral("format")) != QJsonValue(kFormatTag))
        return makeError(
            Error::Code::Parse,
            QCoreApplication::translate(
                "mlp", "The JSON is not an ML Planner portfolio: format is not \"%1\".")
                .arg(kFormatTag));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return makeError(Error::Code::Parse,
                         QCoreApplication::translate(
                             "mlp", "formatVersion: missing or not a whole number of at least 1"));
    if (version.toDouble() > kJsonFormatVersion)
        return makeError(
            Error::Code::TooNew,
            QCoreApplication::translate(
                "mlp",
                "The JSON was written by a newer version of ML Planner (format version %1); this "
                "version reads format versions up to %2.")
                .arg(numberText(version.toDouble()))
                .arg(kJsonFormatVersion));

    Portfolio portfolio;
    QJsonObject config;
    QJsonArray ideas;
    if (!reader.text(root, "name", {}, portfolio.name) || !reader.subObject(root, "config", {}, config)
        || !reader.config(config, Path("config"), portfolio.config) || !reader.array(root, "ideas", {}, ideas))
        return reader.error();
    if (Status valid = validateConfig(portfolio.config); !valid)
        return makeError(Error::Code::Invalid, QStringLiteral("config: ") + valid.error().message);
    QHash<qint64, qsizetype> seen;
    portfolio.ideas.reserve(ideas.size());
    const Path ideasAt("ideas");
    for (qsizetype i = 0; i < ideas.size(); ++i) {
        const Path where = Reader::at(ideasAt, i);
        QJsonObject object;
        Idea idea;
        if (!reader.object(ideas.at(i), where, object) || !reader.idea(object, where, idea))
            return reader.error();
        if (const auto it = seen.constFind(idea.id); it != seen.constEnd())
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "%1.id: %2 is already used by ideas[%3]")
                    .arg(where.text())
                    .arg(idea.id)
                    .arg(*it));
        seen.insert(idea.id, i);
        portfolio.ideas.append(std::move(idea));
    }
    if (Status valid = validatePortfolio(portfolio); !valid)
        return valid.error();
    return portfolio;
}

} // namespace mlp::io
