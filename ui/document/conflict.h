#pragma once

#include "core/domain/changelog.h"
#include "core/domain/idea.h"
#include "core/domain/ideamerge.h"

#include <QList>

#include <functional>

namespace mlp::ui {

// A change of mine (an edit, an undo or a redo) that the store refused because someone else
// changed the same fields of the idea since (Error::Code::Conflict): what the person is asked.
struct ConflictQuestion
{
    Idea theirs; // the idea as stored now
    Idea mine;   // what my change would make of it
    // The fields both changed, with both values (mineValue: mine, or what the undo restores).
    QList<IdeaConflict> conflicts;
    // Per conflict, the log's newest entry for that field (who changed it, when); an empty
    // FieldChange when the log has none.
    QList<FieldChange> theirChanges;
    bool undoing = false; // the change is an undo of mine
    // The change removes the idea (an undone add), which someone changed since: `mine` is the
    // idea as my step left it, the conflicts are what they changed (mineValue: my step's).
    bool removing = false;
};

enum class ConflictChoice {
    KeepTheirs, // nothing of my change is written; their values stay
    ApplyMine,  // my values over theirs in those fields (an explicit overwrite, on record)
};

// Asks the person (the window shows ConflictDialog). Called while the change is being made, so
// nothing is written until it returns.
using ConflictResolver = std::function<ConflictChoice(const ConflictQuestion &)>;

} // namespace mlp::ui
