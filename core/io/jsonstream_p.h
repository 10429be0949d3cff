#pragma once

// The JSON text reader behind importJson(): private to core/io/jsonimport*.cpp.

#include "core/domain/result.h"
#include "core/io/jsonvalue_p.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mlp::io::json {

// Reads JSON text from a device a buffer at a time, so that a document of hundreds of megabytes
// is never held whole: the caller walks the outer structure (beginObject/nextMember,
// beginArray/nextElement) and takes the parts it wants one at a time as small trees (value).
//
// Strict where Qt's parser is lenient (RFC 8259): a raw control character inside a string, a
// member name twice in one object (Qt keeps the last one silently) and a lone UTF-16 surrogate
// escape are refused, like malformed text, invalid UTF-8 and a number out of range. The first
// problem stops the reading; error() names its line, column and byte.
class Stream
{
public:
    static constexpr qsizetype kDefaultBufferSize = 256 * 1024;
    // Objects and lists nested deeper than this are refused (each level is a stack frame).
    static constexpr int kMaxDepth = 512;

    // Reads `input` from its current position; more than `maxBytes` bytes are refused.
    Stream(QIODevice &input, qint64 maxBytes, qsizetype bufferSize = kDefaultBufferSize);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

    // The next value's first byte, after white space; 0 at the end of the text.
    char peek();
    // Consumes '{'; the object's members follow through nextMember.
    bool beginObject();
    // The next member's name, with its ':' consumed; false after the object's '}' (or on a
    // problem: see failed()). `seen` collects the object's names, to refuse one given twice.
    bool nextMember(QString &name, QSet<QString> &seen);
    // Consumes '['; the elements follow through nextElement.
    bool beginArray();
    // True when another element follows (not consumed); false after the list's ']' or on a
    // problem.
    bool nextElement();
    // One whole value as a tree, e.g. one idea.
    bool value(Value &out);
    // Only white space is left.
    bool atEnd();

    // Refuses the text at the current position.
    bool fail(const QString &what) { return failAt(position(), what); }

private:
    qint64 position() const { return m_base + m_pos; }
    bool failAt(qint64 offset, const QString &what);
    bool refill();
    int get();
    int peekByte();
    void skipWhiteSpace();
    bool expect(char c, const char *what); // `what`: English, marked QT_TRANSLATE_NOOP
    bool value(Value &out, int depth);
    bool object(Value &out, int depth);
    bool array(Value &out, int depth);
    bool string(QString &out, bool isName = false);
    bool escape(QByteArray &utf8, qint64 at);
    bool hexUnit(int &unit);
    bool number(Value &out);
    bool literal(const char *word, const Value &value, Value &out);

    QIODevice &m_input;
    qint64 m_maxBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_base = 0; // the offset in the text of m_buffer[0]
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_lineStart = 0; // the offset of the current line's first byte
    // For each object or list walked by nextMember/nextElement, whether none of its members
    // or elements has been read yet (the next one then has no ',' before it).
    QList<bool> m_first;
    QByteArray m_scratch; // a string's UTF-8 while it is read
    // Member names (and short values) seen, by their UTF-8: a document repeats a few dozen
    // for every idea, and one found here is shared instead of decoded and allocated again.
    std::unordered_map<std::string_view, QString> m_names;
    std::deque<std::string> m_nameBytes; // what the keys of m_names point into
    bool m_failed = false;
    Error m_error;
};

} // namespace mlp::io::json
