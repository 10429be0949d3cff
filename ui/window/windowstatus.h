#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;
class QWidget;
class QStatusBar;
class QTimer;

namespace mlp::ui {

class Document;
class IdeaFilterModel;
class IdeasModel;

// The window's status bar: what is selected (or a passing note in its place), how many ideas
// are shown, the open file, and that every change is saved. Each text has its own label: a
// QStatusBar message would be drawn over the labels around it.
class WindowStatus : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::MainWindow)

public:
    WindowStatus(QStatusBar *bar, Document *document, IdeasModel *model, IdeaFilterModel *filter);

    // Called again when a passing note ends.
    void setRefresh(std::function<void()> refresh);
    // The counts, and the selection's text unless a note is showing.
    void update(const QList<qint64> &selected);
    // The file's name and the saved state, after a file was opened or closed.
    void updateFile();
    // A shared portfolio's server is away (or back): the saved state says so.
    void setServerAway(bool away);
    // The window waits for the server to answer a save (`saving`) or a read, or no longer
    // waits (`waiting` false): the saved state says so.
    void setWaiting(bool waiting, bool saving);
    // `text` in place of the selection's text for `msec`.
    void showNote(const QString &text, int msec);
    // A new selection says what is selected.
    void endNote();
    // Something slow runs off the window's thread (connecting to a server): a busy bar with
    // `text` and a Cancel button, which calls `cancel` (none without one); the window stays
    // usable meanwhile.
    void showBusy(const QString &text, std::function<void()> cancel);
    void endBusy();
    bool isBusy() const;

private:
    Document *m_document;
    IdeasModel *m_model;
    IdeaFilterModel *m_filter;
    QLabel *m_fileLabel;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    QLabel *m_savedLabel;
    QTimer *m_noteTimer;
    QWidget *m_busy;
    QLabel *m_busyLabel;
    QToolButton *m_busyCancel;
    std::function<void()> m_cancel;
    QString m_note; // shown in m_selectionLabel while m_noteTimer runs
};

} // namespace mlp::ui
