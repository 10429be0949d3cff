// Document::applyUpsert: my change of one idea, written field by field from what it was made
// from, and what happens when someone else changed the same field since: the conflict resolver
// (the window's ConflictDialog) chooses between their values and mine, never the store silently.

#include "ui/document/document.h"

#include "core/domain/ideamerge.h"
#include "core/store/storelocation.h"

namespace mlp::ui {

namespace {

// A change met by others' changes again and again is given up after this many rounds (each
// round asked the person), with the refusal.
constexpr int kMaxRounds = 5;

// The log's newest entry of `conflict`'s field, from `changes` (newest first).
FieldChange lastChangeOf(const QList<FieldChange> &changes, const IdeaConflict &conflict)
{
    for (const FieldChange &change : changes) {
        if (change.field == conflict.field
            && (conflict.item.isEmpty() || change.item == conflict.item))
            return change;
    }
    return {};
}

} // namespace

Status Document::applyPutBack(const Idea &idea)
{
    if (Status s = checkWritable(); !s)
        return s;
    QString holder;
    if (const Idea *held = this->idea(idea.id)) {
        holder = held->name;
    } else {
        const Result<Idea> stored = m_file->loadIdea(idea.id);
        if (stored)
            holder = stored->name;
        else if (stored.error().code != Error::Code::NotFound)
            return reportFailure(Status(stored.error()));
    }
    if (!holder.isNull())
        return reportFailure(Error {
            Error::Code::Conflict,
            tr("\"%1\" was not put back: its number %2 now belongs to \"%3\", added by someone "
               "else since. Nothing was changed; add it again as a new idea if it is still "
               "wanted.")
                .arg(idea.name, QString::number(idea.id), holder) });
    return applyUpsert(idea);
}

Status Document::applyUpsert(const Idea &idea, const Idea *base, bool undoing)
{
    if (Status s = checkWritable(); !s)
        return s;
    // My change from `base`, or from the idea as this window holds it: a change someone else
    // kept since, of another field, is kept too; one of the same field is a conflict.
    const Idea *known = this->idea(idea.id);
    const Idea *fromPtr = base ? base : known;
    Idea from = fromPtr ? *fromPtr : Idea {};
    Idea writing = idea;
    for (int round = 0;; ++round) {
        const Status s = m_file->upsertIdea(writing, fromPtr ? &from : nullptr);
        if (s)
            break;
        bool declined = false;
        if (s.error().code != Error::Code::Conflict || !m_resolver || round >= kMaxRounds
            || !resolveConflict(writing, from, undoing, declined)) {
            if (declined)
                return declineChange(undoing);
            const Status reported = reportFailure(s);
            if (s.error().code == Error::Code::Conflict)
                (void)refreshFromStore(); // show what is stored
            return reported;
        }
    }
    // What the store now holds: my change merged onto the idea as this window knows it (the
    // same as stored unless a change of someone else is still on its way here; it follows).
    const Idea *current = this->idea(idea.id);
    if (fromPtr && current) {
        IdeaMerge merged = mergeIdea(from, writing, *current);
        if (merged.ok()) {
            adoptIdea(merged.merged);
        } else if (Result<Idea> stored = m_file->loadIdea(idea.id)) {
            adoptIdea(*stored);
        } else {
            adoptIdea(writing);
        }
    } else {
        adoptIdea(writing);
    }
    emit changesRecorded();
    return Ok {};
}

bool Document::resolveConflict(Idea &writing, Idea &from, bool undoing, bool &declined)
{
    const Result<Idea> theirs = m_file->loadIdea(writing.id);
    if (!theirs)
        return false; // removed since (the refusal says so), or unreadable
    const IdeaMerge merge = mergeIdea(from, writing, *theirs);
    if (merge.ok()) {
        // Someone changed it again meanwhile, and now nothing clashes: write onto that.
        writing = merge.merged;
        from = *theirs;
        return true;
    }
    // The window shows their values while the person chooses.
    (void)refreshFromStore();
    ConflictQuestion question { *theirs, writing, merge.conflicts, {}, undoing };
    ChangeQuery query;
    query.ideaId = writing.id;
    query.limit = 200;
    const Result<QList<FieldChange>> log = m_file->loadChanges(query);
    for (const IdeaConflict &conflict : std::as_const(question.conflicts))
        question.theirChanges << (log ? lastChangeOf(*log, conflict) : FieldChange {});
    if (m_resolver(question) == ConflictChoice::KeepTheirs) {
        declined = true;
        return false;
    }
    // Mine over theirs: their changes of other fields kept, mine wherever both changed. The
    // merge with the roles swapped keeps its third idea's value on a clash.
    Idea overwrite = mergeIdea(from, *theirs, writing).merged;
    overwrite.id = writing.id;
    writing = std::move(overwrite);
    from = *theirs;
    return true;
}

// Removing an idea someone changed since my step knew it (on a shared portfolio; a file has no
// one else): asks first, showing what they changed. True to remove it.
bool Document::confirmRemoval(const Idea &expected, bool undoing)
{
    if (!m_resolver || !isSharedLocation(filePath()))
        return true;
    const Result<Idea> stored = m_file->loadIdea(expected.id);
    if (!stored || *stored == expected)
        return true; // gone already (removing it changes nothing), or as my step left it
    ConflictQuestion question { *stored, expected, {}, {}, undoing, true };
    ChangeQuery query;
    query.ideaId = expected.id;
    query.limit = 200;
    const Result<QList<FieldChange>> log = m_file->loadChanges(query);
    for (const FieldChange &change : diffIdea(expected, *stored, &m_portfolio.config)) {
        const IdeaConflict conflict { change.field, change.item, change.oldValue, change.oldValue,
                                      change.newValue };
        question.conflicts << conflict;
        question.theirChanges << (log ? lastChangeOf(*log, conflict) : FieldChange {});
    }
    return m_resolver(question) == ConflictChoice::ApplyMine;
}

// The person kept their values: nothing was written, which is no failure to report; the step
// (an edit, an undo) is dropped, and the one who pushed it hears why.
Status Document::declineChange(bool undoing)
{
    const Error kept
        = makeError(Error::Code::Conflict,
                    undoing ? tr("Not undone: you kept the values someone else saved since.")
                            : tr("Not saved: you kept the values someone else saved since."));
    if (m_pushing && !m_pushError)
        m_pushError = kept;
    return kept;
}

} // namespace mlp::ui
