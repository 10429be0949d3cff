// IdeaFilterModel keeps every row in sorted order and only filters that order again: these
// tests check that what it lists after filter changes, edits, additions and removals is what a
// filter built from scratch lists, in the same order, and that a filter change keeps the
// selected rows that stay listed.

#include "uitestsupport.h"

#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

QList<qint64> listedIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(IdeasModel::IdRole).toLongLong();
    return ids;
}

// The same filter and sort built from scratch.
QList<qint64> freshIds(IdeasModel &ideas, const IdeaFilterModel &like)
{
    IdeaFilterModel fresh;
    fresh.setSourceModel(&ideas);
    fresh.sort(like.sortColumn(), like.sortOrder());
    fresh.setText(like.text());
    fresh.setArchetype(like.archetype());
    fresh.setStage(like.stage());
    fresh.setQuadrant(like.quadrant());
    fresh.setOutcome(like.outcome());
    return listedIds(fresh);
}

// Every listed row passes the filter and the rows are in the sort column's order.
void expectSortedAndFiltered(IdeasModel &ideas, const IdeaFilterModel &filter)
{
    EXPECT_EQ(listedIds(filter), freshIds(ideas, filter));
    for (int row = 1; row < filter.rowCount(); ++row) {
        if (filter.sortColumn() == IdeasModel::NameColumn)
            break; // text: the comparison with a fresh filter checks the order
        const double a
            = filter.index(row - 1, filter.sortColumn()).data(IdeasModel::SortRole).toDouble();
        const double b
            = filter.index(row, filter.sortColumn()).data(IdeasModel::SortRole).toDouble();
        if (filter.sortOrder() == Qt::AscendingOrder)
            EXPECT_LE(a, b) << "row " << row;
        else
            EXPECT_GE(a, b) << "row " << row;
    }
}

} // namespace

TEST(IdeaFilterModel, AFilterChangeKeepsTheSortedOrderAndTheSelectedRowsStillListed)
{
    SampleDocument s;
    IdeasModel ideas(&s.document);
    IdeaFilterModel filter;
    filter.setSourceModel(&ideas);
    filter.sort(IdeasModel::ImpactColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<qint64> before = listedIds(filter);
    ASSERT_GE(before.size(), 4);

    // One selected idea that the filter keeps, one that it hides.
    const qint64 kept = before.at(1);
    const QString name = s.document.idea(kept)->name;
    const QString text = name.left(5);
    qint64 hidden = 0;
    for (qint64 id : before) {
        const Idea *idea = s.document.idea(id);
        if (!idea->name.contains(text, Qt::CaseInsensitive)
            && !idea->owner.contains(text, Qt::CaseInsensitive)
            && !idea->description.contains(text, Qt::CaseInsensitive)) {
            hidden = id;
            break;
        }
    }
    ASSERT_NE(hidden, 0);
    QItemSelectionModel selection(&filter);
    const auto select = [&](qint64 id) {
        const QModelIndex row = filter.mapFromSource(ideas.index(ideas.rowOf(id), 0));
        selection.select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    select(kept);
    select(hidden);
    const QPersistentModelIndex current = filter.mapFromSource(ideas.index(ideas.rowOf(kept), 2));
    selection.setCurrentIndex(current, QItemSelectionModel::NoUpdate);

    filter.setText(text);
    const QList<qint64> after = listedIds(filter);
    ASSERT_LT(after.size(), before.size());
    // The rows still listed keep the order they had.
    QList<qint64> expected;
    for (qint64 id : before) {
        if (after.contains(id))
            expected << id;
    }
    EXPECT_EQ(after, expected);
    const QModelIndexList selected = selection.selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(IdeasModel::IdRole).toLongLong(), kept);
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(IdeasModel::IdRole).toLongLong(), kept);
    EXPECT_EQ(current.column(), 2);
    EXPECT_EQ(selection.currentIndex(), QModelIndex(current));

    filter.setText(QString());
    EXPECT_EQ(listedIds(filter), before);
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(IdeasModel::IdRole).toLongLong(), kept);
}

