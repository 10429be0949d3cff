#pragma once

// The store interface: where a portfolio is kept between sessions. The front ends (the window's
// Document and the command line) hold a PortfolioStore and open one through a StoreOpener; they
// never name an implementation. storage/ implements both for .mlplan files (SQLite); a shared
// store for a team can sit behind the same calls.

#include "core/domain/changelog.h"
#include "core/domain/idea.h"
#include "core/domain/ideamerge.h"
#include "core/domain/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace mlp {

// One open portfolio in a store. Every mutating call is all-or-nothing: it either keeps the whole
// change (durably, before it returns) or refuses with an Error and keeps nothing of it. A refused
// value (Error::Code::Invalid) names no location; the store's own errors name it once.
class PortfolioStore
{
public:
    enum class Access {
        Write, // the only writer while open: a second one is refused with Error::Code::Locked
        Read,  // never changes the store; works beside a live writer; mutating calls are refused
        // The only writer, like Write, for a few changes of single ideas or the settings (the
        // command line's editing commands): opening checks what the changes depend on — the
        // store's identity, structure and settings — and each idea is checked as it is read,
        // rather than the whole store, so the cost does not grow with its size.
        Edit,
    };

    virtual ~PortfolioStore() = default;
    PortfolioStore(const PortfolioStore &) = delete;
    PortfolioStore &operator=(const PortfolioStore &) = delete;

    // Where the store lives, as it was given to open or create (for a .mlplan file, its path):
    // shown in titles and messages, and remembered among the recent files.
    virtual QString location() const = 0;

    // The whole portfolio, checked (validatePortfolio): a stored value out of range or
    // unreadable is refused as Error::Code::Corrupt, never guessed at.
    virtual Result<Portfolio> load() const = 0;

    // Every idea, checked as load() checks them, handed over one at a time instead of being held
    // together (for a command that reads each idea once: rank, history, export). `settings`
    // gets the name and settings (no ideas) before the first call of `each`, which gets every
    // idea in the store's order with its position: the portfolio's order is that of the
    // positions, ties in the order of the calls. An idea lives only during its call. An Error
    // is the one load() gives for the same store; the calls made before it are to be dropped.
    // The default calls load().
    using IdeaVisitor = std::function<void(const Idea &idea, qint64 position)>;
    virtual Status readEachIdea(Portfolio &settings, const IdeaVisitor &each) const;
    // The same, with every idea in the portfolio's order (an export written as it is read, which
    // cannot reorder what it has written); `position` then only increases (the stored position,
    // or the idea's index in the portfolio when the store had to sort). The default calls load().
    virtual Status readEachIdeaInOrder(Portfolio &settings, const IdeaVisitor &each) const;

    // Parts of the portfolio, each read without reading the rest (so their cost does not grow
    // with the number of ideas), and checked like load() checks them (Error::Code::Corrupt).
    // The portfolio's name and settings, without its ideas (validatePortfolio).
    virtual Result<Portfolio> loadSettings() const = 0;
    // One idea, checked (validateIdea); Error::Code::NotFound when no idea has the id.
    virtual Result<Idea> loadIdea(qint64 id) const = 0;
    // The ideas `idOrName` may name, for Portfolio::resolve: the idea whose id it is, and those
    // whose name, trimmed, equals it trimmed ignoring case. Only their ids and names are set;
    // they come in the portfolio's order. Resolving among them gives what resolving in the
    // whole portfolio would.
    virtual Result<QList<Idea>> ideasNamedBy(const QString &idOrName) const = 0;
    // The id a new idea gets: one more than the largest (Portfolio::nextId).
    virtual Result<qint64> nextIdeaId() const = 0;

