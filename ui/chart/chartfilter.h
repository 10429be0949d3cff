#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QAbstractItemModel;

namespace mlp::ui {

// The ideas the chart shows when it follows a list, such as the window's table with its
// filters: the ids in the list's rows (column 0, `idRole`). The list is read again only when
// asked after it changed, so the chart sees the list as it is even in the middle of a change
// that reaches both (an edit, a file opened); changed() is emitted once control returns to the
// event loop, so a filter keystroke that removes thousands of rows moves the points once.
class ChartFilter : public QObject
{
    Q_OBJECT

public:
    explicit ChartFilter(QObject *parent = nullptr);

    // Null follows no list: every idea is shown.
    void setModel(const QAbstractItemModel *model, int idRole);
    bool isActive() const { return !m_model.isNull(); }
    bool contains(qint64 id) const;
    qsizetype size() const;
    // The chart has just placed every point from the list as it is now (a rebuild while the
    // list was changing too, as when a file is opened): no changed() for what it saw.
    void acknowledge();

signals:
    void changed();

private:
    void listChanged();
    void announce();
    void readIfStale() const;

    QPointer<const QAbstractItemModel> m_model;
    int m_idRole = 0;
    mutable QSet<qint64> m_ids;
    mutable bool m_stale = false;
    mutable int m_version = 0; // counts the reads that found a different list
    int m_announced = 0;
    bool m_scheduled = false;
};

} // namespace mlp::ui
