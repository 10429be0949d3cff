#pragma once

#include "core/domain/changelog.h"
#include "core/domain/clock.h"
#include "core/domain/idea.h"
#include "core/domain/idindex.h"
#include "core/domain/result.h"
#include "core/domain/scoretable.h"
#include "core/store/portfoliostore.h"
#include "ui/document/changeevents.h"
#include "ui/document/conflict.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace mlp {
class StoreOpener;
}

namespace mlp::ui {

// The open portfolio: owns the in-memory Portfolio, the open PortfolioStore and the QUndoStack.
// Every edit goes through an undo command that calls one of the apply*() methods, which write
// the change to the file at once (one transaction) and then emit a typed change signal that
// says what changed (see changeevents.h).
// Scores and the ranking are kept up to date here so that models and the chart just read them.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(const Clock &clock, QObject *parent = nullptr); // storage's stores
    // Opens and creates portfolios through `stores`, which must outlive the document.
    Document(const Clock &clock, const StoreOpener &stores, QObject *parent = nullptr);
    ~Document() override;

    // Opening or creating replaces the current portfolio and clears the undo stack. Opened
    // for reading, every edit is refused with a message that says so (isReadOnly).
    Status openFile(const QString &path,
                    PortfolioStore::Access access = PortfolioStore::Access::Write);
    Status createFile(const QString &path, const Portfolio &initial);
    // A store opened and loaded elsewhere (StoreWorker, off the window's thread) made the
    // document's, as openFile would; no I/O here.
    void adoptStore(std::unique_ptr<PortfolioStore> store, Portfolio loaded, bool readOnly);
    // Whom the document opens stores through.
    const StoreOpener &stores() const { return m_stores; }
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // A shared portfolio's store is called off the window's thread (OffThreadStore): true while
    // this thread waits for one of its calls. Edits asked for meanwhile are refused with a
    // message (none can be, but for a timer's), and others' changes are taken in afterwards.
    bool isWaitingForStore() const;
    // ... for a change being saved, rather than a read.
    bool isSavingToStore() const;
    // What the user may change in the open store (PortfolioStore::permissions): nothing when it
    // was opened for reading, or none is open.
    PortfolioStore::Permissions permissions() const
    {
        return m_file && !m_readOnly ? m_file->permissions() : PortfolioStore::Permissions::none();
    }
    QString filePath() const;

    const Portfolio &portfolio() const { return m_portfolio; }
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Parallel to portfolio().ideas.
    const QList<Score> &scores() const { return m_scores; }
    const Score *scoreFor(qint64 id) const;
    int rankOf(qint64 id) const;  // 1-based, 0 when unknown
    int indexOf(qint64 id) const; // into portfolio().ideas, -1 when absent; constant time
    const Idea *idea(qint64 id) const;
    const QList<RankedIdea> &ranking() const { return m_ranking; }

    // User-level edits: each pushes one undoable command. They return the refusal (e.g. a
    // lifecycle rule or a write failure) without changing anything.
    Status addIdea(const Idea &idea); // id assigned when 0
    Status editIdea(const Idea &changed, const QString &actionText);
    Status removeIdeas(const QList<qint64> &ids);
    Status duplicateIdea(qint64 id);
    Status setOverride(qint64 id, const ManualOverride &value);
    Status clearOverride(qint64 id);
    Status moveStage(qint64 id, const MoveRequest &request);
    // Moves several projects as one undoable step; those already at the target stay. Nothing
    // moves when one of them is refused, and the refusal names it.
    Status moveStages(const QList<qint64> &ids, const MoveRequest &request);
    Status setSettings(const QString &portfolioName, const ScoringConfig &config);
    Status importFile(const QString &path); // .json replaces, .csv merges; one undoable step

    // Shows `config` as if it were the portfolio's settings, in memory only: nothing is written
    // and nothing goes on the undo stack, so a crash or Cancel leaves the file as it was.
    // setSettings() during a preview records the change from the settings before the preview;
    // endSettingsPreview() shows those again. Opening another file ends a preview.
    void previewSettings(const QString &portfolioName, const ScoringConfig &config);
    void endSettingsPreview();
    bool isPreviewingSettings() const { return m_previewBase.has_value(); }
    Status saveCopyAs(const QString &path) const;
    // The open portfolio's change log (PortfolioStore::loadChanges), newest first; empty when
    // nothing is open.
    Result<QList<FieldChange>> changes(const ChangeQuery &query) const;

    // Takes in what others changed in the store since it was read (a shared portfolio's
    // colleagues, another program): reads it again and applies each difference as the change it
    // is — ideaRemoved, ideaAdded, ideaChanged, settingsChanged — so that the views keep their
    // selection and scroll position and the editor the text being typed. Nothing goes on the
    // undo stack: those changes are not this window's to undo. Returns how many ideas and
    // settings changed; a store that cannot be read changes nothing and says why.
    // Many changes at once (more than ten ideas: a colleague's import) are taken in as
    // one batch instead, scored and ranked once: one portfolioReset, emitted while
    // isRefreshing() is true, so that views take every idea anew but keep the selection of the
    // ideas still there (Selection does) and the editor its typing.
    Result<int> refreshFromStore();
    // True while a refresh's batch is told (portfolioReset): the same portfolio, many ideas new.
    bool isRefreshing() const { return m_refreshing; }
    // How many changed ideas a refresh still takes in one by one; above, one batch. For the
    // benchmark that compares the two (bench/ui/bench_refresh.cpp).
    void setRefreshBatchAbove(int ideas) { m_batchAbove = ideas; }
    // Calls `changed` when someone else commits a change to the open store, if the store can
    // tell (PortfolioStore::watchChanges: a shared portfolio). False otherwise.
    bool watchStore(std::function<void()> changed);

