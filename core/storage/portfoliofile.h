#pragma once

#include "domain/idea.h"
#include "domain/result.h"

#include <QString>

#include <memory>

namespace mlp {

// "MLPl": identifies a .mlplan file (PRAGMA application_id).
inline constexpr qint32 kApplicationId = 0x4D4C506C;
// PRAGMA user_version of the schema this build writes.
inline constexpr int kSchemaVersion = 1;

// An open .mlplan portfolio: one SQLite file through Qt SQL. Every mutating call is one
// committed transaction, so a crash or kill leaves every acknowledged change in the file.
// The file stays locked for writing while it is open: a second opener gets Error::Locked.
// Until the first change the file is only read: opening, loading and closing without a change
// (or with refused changes) leave it byte-for-byte unchanged.
class PortfolioFile
{
public:
    ~PortfolioFile();
    PortfolioFile(const PortfolioFile &) = delete;
    PortfolioFile &operator=(const PortfolioFile &) = delete;

    // Creates a new file (refuses to overwrite an existing one) holding `initial`.
    static Result<std::unique_ptr<PortfolioFile>> create(const QString &path, const Portfolio &initial);
    // Opens an existing file: checks the header, application_id, schema version (refusing newer
    // ones), the schema itself (no foreign tables, triggers or views), runs a quick integrity
    // check, migrates older versions (each migration in one transaction) and takes the lock.
    // A file that is refused is left byte-for-byte unchanged.
    static Result<std::unique_ptr<PortfolioFile>> open(const QString &path);

    QString path() const;
    Result<Portfolio> load() const;

    Status upsertIdea(const Idea &idea);           // insert or replace the idea and all its parts
    Status removeIdea(qint64 id);
    Status saveSettings(const QString &portfolioName, const ScoringConfig &config);
    Status replaceAll(const Portfolio &portfolio); // all-or-nothing, e.g. for an import
    // A consistent copy of the open file (VACUUM INTO), never a raw byte copy. Refuses to
    // overwrite the open file itself.
    Status saveCopyAs(const QString &targetPath) const;

private:
    struct Private;
    explicit PortfolioFile(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace mlp
