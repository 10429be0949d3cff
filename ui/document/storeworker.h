#pragma once

#include "core/domain/idea.h"
#include "core/store/portfoliostore.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mlp::ui {

// The slow first steps with a store, on a thread of their own, so that the window keeps
// answering while a server does not (libpq waits up to the location's connect_timeout): opening
// a shared portfolio (connecting, checking the schema, the first load) and probing a server that
// went away. One task at a time; a new one, or cancel(), forgets the one running, whose result
// is then dropped (a connection cannot be interrupted: its thread ends on its own, at the latest
// after the connection timeout). Results come back in this object's thread, as signals.
// A store's connections belong to the thread that opened them (storage/pgconnection.h): a store
// opened here keeps its worker connection for what it was used for here and opens one of its
// own on the window's thread at its first call there, right after the server answered.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(const StoreOpener &stores, QObject *parent = nullptr);
    ~StoreWorker() override;

    // Opens `location` and loads it: opened() or openFailed().
    void open(const QString &location, PortfolioStore::Access access);
    // Opens `location` for reading and reads its settings (a small read), then closes it:
    // probed(), true when the server answers.
    void probe(const QString &location);
    void cancel();
    bool isBusy() const { return m_task != nullptr; }
    QString location() const; // of the running task; empty when none

    // What opened() handed over: the store, its portfolio, and the newest entry of its change
    // log read before the load (to tell whether anything changed between the load and the
    // window listening for changes).
    struct Opened
    {
        std::unique_ptr<PortfolioStore> store;
        Portfolio portfolio;
        QDateTime newestChange;
        PortfolioStore::Access access = PortfolioStore::Access::Write;
    };
    Opened takeOpened();

    struct Task; // shared with the thread that runs it

signals:
    void opened(const QString &location);
    void openFailed(const QString &location, const Error &error);
    void probed(const QString &location, bool answers, const QString &message);

private:
    void start(std::shared_ptr<Task> task);
    void finished(const std::shared_ptr<Task> &task);

    const StoreOpener &m_stores;
    std::shared_ptr<Task> m_task;
    Opened m_opened;
};

} // namespace mlp::ui
