#pragma once

// The small trees the JSON import reads one idea (or the settings) into: private to
// core/io/json*.cpp. The same calls as QJsonValue/QJsonObject/QJsonArray where the reader uses
// them, at a fraction of their cost to build: members are kept in the document's order, as
// they came, and copies share their data.

#include <QList>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace mlp::io::json {

class Object;
class Array;

class Value
{
public:
    enum class Type { Undefined, Null, Bool, Double, String, Array, Object };

    Value() = default;
    static Value null()
    {
        Value v;
        v.m_type = Type::Null;
        return v;
    }
    explicit Value(bool b)
        : m_type(Type::Bool)
        , m_number(b ? 1 : 0)
    { }
    explicit Value(double d)
        : m_type(Type::Double)
        , m_number(d)
    { }
    explicit Value(QString s)
        : m_type(Type::String)
        , m_text(std::move(s))
    { }
    explicit Value(Object o);
    explicit Value(Array a);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool toBool() const { return m_type == Type::Bool && m_number != 0; }
    double toDouble() const { return m_type == Type::Double ? m_number : 0; }
    QString toString() const { return m_type == Type::String ? m_text : QString(); }
    Object toObject() const;
    Array toArray() const;

private:
    Type m_type = Type::Undefined;
    double m_number = 0;
    QString m_text;
    std::shared_ptr<const void> m_children; // the Object's or Array's members
};

using Member = std::pair<QString, Value>;

class Object
{
public:
    class const_iterator
    {
    public:
        explicit const_iterator(const Member *m)
            : m_member(m)
        { }
        const QString &key() const { return m_member->first; }
        const Value &value() const { return m_member->second; }
        const Value &operator*() const { return m_member->second; }
        const Value *operator->() const { return &m_member->second; }
        const_iterator &operator++()
        {
            ++m_member;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_member == o.m_member; }
        bool operator!=(const const_iterator &o) const { return m_member != o.m_member; }

    private:
        const Member *m_member;
    };

    Object() = default;
    explicit Object(std::shared_ptr<const std::vector<Member>> members)
        : m_members(std::move(members))
    { }

    qsizetype size() const { return m_members ? qsizetype(m_members->size()) : 0; }
    const_iterator constBegin() const { return const_iterator(data()); }
    const_iterator constEnd() const { return const_iterator(data() + size()); }
    template<typename Key> const_iterator constFind(const Key &key) const
    {
        for (const_iterator it = constBegin(); it != constEnd(); ++it) {
            if (it.key() == key)
                return it;
        }
        return constEnd();
    }
    template<typename Key> bool contains(const Key &key) const
    {
        return constFind(key) != constEnd();
    }
    template<typename Key> Value value(const Key &key) const
    {
        const const_iterator it = constFind(key);
        return it == constEnd() ? Value() : *it;
    }

private:
    const Member *data() const { return m_members ? m_members->data() : nullptr; }

    std::shared_ptr<const std::vector<Member>> m_members;
    friend class Value;
};

class Array
{
public:
    Array() = default;
    explicit Array(std::shared_ptr<const std::vector<Value>> elements)
        : m_elements(std::move(elements))
    { }

    qsizetype size() const { return m_elements ? qsizetype(m_elements->size()) : 0; }
    const Value &at(qsizetype i) const { return (*m_elements)[size_t(i)]; }

private:
    std::shared_ptr<const std::vector<Value>> m_elements;
    friend class Value;
};

inline Value::Value(Object o)
    : m_type(Type::Object)
    , m_children(std::move(o.m_members))
{ }

inline Value::Value(Array a)
    : m_type(Type::Array)
    , m_children(std::move(a.m_elements))
{ }

inline Object Value::toObject() const
{
    if (m_type != Type::Object)
        return Object();
    return Object(std::static_pointer_cast<const std::vector<Member>>(m_children));
}

inline Array Value::toArray() const
{
    if (m_type != Type::Array)
        return Array();
    return Array(std::static_pointer_cast<const std::vector<Value>>(m_children));
}

} // namespace mlp::io::json
