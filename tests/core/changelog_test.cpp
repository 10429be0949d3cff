// The change log's entries (core/domain/changelog.h): what every store records for a change,
// and how it reads.

#include "core/domain/changelog.h"
#include "printers.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace mlp;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

Idea idea(qint64 id = 7, const QString &name = QStringLiteral("Churn model"))
{
    Idea i;
    i.id = id;
    i.name = name;
    i.lifecycle.createdAt = kNow.addDays(-30);
    Rater ana;
    ana.name = QStringLiteral("Ana");
    ana.answers.fill(4);
    i.raters << ana;
    return i;
}

QString qid(int index)
{
    return questions()[index].id;
}

// The fields of `changes` (with "@item" when they name one), separated by spaces.
std::string fields(const QList<FieldChange> &changes)
{
    QStringList list;
    for (const FieldChange &c : changes)
        list << c.field + (c.item.isEmpty() ? QString() : QLatin1Char('@') + c.item);
    return list.join(QLatin1Char(' ')).toStdString();
}

std::string str(const QString &text)
{
    return text.toStdString();
}

// The one entry of `changes` (a copy: the list is often a temporary), or a failure naming what
// there is.
FieldChange only(const QList<FieldChange> &changes)
{
    if (changes.size() != 1) {
        ADD_FAILURE() << "expected one entry, got: " << fields(changes);
        return {};
    }
    return changes.first();
}

} // namespace

TEST(ChangeLog, EqualIdeasRecordNothing)
{
    EXPECT_TRUE(diffIdea(idea(), idea()).isEmpty());
    ScoringConfig config;
    EXPECT_TRUE(diffIdea(idea(), idea(), &config).isEmpty());
}

TEST(ChangeLog, ATextFieldIsOneEntryNamingTheIdeaAfterTheChange)
{
    Idea after = idea();
    after.name = QStringLiteral("Churn predictor");
    const QList<FieldChange> changes = diffIdea(idea(), after);
    ASSERT_EQ(changes.size(), 1);
    const FieldChange &c = changes.first();
    EXPECT_EQ(c.ideaId, 7);
    EXPECT_EQ(c.ideaName, QStringLiteral("Churn predictor"));
    EXPECT_EQ(c.field, QStringLiteral("name"));
    EXPECT_TRUE(c.item.isEmpty());
    EXPECT_EQ(c.oldValue, QStringLiteral("Churn model"));
    EXPECT_EQ(c.newValue, QStringLiteral("Churn predictor"));
    EXPECT_FALSE(c.at.isValid()) << "the store stamps the time";
    EXPECT_TRUE(c.who.isEmpty()) << "the store stamps who";
    EXPECT_EQ(changeFieldText(c), QStringLiteral("Name"));
}

TEST(ChangeLog, EveryTextAndChoiceOfTheIdeaTabIsRecorded)
{
    Idea after = idea();
    after.description = QStringLiteral("Predicts churn");
    after.owner = QStringLiteral("Mina");
    after.archetype = Archetype::Autonomous;
    after.accuracyRequirement = 0.99;
    after.keyQuestionAnswers.insert(QStringLiteral("kq"), QStringLiteral("yes, logs"));
    after.flywheel[0] = TriState::Yes;
    EXPECT_EQ(fields(diffIdea(idea(), after)),
              std::string("description owner archetype accuracy key-question/kq flywheel/"
                          + str(flywheelQuestions()[0].id)));
    const QList<FieldChange> changes = diffIdea(idea(), after);
    EXPECT_EQ(changes[2].oldValue, QStringLiteral("software2"));
    EXPECT_EQ(changes[2].newValue, QStringLiteral("autonomous"));
    EXPECT_EQ(changes[3].oldValue, QString()) << "none before";
    EXPECT_EQ(changes[3].newValue, QStringLiteral("0.99"));
    EXPECT_EQ(changes[5].newValue, QStringLiteral("yes"));
    EXPECT_EQ(changeValueText(changes[5], changes[5].newValue, QStringLiteral("-")),
              QStringLiteral("Yes"));
    EXPECT_EQ(changeValueText(changes[5], changes[5].oldValue, QStringLiteral("-")),
              QStringLiteral("-"));
    EXPECT_EQ(changeValueText(changes[2], changes[2].newValue, {}),
              archetypeInfo(Archetype::Autonomous).name);
}

