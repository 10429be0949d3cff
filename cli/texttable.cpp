#include "cli/texttable.h"

#include <algorithm>

namespace mlp::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

bool breaksLine(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
}

// A copy only when a cell holds a line break or tab: most cells are shared as they are.
void makeOneLine(QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), breaksLine))
        return;
    for (QChar &c : text) {
        if (breaksLine(c))
            c = QLatin1Char(' ');
    }
}

} // namespace

int displayWidth(const QString &text)
{
    // Below U+0300 every character but the soft hyphen (a format character) is one column
    // wide: most cells are counted without decoding them.
    const bool simple = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x300 && c.unicode() != 0xAD;
    });
    if (simple)
        return int(text.size());
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

TextTable::TextTable(QStringList header)
    : m_rightAligned(header.size(), false)
{
    append(std::move(header));
}

void TextTable::setRightAligned(int column)
{
    m_rightAligned[column] = true;
}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        makeOneLine(cell);
    cells.resize(m_rightAligned.size());
    append(std::move(cells));
}

void TextTable::append(QStringList cells)
{
    for (const QString &cell : cells)
        m_widths.append(displayWidth(cell));
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    const qsizetype columns = m_rightAligned.size();
    QList<int> widths(columns, 0);
    for (qsizetype cell = 0; cell < m_widths.size(); ++cell)
        widths[cell % columns] = std::max(widths[cell % columns], m_widths[cell]);

    // Every line is at most as long as the widest of each column plus the gaps (wide
    // characters take one code unit for two columns, so this is an upper bound).
    qsizetype lineLength = 2 * columns;
    for (int width : widths)
        lineLength += width;
    QString text;
    text.reserve(m_rows.size() * lineLength);
    qsizetype cellIndex = 0;
    for (const QStringList &row : m_rows) {
        const qsizetype lineStart = text.size();
        for (qsizetype i = 0; i < columns; ++i, ++cellIndex) {
            const bool last = i == columns - 1;
            const qsizetype padding = widths[i] - m_widths[cellIndex];
            if (i > 0)
                text += QLatin1String("  ");
            if (m_rightAligned[i]) {
                text.resize(text.size() + padding, QLatin1Char(' '));
                text += row[i];
            } else {
                text += row[i];
                if (!last)
                    text.resize(text.size() + padding, QLatin1Char(' '));
            }
        }
        qsizetype end = text.size();
        while (end > lineStart && text.at(end - 1) == QLatin1Char(' '))
            --end;
        text.truncate(end);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace mlp::cli
