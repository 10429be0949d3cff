#include "core/io/jsonstream_p.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

#include <clocale>
#include <cmath>
#include <cstdlib>

#include <locale.h>

namespace mlp::io::json {

namespace {

int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &utf8, char32_t code)
{
    if (code < 0x80) {
        utf8 += char(code);
    } else if (code < 0x800) {
        utf8 += char(0xC0 | (code >> 6));
        utf8 += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        utf8 += char(0xE0 | (code >> 12));
        utf8 += char(0x80 | ((code >> 6) & 0x3F));
        utf8 += char(0x80 | (code & 0x3F));
    } else {
        utf8 += char(0xF0 | (code >> 18));
        utf8 += char(0x80 | ((code >> 12) & 0x3F));
        utf8 += char(0x80 | ((code >> 6) & 0x3F));
        utf8 += char(0x80 | (code & 0x3F));
    }
}

// Where the first invalid UTF-8 sequence in `s` starts, or -1 when all of it is valid:
// no overlong forms, no encoded surrogates, nothing above U+10FFFF (what Qt's parser refuses).
qsizetype invalidUtf8At(const QByteArray &s)
{
    const auto *b = reinterpret_cast<const uchar *>(s.constData());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        char32_t code = 0;
        char32_t least = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1, code = c & 0x1F, least = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2, code = c & 0x0F, least = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3, code = c & 0x07, least = 0x10000;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (b[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (b[i + k] & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += more + 1;
    }
    return -1;
}

} // namespace

Stream::Stream(QIODevice &input, qint64 maxBytes, qsizetype bufferSize)
    : m_input(input)
    , m_maxBytes(maxBytes)
    , m_buffer(bufferSize, Qt::Uninitialized)
{ }

bool Stream::failAt(qint64 offset, const QString &what)
{
    if (m_failed)
        return false;
    m_failed = true;
    // Line breaks are only ever read as white space (one inside a string is refused where it
    // is), so the line counted so far is the line of the problem.
    const qint64 column = offset - m_lineStart + 1;
    m_error = makeError(
        Error::Code::Parse,
        QCoreApplication::translate("mlp", "The JSON is malformed at %1 (byte %2): %3")
            .arg(QCoreApplication::translate("mlp", "line %1, column %2").arg(m_line).arg(column))
            .arg(offset)
            .arg(what));
    return false;
}

bool Stream::refill()
{
    if (m_eof || m_failed)
        return false;
    m_base += m_end;
    m_pos = 0;
    m_end = 0;
    const qint64 read = m_input.read(m_buffer.data(), m_buffer.size());
    if (read < 0) {
        m_eof = true;
        m_failed = true; // not malformed text: the device failed
        m_error = makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp", "cannot read: %1").arg(m_input.errorString()));
        return false;
    }
    if (read == 0) {
        m_eof = true;
        return false;
    }
    m_end = read;
    if (m_base + m_end > m_maxBytes) {
        m_eof = true;
        m_failed = true;
        m_error = makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("mlp", "the file is larger than the %1 MB an import reads")
                .arg(m_maxBytes / (1024 * 1024)));
        return false;
    }
    return true;
}

int Stream::peekByte()
{
    if (m_pos == m_end && !refill())
        return -1;
    return uchar(m_buffer.at(m_pos));
}

int Stream::get()
{
    const int c = peekByte();
    if (c >= 0)
        ++m_pos;
    return c;
}

void Stream::skipWhiteSpace()
{
    for (;;) {
        if (m_pos == m_end && !refill())
            return;
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_line;
            m_lineStart = position() + 1;
        } else if (c != ' ' && c != '\r' && c != '\t') {
            return;
        }
        ++m_pos;
    }
}

char Stream::peek()
{
    skipWhiteSpace();
    const int c = peekByte();
    return c < 0 ? '\0' : char(c);
}

bool Stream::expect(char c, const char *what)
{
    skipWhiteSpace();
    if (peekByte() != uchar(c)) // translated only then: this runs for every member
        return fail(QCoreApplication::translate("mlp", what));
    ++m_pos;
    return true;
}

bool Stream::atEnd()
{
    skipWhiteSpace();
    if (m_failed)
        return false;
    if (peekByte() >= 0)
        return fail(QCoreApplication::translate("mlp", "text follows the end of the document"));
    return !m_failed;
}

bool Stream::beginObject()
{
    if (!expect('{', QT_TRANSLATE_NOOP("mlp", "expected an object")))
        return false;
    m_first.append(true);
    return true;
}

bool Stream::nextMember(QString &name, QSet<QString> &seen)
{
    skipWhiteSpace();
    const int c = peekByte();
    if (c == '}') {
        ++m_pos;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last()) {
        if (c != ',')
            return fail(QCoreApplication::translate("mlp", "expected ',' or '}' after a member"));
        ++m_pos;
        skipWhiteSpace();
    }
    const qint64 at = position();
    if (peekByte() != '"')
        return fail(QCoreApplication::translate("mlp", "expected a member name in quotes"));
    ++m_pos;
    if (!string(name, true))
        return false;
    if (seen.contains(name))
        return failAt(at,
                      QCoreApplication::translate(
                          "mlp", "the member \"%1\" appears twice in one object; keep one")
                          .arg(excerpt(name)));
    seen.insert(name);
    if (!expect(':', QT_TRANSLATE_NOOP("mlp", "expected ':' after a member name")))
        return false;
    m_first.last() = false;
    return true;
}

