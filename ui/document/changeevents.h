#pragma once

#include "core/domain/idea.h"

#include <QFlags>

namespace mlp::ui {

// What an edit changed in an idea, carried by Document::ideaChanged, so that a view updates
// what shows that part and nothing else (Tiled's change events, src/tiled/changeevents.h, in
// a small way). The other changes have their own signals, each emitted once per change: a
// portfolio replaced (a file opened or created, an import) is portfolioReset alone, which
// tells every view to take everything anew; settingsChanged and rankingChanged (with the
// ideas whose rank moved) follow a change of settings.
enum class IdeaAspect {
    Text = 0x01,      // name, description, owner, archetype, key questions, flywheel
    Answers = 0x02,   // raters and their answers, the accuracy requirement: the computed score
    Placement = 0x04, // the manual override
    Lifecycle = 0x08, // stage, outcome, history, checklist
    Metrics = 0x10,   // metrics, model results and baselines
};
Q_DECLARE_FLAGS(IdeaAspects, IdeaAspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(IdeaAspects)

// The aspects in which `after` differs from `before` (the same idea).
IdeaAspects changedAspects(const Idea &before, const Idea &after);

} // namespace mlp::ui
