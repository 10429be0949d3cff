// What others change in a store reaches an open Document as the edits they are: a viewer's
// window follows a colleague's changes without a reset, and nothing of it goes on the viewer's
// undo stack.
#include "twodocuments.h"

#include "ui/document/selection.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class DocumentRefresh : public TwoDocuments
{
protected:
    void SetUp() override { open(samplePortfolio(clock.now()), false); }
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

namespace {

// A colleague's import of thousands of ideas reaches a viewer as one batch: one reset, not
// thousands of edits each reranking everything, and the result is what a fresh load shows.
class DocumentRefreshMany : public TwoDocuments
{
protected:
    void SetUp() override { open(generatedPortfolio(6000, 7, clock.now()), false); }
};

TEST_F(DocumentRefreshMany, ThousandsOfChangesArriveAsOneBatchAndEqualAFreshLoad)
{
    Portfolio &stored = shelf.portfolios[kTeam];
    const qint64 kept = stored.ideas.at(10).id; // changed, and stays selected
    const qint64 gone = stored.ideas.at(20).id; // removed, and leaves the selection
    Selection selection(&viewer);
    selection.select({ kept, gone }, kept);
    // 5,000 changes: some removed, 4,900 renamed with new answers, the rest of 100 added.
    stored.ideas.removeIf([&](const Idea &i) { return i.id == gone || i.id % 150 == 0; });
    const int removed = 6000 - int(stored.ideas.size());
    for (int i = 0; i < 4900; ++i) {
        Idea &idea = stored.ideas[i];
        idea.name += QStringLiteral(" (v2)");
        if (!idea.raters.isEmpty())
            idea.raters.first().answers[0] = 1 + (i % 5);
    }
    for (int i = 0; i < 100 - removed; ++i) {
        Idea added;
        added.id = 10000 + i; // never an id just removed
        added.name = QStringLiteral("Imported %1").arg(i);
        stored.ideas << added;
    }

    QSignalSpy reset(&viewer, &Document::portfolioReset);
    QSignalSpy changed(&viewer, &Document::ideaChanged);
    QSignalSpy removedSpy(&viewer, &Document::ideaRemoved);
    QSignalSpy files(&viewer, &Document::fileChanged);
    QSignalSpy ranking(&viewer, &Document::rankingChanged);
    QSignalSpy selectionSaid(&selection, &Selection::changed);
    const Result<int> refreshed = viewer.refreshFromStore();
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(*refreshed, 5000);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(removedSpy.count(), 0);
    EXPECT_EQ(ranking.count(), 0);
    EXPECT_EQ(files.count(), 0); // the same portfolio: nothing reopened, nothing followed anew
    EXPECT_FALSE(viewer.isRefreshing());
    // The selection keeps the idea still there, and says so for the views that rebuilt.
    EXPECT_EQ(selection.ids(), QList<qint64> { kept });
    EXPECT_EQ(selection.current(), kept);
    EXPECT_GE(selectionSaid.count(), 1);
    EXPECT_EQ(viewer.undoStack()->count(), 0);

    // What a window opening the portfolio now would show: the ideas, scores and ranks.
    Document fresh { clock, opener };
    ASSERT_TRUE(fresh.openFile(kTeam, PortfolioStore::Access::Read).ok());
    EXPECT_TRUE(viewer.portfolio() == fresh.portfolio());
    ASSERT_EQ(viewer.scores().size(), fresh.scores().size());
    for (const Idea &idea : fresh.portfolio().ideas) {
        ASSERT_EQ(viewer.rankOf(idea.id), fresh.rankOf(idea.id)) << idea.id;
        EXPECT_EQ(viewer.scoreFor(idea.id)->priority, fresh.scoreFor(idea.id)->priority);
    }
    EXPECT_EQ(viewer.idea(kept)->name, shelf.portfolios[kTeam].find(kept)->name);
}

TEST_F(DocumentRefreshMany, AFewChangesStayEditsAndAResetOfAFileStillClearsTheSelection)
{
    Portfolio &stored = shelf.portfolios[kTeam];
    for (int i = 0; i < 8; ++i)
        stored.ideas[i].name += QStringLiteral(" (v2)");
    QSignalSpy reset(&viewer, &Document::portfolioReset);
    QSignalSpy changed(&viewer, &Document::ideaChanged);
    ASSERT_TRUE(viewer.refreshFromStore().ok());
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(changed.count(), 8);

    // Opening another portfolio is a new one: nothing stays selected.
    Selection selection(&viewer);
    const qint64 id = viewer.portfolio().ideas.at(0).id;
    selection.select({ id }, id);
    shelf.portfolios.insert(QStringLiteral("memory:other"), samplePortfolio(clock.now()));
    ASSERT_TRUE(viewer.openFile(QStringLiteral("memory:other"), PortfolioStore::Access::Read).ok());
    EXPECT_TRUE(selection.ids().isEmpty());
}

} // namespace
