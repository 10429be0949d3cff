#include "uitestsupport.h"

#include "ui/common/uisettings.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/editor/ideaeditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    T *w = parent.findChild<T *>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

qint64 addBlankIdea(Document &d)
{
    Idea idea;
    idea.name = QStringLiteral("Blank");
    EXPECT_TRUE(d.addIdea(idea).ok());
    return d.portfolio().ideas.last().id;
}

const Idea &activeIn(const Document &d, Stage stage)
{
    for (const Idea &idea : d.portfolio().ideas) {
        if (idea.lifecycle.stage == stage && idea.lifecycle.outcome == Outcome::Active)
            return idea;
    }
    ADD_FAILURE();
    return d.portfolio().ideas.first();
}

} // namespace

TEST(IdeaEditor, ShowsTheIdeaAndItsExplanation)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const Idea &idea = s.document.portfolio().ideas.at(1);
    editor.setIdeaId(idea.id);
    EXPECT_EQ(child<QLineEdit>(editor, QStringLiteral("nameEdit"))->text(), idea.name);
    EXPECT_EQ(child<QLineEdit>(editor, QStringLiteral("ownerEdit"))->text(), idea.owner);
    EXPECT_EQ(child<QPlainTextEdit>(editor, QStringLiteral("descriptionEdit"))->toPlainText(),
              idea.description);
    EXPECT_EQ(child<QComboBox>(editor, QStringLiteral("archetypeCombo"))->currentData().toInt(),
              int(idea.archetype));
    EXPECT_EQ(
        child<QPlainTextEdit>(editor, QStringLiteral("explanationText"))->toPlainText(),
        explainText(explain(idea, s.document.portfolio().config), s.document.portfolio().config));
    EXPECT_FALSE(child<QLabel>(editor, QStringLiteral("summaryLabel"))->text().isEmpty());
    for (const KeyQuestion &q : archetypeInfo(idea.archetype).keyQuestions)
        EXPECT_NE(editor.findChild<QPlainTextEdit *>(QStringLiteral("keyQuestion_%1").arg(q.id)),
                  nullptr);
    EXPECT_EQ(child<QTreeWidget>(editor, QStringLiteral("historyList"))->topLevelItemCount(),
              idea.lifecycle.history.size() + 1);
}

TEST(IdeaEditor, FirstAnswerAddsARaterAndUndoRemovesIt)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const qint64 id = addBlankIdea(s.document);
    editor.setIdeaId(id);
    const int before = s.document.undoStack()->count();
    const Question &q = questions().at(0);
    AnswerScale *answer = child<AnswerScale>(editor, QStringLiteral("answer_%1").arg(q.id));
    EXPECT_EQ(answer->value(), 0);
    EXPECT_FALSE(answer->button(0)->isEnabled()); // nothing to clear yet
    QTest::mouseClick(answer->button(4), Qt::LeftButton);
    ASSERT_EQ(s.document.idea(id)->raters.size(), 1);
    EXPECT_EQ(s.document.idea(id)->raters.first().answers[0], 4);
    EXPECT_EQ(s.document.undoStack()->count(), before + 1);
    EXPECT_GT(s.document.scoreFor(id)->answered, 0);
    EXPECT_EQ(answer->value(), 4);
    EXPECT_TRUE(answer->button(4)->isChecked());
    s.document.undoStack()->undo();
    EXPECT_TRUE(s.document.idea(id)->raters.isEmpty());
    EXPECT_EQ(answer->value(), 0);
    EXPECT_FALSE(answer->button(4)->isChecked());
}

