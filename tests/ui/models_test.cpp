#include "uitestsupport.h"

#include "core/io/jsonformat.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

int rowOfName(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, IdeasModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

// Every kind of change the document can announce.
void exerciseDocument(SampleDocument &s)
{
    Document &d = s.document;
    Idea idea;
    idea.name = QStringLiteral("Model test idea");
    ASSERT_TRUE(d.addIdea(idea).ok());
    Idea changed = d.portfolio().ideas.at(3);
    changed.name = QStringLiteral("Changed");
    ASSERT_TRUE(d.editIdea(changed, QStringLiteral("Rename")).ok());
    ASSERT_TRUE(d.duplicateIdea(changed.id).ok());
    ASSERT_TRUE(d.removeIdeas({ d.portfolio().ideas.at(0).id, d.portfolio().ideas.at(7).id }).ok());
    ScoringConfig config = d.portfolio().config;
    config.impactThreshold = 7.0;
    config.quadrantNames[0] = QStringLiteral("Now");
    ASSERT_TRUE(d.setSettings(QStringLiteral("Renamed portfolio"), config).ok());

    Portfolio other = d.portfolio();
    other.ideas.removeLast();
    const QString json = s.dir.filePath(QStringLiteral("m.json"));
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(io::exportJson(other));
    f.close();
    ASSERT_TRUE(d.importFile(json).ok());

    while (d.undoStack()->canUndo())
        d.undoStack()->undo();
    while (d.undoStack()->canRedo())
        d.undoStack()->redo();
}

} // namespace

TEST(IdeasModel, PassesTheModelTesterThroughEveryKindOfChange)
{
    SampleDocument s;
    IdeasModel model(&s.document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), s.document.portfolio().ideas.size());
    EXPECT_EQ(model.columnCount(), IdeasModel::ColumnCount);
    exerciseDocument(s);
    EXPECT_EQ(model.rowCount(), s.document.portfolio().ideas.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(IdeasModel::IdRole).toLongLong();
        ASSERT_NE(s.document.idea(id), nullptr);
        EXPECT_EQ(model.index(row, IdeasModel::NameColumn).data().toString(),
                  s.document.idea(id)->name);
        EXPECT_EQ(model.index(row, IdeasModel::RankColumn).data().toInt(), s.document.rankOf(id));
    }
}

