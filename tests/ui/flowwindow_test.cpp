#include "flowtestsupport.h"
#include "mainwindowfixture.h"

#include "ui/editor/ideaeditor.h"
#include "ui/flow/flowstyle.h"
#include "ui/flow/flowview.h"
#include "ui/flow/stagetimes.h"

#include <QAction>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

namespace mlp::ui::test {
namespace {

// The flow view as the window's third central view.
class FlowInWindow : public MainWindowTest
{
protected:
    QTabWidget *views() { return window->findChild<QTabWidget *>(QStringLiteral("centralViews")); }

    qint64 activeIn(Stage stage)
    {
        for (const Idea &idea : document().portfolio().ideas) {
            if (idea.lifecycle.outcome == Outcome::Active && idea.lifecycle.stage == stage)
                return idea.id;
        }
        return 0;
    }
};

TEST_F(FlowInWindow, CtrlThreeShowsTheFlowAndTheViewMenuHasIt)
{
    ASSERT_NE(views(), nullptr);
    QAction *show = action("actionShowFlowView");
    ASSERT_NE(show, nullptr);
    EXPECT_EQ(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    bool inViewMenu = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(show))
            inViewMenu = true;
    }
    EXPECT_TRUE(inViewMenu);
    EXPECT_FALSE(window->flowView()->isVisible());
    EXPECT_EQ(window->flowView()->computeCount(), 0); // nothing computed for a hidden view

    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_TRUE(window->flowView()->isVisible());
    EXPECT_TRUE(show->isChecked());
    EXPECT_EQ(window->flowView()->computeCount(), 1);
    EXPECT_TRUE(window->flowView()->emptyText().isEmpty()); // the sample has moves to show
    EXPECT_TRUE(window->flowView()->cumulativeEmptyText().isEmpty());

    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_TRUE(action("actionShowChartView")->isChecked());
    views()->setCurrentWidget(window->flowView()); // the tab itself
    EXPECT_TRUE(show->isChecked());
}

TEST_F(FlowInWindow, MovesMadeOnAnotherViewAreCountedWhenTheFlowIsShownAgain)
{
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    const int computed = window->flowView()->computeCount();
    const int forward = window->flowView()->analytics().forwardMoves;
    const qint64 id = activeIn(Stage::Data);
    ASSERT_NE(id, 0);
    MoveRequest request;
    request.to = Stage::Training;
    request.who = QStringLiteral("Test");
    ASSERT_TRUE(document().moveStage(id, request).ok());
    QApplication::processEvents();
    EXPECT_EQ(window->flowView()->computeCount(), computed); // the chart tab does not pay

    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window->flowView()->computeCount(), computed + 1);
    EXPECT_EQ(window->flowView()->analytics().forwardMoves, forward + 1);
}

StageTimes *stageTimesOf(const IdeaEditor &editor)
{
    auto *times = editor.findChild<StageTimes *>(QStringLiteral("stageTimes"));
    EXPECT_NE(times, nullptr);
    return times;
}

TEST(LifecycleTabTimes, EveryStayIsCountedAndTheCurrentOneUntilNow)
{
    FlowDocument flow;
    IdeaEditor editor(&flow.document);
    editor.setIdeaId(1); // Alpha, in training since day 50
    StageTimes *times = stageTimesOf(editor);
    ASSERT_NE(times, nullptr);
    EXPECT_EQ(times->textFor(Stage::Planning), QStringLiteral("10 days"));
    EXPECT_EQ(times->textFor(Stage::Data), QStringLiteral("30 days over 2 stays"));
    EXPECT_EQ(times->textFor(Stage::Training), QStringLiteral("20 days over 2 stays, so far"));
    EXPECT_EQ(times->textFor(Stage::Deploying), QStringLiteral("–"));

    flow.clock.advanceDays(5);
    editor.setIdeaId(2);
    editor.setIdeaId(1);
    EXPECT_EQ(times->textFor(Stage::Training), QStringLiteral("25 days over 2 stays, so far"));
    EXPECT_EQ(times->textFor(Stage::Data), QStringLiteral("30 days over 2 stays"));
}

TEST(LifecycleTabTimes, AShippedProjectsTimeStopsAtItsOutcome)
{
    FlowDocument flow;
    IdeaEditor editor(&flow.document);
    editor.setIdeaId(4); // Delta, shipped on day 20 from deploying (since day 12)
    StageTimes *times = stageTimesOf(editor);
    ASSERT_NE(times, nullptr);
    EXPECT_EQ(times->textFor(Stage::Planning), QStringLiteral("4 days"));
    EXPECT_EQ(times->textFor(Stage::Training), QStringLiteral("4 days"));
    EXPECT_EQ(times->textFor(Stage::Deploying), QStringLiteral("8 days"));
    EXPECT_TRUE(times->caption().contains(QStringLiteral("shipped")))
        << times->caption().toStdString();

    flow.clock.advanceDays(100);
    editor.setIdeaId(1);
    editor.setIdeaId(4);
    EXPECT_EQ(times->textFor(Stage::Deploying), QStringLiteral("8 days"));
}

TEST(FlowStyleDays, ShortStaysInTenthsLongOnesInWholeDays)
{
    constexpr qint64 day = 24 * 3600;
    EXPECT_EQ(FlowStyle::daysText(0), QStringLiteral("0 days"));
    EXPECT_EQ(FlowStyle::daysText(3600), QStringLiteral("under a day"));
    EXPECT_EQ(FlowStyle::daysText(day), QStringLiteral("1 day"));
    EXPECT_EQ(FlowStyle::daysText(day * 3 / 2), QStringLiteral("1.5 days"));
    EXPECT_EQ(FlowStyle::daysText(day * 37 + 5000), QStringLiteral("37 days"));
}

} // namespace
} // namespace mlp::ui::test
