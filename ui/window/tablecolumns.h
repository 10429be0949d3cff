#pragma once

#include <QByteArray>
#include <QObject>

class QTableView;

namespace mlp::ui {

class Document;

// The widths of the ideas table's columns. Until the user sizes a column they follow the
// table's width: numbers as wide as their values, the text columns shrunk if need be so that
// the name keeps a readable width. After that the user's widths stay (and are kept between
// runs), as long as the name keeps a readable width.
class TableColumns : public QObject
{
public:
    TableColumns(QTableView *table, Document *document);

    // The header as saved; widths fitted to the table when there is none.
    void restoreState(const QByteArray &state);
    QByteArray saveState() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Column widths that fit `available` pixels (0: unknown yet).
    void fit(int available);
    void keepNameReadable(int available);

    QTableView *m_table;
    Document *m_document;
    bool m_autoFit = true;
    bool m_fitting = false;
};

} // namespace mlp::ui