bool Stream::beginArray()
{
    if (!expect('[', QT_TRANSLATE_NOOP("mlp", "expected a list")))
        return false;
    m_first.append(true);
    return true;
}

bool Stream::nextElement()
{
    skipWhiteSpace();
    const int c = peekByte();
    if (c == ']') {
        ++m_pos;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last()) {
        if (c != ',')
            return fail(QCoreApplication::translate("mlp", "expected ',' or ']' after an element"));
        ++m_pos;
    }
    m_first.last() = false;
    return !m_failed;
}

bool Stream::value(Value &out)
{
    return value(out, int(m_first.size()));
}

bool Stream::value(Value &out, int depth)
{
    skipWhiteSpace();
    switch (peekByte()) {
    case '{':
        return object(out, depth + 1);
    case '[':
        return array(out, depth + 1);
    case '"': {
        ++m_pos;
        QString text;
        if (!string(text))
            return false;
        out = Value(std::move(text));
        return true;
    }
    case 't':
        return literal("true", Value(true), out);
    case 'f':
        return literal("false", Value(false), out);
    case 'n':
        return literal("null", Value::null(), out);
    case -1:
        if (!m_failed)
            fail(QCoreApplication::translate("mlp", "the text ends where a value should be"));
        return false;
    default:
        return number(out);
    }
}

bool Stream::object(Value &out, int depth)
{
    if (depth > kMaxDepth)
        return fail(QCoreApplication::translate("mlp", "objects and lists are nested too deeply"));
    ++m_pos; // '{'
    auto members = std::make_shared<std::vector<Member>>();
    members->reserve(8);
    QSet<QString> names; // only for a large object: a small one is searched
    constexpr size_t kSearched = 16;
    bool first = true;
    for (;;) {
        skipWhiteSpace();
        int c = peekByte();
        if (c == '}' && first) {
            ++m_pos;
            break;
        }
        if (!first) {
            if (c == '}') {
                ++m_pos;
                break;
            }
            if (c != ',')
                return fail(
                    QCoreApplication::translate("mlp", "expected ',' or '}' after a member"));
            ++m_pos;
            skipWhiteSpace();
            c = peekByte();
        }
        first = false;
        const qint64 at = position();
        if (c != '"')
            return fail(QCoreApplication::translate("mlp", "expected a member name in quotes"));
        ++m_pos;
        QString name;
        if (!string(name, true))
            return false;
        bool twice = false;
        if (members->size() < kSearched) {
            for (const Member &m : *members)
                twice = twice || m.first == name;
        } else {
            if (names.isEmpty()) {
                for (const Member &m : *members)
                    names.insert(m.first);
            }
            twice = names.contains(name);
            names.insert(name);
        }
        if (twice)
            return failAt(at,
                          QCoreApplication::translate(
                              "mlp", "the member \"%1\" appears twice in one object; keep one")
                              .arg(excerpt(name)));
        if (!expect(':', QT_TRANSLATE_NOOP("mlp", "expected ':' after a member name")))
            return false;
        Value member;
        if (!value(member, depth))
            return false;
        members->emplace_back(std::move(name), std::move(member));
    }
    out = Value(Object(std::move(members)));
    return true;
}

bool Stream::array(Value &out, int depth)
{
    if (depth > kMaxDepth)
        return fail(QCoreApplication::translate("mlp", "objects and lists are nested too deeply"));
    ++m_pos; // '['
    auto elements = std::make_shared<std::vector<Value>>();
    skipWhiteSpace();
    if (peekByte() == ']') {
        ++m_pos;
        out = Value(Array(std::move(elements)));
        return true;
    }
    for (;;) {
        Value element;
        if (!value(element, depth))
            return false;
        elements->push_back(std::move(element));
        skipWhiteSpace();
        const int c = get();
        if (c == ']')
            break;
        if (c != ',') {
            if (c >= 0)
                --m_pos;
            return fail(QCoreApplication::translate("mlp", "expected ',' or ']' after an element"));
        }
    }
    out = Value(Array(std::move(elements)));
    return true;
}

