#include "storage/offthreadstore.h"

#include "storage/pgconnection.h"

#include <QEventLoop>
#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

namespace mlp::storage {

OffThreadStore::OffThreadStore(std::unique_ptr<PortfolioStore> store)
    : m_store(std::move(store))
    , m_location(m_store->location())
    , m_permissions(m_store->permissions())
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_home(std::make_shared<QObject>())
{
    m_thread->setObjectName(QStringLiteral("store"));
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

OffThreadStore::~OffThreadStore()
{
    // The thread's connection is closed on it; the store itself, and a connection it opened on
    // this thread before it came here, are closed here.
    QMetaObject::invokeMethod(
        m_worker, [] { closeThisThreadsConnections(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_store.reset();
}

void OffThreadStore::setWaitObserver(std::function<void(bool)> observer, int afterMsec)
{
    m_observer = std::move(observer);
    m_observeAfter = afterMsec;
}

void OffThreadStore::waitFor(const std::function<void()> &call, bool writes) const
{
    QEventLoop loop;
    auto done = std::make_shared<std::atomic<bool>>(false);
    auto finished = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_worker,
        [&call, &loop, done, finished] {
            call();
            done->store(true);
            finished->release();
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    if (++m_depth == 1)
        m_writing = writes;
    // Only the outermost wait is told: a call made during it waits inside it.
    bool told = false;
    QTimer long_;
    if (m_depth == 1 && m_observer) {
        long_.setSingleShot(true);
        long_.setInterval(m_observeAfter);
        QObject::connect(&long_, &QTimer::timeout, &loop, [this, &told] {
            told = true;
            m_observer(true);
        });
        long_.start();
    }
    // Ends when the call has returned, or at once when the application quits (that ends every
    // event loop and lets none start again): the rest of the call is then waited for without one.
    if (!done->load())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    finished->acquire();
    long_.stop();
    --m_depth;
    if (told)
        m_observer(false);
}

template<typename Call> auto OffThreadStore::run(Call call, bool writes) const -> decltype(call())
{
    std::optional<decltype(call())> result;
    waitFor([&] { result.emplace(call()); }, writes);
    return std::move(*result);
}

Result<Portfolio> OffThreadStore::load() const
{
    return run([this] { return m_store->load(); });
}

Status OffThreadStore::readEachIdea(Portfolio &settings, const IdeaVisitor &each) const
{
    return run([&] { return m_store->readEachIdea(settings, each); });
}

Status OffThreadStore::readEachIdeaInOrder(Portfolio &settings, const IdeaVisitor &each) const
{
    return run([&] { return m_store->readEachIdeaInOrder(settings, each); });
}

Result<Portfolio> OffThreadStore::loadSettings() const
{
    return run([this] { return m_store->loadSettings(); });
}

Result<Idea> OffThreadStore::loadIdea(qint64 id) const
{
    return run([this, id] { return m_store->loadIdea(id); });
}

Result<QList<Idea>> OffThreadStore::ideasNamedBy(const QString &idOrName) const
{
    return run([&] { return m_store->ideasNamedBy(idOrName); });
}

Result<qint64> OffThreadStore::nextIdeaId() const
{
    return run([this] { return m_store->nextIdeaId(); });
}

Status OffThreadStore::upsertIdea(const Idea &idea)
{
    return run([&] { return m_store->upsertIdea(idea); }, true);
}

Status OffThreadStore::upsertIdea(const Idea &idea, const Idea *base)
{
    return run([&] { return m_store->upsertIdea(idea, base); }, true);
}

Status OffThreadStore::removeIdea(qint64 id)
{
    return run([this, id] { return m_store->removeIdea(id); }, true);
}

Status OffThreadStore::saveSettings(const QString &portfolioName, const ScoringConfig &config)
{
    return run([&] { return m_store->saveSettings(portfolioName, config); }, true);
}

Status OffThreadStore::replaceAll(const Portfolio &portfolio)
{
    return run([&] { return m_store->replaceAll(portfolio); }, true);
}

Result<QList<FieldChange>> OffThreadStore::loadChanges(const ChangeQuery &query) const
{
    return run([&] { return m_store->loadChanges(query); });
}

bool OffThreadStore::watchChanges(std::function<void()> changed)
{
    // Told on the store's thread, passed on to this one's event loop.
    std::function<void()> relay = [home = m_home, changed] {
        QMetaObject::invokeMethod(home.get(), changed, Qt::QueuedConnection);
    };
    return run([this, &relay] { return m_store->watchChanges(relay); });
}

Status OffThreadStore::checkIntegrity() const
{
    return run([this] { return m_store->checkIntegrity(); });
}

Status OffThreadStore::saveCopyAs(const QString &targetPath) const
{
    return run([&] { return m_store->saveCopyAs(targetPath); });
}

} // namespace mlp::storage
