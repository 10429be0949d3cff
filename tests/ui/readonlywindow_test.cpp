// A portfolio open for writing in one window can be opened read-only in another, which follows
// the first one's changes as they are saved and refuses every edit with a reason.
#include "mainwindowfixture.h"

#include "ui/board/boardcardview.h"
#include "ui/board/lifecycleboard.h"
#include "ui/document/storefollower.h"

#include <QLabel>

namespace mlp::ui::test {
namespace {

class ReadOnlyWindow : public MainWindowTest
{
protected:
    void openSecond(bool answer)
    {
        second = std::make_unique<MainWindow>(clock);
        second->setErrorReporter([this](const QString &title, const QString &message) {
            secondErrors << title + QLatin1String(": ") + message;
        });
        second->setConfirmer([this, answer](const QString &title, const QString &, const QString &,
                                            const QString &) {
            secondQuestions << title;
            return answer;
        });
        opened = second->openFile(path);
    }

    std::unique_ptr<MainWindow> second;
    QStringList secondErrors;
    QStringList secondQuestions;
    bool opened = false;
};

TEST_F(ReadOnlyWindow, ALockedFileOpensReadOnlyWhenAsked)
{
    openSecond(true);
    ASSERT_TRUE(opened);
    EXPECT_EQ(secondQuestions, QStringList { QStringLiteral("Open Read-Only?") });
    EXPECT_TRUE(second->document()->isReadOnly());
    EXPECT_TRUE(second->windowTitle().contains(QStringLiteral("read-only")))
        << second->windowTitle().toStdString();
    EXPECT_FALSE(second->findChild<QAction *>(QStringLiteral("actionAddIdea"))->isEnabled());
    EXPECT_FALSE(second->findChild<QAction *>(QStringLiteral("actionSettings"))->isEnabled());
    EXPECT_TRUE(second->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
    EXPECT_TRUE(second->follower()->isFollowing());
    EXPECT_FALSE(window->follower()->isFollowing()); // the writer needs none
    EXPECT_TRUE(secondErrors.isEmpty());
}

TEST_F(ReadOnlyWindow, TheBoardsCardsCannotBeMovedAndSayWhy)
{
    openSecond(true);
    ASSERT_TRUE(opened);
    LifecycleBoard *board = second->findChild<LifecycleBoard *>();
    ASSERT_NE(board, nullptr);
    EXPECT_FALSE(board->mayMove());
    EXPECT_EQ(board->stageView(Stage::Planning)->dragDropMode(), QAbstractItemView::NoDragDrop);
    EXPECT_FALSE(board->nextStageAction()->isEnabled());
    EXPECT_FALSE(board->previousStageAction()->isEnabled());
    EXPECT_FALSE(board->nextStageAction()->toolTip().isEmpty());

    // A move that still reaches the board (a drop, a menu) is refused with the reason.
    Document &viewer = *second->document();
    const Idea first = viewer.portfolio().ideas.at(0);
    const Stage to = first.lifecycle.stage == Stage::Data ? Stage::Training : Stage::Data;
    QSignalSpy notes(board, &LifecycleBoard::noteRequested);
    board->moveCards({ first.id }, to);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.at(0).at(0).toString(), board->nextStageAction()->toolTip());
    EXPECT_EQ(viewer.idea(first.id)->lifecycle.stage, first.lifecycle.stage);

    // The writer's board moves cards.
    LifecycleBoard *writers = window->findChild<LifecycleBoard *>();
    ASSERT_NE(writers, nullptr);
    EXPECT_TRUE(writers->mayMove());
    EXPECT_EQ(writers->stageView(Stage::Planning)->dragDropMode(), QAbstractItemView::DragDrop);
}

TEST_F(ReadOnlyWindow, SayingNoOpensNothing)
{
    openSecond(false);
    EXPECT_FALSE(opened);
    EXPECT_FALSE(second->document()->isOpen());
    EXPECT_TRUE(secondErrors.isEmpty()); // the question said it already
}

TEST_F(ReadOnlyWindow, TheWritersChangesShowAsTheyAreSaved)
{
    openSecond(true);
    ASSERT_TRUE(opened);
    Document &viewer = *second->document();
    const qint64 id = viewer.portfolio().ideas.at(0).id;
    const int before = int(viewer.portfolio().ideas.size());

    Idea renamed = *document().idea(id);
    renamed.name = QStringLiteral("Renamed in the first window");
    ASSERT_TRUE(document().editIdea(renamed, QStringLiteral("Rename")).ok());
    Idea added;
    added.name = QStringLiteral("아이디어 \"새\"");
    ASSERT_TRUE(document().addIdea(added).ok());

    EXPECT_TRUE(second->follower()->checkNow());
    EXPECT_EQ(viewer.idea(id)->name, renamed.name);
    EXPECT_EQ(int(viewer.portfolio().ideas.size()), before + 1);
    EXPECT_TRUE(viewer.portfolio() == document().portfolio());
    EXPECT_FALSE(second->follower()->checkNow()); // nothing new since

    Idea attempt = *viewer.idea(id);
    attempt.name = QStringLiteral("Changed in the read-only window");
    const Status refused = viewer.editIdea(attempt, QStringLiteral("Rename"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(document().idea(id)->name, renamed.name);
}

} // namespace
} // namespace mlp::ui::test