    // Who chooses when a change of mine meets someone else's change of the same field
    // (Error::Code::Conflict): keep theirs, or apply mine over theirs. Without one, the
    // change is refused with a message naming both values, and the stored values are shown.
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

    // Used by undo commands: write to the file, update memory, emit. No undo push.
    // My change of the idea made from `base` (by default the idea as this window holds it):
    // what others changed since in other fields is kept; a field they changed too asks the
    // conflict resolver. An undo passes the value its step made as `base`, so that it undoes
    // my change only, and asks before taking back a field someone changed since.
    Status applyUpsert(const Idea &idea, const Idea *base = nullptr, bool undoing = false);
    // Puts an idea back under its id (the redo of an add, the undo of a removal): refused
    // (Conflict) when an idea of that id is there already, which on a shared portfolio is
    // someone else's, given the number after mine was removed, never written over.
    Status applyPutBack(const Idea &idea);
    // Removes the idea. With `expected` (the idea as my step knew it) on a shared portfolio,
    // an idea someone changed since is not removed without asking the conflict resolver.
    Status applyRemove(qint64 id, const Idea *expected = nullptr, bool undoing = false);
    Status applySettings(const QString &portfolioName, const ScoringConfig &config);
    Status applyReplaceAll(const Portfolio &portfolio);
    // The undo (or redo) of an import: what changed from `from` to `to`, taken back or made
    // again. A file, which has one writer, is replaced by `to` as one change. A shared
    // portfolio is changed idea by idea, so that what colleagues did since stays theirs: ideas
    // they added are kept; an idea the import touched that someone changed since is left as
    // they made it, and the window is told which (explained).
    Status applyPortfolioChange(const Portfolio &from, const Portfolio &to);

signals:
    // A new file, an import, a close: everything is new, settings and ranks included; no other
    // signal follows it but fileChanged. Also many of others' changes taken in at once
    // (refreshFromStore; isRefreshing() is then true): no fileChanged follows that one.
    void portfolioReset();
    void ideaAdded(qint64 id);
    void ideaChanged(qint64 id, mlp::ui::IdeaAspects aspects);
    void ideaRemoved(qint64 id); // emitted before the idea disappears from portfolio()
    void settingsChanged();
    // After an idea was added or removed, or an edit or a settings change moved ranks: the
    // ideas whose rank changed.
    void rankingChanged(const QList<qint64> &moved);
    void fileChanged(const QString &path);
    // After a change was written (an edit, an undo or a redo, an import), so the change log grew;
    // after the signals that say what changed.
    void changesRecorded();
    // An undo or redo that could not be written; file and memory are unchanged.
    void errorOccurred(const QString &message);
    // A step done only in part, and why (an import undone on a shared portfolio that colleagues
    // changed since): for the person to read, not an error.
    void explained(const QString &title, const QString &message);
    // A call to a shared portfolio's server has been waited for a moment (true; the window shows
    // that it waits), and has returned (false).
    void storeWaiting(bool waiting);
    // The store refused or failed a change, whatever asked for it (storeFollower looks whether
    // a shared portfolio's server is still there).
    void storeFailed(const QString &message);

private:
    // Loads the file's portfolio and makes it the document's; the old one is dropped only
    // when the new one loaded.
    Status adoptFile(std::unique_ptr<PortfolioStore> file, bool readOnly = false);
    // A shared portfolio's store, made to run off this thread (OffThreadStore); a file as it is.
    std::unique_ptr<PortfolioStore> offThreadIfShared(std::unique_ptr<PortfolioStore> store);
    void resetTo(Portfolio portfolio);
    void adoptIdea(const Idea &idea); // in memory: added or replaced, rescored, signalled
    // After the store refused `writing` (made from `from`) as a conflict: asks the resolver.
    // True to write again (`writing` and `from` then hold the overwrite and what it replaces).
    // False: `declined` is set when the person kept theirs, else the refusal stands.
    bool resolveConflict(Idea &writing, Idea &from, bool undoing, bool &declined);
    Status declineChange(bool undoing);
    bool confirmRemoval(const Idea &expected, bool undoing); // documentconflict.cpp
    void dropIdea(qint64 id);                             // in memory: removed, reranked, signalled
    void takeInAll(Portfolio fresh, bool settingsDiffer); // documentrefresh.cpp
    qint64 newIdeaId() const;
    void rebuildScores();
    QList<qint64> rescoreAll(); // returns the ideas whose rank changed
    void rescoreOne(int index);
    QList<qint64> rerank();
    void reindex();
    Status checkWritable();
    Status reportFailure(const Status &status);
    template<typename Command> Status push(Command *command);

    const Clock &m_clock;
    const StoreOpener &m_stores;
    std::unique_ptr<PortfolioStore> m_file;
    Portfolio m_portfolio;
    // The portfolio prepared for rescoring, kept in step with m_portfolio.ideas, so that a
    // settings change rescores everything within a few milliseconds.
    ScoreTable m_table;
    QList<Score> m_scores;
    QList<RankedIdea> m_ranking;
    QHash<qint64, int> m_rankById;
    IdIndex m_indexById;
    // The recorded settings while a preview shows others.
    struct SettingsBase
    {
        QString name;
        ScoringConfig config;
    };
    std::optional<SettingsBase> m_previewBase;
    void showSettings(const QString &portfolioName, const ScoringConfig &config);
    bool m_readOnly = false;
    bool m_refreshing = false;
    int m_batchAbove = 10; // see setRefreshBatchAbove
    bool m_pushing = false;
    std::optional<Error> m_pushError;
    ConflictResolver m_resolver;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace mlp::ui
