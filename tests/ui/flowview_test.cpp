#include "flowtestsupport.h"

#include "ui/flow/backwardmatrix.h"
#include "ui/flow/cumulativeflowchart.h"
#include "ui/flow/flowview.h"
#include "ui/flow/stagetimechart.h"

#include <QApplication>
#include <QCheckBox>
#include <QTableWidget>
#include <QUndoStack>

namespace mlp::ui::test {
namespace {

constexpr double kEpsilon = 1e-9;

class FlowViewTest : public ::testing::Test
{
protected:
    FlowDocument flowDocument;
    Document &document = flowDocument.document;
    FlowView view { &document };

    void SetUp() override
    {
        view.resize(1000, 700);
        view.show();
        QApplication::processEvents();
    }

    QString stageCell(Stage stage, int column) const
    {
        return view.stageTable()->item(int(stage), column)->text();
    }
    QString matrixCell(Stage from, Stage to) const
    {
        return view.backwardMatrix()
            ->table()
            ->item(BackwardMatrix::rowOf(from), BackwardMatrix::columnOf(to))
            ->text();
    }
    void move(qint64 id, Stage to, const QString &trigger = {})
    {
        MoveRequest request;
        request.to = to;
        request.who = QStringLiteral("Test");
        request.triggerId = trigger;
        request.checklistOverrideNote = QStringLiteral("going ahead");
        const Status moved = document.moveStage(id, request);
        ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    }
};

TEST_F(FlowViewTest, ShowsTheBackwardMovesByPairWithTheirReasons)
{
    EXPECT_TRUE(view.backwardEmptyText().isEmpty());
    EXPECT_EQ(matrixCell(Stage::Training, Stage::Data), QStringLiteral("2"));
    EXPECT_EQ(matrixCell(Stage::Data, Stage::Planning), QStringLiteral("1"));
    EXPECT_EQ(matrixCell(Stage::Deploying, Stage::Training), QStringLiteral("0"));
    // Not a backward pair: no number, and not selectable.
    QTableWidgetItem *forward = view.backwardMatrix()->table()->item(
        BackwardMatrix::rowOf(Stage::Data), BackwardMatrix::columnOf(Stage::Data));
    EXPECT_TRUE(forward->text().isEmpty());
    EXPECT_FALSE(forward->flags() & Qt::ItemIsSelectable);

    // The busiest pair is chosen first, and its reasons are listed with their counts.
    const auto chosen = view.backwardMatrix()->selectedPair();
    ASSERT_TRUE(chosen.has_value());
    EXPECT_EQ(*chosen, qMakePair(Stage::Training, Stage::Data));
    const QString unreliable = backwardReasonText(QStringLiteral("labels-unreliable"));
    EXPECT_TRUE(view.backwardMatrix()->reasonsText().contains(QStringLiteral("2 × ") + unreliable))
        << view.backwardMatrix()->reasonsText().toStdString();

    view.backwardMatrix()->selectPair(Stage::Data, Stage::Planning);
    EXPECT_TRUE(view.backwardMatrix()->reasonsText().contains(
        QStringLiteral("1 × ") + backwardReasonText(QStringLiteral("free-text"))));
    EXPECT_FALSE(view.backwardMatrix()->reasonsText().contains(unreliable));
    // The cell's tooltip gives the reasons too.
    const QString tip
        = view.backwardMatrix()
              ->table()
              ->item(BackwardMatrix::rowOf(Stage::Training), BackwardMatrix::columnOf(Stage::Data))
              ->toolTip();
    EXPECT_TRUE(tip.contains(unreliable.toHtmlEscaped())) << tip.toStdString();
}

TEST_F(FlowViewTest, ShowsEachStageNowItsVisitsAndItsUsualTimes)
{
    const QStringList now { stageCell(Stage::Planning, 1), stageCell(Stage::Data, 1),
                            stageCell(Stage::Training, 1), stageCell(Stage::Deploying, 1) };
    EXPECT_EQ(now.join(QLatin1Char(' ')), QStringLiteral("1 2 1 0"));
    const QStringList visits { stageCell(Stage::Planning, 2), stageCell(Stage::Data, 2),
                               stageCell(Stage::Training, 2), stageCell(Stage::Deploying, 2) };
    EXPECT_EQ(visits.join(QLatin1Char(' ')), QStringLiteral("6 7 4 1"));
    EXPECT_EQ(stageCell(Stage::Planning, 3), QStringLiteral("10 days"));
    EXPECT_EQ(stageCell(Stage::Training, 3), QStringLiteral("5 days"));
    EXPECT_EQ(stageCell(Stage::Training, 4), QStringLiteral("8.5 days"));
    // Deploying's only stay ended when the project shipped, not today.
    EXPECT_EQ(stageCell(Stage::Deploying, 3), QStringLiteral("8 days"));

    EXPECT_TRUE(view.timeEmptyText().isEmpty());
    const QList<double> median = view.timeChart()->medianDays();
    const QList<double> p85 = view.timeChart()->p85Days();
    ASSERT_EQ(median.size(), kStageCount);
    EXPECT_NEAR(median[0], 10.0, kEpsilon);
    EXPECT_NEAR(median[1], 10.0, kEpsilon);
    EXPECT_NEAR(median[2], 5.0, kEpsilon);
    EXPECT_NEAR(median[3], 8.0, kEpsilon);
    EXPECT_NEAR(p85[2], 8.5, kEpsilon);
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("4 active, 1 shipped, 0 shelved")))
        << view.summaryText().toStdString();
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("13 moves recorded, 3 of them")));
}