TEST(IdeaEditor, AnswersShowBothAnchorsAndCanBeCleared)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const qint64 id = addBlankIdea(s.document);
    editor.setIdeaId(id);
    const Question &q = questions().at(4);
    AnswerScale *answer = child<AnswerScale>(editor, QStringLiteral("answer_%1").arg(q.id));
    // The anchors are written out beside the scale, not hidden in a popup or cut off.
    const QString anchors = answer->anchorLabel()->text();
    EXPECT_TRUE(anchors.contains(q.anchor1.toHtmlEscaped())) << anchors.toStdString();
    EXPECT_TRUE(anchors.contains(q.anchor5.toHtmlEscaped())) << anchors.toStdString();
    EXPECT_TRUE(answer->anchorLabel()->wordWrap());
    EXPECT_TRUE(answer->button(1)->toolTip().contains(q.anchor1));
    EXPECT_TRUE(answer->button(5)->toolTip().contains(q.anchor5));

    QTest::keyClick(answer->button(1), Qt::Key_2);
    EXPECT_EQ(s.document.idea(id)->raters.first().answers[4], 2);
    QTest::mouseClick(answer->button(2),
                      Qt::LeftButton); // pressing the chosen value again keeps it
    EXPECT_EQ(s.document.idea(id)->raters.first().answers[4], 2);
    EXPECT_TRUE(answer->button(2)->isChecked());
    QTest::mouseClick(answer->button(0), Qt::LeftButton);
    EXPECT_EQ(s.document.idea(id)->raters.first().answers[4], 0);
    EXPECT_EQ(answer->value(), 0);
    for (int v = 1; v <= 5; ++v)
        EXPECT_FALSE(answer->button(v)->isChecked()) << v;
}

TEST(IdeaEditor, HistoryGivesEachReasonALineOfItsOwn)
{
    SampleDocument s;
    const Idea *withReason = nullptr;
    int position = -1; // from the newest move
    for (const Idea &idea : s.document.portfolio().ideas) {
        const auto &history = idea.lifecycle.history;
        for (int i = int(history.size()) - 1; i >= 0 && !withReason; --i) {
            if (!history.at(i).triggerId.isEmpty() && !history.at(i).reason.isEmpty()) {
                withReason = &idea;
                position = int(history.size()) - 1 - i;
            }
        }
    }
    ASSERT_NE(withReason, nullptr);
    const Transition &t
        = withReason->lifecycle.history.at(withReason->lifecycle.history.size() - 1 - position);
    IdeaEditor editor(&s.document);
    editor.resize(400, 900);
    editor.setIdeaId(withReason->id);
    editor.show();
    QTreeWidget *history = child<QTreeWidget>(editor, QStringLiteral("historyList"));
    QTreeWidgetItem *item = history->topLevelItem(position);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->text(2), t.who);
    // The move names the stages as the rest of the window does, not by their file keys.
    EXPECT_FALSE(item->text(1).contains(stageKey(t.from))) << item->text(1).toStdString();
    EXPECT_FALSE(item->text(1).contains(stageKey(t.to))) << item->text(1).toStdString();
    EXPECT_TRUE(item->toolTip(1).contains(stageDisplayName(t.to)))
        << item->toolTip(1).toStdString();
    ASSERT_EQ(item->childCount(), 1);
    QTreeWidgetItem *why = item->child(0);
    EXPECT_TRUE(why->isFirstColumnSpanned());
    EXPECT_TRUE(item->isExpanded());
    const QString trigger = triggerById(t.triggerId)->text;
    EXPECT_TRUE(why->text(0).contains(trigger)) << why->text(0).toStdString();
    EXPECT_TRUE(why->text(0).contains(t.reason));
    EXPECT_TRUE(why->toolTip(0).contains(trigger));
    EXPECT_TRUE(why->toolTip(0).contains(t.reason));
}

