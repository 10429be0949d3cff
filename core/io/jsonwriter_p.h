#pragma once

// The JSON writer behind exportJson(): private to core/io/jsonexport.cpp and its tests.

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mlp::io::json {

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

    template<typename T> void member(const char *name, const T &v)
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
                case u'"':
                    m_out += '"';
                    break;
                case u'\\':
                    m_out += '\\';
                    break;
                case 0x8:
                    m_out += 'b';
                    break;
                case 0xc:
                    m_out += 'f';
                    break;
                case 0xa:
                    m_out += 'n';
                    break;
                case 0xd:
                    m_out += 'r';
                    break;
                case 0x9:
                    m_out += 't';
                    break;
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
inline bool codePointLess(const QString &a, const QString &b)
{
    const auto fixed = [](char16_t u) {
        // Surrogates move above U+E000..U+FFFF, which gives code point order.
        return u >= 0xE000 ? char32_t(u) - 0x800
                           : (u >= 0xD800 ? char32_t(u) + 0x2000 : char32_t(u));
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
template<typename Map, typename F> void forEachInJsonOrder(const Map &map, F handle)
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
template<typename KeyOf> std::vector<int> sortedIndices(int n, KeyOf keyOf)
{
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
    return order;
}

} // namespace mlp::io::json