TEST_F(FlowViewTest, DrawsTheCumulativeFlowWithABandPerStageAndOutcome)
{
    EXPECT_TRUE(view.cumulativeEmptyText().isEmpty());
    EXPECT_EQ(view.cumulativeChart()->bandNames(),
              QStringList({ QStringLiteral("Shipped"), QStringLiteral("Shelved"),
                            stageShortName(Stage::Deploying), stageShortName(Stage::Training),
                            stageShortName(Stage::Data), stageShortName(Stage::Planning) }));
    EXPECT_EQ(view.cumulativeChart()->chart()->series().size(), 6);
    // At the end of day 13: Alpha and Bravo in Data, Charlie back in Planning (since day 12)
    // with Echo, Delta deploying.
    const QString day13 = view.cumulativeChart()->pointText(flowDay(13).date());
    EXPECT_TRUE(day13.contains(stageShortName(Stage::Deploying) + QStringLiteral(": 1")))
        << day13.toStdString();
    EXPECT_TRUE(day13.contains(stageShortName(Stage::Planning) + QStringLiteral(": 2")))
        << day13.toStdString();
    EXPECT_TRUE(day13.contains(stageShortName(Stage::Data) + QStringLiteral(": 2")))
        << day13.toStdString();
    EXPECT_TRUE(day13.contains(stageShortName(Stage::Training) + QStringLiteral(": 0")))
        << day13.toStdString();

    EXPECT_TRUE(view.showFinishedBox()->isVisible());
    view.showFinishedBox()->setChecked(false);
    EXPECT_EQ(view.cumulativeChart()->chart()->series().size(), 4);
}

TEST_F(FlowViewTest, ARecordedMoveShowsOnceTheDocumentHasMadeIt)
{
    const int computed = view.computeCount();
    move(5, Stage::Data);                                   // Echo leaves planning
    move(1, Stage::Data, QStringLiteral("need-more-data")); // Alpha goes back
    QApplication::processEvents();
    EXPECT_EQ(view.computeCount(), computed + 1); // once for the burst
    EXPECT_EQ(stageCell(Stage::Planning, 1), QStringLiteral("0"));
    EXPECT_EQ(stageCell(Stage::Data, 1), QStringLiteral("4"));
    EXPECT_EQ(matrixCell(Stage::Training, Stage::Data), QStringLiteral("3"));
    view.backwardMatrix()->selectPair(Stage::Training, Stage::Data);
    EXPECT_TRUE(view.backwardMatrix()->reasonsText().contains(
        QStringLiteral("1 × ") + backwardReasonText(QStringLiteral("need-more-data"))));

    document.undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(matrixCell(Stage::Training, Stage::Data), QStringLiteral("2"));
}

TEST_F(FlowViewTest, IsNotRecomputedWhileHiddenAndCatchesUpWhenShown)
{
    view.hide();
    const int computed = view.computeCount();
    move(5, Stage::Data);
    move(2, Stage::Training);
    QApplication::processEvents();
    EXPECT_EQ(view.computeCount(), computed);
    EXPECT_TRUE(view.isStale());
    view.show();
    QApplication::processEvents();
    EXPECT_EQ(view.computeCount(), computed + 1);
    EXPECT_FALSE(view.isStale());
    EXPECT_EQ(stageCell(Stage::Planning, 1), QStringLiteral("0"));
    EXPECT_EQ(stageCell(Stage::Training, 1), QStringLiteral("2"));

    // An edit that does not touch the lifecycle does not even make it stale.
    Idea renamed = *document.idea(3);
    renamed.name = QStringLiteral("Charlie II");
    ASSERT_TRUE(document.editIdea(renamed, QStringLiteral("Rename")).ok());
    QApplication::processEvents();
    EXPECT_EQ(view.computeCount(), computed + 1);
    EXPECT_FALSE(view.isStale());

    // Shown again on another day, "now" has moved: the open stays are longer.
    view.hide();
    flowDocument.clock.advanceDays(1);
    view.show();
    EXPECT_EQ(view.computeCount(), computed + 2);
    view.hide();
    view.show(); // the same day, nothing changed
    EXPECT_EQ(view.computeCount(), computed + 2);
}

