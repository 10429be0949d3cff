#pragma once

// The JSON reader behind importJson(): private to core/io/jsonimport*.cpp.

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "core/domain/validation.h"
#include "core/io/formatkeys.h"
#include "core/io/jsonvalue_p.h"

#include <QCoreApplication>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace mlp::io::json {

// Where a value is in the document, e.g. ideas[3].raters[0]. A chain of segments on the
// stack, turned into text only when a problem is reported: building the text for every
// element cost more than reading the values. A Path must not outlive its parent (and a
// QString key it points to), so paths kept in variables are made from named values.
struct Path
{
    const Path *parent = nullptr;
    const char *key = nullptr;     // a fixed key, or
    const QString *name = nullptr; // a key from the document, or
    qsizetype index = -1;          // a list index

    Path() = default;
    explicit Path(const char *rootKey)
        : key(rootKey)
    { }
    Path(const Path *p, const char *k, const QString *n, qsizetype i)
        : parent(p)
        , key(k)
        , name(n)
        , index(i)
    { }

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
    static Path at(const Path &where, const QString &key)
    {
        return Path(&where, nullptr, &key, -1);
    }
    static Path at(const Path &where, qsizetype index)
    {
        return Path(&where, nullptr, nullptr, index);
    }

    bool object(const Value &value, const Path &where, Object &out)
    {
        if (!value.isObject())
            return fail(where, QCoreApplication::translate("mlp", "expected an object"));
        out = value.toObject();
        return true;
    }

    bool fields(const Object &object, const Path &where,
                std::initializer_list<const char *> allowed)
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
    bool member(const Object &object, const char *key, Value &out, bool required, const Path &where)
    {
        const auto it = object.constFind(QLatin1String(key));
        if (it == object.constEnd() || it->isUndefined()) {
            out = Value();
            if (required)
                return fail(at(where, key), QCoreApplication::translate("mlp", "missing"));
            return true;
        }
        out = *it;
        return true;
    }

    bool text(const Object &object, const char *key, const Path &where, QString &out,
              bool required = false)
    {
        Value v;
        if (!member(object, key, v, required, where))
            return false;
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(at(where, key), QCoreApplication::translate("mlp", "expected text"));
        out = v.toString();
        return true;
    }

    bool number(const Value &v, const Path &where, double &out)
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(where, QCoreApplication::translate("mlp", "expected a number"));
        out = v.toDouble();
        return true;
    }

    bool number(const Object &object, const char *key, const Path &where, double &out,
                bool required = false)
    {
        Value v;
        if (!member(object, key, v, required, where))
            return false;
        if (v.isUndefined())
            return true;
        return number(v, at(where, key), out);
    }

    bool optionalNumber(const Object &object, const char *key, const Path &where,
                        std::optional<double> &out)
    {
        Value v;
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

    bool boolean(const Object &object, const char *key, const Path &where, bool &out)
    {
        Value v;
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

    bool subObject(const Object &object, const char *key, const Path &where, Object &out)
    {
        Value v;
        if (!member(object, key, v, false, where))
            return false;
        out = {};
        if (v.isUndefined())
            return true;
        return this->object(v, at(where, key), out);
    }

    bool array(const Object &object, const char *key, const Path &where, Array &out)
    {
        Value v;
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

    // The list `key` of `object` (absent: empty), each element an object with only the
    // `allowed` fields, read by `readItem(element, itsPath)`, which reports its own problem.
    template<typename ReadItem>
    bool objects(const Object &object, const char *key, const Path &where,
                 std::initializer_list<const char *> allowed, ReadItem readItem)
    {
        Array list;
        if (!array(object, key, where, list))
            return false;
        const Path listAt = at(where, key);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Path here = at(listAt, i);
            Object element;
            if (!this->object(list.at(i), here, element) || !fields(element, here, allowed)
                || !readItem(std::as_const(element), here))
                return false;
        }
        return true;
    }

    template<typename T, typename FromKey>
    bool key(const Object &object, const char *name, const Path &where, T &out, FromKey fromKey,
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
            return fail(
                at(where, name),
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

    bool config(const Object &o, const Path &where, ScoringConfig &config);
    bool idea(const Object &o, const Path &where, Idea &idea);
    bool answers(const Object &o, const Path &where, Answers &answers);

private:
    // The sections of one idea, in the order they are read; each names the place of a problem.
    bool readKeyQuestions(const Object &o, const Path &where, Idea &idea);
    bool readFlywheel(const Object &o, const Path &where, Idea &idea);
    bool readRaters(const Object &o, const Path &where, Idea &idea);
    bool readOverride(const Object &o, const Path &where, Idea &idea);
    bool readChecklist(const Object &o, const Path &where, Idea &idea);
    bool readLifecycle(const Object &o, const Path &where, Idea &idea);
    bool readHistory(const Object &lifecycle, const Path &lifecycleAt, Lifecycle &lc);
    bool readMetrics(const Object &o, const Path &where, Idea &idea);
    bool readBaselines(const Object &o, const Path &where, Idea &idea);
    bool readReadiness(const Object &o, const Path &where, Idea &idea);
    bool validIdea(const Path &where, const Idea &idea);
    bool timestamp(const Object &from, const char *name, const Path &here, QDateTime &out,
                   bool required);

private:
    Error m_error;
};

} // namespace mlp::io::json
