#include "uitestsupport.h"

#include "core/io/csvformat.h"
#include "core/io/jsonformat.h"

#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

std::string message(const Status &s)
{
    return s.ok() ? std::string() : s.error().message.toStdString();
}

// Performs `edit`, then checks that memory and file agree after the edit, after undo (back to
// exactly what was there) and after redo.
void expectUndoable(SampleDocument &s, const std::function<Status()> &edit)
{
    QUndoStack *stack = s.document.undoStack();
    const Portfolio before = s.memory();
    const int commands = stack->count();

    const Status status = edit();
    ASSERT_TRUE(status.ok()) << message(status);
    const Portfolio after = s.memory();
    EXPECT_FALSE(after == before);
    EXPECT_TRUE(s.file() == after);
    ASSERT_EQ(stack->count(), commands + 1);

    stack->undo();
    EXPECT_TRUE(s.memory() == before);
    EXPECT_TRUE(s.file() == before);

    stack->redo();
    EXPECT_TRUE(s.memory() == after);
    EXPECT_TRUE(s.file() == after);
}

const Idea &firstInStage(const Document &d, Stage stage)
{
    for (const Idea &idea : d.portfolio().ideas) {
        if (idea.lifecycle.stage == stage && idea.lifecycle.outcome == Outcome::Active)
            return idea;
    }
    ADD_FAILURE() << "no active idea in stage " << int(stage);
    return d.portfolio().ideas.first();
}

} // namespace

TEST(Document, OpensTheSampleAndScoresEveryIdea)
{
    SampleDocument s;
    const Document &d = s.document;
    ASSERT_TRUE(d.isOpen());
    ASSERT_GE(d.portfolio().ideas.size(), 12);
    EXPECT_EQ(d.scores().size(), d.portfolio().ideas.size());
    EXPECT_EQ(d.ranking().size(), d.portfolio().ideas.size());
    EXPECT_TRUE(s.file() == s.memory());
    for (const Idea &idea : d.portfolio().ideas) {
        EXPECT_GE(d.rankOf(idea.id), 1);
        EXPECT_EQ(d.idea(idea.id), &d.portfolio().ideas.at(d.indexOf(idea.id)));
    }
    // The document's ranking is the core's ranking.
    const QList<RankedIdea> core = rankIdeas(d.portfolio());
    for (int i = 0; i < core.size(); ++i)
        EXPECT_EQ(d.ranking().at(i).index, core.at(i).index) << i;
}

TEST(Document, AddIsUndoable)
{
    SampleDocument s;
    Idea idea;
    idea.name = QStringLiteral("Spam filter");
    idea.owner = QStringLiteral("Dana");
    QSignalSpy added(&s.document, &Document::ideaAdded);
    expectUndoable(s, [&] { return s.document.addIdea(idea); });
    ASSERT_EQ(added.count(), 2); // the edit and its redo
    const qint64 id = added.last().at(0).toLongLong();
    ASSERT_NE(s.document.idea(id), nullptr);
    EXPECT_EQ(s.document.idea(id)->name, QStringLiteral("Spam filter"));
    EXPECT_EQ(s.document.idea(id)->lifecycle.createdAt, s.clock.now());
}

TEST(Document, EditOfEveryKindOfFieldIsUndoable)
{
    SampleDocument s;
    const qint64 id = s.document.portfolio().ideas.at(2).id;
    const std::function<void(Idea &)> changes[] = {
        [](Idea &i) { i.name = QStringLiteral("Renamed"); },
        [](Idea &i) { i.description = QStringLiteral("A new description,\nwith two lines"); },
        [](Idea &i) { i.owner = QStringLiteral("Someone else"); },
        [](Idea &i) {
            i.archetype = i.archetype == Archetype::Autonomous ? Archetype::Software2
                                                               : Archetype::Autonomous;
        },
        [](Idea &i) {
            i.keyQuestionAnswers.insert(archetypeInfo(i.archetype).keyQuestions.first().id,
                                        QStringLiteral("Yes"));
        },
        [](Idea &i) {
            i.flywheel[1] = i.flywheel[1] == TriState::Yes ? TriState::No : TriState::Yes;
        },
        [](Idea &i) { i.accuracyRequirement = 0.999; },
        [](Idea &i) {
            i.raters.append(Rater { QStringLiteral("New rater"), {} });
            i.raters.last().answers[0] = 4;
        },
        [](Idea &i) { i.checklist.insert(checklistItems().first().id, ChecklistAnswer::No); },
    };
    for (const auto &change : changes) {
        Idea changed = *s.document.idea(id);
        change(changed);
        expectUndoable(s, [&] { return s.document.editIdea(changed, QStringLiteral("Edit")); });
        s.document.undoStack()->clear();
    }
}

TEST(Document, ConsecutiveEditsOfOneFieldMergeIntoOneStep)
{
    SampleDocument s;
    const Idea original = s.document.portfolio().ideas.first();
    Idea changed = original;
    for (double a : { 0.9, 0.95, 0.99 }) {
        changed.accuracyRequirement = a;
        ASSERT_TRUE(s.document.editIdea(changed, QStringLiteral("Accuracy")).ok());
    }
    EXPECT_EQ(s.document.undoStack()->count(), 1);
    s.document.undoStack()->undo();
    EXPECT_TRUE(*s.document.idea(original.id) == original);
}

