#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "core/store/portfoliostore.h"

#include <QString>

#include <memory>

namespace mlp {

// "MLPl": identifies a .mlplan file (PRAGMA application_id).
inline constexpr qint32 kApplicationId = 0x4D4C506C;
// PRAGMA user_version of the schema this build writes.
// 2 added the ideas' outcome_at and readiness columns; 3 the name_key column and its index;
// 4 the change log (the changes table).
inline constexpr int kSchemaVersion = 4;

// An open .mlplan portfolio: one SQLite file through Qt SQL, the first PortfolioStore. The front
// ends reach it only through the interface (storage/stores.h picks it for a location). Every
// mutating call is one committed transaction, so a crash or kill leaves every acknowledged change
// in the file. A writer holds the file's writer lock while it is open: a second writer, in this
// process or another, through any path to the same file, gets Error::Locked. Readers are let in
// beside it and read its last committed state. Until the first change the file is only read:
// opening, loading and closing without a change (or with refused changes) leave it byte-for-byte
// unchanged. See docs/file-format.md for leftover -wal and -journal files.
class PortfolioFile final : public PortfolioStore
{
public:
    ~PortfolioFile() override;

    // Creates a new file (refuses to overwrite an existing one) holding `initial`.
    static Result<std::unique_ptr<PortfolioFile>> create(const QString &path,
                                                         const Portfolio &initial);
    // PortfolioStore::Access: Write takes the writer lock and checks the file in full (PRAGMA
    // integrity_check); Edit takes the writer lock and checks the identity, the schema and the
    // settings table, then every page an edit touches as SQLite reads it (cell_size_check) and
    // every row it reads (see docs/file-format.md), so opening costs the same at any size;
    // Read never changes the file or the files beside it, refuses mutating calls and runs the
    // quick check only (see checkIntegrity).
    // Opens an existing regular file: checks the header, application_id, schema version
    // (refusing newer ones), the schema itself (no foreign tables, triggers or views) and the
    // integrity; a writer then migrates older versions (each migration in one transaction).
    // A file that is refused is left byte-for-byte unchanged, and so are the files beside it.
    static Result<std::unique_ptr<PortfolioFile>> open(const QString &path,
                                                       Access access = Access::Write);
    // Folds a leftover -wal into the file although nothing ties it to the file's last session,
    // after checking on a copy that the result is a sound portfolio (the user's explicit say:
    // "mlplanner check --recover"). Refuses, changing nothing, when it is not.
    static Status recover(const QString &path);

    // PRAGMA integrity_check on the open file (what a writer's open runs; for a reader, e.g.
    // "mlplanner check").
    Status checkIntegrity() const override;

    QString location() const override; // the path as given to open or create
    Result<Portfolio> load() const override;
    // Each row decoded and checked into one Idea at a time, straight through SQLite's API.
    Status readEachIdea(Portfolio &settings, const IdeaVisitor &each) const override;
    // In the order of the positions: as stored when that is their order (a file ML Planner
    // wrote), sorted by SQLite otherwise.
    Status readEachIdeaInOrder(Portfolio &settings, const IdeaVisitor &each) const override;
    Result<Portfolio> loadSettings() const override;
    Result<Idea> loadIdea(qint64 id) const override;
    Result<QList<Idea>> ideasNamedBy(const QString &idOrName) const override;
    Result<qint64> nextIdeaId() const override;

    using PortfolioStore::upsertIdea;
    Status upsertIdea(const Idea &idea) override;
    Status removeIdea(qint64 id) override;
    Status saveSettings(const QString &portfolioName, const ScoringConfig &config) override;
    Status replaceAll(const Portfolio &portfolio) override;
    Result<QList<FieldChange>> loadChanges(const ChangeQuery &query) const override;
    // A consistent copy of the open file (VACUUM INTO), never a raw byte copy. Refuses to
    // overwrite the open file itself.
    Status saveCopyAs(const QString &targetPath) const override;

private:
    struct Private;
    explicit PortfolioFile(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<PortfolioFile>> openImpl(const QString &givenPath, Access access,
                                                           bool acceptUnknownLeftovers);
    std::unique_ptr<Private> d;
};

} // namespace mlp
