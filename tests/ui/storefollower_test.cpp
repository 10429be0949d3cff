// A shared portfolio followed live: a colleague's committed change reaches the open Document
// through the store's notification, and a server that goes away is said, tried again, and
// followed again once it answers. The store here is the in-memory one in its "live" mode, which
// notifies like a server does.
#include "twodocuments.h"

#include "ui/document/selection.h"
#include "ui/document/storefollower.h"

#include <QSignalSpy>
#include <QTest>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

class LiveFollower : public TwoDocuments
{
protected:
    void SetUp() override { open(samplePortfolio(clock.now()), true); }

    StoreFollower follower { &viewer };
};

TEST_F(LiveFollower, AColleaguesCommitArrivesWithoutAsking)
{
    EXPECT_TRUE(follower.isFollowing());
    Selection selection(&viewer);
    const qint64 kept = viewer.portfolio().ideas.at(1).id;
    selection.select({ kept }, kept);

    Idea renamed = *colleague.idea(viewer.portfolio().ideas.at(0).id);
    renamed.name = QStringLiteral("동료가 바꾼 이름");
    ASSERT_TRUE(colleague.editIdea(renamed, QStringLiteral("Rename")).ok());
    QTRY_COMPARE(viewer.idea(renamed.id)->name, renamed.name);
    EXPECT_EQ(selection.ids(), QList<qint64> { kept });
    EXPECT_TRUE(viewer.portfolio() == colleague.portfolio());
}

TEST_F(LiveFollower, AServerThatGoesAwayIsSaidTriedAgainAndFollowedAgain)
{
    QSignalSpy away(&follower, &StoreFollower::serverAway);
    QSignalSpy back(&follower, &StoreFollower::serverBack);
    follower.setRetryInterval(20);

    // The server goes: the viewer's next read fails, and so does the colleague's change.
    const Error gone
        = makeError(Error::Code::Io, QStringLiteral("the server closed the connection"));
    shelf.refuseReads = gone;
    follower.storeFailed(); // asked off the window's thread
    QTRY_COMPARE(away.count(), 1);
    EXPECT_TRUE(away.first().first().toString().contains(QStringLiteral("closed the connection")));
    EXPECT_TRUE(follower.isAway());
    const Portfolio shown = viewer.portfolio(); // still readable: what was last read
    EXPECT_FALSE(shown.ideas.isEmpty());

    // Meanwhile a change reaches the server (from someone whose connection held).
    shelf.refuseReads.reset();
    shelf.refuseWrites.reset();
    Idea renamed = *colleague.idea(shown.ideas.at(0).id);
    renamed.name = QStringLiteral("Changed while away");
    shelf.refuseReads = gone;
    ASSERT_TRUE(colleague.editIdea(renamed, QStringLiteral("Rename")).ok());
    QTest::qWait(100); // several probes, none answered
    EXPECT_TRUE(follower.isAway());
    EXPECT_EQ(back.count(), 0);

    // The server answers again: the viewer catches up by itself and listens again.
    shelf.refuseReads.reset();
    QTRY_COMPARE(back.count(), 1);
    EXPECT_FALSE(follower.isAway());
    EXPECT_EQ(viewer.idea(renamed.id)->name, renamed.name);
    Idea again = renamed;
    again.name = QStringLiteral("After the server came back");
    ASSERT_TRUE(colleague.editIdea(again, QStringLiteral("Rename")).ok());
    QTRY_COMPARE(viewer.idea(again.id)->name, again.name);
}

TEST_F(LiveFollower, ARefusedChangeWithTheServerThereIsNotAnOutage)
{
    QSignalSpy away(&follower, &StoreFollower::serverAway);
    follower.storeFailed();
    EXPECT_TRUE(follower.isProbing());
    QTRY_VERIFY(!follower.isProbing());
    EXPECT_EQ(away.count(), 0);
    EXPECT_FALSE(follower.isAway());
}

} // namespace
