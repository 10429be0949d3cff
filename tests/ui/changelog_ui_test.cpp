// The change log in the window: the editor's History tab and the Change Log view (Ctrl+4).
#include "editortabfixture.h"
#include "mainwindowfixture.h"

#include "core/domain/changelog.h"
#include "ui/editor/historytab.h"
#include "ui/log/changelogview.h"
#include "ui/log/changetable.h"

#include <QAction>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

namespace mlp::ui::test {
namespace {

QString cell(const ChangeTable *table, int row, ChangeTable::Column column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

class HistoryTabTest : public EditorTabTest
{
protected:
    ChangeTable *table() { return child<ChangeTable>(editor, QStringLiteral("historyTable")); }
};

TEST_F(HistoryTabTest, AnEditAndItsUndoAreBothOnRecordNewestFirst)
{
    ASSERT_NE(table(), nullptr);
    const int before = table()->rowCount();
    EXPECT_GE(before, 1) << "the sample's ideas are on record as added";
    EXPECT_EQ(cell(table(), before - 1, ChangeTable::Field), QStringLiteral("Idea added"));

    Idea renamed = *s.document.idea(id);
    const QString oldName = renamed.name;
    renamed.name = QStringLiteral("Arm pose v2");
    ASSERT_TRUE(s.document.editIdea(renamed, QStringLiteral("Rename")).ok());
    ASSERT_EQ(table()->rowCount(), before + 1);
    EXPECT_EQ(cell(table(), 0, ChangeTable::Field), QStringLiteral("Name"));
    EXPECT_EQ(cell(table(), 0, ChangeTable::From), oldName);
    EXPECT_EQ(cell(table(), 0, ChangeTable::To), QStringLiteral("Arm pose v2"));
    EXPECT_FALSE(cell(table(), 0, ChangeTable::Who).isEmpty());
    EXPECT_TRUE(table()->isColumnHidden(ChangeTable::IdeaName)) << "one idea: no idea column";

    s.document.undoStack()->undo();
    ASSERT_EQ(table()->rowCount(), before + 2) << "an undo is a new entry, not an erasure";
    EXPECT_EQ(cell(table(), 0, ChangeTable::From), QStringLiteral("Arm pose v2"));
    EXPECT_EQ(cell(table(), 0, ChangeTable::To), oldName);
    EXPECT_EQ(cell(table(), 1, ChangeTable::To), QStringLiteral("Arm pose v2"));
}

TEST_F(HistoryTabTest, AnAnswerThatMovesTheIdeaSaysWhereItWent)
{
    Idea changed = *s.document.idea(id);
    ASSERT_FALSE(changed.raters.isEmpty());
    for (Rater &rater : changed.raters)
        rater.answers.fill(1);
    changed.manualOverride = {};
    const Quadrant was = s.document.scoreFor(id)->quadrant;
    ASSERT_TRUE(s.document.editIdea(changed, QStringLiteral("Answers")).ok());
    ASSERT_NE(s.document.scoreFor(id)->quadrant, was);
    EXPECT_EQ(cell(table(), 0, ChangeTable::Field), QStringLiteral("Quadrant"));
    EXPECT_EQ(cell(table(), 0, ChangeTable::To),
              quadrantName(Quadrant::Avoid, s.document.portfolio().config));
    EXPECT_TRUE(cell(table(), 1, ChangeTable::Field).startsWith(QStringLiteral("Answer (")))
        << cell(table(), 1, ChangeTable::Field).toStdString();
}

TEST(ChangeLogViewTest, FiltersByIdeaFieldAndTime)
{
    SampleDocument s;
    ChangeLogView view(&s.document);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const int added = view.table()->rowCount();
    EXPECT_EQ(added, s.document.portfolio().ideas.size());
    EXPECT_FALSE(view.table()->isColumnHidden(ChangeTable::IdeaName));

    // A move, with its reason, appears when the log is shown next.
    qint64 moved = 0;
    for (const Idea &idea : s.document.portfolio().ideas) {
        if (idea.lifecycle.stage == Stage::Data && idea.lifecycle.outcome == Outcome::Active)
            moved = idea.id;
    }
    ASSERT_NE(moved, 0);
    MoveRequest back;
    back.to = Stage::Planning;
    back.triggerId = QStringLiteral("data-too-hard-to-get");
    back.who = QStringLiteral("Test");
    ASSERT_TRUE(s.document.moveStage(moved, back).ok());
    QApplication::processEvents();
    ASSERT_EQ(view.table()->rowCount(), added + 1);
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::Field), QStringLiteral("Stage"));
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::IdeaName), s.document.idea(moved)->name);
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::From), stageShortName(Stage::Data));
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::To), stageShortName(Stage::Planning));
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::Reason), triggerById(back.triggerId)->text);

    view.fieldFilter()->setCurrentIndex(view.fieldFilter()->findData(QStringLiteral("stage")));
    EXPECT_EQ(view.table()->rowCount(), 1);
    view.fieldFilter()->setCurrentIndex(0);
    view.ideaFilter()->setText(QString::number(moved));
    QTRY_VERIFY(!view.isWaitingForTyping());
    EXPECT_EQ(view.table()->rowCount(), 2); // added, moved
    view.ideaFilter()->setText(s.document.idea(moved)->name.left(6).toUpper());
    QTRY_VERIFY(!view.isWaitingForTyping());
    EXPECT_GE(view.table()->rowCount(), 2);
    view.ideaFilter()->setText(QStringLiteral("no idea is called this"));
    QTRY_VERIFY(!view.isWaitingForTyping());
    EXPECT_EQ(view.table()->rowCount(), 0);
    view.ideaFilter()->clear();
    QTRY_VERIFY(!view.isWaitingForTyping());
    view.sinceFilter()->setCurrentIndex(view.sinceFilter()->findData(1)); // last 24 hours
    EXPECT_EQ(view.table()->rowCount(), added + 1) << "all kept just now";
}

