#pragma once

// A PortfolioStore kept in memory, for the tests that show a front end (the command line, the
// window's Document) needs nothing but the store interface. Test-only: the product ships none.

#include "core/domain/validation.h"
#include "core/store/portfoliostore.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace mlp::test {

// What the stores share, like a server: the portfolios by location and a log of the calls.
struct MemoryShelf
{
    QHash<QString, Portfolio> portfolios;
    QStringList calls;                 // "open team write", "upsert 3", "remove 3", ... in order
    QSet<QString> writers;             // locations open for writing
    std::optional<Error> refuseWrites; // when set, every write is refused with it
    QHash<QString, QList<FieldChange>> changes; // the change log by location, oldest first
    QString who = QStringLiteral("memory");     // the identity the stores record
    // When set, every load and every opening is refused with it (a server gone).
    std::optional<Error> refuseReads;
    // Like a shared server when set: a store's committed write is told to the other stores
    // that watch (watchChanges), from the event loop.
    bool live = false;
    // Like a shared server when set: several stores may write one location at once.
    bool severalWriters = false;
    QList<std::pair<const void *, std::function<void()>>> watchers;
    // Called at the start of every write, on the thread that writes, before the shelf is held:
    // a test makes the "server" slow to answer a save with it.
    std::function<void()> beforeWrite;
    // The same at the start of every load().
    std::function<void()> beforeLoad;
    // Every call holds it: the window reads from a worker thread too (StoreWorker).
    mutable QRecursiveMutex mutex;
    // What the stores say the user may change (PortfolioStore::permissions); they do not
    // enforce it.
    PortfolioStore::Permissions permissions;
};

class MemoryStore final : public PortfolioStore
{
public:
    MemoryStore(MemoryShelf &shelf, const QString &location, Access access)
        : m_shelf(shelf)
        , m_location(location)
        , m_access(access)
    { }
    ~MemoryStore() override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.watchers.removeIf([this](const auto &w) { return w.first == this; });
        if (m_access != Access::Read)
            m_shelf.writers.remove(m_location);
    }

    QString location() const override { return m_location; }
    Result<Portfolio> load() const override
    {
        if (m_shelf.beforeLoad)
            m_shelf.beforeLoad();
        const QMutexLocker locker(&m_shelf.mutex);
        if (m_shelf.refuseReads)
            return *m_shelf.refuseReads;
        m_shelf.calls << QStringLiteral("load ") + m_location;
        return m_shelf.portfolios.value(m_location);
    }
    Result<Portfolio> loadSettings() const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.calls << QStringLiteral("load settings ") + m_location;
        Portfolio settings = m_shelf.portfolios.value(m_location);
        settings.ideas.clear();
        return settings;
    }
    Result<Idea> loadIdea(qint64 id) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.calls << QStringLiteral("load idea %1").arg(id);
        const Idea *idea = m_shelf.portfolios[m_location].find(id);
        if (!idea)
            return makeError(Error::Code::NotFound, QStringLiteral("no idea %1").arg(id));
        return *idea;
    }
    Result<QList<Idea>> ideasNamedBy(const QString &idOrName) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.calls << QStringLiteral("look up ") + idOrName;
        const QString key = idOrName.trimmed();
        bool isNumber = false;
        const qint64 id = key.toLongLong(&isNumber);
        QList<Idea> found;
        for (const Idea &idea : m_shelf.portfolios.value(m_location).ideas) {
            if ((isNumber && idea.id == id)
                || idea.name.trimmed().compare(key, Qt::CaseInsensitive) == 0) {
                Idea named;
                named.id = idea.id;
                named.name = idea.name;
                found << named;
            }
        }
        return found;
    }
    Result<qint64> nextIdeaId() const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.calls << QStringLiteral("next id");
        return m_shelf.portfolios.value(m_location).nextId();
    }
    using PortfolioStore::upsertIdea;
    // The change log as the interface asks every store to record it (portfoliostore.h).
    Status upsertIdea(const Idea &idea) override
    {
        return write(QStringLiteral("upsert %1").arg(idea.id), validateIdea(idea),
                     [&](Portfolio &p) {
                         if (Idea *known = p.find(idea.id)) {
                             record(diffIdea(*known, idea, &p.config));
                             *known = idea;
                         } else {
                             record({ ideaAddedChange(idea) });
                             p.ideas.append(idea);
                         }
                     });
    }
    Status removeIdea(qint64 id) override
    {
        return write(QStringLiteral("remove %1").arg(id), Ok {}, [&](Portfolio &p) {
            if (const int index = p.indexOf(id); index >= 0) {
                record({ ideaRemovedChange(p.ideas.at(index)) });
                p.ideas.removeAt(index);
            }
        });
    }
    Status saveSettings(const QString &name, const ScoringConfig &config) override
    {
        return write(QStringLiteral("settings"), validateConfig(config), [&](Portfolio &p) {
            record(diffSettings(p.name, p.config, name, config));
            p.name = name;
            p.config = config;
        });
    }
    Status replaceAll(const Portfolio &portfolio) override
    {
        return write(QStringLiteral("replace"), validatePortfolio(portfolio), [&](Portfolio &p) {
            record(diffPortfolios(p, portfolio));
            p = portfolio;
        });
    }
    Result<QList<FieldChange>> loadChanges(const ChangeQuery &query) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.calls << QStringLiteral("load changes");
        return selectChanges(m_shelf.changes.value(m_location), query);
    }
    bool watchChanges(std::function<void()> changed) override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        if (!m_shelf.live)
            return false;
        m_shelf.watchers.removeIf([this](const auto &w) { return w.first == this; });
        m_shelf.watchers.append({ this, std::move(changed) });
        return true;
    }
    Permissions permissions() const override { return m_shelf.permissions; }
    Status checkIntegrity() const override { return Ok {}; }
    Status saveCopyAs(const QString &target) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.portfolios.insert(target, m_shelf.portfolios.value(m_location));
        return Ok {};
    }