// After the opening quote; leaves the position after the closing one.
bool Stream::string(QString &out, bool isName)
{
    QByteArray &utf8 = m_scratch;
    utf8.clear();
    const qint64 start = position();
    bool escaped = false; // then a byte of `utf8` is no longer at start + its index
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (!m_failed)
                fail(QCoreApplication::translate("mlp", "the text ends inside a string"));
            return false;
        }
        // The plain run up to the next quote, backslash or control character, in one append.
        const char *data = m_buffer.constData();
        qsizetype run = m_pos;
        while (run < m_end) {
            const uchar b = uchar(data[run]);
            if (b == '"' || b == '\\' || b < 0x20)
                break;
            ++run;
        }
        utf8.append(data + m_pos, run - m_pos);
        m_pos = run;
        if (run == m_end)
            continue;
        const uchar b = uchar(data[run]);
        if (b == '"') {
            ++m_pos;
            break;
        }
        if (b < 0x20)
            return fail(QCoreApplication::translate(
                            "mlp",
                            "a raw control character (byte %1) inside a string; write it as an "
                            "escape such as \\n or \\u001f")
                            .arg(b));
        const qint64 at = position();
        ++m_pos;
        escaped = true;
        if (!escape(utf8, at))
            return false;
    }
    // Names, and short values such as stage keys and answers, are looked up first.
    constexpr size_t kMaxNames = 4096;
    constexpr qsizetype kLongestName = 64;
    constexpr qsizetype kLongestValue = 12;
    const std::string_view bytes(utf8.constData(), size_t(utf8.size()));
    isName = isName || utf8.size() <= kLongestValue;
    if (isName) {
        if (const auto known = m_names.find(bytes); known != m_names.end()) {
            out = known->second; // valid UTF-8, checked when it was first seen
            return true;
        }
    }
    if (const qsizetype bad = invalidUtf8At(utf8); bad >= 0)
        return failAt(escaped ? start : start + bad,
                      QCoreApplication::translate("mlp", "the text is not valid UTF-8"));
    out = QString::fromUtf8(utf8);
    if (isName && m_names.size() < kMaxNames && utf8.size() <= kLongestName) {
        const std::string &kept = m_nameBytes.emplace_back(bytes);
        m_names.emplace(std::string_view(kept), out);
    }
    return true;
}

bool Stream::hexUnit(int &unit)
{
    unit = 0;
    for (int k = 0; k < 4; ++k) {
        const int h = hexValue(get());
        if (h < 0)
            return false;
        unit = unit * 16 + h;
    }
    return true;
}

// After the backslash at `at`.
bool Stream::escape(QByteArray &utf8, qint64 at)
{
    const int e = get();
    switch (e) {
    case '"':
    case '\\':
    case '/':
        utf8 += char(e);
        return true;
    case 'b':
        utf8 += '\b';
        return true;
    case 'f':
        utf8 += '\f';
        return true;
    case 'n':
        utf8 += '\n';
        return true;
    case 'r':
        utf8 += '\r';
        return true;
    case 't':
        utf8 += '\t';
        return true;
    case 'u':
        break;
    default:
        return failAt(at, QCoreApplication::translate("mlp", "an unknown escape in a string"));
    }
    int unit = 0;
    if (!hexUnit(unit))
        return failAt(at, QCoreApplication::translate("mlp", "an unknown escape in a string"));
    const auto lone = [&] {
        return failAt(at,
                      QCoreApplication::translate(
                          "mlp",
                          "a lone UTF-16 surrogate escape (\\u%1); a surrogate must come in a "
                          "high–low pair")
                          .arg(unit, 4, 16, QLatin1Char('0')));
    };
    if (QChar::isLowSurrogate(char32_t(unit)))
        return lone();
    if (!QChar::isHighSurrogate(char32_t(unit))) {
        appendUtf8(utf8, char32_t(unit));
        return true;
    }
    int low = 0;
    if (get() != '\\' || get() != 'u' || !hexUnit(low) || !QChar::isLowSurrogate(char32_t(low)))
        return lone();
    appendUtf8(utf8, QChar::surrogateToUcs4(char16_t(unit), char16_t(low)));
    return true;
}

bool Stream::number(Value &out)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const qint64 at = position();
    QByteArray &text = m_scratch;
    text.clear();
    const auto digits = [&] {
        qsizetype count = 0;
        for (int c = peekByte(); c >= '0' && c <= '9'; c = peekByte()) {
            text += char(c);
            ++m_pos;
            ++count;
        }
        return count;
    };
    if (peekByte() == '-')
        text += char(get());
    const int lead = peekByte();
    const qsizetype whole = digits();
    bool valid = whole > 0 && !(lead == '0' && whole > 1);
    if (valid && peekByte() == '.') {
        text += char(get());
        valid = digits() > 0;
    }
    if (valid && (peekByte() == 'e' || peekByte() == 'E')) {
        text += char(get());
        if (peekByte() == '+' || peekByte() == '-')
            text += char(get());
        valid = digits() > 0;
    }
    if (m_failed)
        return false;
    if (!valid)
        return failAt(at, QCoreApplication::translate("mlp", "expected a value"));
    // strtod in the C locale, whatever the process's locale: it reads a number too small to
    // tell from zero as 0 and a subnormal one exactly, as the export wrote it.
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    char *end = nullptr;
    const double d = strtod_l(text.constData(), &end, cLocale);
    if (end != text.constData() + text.size() || !std::isfinite(d))
        return failAt(at, QCoreApplication::translate("mlp", "the number is out of range"));
    out = Value(d);
    return true;
}

bool Stream::literal(const char *word, const Value &value, Value &out)
{
    const qint64 at = position();
    for (const char *w = word; *w; ++w) {
        if (get() != uchar(*w))
            return failAt(at, QCoreApplication::translate("mlp", "expected a value"));
    }
    out = value;
    return true;
}

} // namespace mlp::io::json
