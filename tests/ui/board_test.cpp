#include "uitestsupport.h"

#include "ui/board/boardcardview.h"
#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardmime.h"
#include "ui/board/carddelegate.h"
#include "ui/board/lifecycleboard.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/models/ideasmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

namespace mlp::ui::test {
namespace {

class BoardTest : public ::testing::Test
{
protected:
    SampleDocument sample;
    IdeasModel ideas { &sample.document };
    LifecycleBoard board { &sample.document, &ideas };

    void SetUp() override
    {
        board.resize(1200, 700);
        board.show();
    }

    Document &document() { return sample.document; }

    // The first active project in `stage`.
    qint64 activeIn(Stage stage)
    {
        for (const Idea &idea : document().portfolio().ideas) {
            if (idea.lifecycle.outcome == Outcome::Active && idea.lifecycle.stage == stage)
                return idea.id;
        }
        return 0;
    }
    Stage stageOf(qint64 id) { return document().idea(id)->lifecycle.stage; }
    QList<qint64> idsIn(BoardCardView *view)
    {
        auto *model = static_cast<BoardColumnModel *>(view->model());
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->idAt(row);
        return ids;
    }

    // What a drop of these cards on the column of `stage` delivers: the column's model gets
    // the dragged cards' MIME data (as the view's dropEvent passes it on).
    void drop(const QList<qint64> &ids, Stage stage)
    {
        QAbstractItemModel *source = nullptr;
        QModelIndexList dragged;
        for (Stage from : kAllStages) {
            QAbstractItemModel *model = board.stageView(from)->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (ids.contains(model->index(row, 0).data(IdeasModel::IdRole).toLongLong())) {
                    source = model;
                    dragged << model->index(row, 0);
                }
            }
        }
        ASSERT_NE(source, nullptr);
        std::unique_ptr<QMimeData> data(source->mimeData(dragged));
        QAbstractItemModel *target = board.stageView(stage)->model();
        ASSERT_TRUE(target->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        const int rowsBefore = source->rowCount();
        EXPECT_TRUE(target->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QApplication::processEvents();
        // Rows leave a column only by the move itself, never by the drag.
        if (stageOf(ids.first()) != stage) {
            EXPECT_EQ(source->rowCount(), rowsBefore);
        }
    }
};

TEST_F(BoardTest, ColumnsHoldTheActiveProjectsOfEachStageAndTheLaneTheFinishedOnes)
{
    int finished = 0;
    std::array<int, kStageCount> perStage {};
    for (const Idea &idea : document().portfolio().ideas) {
        if (idea.lifecycle.outcome == Outcome::Active)
            ++perStage[int(idea.lifecycle.stage)];
        else
            ++finished;
    }
    for (Stage stage : kAllStages) {
        EXPECT_EQ(board.stageView(stage)->model()->rowCount(), perStage[int(stage)]);
        for (qint64 id : idsIn(board.stageView(stage)))
            EXPECT_EQ(stageOf(id), stage);
    }
    EXPECT_GT(finished, 0);
    EXPECT_EQ(board.finishedView()->model()->rowCount(), finished);
}

TEST_F(BoardTest, DroppingACardOneStageForwardMovesItAsOneUndoableStep)
{
    const qint64 id = activeIn(Stage::Data);
    ASSERT_NE(id, 0);
    const int dataCards = board.stageView(Stage::Data)->model()->rowCount();
    drop({ id }, Stage::Training);
    EXPECT_EQ(stageOf(id), Stage::Training);
    EXPECT_TRUE(idsIn(board.stageView(Stage::Training)).contains(id));
    EXPECT_FALSE(idsIn(board.stageView(Stage::Data)).contains(id));
    EXPECT_EQ(board.stageView(Stage::Data)->model()->rowCount(), dataCards - 1);
    // Recorded in the file, with who and when.
    const Portfolio file = sample.file();
    const Idea *saved = nullptr;
    for (const Idea &idea : file.ideas)
        saved = idea.id == id ? &idea : saved;
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->lifecycle.stage, Stage::Training);
    EXPECT_EQ(saved->lifecycle.history.last().at, sample.clock.now());

