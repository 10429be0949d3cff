// The window shows what the user's login may not change instead of letting them try: a store
// that allows a rater only their own answers (as a shared portfolio's server does) leaves the
// idea's fields and the window's editing actions locked, each saying why, and only that rater's
// answers open to change. The store here only reports the permissions; the server enforces them
// (tests/storage/contract/pgroles_test.cpp).
#include "memorystore.h"
#include "uitestsupport.h"

#include "ui/editor/ideaeditor.h"
#include "ui/window/windowactions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class LimitedLogin : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Portfolio portfolio = samplePortfolio(clock.now());
        Idea &idea = portfolio.ideas.first();
        idea.raters = { Rater { QStringLiteral("Bob"), {} }, Rater { QStringLiteral("Ann"), {} } };
        idea.raters[0].answers[0] = 2;
        idea.raters[1].answers[0] = 4;
        id = idea.id;
        shelf.portfolios.insert(kTeam, portfolio);
        shelf.permissions
            = PortfolioStore::Permissions { false, false, false, true, QStringLiteral("ann") };
        ASSERT_TRUE(document.openFile(kTeam).ok());
        editor.setIdeaId(id);
    }

    template<typename T> T *child(const QString &name)
    {
        T *w = editor.findChild<T *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    AnswerScale *firstAnswer() { return editor.findChildren<AnswerScale *>().first(); }

    const QString kTeam = QStringLiteral("memory:team");
    mlp::test::MemoryShelf shelf;
    mlp::test::MemoryStoreOpener opener { shelf };
    FakeClock clock { testNow() };
    Document document { clock, opener };
    IdeaEditor editor { &document };
    qint64 id = 0;
};

TEST_F(LimitedLogin, TheEditorOpensOnlyTheRatersOwnAnswers)
{
    // The login's own rater is shown first, its answers open to change.
    EXPECT_EQ(editor.currentRater(), 1);
    EXPECT_TRUE(firstAnswer()->isEnabled());
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("removeRaterButton"))->isEnabled());
    // The idea's fields are read-only and say why.
    auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
    EXPECT_TRUE(name->isReadOnly());
    EXPECT_TRUE(name->toolTip().contains(QStringLiteral("“ann” may not change the ideas")))
        << name->toolTip().toStdString();
    EXPECT_TRUE(child<QPlainTextEdit>(QStringLiteral("descriptionEdit"))->isReadOnly());
    EXPECT_FALSE(child<QComboBox>(QStringLiteral("archetypeCombo"))->isEnabled());
    EXPECT_FALSE(child<QLineEdit>(QStringLiteral("accuracyEdit"))->isEnabled()
                 && !child<QLineEdit>(QStringLiteral("accuracyEdit"))->isReadOnly());
    EXPECT_TRUE(child<QLabel>(QStringLiteral("accessNote"))
                    ->text()
                    .contains(QStringLiteral("may change only its own answers")));
    auto *rename = child<QPushButton>(QStringLiteral("renameRaterButton"));
    EXPECT_FALSE(rename->isEnabled());
    EXPECT_TRUE(rename->toolTip().contains(QStringLiteral("may not rename raters")));
    auto *add = child<QPushButton>(QStringLiteral("addRaterButton"));
    EXPECT_FALSE(add->isEnabled()); // a rater already
    // Whose rater it is can still be chosen, to read another's answers: locked, saying whose.
    EXPECT_TRUE(child<QComboBox>(QStringLiteral("raterCombo"))->isEnabled());
    editor.setCurrentRater(0);
    EXPECT_FALSE(firstAnswer()->isEnabled());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("removeRaterButton"))->isEnabled());
    EXPECT_TRUE(firstAnswer()->toolTip().contains(QStringLiteral("answers of “Bob”")))
        << firstAnswer()->toolTip().toStdString();

    // What is open is what the store takes: the answer is saved under the login's rater.
    editor.setCurrentRater(1);
    firstAnswer()->setValue(5);
    emit firstAnswer()->answered(5);
    EXPECT_EQ(shelf.portfolios[kTeam].find(id)->raters[1].answers[0], 5);
}