TEST(IdeaFilterModel, PassesTheModelTesterWhileFilteredAndSorted)
{
    SampleDocument s;
    IdeasModel model(&s.document);
    IdeaFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(IdeasModel::FeasibilityColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setArchetype(int(Archetype::Software2));
    exerciseDocument(s);
    filter.setText(QStringLiteral("e"));
    filter.setStage(int(Stage::Planning));
    filter.setArchetype(IdeaFilterModel::kAny);
    filter.setQuadrant(int(Quadrant::DoFirst));
    filter.setOutcome(int(Outcome::Active));
    exerciseDocument(s);
}

TEST(IdeasModel, ShowsScoresRankAndOverride)
{
    SampleDocument s;
    IdeasModel model(&s.document);
    const Idea &idea = s.document.portfolio().ideas.first();
    const int row = model.rowOf(idea.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, IdeasModel::NameColumn).data().toString(), idea.name);
    EXPECT_EQ(model.index(row, IdeasModel::OwnerColumn).data().toString(), idea.owner);
    EXPECT_EQ(model.index(row, IdeasModel::RatersColumn).data().toInt(), idea.raters.size());
    EXPECT_FALSE(
        model.index(row, IdeasModel::ImpactColumn).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(model.index(row, IdeasModel::QuadrantColumn).data(IdeasModel::QuadrantRole).toInt(),
              int(s.document.scoreFor(idea.id)->quadrant));

    ManualOverride placed;
    placed.impact = 1.0;
    placed.feasibility = 1.0;
    ASSERT_TRUE(s.document.setOverride(idea.id, placed).ok());
    EXPECT_TRUE(model.index(row, 0).data(IdeasModel::OverriddenRole).toBool());
    EXPECT_TRUE(
        model.index(row, IdeasModel::ImpactColumn).data().toString().contains(QLatin1Char('*')));
    EXPECT_EQ(model.index(row, IdeasModel::QuadrantColumn).data().toString(),
              quadrantName(Quadrant::Avoid, s.document.portfolio().config));
}

TEST(IdeaFilterModel, NarrowsByTextAndCategories)
{
    SampleDocument s;
    IdeasModel model(&s.document);
    IdeaFilterModel filter;
    filter.setSourceModel(&model);
    const int all = filter.rowCount();
    ASSERT_EQ(all, s.document.portfolio().ideas.size());

    const QString name = s.document.portfolio().ideas.at(4).name;
    filter.setText(name.left(6).toUpper());
    ASSERT_GE(filter.rowCount(), 1);
    EXPECT_LT(filter.rowCount(), all);
    EXPECT_GE(rowOfName(filter, name), 0);
    filter.setText(QString());
    EXPECT_EQ(filter.rowCount(), all);

    for (int a = 0; a < kArchetypeCount; ++a) {
        filter.setArchetype(a);
        for (int row = 0; row < filter.rowCount(); ++row)
            EXPECT_EQ(filter.index(row, 0).data(IdeasModel::ArchetypeRole).toInt(), a);
    }
    filter.setArchetype(IdeaFilterModel::kAny);
    filter.setStage(int(Stage::Deploying));
    ASSERT_GE(filter.rowCount(), 1);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, 0).data(IdeasModel::StageRole).toInt(), int(Stage::Deploying));
    filter.setStage(IdeaFilterModel::kAny);
    filter.setOutcome(int(Outcome::Shelved));
    ASSERT_GE(filter.rowCount(), 1);
    for (int row = 0; row < filter.rowCount(); ++row) {
        EXPECT_EQ(filter.index(row, 0).data(IdeasModel::OutcomeRole).toInt(),
                  int(Outcome::Shelved));
        // A finished project shows its outcome in a word (the column stays narrow); the
        // tooltip names the stage it ended in.
        const QModelIndex stage = filter.index(row, IdeasModel::StageColumn);
        EXPECT_EQ(stage.data().toString(), outcomeDisplayName(Outcome::Shelved));
        const Stage where = Stage(filter.index(row, 0).data(IdeasModel::StageRole).toInt());
        EXPECT_TRUE(stage.data(Qt::ToolTipRole).toString().contains(stageDisplayName(where)));
    }
    filter.setOutcome(IdeaFilterModel::kAny);
    filter.setQuadrant(int(Quadrant::DoFirst));
    ASSERT_GE(filter.rowCount(), 1);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, 0).data(IdeasModel::QuadrantRole).toInt(),
                  int(Quadrant::DoFirst));
}

TEST(IdeaFilterModel, SortsNumericColumnsAsNumbers)
{
    SampleDocument s;
    IdeasModel model(&s.document);
    IdeaFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(IdeasModel::ImpactColumn, Qt::DescendingOrder);
    double previous = 11.0;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const double value
            = filter.index(row, IdeasModel::ImpactColumn).data(IdeasModel::SortRole).toDouble();
        EXPECT_LE(value, previous);
        previous = value;
    }
    filter.sort(IdeasModel::RankColumn, Qt::AscendingOrder);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, IdeasModel::RankColumn).data().toInt(), row + 1);
}

// How fast each keystroke is, is measured in bench/ui (BM_FilterModelKeystroke); here only
// that filtering 10,000 ideas keystroke by keystroke narrows and widens correctly.
TEST(IdeaFilterModel, FiltersTenThousandIdeasKeystrokeByKeystroke)
{
    QTemporaryDir dir;
    FakeClock clock(testNow());
    Document d(clock);
    ASSERT_TRUE(d.createFile(dir.filePath(QStringLiteral("big.mlplan")),
                             generatedPortfolio(10000, 7, clock.now()))
                    .ok());
    IdeasModel model(&d);
    IdeaFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(IdeasModel::NameColumn, Qt::AscendingOrder);
    ASSERT_EQ(filter.rowCount(), 10000);

    const QString target = d.portfolio().ideas.at(1234).name;
    const QString typed = target.left(8);
    QString text;
    int previous = filter.rowCount();
    for (const QChar c : typed) {
        text += c;
        filter.setText(text);
        EXPECT_LE(filter.rowCount(), previous) << "typing narrows";
        EXPECT_GE(filter.rowCount(), 1) << "the idea typed stays";
        previous = filter.rowCount();
    }
    for (int i = 0; i < 3; ++i) {
        text.chop(1);
        filter.setText(text);
        EXPECT_GE(filter.rowCount(), previous) << "deleting widens";
        previous = filter.rowCount();
    }
    filter.setText(QString());
    EXPECT_EQ(filter.rowCount(), 10000);
}
