#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "core/store/portfoliostore.h"

#include <QString>

#include <memory>

namespace mlp {

// A portfolio shared by a team on a PostgreSQL server, through Qt's QPSQL driver: the second
// PortfolioStore. Its location is a URI (storage/pglocation.h, docs/team.md), e.g.
// "postgresql://db.example.com/planning?portfolio=Team%20ML". The front ends reach it only
// through the interface (storage/stores.h picks it for such a location).
//
// Every mutating call is one transaction on the server: all of it is kept, or nothing. Unlike a
// .mlplan file, a portfolio on the server has no writer lock: several people open it for
// writing at once, each call is atomic, and calls of different people interleave (the last
// write of an idea or of the settings is the one kept; per-field conflicts are not detected
// yet). Access::Read makes every transaction read-only on the server as well as refused here.
// The store may be called from several threads: each thread gets its own connection. A server
// that cannot be reached or goes away is an Error (Io), never a hang: connecting gives up after
// connect_timeout (10 s unless the location says otherwise), and the next call connects again.
class PgStore final : public PortfolioStore
{
public:
    ~PgStore() override;

    // Creates the portfolio on the server (and the server's tables, if the database has none
    // yet) holding `initial`, in one transaction; refuses when a portfolio of that name is
    // already there.
    static Result<std::unique_ptr<PgStore>> create(const QString &location,
                                                   const Portfolio &initial);
    // Opens an existing portfolio: NotFound when the server has none of that name.
    static Result<std::unique_ptr<PgStore>> open(const QString &location,
                                                 Access access = Access::Write);

    QString location() const override;
    Result<Portfolio> load() const override;
    Result<Portfolio> loadSettings() const override;
    Result<Idea> loadIdea(qint64 id) const override;
    Result<QList<Idea>> ideasNamedBy(const QString &idOrName) const override;
    Result<qint64> nextIdeaId() const override;

    using PortfolioStore::upsertIdea;
    Status upsertIdea(const Idea &idea) override;
    Status upsertIdea(const Idea &idea, const Idea *base) override;
    Status removeIdea(qint64 id) override;
    Status saveSettings(const QString &portfolioName, const ScoringConfig &config) override;
    Status replaceAll(const Portfolio &portfolio) override;
    // The change log: entries stamped by the server with its time and the authenticated role.
    Result<QList<FieldChange>> loadChanges(const ChangeQuery &query) const override;
    // LISTEN on this thread's connection: the server notifies every listener after a change to
    // the portfolio commits (storage/pgchanges.h); this store's own changes are not reported.
    // A reconnect of this thread (any call after the server went away) listens again and calls
    // `changed` once, for what was committed meanwhile.
    bool watchChanges(std::function<void()> changed) override;
    // The grants of the login on the server, read on opening (storage/pgrows.h); nothing when
    // opened for reading.
    Permissions permissions() const override;

    // Loads the whole portfolio and checks it (what load() checks): the server keeps its own
    // storage sound, so what is checked is that every value is one ML Planner can read.
    Status checkIntegrity() const override;
    // Writes the portfolio, as one consistent snapshot, to a new .mlplan file.
    Status saveCopyAs(const QString &targetPath) const override;

private:
    struct Private;
    explicit PgStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace mlp
