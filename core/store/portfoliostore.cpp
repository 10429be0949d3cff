#include "core/store/portfoliostore.h"

#include <QCoreApplication>

namespace mlp {

bool PortfolioStore::Permissions::mayRate(const QString &rater) const
{
    return allAnswers
        || (ownAnswers && !login.isEmpty() && rater.compare(login, Qt::CaseInsensitive) == 0);
}

Status PortfolioStore::readEachIdea(Portfolio &settings, const IdeaVisitor &each) const
{
    Result<Portfolio> loaded = load();
    if (!loaded)
        return loaded.error();
    settings.name = loaded->name;
    settings.config = loaded->config;
    settings.ideas.clear();
    for (qsizetype i = 0; i < loaded->ideas.size(); ++i)
        each(loaded->ideas.at(i), i);
    return Ok {};
}

Status PortfolioStore::readEachIdeaInOrder(Portfolio &settings, const IdeaVisitor &each) const
{
    return PortfolioStore::readEachIdea(settings, each); // load() gives the portfolio's order
}

Result<Idea> mergeOntoStored(const Idea &idea, const Idea &base, const Result<Idea> &stored,
                             const ScoringConfig *config)
{
    if (!stored) {
        if (stored.error().code != Error::Code::NotFound)
            return stored.error();
        return Error { Error::Code::Conflict,
                       QCoreApplication::translate("mlp",
                                                   "Someone else removed idea %1 \"%2\" since you "
                                                   "loaded it; your change was not saved. Reload "
                                                   "the portfolio; add the idea again if it is "
                                                   "still wanted.")
                           .arg(QString::number(base.id), base.name) };
    }
    IdeaMerge merge = mergeIdea(base, idea, *stored);
    if (!merge.ok())
        return Error { Error::Code::Conflict,
                       ideaConflictMessage(*stored, merge.conflicts, config) };
    if (Status valid = validateIdea(merge.merged); !valid)
        return valid.error();
    return std::move(merge.merged);
}

Status PortfolioStore::upsertIdea(const Idea &idea, const Idea *base)
{
    if (!base)
        return upsertIdea(idea);
    const Result<Portfolio> settings = loadSettings();
    if (!settings)
        return settings.error();
    const Result<Idea> merged = mergeOntoStored(idea, *base, loadIdea(idea.id), &settings->config);
    if (!merged)
        return merged.error();
    return upsertIdea(*merged);
}

} // namespace mlp
