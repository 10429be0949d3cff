// The store's contract, writes: upsertIdea, removeIdea, saveSettings, replaceAll, create; each
// all-or-nothing, a refused value keeping nothing. Every test runs against a .mlplan file and a
// PostgreSQL portfolio (storecontract.h).

#include "storage/stores.h"
#include "storagetestutil.h"
#include "storecontract.h"

namespace mlp::test {

namespace {

using Access = PortfolioStore::Access;

QList<qint64> idsOf(const Portfolio &portfolio)
{
    QList<qint64> ids;
    for (const Idea &idea : portfolio.ideas)
        ids.append(idea.id);
    return ids;
}

} // namespace

TEST_P(StoreContract, UpsertAddsANewIdeaLastAndReplacesAnIdeaWhereItIs)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto store = open(location);
    ASSERT_TRUE(store);
    const auto next = store->nextIdeaId();
    ASSERT_TRUE(next.ok());
    Idea added = numberedIdea(*next);
    added.name = QString::fromUtf8("새 아이디어 'new'");
    ASSERT_TRUE(store->upsertIdea(added).ok());
    Idea changed = original.ideas.front();
    changed.name = QStringLiteral("Renamed \"first\"");
    changed.description = QStringLiteral("changed");
    ASSERT_TRUE(store->upsertIdea(changed).ok());

    const Portfolio loaded = loadAll(location);
    QList<qint64> expected = idsOf(original);
    expected.append(added.id);
    EXPECT_EQ(idsOf(loaded), expected);
    EXPECT_TRUE(loaded.ideas.front() == changed);
    EXPECT_TRUE(loaded.ideas.back() == added);
    const auto renamed = store->ideasNamedBy(QStringLiteral("renamed \"FIRST\""));
    ASSERT_TRUE(renamed.ok());
    ASSERT_EQ(renamed->size(), 1);
    EXPECT_EQ(renamed->front().id, changed.id);
    const auto oldName = store->ideasNamedBy(original.ideas.front().name);
    ASSERT_TRUE(oldName.ok());
    EXPECT_TRUE(oldName->isEmpty());
    EXPECT_EQ(*store->nextIdeaId(), added.id + 1);
}

TEST_P(StoreContract, RemoveIdeaRemovesThatIdeaOnly)
{
    const Portfolio original = richPortfolio();
    ASSERT_GE(original.ideas.size(), 2);
    const QString location = createAt(original);
    auto store = open(location);
    ASSERT_TRUE(store);
    const qint64 removed = original.ideas.front().id;
    ASSERT_TRUE(store->removeIdea(removed).ok());
    Portfolio expected = original;
    expected.ideas.removeFirst();
    EXPECT_TRUE(loadAll(location) == expected);
    const auto gone = store->loadIdea(removed);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, Error::Code::NotFound);
}

TEST_P(StoreContract, SaveSettingsKeepsTheNameAndSettingsAndLeavesTheIdeas)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto store = open(location, Access::Edit);
    ASSERT_TRUE(store);
    ScoringConfig config = original.config;
    config.impactThreshold = 3.125;
    config.quadrantNames[1] = QString::fromUtf8("지금 'now'");
    config.readinessGate.gatesDeploying = true;
    config.readinessGate.minimum = 2.5;
    const QString name = QString::fromUtf8("이름 \"new\"; '--");
    ASSERT_TRUE(store->saveSettings(name, config).ok());
    Portfolio expected = original;
    expected.name = name;
    expected.config = config;
    EXPECT_TRUE(loadAll(location) == expected);
}

TEST_P(StoreContract, ReplaceAllReplacesEverything)
{
    const QString location = createAt(richPortfolio());
    Portfolio replacement;
    replacement.name = QStringLiteral("replacement");
    for (qint64 id = 1; id <= 250; ++id) // more than one batch of rows
        replacement.ideas.append(numberedIdea(id * 3));
    auto store = open(location);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->replaceAll(replacement).ok());
    EXPECT_TRUE(loadAll(location) == replacement);
    ASSERT_TRUE(store->replaceAll(Portfolio {}).ok());
    EXPECT_TRUE(loadAll(location) == Portfolio {});
}

TEST_P(StoreContract, ARefusedValueKeepsNothing)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto store = open(location);
    ASSERT_TRUE(store);

    Idea badIdea = original.ideas.front();
    badIdea.name = QString(600, QLatin1Char('x')); // over the name limit
    badIdea.description = QStringLiteral("must not be kept");
    const Status idea = store->upsertIdea(badIdea);
    ASSERT_FALSE(idea.ok());
    EXPECT_EQ(idea.error().code, Error::Code::Invalid);

    ScoringConfig badConfig = original.config;
    badConfig.impactThreshold = 11; // outside 0–10
    const Status settings = store->saveSettings(QStringLiteral("must not be kept"), badConfig);
    ASSERT_FALSE(settings.ok());
    EXPECT_EQ(settings.error().code, Error::Code::Invalid);

    Portfolio badPortfolio = original;
    badPortfolio.name = QStringLiteral("must not be kept");
    badPortfolio.ideas.append(badIdea);
    const Status all = store->replaceAll(badPortfolio);
    ASSERT_FALSE(all.ok());
    EXPECT_EQ(all.error().code, Error::Code::Invalid);
    // A refused value names no location: the store's own errors do.
    EXPECT_FALSE(all.error().message.contains(location));

    EXPECT_TRUE(loadAll(location) == original);
    // Creating with a refused value makes nothing.
    const QString other = newLocation(QStringLiteral("refused"));
    const auto created = storage::storeOpener().create(other, badPortfolio);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, Error::Code::Invalid);
    const auto opened = storage::storeOpener().open(other, Access::Read);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotFound);
}

TEST_P(StoreContract, AReaderChangesNothing)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto store = open(location, Access::Read);
    ASSERT_TRUE(store);
    Idea idea = original.ideas.front();
    idea.name = QStringLiteral("changed by a reader");
    EXPECT_FALSE(store->upsertIdea(idea).ok());
    EXPECT_FALSE(store->removeIdea(idea.id).ok());
    EXPECT_FALSE(store->saveSettings(QStringLiteral("x"), original.config).ok());
    EXPECT_FALSE(store->replaceAll(Portfolio {}).ok());
    EXPECT_TRUE(loadAll(location) == original);
}

TEST_P(StoreContract, CreatingNeverReplacesWhatIsThere)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    Portfolio other;
    other.name = QStringLiteral("other");
    const auto again = storage::storeOpener().create(location, other);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already"))) << text(again.error());
    EXPECT_TRUE(loadAll(location) == original);
}

TEST_P(StoreContract, EveryAcknowledgedChangeIsThereForTheNextOpen)
{
    const QString location = createAt(Portfolio {});
    {
        auto store = open(location, Access::Edit);
        ASSERT_TRUE(store);
        for (qint64 id = 1; id <= 20; ++id)
            ASSERT_TRUE(store->upsertIdea(numberedIdea(id)).ok());
        ASSERT_TRUE(store->removeIdea(7).ok());
    }
    const Portfolio loaded = loadAll(location);
    ASSERT_EQ(loaded.ideas.size(), 19);
    EXPECT_EQ(loaded.ideas.front().id, 1);
    EXPECT_EQ(loaded.ideas.back().id, 20);
}

} // namespace mlp::test
