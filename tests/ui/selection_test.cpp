#include "mainwindowfixture.h"

#include "core/io/jsonformat.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/selection.h"
#include "ui/editor/ideaeditor.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The table, the chart and the idea panel show one selection, whichever of them made it.
class WindowSelection : public MainWindowTest
{
protected:
    QList<qint64> tableIds() const
    {
        QList<qint64> ids;
        for (const QModelIndex &index : window->table()->selectionModel()->selectedRows())
            ids << index.data(IdeasModel::IdRole).toLongLong();
        return sorted(ids);
    }
    QLineEdit *filterText() const
    {
        return window->findChild<QLineEdit *>(QStringLiteral("filterText"));
    }
    QString selectionText() const
    {
        return window->findChild<QLabel *>(QStringLiteral("selectionLabel"))->text();
    }
};

} // namespace

TEST_F(WindowSelection, SeveralRowsSelectedInTheTableAreSelectedOnTheChartAndLeaveTheEditorEmpty)
{
    QTableView *table = window->table();
    QItemSelection rows(table->model()->index(1, 0), table->model()->index(3, 0));
    table->selectionModel()->select(
        rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> expected = sorted({ idAtRow(1), idAtRow(2), idAtRow(3) });
    EXPECT_EQ(sorted(window->selectedIds()), expected);
    EXPECT_EQ(sorted(window->chart()->selectedIds()), expected);
    EXPECT_EQ(window->editor()->ideaId(), 0);
    EXPECT_TRUE(selectionText().contains(QStringLiteral("3 ideas selected")))
        << selectionText().toStdString();
    EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("actionDelete"))->isEnabled());
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("actionDuplicate"))->isEnabled());
}

TEST_F(WindowSelection, ShiftClickOnTheChartAddsToTheSelectionAndSelectsTheRows)
{
    const qint64 first = idAtRow(0);
    const qint64 second = idAtRow(5);
    emit window->chart()->ideaClicked(first, Qt::NoModifier);
    emit window->chart()->ideaClicked(second, Qt::ShiftModifier);
    EXPECT_EQ(tableIds(), sorted({ first, second }));
    EXPECT_EQ(sorted(window->chart()->selectedIds()), sorted({ first, second }));
    EXPECT_EQ(window->editor()->ideaId(), 0);
    // A click on an empty spot clears it everywhere.
    emit window->chart()->ideaClicked(0, Qt::NoModifier);
    EXPECT_TRUE(tableIds().isEmpty());
    EXPECT_TRUE(window->chart()->selectedIds().isEmpty());
}

TEST_F(WindowSelection, SurvivesAFilterThatKeepsItsRowAndASort)
{
    window->table()->selectRow(3);
    const qint64 id = idAtRow(3);
    const QString name = window->document()->idea(id)->name;
    QTest::keyClicks(filterText(), name.left(6));
    ASSERT_LT(window->table()->model()->rowCount(),
              int(window->document()->portfolio().ideas.size()));
    EXPECT_EQ(tableIds(), QList<qint64> { id });
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { id });
    EXPECT_EQ(window->editor()->ideaId(), id);

    filterText()->clear();
    EXPECT_EQ(tableIds(), QList<qint64> { id });
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { id });
    EXPECT_EQ(window->editor()->ideaId(), id);

    window->table()->sortByColumn(IdeasModel::NameColumn, Qt::DescendingOrder);
    EXPECT_EQ(tableIds(), QList<qint64> { id });
    EXPECT_EQ(window->selectedIds(), QList<qint64> { id });
    EXPECT_EQ(window->editor()->ideaId(), id);
}

TEST_F(WindowSelection, AFilterThatHidesTheSelectedRowDeselectsItEverywhere)
{
    const QList<qint64> ids { idAtRow(1), idAtRow(2) };
    window->selectIds(ids);
    EXPECT_EQ(sorted(window->chart()->selectedIds()), sorted(ids));
    filterText()->setText(QStringLiteral("zzzz-nothing"));
    EXPECT_TRUE(window->selectedIds().isEmpty());
    EXPECT_TRUE(window->chart()->selectedIds().isEmpty());
    EXPECT_EQ(window->editor()->ideaId(), 0);
    EXPECT_TRUE(selectionText().isEmpty()) << selectionText().toStdString();
    // Showing the rows again does not select them again.
    filterText()->clear();
    EXPECT_TRUE(tableIds().isEmpty());
    EXPECT_TRUE(window->chart()->selectedIds().isEmpty());
}

