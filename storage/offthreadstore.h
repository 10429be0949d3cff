#pragma once

#include "core/store/portfoliostore.h"

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace mlp::storage {

// A shared portfolio's store, called from the window's thread but talking to its server from a
// thread of its own, so that a server that stops answering in the middle of a save never freezes
// the window (the window's Document wraps every shared store in one; PgStore gives each thread
// a connection of its own: storage/pgconnection.h).
//
// Every call still returns its result to the caller, as PortfolioStore promises, so that the
// document and its undo steps stay as they are: the call is handed to the store's thread, in
// order, and the calling thread waits for it in an event loop of its own that leaves out user
// input (QEventLoop::ExcludeUserInputEvents). Meanwhile the window paints, its timers run and the
// server-away banner can show, but clicks, keys and closing the window wait until the call has
// returned, so that nothing is changed under the change being saved. A call made during such a
// wait (a timer reading the change log) is run after the one waited for.
//
// The store's LISTEN lives on the store's thread too (its event loop delivers the server's
// notifications), and `changed` is called back on the thread that asked, from its event loop.
// A reconnect after the server went away happens on the next call, on that same thread, and
// listens again (PgStore::watchChanges).
//
// location() and permissions() are read once, when the store is opened, and answered here.
class OffThreadStore final : public PortfolioStore
{
public:
    explicit OffThreadStore(std::unique_ptr<PortfolioStore> store);
    ~OffThreadStore() override; // ends the store's thread, which closes its connection

    // Told when a call has been waited for longer than `afterMsec` (true), and when that call
    // returns (false): for a busy indicator. Called on the waiting thread.
    void setWaitObserver(std::function<void(bool waiting)> observer, int afterMsec = 300);
    // True while the calling thread waits for a call; isWriting() when that call changes the
    // store (a save) rather than reads it.
    bool isWaiting() const { return m_depth > 0; }
    bool isWriting() const { return m_depth > 0 && m_writing; }

    QString location() const override { return m_location; }
    Result<Portfolio> load() const override;
    // `each` runs on the store's thread, while the caller waits.
    Status readEachIdea(Portfolio &settings, const IdeaVisitor &each) const override;
    Status readEachIdeaInOrder(Portfolio &settings, const IdeaVisitor &each) const override;
    Result<Portfolio> loadSettings() const override;
    Result<Idea> loadIdea(qint64 id) const override;
    Result<QList<Idea>> ideasNamedBy(const QString &idOrName) const override;
    Result<qint64> nextIdeaId() const override;
    Status upsertIdea(const Idea &idea) override;
    Status upsertIdea(const Idea &idea, const Idea *base) override;
    Status removeIdea(qint64 id) override;
    Status saveSettings(const QString &portfolioName, const ScoringConfig &config) override;
    Status replaceAll(const Portfolio &portfolio) override;
    Result<QList<FieldChange>> loadChanges(const ChangeQuery &query) const override;
    bool watchChanges(std::function<void()> changed) override;
    Permissions permissions() const override { return m_permissions; }
    Status checkIntegrity() const override;
    Status saveCopyAs(const QString &targetPath) const override;

private:
    // Runs `call` on the store's thread and waits for its result here (see above).
    template<typename Call> auto run(Call call, bool writes = false) const -> decltype(call());
    void waitFor(const std::function<void()> &call, bool writes) const;

    std::unique_ptr<PortfolioStore> m_store;
    QString m_location;
    Permissions m_permissions;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread: calls are queued to it
    // Lives in the caller's thread: notifications land here. Shared with every relay of one, so
    // that a relay still queued somewhere never posts to a deleted object.
    std::shared_ptr<QObject> m_home;
    std::function<void(bool)> m_observer;
    int m_observeAfter = 300;
    mutable int m_depth = 0;        // nested waits of the calling thread
    mutable bool m_writing = false; // the outermost call waited for changes the store
};

} // namespace mlp::storage
