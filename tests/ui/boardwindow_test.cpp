#include "mainwindowfixture.h"

#include "ui/board/boardcardview.h"
#include "ui/board/lifecycleboard.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/selection.h"
#include "ui/editor/ideaeditor.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

namespace mlp::ui::test {
namespace {

// The lifecycle board inside the window: a second central view that shares the selection with
// the table, the chart and the idea panel.
class BoardInWindow : public MainWindowTest
{
protected:
    QTabWidget *views() { return window->findChild<QTabWidget *>(QStringLiteral("centralViews")); }

    qint64 activeIn(Stage stage)
    {
        for (const Idea &idea : window->document()->portfolio().ideas) {
            if (idea.lifecycle.outcome == Outcome::Active && idea.lifecycle.stage == stage)
                return idea.id;
        }
        return 0;
    }
};

TEST_F(BoardInWindow, CtrlTwoShowsTheBoardAndCtrlOneTheChart)
{
    ASSERT_NE(views(), nullptr);
    EXPECT_TRUE(window->chart()->isVisible()); // the chart and table come first
    EXPECT_EQ(action("actionShowBoardView")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_TRUE(window->board()->isVisible());
    EXPECT_TRUE(action("actionShowBoardView")->isChecked());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_FALSE(window->board()->isVisible());
    EXPECT_TRUE(window->chart()->isVisible());
    EXPECT_TRUE(action("actionShowChartView")->isChecked());
    views()->setCurrentIndex(1); // the tab itself
    EXPECT_TRUE(action("actionShowBoardView")->isChecked());
}

TEST_F(BoardInWindow, TheBoardSharesTheSelectionWithTheTableAndTheEditor)
{
    const qint64 id = activeIn(Stage::Training);
    window->selectIds({ id });
    EXPECT_EQ(window->board()->selectedIds(), QList<qint64> { id });
    // Shown as selected on the board: the card the view draws (its name column) is selected.
    BoardCardView *training = window->board()->stageView(Stage::Training);
    ASSERT_EQ(training->selectionModel()->selectedIndexes().size(), 1);
    EXPECT_EQ(training->selectionModel()->selectedIndexes().first().column(),
              training->modelColumn());

    action("actionShowBoardView")->trigger();
    BoardCardView *data = window->board()->stageView(Stage::Data);
    ASSERT_GT(data->model()->rowCount(), 0);
    data->selectionModel()->select(data->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    const qint64 picked = data->model()->index(0, 0).data(IdeasModel::IdRole).toLongLong();
    EXPECT_EQ(window->selectedIds(), QList<qint64> { picked });
    EXPECT_EQ(window->editor()->ideaId(), picked);
}

TEST_F(BoardInWindow, ARefusedMoveOnTheBoardIsExplainedInTheStatusBar)
{
    action("actionShowBoardView")->trigger();
    const qint64 id = activeIn(Stage::Data);
    window->board()->moveCards({ id }, Stage::Deploying);
    EXPECT_EQ(window->document()->idea(id)->lifecycle.stage, Stage::Data);
    auto *note = window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("one stage at a time")))
        << note->text().toStdString();
}

} // namespace
} // namespace mlp::ui::test