TEST(Document, DeleteRestoresTheSameIdeas)
{
    SampleDocument s;
    const QList<qint64> ids { s.document.portfolio().ideas.at(0).id,
                              s.document.portfolio().ideas.at(5).id };
    expectUndoable(s, [&] { return s.document.removeIdeas(ids); });
    EXPECT_EQ(s.document.idea(ids.first()), nullptr);
    s.document.undoStack()->undo();
    EXPECT_NE(s.document.idea(ids.first()), nullptr);
    EXPECT_NE(s.document.idea(ids.last()), nullptr);
}

TEST(Document, DuplicateIsUndoable)
{
    SampleDocument s;
    const Idea source = firstInStage(s.document, Stage::Training);
    expectUndoable(s, [&] { return s.document.duplicateIdea(source.id); });
    const Idea &copy = s.document.portfolio().ideas.last();
    EXPECT_NE(copy.id, source.id);
    EXPECT_TRUE(copy.name.contains(source.name));
    EXPECT_EQ(copy.raters, source.raters);
    EXPECT_EQ(copy.lifecycle.stage, Stage::Planning);
}

TEST(Document, ManualOverrideSetAndClearAreUndoable)
{
    SampleDocument s;
    const qint64 id = s.document.portfolio().ideas.at(1).id;
    ManualOverride placed;
    placed.impact = 9.5;
    placed.feasibility = 1.5;
    placed.note = QStringLiteral("the VP insists");
    expectUndoable(s, [&] { return s.document.setOverride(id, placed); });
    EXPECT_TRUE(s.document.scoreFor(id)->impactOverridden);
    EXPECT_DOUBLE_EQ(*s.document.scoreFor(id)->impact, 9.5);
    expectUndoable(s, [&] { return s.document.clearOverride(id); });
    EXPECT_FALSE(s.document.scoreFor(id)->impactOverridden);
}

TEST(Document, StageMovesAreUndoableAndRefusalsChangeNothing)
{
    SampleDocument s;
    const Idea planning = firstInStage(s.document, Stage::Planning);
    QUndoStack *stack = s.document.undoStack();

    MoveRequest skip;
    skip.to = Stage::Training;
    skip.checklistOverrideNote = QStringLiteral("hurry");
    const Status refused = s.document.moveStage(planning.id, skip);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::ForwardSkip);
    EXPECT_EQ(stack->count(), 0);
    EXPECT_TRUE(*s.document.idea(planning.id) == planning);

    MoveRequest forward;
    forward.to = Stage::Data;
    forward.who = QStringLiteral("pm");
    forward.checklistOverrideNote = QStringLiteral("the checklist is being written");
    expectUndoable(s, [&] { return s.document.moveStage(planning.id, forward); });
    EXPECT_EQ(s.document.idea(planning.id)->lifecycle.stage, Stage::Data);
    EXPECT_EQ(s.document.idea(planning.id)->lifecycle.history.last().at, s.clock.now());

    MoveRequest back;
    back.to = Stage::Planning;
    const Status noReason = s.document.moveStage(planning.id, back);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, Error::Code::MissingReason);

    back.triggerId = triggersFor(Stage::Data, Stage::Planning).first().id;
    s.clock.advanceDays(3);
    expectUndoable(s, [&] { return s.document.moveStage(planning.id, back); });
    EXPECT_TRUE(s.document.idea(planning.id)->lifecycle.history.last().isBackward());
}

TEST(Document, SettingsChangeReranksAndIsUndoable)
{
    QTemporaryDir dir;
    FakeClock clock(testNow());
    Document d(clock);
    Portfolio p;
    p.name = QStringLiteral("two");
    int impact0 = -1;
    int impact1 = -1;
    for (int q = 0; q < kQuestionCount; ++q) {
        if (questions()[q].group != QuestionGroup::Impact)
            continue;
        (impact0 < 0 ? impact0 : impact1) = q;
        if (impact1 >= 0)
            break;
    }
    ASSERT_GE(impact1, 0);
    const auto makeIdea = [&](qint64 id, const QString &name, int a0, int a1) {
        Idea idea;
        idea.id = id;
        idea.name = name;
        idea.lifecycle.createdAt = clock.now();
        Rater r { QStringLiteral("r"), {} };
        for (int q = 0; q < kQuestionCount; ++q)
            r.answers[q] = 3;
        r.answers[impact0] = qint8(a0);
        r.answers[impact1] = qint8(a1);
        idea.raters << r;
        return idea;
    };
    p.ideas << makeIdea(1, QStringLiteral("A"), 5, 1) << makeIdea(2, QStringLiteral("B"), 1, 5);
    ASSERT_TRUE(d.createFile(dir.filePath(QStringLiteral("two.mlplan")), p).ok());
    EXPECT_EQ(d.rankOf(1), 1); // a tie on priority: by name
    EXPECT_EQ(d.rankOf(2), 2);

    QSignalSpy ranking(&d, &Document::rankingChanged);
    ScoringConfig config = d.portfolio().config;
    config.questionWeights[impact1] = 3.0;
    ASSERT_TRUE(d.setSettings(QStringLiteral("two"), config).ok());
    EXPECT_GE(ranking.count(), 1);
    EXPECT_EQ(d.rankOf(2), 1);
    EXPECT_EQ(d.rankOf(1), 2);
    EXPECT_TRUE(fileContent(d, dir).config == config);

    d.undoStack()->undo();
    EXPECT_EQ(d.rankOf(1), 1);
    EXPECT_TRUE(fileContent(d, dir).config == p.config);
    d.undoStack()->redo();
    EXPECT_EQ(d.rankOf(2), 1);
}