TEST(ChangeLog, AnAnswerNamesTheQuestionAndTheRater)
{
    Idea after = idea();
    after.raters[0].answers[5] = 2;
    after.raters[0].answers[6] = 0; // unanswered again
    const QList<FieldChange> changes = diffIdea(idea(), after);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].field, QStringLiteral("answer/") + qid(5));
    EXPECT_EQ(changes[0].item, QStringLiteral("Ana"));
    EXPECT_EQ(changes[0].oldValue, QStringLiteral("4"));
    EXPECT_EQ(changes[0].newValue, QStringLiteral("2"));
    EXPECT_EQ(changes[1].newValue, QString()) << "unanswered is none";
    const QString field = changeFieldText(changes[0]);
    EXPECT_TRUE(field.contains(questions()[5].text)) << field.toStdString();
    EXPECT_TRUE(field.contains(QStringLiteral("Ana"))) << field.toStdString();
}

TEST(ChangeLog, RatersAreAddedRemovedAndRenamedByName)
{
    Idea added = idea();
    Rater ben;
    ben.name = QStringLiteral("Ben");
    ben.answers[0] = 5;
    added.raters << ben;
    // A new rater, and the answers they came with.
    EXPECT_EQ(fields(diffIdea(idea(), added)), std::string("rater answer/" + str(qid(0)) + "@Ben"));
    EXPECT_EQ(diffIdea(idea(), added)[0].newValue, QStringLiteral("Ben"));
    EXPECT_EQ(diffIdea(idea(), added)[0].oldValue, QString());

    const QList<FieldChange> removed = diffIdea(added, idea());
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed[0].field, QStringLiteral("rater"));
    EXPECT_EQ(removed[0].oldValue, QStringLiteral("Ben"));
    EXPECT_EQ(removed[0].newValue, QString());

    // A rename in place is one entry; the answers are compared under the new name.
    Idea renamed = idea();
    renamed.raters[0].name = QStringLiteral("Ana Kim");
    renamed.raters[0].answers[1] = 1;
    EXPECT_EQ(fields(diffIdea(idea(), renamed)),
              std::string("rater answer/" + str(qid(1)) + "@Ana Kim"));
    EXPECT_EQ(diffIdea(idea(), renamed)[0].oldValue, QStringLiteral("Ana"));
    EXPECT_EQ(diffIdea(idea(), renamed)[0].newValue, QStringLiteral("Ana Kim"));
}

TEST(ChangeLog, APlacementAndItsNoteAreRecorded)
{
    Idea after = idea();
    after.manualOverride.impact = 8.5;
    after.manualOverride.note = QStringLiteral("CEO priority");
    EXPECT_EQ(fields(diffIdea(idea(), after)), "override-impact override-note");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const FieldChange c = diffIdea(idea(), after).first();
    EXPECT_EQ(c.newValue, QStringLiteral("8.5")) << "kept without the locale";
    EXPECT_EQ(changeValueText(c, c.newValue, {}), QStringLiteral("8,5")) << "shown in it";
    QLocale::setDefault(QLocale::c());
}

