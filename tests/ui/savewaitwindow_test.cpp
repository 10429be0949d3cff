// The window while a save to a shared portfolio's server waits (storage/offthreadstore.h): after
// a moment the status bar says it is saving (or reading, for a read), with a busy bar and no
// Cancel (a save sent cannot be taken back halfway), and both go once the server has answered.
#include "mainwindowfixture.h"
#include "memorystore.h"

#include <QSemaphore>
#include <QTimer>
#include <QToolButton>

#include <atomic>

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

namespace {

TEST_F(MainWindowTest, ASaveTheServerTakesItsTimeOverShowsThatItIsSavingUntilItAnswers)
{
    // A shared portfolio (a server's location, kept in memory) in the window.
    mlp::test::MemoryShelf shelf;
    shelf.live = true;
    const QString team = QStringLiteral("postgresql:///?service=memory&portfolio=team");
    shelf.portfolios.insert(team, samplePortfolio(clock.now()));
    mlp::test::MemoryStoreOpener opener { shelf };
    auto store = opener.open(team, PortfolioStore::Access::Write);
    ASSERT_TRUE(store.ok());
    auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.ok());
    document().adoptStore(std::move(*store), *loaded, false);
    struct CloseFirst // the store refers to the shelf: closed before the shelf goes
    {
        Document &document;
        ~CloseFirst() { document.close(); }
    } closeFirst { document() };

    QSemaphore gate;
    std::atomic<bool> armed { true };
    shelf.beforeWrite = [&] {
        if (armed.exchange(false))
            gate.acquire();
    };
    auto *busy = find<QWidget>(QStringLiteral("busyIndicator"));
    auto *saved = find<QLabel>(QStringLiteral("savedLabel"));
    auto *cancel = find<QToolButton>(QStringLiteral("busyCancel"));
    ASSERT_TRUE(busy && saved && cancel);
    bool shown = false;
    QString savedWhileWaiting;
    bool cancelOffered = true;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (!shown && busy->isVisible()) {
            shown = true;
            savedWhileWaiting = saved->text();
            cancelOffered = cancel->isVisible();
            gate.release();
        }
    });
    ticker.start();
    Idea renamed = document().portfolio().ideas.first();
    renamed.name = QStringLiteral("저장을 기다린 이름");
    const Status done = document().editIdea(renamed, QStringLiteral("Rename"));
    ticker.stop();
    gate.release(); // whatever happened above, never leave the store's thread waiting

    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_TRUE(shown);
    EXPECT_EQ(savedWhileWaiting, QStringLiteral("Saving…"));
    EXPECT_FALSE(cancelOffered);
    EXPECT_FALSE(busy->isVisible());
    EXPECT_EQ(saved->text(), QStringLiteral("All changes saved"));
    EXPECT_EQ(shelf.portfolios.value(team).ideas.first().name, renamed.name);

    // A read the server takes its time over (others' changes read again) says so as a read.
    shown = false;
    savedWhileWaiting.clear();
    gate.tryAcquire(gate.available()); // the spare release above
    armed = true;
    shelf.beforeLoad = [&] {
        if (armed.exchange(false))
            gate.acquire();
    };
    ticker.start();
    const Result<int> refreshed = document().refreshFromStore();
    ticker.stop();
    gate.release();
    ASSERT_TRUE(refreshed.ok());
    EXPECT_TRUE(shown);
    EXPECT_EQ(savedWhileWaiting, QStringLiteral("Reading…"));
    EXPECT_FALSE(busy->isVisible());
    EXPECT_EQ(saved->text(), QStringLiteral("All changes saved"));
}

} // namespace
