// Two people change the same field of an idea: the second is asked, with both values, and
// chooses (keep theirs, or apply mine over theirs: an overwrite on record). Undo undoes my change
// only, and asks before taking back a field someone changed since; undoing an import on a shared
// portfolio takes back only what the import did. The store is the in-memory one taking several
// writers, as a server does.
#include "twodocuments.h"

#include "core/io/jsonformat.h"
#include "ui/dialogs/conflictdialog.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class Conflicts : public TwoDocuments
{
protected:
    void SetUp() override
    {
        open(samplePortfolio(clock.now()), false, true);
        id = colleague.portfolio().ideas.at(0).id;
        original = *colleague.idea(id);
        viewer.setConflictResolver([this](const ConflictQuestion &question) {
            questions << question;
            return answer;
        });
    }

    Status rename(Document &document, const QString &name)
    {
        Idea changed = *document.idea(id);
        changed.name = name;
        return document.editIdea(changed, QStringLiteral("Rename"));
    }
    const Idea &stored() { return *shelf.portfolios[kTeam].find(id); }
    QList<FieldChange> log(qint64 ideaId)
    {
        ChangeQuery query;
        query.ideaId = ideaId;
        return *viewer.changes(query);
    }

    qint64 id = 0;
    Idea original;
    QList<ConflictQuestion> questions;
    ConflictChoice answer = ConflictChoice::KeepTheirs;
};

TEST_F(Conflicts, TheSameFieldAsksWithBothValuesAndKeepingTheirsWritesNothing)
{
    ASSERT_TRUE(rename(colleague, QStringLiteral("Theirs")).ok());
    const int logged = int(log(id).size());
    const Status kept = rename(viewer, QStringLiteral("Mine")); // from the name before theirs
    ASSERT_EQ(questions.size(), 1);
    const ConflictQuestion &q = questions.first();
    EXPECT_FALSE(q.undoing);
    ASSERT_EQ(q.conflicts.size(), 1);
    EXPECT_EQ(q.conflicts.first().field, QStringLiteral("name"));
    EXPECT_EQ(q.conflicts.first().theirsValue, QStringLiteral("Theirs"));
    EXPECT_EQ(q.conflicts.first().mineValue, QStringLiteral("Mine"));
    ASSERT_EQ(q.theirChanges.size(), 1);
    EXPECT_EQ(q.theirChanges.first().newValue, QStringLiteral("Theirs")); // who and when
    EXPECT_EQ(q.theirChanges.first().who, shelf.who);

    ASSERT_FALSE(kept.ok()); // the edit says it was not saved, and why
    EXPECT_TRUE(kept.error().message.contains(QStringLiteral("kept")));
    EXPECT_EQ(stored().name, QStringLiteral("Theirs"));
    EXPECT_EQ(viewer.idea(id)->name, QStringLiteral("Theirs")); // shown at once
    EXPECT_EQ(viewer.undoStack()->count(), 0);
    EXPECT_EQ(int(log(id).size()), logged); // nothing of mine recorded
}

TEST_F(Conflicts, ApplyingMineOverwritesThatFieldOnlyAndIsOnRecord)
{
    // They renamed it and changed its owner; I rename it too.
    Idea theirs = *colleague.idea(id);
    theirs.name = QStringLiteral("Theirs");
    theirs.owner = QStringLiteral("Bob");
    ASSERT_TRUE(colleague.editIdea(theirs, QStringLiteral("Edit")).ok());
    answer = ConflictChoice::ApplyMine;
    ASSERT_TRUE(rename(viewer, QStringLiteral("Mine")).ok());
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(stored().name, QStringLiteral("Mine"));
    EXPECT_EQ(stored().owner, QStringLiteral("Bob")); // their other change stays
    EXPECT_TRUE(*viewer.idea(id) == stored());
    const FieldChange newest = log(id).first();
    EXPECT_EQ(newest.field, QStringLiteral("name"));
    EXPECT_EQ(newest.oldValue, QStringLiteral("Theirs"));
    EXPECT_EQ(newest.newValue, QStringLiteral("Mine"));
    EXPECT_EQ(viewer.undoStack()->count(), 1);
}

TEST_F(Conflicts, WithoutAResolverTheRefusalNamesBothValues)
{
    viewer.setConflictResolver({});
    ASSERT_TRUE(rename(colleague, QStringLiteral("Theirs")).ok());
    const Status refused = rename(viewer, QStringLiteral("Mine"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Theirs")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Mine")));
    EXPECT_EQ(stored().name, QStringLiteral("Theirs"));
}

