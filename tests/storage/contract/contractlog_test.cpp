// The store's contract, the change log: every kept change is on record — who, when, which idea,
// which field, old → new — in the same transaction as the change, and a refused change leaves
// no entry. The same tests run against a .mlplan file and a PostgreSQL portfolio.

#include "core/domain/changelog.h"
#include "storagetestutil.h"
#include "storecontract.h"

namespace mlp::test {

namespace {

QList<FieldChange> changesOf(const PortfolioStore &store, const ChangeQuery &query = {})
{
    const auto changes = store.loadChanges(query);
    EXPECT_TRUE(changes.ok()) << (changes ? std::string() : text(changes.error()));
    return changes ? *changes : QList<FieldChange> {};
}

} // namespace

TEST_P(StoreContract, EveryKeptChangeIsOnRecordNewestFirst)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    auto store = open(location);
    ASSERT_TRUE(store);
    const int created = int(changesOf(*store).size());
    EXPECT_EQ(created, original.ideas.size()); // each initial idea, added

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    Idea renamed = original.ideas.front();
    renamed.name = QStringLiteral("새 이름 'quoted' \"twice\"");
    ASSERT_TRUE(store->upsertIdea(renamed).ok());
    ASSERT_TRUE(store->removeIdea(original.ideas.back().id).ok());

    const QList<FieldChange> all = changesOf(*store);
    ASSERT_EQ(all.size(), created + 2);
    const FieldChange &removed = all.at(0);
    EXPECT_EQ(removed.ideaId, original.ideas.back().id);
    const FieldChange &name = all.at(1);
    EXPECT_EQ(name.ideaId, renamed.id);
    EXPECT_EQ(name.oldValue, original.ideas.front().name);
    EXPECT_EQ(name.newValue, renamed.name);
    EXPECT_FALSE(name.who.isEmpty());
    EXPECT_GE(name.at, before);
    EXPECT_LE(name.at, QDateTime::currentDateTimeUtc().addSecs(60));

    // By idea, and the newest only.
    ChangeQuery oneIdea;
    oneIdea.ideaId = renamed.id;
    const QList<FieldChange> ofIdea = changesOf(*store, oneIdea);
    ASSERT_FALSE(ofIdea.isEmpty());
    for (const FieldChange &change : ofIdea)
        EXPECT_EQ(change.ideaId, renamed.id);
    ChangeQuery newest;
    newest.limit = 1;
    ASSERT_EQ(changesOf(*store, newest).size(), 1);
    EXPECT_EQ(changesOf(*store, newest).first().ideaId, removed.ideaId);
}

TEST_P(StoreContract, ARefusedChangeLeavesNoEntry)
{
    const QString location = createAt(richPortfolio());
    auto store = open(location);
    ASSERT_TRUE(store);
    const int before = int(changesOf(*store).size());
    Idea invalid = richPortfolio().ideas.front();
    invalid.name = QString(100000, u'x'); // over the limit of a name
    EXPECT_FALSE(store->upsertIdea(invalid).ok());
    ScoringConfig config;
    config.impactThreshold = -3; // out of range
    EXPECT_FALSE(store->saveSettings(QStringLiteral("x"), config).ok());
    EXPECT_EQ(changesOf(*store).size(), before);

    // A settings change that is kept is on record, as settings (idea 0).
    ScoringConfig kept = loadAll(location).config;
    kept.impactThreshold = 6.5;
    ASSERT_TRUE(store->saveSettings(QStringLiteral("Renamed 포트폴리오"), kept).ok());
    const QList<FieldChange> after = changesOf(*store);
    ASSERT_GT(after.size(), before);
    for (int i = 0; i < after.size() - before; ++i)
        EXPECT_EQ(after.at(i).ideaId, 0);
}

} // namespace mlp::test
