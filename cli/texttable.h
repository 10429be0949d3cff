#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mlp::cli {

// Columns a terminal shows: wide (East Asian, e.g. Hangul) characters count two, combining
// marks none. Close enough for aligning tables; terminals differ on the rare cases.
int displayWidth(const QString &text);

// A plain-text table aligned by display width; the last column is never padded, so long
// free text (names, reasons) may go there.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void setRightAligned(int column);
    void addRow(QStringList cells);
    QString toString() const;

private:
    void append(QStringList cells);

    QList<QStringList> m_rows; // the header first
    QList<int> m_widths;       // the display width of every cell, row after row
    QList<bool> m_rightAligned;
};

} // namespace mlp::cli