TEST(Document, SettingsPreviewShowsWithoutWritingAndOkRecordsFromBeforeIt)
{
    SampleDocument s;
    const ScoringConfig original = s.document.portfolio().config;
    const QString name = s.document.portfolio().name;
    ScoringConfig shown = original;
    shown.impactThreshold = 8.0;
    s.document.previewSettings(name, shown);
    EXPECT_TRUE(s.document.isPreviewingSettings());
    EXPECT_DOUBLE_EQ(s.document.portfolio().config.impactThreshold, 8.0);
    EXPECT_TRUE(s.file().config == original); // nothing written
    EXPECT_EQ(s.document.undoStack()->count(), 0);

    // Back to what is recorded, without writing either.
    s.document.endSettingsPreview();
    EXPECT_FALSE(s.document.isPreviewingSettings());
    EXPECT_TRUE(s.document.portfolio().config == original);

    // OK during a preview: one step, from the settings before the preview.
    s.document.previewSettings(name, shown);
    shown.impactThreshold = 7.0;
    s.document.previewSettings(name, shown);
    ASSERT_TRUE(s.document.setSettings(name, shown).ok());
    EXPECT_FALSE(s.document.isPreviewingSettings());
    EXPECT_EQ(s.document.undoStack()->count(), 1);
    EXPECT_TRUE(s.file().config == shown);
    s.document.undoStack()->undo();
    EXPECT_TRUE(s.document.portfolio().config == original);
    EXPECT_TRUE(s.file().config == original);
}

TEST(Document, InvalidSettingsAreRefused)
{
    SampleDocument s;
    ScoringConfig bad = s.document.portfolio().config;
    bad.costBase = 0.5;
    EXPECT_FALSE(s.document.setSettings(QStringLiteral("x"), bad).ok());
    EXPECT_EQ(s.document.undoStack()->count(), 0);
}

TEST(Document, JsonImportReplacesAndIsUndoable)
{
    SampleDocument s;
    Portfolio other = s.document.portfolio();
    other.name = QStringLiteral("Imported");
    other.ideas.removeFirst();
    other.ideas.first().name = QStringLiteral("Changed by the import");
    const QString path = s.dir.filePath(QStringLiteral("other.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(io::exportJson(other));
    f.close();
    QSignalSpy reset(&s.document, &Document::portfolioReset);
    expectUndoable(s, [&] { return s.document.importFile(path); });
    EXPECT_EQ(s.document.portfolio().name, QStringLiteral("Imported"));
    EXPECT_GE(reset.count(), 1);
}

TEST(Document, CsvImportMergesAndIsUndoable)
{
    SampleDocument s;
    Portfolio edited = s.document.portfolio();
    edited.ideas.first().owner = QStringLiteral("Owner from the spreadsheet");
    const QString path = s.dir.filePath(QStringLiteral("ideas.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(io::exportCsv(edited));
    f.close();
    expectUndoable(s, [&] { return s.document.importFile(path); });
    EXPECT_EQ(s.document.idea(edited.ideas.first().id)->owner,
              QStringLiteral("Owner from the spreadsheet"));
}

TEST(Document, FailedImportChangesNothing)
{
    SampleDocument s;
    const QString path = s.dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    const Portfolio before = s.memory();
    const Status status = s.document.importFile(path);
    EXPECT_FALSE(status.ok());
    EXPECT_FALSE(status.ok() ? true : status.error().message.isEmpty());
    EXPECT_EQ(s.document.undoStack()->count(), 0);
    EXPECT_TRUE(s.memory() == before);
}

TEST(Document, InvalidEditIsRefused)
{
    SampleDocument s;
    Idea nameless = s.document.portfolio().ideas.first();
    nameless.name.clear();
    EXPECT_FALSE(s.document.editIdea(nameless, QStringLiteral("Rename")).ok());
    EXPECT_EQ(s.document.undoStack()->count(), 0);
}

TEST(Document, OpeningAForeignFileKeepsTheCurrentOne)
{
    SampleDocument s;
    const QString foreign = s.dir.filePath(QStringLiteral("notes.mlplan"));
    QFile f(foreign);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("just some text, not a portfolio\n");
    f.close();
    const Status status = s.document.openFile(foreign);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::NotAPortfolio);
    EXPECT_EQ(s.document.filePath(), s.path);
    EXPECT_TRUE(s.document.isOpen());
}