TEST(IdeaFilterModel, StaysSortedThroughEditsAdditionsRemovalsAndFilterChanges)
{
    SampleDocument s;
    Document &d = s.document;
    IdeasModel ideas(&d);
    IdeaFilterModel filter;
    filter.setSourceModel(&ideas);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const auto &[column, order] :
         { std::pair { IdeasModel::RankColumn, Qt::AscendingOrder },
           std::pair { IdeasModel::ImpactColumn, Qt::DescendingOrder },
           std::pair { IdeasModel::FeasibilityColumn, Qt::AscendingOrder },
           std::pair { IdeasModel::NameColumn, Qt::DescendingOrder } }) {
        SCOPED_TRACE(int(column));
        filter.sort(column, order);
        filter.setText(QStringLiteral("e"));
        expectSortedAndFiltered(ideas, filter);

        // Placed at the top, then at the bottom, of both coordinates: the rank moves too.
        const qint64 moved = listedIds(filter).at(2);
        ManualOverride placed;
        placed.impact = 9.9;
        placed.feasibility = 9.9;
        ASSERT_TRUE(d.setOverride(moved, placed).ok());
        expectSortedAndFiltered(ideas, filter);
        placed.impact = 0.1;
        placed.feasibility = 0.1;
        ASSERT_TRUE(d.setOverride(moved, placed).ok());
        expectSortedAndFiltered(ideas, filter);
        ASSERT_TRUE(d.clearOverride(moved).ok());
        expectSortedAndFiltered(ideas, filter);

        // An edit that hides a listed row, then one that lists it again.
        Idea renamed = *d.idea(moved);
        const QString oldName = renamed.name;
        const QString oldDescription = renamed.description;
        renamed.name = QStringLiteral("Zzz");
        renamed.description.clear();
        renamed.owner = QStringLiteral("Ann");
        ASSERT_TRUE(d.editIdea(renamed, QStringLiteral("Rename")).ok());
        EXPECT_FALSE(listedIds(filter).contains(moved));
        expectSortedAndFiltered(ideas, filter);
        ASSERT_TRUE(d.undoStack()->canUndo());
        d.undoStack()->undo();
        EXPECT_TRUE(listedIds(filter).contains(moved));
        expectSortedAndFiltered(ideas, filter);

        // Ideas added (in the middle of the document's order) and removed.
        Idea added;
        added.name = QStringLiteral("Edge detection");
        ASSERT_TRUE(d.addIdea(added).ok());
        expectSortedAndFiltered(ideas, filter);
        ASSERT_TRUE(d.duplicateIdea(moved).ok());
        expectSortedAndFiltered(ideas, filter);
        ASSERT_TRUE(d.removeIdeas({ moved, d.portfolio().ideas.at(0).id }).ok());
        expectSortedAndFiltered(ideas, filter);
        d.undoStack()->undo();
        expectSortedAndFiltered(ideas, filter);

        // Widening, narrowing and a text unrelated to the last.
        for (const QString &text :
             { QStringLiteral("ed"), QStringLiteral("e"), QString(), QStringLiteral("a"),
               QStringLiteral("ma"), QStringLiteral("o") }) {
            filter.setText(text);
            expectSortedAndFiltered(ideas, filter);
        }
        filter.setText(QString());
        EXPECT_EQ(filter.rowCount(), d.portfolio().ideas.size());
    }
    // Ranked ascending, row r shows rank r + 1 after all of that.
    filter.sort(IdeasModel::RankColumn, Qt::AscendingOrder);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, IdeasModel::RankColumn).data().toInt(), row + 1);
}

TEST(IdeaFilterModel, NarrowingAndWideningListWhatAFreshFilterLists)
{
    QTemporaryDir dir;
    FakeClock clock(testNow());
    Document d(clock);
    ASSERT_TRUE(d.createFile(dir.filePath(QStringLiteral("big.mlplan")),
                             generatedPortfolio(2000, 11, clock.now()))
                    .ok());
    IdeasModel ideas(&d);
    IdeaFilterModel filter;
    filter.setSourceModel(&ideas);
    filter.sort(IdeasModel::NameColumn, Qt::AscendingOrder);
    const QString typed = d.portfolio().ideas.at(321).name.left(6);
    QStringList texts;
    for (int i = 1; i <= typed.size(); ++i)
        texts << typed.left(i);
    for (int i = typed.size() - 1; i >= 0; --i)
        texts << typed.left(i).toUpper();
    texts << QStringLiteral("data") << QStringLiteral("at") << QStringLiteral("model");
    for (const QString &text : texts) {
        SCOPED_TRACE(text.toStdString());
        filter.setText(text);
        EXPECT_EQ(listedIds(filter), freshIds(ideas, filter));
    }
    filter.setText(QStringLiteral("a"));
    filter.setArchetype(int(Archetype::Software2));
    EXPECT_EQ(listedIds(filter), freshIds(ideas, filter));
    filter.setArchetype(int(Archetype::Autonomous));
    EXPECT_EQ(listedIds(filter), freshIds(ideas, filter));
    filter.setStage(int(Stage::Planning));
    EXPECT_EQ(listedIds(filter), freshIds(ideas, filter));
    filter.setArchetype(IdeaFilterModel::kAny);
    EXPECT_EQ(listedIds(filter), freshIds(ideas, filter));
    filter.setStage(IdeaFilterModel::kAny);
    filter.setText(QString());
    EXPECT_EQ(filter.rowCount(), 2000);
}
