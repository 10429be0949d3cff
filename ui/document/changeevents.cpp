#include "ui/document/changeevents.h"

namespace mlp::ui {

IdeaAspects changedAspects(const Idea &before, const Idea &after)
{
    IdeaAspects aspects;
    if (before.name != after.name || before.description != after.description
        || before.owner != after.owner || before.archetype != after.archetype
        || before.keyQuestionAnswers != after.keyQuestionAnswers
        || before.flywheel != after.flywheel)
        aspects |= IdeaAspect::Text;
    if (before.raters != after.raters || before.accuracyRequirement != after.accuracyRequirement)
        aspects |= IdeaAspect::Answers;
    if (!(before.manualOverride == after.manualOverride))
        aspects |= IdeaAspect::Placement;
    if (!(before.lifecycle == after.lifecycle) || !(before.checklist == after.checklist))
        aspects |= IdeaAspect::Lifecycle;
    if (!(before.metrics == after.metrics) || before.baselineMetric != after.baselineMetric
        || before.baselines != after.baselines)
        aspects |= IdeaAspect::Metrics;
    return aspects;
}

} // namespace mlp::ui
