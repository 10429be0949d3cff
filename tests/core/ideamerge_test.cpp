// The three-way merge of one idea (core/domain/ideamerge.h): two people's changes of different
// fields are both kept; the same field changed to different values is a conflict that names
// the field as the change log does, with both values.

#include "core/domain/ideamerge.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace mlp;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

Idea baseIdea()
{
    Idea i;
    i.id = 7;
    i.name = QStringLiteral("Churn model");
    i.description = QStringLiteral("Predict churn");
    i.owner = QStringLiteral("Ana");
    i.lifecycle.createdAt = kNow.addDays(-30);
    Rater ana;
    ana.name = QStringLiteral("Ana");
    ana.answers.fill(3);
    i.raters << ana;
    MetricDef f1;
    f1.name = QStringLiteral("f1");
    i.metrics.metrics << f1;
    return i;
}

QString qid(int index)
{
    return questions()[index].id;
}

Idea moved(Idea i, Stage to, const QString &reason)
{
    Transition t;
    t.at = kNow;
    t.who = QStringLiteral("x");
    t.from = i.lifecycle.stage;
    t.to = to;
    t.reason = reason;
    i.lifecycle.history << t;
    i.lifecycle.stage = to;
    return i;
}

TEST(IdeaMerge, DifferentFieldsAreBothKept)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.raters[0].answers[0] = 5;
    mine.description = QStringLiteral("Predict churn weekly");
    theirs.raters[0].answers[1] = 1;
    theirs.owner = QStringLiteral("Ben");
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m.merged.raters[0].answers[0], 5);
    EXPECT_EQ(m.merged.raters[0].answers[1], 1);
    EXPECT_EQ(m.merged.description, QStringLiteral("Predict churn weekly"));
    EXPECT_EQ(m.merged.owner, QStringLiteral("Ben"));
}

TEST(IdeaMerge, OnlyOneSideChangedTakesThatSide)
{
    const Idea base = baseIdea();
    Idea mine = base;
    mine.name = QStringLiteral("Churn v2");
    EXPECT_EQ(mergeIdea(base, mine, base).merged, mine);
    EXPECT_EQ(mergeIdea(base, base, mine).merged, mine);
}

TEST(IdeaMerge, SameFieldSameValueIsNoConflict)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.name = theirs.name = QStringLiteral("Churn v2");
    mine.owner = QStringLiteral("Cy");
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m.merged.name, QStringLiteral("Churn v2"));
    EXPECT_EQ(m.merged.owner, QStringLiteral("Cy"));
}

TEST(IdeaMerge, SameFieldDifferentValuesIsAConflictWithBothValues)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.raters[0].answers[2] = 5;
    theirs.raters[0].answers[2] = 1;
    mine.owner = QStringLiteral("Cy"); // not in conflict
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_FALSE(m.ok());
    ASSERT_EQ(m.conflicts.size(), 1);
    const IdeaConflict &c = m.conflicts[0];
    EXPECT_EQ(c.field, QStringLiteral("answer/") + qid(2));
    EXPECT_EQ(c.item, QStringLiteral("Ana"));
    EXPECT_EQ(c.baseValue, QStringLiteral("3"));
    EXPECT_EQ(c.mineValue, QStringLiteral("5"));
    EXPECT_EQ(c.theirsValue, QStringLiteral("1"));
    const QString message = ideaConflictMessage(theirs, m.conflicts);
    EXPECT_TRUE(message.contains(QStringLiteral("yours: 5, theirs: 1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Churn model")));
}

TEST(IdeaMerge, TextFieldConflictNamesTheField)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.name = QStringLiteral("Mine");
    theirs.name = QStringLiteral("Theirs");
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_EQ(m.conflicts.size(), 1);
    EXPECT_EQ(m.conflicts[0].field, QStringLiteral("name"));
    EXPECT_EQ(m.conflicts[0].mineValue, QStringLiteral("Mine"));
    EXPECT_EQ(m.conflicts[0].theirsValue, QStringLiteral("Theirs"));
}