TEST(IdeaEditor, RatersCanBeAddedRenamedRemovedAndEditedSeparately)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const qint64 id = addBlankIdea(s.document);
    editor.setIdeaId(id);
    editor.addRater(QStringLiteral("Ana"));
    editor.addRater(QStringLiteral("Ben"));
    ASSERT_EQ(s.document.idea(id)->raters.size(), 2);
    EXPECT_EQ(editor.currentRater(), 1);
    AnswerScale *answer
        = child<AnswerScale>(editor, QStringLiteral("answer_%1").arg(questions().at(0).id));
    QTest::mouseClick(answer->button(5), Qt::LeftButton);
    editor.setCurrentRater(0);
    EXPECT_EQ(answer->value(), 0);
    QTest::mouseClick(answer->button(1), Qt::LeftButton);
    EXPECT_EQ(s.document.idea(id)->raters.at(0).answers[0], 1);
    EXPECT_EQ(s.document.idea(id)->raters.at(1).answers[0], 5);
    const QString aggregate
        = child<QLabel>(editor, QStringLiteral("aggregate_%1").arg(questions().at(0).id))->text();
    // Words, not symbols that read as placeholders: "median 3.0 (1–5)".
    EXPECT_FALSE(aggregate.contains(QStringLiteral("Ø"))) << aggregate.toStdString();
    EXPECT_TRUE(aggregate.contains(QStringLiteral("median"))) << aggregate.toStdString();
    EXPECT_TRUE(aggregate.contains(QStringLiteral("1–5"))) << aggregate.toStdString();
    editor.renameRater(0, QStringLiteral("Ana B."));
    EXPECT_EQ(s.document.idea(id)->raters.at(0).name, QStringLiteral("Ana B."));
    editor.removeRater(1);
    ASSERT_EQ(s.document.idea(id)->raters.size(), 1);
    s.document.undoStack()->undo();
    EXPECT_EQ(s.document.idea(id)->raters.size(), 2);
}

TEST(IdeaEditor, AddRaterDialogIsWideEnoughForItsTitle)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    editor.show();
    editor.setIdeaId(s.document.portfolio().ideas.first().id);
    int width = 0;
    int titleWidth = 0;
    QTimer::singleShot(0, &editor, [&] {
        auto *dialog = editor.findChild<QInputDialog *>();
        if (!dialog)
            return;
        width = dialog->width();
        titleWidth = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle());
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addRaterButton")), Qt::LeftButton);
    // Room for the title beside a window manager's buttons.
    EXPECT_GE(width, titleWidth * 2 + 160);
}

TEST(IdeaEditor, AccuracyRequirementShowsTheCostFactorAssumption)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    editor.show();
    const qint64 id = addBlankIdea(s.document);
    editor.setIdeaId(id);
    child<QCheckBox>(editor, QStringLiteral("accuracyCheck"))->setChecked(true);
    QLineEdit *accuracy = child<QLineEdit>(editor, QStringLiteral("accuracyEdit"));
    ASSERT_NE(accuracy, nullptr);
    QTest::keyClicks(accuracy, QStringLiteral("0.99"));
    QTest::keyClick(accuracy, Qt::Key_Return);
    ASSERT_TRUE(s.document.idea(id)->accuracyRequirement.has_value());
    EXPECT_DOUBLE_EQ(*s.document.idea(id)->accuracyRequirement, 0.99);
    const QString label = child<QLabel>(editor, QStringLiteral("costFactorLabel"))->text();
    EXPECT_TRUE(label.contains(QStringLiteral("4.00"))) << label.toStdString(); // 2 ^ 2 nines
    EXPECT_TRUE(label.contains(QStringLiteral("assumption"))) << label.toStdString();
}

