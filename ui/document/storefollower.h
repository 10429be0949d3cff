#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace mlp::ui {

class Document;

// Keeps a Document in step with what others change in its store, taking their changes in
// (Document::refreshFromStore) as edits, so that the viewer keeps their selection, scroll
// position and typing. A shared portfolio says when someone else committed a change
// (Document::watchStore, LISTEN/NOTIFY on the server): it is read again then, once per burst.
// A file opened read-only is watched instead: once a second its size and time (and its -wal
// beside it, where SQLite commits first) are looked at. A file's writer needs neither: it is
// the only one changing the file.
// When a shared portfolio's server cannot be reached (a probe fails after a failed change, or a
// notified change cannot be read), the follower says so (serverAway) and tries again every few
// seconds; once it answers, it takes in what changed meanwhile, listens again for changes and
// says so (serverBack). Nothing is written meanwhile: the store refuses every change, and what
// was acknowledged before is on the server. Whether the server answers is asked off the window's
// thread (StoreWorker: connecting may wait up to the connection timeout); only once it answered
// is the portfolio read again on the window's thread.
class StoreFollower : public QObject
{
    Q_OBJECT

public:
    explicit StoreFollower(Document *document, QObject *parent = nullptr);

    // Looks now rather than at the next tick or notification; true when changes were taken in.
    bool checkNow();
    bool isFollowing() const;
    bool isAway() const { return m_away; }

    // After a change the store refused: looks whether a shared portfolio's server is still
    // there (a read), and if not, says so and starts trying again.
    void storeFailed();
    void setRetryInterval(int msec);
    bool isProbing() const;
    // After a portfolio opened elsewhere was adopted: `newest` is its change log's newest entry
    // when it was loaded. A change someone made between that load and listening is read now.
    void catchUp(const QDateTime &newest);

signals:
    // The file could not be read again: the window keeps showing what it had and says why.
    void refreshFailed(const QString &message);
    // A shared portfolio's server cannot be reached (`message` says how); serverBack once it
    // answers again and the portfolio is up to date.
    void serverAway(const QString &message);
    void serverBack();

private:
    void documentOpened();
    bool refreshNow();
    void retry();
    void probed(bool answers, const QString &message);
    void goAway(const QString &message);
    void listen();
    bool isShared() const;
    QString signature() const;

    Document *m_document;
    QTimer *m_timer;
    QTimer *m_debounce;
    QTimer *m_retry;
    class StoreWorker *m_probe;
    QString m_seen; // the file's signature when last read
    bool m_failing = false;
    bool m_watching = false; // the store says when others change it
    bool m_away = false;     // a shared portfolio's server does not answer
};

} // namespace mlp::ui
