#pragma once

#include <QList>
#include <QObject>
#include <QSet>

namespace mlp::ui {

class Document;

// The ideas selected in the window, shared by every view of them: the table (through
// IdeaSelectionModel), the chart and the idea panel, and the lifecycle board to come. A view
// writes what the user selects in it here and follows changed() for the rest; a write that
// changes nothing emits nothing, so views that follow each other do not loop.
// Only ideas the document holds are selected: removed ideas leave the selection, and a new
// portfolio (a file opened, an import) starts with nothing selected; others' changes taken in
// as one batch (Document::isRefreshing) keep the selected ideas still there.
class Selection : public QObject
{
    Q_OBJECT

public:
    // Connect views that rebuild when the portfolio is replaced before creating the selection,
    // so that they have rebuilt by the time they hear that it was cleared.
    explicit Selection(Document *document, QObject *parent = nullptr);

    const QList<qint64> &ids() const { return m_ids; } // in the order they were selected
    bool contains(qint64 id) const { return m_set.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    qsizetype size() const { return m_ids.size(); }
    // The idea the table's current row shows: `current` as given to select(), else the first
    // selected; 0 when nothing is selected.
    qint64 current() const { return m_current; }
    // The selected idea when exactly one is, else 0: what the idea panel shows.
    qint64 single() const { return m_ids.size() == 1 ? m_ids.first() : 0; }

public slots:
    void select(const QList<qint64> &ids, qint64 current = 0);
    void clear();
    // Adds `id` to the selection, or takes it out when it is in it (a Ctrl-click).
    void toggle(qint64 id);

signals:
    void changed();

private:
    void remove(qint64 id);
    void portfolioReset();

    Document *m_document;
    QList<qint64> m_ids;
    QSet<qint64> m_set;
    qint64 m_current = 0;
};

} // namespace mlp::ui