TEST(IdeaMerge, RatersMetricsAndBaselinesAddedByBothAreBothKept)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    Rater ben, cy;
    ben.name = QStringLiteral("Ben");
    cy.name = QStringLiteral("Cy");
    mine.raters << ben;
    theirs.raters << cy;
    MetricDef auc, latency;
    auc.name = QStringLiteral("auc");
    latency.name = QStringLiteral("latency");
    mine.metrics.metrics << auc;
    theirs.metrics.metrics << latency;
    Baseline b1, b2;
    b1.label = QStringLiteral("rules");
    b2.label = QStringLiteral("human");
    mine.baselines << b1;
    theirs.baselines << b2;
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    ASSERT_EQ(m.merged.raters.size(), 3);
    EXPECT_EQ(m.merged.raters[1].name, QStringLiteral("Cy"));
    EXPECT_EQ(m.merged.raters[2].name, QStringLiteral("Ben"));
    ASSERT_EQ(m.merged.metrics.metrics.size(), 3);
    ASSERT_EQ(m.merged.baselines.size(), 2);
}

TEST(IdeaMerge, SamePartAddedByBothWithDifferentValuesConflictsPerField)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    Baseline a, b;
    a.label = b.label = QStringLiteral("rules");
    a.value = 0.5;
    b.value = 0.7;
    mine.baselines << a;
    theirs.baselines << b;
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_EQ(m.conflicts.size(), 1);
    EXPECT_EQ(m.conflicts[0].field, QStringLiteral("baseline-value"));
    EXPECT_EQ(m.conflicts[0].item, QStringLiteral("rules"));
    EXPECT_EQ(m.conflicts[0].mineValue, QStringLiteral("0.5"));
    EXPECT_EQ(m.conflicts[0].theirsValue, QStringLiteral("0.7"));
}

TEST(IdeaMerge, RemovedByOneChangedByTheOtherIsAConflict)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.raters.clear();
    theirs.raters[0].answers[0] = 1;
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_EQ(m.conflicts.size(), 1);
    EXPECT_EQ(m.conflicts[0].field, QStringLiteral("rater"));
}

TEST(IdeaMerge, RemovedByOneUntouchedByTheOtherIsRemoved)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.metrics.metrics.clear();
    theirs.owner = QStringLiteral("Ben");
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    EXPECT_TRUE(m.merged.metrics.metrics.isEmpty());
    EXPECT_EQ(m.merged.owner, QStringLiteral("Ben"));
}

TEST(IdeaMerge, ALifecycleMoveByEachIsAConflictOnTheStage)
{
    const Idea base = baseIdea();
    const Idea mine = moved(base, Stage::Data, QStringLiteral("data ready"));
    const Idea theirs = moved(base, Stage::Data, QStringLiteral("other reason"));
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_EQ(m.conflicts.size(), 1);
    EXPECT_EQ(m.conflicts[0].field, QStringLiteral("stage"));
    EXPECT_EQ(m.conflicts[0].mineValue, QStringLiteral("data"));
}

TEST(IdeaMerge, AMoveByOneAndAnAnswerByTheOtherAreBothKept)
{
    const Idea base = baseIdea();
    const Idea mine = moved(base, Stage::Data, QStringLiteral("data ready"));
    Idea theirs = base;
    theirs.raters[0].answers[4] = 0;
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m.merged.lifecycle.stage, Stage::Data);
    EXPECT_EQ(m.merged.lifecycle.history.size(), 1);
    EXPECT_EQ(m.merged.raters[0].answers[4], 0);
}

TEST(IdeaMerge, MapsMergePerKey)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    const QString t0 = readinessTests().at(0).id, t1 = readinessTests().at(1).id;
    mine.readiness.insert(t0, ReadinessLevel::Manual);
    theirs.readiness.insert(t1, ReadinessLevel::Automated);
    IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m.merged.readiness.size(), 2);
    theirs.readiness.insert(t0, ReadinessLevel::Automated);
    m = mergeIdea(base, mine, theirs);
    ASSERT_EQ(m.conflicts.size(), 1);
    EXPECT_EQ(m.conflicts[0].field, QStringLiteral("readiness/") + t0);
}

TEST(IdeaMerge, TheMergedIdeaDiffsFromTheirsByMyChangesOnly)
{
    const Idea base = baseIdea();
    Idea mine = base, theirs = base;
    mine.raters[0].answers[0] = 5;
    theirs.description = QStringLiteral("x");
    const IdeaMerge m = mergeIdea(base, mine, theirs);
    ASSERT_TRUE(m.ok());
    const QList<FieldChange> changes = diffIdea(theirs, m.merged);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].field, QStringLiteral("answer/") + qid(0));
}

} // namespace