private:
    void record(QList<FieldChange> changes)
    {
        stampChanges(changes, QDateTime::currentDateTimeUtc(), m_shelf.who);
        m_shelf.changes[m_location] += changes;
    }
    template<typename Change> Status write(const QString &call, const Status &valid, Change change)
    {
        if (m_shelf.beforeWrite)
            m_shelf.beforeWrite();
        const QMutexLocker locker(&m_shelf.mutex);
        if (!valid)
            return valid;
        if (m_access == Access::Read)
            return makeError(Error::Code::Io, m_location + QStringLiteral(" is open for reading"));
        if (m_shelf.refuseWrites)
            return *m_shelf.refuseWrites;
        m_shelf.calls << call;
        change(m_shelf.portfolios[m_location]);
        for (const auto &[store, notify] : std::as_const(m_shelf.watchers)) {
            if (store != this)
                QTimer::singleShot(0, notify);
        }
        return Ok {};
    }

    MemoryShelf &m_shelf;
    QString m_location;
    Access m_access;
};

class MemoryStoreOpener final : public StoreOpener
{
public:
    explicit MemoryStoreOpener(MemoryShelf &shelf)
        : m_shelf(shelf)
    { }

    Result<std::unique_ptr<PortfolioStore>> open(const QString &location,
                                                 PortfolioStore::Access access) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        if (m_shelf.refuseReads) // a server gone: nothing can be opened either
            return *m_shelf.refuseReads;
        if (!m_shelf.portfolios.contains(location))
            return makeError(Error::Code::NotFound,
                             location + QStringLiteral(" is not on the shelf"));
        if (access != PortfolioStore::Access::Read) {
            if (m_shelf.writers.contains(location) && !m_shelf.severalWriters)
                return makeError(Error::Code::Locked, location + QStringLiteral(" has a writer"));
            m_shelf.writers.insert(location);
        }
        const QString how = access == PortfolioStore::Access::Write ? QStringLiteral("write")
            : access == PortfolioStore::Access::Edit                ? QStringLiteral("edit")
                                                                    : QStringLiteral("read");
        m_shelf.calls << QStringLiteral("open %1 %2").arg(location, how);
        return std::unique_ptr<PortfolioStore>(new MemoryStore(m_shelf, location, access));
    }
    Result<std::unique_ptr<PortfolioStore>> create(const QString &location,
                                                   const Portfolio &initial) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        if (m_shelf.portfolios.contains(location))
            return makeError(Error::Code::Io, location + QStringLiteral(" already exists"));
        if (Status valid = validatePortfolio(initial); !valid)
            return valid.error();
        m_shelf.portfolios.insert(location, initial);
        m_shelf.calls << QStringLiteral("create ") + location;
        m_shelf.writers.insert(location);
        return std::unique_ptr<PortfolioStore>(
            new MemoryStore(m_shelf, location, PortfolioStore::Access::Write));
    }
    Status recover(const QString &location) const override
    {
        const QMutexLocker locker(&m_shelf.mutex);
        m_shelf.calls << QStringLiteral("recover ") + location;
        return Ok {};
    }

private:
    MemoryShelf &m_shelf;
};

} // namespace mlp::test
