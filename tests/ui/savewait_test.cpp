// A shared portfolio's saves run off the window's thread (storage/offthreadstore.h): while the
// "server" takes its time with a save, the window's event loop goes on (it paints, its timers
// run, the wait is told for a busy bar), an edit asked for meanwhile is refused with a reason,
// and a colleague's change told meanwhile is taken in only after the save returned.
#include "twodocuments.h"

#include "ui/document/storefollower.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <atomic>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class SaveWait : public TwoDocuments
{
protected:
    void SetUp() override { open(samplePortfolio(clock.now()), true, true); }
    void TearDown() override { gate.release(100); } // never leave a store's thread waiting

    // The next write the shelf gets waits until the gate is opened.
    void holdNextWrite()
    {
        armed = true;
        shelf.beforeWrite = [this] {
            if (armed.exchange(false))
                gate.acquire();
        };
    }

    QSemaphore gate;
    std::atomic<bool> armed { false };
};

TEST_F(SaveWait, TheWindowGoesOnWhileASaveWaitsAndTakesAColleaguesChangeAfterIt)
{
    StoreFollower follower { &viewer };
    QSignalSpy waiting(&viewer, &Document::storeWaiting);
    QSignalSpy changed(&viewer, &Document::ideaChanged);
    const qint64 mineId = viewer.portfolio().ideas.at(0).id;
    const qint64 theirsId = viewer.portfolio().ideas.at(1).id;
    Idea theirs = *colleague.idea(theirsId);
    theirs.name = QStringLiteral("동료가 바꾼 \"이름\"");

    Status nested = Ok {};
    bool colleagueSaved = false;
    int ticksWhileWaiting = 0;
    qsizetype changedDuringWait = -1;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (!viewer.isWaitingForStore())
            return;
        if (++ticksWhileWaiting == 1) {
            // Only a timer can ask meanwhile (clicks and keys wait): refused, nothing changed.
            Idea other = *viewer.idea(theirsId);
            other.description = QStringLiteral("asked during the save");
            nested = viewer.editIdea(other, QStringLiteral("Edit"));
            // A colleague's change reaches the server and is told to this window.
            colleagueSaved = colleague.editIdea(theirs, QStringLiteral("Rename")).ok();
        }
        // Once the wait was told and the follower's pause for a burst of changes is over.
        if (changedDuringWait < 0 && !waiting.isEmpty() && ticksWhileWaiting >= 30) {
            changedDuringWait = changed.count();
            gate.release();
        }
    });
    ticker.start();

    holdNextWrite();
    Idea mine = *viewer.idea(mineId);
    mine.name = QStringLiteral("내가 저장한 이름");
    const Status saved = viewer.editIdea(mine, QStringLiteral("Rename"));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    EXPECT_GE(ticksWhileWaiting, 30); // the window's loop ran while the save waited
    EXPECT_FALSE(viewer.isWaitingForStore());
    ASSERT_EQ(waiting.count(), 2);
    EXPECT_TRUE(waiting.at(0).first().toBool());
    EXPECT_FALSE(waiting.at(1).first().toBool());
    EXPECT_FALSE(nested.ok());
    EXPECT_TRUE(nested.error().message.contains(QLatin1String("still being saved")))
        << nested.error().message.toStdString();
    EXPECT_EQ(viewer.undoStack()->count(), 1); // my rename only
    EXPECT_TRUE(colleagueSaved);
    EXPECT_EQ(changedDuringWait, 0); // nothing was taken in under the save
    EXPECT_EQ(viewer.idea(mineId)->name, mine.name);
    EXPECT_EQ(shelf.portfolios.value(kTeam).ideas.at(0).name, mine.name);
    // The colleague's change arrives once the save is done.
    QTRY_COMPARE(viewer.idea(theirsId)->name, theirs.name);
    EXPECT_NE(viewer.idea(theirsId)->description, QStringLiteral("asked during the save"));
}

TEST_F(SaveWait, ASaveRefusedByTheServerChangesNothingAndSaysWhy)
{
    QSignalSpy failed(&viewer, &Document::storeFailed);
    const qint64 id = viewer.portfolio().ideas.at(0).id;
    const QString before = viewer.idea(id)->name;
    shelf.refuseWrites
        = makeError(Error::Code::Io, QStringLiteral("the server closed the connection"));
    Idea mine = *viewer.idea(id);
    mine.name = QStringLiteral("Never saved");
    const Status saved = viewer.editIdea(mine, QStringLiteral("Rename"));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QLatin1String("closed the connection")));
    EXPECT_EQ(viewer.idea(id)->name, before);
    EXPECT_EQ(viewer.undoStack()->count(), 0);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_FALSE(viewer.isWaitingForStore());
}

} // namespace
