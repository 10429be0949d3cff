#include "cli/utf8table.h"

#include "cli/texttable.h"

#include <algorithm>
#include <cstring>

namespace mlp::cli {

Utf8Table::Utf8Table(const QStringList &header)
    : m_columns(header.size())
    , m_rightAligned(size_t(header.size()), false)
{
    for (const QString &text : header)
        cell(text);
}

void Utf8Table::setRightAligned(int column)
{
    m_rightAligned[size_t(column)] = true;
}

void Utf8Table::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    m_cells.reserve(m_cells.size() + size_t(rows * m_columns));
    m_text.reserve(m_text.size() + rows * bytesPerRow);
}

void Utf8Table::add(const char *bytes, qsizetype size, int width)
{
    m_text.append(bytes, size);
    m_cells.push_back(Cell { m_text.size(), width });
}

void Utf8Table::cell(qint64 number)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    const bool negative = number < 0;
    quint64 n = negative ? 0 - quint64(number) : quint64(number);
    do {
        *--at = char('0' + n % 10);
        n /= 10;
    } while (n != 0);
    if (negative)
        *--at = '-';
    add(at, end - at, int(end - at));
}

void Utf8Table::cell(QStringView text)
{
    // Plain ASCII (most cells) is one column per character; line breaks and tabs become
    // spaces, as TextTable's cells do.
    const qsizetype size = text.size();
    const char16_t *src = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = src[i] < 0x80;
    if (ascii) {
        const qsizetype start = m_text.size();
        m_text.resize(start + size);
        char *to = m_text.data() + start;
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = src[i];
            to[i] = c == u'\n' || c == u'\r' || c == u'\t' ? ' ' : char(c);
        }
        m_cells.push_back(Cell { m_text.size(), int(size) });
        return;
    }
    QString line = text.toString();
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    const QByteArray utf8 = line.toUtf8();
    add(utf8.constData(), utf8.size(), displayWidth(line));
}

QByteArray Utf8Table::toUtf8() const
{
    const size_t columns = size_t(m_columns);
    std::vector<int> widths(columns, 0);
    for (size_t i = 0; i < m_cells.size(); ++i)
        widths[i % columns] = std::max(widths[i % columns], m_cells[i].width);
    // Every cell's bytes, plus at most each column's width of padding and the gaps per line:
    // written through a pointer into a buffer of that size, cut to what was written.
    qsizetype perLine = 2 * m_columns + 1;
    for (int width : widths)
        perLine += width;
    const qsizetype rows = qsizetype(m_cells.size() / columns);
    QByteArray out(m_text.size() + rows * perLine, Qt::Uninitialized);
    char *const begin = out.data();
    char *to = begin;
    const char *text = m_text.constData();
    for (size_t at = 0; at + columns <= m_cells.size(); at += columns) {
        char *const lineStart = to;
        for (size_t i = 0; i < columns; ++i) {
            const Cell &c = m_cells[at + i];
            const qsizetype padding = widths[i] - c.width;
            const qsizetype start = at + i == 0 ? 0 : m_cells[at + i - 1].end;
            if (i > 0) {
                *to++ = ' ';
                *to++ = ' ';
            }
            if (m_rightAligned[i]) {
                std::memset(to, ' ', size_t(padding));
                to += padding;
            }
            std::memcpy(to, text + start, size_t(c.end - start));
            to += c.end - start;
            if (!m_rightAligned[i] && i + 1 < columns) {
                std::memset(to, ' ', size_t(padding));
                to += padding;
            }
        }
        while (to > lineStart && to[-1] == ' ')
            --to;
        *to++ = '\n';
    }
    out.truncate(to - begin);
    return out;
}

} // namespace mlp::cli
