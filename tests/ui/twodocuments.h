#pragma once

// Two Documents on one portfolio of the in-memory store, as two people's windows on a shared
// portfolio: `colleague` writes, `viewer` reads (or writes too, with several writers allowed).
// The fixture of documentrefresh_test, storefollower_test and conflict_test.
#include "memorystore.h"
#include "uitestsupport.h"

namespace mlp::ui::test {

class TwoDocuments : public ::testing::Test
{
protected:
    // `live`: the store notifies like a server (StoreFollower follows it); `bothWrite`: the
    // viewer opens for writing too, as on a server that takes several writers.
    void open(const Portfolio &initial, bool live, bool bothWrite = false)
    {
        shelf.live = live;
        shelf.severalWriters = bothWrite;
        shelf.portfolios.insert(kTeam, initial);
        ASSERT_TRUE(colleague.openFile(kTeam).ok());
        ASSERT_TRUE(
            viewer
                .openFile(kTeam,
                          bothWrite ? PortfolioStore::Access::Write : PortfolioStore::Access::Read)
                .ok());
    }

    // A location the window takes for a shared portfolio's (storelocation.h), kept in memory.
    const QString kTeam = QStringLiteral("postgresql:///?service=memory&portfolio=team");
    mlp::test::MemoryShelf shelf;
    mlp::test::MemoryStoreOpener opener { shelf };
    FakeClock clock { testNow() };
    Document colleague { clock, opener };
    Document viewer { clock, opener };
};

} // namespace mlp::ui::test
