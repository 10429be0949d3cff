// The store's contract, no lost update: upsertIdea(idea, base) saves my change from the idea as
// I loaded it field by field. Two writers changing different fields of one idea both keep their
// change; the same field changed by both is refused for the second with both values, keeping
// nothing of it. On a server the two writers are two stores open at once; a file has one writer,
// so there the second writer is the same store saving from a stale base.

#include "storagetestutil.h"
#include "storecontract.h"

namespace mlp::test {

namespace {

int countField(const QList<FieldChange> &changes, const QString &field)
{
    int n = 0;
    for (const FieldChange &c : changes)
        n += c.field == field ? 1 : 0;
    return n;
}

} // namespace

TEST_P(StoreContract, TwoWritersOfDifferentFieldsOfOneIdeaBothKeepTheirChange)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto first = open(location);
    ASSERT_TRUE(first);
    std::unique_ptr<PortfolioStore> other;
    if (GetParam() == StoreKind::PostgreSQL)
        other = open(location);
    // A second writer: another store on a server, the same one (stale base) for a file.
    PortfolioStore *second = other ? other.get() : first.get();
    ASSERT_TRUE(second);

    const Idea base = original.ideas.front();
    Idea mine = base, theirs = base;
    mine.description = QStringLiteral("changed by the first");
    theirs.owner = QStringLiteral("Second Person");
    ASSERT_TRUE(first->upsertIdea(mine, &base).ok());
    const Status saved = second->upsertIdea(theirs, &base);
    ASSERT_TRUE(saved.ok()) << text(saved.error());

    const Portfolio loaded = loadAll(location);
    EXPECT_EQ(loaded.ideas.front().description, mine.description);
    EXPECT_EQ(loaded.ideas.front().owner, theirs.owner);
    const auto log = first->loadChanges(ChangeQuery { base.id, {}, 0 });
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(countField(*log, QStringLiteral("description")), 1);
    EXPECT_EQ(countField(*log, QStringLiteral("owner")), 1);
}

TEST_P(StoreContract, TheSameFieldChangedByTwoWritersIsRefusedForTheSecondWithBothValues)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto first = open(location);
    ASSERT_TRUE(first);
    std::unique_ptr<PortfolioStore> other;
    if (GetParam() == StoreKind::PostgreSQL)
        other = open(location);
    // A second writer: another store on a server, the same one (stale base) for a file.
    PortfolioStore *second = other ? other.get() : first.get();
    ASSERT_TRUE(second);

    const Idea base = original.ideas.front();
    Idea mine = base, theirs = base;
    mine.name = QStringLiteral("First's name");
    theirs.name = QStringLiteral("Second's name");
    theirs.owner = QStringLiteral("Second Person"); // refused with it: nothing half-written
    ASSERT_TRUE(first->upsertIdea(mine, &base).ok());
    const Status refused = second->upsertIdea(theirs, &base);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("yours: Second's name")))
        << text(refused.error());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("theirs: First's name")))
        << text(refused.error());

    const Portfolio loaded = loadAll(location);
    EXPECT_EQ(loaded.ideas.front().name, mine.name);
    EXPECT_EQ(loaded.ideas.front().owner, base.owner);
    const auto log = first->loadChanges(ChangeQuery { base.id, {}, 0 });
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(countField(*log, QStringLiteral("name")), 1);
    EXPECT_EQ(countField(*log, QStringLiteral("owner")), 0);
}

TEST_P(StoreContract, AChangeFromABaseOfAnIdeaRemovedSinceIsAConflict)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto store = open(location);
    ASSERT_TRUE(store);
    const Idea base = original.ideas.front();
    ASSERT_TRUE(store->removeIdea(base.id).ok());
    Idea mine = base;
    mine.description = QStringLiteral("changed");
    const Status refused = store->upsertIdea(mine, &base);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_EQ(loadAll(location).ideas.size(), original.ideas.size() - 1);
}

} // namespace mlp::test