TEST_F(WindowSelection, OpeningAFileSelectsItsFirstRowAndUndoOfAnImportClearsTheSelection)
{
    EXPECT_EQ(window->selectedIds(), QList<qint64> { idAtRow(0) });
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { idAtRow(0) });
    EXPECT_EQ(window->editor()->ideaId(), idAtRow(0));

    Portfolio other = samplePortfolio(clock.now());
    other.ideas.removeLast();
    const QString json = dir.filePath(QStringLiteral("other.json"));
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(io::exportJson(other));
    }
    window->setConfirmer(
        [](const QString &, const QString &, const QString &, const QString &) { return true; });
    window->selectIds({ idAtRow(2) });
    ASSERT_TRUE(window->importFile(json)); // replaces: the portfolio is built anew
    EXPECT_TRUE(window->selectedIds().isEmpty());
    EXPECT_TRUE(window->chart()->selectedIds().isEmpty());
    EXPECT_EQ(window->editor()->ideaId(), 0);
    window->selectIds({ idAtRow(2) });
    window->document()->undoStack()->undo();
    EXPECT_TRUE(window->selectedIds().isEmpty());
    EXPECT_TRUE(window->chart()->selectedIds().isEmpty());
    EXPECT_EQ(window->editor()->ideaId(), 0);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(WindowSelection, OneSelectionObjectIsWhatTheTableTheChartAndTheEditorShow)
{
    Selection *selection = window->selection();
    ASSERT_NE(selection, nullptr);
    const qint64 id = idAtRow(6);
    selection->select({ id });
    EXPECT_EQ(tableIds(), QList<qint64> { id });
    EXPECT_EQ(window->table()->currentIndex().data(IdeasModel::IdRole).toLongLong(), id);
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { id });
    EXPECT_EQ(window->editor()->ideaId(), id);
    EXPECT_EQ(window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
              window->document()->idea(id)->name);

    // The table and the chart write to it.
    window->table()->selectRow(2);
    EXPECT_EQ(selection->ids(), QList<qint64> { idAtRow(2) });
    EXPECT_EQ(selection->current(), idAtRow(2));
    emit window->chart()->ideaClicked(idAtRow(4), Qt::ControlModifier);
    EXPECT_EQ(sorted(selection->ids()), sorted({ idAtRow(2), idAtRow(4) }));
    EXPECT_EQ(tableIds(), sorted({ idAtRow(2), idAtRow(4) }));
    EXPECT_EQ(window->editor()->ideaId(), 0);
}

TEST_F(WindowSelection, ASelectionInTheTableIsAnnouncedOnceAndReachesTheChartOnce)
{
    QSignalSpy changed(window->selection(), &Selection::changed);
    window->table()->selectRow(5);
    EXPECT_EQ(changed.count(), 1);
    changed.clear();
    window->selection()->select({ idAtRow(5) }); // the same: nothing to tell
    EXPECT_EQ(changed.count(), 0);
    // A click on the chart's point of the selected idea selects nothing new.
    emit window->chart()->ideaClicked(idAtRow(5), Qt::NoModifier);
    EXPECT_EQ(changed.count(), 0);
}

// As before the selection was shared: an idea that the filter hides is still the one in the
// idea panel after it was added, and the table shows no selected row for it.
TEST_F(WindowSelection, AnIdeaAddedUnderAFilterThatHidesItIsInTheEditor)
{
    filterText()->setText(QStringLiteral("zzzz-nothing"));
    window->findChild<QAction *>(QStringLiteral("actionAddIdea"))->trigger();
    const qint64 added = window->document()->portfolio().ideas.last().id;
    EXPECT_EQ(window->editor()->ideaId(), added);
    EXPECT_TRUE(tableIds().isEmpty());
    EXPECT_EQ(window->selection()->ids(), QList<qint64> { added });
}

TEST(Selection, KeepsOnlyIdeasOfTheDocumentOnceEach)
{
    SampleDocument s;
    Selection selection(&s.document);
    QSignalSpy changed(&selection, &Selection::changed);
    const qint64 a = s.document.portfolio().ideas.at(0).id;
    const qint64 b = s.document.portfolio().ideas.at(1).id;
    selection.select({ a, 999999, a, b }, b);
    EXPECT_EQ(selection.ids(), (QList<qint64> { a, b }));
    EXPECT_EQ(selection.current(), b);
    EXPECT_EQ(selection.single(), 0);
    EXPECT_EQ(changed.count(), 1);
    selection.select({ a, b }, b);
    EXPECT_EQ(changed.count(), 1);

    selection.toggle(a);
    EXPECT_EQ(selection.ids(), QList<qint64> { b });
    EXPECT_EQ(selection.single(), b);
    selection.toggle(a);
    EXPECT_EQ(selection.ids(), (QList<qint64> { b, a }));
    EXPECT_EQ(selection.current(), b); // the first, when no current is given
}

TEST(Selection, LosesRemovedIdeasAndIsEmptyAfterANewPortfolio)
{
    SampleDocument s;
    Selection selection(&s.document);
    const qint64 a = s.document.portfolio().ideas.at(0).id;
    const qint64 b = s.document.portfolio().ideas.at(1).id;
    selection.select({ a, b }, b);
    ASSERT_TRUE(s.document.removeIdeas({ b }).ok());
    EXPECT_EQ(selection.ids(), QList<qint64> { a });
    EXPECT_EQ(selection.current(), a);
    s.document.undoStack()->undo();
    EXPECT_EQ(selection.ids(), QList<qint64> { a }); // undo does not select by itself

    ASSERT_TRUE(s.document
                    .createFile(s.dir.filePath(QStringLiteral("other.mlplan")),
                                samplePortfolio(s.clock.now()))
                    .ok());
    EXPECT_TRUE(selection.isEmpty());
    EXPECT_EQ(selection.current(), 0);
}
