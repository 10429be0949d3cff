#include "domain/validation.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace mlp {
namespace {

Idea validIdea(qint64 id)
{
    Idea idea;
    idea.id = id;
    idea.name = u"Idea"_s;
    return idea;
}

TEST(Validation, IdeaIdsAreOneToTwoToThe53MinusOne)
{
    EXPECT_TRUE(checkIdeaId(1).ok());
    EXPECT_TRUE(checkIdeaId(kMaxIdeaId).ok());
    EXPECT_FALSE(checkIdeaId(0).ok());
    EXPECT_FALSE(checkIdeaId(kMaxIdeaId + 1).ok());
    EXPECT_TRUE(validateIdea(validIdea(kMaxIdeaId)).ok());
    const Status tooLarge = validateIdea(validIdea(kMaxIdeaId + 1));
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_TRUE(tooLarge.error().message.contains(u"9007199254740992"_s));
}

TEST(Validation, PortfolioChecksConfigIdeasAndUniqueIds)
{
    Portfolio portfolio;
    portfolio.ideas << validIdea(1) << validIdea(2);
    EXPECT_TRUE(validatePortfolio(portfolio).ok());
    portfolio.ideas << validIdea(2);
    EXPECT_FALSE(validatePortfolio(portfolio).ok());
    portfolio.ideas.removeLast();
    portfolio.ideas << validIdea(kMaxIdeaId + 1);
    EXPECT_FALSE(validatePortfolio(portfolio).ok());
    portfolio.ideas.removeLast();
    portfolio.config.costBase = 1e308;
    EXPECT_FALSE(validatePortfolio(portfolio).ok());
}

} // namespace
} // namespace mlp