TEST_F(Conflicts, TheDialogShowsBothValuesAndItsButtonsChoose)
{
    ASSERT_TRUE(rename(colleague, QStringLiteral("Theirs")).ok());
    QStringList shown;
    viewer.setConflictResolver([&](const ConflictQuestion &question) {
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            QTableWidget *fields = dialog->fields();
            ASSERT_EQ(fields->rowCount(), 1);
            for (int c = 0; c < 3; ++c)
                shown << fields->item(0, c)->text();
            EXPECT_TRUE(dialog->keepTheirsButton()->isDefault()); // Enter keeps theirs
            dialog->applyMineButton()->click();
        });
        return askAboutConflict(question, viewer.portfolio().config, nullptr);
    });
    ASSERT_TRUE(rename(viewer, QStringLiteral("Mine")).ok());
    ASSERT_EQ(shown.size(), 3);
    EXPECT_EQ(shown.at(0), QStringLiteral("Name"));
    EXPECT_TRUE(shown.at(1).startsWith(QStringLiteral("Theirs (memory, ")))
        << shown.at(1).toStdString();
    EXPECT_EQ(shown.at(2), QStringLiteral("Mine"));
    EXPECT_EQ(stored().name, QStringLiteral("Mine"));
}

TEST_F(Conflicts, UndoTakesBackMyChangeOnlyAndKeepsTheirsInOtherFields)
{
    Idea mine = *viewer.idea(id);
    mine.owner = QStringLiteral("Me");
    ASSERT_TRUE(viewer.editIdea(mine, QStringLiteral("Owner")).ok());
    ASSERT_TRUE(colleague.refreshFromStore().ok());
    Idea theirs = *colleague.idea(id);
    theirs.description = QStringLiteral("Their description");
    ASSERT_TRUE(colleague.editIdea(theirs, QStringLiteral("Describe")).ok());
    ASSERT_TRUE(viewer.refreshFromStore().ok()); // the window shows their change

    viewer.undoStack()->undo();
    EXPECT_TRUE(questions.isEmpty()); // no field of mine was changed since
    EXPECT_EQ(stored().owner, original.owner);
    EXPECT_EQ(stored().description, QStringLiteral("Their description"));
    EXPECT_TRUE(*viewer.idea(id) == stored());
}

TEST_F(Conflicts, UndoingAFieldSomeoneChangedSinceAsksFirst)
{
    ASSERT_TRUE(rename(viewer, QStringLiteral("Mine")).ok());
    ASSERT_TRUE(colleague.refreshFromStore().ok());
    ASSERT_TRUE(rename(colleague, QStringLiteral("Theirs")).ok());
    ASSERT_TRUE(viewer.refreshFromStore().ok()); // shown: without asking, undo would overwrite

    viewer.undoStack()->undo(); // keep theirs
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().undoing);
    EXPECT_EQ(questions.first().conflicts.first().theirsValue, QStringLiteral("Theirs"));
    EXPECT_EQ(questions.first().conflicts.first().mineValue, original.name); // what undo restores
    EXPECT_EQ(stored().name, QStringLiteral("Theirs"));
    EXPECT_EQ(viewer.undoStack()->count(), 0); // the step is gone: there is nothing of mine left

    // Asked again, undoing anyway restores my earlier value over theirs.
    ASSERT_TRUE(rename(viewer, QStringLiteral("Mine again")).ok());
    ASSERT_TRUE(colleague.refreshFromStore().ok());
    ASSERT_TRUE(rename(colleague, QStringLiteral("Theirs again")).ok());
    answer = ConflictChoice::ApplyMine;
    viewer.undoStack()->undo();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(stored().name, QStringLiteral("Theirs"));
    EXPECT_EQ(log(id).first().newValue, QStringLiteral("Theirs")); // on record
    EXPECT_EQ(viewer.undoStack()->index(), 0);
}

TEST_F(Conflicts, UndoingTheAddOfAnIdeaSomeoneChangedSinceAsksFirst)
{
    Idea added;
    added.name = QStringLiteral("Mine, new");
    ASSERT_TRUE(viewer.addIdea(added).ok());
    const qint64 addedId = viewer.portfolio().ideas.last().id;
    ASSERT_TRUE(colleague.refreshFromStore().ok());
    Idea theirs = *colleague.idea(addedId);
    theirs.owner = QStringLiteral("Bob");
    ASSERT_TRUE(colleague.editIdea(theirs, QStringLiteral("Owner")).ok());

    viewer.undoStack()->undo(); // keep it
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().removing);
    ASSERT_EQ(questions.first().conflicts.size(), 1);
    EXPECT_EQ(questions.first().conflicts.first().field, QStringLiteral("owner"));
    EXPECT_EQ(questions.first().conflicts.first().theirsValue, QStringLiteral("Bob"));
    ASSERT_NE(shelf.portfolios[kTeam].find(addedId), nullptr);
    EXPECT_EQ(viewer.undoStack()->count(), 0);

    // An idea nobody changed since goes without a question; one removed anyway is gone.
    Idea another;
    another.name = QStringLiteral("Mine, untouched");
    ASSERT_TRUE(viewer.addIdea(another).ok());
    const qint64 anotherId = viewer.portfolio().ideas.last().id;
    viewer.undoStack()->undo();
    EXPECT_EQ(questions.size(), 1);
    EXPECT_EQ(shelf.portfolios[kTeam].find(anotherId), nullptr);
}

