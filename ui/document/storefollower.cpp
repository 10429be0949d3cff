#include "ui/document/storefollower.h"

#include "core/store/storelocation.h"
#include "ui/document/document.h"

#include <QFileInfo>
#include <QTimer>

namespace mlp::ui {

namespace {

constexpr int kIntervalMs = 1000;

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
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StoreFollower::checkNow);
    connect(document, &Document::fileChanged, this, &StoreFollower::documentOpened);
    documentOpened();
}

bool StoreFollower::isFollowing() const
{
    return m_timer->isActive();
}

void StoreFollower::documentOpened()
{
    const QString location = m_document->filePath();
    const bool follow
        = m_document->isOpen() && m_document->isReadOnly() && !isSharedLocation(location);
    m_seen = follow ? signature() : QString();
    m_failing = false;
    if (follow)
        m_timer->start();
    else
        m_timer->stop();
}

QString StoreFollower::signature() const
{
    const QString path = m_document->filePath();
    return fileSignature(path) + QLatin1Char('|') + fileSignature(path + QLatin1String("-wal"));
}

bool StoreFollower::checkNow()
{
    if (!m_document->isOpen() || !m_document->isReadOnly())
        return false;
    const QString now = signature();
    if (now == m_seen)
        return false;
    const Result<int> refreshed = m_document->refreshFromStore();
    if (!refreshed) {
        // Said once, not every second; the next change of the file tries again.
        if (!m_failing)
            emit refreshFailed(refreshed.error().message);
        m_failing = true;
        m_seen = now;
        return false;
    }
    m_failing = false;
    m_seen = now;
    return *refreshed > 0;
}

} // namespace mlp::ui