TEST(FlowViewEmpty, SaysInWordsThatNothingHasMovedYet)
{
    Portfolio unmoved;
    unmoved.name = QStringLiteral("New");
    unmoved.ideas << flowIdea(1, QStringLiteral("One"), {})
                  << flowIdea(2, QStringLiteral("Two"), {});
    FlowDocument flowDocument(unmoved);
    FlowView view(&flowDocument.document);
    view.show();
    QApplication::processEvents();
    EXPECT_TRUE(view.emptyText().isEmpty());
    // The chart still shows where the projects have been, all along in Planning.
    EXPECT_TRUE(view.cumulativeEmptyText().isEmpty());
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("No moves recorded yet.")))
        << view.summaryText().toStdString();
    EXPECT_FALSE(view.timeEmptyText().isEmpty());
    EXPECT_FALSE(view.backwardEmptyText().isEmpty());
    EXPECT_FALSE(view.showFinishedBox()->isVisible()); // nothing for it to change
    // The stages still say where the projects are.
    EXPECT_EQ(view.stageTable()->item(int(Stage::Planning), 1)->text(), QStringLiteral("2"));

    flowDocument.document.close();
    QApplication::processEvents();
    EXPECT_FALSE(view.emptyText().isEmpty());
}

TEST(FlowViewEmpty, ProjectsImportedInALaterStageWithoutHistoryAreCharted)
{
    // An import creates projects in any stage with no recorded move.
    Portfolio imported;
    imported.name = QStringLiteral("Imported");
    Idea training = flowIdea(1, QStringLiteral("One"), {});
    training.lifecycle.stage = Stage::Training;
    imported.ideas << training;
    FlowDocument flowDocument(imported);
    FlowView view(&flowDocument.document);
    view.show();
    QApplication::processEvents();
    EXPECT_TRUE(view.cumulativeEmptyText().isEmpty()) << view.cumulativeEmptyText().toStdString();
    const QString today = view.cumulativeChart()->pointText(flowDay(60).date());
    EXPECT_TRUE(today.contains(stageShortName(Stage::Training) + QStringLiteral(": 1")))
        << today.toStdString();
    // Nothing claims the project is still in Planning.
    EXPECT_FALSE(view.summaryText().contains(stageDisplayName(Stage::Planning)));
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("No moves recorded yet.")))
        << view.summaryText().toStdString();
}

TEST(FlowViewCounts, OneMoveAndOneStayReadAsWholeWords)
{
    Portfolio once;
    once.name = QStringLiteral("Once");
    once.ideas << flowIdea(1, QStringLiteral("One"), { { Stage::Data, 3 }, { Stage::Planning, 5 } })
               << flowIdea(2, QStringLiteral("Two"), {});
    FlowDocument flowDocument(once);
    FlowView view(&flowDocument.document);
    view.show();
    QApplication::processEvents();
    EXPECT_TRUE(
        view.summaryText().contains(QStringLiteral("2 moves recorded, 1 of them backward.")))
        << view.summaryText().toStdString();
    // The one backward move, in the matrix's words.
    view.backwardMatrix()->selectPair(Stage::Data, Stage::Planning);
    EXPECT_TRUE(view.backwardMatrix()->reasonsText().contains(QStringLiteral(": 1 move")))
        << view.backwardMatrix()->reasonsText().toStdString();
    // Data was left once: one finished stay, not "1 finished stays".
    const QString data
        = StageTimeChart::barText(Stage::Data, view.analytics().time[int(Stage::Data)]);
    EXPECT_FALSE(data.contains(QStringLiteral("1 finished stays"))) << data.toStdString();
    EXPECT_TRUE(data.contains(QStringLiteral("the one finished stay took 2 days")))
        << data.toStdString();
}

TEST(FlowViewCounts, ASingleMoveIsNotCalledMoves)
{
    Portfolio once;
    once.name = QStringLiteral("Once");
    once.ideas << flowIdea(1, QStringLiteral("One"), { { Stage::Data, 3 } });
    FlowDocument flowDocument(once);
    FlowView view(&flowDocument.document);
    view.show();
    QApplication::processEvents();
    EXPECT_TRUE(view.summaryText().endsWith(QStringLiteral("1 move recorded, forward.")))
        << view.summaryText().toStdString();
}

TEST(FlowViewEmpty, APortfolioWithoutProjectsSaysSo)
{
    Portfolio none;
    none.name = QStringLiteral("Empty");
    FlowDocument flowDocument(none);
    FlowView view(&flowDocument.document);
    view.show();
    QApplication::processEvents();
    EXPECT_FALSE(view.emptyText().isEmpty());
}

} // namespace
} // namespace mlp::ui::test
