#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace mlp::cli {

// TextTable's table (texttable.h: the same alignment by display width, line breaks and tabs in
// a cell as spaces, no padding after the last column, no trailing spaces) written as the UTF-8
// bytes QTextStream would have written of it, for Context::outBytes: a table of 100,000 rows
// is kept as one byte buffer instead of a QStringList per row and copied once, not three times.
class Utf8Table
{
public:
    explicit Utf8Table(const QStringList &header);
    void setRightAligned(int column);
    // Room for `rows` more rows of about `bytesPerRow` bytes, so that the cells are not moved.
    void reserve(qsizetype rows, qsizetype bytesPerRow);
    // The next cell, row after row (a row is as many cells as the header has).
    void cell(QStringView text);
    void cell(qint64 number);
    QByteArray toUtf8() const;

private:
    struct Cell
    {
        qsizetype end; // in m_text, after the cell's bytes
        int width;
    };
    void add(const char *bytes, qsizetype size, int width);

    qsizetype m_columns;
    std::vector<bool> m_rightAligned;
    QByteArray m_text; // every cell's bytes, one after the other
    std::vector<Cell> m_cells;
};

} // namespace mlp::cli
