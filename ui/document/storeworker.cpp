#include "ui/document/storeworker.h"

#include <QDateTime>
#include <QMutex>
#include <QThread>

#include <optional>
#include <utility>

namespace mlp::ui {

struct StoreWorker::Task
{
    QString location;
    PortfolioStore::Access access = PortfolioStore::Access::Read;
    bool probeOnly = false;
    QMutex mutex;
    bool forgotten = false; // set by the window: whatever comes out is dropped
    // The outcome, written by the worker thread before it ends.
    std::optional<Error> error;
    Opened opened;
};

namespace {

// The newest entry of the store's change log (invalid when none or unreadable).
QDateTime newestChange(const PortfolioStore &store)
{
    ChangeQuery query;
    query.limit = 1;
    const Result<QList<FieldChange>> newest = store.loadChanges(query);
    return newest && !newest->isEmpty() ? newest->first().at : QDateTime();
}

void run(StoreWorker::Task &task, const StoreOpener &stores)
{
    auto opened
        = stores.open(task.location, task.probeOnly ? PortfolioStore::Access::Read : task.access);
    if (!opened) {
        task.error = opened.error();
        return;
    }
    std::unique_ptr<PortfolioStore> store = std::move(opened.value());
    if (task.probeOnly) {
        if (const Result<Portfolio> settings = store->loadSettings(); !settings)
            task.error = settings.error();
        return; // the store closes here, in the thread whose connection it is
    }
    const QDateTime newest = newestChange(*store);
    Result<Portfolio> loaded = store->load();
    if (!loaded) {
        task.error = loaded.error();
        return;
    }
    QMutexLocker locker(&task.mutex);
    if (task.forgotten)
        return; // nobody wants it: closed here, in its own thread
    task.opened.store = std::move(store);
    task.opened.portfolio = std::move(loaded.value());
    task.opened.newestChange = newest;
    task.opened.access = task.access;
}

} // namespace

StoreWorker::StoreWorker(const StoreOpener &stores, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
{ }

StoreWorker::~StoreWorker()
{
    cancel();
}

QString StoreWorker::location() const
{
    return m_task ? m_task->location : QString();
}

void StoreWorker::open(const QString &location, PortfolioStore::Access access)
{
    auto task = std::make_shared<Task>();
    task->location = location;
    task->access = access;
    start(std::move(task));
}

void StoreWorker::probe(const QString &location)
{
    auto task = std::make_shared<Task>();
    task->location = location;
    task->probeOnly = true;
    start(std::move(task));
}

void StoreWorker::cancel()
{
    if (!m_task)
        return;
    QMutexLocker locker(&m_task->mutex);
    m_task->forgotten = true;
    m_task.reset();
}

void StoreWorker::start(std::shared_ptr<Task> task)
{
    cancel();
    m_task = task;
    const StoreOpener &stores = m_stores;
    // The thread owns nothing of this object: it may outlive it (a connection that does not
    // answer), and then ends on its own and deletes itself.
    QThread *thread = QThread::create([task, &stores] { run(*task, stores); });
    thread->setObjectName(QStringLiteral("mlp-store"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, task] { finished(task); });
    thread->start();
}

void StoreWorker::finished(const std::shared_ptr<Task> &task)
{
    if (task != m_task)
        return; // forgotten
    m_task.reset();
    if (task->probeOnly) {
        emit probed(task->location, !task->error, task->error ? task->error->message : QString());
        return;
    }
    if (task->error) {
        emit openFailed(task->location, *task->error);
        return;
    }
    m_opened = std::move(task->opened);
    emit opened(task->location);
}

StoreWorker::Opened StoreWorker::takeOpened()
{
    return std::exchange(m_opened, Opened {});
}

} // namespace mlp::ui
