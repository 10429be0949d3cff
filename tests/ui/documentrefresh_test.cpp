// What others change in a store reaches an open Document as the edits they are: a viewer's
// window follows a colleague's changes without a reset, and nothing of it goes on the viewer's
// undo stack.
#include "memorystore.h"
#include "uitestsupport.h"

#include "ui/document/selection.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class DocumentRefresh : public ::testing::Test
{
protected:
    void SetUp() override
    {
        shelf.portfolios.insert(kTeam, samplePortfolio(clock.now()));
        ASSERT_TRUE(colleague.openFile(kTeam).ok());
        ASSERT_TRUE(viewer.openFile(kTeam, PortfolioStore::Access::Read).ok());
    }

    const QString kTeam = QStringLiteral("memory:team");
    mlp::test::MemoryShelf shelf;
    mlp::test::MemoryStoreOpener opener { shelf };
    FakeClock clock { testNow() };
    Document colleague { clock, opener };
    Document viewer { clock, opener };
};

TEST_F(DocumentRefresh, AColleaguesEditsArriveAsEditsNotAReset)
{
    const Idea first = viewer.portfolio().ideas.at(0);
    const Idea second = viewer.portfolio().ideas.at(1);
    Selection selection(&viewer);
    selection.select({ second.id }, second.id);

    Idea renamed = first;
    renamed.name = QStringLiteral("새 이름 \"quoted\"");
    ASSERT_TRUE(colleague.editIdea(renamed, QStringLiteral("Rename")).ok());
    Idea added;
    added.name = QStringLiteral("Added by a colleague");
    ASSERT_TRUE(colleague.addIdea(added).ok());
    const qint64 addedId = colleague.portfolio().ideas.last().id;
    ScoringConfig config = colleague.portfolio().config;
    config.impactThreshold = 6.5;
    ASSERT_TRUE(colleague.setSettings(colleague.portfolio().name, config).ok());

    QSignalSpy reset(&viewer, &Document::portfolioReset);
    QSignalSpy changed(&viewer, &Document::ideaChanged);
    QSignalSpy addedSpy(&viewer, &Document::ideaAdded);
    QSignalSpy settings(&viewer, &Document::settingsChanged);
    const Result<int> refreshed = viewer.refreshFromStore();
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(*refreshed, 3);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toLongLong(), first.id);
    ASSERT_EQ(addedSpy.count(), 1);
    EXPECT_EQ(addedSpy.first().first().toLongLong(), addedId);
    EXPECT_EQ(settings.count(), 1);
    EXPECT_TRUE(viewer.portfolio() == colleague.portfolio());
    EXPECT_EQ(viewer.rankOf(addedId), colleague.rankOf(addedId));
    EXPECT_EQ(selection.ids(), QList<qint64> { second.id }); // the viewer's selection stays
    EXPECT_EQ(viewer.undoStack()->count(), 0);               // not the viewer's to undo

    // Nothing new: nothing happens.
    const Result<int> again = viewer.refreshFromStore();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(DocumentRefresh, ARemovedIdeaLeavesTheSelection)
{
    const qint64 id = viewer.portfolio().ideas.at(2).id;
    Selection selection(&viewer);
    selection.select({ id }, id);
    QSignalSpy removed(&viewer, &Document::ideaRemoved);
    ASSERT_TRUE(colleague.removeIdeas({ id }).ok());
    const Result<int> refreshed = viewer.refreshFromStore();
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(*refreshed, 1);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(viewer.idea(id), nullptr);
    EXPECT_TRUE(selection.ids().isEmpty());
    EXPECT_EQ(viewer.portfolio().ideas.size(), colleague.portfolio().ideas.size());
}

TEST_F(DocumentRefresh, NothingOpenIsRefusedWithAReason)
{
    Document closed { clock, opener };
    const Result<int> refused = closed.refreshFromStore();
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().message.isEmpty());
}

TEST_F(DocumentRefresh, AViewerCannotEditAndSaysSo)
{
    EXPECT_TRUE(viewer.isReadOnly());
    EXPECT_FALSE(colleague.isReadOnly());
    Idea idea = viewer.portfolio().ideas.at(0);
    idea.name = QStringLiteral("Changed by the viewer");
    const Status refused = viewer.editIdea(idea, QStringLiteral("Rename"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")))
        << refused.error().message.toStdString();
    EXPECT_NE(shelf.portfolios[kTeam].ideas.at(0).name, idea.name);
    EXPECT_EQ(viewer.undoStack()->count(), 0);
}

} // namespace
