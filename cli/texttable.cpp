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

QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace

int displayWidth(const QString &text)
{
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
    m_rows.append(std::move(header));
}

void TextTable::setRightAligned(int column)
{
    m_rightAligned[column] = true;
}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = oneLine(cell);
    cells.resize(m_rightAligned.size());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    const qsizetype columns = m_rightAligned.size();
    QList<int> widths(columns, 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }

    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < columns; ++i) {
            const bool last = i == columns - 1;
            const QString padding(widths[i] - displayWidth(row[i]), QLatin1Char(' '));
            if (i > 0)
                line += QStringLiteral("  ");
            if (m_rightAligned[i])
                line += padding + row[i];
            else
                line += last ? row[i] : row[i] + padding;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace mlp::cli