TEST(ChangeLog, AStageMoveIsOneEntryWithItsReason)
{
    const Idea before = idea();
    MoveRequest request;
    request.to = Stage::Data;
    request.checklistOverrideNote = QStringLiteral("CTO approved");
    const Result<Idea> moved = moveIdea(before, request, kNow, ReadinessGate());
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    const FieldChange forward = only(diffIdea(before, *moved));
    EXPECT_EQ(forward.field, QStringLiteral("stage"));
    EXPECT_EQ(forward.oldValue, QStringLiteral("planning"));
    EXPECT_EQ(forward.newValue, QStringLiteral("data"));
    EXPECT_TRUE(changeNoteText(forward).contains(QStringLiteral("CTO approved")))
        << changeNoteText(forward).toStdString();
    EXPECT_EQ(changeValueText(forward, forward.newValue, {}), stageShortName(Stage::Data));

    MoveRequest back;
    back.to = Stage::Planning;
    back.triggerId = QStringLiteral("data-too-hard-to-get");
    back.reason = QStringLiteral("vendor\nsaid no");
    const Result<Idea> backward = moveIdea(*moved, back, kNow.addDays(1), ReadinessGate());
    ASSERT_TRUE(backward.ok()) << backward.error().message.toStdString();
    const FieldChange b = only(diffIdea(*moved, *backward));
    const Transition reason = moveReasonFromNote(b.note);
    EXPECT_EQ(reason.triggerId, back.triggerId);
    EXPECT_EQ(reason.reason, back.reason) << "a line break in the reason is kept";
    EXPECT_EQ(changeNoteText(b), moveReasonText(backward->lifecycle.history.last()));
    EXPECT_TRUE(changeNoteText(b).contains(triggerById(back.triggerId)->text));

    // Undoing the move takes it out of the history: the stage goes back, with no reason.
    const FieldChange undone = only(diffIdea(*backward, *moved));
    EXPECT_EQ(undone.field, QStringLiteral("stage"));
    EXPECT_EQ(undone.oldValue, QStringLiteral("planning"));
    EXPECT_EQ(undone.newValue, QStringLiteral("data"));
    EXPECT_TRUE(undone.note.isEmpty());
}

TEST(ChangeLog, AnOutcomeCarriesItsReason)
{
    const Result<Idea> shelved
        = setIdeaOutcome(idea(), Outcome::Shelved, QStringLiteral("no budget"), kNow);
    ASSERT_TRUE(shelved.ok());
    const FieldChange c = only(diffIdea(idea(), *shelved));
    EXPECT_EQ(c.field, QStringLiteral("outcome"));
    EXPECT_EQ(c.newValue, QStringLiteral("shelved"));
    EXPECT_EQ(changeNoteText(c), QStringLiteral("no budget"));
    EXPECT_EQ(changeValueText(c, c.newValue, {}), outcomeDisplayName(Outcome::Shelved));

    Idea reworded = *shelved;
    reworded.lifecycle.outcomeReason = QStringLiteral("no budget this year");
    EXPECT_EQ(fields(diffIdea(*shelved, reworded)), "outcome-reason");
}

TEST(ChangeLog, ChecklistAndReadinessAnswersAreRecordedByTheirIds)
{
    Idea after = idea();
    after.checklist.insert(QStringLiteral("need-ml"), ChecklistAnswer::No);
    ASSERT_TRUE(
        setReadinessAnswer(after.readiness, readinessTests()[0].id, ReadinessLevel::Manual).ok());
    const QList<FieldChange> changes = diffIdea(idea(), after);
    EXPECT_EQ(fields(changes),
              std::string("checklist/need-ml readiness/" + str(readinessTests()[0].id)));
    EXPECT_EQ(changes[0].newValue, QStringLiteral("no"));
    EXPECT_EQ(changes[1].oldValue, QStringLiteral("0"));
    EXPECT_EQ(changes[1].newValue, QStringLiteral("0.5"));
    EXPECT_EQ(changeValueText(changes[1], changes[1].newValue, {}),
              readinessLevelName(ReadinessLevel::Manual));
    EXPECT_TRUE(changeFieldText(changes[1]).contains(readinessTests()[0].name));
}

