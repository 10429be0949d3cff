// The store's contract, reads: load, loadSettings, loadIdea, ideasNamedBy, nextIdeaId, copies.
// Every test runs against a .mlplan file and a PostgreSQL portfolio (storecontract.h).

#include "storage/portfoliofile.h"
#include "storage/stores.h"
#include "storagetestutil.h"
#include "storecontract.h"

namespace mlp::test {

namespace {

using Access = PortfolioStore::Access;

// Names that break naive quoting, in SQL, in URIs and in libpq's conninfo: quotes, backslashes,
// semicolons, comments, placeholders, percent signs, Hangul and a character outside the BMP.
const QStringList &awkwardNames()
{
    static const QStringList names {
        QString::fromUtf8("O'Brien's \"churn\" model"),
        QString::fromUtf8("고객 이탈 예측 '2024'"),
        QStringLiteral("back\\slash; DROP TABLE ideas; --"),
        QStringLiteral("? $1 :name %s 100%"),
        QString::fromUtf8("이모지 \xF0\x9F\x93\x88 line"),
    };
    return names;
}

Portfolio awkwardPortfolio()
{
    Portfolio p = richPortfolio();
    p.name = QString::fromUtf8("팀 \"ML\" portfolio; it's '1'");
    qint64 id = p.nextId();
    for (const QString &name : awkwardNames()) {
        Idea idea = numberedIdea(id++);
        idea.name = name;
        idea.description = name + QStringLiteral("\n") + name;
        idea.owner = name.left(20);
        p.ideas.append(idea);
    }
    return p;
}

} // namespace

TEST_P(StoreContract, ACreatedPortfolioLoadsAsItWasGiven)
{
    const Portfolio original = richPortfolio();
    const QString location = createAt(original);
    for (const auto access : { Access::Read, Access::Write, Access::Edit }) {
        auto store = open(location, access);
        ASSERT_TRUE(store);
        EXPECT_EQ(store->location(), location);
        const auto loaded = store->load();
        ASSERT_TRUE(loaded.ok()) << text(loaded.error());
        EXPECT_TRUE(*loaded == original);
        EXPECT_TRUE(store->checkIntegrity().ok());
    }
}

TEST_P(StoreContract, NamesFullOfQuotesAndHangulComeBackAsTheyWere)
{
    const Portfolio original = awkwardPortfolio();
    const QString location = createAt(original);
    const Portfolio loaded = loadAll(location);
    EXPECT_EQ(loaded.name, original.name);
    ASSERT_EQ(loaded.ideas.size(), original.ideas.size());
    EXPECT_TRUE(loaded == original);
    auto store = open(location, Access::Read);
    ASSERT_TRUE(store);
    for (const QString &name : awkwardNames()) {
        const auto named = store->ideasNamedBy(QStringLiteral("  ") + name.toUpper());
        ASSERT_TRUE(named.ok()) << text(named.error());
        ASSERT_EQ(named->size(), 1) << name.toStdString();
        EXPECT_EQ(named->front().name, name);
    }
}

TEST_P(StoreContract, EachPartReadsAsTheWholeLoadReadsIt)
{
    const QString location = createAt(awkwardPortfolio());
    auto store = open(location, Access::Edit);
    ASSERT_TRUE(store);
    const auto whole = store->load();
    ASSERT_TRUE(whole.ok()) << text(whole.error());
    const auto settings = store->loadSettings();
    ASSERT_TRUE(settings.ok()) << text(settings.error());
    EXPECT_EQ(settings->name, whole->name);
    EXPECT_TRUE(settings->config == whole->config);
    EXPECT_TRUE(settings->ideas.isEmpty());
    for (const Idea &idea : whole->ideas) {
        const auto one = store->loadIdea(idea.id);
        ASSERT_TRUE(one.ok()) << text(one.error());
        EXPECT_TRUE(*one == idea) << idea.id;
        const auto byId = store->ideasNamedBy(QString::number(idea.id));
        ASSERT_TRUE(byId.ok());
        EXPECT_TRUE(std::any_of(byId->begin(), byId->end(),
                                [&](const Idea &found) { return found.id == idea.id; }));
    }
    const auto next = store->nextIdeaId();
    ASSERT_TRUE(next.ok()) << text(next.error());
    EXPECT_EQ(*next, whole->nextId());
}

TEST_P(StoreContract, AnUnknownIdIsNotFoundAndAnUnknownNameFindsNothing)
{
    auto store = open(createAt(richPortfolio()), Access::Read);
    ASSERT_TRUE(store);
    const auto missing = store->loadIdea(99999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    const auto none = store->ideasNamedBy(QStringLiteral("no such idea"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
    const auto blank = store->ideasNamedBy(QStringLiteral("   "));
    ASSERT_TRUE(blank.ok());
    EXPECT_TRUE(blank->isEmpty());
}

TEST_P(StoreContract, IdeasNamedByGivesTheCandidatesInTheOrderOfThePortfolio)
{
    Portfolio p;
    p.name = QStringLiteral("names");
    for (qint64 id : { 5, 2, 9 }) {
        Idea idea = numberedIdea(id);
        idea.name = id == 9 ? QStringLiteral("5") : QStringLiteral(" Churn ");
        p.ideas.append(idea);
    }
    auto store = open(createAt(p), Access::Read);
    ASSERT_TRUE(store);
    const auto churn = store->ideasNamedBy(QStringLiteral("CHURN"));
    ASSERT_TRUE(churn.ok());
    ASSERT_EQ(churn->size(), 2);
    EXPECT_EQ(churn->at(0).id, 5);
    EXPECT_EQ(churn->at(1).id, 2);
    // "5" is idea 5's id and idea 9's name: both, in the portfolio's order.
    const auto five = store->ideasNamedBy(QStringLiteral("5"));
    ASSERT_TRUE(five.ok());
    ASSERT_EQ(five->size(), 2);
    EXPECT_EQ(five->at(0).id, 5);
    EXPECT_EQ(five->at(1).id, 9);
    const auto next = store->nextIdeaId();
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(*next, 10);
}

TEST_P(StoreContract, OpeningWhereNothingIsIsNotFoundAndCreatesNothing)
{
    const QString location = newLocation(QStringLiteral("missing"));
    for (const auto access : { Access::Read, Access::Write, Access::Edit }) {
        const auto opened = storage::storeOpener().open(location, access);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::NotFound) << text(opened.error());
    }
    // Still nothing there: creating works.
    EXPECT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
}

TEST_P(StoreContract, ACopyIsANewMlplanFileHoldingThePortfolio)
{
    const Portfolio original = awkwardPortfolio();
    auto store = open(createAt(original), Access::Read);
    ASSERT_TRUE(store);
    const QString copy = m_dir.filePath(QStringLiteral("copy.mlplan"));
    ASSERT_TRUE(store->saveCopyAs(copy).ok());
    auto file = PortfolioFile::open(copy, Access::Read);
    ASSERT_TRUE(file.ok()) << text(file.error());
    const auto loaded = (*file)->load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(*loaded == original);
    // An existing file no one has open is replaced; one a writer holds is not.
    Portfolio small;
    small.name = QStringLiteral("small");
    const QString held = m_dir.filePath(QStringLiteral("held.mlplan"));
    auto holder = PortfolioFile::create(held, small);
    ASSERT_TRUE(holder.ok());
    const auto refused = store->saveCopyAs(held);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Locked);
    holder = Error {};
    ASSERT_TRUE(store->saveCopyAs(held).ok());
    auto replaced = PortfolioFile::open(held, Access::Read);
    ASSERT_TRUE(replaced.ok());
    EXPECT_TRUE(*(*replaced)->load() == original);
}

} // namespace mlp::test
