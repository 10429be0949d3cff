#include "ui/document/storefollower.h"

#include "core/store/storelocation.h"
#include "ui/document/document.h"

#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace mlp::ui {

namespace {

constexpr int kIntervalMs = 1000;
// A notified change is read after this pause, so that a burst of them is read once.
constexpr int kDebounceMs = 150;

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
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StoreFollower::checkNow);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &StoreFollower::refreshNow);
    connect(document, &Document::fileChanged, this, &StoreFollower::documentOpened);
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
    m_seen.clear();
    m_failing = false;
    m_watching = false;
    if (!m_document->isOpen())
        return;
    // A store that says when others change it (a shared portfolio) is read again then, once
    // per burst of changes.
    QPointer<QTimer> debounce = m_debounce;
    m_watching = m_document->watchStore([debounce] {
        if (debounce)
            debounce->start();
    });
    if (m_watching)
        return;
    // A file opened read-only: its writer is elsewhere, so its size and time are watched.
    if (m_document->isReadOnly() && !isSharedLocation(m_document->filePath())) {
        m_seen = signature();
        m_timer->start();
    }
}

bool StoreFollower::refreshNow()
{
    const Result<int> refreshed = m_document->refreshFromStore();
    if (!refreshed) {
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
