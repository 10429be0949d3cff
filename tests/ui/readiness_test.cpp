// The editor's Readiness tab, the readiness warning of the move dialog and the gate setting.
#include "uitestsupport.h"

#include "ui/dialogs/movestagedialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/editor/ideaeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
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

const Idea &activeIn(const Document &d, Stage stage)
{
    for (const Idea &idea : d.portfolio().ideas) {
        if (idea.lifecycle.stage == stage && idea.lifecycle.outcome == Outcome::Active)
            return idea;
    }
    ADD_FAILURE();
    return d.portfolio().ideas.first();
}

const Idea &withReadiness(const Document &d)
{
    for (const Idea &idea : d.portfolio().ideas) {
        if (!idea.readiness.isEmpty())
            return idea;
    }
    ADD_FAILURE();
    return d.portfolio().ideas.first();
}

} // namespace

TEST(ReadinessTab, ShowsTheAnswersSectionSumsScoreAndWeakestSection)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const Idea idea = withReadiness(s.document);
    editor.setIdeaId(idea.id);
    int choices = 0;
    for (const ReadinessTest &test : readinessTests()) {
        auto *combo = child<QComboBox>(editor, QStringLiteral("readiness-") + test.id);
        ASSERT_NE(combo, nullptr);
        ++choices;
        EXPECT_EQ(combo->currentData().toInt(), int(readinessAnswer(idea.readiness, test.id)))
            << test.id.toStdString();
        EXPECT_TRUE(combo->toolTip().contains(test.description.toHtmlEscaped()));
    }
    EXPECT_EQ(choices, 28);
    const ReadinessScore score = readinessScore(idea.readiness);
    const QString text = child<QLabel>(editor, QStringLiteral("readinessScore"))->text();
    EXPECT_TRUE(text.contains(readinessPointsText(score.score))) << text.toStdString();
    EXPECT_TRUE(text.contains(weakestSectionsText(score))) << text.toStdString();
    EXPECT_TRUE(child<QGroupBox>(editor, QStringLiteral("readinessSection-data"))
                    ->title()
                    .contains(readinessPointsText(score.sections[0])));
}

// In the ~400 px panel the choices keep the width of "½" and the tests' names get the rest.
TEST(ReadinessTab, TheNamesGetThePanelsWidthNotTheChoices)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    editor.setIdeaId(withReadiness(s.document).id);
    editor.resize(400, 800);
    editor.show();
    auto *tabs = child<QTabWidget>(editor, QStringLiteral("editorTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabToolTip(i).startsWith(QStringLiteral("Readiness")))
            tabs->setCurrentIndex(i);
    }
    QApplication::processEvents();
    const ReadinessTest &first = readinessTests().first();
    auto *combo = child<QComboBox>(editor, QStringLiteral("readiness-") + first.id);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->width(), combo->sizeHint().width());
    int names = 0;
    for (QLabel *name : combo->parentWidget()->findChildren<QLabel *>()) {
        if (name->buddy() != combo)
            continue;
        ++names;
        EXPECT_GT(name->width(), 2 * combo->width()) << name->text().toStdString();
    }
    EXPECT_EQ(names, 1);
}

TEST(ReadinessTab, EachChoiceIsOneUndoableEditWrittenToTheFile)
{
    SampleDocument s;
    IdeaEditor editor(&s.document);
    const Idea idea = activeIn(s.document, Stage::Training);
    editor.setIdeaId(idea.id);
    const int before = s.document.undoStack()->count();
    auto *combo = child<QComboBox>(editor, QStringLiteral("readiness-infra-rollback"));
    combo->setCurrentIndex(combo->findData(int(ReadinessLevel::Automated)));
    EXPECT_EQ(s.document.undoStack()->count(), before + 1);
    EXPECT_EQ(
        readinessAnswer(s.document.idea(idea.id)->readiness, QStringLiteral("infra-rollback")),
        ReadinessLevel::Automated);
    EXPECT_TRUE(s.file() == s.memory());
    EXPECT_TRUE(child<QGroupBox>(editor, QStringLiteral("readinessSection-infrastructure"))
                    ->title()
                    .contains(QStringLiteral("1")));

    s.document.undoStack()->undo();
    EXPECT_TRUE(s.document.idea(idea.id)->readiness == idea.readiness);
    EXPECT_EQ(combo->currentData().toInt(),
              int(readinessAnswer(idea.readiness, QStringLiteral("infra-rollback"))));
    EXPECT_TRUE(s.file() == s.memory());
}

TEST(MoveStageDialog, MovingToDeployingWarnsWithTheScoreButMovesWhenTheGateIsOff)
{
    SampleDocument s;
    const Idea idea = activeIn(s.document, Stage::Training);
    MoveStageDialog dialog(&s.document, idea.id);
    dialog.setTarget(Stage::Deploying);
    auto *warning = child<QLabel>(dialog, QStringLiteral("readinessWarning"));
    EXPECT_FALSE(warning->isHidden());
    const ReadinessScore score = readinessScore(idea.readiness);
    EXPECT_TRUE(warning->text().contains(readinessWarningText(score)))
        << warning->text().toStdString();

    dialog.setTarget(Stage::Data);
    EXPECT_TRUE(warning->isHidden());
    dialog.setTarget(Stage::Deploying);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(s.document.idea(idea.id)->lifecycle.stage, Stage::Deploying);
}

TEST(MoveStageDialog, TheGateRefusesAMoveBelowTheMinimumAndTheDialogSaysWhy)
{
    SampleDocument s;
    ScoringConfig config = s.document.portfolio().config;
    config.readinessGate = ReadinessGate { true, 1.0 };
    ASSERT_TRUE(s.document.setSettings(s.document.portfolio().name, config).ok());
    const Idea idea = activeIn(s.document, Stage::Training);
    ASSERT_LT(readinessScore(idea.readiness).score, 1.0);
    MoveStageDialog dialog(&s.document, idea.id);
    dialog.setTarget(Stage::Deploying);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    auto *error = child<QLabel>(dialog, QStringLiteral("moveError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("weakest section")))
        << error->text().toStdString();
    EXPECT_EQ(s.document.idea(idea.id)->lifecycle.stage, Stage::Training);
}

TEST(SettingsDialog, TheReadinessGateIsAPortfolioSettingKeptInTheFile)
{
    SampleDocument s;
    EXPECT_FALSE(s.document.portfolio().config.readinessGate.gatesDeploying);
    SettingsDialog dialog(&s.document);
    child<QCheckBox>(dialog, QStringLiteral("readinessGate"))->setChecked(true);
    child<QDoubleSpinBox>(dialog, QStringLiteral("readinessMinimum"))->setValue(2.5);
    dialog.accept();
    EXPECT_TRUE(s.document.portfolio().config.readinessGate == (ReadinessGate { true, 2.5 }));
    EXPECT_TRUE(s.file().config == s.document.portfolio().config);
}
