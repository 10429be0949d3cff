#pragma once

// The JSON writer behind exportJson() and the command line's `rank --json` and
// `history --json`; not part of core's interface.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstring>
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
    // The bytes are written through a cursor into a buffer grown by doubling: QByteArray's
    // own append of a few bytes (most of an export is indentation, quotes and short keys)
    // goes through Qt's out-of-line insert and took most of the writing time.
    explicit JsonWriter(qsizetype expectedSize) { grow(std::max<qsizetype>(expectedSize, 64)); }

    QByteArray take()
    {
        put('\n');
        m_out.truncate(m_cursor - m_out.data());
        m_cursor = m_end = nullptr;
        return std::move(m_out);
    }

    // The bytes written so far, for writing out as the text is made (an export of 100,000 ideas
    // is 357 MB); clearWritten() forgets them and the writer goes on in the same memory, which
    // is not touched afresh for every megabyte.
    QByteArrayView written() const
    {
        return m_cursor ? QByteArrayView(m_out.constData(), m_cursor - m_out.constData())
                        : QByteArrayView();
    }
    void clearWritten()
    {
        if (m_cursor)
            m_cursor = m_out.data();
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member with a fixed ASCII key; its value follows.
    void key(const char *name)
    {
        next();
        put('"');
        put(name, qsizetype(std::strlen(name)));
        put("\": ", 3);
    }
    void key(const QString &name)
    {
        next();
        put('"');
        escaped(name);
        put("\": ", 3);
    }
    // The next element of a list; its value follows.
    void element() { next(); }

    void value(const QString &text)
    {
        put('"');
        escaped(text);
        put('"');
    }
    void value(double number)
    {
        if (std::isfinite(number))
            put(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
        else
            put("null", 4);
    }
    void integer(qint64 number)
    {
        // The digits written in place: QByteArray::number allocated for every answer.
        char digits[24];
        char *const end = digits + sizeof digits;
        char *at = end;
        quint64 n = number < 0 ? 0 - quint64(number) : quint64(number);
        do {
            *--at = char('0' + n % 10);
            n /= 10;
        } while (n != 0);
        if (number < 0)
            *--at = '-';
        put(at, end - at);
    }
    // Bytes already in JSON form (a number or a quoted text), written as they are.
    void raw(const char *bytes, qsizetype size) { put(bytes, size); }
    void boolean(bool value) { value ? put("true", 4) : put("false", 5); }
    void null() { put("null", 4); }

    template<typename T> void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void grow(qsizetype needed)
    {
        const qsizetype used = m_cursor ? m_cursor - m_out.data() : 0;
        // resize() leaves the new bytes uninitialised; take() cuts the buffer to what was written.
        m_out.resize(std::max(2 * m_out.size(), used + needed));
        m_cursor = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }
    char *room(qsizetype n)
    {
        if (m_end - m_cursor < n)
            grow(n);
        char *at = m_cursor;
        m_cursor += n;
        return at;
    }
    void put(char c) { *room(1) = c; }
    void put(const char *bytes, qsizetype n) { std::memcpy(room(n), bytes, size_t(n)); }
    void put(const QByteArray &bytes) { put(bytes.constData(), bytes.size()); }

    void open(char bracket)
    {
        char *at = room(2);
        at[0] = bracket;
        at[1] = '\n';
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty)
            put('\n');
        indent();
        put(bracket);
    }
    void next()
    {
        if (m_empty.back())
            m_empty.back() = false;
        else
            put(",\n", 2);
        indent();
    }
    void indent()
    {
        const qsizetype n = qsizetype(4 * m_empty.size());
        std::memset(room(n), ' ', size_t(n));
    }

    static char hex(uint digit) { return char(digit < 10 ? '0' + digit : 'a' + digit - 10); }

    void escaped(const QString &text)
    {
        const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = src + text.size();
        // Plain ASCII is copied as it is checked, into room for the rest of the text.
        while (src != end) {
            if (m_end - m_cursor < end - src)
                grow(end - src);
            char *dst = m_cursor;
            while (src != end && *src >= 0x20 && *src < 0x80 && *src != u'"' && *src != u'\\')
                *dst++ = char(*src++);
            m_cursor = dst;
            if (src == end)
                break;
            const char16_t u = *src++;
            if (u < 0x80) {
                put('\\');
                switch (u) {
                case u'"':
                    put('"');
                    break;
                case u'\\':
                    put('\\');
                    break;
                case 0x8:
                    put('b');
                    break;
                case 0xc:
                    put('f');
                    break;
                case 0xa:
                    put('n');
                    break;
                case 0xd:
                    put('r');
                    break;
                case 0x9:
                    put('t');
                    break;
                default:
                    put("u00", 3);
                    put(hex(u >> 4));
                    put(hex(u & 0xf));
                }
            } else if (u < 0x800) {
                put(char(0xc0 | (u >> 6)));
                put(char(0x80 | (u & 0x3f)));
            } else if (!QChar::isSurrogate(u)) {
                put(char(0xe0 | (u >> 12)));
                put(char(0x80 | ((u >> 6) & 0x3f)));
                put(char(0x80 | (u & 0x3f)));
            } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                put(char(0xf0 | (c >> 18)));
                put(char(0x80 | ((c >> 12) & 0x3f)));
                put(char(0x80 | ((c >> 6) & 0x3f)));
                put(char(0x80 | (c & 0x3f)));
            } else {
                // A lone surrogate has no UTF-8 form: Qt writes it as a \u escape.
                put("\\u", 2);
                put(hex((u >> 12) & 0xf));
                put(hex((u >> 8) & 0xf));
                put(hex((u >> 4) & 0xf));
                put(hex(u & 0xf));
            }
        }
    }

    QByteArray m_out; // written up to m_cursor; the rest is room
    char *m_cursor = nullptr;
    char *m_end = nullptr;
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
