#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace mlp::ui {

class Document;

// Keeps a read-only Document in step with its file while another window or program writes to
// it: once a second it looks at the file's size and time (and its -wal beside it, where SQLite
// commits first) and, when they moved, takes the changes in (Document::refreshFromStore) as
// edits, so that the viewer keeps their selection and scroll position. A writer needs none: it
// is the only one changing the file.
class StoreFollower : public QObject
{
    Q_OBJECT

public:
    explicit StoreFollower(Document *document, QObject *parent = nullptr);

    // Looks now rather than at the next tick; true when changes were taken in.
    bool checkNow();
    bool isFollowing() const;

signals:
    // The file could not be read again: the window keeps showing what it had and says why.
    void refreshFailed(const QString &message);

private:
    void documentOpened();
    QString signature() const;

    Document *m_document;
    QTimer *m_timer;
    QString m_seen; // the file's signature when last read
    bool m_failing = false;
};

} // namespace mlp::ui
