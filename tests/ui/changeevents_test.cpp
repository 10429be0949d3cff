// Change events say what changed, so that the views update that and nothing else: opening a
// file is one reset, an edit is one row and one point.

#include "uitestsupport.h"

#include "ui/chart/portfoliochartview.h"
#include "ui/document/changeevents.h"
#include "ui/editor/ideaeditor.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

// Three ideas far apart in priority: A (every answer 5) before B (3) before C (1).
Portfolio threeIdeas(const QDateTime &now)
{
    Portfolio p;
    p.name = QStringLiteral("three");
    int id = 0;
    for (const auto &[name, answer] : { std::pair { QStringLiteral("A"), 5 },
                                        { QStringLiteral("B"), 3 },
                                        { QStringLiteral("C"), 1 } }) {
        Idea idea;
        idea.id = ++id;
        idea.name = name;
        idea.lifecycle.createdAt = now;
        Rater rater { QStringLiteral("r"), {} };
        for (int q = 0; q < kQuestionCount; ++q)
            rater.answers[q] = qint8(answer);
        idea.raters << rater;
        p.ideas << idea;
    }
    return p;
}

int firstImpactQuestion()
{
    for (int q = 0; q < kQuestionCount; ++q) {
        if (questions()[q].group == QuestionGroup::Impact)
            return q;
    }
    return -1;
}

struct ThreeIdeas
{
    QTemporaryDir dir;
    FakeClock clock { testNow() };
    Document document { clock };
    QString path = dir.filePath(QStringLiteral("three.mlplan"));

    ThreeIdeas()
    {
        EXPECT_TRUE(document.createFile(path, threeIdeas(clock.now())).ok());
        EXPECT_EQ(document.rankOf(1), 1);
        EXPECT_EQ(document.rankOf(3), 3);
    }
    // A's first impact answer from 5 to 4: A moves on the chart and stays first.
    Status lowerAnAnswerOfA()
    {
        Idea a = *document.idea(1);
        a.raters[0].answers[firstImpactQuestion()] = 4;
        return document.editIdea(a, QStringLiteral("answer"));
    }
};

} // namespace

TEST(ChangeEvents, OpeningAFileIsOneResetAndNothingElse)
{
    SampleDocument s;
    Document other(s.clock);
    QSignalSpy reset(&other, &Document::portfolioReset);
    QSignalSpy settings(&other, &Document::settingsChanged);
    QSignalSpy ranking(&other, &Document::rankingChanged);
    QSignalSpy changed(&other, &Document::ideaChanged);
    const QString copy = s.dir.filePath(QStringLiteral("copy.mlplan"));
    ASSERT_TRUE(s.document.saveCopyAs(copy).ok());
    ASSERT_TRUE(other.openFile(copy).ok());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(settings.count(), 0);
    EXPECT_EQ(ranking.count(), 0);
    EXPECT_EQ(changed.count(), 0);
}

TEST(ChangeEvents, AnEditSaysWhichPartOfTheIdeaChanged)
{
    ThreeIdeas t;
    QSignalSpy changed(&t.document, &Document::ideaChanged);
    QSignalSpy ranking(&t.document, &Document::rankingChanged);
    ASSERT_TRUE(t.lowerAnAnswerOfA().ok());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), 1);
    EXPECT_EQ(changed.at(0).at(1).value<IdeaAspects>(), IdeaAspects(IdeaAspect::Answers));
    EXPECT_EQ(ranking.count(), 0); // A is still first

    Idea b = *t.document.idea(2);
    b.owner = QStringLiteral("Someone");
    b.lifecycle.stage = Stage::Data;
    ASSERT_TRUE(t.document.editIdea(b, QStringLiteral("owner and stage")).ok());
    EXPECT_EQ(changed.last().at(1).value<IdeaAspects>(), IdeaAspect::Text | IdeaAspect::Lifecycle);
    EXPECT_EQ(ranking.count(), 0);

    // Undo says the same of the way back.
    t.document.undoStack()->undo();
    EXPECT_EQ(changed.last().at(1).value<IdeaAspects>(), IdeaAspect::Text | IdeaAspect::Lifecycle);
}

