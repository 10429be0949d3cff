#pragma once

// The change log: every change kept in a portfolio is on record — who, when, which idea, which
// field, the value before and after. The records are made here, by pure functions that compare a
// value before and after a change, so that every store (the .mlplan file, a team's server)
// records the same entries for the same change; the store only stamps them with the time and
// the person and keeps them with the change itself, in the same transaction.
//
// Values are kept as machine text (keys and numbers with a dot: "planning", "3", "0.99"; empty
// for none), never translated, so a log written in one language reads in any other; the
// *Text() functions below turn them into what the window shows.

#include "core/domain/idea.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mlp {

// One change of one field.
struct FieldChange
{
    QDateTime at;      // when it was kept, UTC (milliseconds)
    QString who;       // the account that made it (the store's identity, not a typed name)
    qint64 ideaId = 0; // 0: the portfolio itself (its name and settings)
    QString ideaName;  // the idea's name after the change (before it, for a removal)
    // What changed, as a stable key: a fixed word, and for a catalogued part its id after a '/'
    // ("answer/data-acquisition", "readiness/data-schema"); see fieldKeys() in changelog.cpp.
    QString field;
    // The rater, metric, model or baseline the field belongs to (its name); empty otherwise.
    QString item;
    QString oldValue; // machine text; empty: none (unanswered, not set, did not exist)
    QString newValue;
    // Why, when the change carries a reason: a stage move's trigger id, free text and checklist
    // override note, separated by U+001F (moveReasonFromNote); an outcome's reason.
    QString note;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// Which changes to read back from a store. Stores return them newest first.
struct ChangeQuery
{
    std::optional<qint64> ideaId; // only this idea's (0: the portfolio's settings)
    QDateTime since;              // only those kept at or after it; invalid: all
    int limit = 0;                // only the newest `limit`; 0: all
};

// Field keys that are not a part of an idea but the idea itself: added (newValue is its name),
// removed (oldValue is its name), imported (replaced by an import, one entry per changed idea).
inline constexpr char kFieldAdded[] = "added";
inline constexpr char kFieldRemoved[] = "removed";
inline constexpr char kFieldImported[] = "imported";

// Every field of `after` that differs from `before` (the same idea: equal ids), in the order of
// the editor's tabs; empty when they are equal. A stage move appended to the history is one
// "stage" entry with its reason; a stage changed without one (an undone move) is one without.
// With `config`, a change of the quadrant the idea falls in (its scores, after the manual
// placement) is one more "quadrant" entry, so the log says where a changed answer took it.
// `at` and `who` are left empty for the store to fill (stampChanges).
QList<FieldChange> diffIdea(const Idea &before, const Idea &after,
                            const ScoringConfig *config = nullptr);
FieldChange ideaAddedChange(const Idea &idea);
FieldChange ideaRemovedChange(const Idea &idea);
// The portfolio's name and every setting that differs (ideaId 0).
QList<FieldChange> diffSettings(const QString &beforeName, const ScoringConfig &before,
                                const QString &afterName, const ScoringConfig &after);
// What replacing a whole portfolio (an import) records: the settings that differ, and one entry
// per idea — added, removed, or "imported" when it is kept under its id but differs — rather
// than every field of every idea, so an import costs one entry per idea at most.
QList<FieldChange> diffPortfolios(const Portfolio &before, const Portfolio &after);
// Sets when and who on every change.
void stampChanges(QList<FieldChange> &changes, const QDateTime &at, const QString &who);

// Whether `change` is one `query` asks for, ignoring the limit.
bool changeMatches(const FieldChange &change, const ChangeQuery &query);
// `changes` in the order kept (oldest first) to what a store returns for `query`: those that
// match, newest first, at most `limit` (for an in-memory store and tests).
QList<FieldChange> selectChanges(const QList<FieldChange> &changes, const ChangeQuery &query);

// For a person, translated: which field ("Answer: How hard is it to acquire the data? (Ana)"),
// a value as the window shows it (a stage's short name, a number in the locale, "Yes"; `missing`
// for none), and the reason (a move's trigger in words, its free text and override note).
// `config` gives the portfolio's quadrant names; without it the default names are used.
QString changeFieldText(const FieldChange &change);
QString changeValueText(const FieldChange &change, const QString &value, const QString &missing,
                        const ScoringConfig *config = nullptr);
QString changeNoteText(const FieldChange &change);
// A "stage" entry's note as the parts of a move's reason (trigger id, reason, override note).
Transition moveReasonFromNote(const QString &note);
// The first word of a field key ("answer" for "answer/data-acquisition"): what the log view's
// field filter and `mlplanner log --field` match.
QString changeFieldKind(const QString &field);
// Every field kind, in the order of the editor, with its name for a person.
struct FieldKind
{
    QString key;
    QString name;
};
QList<FieldKind> changeFieldKinds();

} // namespace mlp
