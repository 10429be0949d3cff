#include "storage/pgstore.h"

#include "core/domain/changelog.h"
#include "storage/pgchanges.h"

#include "core/domain/validation.h"
#include "storage/filelock.h"
#include "storage/ideacolumns.h"
#include "storage/pgconnection.h"
#include "storage/pglocation.h"
#include "storage/pgrows.h"
#include "storage/pgschema.h"
#include "storage/portfoliofile.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <functional>
#include <optional>

namespace mlp {

using namespace storage;

namespace {

// Reads see one consistent state of the server; writes run in READ COMMITTED (one statement
// per row, under the portfolio's row lock, see pgLockPortfolio).
const QLatin1String kBeginRead("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
const QLatin1String kBeginWrite("BEGIN ISOLATION LEVEL READ COMMITTED");

const char *const kReading = QT_TRANSLATE_NOOP("mlp", "reading the portfolio failed");

} // namespace

struct PgStore::Private
{
    QString location; // as given
    QString name;     // the portfolio's name on the server
    qint64 portfolioId = 0;
    bool readOnly = false;
    PortfolioStore::Permissions permissions = PortfolioStore::Permissions::none();
    std::unique_ptr<PgConnections> connections;
    // The ids nextIdeaId() gave out and no idea was saved under yet: saving one of them adds a
    // new idea and never replaces one someone else added with the same id meanwhile.
    mutable QMutex offeredLock;
    mutable QSet<qint64> offeredIds;

    Status refuseIfReadOnly() const
    {
        if (!readOnly)
            return Ok {};
        return makeError(Error::Code::Io,
                         QCoreApplication::translate(
                             "mlp", "%1 was opened for reading only; nothing was changed.")
                             .arg(location));
    }

    // `body` in one write transaction, with the portfolio's row locked (see pgLockPortfolio).
    Status write(const char *what, bool exclusive,
                 const std::function<Status(QSqlDatabase &)> &body)
    {
        if (Status allowed = refuseIfReadOnly(); !allowed)
            return allowed;
        return connections->transaction(what, kBeginWrite, [&](QSqlDatabase &db) -> Status {
            if (Status locked = pgLockPortfolio(db, location, portfolioId, exclusive); !locked)
                return locked;
            return body(db);
        });
    }