TEST(IdeaEditor, AccuracyIsTypedWholeAndRecordedOnceOnEnter)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    editor.show();
    const qint64 id = addBlankIdea(s.document);
    editor.setIdeaId(id);
    child<QCheckBox>(editor, QStringLiteral("accuracyCheck"))->setChecked(true);
    QLineEdit *accuracy = child<QLineEdit>(editor, QStringLiteral("accuracyEdit"));
    ASSERT_NE(accuracy, nullptr);
    const int steps = s.document.undoStack()->count();
    accuracy->setFocus();
    QTest::keyClicks(accuracy, QStringLiteral("0.995"));
    EXPECT_EQ(accuracy->text(), QStringLiteral("0.995")); // nothing reformatted while typing
    EXPECT_FALSE(s.document.idea(id)->accuracyRequirement.has_value());
    QTest::keyClick(accuracy, Qt::Key_Return);
    ASSERT_TRUE(s.document.idea(id)->accuracyRequirement.has_value());
    EXPECT_DOUBLE_EQ(*s.document.idea(id)->accuracyRequirement, 0.995);
    EXPECT_EQ(accuracy->text(), QStringLiteral("0.995"));
    EXPECT_EQ(s.document.undoStack()->count(), steps + 1);

    // Five nines stay five nines, in the field and in the explanation.
    accuracy->selectAll();
    QTest::keyClicks(accuracy, QStringLiteral("0.99999"));
    QTest::keyClick(accuracy, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(*s.document.idea(id)->accuracyRequirement, 0.99999);
    editor.setIdeaId(0);
    editor.setIdeaId(id);
    EXPECT_EQ(accuracy->text(), QStringLiteral("0.99999"));
    EXPECT_TRUE(child<QLabel>(editor, QStringLiteral("costFactorLabel"))
                    ->text()
                    .contains(QStringLiteral("0.99999")));

    // Out of range: said so, nothing recorded, the text kept for correcting.
    accuracy->selectAll();
    QTest::keyClicks(accuracy, QStringLiteral("1.5"));
    QTest::keyClick(accuracy, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(*s.document.idea(id)->accuracyRequirement, 0.99999);
    QLabel *error = child<QLabel>(editor, QStringLiteral("editorError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("1.5"))) << error->text().toStdString();
    EXPECT_EQ(accuracy->text(), QStringLiteral("1.5"));
}

TEST(IdeaEditor, ClearOverrideButton)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const qint64 id = s.document.portfolio().ideas.first().id;
    editor.setIdeaId(id);
    QPushButton *clear = child<QPushButton>(editor, QStringLiteral("clearOverrideButton"));
    if (s.document.idea(id)->manualOverride.isSet()) {
        ASSERT_TRUE(s.document.clearOverride(id).ok());
    }
    EXPECT_FALSE(clear->isEnabled());
    ManualOverride o;
    o.impact = 2.0;
    o.note = QStringLiteral("gut feeling");
    ASSERT_TRUE(s.document.setOverride(id, o).ok());
    EXPECT_TRUE(clear->isEnabled());
    EXPECT_TRUE(child<QLabel>(editor, QStringLiteral("overrideLabel"))
                    ->text()
                    .contains(QStringLiteral("gut feeling")));
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_FALSE(s.document.idea(id)->manualOverride.isSet());
    s.document.undoStack()->undo();
    EXPECT_TRUE(s.document.idea(id)->manualOverride.isSet());
}

TEST(IdeaEditor, ShelvingAsksForAReasonThatCanBeTyped)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    editor.show();
    const qint64 id = activeIn(s.document, Stage::Planning).id;
    editor.setIdeaId(id);
    QComboBox *outcome = child<QComboBox>(editor, QStringLiteral("outcomeCombo"));
    QLineEdit *reason = child<QLineEdit>(editor, QStringLiteral("outcomeReasonEdit"));
    QLabel *error = child<QLabel>(editor, QStringLiteral("editorError"));
    EXPECT_FALSE(reason->isEnabled()); // not needed while the project is active

    outcome->setCurrentIndex(outcome->findData(int(Outcome::Shelved)));
    EXPECT_EQ(s.document.idea(id)->lifecycle.outcome, Outcome::Active); // waits for the reason
    EXPECT_TRUE(reason->isEnabled());
    EXPECT_TRUE(error->isHidden()); // a question, not an error

    // Changing one's mind: back to Active leaves nothing behind.
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Active)));
    EXPECT_FALSE(reason->isEnabled());
    EXPECT_TRUE(error->isHidden());
    EXPECT_EQ(s.document.idea(id)->lifecycle.outcome, Outcome::Active);
    EXPECT_EQ(s.document.undoStack()->count(), 0);

    outcome->setCurrentIndex(outcome->findData(int(Outcome::Shelved)));
    QTest::keyClicks(reason, QStringLiteral("No labels available"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(s.document.idea(id)->lifecycle.outcome, Outcome::Shelved);
    EXPECT_EQ(s.document.idea(id)->lifecycle.outcomeReason, QStringLiteral("No labels available"));
    EXPECT_EQ(outcome->currentData().toInt(), int(Outcome::Shelved));
    EXPECT_TRUE(reason->isEnabled());
    EXPECT_TRUE(error->isHidden());

    outcome->setCurrentIndex(outcome->findData(int(Outcome::Active)));
    EXPECT_EQ(s.document.idea(id)->lifecycle.outcome, Outcome::Active);
    EXPECT_FALSE(reason->isEnabled());
    EXPECT_TRUE(error->isHidden());
}

TEST(MoveStageDialog, BackwardMoveNeedsATriggerOrReason)
{
    SampleDocument s;
    const Idea idea = activeIn(s.document, Stage::Training);
    MoveStageDialog dialog(&s.document, idea.id);
    dialog.setTarget(Stage::Data);
    QComboBox *trigger = child<QComboBox>(dialog, QStringLiteral("trigger"));
    // "choose", the course's triggers for the pair, and "another reason"
    ASSERT_GE(trigger->count(), 3);
    // Nothing is chosen for the user: accepting at once records no trigger, it is refused.
    EXPECT_TRUE(trigger->currentData().toString().isEmpty());
    EXPECT_TRUE(dialog.request().triggerId.isEmpty());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(child<QLabel>(dialog, QStringLiteral("moveError"))->isHidden());
    EXPECT_TRUE(*s.document.idea(idea.id) == idea);

    trigger->setCurrentIndex(trigger->count() - 1);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(*s.document.idea(idea.id) == idea);

    trigger->setCurrentIndex(1);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(s.document.idea(idea.id)->lifecycle.stage, Stage::Data);
    EXPECT_FALSE(trigger->itemData(1).toString().isEmpty());
    EXPECT_EQ(s.document.idea(idea.id)->lifecycle.history.last().triggerId,
              trigger->itemData(1).toString());
}

TEST(MoveStageDialog, GrowsToShowTheWholeRefusal)
{
    SampleDocument s;
    Idea idea = activeIn(s.document, Stage::Planning);
    idea.checklist.clear();
    ASSERT_TRUE(s.document.editIdea(idea, QStringLiteral("clear checklist")).ok());
    MoveStageDialog dialog(&s.document, idea.id);
    dialog.show();
    dialog.setTarget(Stage::Data);
    const int before = dialog.height();
    dialog.accept();
    QLabel *error = child<QLabel>(dialog, QStringLiteral("moveError"));
    ASSERT_FALSE(error->isHidden());
    QApplication::processEvents();
    EXPECT_GT(dialog.height(), before);
    // The message has the height its wrapped lines need, and every field its own.
    EXPECT_GE(error->height(), error->heightForWidth(error->width()));
    for (QWidget *field : dialog.findChildren<QWidget *>()) {
        if (field->isVisible()
            && (qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field))) {
            EXPECT_GE(field->height(), field->sizeHint().height())
                << field->objectName().toStdString();
        }
    }
}