TEST_F(Conflicts, RedoingAnAddNeverWritesOverAnIdeaThatTookItsNumberSince)
{
    Idea mine;
    mine.name = QStringLiteral("Mine, added then undone");
    ASSERT_TRUE(viewer.addIdea(mine).ok());
    const qint64 number = viewer.portfolio().ideas.last().id;
    viewer.undoStack()->undo();
    ASSERT_EQ(shelf.portfolios[kTeam].find(number), nullptr);

    // A colleague adds an idea meanwhile; the store gives it the number mine had.
    ASSERT_TRUE(colleague.refreshFromStore().ok());
    Idea theirs;
    theirs.name = QStringLiteral("Theirs, \"새\" idea");
    ASSERT_TRUE(colleague.addIdea(theirs).ok());
    ASSERT_EQ(colleague.portfolio().ideas.last().id, number);

    // Redo, before this window has heard of theirs: refused, naming it; theirs stays.
    QSignalSpy errors(&viewer, &Document::errorOccurred);
    viewer.undoStack()->redo();
    ASSERT_NE(shelf.portfolios[kTeam].find(number), nullptr);
    EXPECT_EQ(shelf.portfolios[kTeam].find(number)->name, theirs.name);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(theirs.name))
        << errors.at(0).at(0).toString().toStdString();
    EXPECT_EQ(viewer.idea(number), nullptr);
}

TEST_F(Conflicts, UndoingAnImportKeepsColleaguesIdeasAndTheirChanges)
{
    // I import a whole portfolio: two of its ideas are new.
    Portfolio imported = viewer.portfolio();
    const qint64 changedByImport = imported.ideas.at(1).id;
    const qint64 touchedLater = imported.ideas.at(2).id;
    imported.ideas[1].description = QStringLiteral("From the import");
    imported.ideas[2].description = QStringLiteral("From the import too");
    const qint64 next = imported.nextId();
    Idea a;
    a.id = next;
    a.name = QStringLiteral("Imported A");
    Idea b;
    b.id = next + 1;
    b.name = QStringLiteral("Imported B");
    imported.ideas << a << b;
    const QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("import.json"));
    {
        QFile file(json);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(io::exportJson(imported));
    }
    const Portfolio beforeImport = viewer.portfolio();
    ASSERT_TRUE(viewer.importFile(json).ok());

    // Meanwhile a colleague adds an idea, changes one the import added and one it changed.
    ASSERT_TRUE(colleague.refreshFromStore().ok());
    Idea theirs;
    theirs.name = QStringLiteral("A colleague's idea");
    ASSERT_TRUE(colleague.addIdea(theirs).ok());
    const qint64 theirsId = colleague.portfolio().ideas.last().id;
    Idea renamed = *colleague.idea(b.id);
    renamed.name = QStringLiteral("Imported B, renamed by a colleague");
    ASSERT_TRUE(colleague.editIdea(renamed, QStringLiteral("Rename")).ok());
    Idea described = *colleague.idea(touchedLater);
    described.description = QStringLiteral("A colleague's description");
    ASSERT_TRUE(colleague.editIdea(described, QStringLiteral("Describe")).ok());

    QSignalSpy explained(&viewer, &Document::explained);
    viewer.undoStack()->undo();
    const Portfolio &now = shelf.portfolios[kTeam];
    EXPECT_NE(now.find(theirsId), nullptr); // a colleague's idea stays
    EXPECT_EQ(now.find(a.id), nullptr);     // the import's own addition goes
    ASSERT_NE(now.find(b.id), nullptr);     // changed since: theirs, kept
    EXPECT_EQ(now.find(b.id)->name, renamed.name);
    EXPECT_EQ(now.find(changedByImport)->description, // taken back
              beforeImport.find(changedByImport)->description);
    EXPECT_EQ(now.find(touchedLater)->description, QStringLiteral("A colleague's description"));
    ASSERT_EQ(explained.count(), 1); // and the window says which were kept
    const QString message = explained.first().at(1).toString();
    EXPECT_TRUE(message.contains(renamed.name)) << message.toStdString();
    EXPECT_TRUE(message.contains(described.name)) << message.toStdString();
    EXPECT_TRUE(viewer.portfolio() == now); // the window shows what is stored
}

} // namespace