TEST(ChangeLogViewTest, ANameOrFieldFilterFindsChangesOlderThanTheNewestShown)
{
    SampleDocument s;
    ChangeLogView view(&s.document);
    view.setShownLimit(3);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QList<Idea> &ideas = s.document.portfolio().ideas;
    ASSERT_GE(ideas.size(), 2);
    Idea older = ideas.at(0);
    older.owner = QStringLiteral("Older owner");
    ASSERT_TRUE(s.document.editIdea(older, QStringLiteral("Owner")).ok());
    Idea busy = s.document.portfolio().ideas.at(1);
    for (int i = 0; i < 4; ++i) {
        busy.description = QStringLiteral("Draft %1").arg(i);
        ASSERT_TRUE(s.document.editIdea(busy, QStringLiteral("Description")).ok());
    }
    QApplication::processEvents();
    EXPECT_EQ(view.table()->rowCount(), 3) << "without filters, the newest three";
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("older ones")))
        << view.summaryText().toStdString();

    // The older idea's changes lie behind four newer ones of another idea: a name finds them.
    view.ideaFilter()->setText(older.name);
    QTRY_VERIFY(!view.isWaitingForTyping());
    ASSERT_EQ(view.table()->rowCount(), 2) << "its owner change and its addition";
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::To), QStringLiteral("Older owner"));
    EXPECT_FALSE(view.summaryText().contains(QStringLiteral("older ones")));

    // So does a kind of field: the one owner change, behind the four descriptions.
    view.ideaFilter()->clear();
    QTRY_VERIFY(!view.isWaitingForTyping());
    view.fieldFilter()->setCurrentIndex(
        view.fieldFilter()->findData(changeFieldKind(QStringLiteral("owner"))));
    ASSERT_EQ(view.table()->rowCount(), 1);
    EXPECT_EQ(cell(view.table(), 0, ChangeTable::To), QStringLiteral("Older owner"));
}

TEST(ChangeLogViewTest, AHiddenViewDoesNotReadTheLog)
{
    SampleDocument s;
    ChangeLogView view(&s.document);
    EXPECT_TRUE(view.isStale());
    Idea idea = s.document.portfolio().ideas.first();
    idea.owner = QStringLiteral("Someone");
    ASSERT_TRUE(s.document.editIdea(idea, QStringLiteral("Owner")).ok());
    EXPECT_EQ(view.table()->rowCount(), 0);
    view.show();
    EXPECT_FALSE(view.isStale());
    EXPECT_EQ(view.table()->rowCount(), s.document.portfolio().ideas.size() + 1);
}

class LogInWindow : public MainWindowTest
{
};

TEST_F(LogInWindow, CtrlFourShowsTheLogAndADoubleClickSelectsTheIdea)
{
    QAction *show = action("actionShowLogView");
    ASSERT_NE(show, nullptr);
    EXPECT_EQ(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    bool inViewMenu = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(show))
            inViewMenu = true;
    }
    EXPECT_TRUE(inViewMenu);
    EXPECT_FALSE(window->logView()->isVisible());
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_TRUE(window->logView()->isVisible());
    EXPECT_TRUE(show->isChecked());
    ChangeTable *table = window->logView()->table();
    ASSERT_GT(table->rowCount(), 0);
    const qint64 id = table->ideaIdAt(0);
    emit table->cellActivated(0, 0);
    EXPECT_TRUE(window->findChild<IdeaEditor *>() != nullptr);
    QApplication::processEvents();
    EXPECT_EQ(window->editor()->ideaId(), id);
}

} // namespace
} // namespace mlp::ui::test