TEST(ChangeLog, MetricsModelResultsAndTheRuleAreRecorded)
{
    Idea before = idea();
    MetricDef f1;
    f1.name = QStringLiteral("f1");
    before.metrics.metrics << f1;
    ModelResult bert;
    bert.model = QStringLiteral("bert");
    bert.values.insert(QStringLiteral("f1"), 0.8);
    before.metrics.results << bert;

    Idea after = before;
    after.metrics.metrics[0].bound = 0.7;
    after.metrics.results[0].values[QStringLiteral("f1")] = 0.85;
    after.metrics.rule.kind = CombineKind::Formula;
    after.metrics.rule.formula = QStringLiteral("f1");
    const QList<FieldChange> changes = diffIdea(before, after);
    EXPECT_EQ(fields(changes), "metric-bound@f1 combine-kind combine-formula result-value/f1@bert");
    EXPECT_EQ(changes[3].oldValue, QStringLiteral("0.8"));
    EXPECT_EQ(changes[3].newValue, QStringLiteral("0.85"));

    // A metric renamed everywhere is one rename, not a removal and an addition of its values.
    Idea renamed = before;
    ASSERT_TRUE(renameMetric(renamed, QStringLiteral("f1"), QStringLiteral("f1-macro")).ok());
    const QList<FieldChange> rename = diffIdea(before, renamed);
    EXPECT_EQ(fields(rename), "metric");
    EXPECT_EQ(rename[0].oldValue, QStringLiteral("f1"));
    EXPECT_EQ(rename[0].newValue, QStringLiteral("f1-macro"));
}

TEST(ChangeLog, BaselinesAreRecordedByLabel)
{
    Idea before = idea();
    Baseline human;
    human.label = QStringLiteral("Expert");
    human.kind = BaselineKind::HumanDomainExpert;
    human.value = 0.9;
    before.baselines << human;
    Idea after = before;
    after.baselineMetric = QStringLiteral("f1");
    after.baselines[0].value = 0.92;
    Baseline rules;
    rules.label = QStringLiteral("Rules");
    after.baselines << rules;
    const QList<FieldChange> changes = diffIdea(before, after);
    // The new baseline's value is the default (0): no entry of its own.
    EXPECT_EQ(fields(changes), "baseline-metric baseline-value@Expert baseline");
    EXPECT_EQ(changes[2].newValue, QStringLiteral("Rules"));
    // Removing one is one entry.
    EXPECT_EQ(fields(diffIdea(after, before)), "baseline-metric baseline-value@Expert baseline");
}

TEST(ChangeLog, WithTheSettingsAQuadrantChangeSaysWhereTheIdeaWent)
{
    const ScoringConfig config;
    Idea before = idea(); // every answer 4: high impact, high feasibility
    Idea after = before;
    after.raters[0].answers.fill(1);
    const QList<FieldChange> changes = diffIdea(before, after, &config);
    ASSERT_FALSE(changes.isEmpty());
    const FieldChange &quadrant = changes.last();
    EXPECT_EQ(quadrant.field, QStringLiteral("quadrant"));
    EXPECT_EQ(quadrant.oldValue, QStringLiteral("do-first"));
    EXPECT_EQ(quadrant.newValue, QStringLiteral("avoid"));
    ScoringConfig renamed;
    renamed.quadrantNames[3] = QStringLiteral("Drop");
    EXPECT_EQ(changeValueText(quadrant, quadrant.newValue, {}, &renamed), QStringLiteral("Drop"));
    EXPECT_EQ(changeValueText(quadrant, quadrant.newValue, {}), config.quadrantNames[3]);
    // An answer that does not change the quadrant records only the answer.
    Idea small = before;
    small.raters[0].answers[0] = 5;
    EXPECT_EQ(diffIdea(before, small, &config).size(), 1);
}

TEST(ChangeLog, SettingsChangesAreThePortfoliosOwn)
{
    ScoringConfig before;
    ScoringConfig after;
    after.questionWeights[2] = 2.0;
    after.driverWeights[0] = 4.0;
    after.impactThreshold = 6.0;
    after.aggregation = Aggregation::Mean;
    after.readinessGate.gatesDeploying = true;
    const QList<FieldChange> changes
        = diffSettings(QStringLiteral("Team"), before, QStringLiteral("Team ML"), after);
    EXPECT_EQ(fields(changes),
              std::string("portfolio-name question-weight/" + str(qid(2)) + " "
                          + "driver-weight/data impact-threshold aggregation readiness-gate"));
    for (const FieldChange &c : changes)
        EXPECT_EQ(c.ideaId, 0);
    EXPECT_EQ(changeValueText(changes[4], changes[4].newValue, {}), QStringLiteral("Mean"));
    EXPECT_TRUE(
        changeFieldText(changes[2]).contains(groupDisplayName(QuestionGroup::DataAvailability)));
    EXPECT_TRUE(
        diffSettings(QStringLiteral("Team"), before, QStringLiteral("Team"), before).isEmpty());
}