    template<typename T> Result<T> read(const std::function<Result<T>(QSqlDatabase &)> &body) const
    {
        std::optional<Result<T>> result;
        const Status done = connections->transaction(kReading, kBeginRead, [&](QSqlDatabase &db) {
            result.emplace(body(db));
            if (!*result)
                return Status(result->error());
            return Status(Ok {});
        });
        if (!done)
            return done.error();
        return std::move(*result);
    }
};

PgStore::PgStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{ }

PgStore::~PgStore() = default;

Result<std::unique_ptr<PgStore>> PgStore::create(const QString &location, const Portfolio &initial)
{
    auto parsed = parsePgLocation(location);
    if (!parsed)
        return parsed.error();
    // The loader's own check: a portfolio created is one the next open accepts.
    if (Status valid = validatePortfolio(initial); !valid)
        return valid.error();
    auto d = std::make_unique<Private>();
    d->location = location;
    d->name = parsed->portfolio;
    d->connections = std::make_unique<PgConnections>(location, *parsed, false);
    const Status created = d->connections->transaction(
        QT_TRANSLATE_NOOP("mlp", "creating the portfolio failed"), kBeginWrite,
        [&](QSqlDatabase &db) -> Status {
            if (Status schema = createOrUpdatePgSchema(db, location); !schema)
                return schema;
            // Two people publishing the same name at once: the second finds the first's row
            // after the lock (the name is unique either way).
            if (auto existing = pgPortfolioId(db, location, d->name); existing)
                return makeError(Error::Code::Io,
                                 QCoreApplication::translate(
                                     "mlp",
                                     "%1: the server already holds a portfolio named \"%2\"; "
                                     "nothing was changed. Choose another name, or replace it.")
                                     .arg(location, d->name));
            else if (existing.error().code != Error::Code::NotFound)
                return existing.error();
            auto id = pgInsertPortfolio(db, location, d->name);
            if (!id)
                return id.error();
            d->portfolioId = *id;
            if (Status s = pgWriteSettings(db, location, *id, initial.name, initial.config); !s)
                return s;
            if (Status s = pgReplaceIdeas(db, location, *id, initial.ideas); !s)
                return s;
            QList<FieldChange> added;
            for (const Idea &idea : initial.ideas)
                added.append(ideaAddedChange(idea));
            return pgWriteChanges(db, location, *id, added);
        });
    if (!created)
        return created.error();
    d->permissions = PortfolioStore::Permissions {};
    return std::unique_ptr<PgStore>(new PgStore(std::move(d)));
}

Result<std::unique_ptr<PgStore>> PgStore::open(const QString &location, Access access)
{
    auto parsed = parsePgLocation(location);
    if (!parsed)
        return parsed.error();
    auto d = std::make_unique<Private>();
    d->location = location;
    d->name = parsed->portfolio;
    d->readOnly = access == Access::Read;
    d->connections = std::make_unique<PgConnections>(location, *parsed, d->readOnly);
    if (Status schema = preparePgSchema(*d->connections, d->readOnly); !schema)
        return schema.error();
    // Write and Edit differ for a file (what is checked on opening); on the server, whose
    // storage PostgreSQL keeps sound, both read what they change, checked as it is read.
    const Result<qint64> id = d->read<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        auto permissions = pgReadPermissions(db, location);
        if (!permissions)
            return permissions.error();
        if (!d->readOnly)
            d->permissions = *permissions;
        return pgPortfolioId(db, location, d->name);
    });
    if (!id)
        return id.error();
    d->portfolioId = *id;
    return std::unique_ptr<PgStore>(new PgStore(std::move(d)));
}

QString PgStore::location() const
{
    return d->location;
}

Result<Portfolio> PgStore::load() const
{
    return d->read<Portfolio>([&](QSqlDatabase &db) -> Result<Portfolio> {
        Portfolio portfolio;
        std::vector<int> answerOrder;
        if (Status s = pgReadSettings(db, d->location, d->portfolioId, portfolio, answerOrder); !s)
            return s.error();
        if (Status s = pgReadIdeas(db, d->location, d->portfolioId, answerOrder, portfolio.ideas);
            !s)
            return s.error();
        if (const Status valid = validatePortfolio(portfolio); !valid)
            return corruptValue(d->location, valid.error().message);
        return portfolio;
    });
}

Result<Portfolio> PgStore::loadSettings() const
{
    return d->read<Portfolio>([&](QSqlDatabase &db) -> Result<Portfolio> {
        Portfolio portfolio;
        std::vector<int> answerOrder;
        if (Status s = pgReadSettings(db, d->location, d->portfolioId, portfolio, answerOrder); !s)
            return s.error();
        if (const Status valid = validatePortfolio(portfolio); !valid)
            return corruptValue(d->location, valid.error().message);
        return portfolio;
    });
}

Result<Idea> PgStore::loadIdea(qint64 id) const
{
    return d->read<Idea>([&](QSqlDatabase &db) -> Result<Idea> {
        Portfolio settings;
        std::vector<int> answerOrder;
        if (Status s = pgReadSettings(db, d->location, d->portfolioId, settings, answerOrder); !s)
            return s.error();
        auto idea = pgReadIdea(db, d->location, d->portfolioId, id, answerOrder);
        if (!idea)
            return idea.error();
        if (const Status valid = validateIdea(*idea); !valid)
            return corruptValue(d->location, valid.error().message);
        return idea;
    });
}