    document().undoStack()->undo();
    EXPECT_EQ(stageOf(id), Stage::Data);
    EXPECT_TRUE(idsIn(board.stageView(Stage::Data)).contains(id));
}

TEST_F(BoardTest, ASkippedStageIsRefusedWithTheReasonAndNothingMoves)
{
    const qint64 id = activeIn(Stage::Data);
    QSignalSpy notes(&board, &LifecycleBoard::noteRequested);
    const int undoSteps = document().undoStack()->count();
    drop({ id }, Stage::Deploying);
    EXPECT_EQ(stageOf(id), Stage::Data);
    ASSERT_EQ(notes.count(), 1);
    EXPECT_FALSE(notes.first().first().toString().isEmpty());
    EXPECT_EQ(document().undoStack()->count(), undoSteps);
}

TEST_F(BoardTest, ABackwardDropAsksForTheReasonWithNothingPreselected)
{
    const qint64 id = activeIn(Stage::Training);
    ASSERT_NE(id, 0);
    bool sawDialog = false;
    int preselected = -2;
    QTimer::singleShot(0, &board, [&] {
        auto *dialog = qobject_cast<MoveStageDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        sawDialog = true;
        EXPECT_EQ(dialog->request().to, Stage::Data);
        auto *trigger = dialog->findChild<QComboBox *>(QStringLiteral("trigger"));
        ASSERT_NE(trigger, nullptr);
        preselected = trigger->currentIndex();
        trigger->setCurrentIndex(1); // the first catalogued trigger for training -> data
        dialog->accept();
    });
    drop({ id }, Stage::Data);
    EXPECT_TRUE(sawDialog);
    EXPECT_LE(preselected, 0);
    EXPECT_EQ(stageOf(id), Stage::Data);
    EXPECT_FALSE(document().idea(id)->lifecycle.history.last().triggerId.isEmpty());
}

TEST_F(BoardTest, TheKeyboardMovesSeveralCardsAtOnce)
{
    QList<qint64> ids;
    for (qint64 id : idsIn(board.stageView(Stage::Data)))
        ids << id;
    ASSERT_GE(ids.size(), 2);
    board.setSelectedIds(ids);
    EXPECT_EQ(board.selectedIds().size(), ids.size());
    const int undoSteps = document().undoStack()->count();
    board.nextStageAction()->trigger();
    for (qint64 id : ids)
        EXPECT_EQ(stageOf(id), Stage::Training);
    EXPECT_EQ(document().undoStack()->count(), undoSteps + 1);
    // The moved cards stay selected, now in the training column.
    QList<qint64> selected = board.selectedIds();
    std::sort(selected.begin(), selected.end());
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(selected, ids);
    EXPECT_EQ(board.nextStageAction()->shortcut(),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
}

TEST_F(BoardTest, CardsSayHowLongTheyHaveBeenInTheirStageAndMarkTheStuckOnes)
{
    const FlowAnalytics &flow = board.flow();
    int stuck = 0;
    for (const Idea &idea : document().portfolio().ideas) {
        const CardFacts facts = board.factsFor(idea.id);
        const CurrentStay stay = currentStay(idea, flow, sample.clock.now());
        EXPECT_EQ(facts.secondsInStage, stay.seconds);
        EXPECT_EQ(facts.stuck, stay.overP85);
        EXPECT_EQ(facts.backwardMoves, stay.backwardMoves);
        EXPECT_EQ(facts.outcome.isEmpty(), idea.lifecycle.outcome == Outcome::Active);
        stuck += facts.stuck ? 1 : 0;
        if (facts.stuck) {
            EXPECT_TRUE(
                CardDelegate::toolTipText(idea.name, facts).contains(CardDelegate::stuckText()));
        }
    }
    EXPECT_GT(stuck, 0); // the sample has projects that sat too long
    CardFacts fresh;
    EXPECT_FALSE(
        CardDelegate::toolTipText(QStringLiteral("x"), fresh).contains(CardDelegate::stuckText()));
    fresh.secondsInStage = 86400;
    EXPECT_EQ(CardDelegate::flowLine(fresh), QStringLiteral("1 day in stage"));
    fresh.secondsInStage = 3 * 86400;
    fresh.backwardMoves = 2;
    EXPECT_EQ(CardDelegate::flowLine(fresh), QStringLiteral("3 days in stage · ↩ 2"));
}

TEST_F(BoardTest, SelectingCardsInOneColumnClearsTheOthersAndIsReported)
{
    QSignalSpy changed(&board, &LifecycleBoard::selectionChanged);
    const qint64 inData = activeIn(Stage::Data);
    const qint64 inTraining = activeIn(Stage::Training);
    board.setSelectedIds({ inData, inTraining });
    EXPECT_EQ(board.selectedIds().size(), 2);
    EXPECT_EQ(changed.count(), 0); // set from outside: not echoed back
    board.setSelectedIds({ inData });
    BoardCardView *training = board.stageView(Stage::Training);
    training->setCurrentIndex(training->model()->index(0, 0));
    training->selectionModel()->select(training->model()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(board.selectedIds(), QList<qint64> { idsIn(training).first() });
}

TEST_F(BoardTest, ForeignDropsAndDropsOnTheLaneAreRefused)
{
    QMimeData text;
    text.setText(QStringLiteral("3"));
    QAbstractItemModel *deploying = board.stageView(Stage::Deploying)->model();
    const int undoSteps = document().undoStack()->count();
    EXPECT_FALSE(deploying->canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
    EXPECT_FALSE(deploying->dropMimeData(&text, Qt::MoveAction, -1, -1, {}));
    std::unique_ptr<QMimeData> cards(boardMimeData({ activeIn(Stage::Data) }));
    EXPECT_FALSE(
        board.finishedView()->model()->dropMimeData(cards.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_EQ(document().undoStack()->count(), undoSteps);
}

} // namespace
} // namespace mlp::ui::test
