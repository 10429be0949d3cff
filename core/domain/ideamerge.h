#pragma once

// Three-way merge of one idea, for several people changing a portfolio at once: each saves what
// they changed from the idea as they loaded it (the base), onto the idea as it is stored now
// (theirs). Fields are those of the change log (core/domain/changelog.h: diffIdea), so a
// conflict names a field as the log does.

#include "core/domain/changelog.h"
#include "core/domain/idea.h"

#include <QList>
#include <QString>

namespace mlp {

// One field changed on both sides, to different values. Values are the change log's machine
// text (empty: none), as diffIdea records them.
struct IdeaConflict
{
    QString field; // a change log field key ("answer/data-acquisition", "stage", "name")
    QString item;  // the rater, metric, model or baseline it belongs to; empty otherwise
    QString baseValue;
    QString mineValue;
    QString theirsValue;
    friend bool operator==(const IdeaConflict &, const IdeaConflict &) = default;
};

struct IdeaMerge
{
    Idea merged;                   // theirs with my changes from base, when no conflicts
    QList<IdeaConflict> conflicts; // empty: merged is the result
    bool ok() const { return conflicts.isEmpty(); }
};

// My changes (base -> mine) applied onto theirs, field by field: a field only I changed takes
// my value; one only they changed keeps theirs; one both changed to the same value is no
// conflict; one both changed to different values is a conflict. Named parts (raters, metrics,
// model results, baselines) added by both sides are both kept. A stage move (or an outcome)
// by each side is a conflict on the stage (outcome). `base`, `mine` and `theirs` are the same
// idea (equal ids); the id of theirs is kept.
IdeaMerge mergeIdea(const Idea &base, const Idea &mine, const Idea &theirs);

// The conflicts for a person, translated, one line each: the field as the log names it, then
// "yours: X, theirs: Y".
QStringList ideaConflictLines(const QList<IdeaConflict> &conflicts, const ScoringConfig *config);
// The whole refusal: which idea, every conflicting field, and what to do.
QString ideaConflictMessage(const Idea &theirs, const QList<IdeaConflict> &conflicts,
                            const ScoringConfig *config = nullptr);

} // namespace mlp