Result<QList<Idea>> PgStore::ideasNamedBy(const QString &idOrName) const
{
    return d->read<QList<Idea>>([&](QSqlDatabase &db) {
        return pgReadIdeasNamedBy(db, d->location, d->portfolioId, idOrName);
    });
}

Result<qint64> PgStore::nextIdeaId() const
{
    auto next = d->read<qint64>(
        [&](QSqlDatabase &db) { return pgReadNextId(db, d->location, d->portfolioId); });
    if (next) {
        QMutexLocker locker(&d->offeredLock);
        d->offeredIds.insert(*next);
    }
    return next;
}

Status PgStore::upsertIdea(const Idea &idea)
{
    if (Status valid = validateIdea(idea); !valid)
        return valid;
    bool offered = false;
    {
        QMutexLocker locker(&d->offeredLock);
        offered = d->offeredIds.contains(idea.id);
    }
    const Status saved = d->write(
        QT_TRANSLATE_NOOP("mlp", "saving the idea failed"), false, [&](QSqlDatabase &db) {
            // The change log's entries: the stored idea against the new one, read in the same
            // transaction as the write.
            Portfolio settings;
            std::vector<int> answerOrder;
            if (Status s = pgReadSettings(db, d->location, d->portfolioId, settings, answerOrder);
                !s)
                return s;
            QList<FieldChange> changes;
            // Locked until the commit, as for a merge: the raters' rows are written by
            // difference from it.
            const auto stored
                = pgReadIdea(db, d->location, d->portfolioId, idea.id, answerOrder, true);
            if (stored)
                changes = diffIdea(*stored, idea, &settings.config);
            else if (stored.error().code == Error::Code::NotFound)
                changes.append(ideaAddedChange(idea));
            else
                return Status(stored.error());
            if (Status s = pgUpsertIdea(db, d->location, d->portfolioId, idea,
                                        stored ? &*stored : nullptr, offered);
                !s)
                return s;
            return pgWriteChanges(db, d->location, d->portfolioId, changes);
        });
    if (offered && saved) {
        QMutexLocker locker(&d->offeredLock);
        d->offeredIds.remove(idea.id);
    }
    return saved;
}

Status PgStore::upsertIdea(const Idea &idea, const Idea *base)
{
    if (!base)
        return upsertIdea(idea);
    if (Status valid = validateIdea(idea); !valid)
        return valid;
    return d->write(
        QT_TRANSLATE_NOOP("mlp", "saving the idea failed"), false, [&](QSqlDatabase &db) {
            // The stored idea, its row locked until the commit: a concurrent writer of the same
            // idea waits here and then merges onto what this one kept.
            Portfolio settings;
            std::vector<int> answerOrder;
            if (Status s = pgReadSettings(db, d->location, d->portfolioId, settings, answerOrder);
                !s)
                return s;
            const Result<Idea> stored
                = pgReadIdea(db, d->location, d->portfolioId, idea.id, answerOrder, true);
            const Result<Idea> merged = mergeOntoStored(idea, *base, stored, &settings.config);
            if (!merged)
                return Status(merged.error());
            const QList<FieldChange> changes = diffIdea(*stored, *merged, &settings.config);
            if (changes.isEmpty() && *stored == *merged)
                return Status(Ok {});
            if (Status s = pgUpsertIdea(db, d->location, d->portfolioId, *merged, &*stored, false);
                !s)
                return s;
            return pgWriteChanges(db, d->location, d->portfolioId, changes);
        });
}

Status PgStore::removeIdea(qint64 id)
{
    return d->write(
        QT_TRANSLATE_NOOP("mlp", "removing the idea failed"), false,
        [&](QSqlDatabase &db) -> Status {
            Portfolio settings;
            std::vector<int> answerOrder;
            if (Status s = pgReadSettings(db, d->location, d->portfolioId, settings, answerOrder);
                !s)
                return s;
            QList<FieldChange> changes;
            const auto stored = pgReadIdea(db, d->location, d->portfolioId, id, answerOrder);
            if (stored)
                changes.append(ideaRemovedChange(*stored));
            else if (stored.error().code != Error::Code::NotFound)
                return stored.error();
            if (Status s = pgDeleteIdea(db, d->location, d->portfolioId, id); !s)
                return s;
            return pgWriteChanges(db, d->location, d->portfolioId, changes);
        });
}