TEST(MoveStageDialog, WhoDefaultsToTheUserAndRemembersTheLastName)
{
    const QByteArray user = qgetenv("USER");
    const QByteArray username = qgetenv("USERNAME");
    const QByteArray logname = qgetenv("LOGNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    qunsetenv("LOGNAME");
    UiSettings::instance().lastUserName.reset();
    SampleDocument s;
    const Idea idea = activeIn(s.document, Stage::Training);
    {
        MoveStageDialog dialog(&s.document, idea.id);
        // Nothing known about the person moving it: ask, rather than write the owner's name.
        EXPECT_TRUE(child<QLineEdit>(dialog, QStringLiteral("who"))->text().isEmpty());
    }
    qputenv("USERNAME", "winuser");
    {
        MoveStageDialog dialog(&s.document, idea.id);
        EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("who"))->text(),
                  QStringLiteral("winuser"));
    }
    qputenv("USER", "unixuser");
    {
        MoveStageDialog dialog(&s.document, idea.id);
        QLineEdit *who = child<QLineEdit>(dialog, QStringLiteral("who"));
        EXPECT_EQ(who->text(), QStringLiteral("unixuser"));
        who->setText(QStringLiteral("Dana Park"));
        dialog.setTarget(Stage::Deploying);
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(s.document.idea(idea.id)->lifecycle.history.last().who,
                  QStringLiteral("Dana Park"));
    }
    {
        MoveStageDialog dialog(&s.document, idea.id);
        EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("who"))->text(),
                  QStringLiteral("Dana Park"));
    }
    UiSettings::instance().lastUserName.reset();
    user.isNull() ? qunsetenv("USER") : qputenv("USER", user);
    username.isNull() ? qunsetenv("USERNAME") : qputenv("USERNAME", username);
    logname.isNull() ? qunsetenv("LOGNAME") : qputenv("LOGNAME", logname);
}

