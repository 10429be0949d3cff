#include "ui/document/storefollower.h"

#include "core/store/storelocation.h"
#include "ui/document/document.h"
#include "ui/document/storeworker.h"

#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace mlp::ui {

namespace {

constexpr int kIntervalMs = 1000;
// A notified change is read after this pause, so that a burst of them is read once.
constexpr int kDebounceMs = 150;
// How often a server that went away is tried again.
constexpr int kRetryMs = 5000;

QString fileSignature(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

StoreFollower::StoreFollower(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_debounce(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_probe(new StoreWorker(document->stores(), this))
{
    connect(m_probe, &StoreWorker::probed, this,
            [this](const QString &, bool answers, const QString &message) {
                probed(answers, message);
            });
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StoreFollower::checkNow);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &StoreFollower::refreshNow);
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &StoreFollower::retry);
    connect(document, &Document::fileChanged, this, &StoreFollower::documentOpened);
    // Queued: the failure may come from inside an undo command, which a reload must not enter.
    connect(document, &Document::storeFailed, this, &StoreFollower::storeFailed,
            Qt::QueuedConnection);
    documentOpened();
}

bool StoreFollower::isFollowing() const
{
    return m_watching || m_timer->isActive();
}

void StoreFollower::documentOpened()
{
    m_timer->stop();
    m_debounce->stop();
    m_retry->stop();
    m_probe->cancel();
    m_seen.clear();
    m_failing = false;
    m_watching = false;
    if (m_away) {
        m_away = false;
        emit serverBack(); // another portfolio, or none: nothing is away any more
    }
    if (!m_document->isOpen())
        return;
    // A store that says when others change it (a shared portfolio) is read again then, once
    // per burst of changes.
    listen();
    if (m_watching)
        return;
    // A file opened read-only: its writer is elsewhere, so its size and time are watched.
    if (m_document->isReadOnly() && !isSharedLocation(m_document->filePath())) {
        m_seen = signature();
        m_timer->start();
    }
}

void StoreFollower::listen()
{
    QPointer<QTimer> debounce = m_debounce;
    m_watching = m_document->watchStore([debounce] {
        if (debounce)
            debounce->start();
    });
}

// Shared by a team: its store says when others change it, or its location is a server's.
bool StoreFollower::isShared() const
{
    return m_watching || isSharedLocation(m_document->filePath());
}

void StoreFollower::setRetryInterval(int msec)
{
    m_retry->setInterval(msec);
}

bool StoreFollower::isProbing() const
{
    return m_probe->isBusy();
}

void StoreFollower::storeFailed()
{
    if (!m_document->isOpen() || !isShared() || m_away || m_probe->isBusy())
        return;
    // A refusal of the change itself (a value, a conflict, a right) leaves the server there;
    // whether it answers is asked off this thread.
    m_probe->probe(m_document->filePath());
}

// The server answered the probe (or not): read the portfolio again, now that it answers. The
// first read may meet the store's connection broken by the outage, which it drops; the second
// connects again (and listens again: PgStore::watchChanges).
void StoreFollower::probed(bool answers, const QString &message)
{
    if (!m_document->isOpen())
        return;
    if (m_document->isWaitingForStore()) { // a save is under way: after it
        QTimer::singleShot(kDebounceMs, this,
                           [this, answers, message] { probed(answers, message); });
        return;
    }
    if (!answers) {
        goAway(message);
        return;
    }
    Result<int> refreshed = m_document->refreshFromStore();
    if (!refreshed)
        refreshed = m_document->refreshFromStore();
    if (!refreshed) {
        goAway(refreshed.error().message);
        return;
    }
    listen(); // a new connection: listen on it (the old one's LISTEN is gone)
    if (m_away) {
        m_away = false;
        emit serverBack();
    }
}

void StoreFollower::catchUp(const QDateTime &newest)
{
    if (!m_document->isOpen())
        return;
    ChangeQuery query;
    query.limit = 1;
    const Result<QList<FieldChange>> now = m_document->changes(query);
    const QDateTime latest = now && !now->isEmpty() ? now->first().at : QDateTime();
    if (now && latest != newest)
        m_debounce->start();
}

void StoreFollower::goAway(const QString &message)
{
    if (!m_away) {
        m_away = true;
        emit serverAway(message);
    }
    m_retry->start();
}

void StoreFollower::retry()
{
    if (!m_away || !m_document->isOpen() || m_probe->isBusy())
        return;
    m_probe->probe(m_document->filePath());
}

bool StoreFollower::refreshNow()
{
    // Never in the middle of a change being saved (the window waits for it, and timers run):
    // what others changed is taken in once it has been saved.
    if (m_document->isWaitingForStore()) {
        m_debounce->start();
        return false;
    }
    const Result<int> refreshed = m_document->refreshFromStore();
    if (!refreshed) {
        if (isShared()) {
            goAway(refreshed.error().message);
            return false;
        }
        // Said once, not at every change; the next change tries again.
        if (!m_failing)
            emit refreshFailed(refreshed.error().message);
        m_failing = true;
        return false;
    }
    m_failing = false;
    return *refreshed > 0;
}

QString StoreFollower::signature() const
{
    const QString path = m_document->filePath();
    return fileSignature(path) + QLatin1Char('|') + fileSignature(path + QLatin1String("-wal"));
}

bool StoreFollower::checkNow()
{
    if (!m_document->isOpen())
        return false;
    if (m_watching) {
        m_debounce->stop();
        return refreshNow();
    }
    if (!m_document->isReadOnly())
        return false;
    const QString now = signature();
    if (now == m_seen)
        return false;
    m_seen = now;
    return refreshNow();
}

} // namespace mlp::ui