Status PgStore::saveSettings(const QString &portfolioName, const ScoringConfig &config)
{
    if (Status valid = validateConfig(config); !valid)
        return valid;
    return d->write(
        QT_TRANSLATE_NOOP("mlp", "saving the settings failed"), true,
        [&](QSqlDatabase &db) -> Status {
            Portfolio stored;
            std::vector<int> answerOrder;
            if (Status s = pgReadSettings(db, d->location, d->portfolioId, stored, answerOrder); !s)
                return s;
            if (Status s = pgWriteSettings(db, d->location, d->portfolioId, portfolioName, config);
                !s)
                return s;
            return pgWriteChanges(db, d->location, d->portfolioId,
                                  diffSettings(stored.name, stored.config, portfolioName, config));
        });
}

Status PgStore::replaceAll(const Portfolio &portfolio)
{
    if (Status valid = validatePortfolio(portfolio); !valid)
        return valid;
    return d->write(
        QT_TRANSLATE_NOOP("mlp", "saving the portfolio failed"), true,
        [&](QSqlDatabase &db) -> Status {
            // What is replaced is read whole (every row is written anyway).
            Portfolio stored;
            std::vector<int> answerOrder;
            if (Status s = pgReadSettings(db, d->location, d->portfolioId, stored, answerOrder); !s)
                return s;
            if (Status s = pgReadIdeas(db, d->location, d->portfolioId, answerOrder, stored.ideas);
                !s)
                return s;
            if (Status s = pgWriteSettings(db, d->location, d->portfolioId, portfolio.name,
                                           portfolio.config);
                !s)
                return s;
            if (Status s = pgReplaceIdeas(db, d->location, d->portfolioId, portfolio.ideas); !s)
                return s;
            return pgWriteChanges(db, d->location, d->portfolioId,
                                  diffPortfolios(stored, portfolio));
        });
}

Result<QList<FieldChange>> PgStore::loadChanges(const ChangeQuery &query) const
{
    return d->read<QList<FieldChange>>(
        [&](QSqlDatabase &db) { return pgReadChanges(db, d->location, d->portfolioId, query); });
}

PortfolioStore::Permissions PgStore::permissions() const
{
    return d->permissions;
}

bool PgStore::watchChanges(std::function<void()> changed)
{
    // Listens again on every new connection of this thread (storage/pgchanges.h).
    return pgWatchChanges(*d->connections, d->portfolioId, std::move(changed));
}

Status PgStore::checkIntegrity() const
{
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    return Ok {};
}

Status PgStore::saveCopyAs(const QString &targetPath) const
{
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    // Never replace a portfolio that another window or process has open.
    const QFileInfo target(targetPath);
    if (target.exists() && FileLock::writerHolds(targetPath))
        return makeError(Error::Code::Locked, lockedMessage(targetPath));
    // Written whole beside the target under a fresh name, then renamed over it: a failure
    // leaves the target as it was.
    QString staging;
    {
        QTemporaryFile name(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                            + QStringLiteral(".XXXXXX"));
        if (!name.open())
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                                 .arg(nativePath(targetPath), name.errorString()));
        staging = name.fileName(); // removed when `name` goes: create() makes it anew
    }
    {
        auto created = PortfolioFile::create(staging, *loaded);
        if (!created)
            return created.error();
    }
    if (std::rename(QFile::encodeName(staging).constData(),
                    QFile::encodeName(targetPath).constData())
        != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(staging);
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), why));
    }
    return Ok {};
}

} // namespace mlp