    // The writers. Each records what it changes in the change log (core/domain/changelog.h) in
    // the same transaction, every entry stamped with the time of the change and the store's
    // identity (a file: the operating system's account of the process; a server: the
    // authenticated user), so that every store records the same entries for the same change:
    //   upsertIdea    diffIdea(stored idea, idea, &stored settings), or ideaAddedChange(idea)
    //                 for a new id; it reads the stored idea and settings, not the portfolio.
    //   removeIdea    ideaRemovedChange(stored idea); nothing when no idea has the id.
    //   saveSettings  diffSettings(stored name, stored settings, portfolioName, config).
    //   replaceAll    diffPortfolios(stored portfolio, portfolio): the settings that differ and
    //                 one entry per idea added, removed or changed ("imported").
    // A call that changes nothing records nothing. Creating a store records every initial idea
    // as added.
    virtual Status upsertIdea(const Idea &idea) = 0; // insert or replace the idea and all its parts
    // Saves my change of an idea made from `base` (the idea as I loaded it), field by field:
    // inside its transaction, the store reads the idea as stored now (locking it, so writers of
    // one idea take turns), merges (mergeIdea(*base, idea, stored)), writes the merged idea and
    // records diffIdea(stored, merged). A field someone else changed to another value since
    // `base` is refused with Error::Code::Conflict naming each field with both values
    // (ideaConflictMessage), keeping nothing; so is an idea removed since. Without a base (a new
    // idea, an import), the same as upsertIdea(idea). The default reads, merges and writes in
    // three calls: right for a store with one writer (a .mlplan file); a store several people
    // write at once overrides it.
    virtual Status upsertIdea(const Idea &idea, const Idea *base);
    virtual Status removeIdea(qint64 id) = 0;
    virtual Status saveSettings(const QString &portfolioName, const ScoringConfig &config) = 0;
    virtual Status replaceAll(const Portfolio &portfolio) = 0; // e.g. for an import

    // The recorded changes `query` asks for (an idea's, those since a time, the newest few),
    // newest first; through an index, so the cost follows the entries returned. A store of an
    // older version that was read without being migrated has none. Checked: an entry that
    // cannot be read is refused as Error::Code::Corrupt.
    virtual Result<QList<FieldChange>> loadChanges(const ChangeQuery &query) const = 0;

    // For a store several people change at once (a shared portfolio): calls `changed` after
    // someone else commits a change to it, in the thread that called this, from its event loop
    // (so the caller can read the store again). False when the store cannot tell; a file needs
    // none, its one writer being the only one changing it. A later call replaces the earlier.
    virtual bool watchChanges(std::function<void()> changed)
    {
        (void)changed;
        return false;
    }

    // What the user may change, as the store itself enforces it: for a shared portfolio, the
    // server's grants and row security for the login it authenticated (docs/team.md, "Roles");
    // a file allows everything. Read when the store is opened. The window disables what is not
    // allowed and says why; the store refuses it anyway.
    struct Permissions
    {
        bool ideas = true;      // add, remove and change ideas: all but the raters' answers
        bool settings = true;   // the portfolio's name and settings (with `ideas`: replace all)
        bool allAnswers = true; // every rater's answers: add, rename and remove raters
        bool ownAnswers = true; // the answers of the rater whose name is the login (mayRate)
        QString login;          // who the store knows the user as; empty for a file
        // Whether the answers of the rater named `rater` may be changed: every rater's, or the
        // login's own, a rater's name being the login's, ignoring case ("Ann" is "ann").
        bool mayRate(const QString &rater) const;
        static Permissions none() { return { false, false, false, false, {} }; }
    };
    virtual Permissions permissions() const { return {}; }

    // Checks the stored data in full, changing nothing ("mlplanner check").
    virtual Status checkIntegrity() const = 0;
    // Writes a consistent copy of the open portfolio as a new .mlplan file at `targetPath`;
    // refuses to overwrite the store itself or a file another writer holds.
    virtual Status saveCopyAs(const QString &targetPath) const = 0;

protected:
    PortfolioStore() = default;
};

// My change of an idea (made from `base`) merged onto the idea as `stored` now, for the stores'
// upsertIdea(idea, base): the merged idea, or Error::Code::Conflict naming the conflicting fields
// with both values (or saying the idea was removed since); a store error reading it is passed on.
Result<Idea> mergeOntoStored(const Idea &idea, const Idea &base, const Result<Idea> &stored,
                             const ScoringConfig *config);

// Opens and creates stores by location. The front ends receive one (from app/, or the default
// of storage/stores.h) and call only this: which kind of store a location names is decided
// behind it.
class StoreOpener
{
public:
    virtual ~StoreOpener() = default;

    // Opens an existing store; refuses (Error::Code::NotFound) when nothing is there, so that
    // opening never creates one.
    virtual Result<std::unique_ptr<PortfolioStore>> open(const QString &location,
                                                         PortfolioStore::Access access) const = 0;
    // Creates a new store holding `initial`; refuses to replace anything already there.
    virtual Result<std::unique_ptr<PortfolioStore>> create(const QString &location,
                                                           const Portfolio &initial) const = 0;
    // Takes in changes that were left behind without proof that they belong to the store,
    // if the result is a sound portfolio (the user's explicit say: "mlplanner check
    // --recover"); refuses, changing nothing, otherwise. A store with nothing of the kind
    // left behind is simply checked.
    virtual Status recover(const QString &location) const = 0;
};

} // namespace mlp