TEST_F(LimitedLogin, ARaterNotYetAmongTheRatersAddsThemselves)
{
    Idea idea = *document.idea(id);
    idea.raters.removeLast();
    ASSERT_TRUE(document.editIdea(idea, QStringLiteral("Remove Ann")).ok());
    editor.setIdeaId(0);
    editor.setIdeaId(id);
    auto *add = child<QPushButton>(QStringLiteral("addRaterButton"));
    ASSERT_TRUE(add->isEnabled());
    add->click(); // no name asked: the rater is the login
    ASSERT_EQ(document.idea(id)->raters.size(), 2);
    EXPECT_EQ(document.idea(id)->raters.last().name, QStringLiteral("ann"));
    EXPECT_EQ(editor.currentRater(), 1);
    EXPECT_TRUE(firstAnswer()->isEnabled());
}

TEST_F(LimitedLogin, WindowActionsTheLoginMayNotUseAreDisabledSayingWhy)
{
    QMainWindow window;
    WindowActions actions(&window, document.undoStack());
    actions.updateEnabled(true, document.permissions(), 1);
    for (QAction *action : { actions.addIdea, actions.duplicate, actions.remove, actions.moveStage,
                             actions.settings, actions.importFile }) {
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
        EXPECT_TRUE(action->toolTip().contains(QStringLiteral("“ann”")))
            << action->objectName().toStdString();
        EXPECT_EQ(action->statusTip(), action->toolTip());
    }
    EXPECT_TRUE(actions.settings->toolTip().contains(QStringLiteral("owner role")));
    EXPECT_TRUE(actions.exportFile->isEnabled());
    EXPECT_TRUE(actions.saveCopy->isEnabled());

    // Everything allowed: enabled, with their own tips again.
    actions.updateEnabled(true, PortfolioStore::Permissions {}, 1);
    for (QAction *action : { actions.addIdea, actions.duplicate, actions.remove, actions.moveStage,
                             actions.settings, actions.importFile }) {
        EXPECT_TRUE(action->isEnabled()) << action->objectName().toStdString();
        EXPECT_FALSE(action->toolTip().contains(QStringLiteral("“ann”")));
        EXPECT_FALSE(action->statusTip().contains(QStringLiteral("“ann”")));
    }
    EXPECT_EQ(actions.settings->statusTip(),
              QStringLiteral("Weights, quadrant thresholds and names, and the cost curve"));
}

TEST_F(LimitedLogin, AnEditorMayChangeEverythingButTheSettings)
{
    shelf.permissions
        = PortfolioStore::Permissions { true, false, true, true, QStringLiteral("erin") };
    editor.setIdeaId(0);
    editor.setIdeaId(id);
    EXPECT_FALSE(child<QLineEdit>(QStringLiteral("nameEdit"))->isReadOnly());
    EXPECT_TRUE(child<QLabel>(QStringLiteral("accessNote"))->isHidden());
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("renameRaterButton"))->isEnabled());
    editor.setCurrentRater(0);
    EXPECT_TRUE(firstAnswer()->isEnabled());
    EXPECT_FALSE(child<QPlainTextEdit>(QStringLiteral("descriptionEdit"))->isReadOnly());
    EXPECT_TRUE(child<QComboBox>(QStringLiteral("archetypeCombo"))->isEnabled());

    QMainWindow window;
    WindowActions actions(&window, document.undoStack());
    actions.updateEnabled(true, document.permissions(), 1);
    EXPECT_TRUE(actions.addIdea->isEnabled());
    EXPECT_TRUE(actions.moveStage->isEnabled());
    EXPECT_FALSE(actions.settings->isEnabled());
    EXPECT_FALSE(actions.importFile->isEnabled());
}

} // namespace
