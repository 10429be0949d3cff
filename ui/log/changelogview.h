#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace mlp::ui {

class ChangeTable;
class Document;

// The portfolio's change log as a central view of the window (View ▸ Change Log, Ctrl+4): every
// recorded change, newest first, filtered by idea (a name or an id), by kind of field and by
// how far back. It answers "why did this idea drop to Avoid last week?": the answers changed,
// by whom, and the quadrant the change took it to. Read lazily: a change only marks the view
// stale, and it reads the log again when it is visible.
class ChangeLogView : public QWidget
{
    Q_OBJECT

public:
    // The newest entries read at most; `mlplanner log` gives every one.
    static constexpr int kShownChanges = 2000;

    explicit ChangeLogView(Document *document, QWidget *parent = nullptr);

    ChangeTable *table() const { return m_table; }
    QLineEdit *ideaFilter() const { return m_idea; }
    QComboBox *fieldFilter() const { return m_field; }
    QComboBox *sinceFilter() const { return m_since; }
    QString summaryText() const;
    bool isStale() const { return m_stale; }
    // Whether a change of the idea filter waits for typing to pause before it is read.
    bool isWaitingForTyping() const;
    // How many are shown at most (kShownChanges unless changed, as the tests do).
    void setShownLimit(int limit) { m_shownLimit = limit; }

public slots:
    void refresh(); // reads the log now

signals:
    // A row was activated (double-click or Enter): the idea it is about.
    void ideaActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void invalidate();

    Document *m_document;
    bool m_stale = true;
    int m_shownLimit = kShownChanges;
    QTimer *m_typing = nullptr; // the idea filter, read once typing pauses
    QLineEdit *m_idea;
    QComboBox *m_field;
    QComboBox *m_since;
    QLabel *m_summary;
    ChangeTable *m_table;
};

} // namespace mlp::ui
