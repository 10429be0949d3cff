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
class StoreFollower : public QObject
{
    Q_OBJECT

public:
    explicit StoreFollower(Document *document, QObject *parent = nullptr);

    // Looks now rather than at the next tick or notification; true when changes were taken in.
    bool checkNow();
    bool isFollowing() const;

signals:
    // The file could not be read again: the window keeps showing what it had and says why.
    void refreshFailed(const QString &message);

private:
    void documentOpened();
    bool refreshNow();
    QString signature() const;

    Document *m_document;
    QTimer *m_timer;
    QTimer *m_debounce;
    QString m_seen; // the file's signature when last read
    bool m_failing = false;
    bool m_watching = false; // the store says when others change it
};

} // namespace mlp::ui