TEST(ChangeEvents, RanksThatMoveAreNamed)
{
    ThreeIdeas t;
    QSignalSpy ranking(&t.document, &Document::rankingChanged);
    Idea c = *t.document.idea(3);
    for (int q = 0; q < kQuestionCount; ++q)
        c.raters[0].answers[q] = 5;
    c.name = QStringLiteral("0 first by name"); // a tie with A, broken by name
    ASSERT_TRUE(t.document.editIdea(c, QStringLiteral("answers")).ok());
    ASSERT_EQ(ranking.count(), 1);
    QList<qint64> moved = ranking.at(0).at(0).value<QList<qint64>>();
    std::sort(moved.begin(), moved.end());
    EXPECT_EQ(moved, (QList<qint64> { 1, 2, 3 }));
    EXPECT_EQ(t.document.rankOf(3), 1);
}

TEST(ChangeEvents, AnAnswerEditChangesOneRowOfTheTableModel)
{
    ThreeIdeas t;
    IdeasModel model(&t.document);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    ASSERT_TRUE(t.lowerAnAnswerOfA().ok());
    ASSERT_EQ(data.count(), 1);
    const QModelIndex from = data.at(0).at(0).toModelIndex();
    const QModelIndex to = data.at(0).at(1).toModelIndex();
    EXPECT_EQ(from.row(), model.rowOf(1));
    EXPECT_EQ(to.row(), model.rowOf(1));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 0);

    // Removing the last-ranked idea moves no other rank: no rank to repaint.
    data.clear();
    ASSERT_TRUE(t.document.removeIdeas({ 3 }).ok());
    EXPECT_EQ(data.count(), 0);
    EXPECT_EQ(reset.count(), 0);
}

TEST(ChangeEvents, AnAnswerEditMovesOnePointWithoutPlacingTheOthersAgain)
{
    ThreeIdeas t;
    PortfolioChartView chart(&t.document);
    chart.resize(800, 600);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    const int passes = chart.passCount();
    const QPointF a = chart.positionOf(1);
    const QPointF b = chart.positionOf(2);
    ASSERT_TRUE(t.lowerAnAnswerOfA().ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(chart.passCount(), passes);
    EXPECT_NE(chart.positionOf(1), a);
    EXPECT_EQ(chart.positionOf(2), b);
}

// Opening a portfolio over another whose ids it shares: the chart places its points once and
// the idea panel loads once (its history list is filled once), for the first row.
TEST(ChangeEvents, OpeningAPortfolioBuildsTheChartOnceAndLoadsTheEditorOnce)
{
    SampleDocument s;
    const QString first = s.dir.filePath(QStringLiteral("first.mlplan"));
    const QString second = s.dir.filePath(QStringLiteral("second.mlplan"));
    ASSERT_TRUE(s.document.saveCopyAs(first).ok());
    ASSERT_TRUE(s.document.saveCopyAs(second).ok());
    s.document.close();

    MainWindow window(s.clock);
    window.setErrorReporter([](const QString &title, const QString &message) {
        ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
    });
    window.setWindowState(Qt::WindowNoState);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(first));
    window.selectIds(
        { window.table()->model()->index(3, 0).data(IdeasModel::IdRole).toLongLong() });
    QCoreApplication::processEvents();

    auto *history = window.editor()->findChild<QTreeWidget *>(QStringLiteral("historyList"));
    ASSERT_NE(history, nullptr);
    QSignalSpy editorLoads(history->model(), &QAbstractItemModel::modelReset);
    const int passes = window.chart()->passCount();
    ASSERT_TRUE(window.openFile(second));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.chart()->passCount() - passes, 1);
    EXPECT_EQ(editorLoads.count(), 1);
    const qint64 firstRow
        = window.table()->model()->index(0, 0).data(IdeasModel::IdRole).toLongLong();
    EXPECT_EQ(window.editor()->ideaId(), firstRow);
}
