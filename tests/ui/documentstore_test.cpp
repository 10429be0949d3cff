// The Document needs nothing but the store interface: here it opens, edits, undoes and creates
// through a store kept in memory, and every change reaches that store as one call.
#include "memorystore.h"
#include "uitestsupport.h"

#include <QFile>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class DocumentStoreSeam : public ::testing::Test
{
protected:
    void SetUp() override { shelf.portfolios.insert(kTeam, samplePortfolio(clock.now())); }

    const Portfolio &stored() { return shelf.portfolios[kTeam]; }

    const QString kTeam = QStringLiteral("memory:team");
    mlp::test::MemoryShelf shelf;
    mlp::test::MemoryStoreOpener opener { shelf };
    FakeClock clock { testNow() };
    Document document { clock, opener };
};

TEST_F(DocumentStoreSeam, OpensEditsAndUndoesThroughTheStore)
{
    ASSERT_TRUE(document.openFile(kTeam).ok());
    EXPECT_EQ(document.filePath(), kTeam);
    EXPECT_TRUE(document.portfolio() == stored());
    EXPECT_TRUE(shelf.writers.contains(kTeam)); // the window is the store's writer

    Idea idea;
    idea.name = QStringLiteral("Shared idea");
    ASSERT_TRUE(document.addIdea(idea).ok());
    const qint64 id = document.portfolio().ideas.last().id;
    ASSERT_NE(stored().find(id), nullptr);
    EXPECT_EQ(shelf.calls.last(), QStringLiteral("upsert %1").arg(id));

    document.undoStack()->undo();
    EXPECT_EQ(stored().find(id), nullptr);
    EXPECT_EQ(shelf.calls.last(), QStringLiteral("remove %1").arg(id));

    ScoringConfig config = document.portfolio().config;
    config.impactThreshold = 7;
    ASSERT_TRUE(document.setSettings(QStringLiteral("Renamed"), config).ok());
    EXPECT_EQ(stored().name, QStringLiteral("Renamed"));
    EXPECT_EQ(stored().config.impactThreshold, 7);
    EXPECT_TRUE(document.portfolio() == stored());

    document.close();
    EXPECT_TRUE(shelf.writers.isEmpty());
}

TEST_F(DocumentStoreSeam, AWriteTheStoreRefusesChangesNothing)
{
    ASSERT_TRUE(document.openFile(kTeam).ok());
    const Portfolio before = document.portfolio();
    shelf.refuseWrites = makeError(Error::Code::Io, QStringLiteral("the server said no"));
    Idea idea;
    idea.name = QStringLiteral("Shared idea");
    const Status added = document.addIdea(idea);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().message, QStringLiteral("the server said no"));
    EXPECT_TRUE(document.portfolio() == before);
    EXPECT_TRUE(stored() == before);
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(DocumentStoreSeam, CreatesAndRefusesByTheStoresWord)
{
    Portfolio initial;
    initial.name = QStringLiteral("New");
    ASSERT_TRUE(document.createFile(QStringLiteral("memory:new"), initial).ok());
    EXPECT_EQ(document.filePath(), QStringLiteral("memory:new"));
    EXPECT_TRUE(shelf.portfolios.contains(QStringLiteral("memory:new")));

    const Status missing = document.openFile(QStringLiteral("memory:absent"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    EXPECT_EQ(document.filePath(), QStringLiteral("memory:new")); // the open one stays
}

} // namespace

namespace {

// Opening a missing file said nothing and opened nothing when the open file had been moved
// away: both names had no canonical path, so they were taken for the same file.
TEST(DocumentOpenFile, AMissingFileIsRefusedAlsoWhenTheOpenOneWasMovedAway)
{
    SampleDocument s;
    ASSERT_TRUE(QFile::rename(s.path, s.dir.filePath(QStringLiteral("moved.mlplan"))));
    const Status opened = s.document.openFile(s.dir.filePath(QStringLiteral("absent.mlplan")));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotFound);
    EXPECT_EQ(s.document.filePath(), s.path);
}

} // namespace