TEST(MoveStageDialog, LeavingPlanningAsksForTheChecklistOrAnOverride)
{
    SampleDocument s;
    Idea idea = activeIn(s.document, Stage::Planning);
    idea.checklist.clear();
    ASSERT_TRUE(s.document.editIdea(idea, QStringLiteral("clear checklist")).ok());
    MoveStageDialog dialog(&s.document, idea.id);
    dialog.setTarget(Stage::Data);
    QLineEdit *note = child<QLineEdit>(dialog, QStringLiteral("checklistOverrideNote"));
    EXPECT_FALSE(note->isHidden());
    dialog.accept();
    EXPECT_FALSE(child<QLabel>(dialog, QStringLiteral("moveError"))->isHidden());
    EXPECT_EQ(s.document.idea(idea.id)->lifecycle.stage, Stage::Planning);
    note->setText(QStringLiteral("pilot agreed with the sponsor"));
    dialog.accept();
    EXPECT_EQ(s.document.idea(idea.id)->lifecycle.stage, Stage::Data);
}

TEST(MoveStageDialog, SeveralProjectsMoveAsOneStep)
{
    SampleDocument s;
    QList<qint64> ids;
    for (const Idea &idea : s.document.portfolio().ideas) {
        if (idea.lifecycle.stage == Stage::Planning && idea.lifecycle.outcome == Outcome::Active
            && ids.size() < 2)
            ids << idea.id;
    }
    ASSERT_EQ(ids.size(), 2);
    const int steps = s.document.undoStack()->count();
    MoveStageDialog dialog(&s.document, ids);
    dialog.setTarget(Stage::Data);
    QLineEdit *note = child<QLineEdit>(dialog, QStringLiteral("checklistOverrideNote"));
    if (!note->isHidden())
        note->setText(QStringLiteral("sponsor agreed"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, QStringLiteral("moveError"))->text().toStdString();
    for (qint64 id : ids)
        EXPECT_EQ(s.document.idea(id)->lifecycle.stage, Stage::Data);
    EXPECT_EQ(s.document.undoStack()->count(), steps + 1);
    s.document.undoStack()->undo();
    for (qint64 id : ids)
        EXPECT_EQ(s.document.idea(id)->lifecycle.stage, Stage::Planning);
}

TEST(SettingsDialog, PreviewsLiveAndCommitsOneUndoableStep)
{
    SampleDocument s;
    const ScoringConfig original = s.document.portfolio().config;
    const QList<RankedIdea> ranking = s.document.ranking();
    SettingsDialog dialog(&s.document);
    QSignalSpy writes(&s.document, &Document::settingsChanged);
    child<QDoubleSpinBox>(dialog, QStringLiteral("impactThreshold"))->setValue(8.0);
    EXPECT_DOUBLE_EQ(s.document.portfolio().config.impactThreshold, 8.0); // live
    child<QDoubleSpinBox>(dialog, QStringLiteral("driverWeight_data"))->setValue(0.0);
    child<QDoubleSpinBox>(dialog, QStringLiteral("driverWeight_difficulty"))->setValue(10.0);
    // Previewing shows; it records nothing (a crash now would leave the file as it was).
    EXPECT_TRUE(s.file().config == original);
    EXPECT_EQ(s.document.undoStack()->count(), 0);
    writes.clear();
    dialog.accept();
    EXPECT_EQ(writes.count(), 1); // one change on OK: no writing back and forth
    EXPECT_EQ(s.document.undoStack()->count(), 1);
    EXPECT_DOUBLE_EQ(s.document.portfolio().config.impactThreshold, 8.0);
    EXPECT_DOUBLE_EQ(s.document.portfolio().config.driverWeights[2], 10.0);
    bool reranked = false;
    for (int i = 0; i < ranking.size(); ++i)
        reranked = reranked || ranking.at(i).index != s.document.ranking().at(i).index;
    EXPECT_TRUE(reranked);
    EXPECT_TRUE(s.file().config == s.document.portfolio().config);

    s.document.undoStack()->undo();
    EXPECT_TRUE(s.document.portfolio().config == original);
    EXPECT_TRUE(s.file().config == original);
}

TEST(SettingsDialog, CancelPutsTheOldSettingsBack)
{
    SampleDocument s;
    const ScoringConfig original = s.document.portfolio().config;
    SettingsDialog dialog(&s.document);
    child<QDoubleSpinBox>(dialog, QStringLiteral("costBase"))->setValue(3.0);
    child<QLineEdit>(dialog, QStringLiteral("quadrantName_0"))->setText(QStringLiteral("Now!"));
    emit child<QLineEdit>(dialog, QStringLiteral("quadrantName_0"))->editingFinished();
    EXPECT_EQ(s.document.portfolio().config.quadrantNames[0], QStringLiteral("Now!"));
    EXPECT_TRUE(s.file().config == original);
    dialog.reject();
    EXPECT_TRUE(s.document.portfolio().config == original);
    EXPECT_EQ(s.document.undoStack()->count(), 0);
    EXPECT_TRUE(s.file().config == original);
}

TEST(SettingsDialog, NumbersPreviewAsTheyAreTyped)
{
    SampleDocument s;
    SettingsDialog dialog(&s.document);
    dialog.show();
    QDoubleSpinBox *threshold = child<QDoubleSpinBox>(dialog, QStringLiteral("impactThreshold"));
    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("7"));
    EXPECT_DOUBLE_EQ(s.document.portfolio().config.impactThreshold, 7.0); // before Enter
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("quadrantName_0")),
                     QStringLiteral("!"));
    EXPECT_TRUE(s.document.portfolio().config.quadrantNames[0].endsWith(QLatin1Char('!')));
    dialog.reject();
}

// Eight tabs in the ~400 px panel: every tab stays in view (no scroll arrows hiding the last
// ones); a title shortened to fit is named in full by its tool tip; a wider panel shows the
// titles whole.
TEST(IdeaEditor, EveryTabStaysInViewInTheNarrowPanel)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    editor.setIdeaId(s.document.portfolio().ideas.first().id);
    editor.resize(400, 700);
    editor.show();
    QApplication::processEvents();
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), 8);
    EXPECT_FALSE(tabs->usesScrollButtons());
    const QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < tabs->count(); ++i) {
        EXPECT_LE(bar->tabRect(i).right(), bar->width()) << i;
        QString shown = bar->tabText(i);
        if (shown.endsWith(QChar(0x2026)))
            shown.chop(1);
        EXPECT_TRUE(tabs->tabToolTip(i).startsWith(shown)) << tabs->tabToolTip(i).toStdString();
    }
    EXPECT_EQ(bar->tabText(0), QStringLiteral("Idea"));

    editor.resize(900, 700);
    QApplication::processEvents();
    EXPECT_EQ(bar->tabText(6), QStringLiteral("Readiness"));
    EXPECT_EQ(bar->tabText(7), QStringLiteral("History"));
}