TEST(ChangeLog, AReplacedPortfolioIsOneEntryPerIdeaAddedRemovedOrChanged)
{
    Portfolio before;
    before.name = QStringLiteral("P");
    before.ideas << idea(1, QStringLiteral("Kept")) << idea(2, QStringLiteral("Changed"))
                 << idea(3, QStringLiteral("Gone"));
    Portfolio after = before;
    after.ideas.removeAt(2);
    after.ideas[1].raters[0].answers.fill(2);
    after.ideas[1].description = QStringLiteral("new");
    after.ideas << idea(4, QStringLiteral("New"));
    const QList<FieldChange> changes = diffPortfolios(before, after);
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[0].field, QString::fromLatin1(kFieldRemoved));
    EXPECT_EQ(changes[0].ideaId, 3);
    EXPECT_EQ(changes[0].oldValue, QStringLiteral("Gone"));
    EXPECT_EQ(changes[1].field, QString::fromLatin1(kFieldImported));
    EXPECT_EQ(changes[1].ideaId, 2);
    EXPECT_EQ(changes[2].field, QString::fromLatin1(kFieldAdded));
    EXPECT_EQ(changes[2].ideaId, 4);
    EXPECT_EQ(changes[2].newValue, QStringLiteral("New"));
}

TEST(ChangeLog, AStoreReturnsTheMatchingChangesNewestFirst)
{
    QList<FieldChange> kept;
    for (int i = 0; i < 6; ++i) {
        FieldChange c;
        c.at = kNow.addDays(i);
        c.ideaId = i % 2 ? 1 : 2;
        c.field = QStringLiteral("name");
        c.newValue = QString::number(i);
        kept << c;
    }
    const auto values = [](const QList<FieldChange> &list) {
        QStringList v;
        for (const FieldChange &c : list)
            v << c.newValue;
        return v.join(QLatin1Char(','));
    };
    EXPECT_EQ(values(selectChanges(kept, {})), QStringLiteral("5,4,3,2,1,0"));
    ChangeQuery one;
    one.ideaId = 1;
    EXPECT_EQ(values(selectChanges(kept, one)), QStringLiteral("5,3,1"));
    ChangeQuery since;
    since.since = kNow.addDays(3);
    EXPECT_EQ(values(selectChanges(kept, since)), QStringLiteral("5,4,3"));
    ChangeQuery newest;
    newest.limit = 2;
    newest.ideaId = 2;
    EXPECT_EQ(values(selectChanges(kept, newest)), QStringLiteral("4,2"));
}

TEST(ChangeLog, StampingSetsWhenAndWho)
{
    QList<FieldChange> changes = diffIdea(idea(), idea(7, QStringLiteral("Other")));
    stampChanges(changes, kNow, QStringLiteral("mina"));
    EXPECT_EQ(changes.first().at, kNow);
    EXPECT_EQ(changes.first().who, QStringLiteral("mina"));
}

TEST(ChangeLog, EveryFieldKindHasAName)
{
    QStringList keys;
    for (const FieldKind &kind : changeFieldKinds()) {
        EXPECT_FALSE(kind.name.isEmpty());
        EXPECT_NE(kind.name, kind.key) << kind.key.toStdString();
        keys << kind.key;
    }
    EXPECT_EQ(keys.removeDuplicates(), 0);
    EXPECT_EQ(changeFieldKind(QStringLiteral("result-value/a/b")), QStringLiteral("result-value"));
}
