// The shared store's connections over time: a reconnect listens again, a thread started after
// another ended gets a connection of its own, an ended thread's connection is closed; and the
// test server's script leaves nothing behind when its start is interrupted.

#include "pgserver.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <thread>

#include <gtest/gtest.h>

namespace mlp::test {
namespace {

bool waitUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(15000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// The number of the server's connections named `tag`, or -1.
int connectionsNamed(const PgServer &server, const QString &tag)
{
    // pgAdmin runs a statement; a count is read by failing unless it is the one asked about.
    for (int count = 0; count < 10; ++count) {
        QString why;
        if (pgAdmin(server,
                    QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_stat_activity WHERE "
                                   "application_name = '%1') <> %2 THEN RAISE EXCEPTION 'no'; "
                                   "END IF; END $$")
                        .arg(tag)
                        .arg(count),
                    &why))
            return count;
    }
    return -1;
}

bool endConnectionsNamed(const PgServer &server, const QString &tag)
{
    QString why;
    return pgAdmin(server,
                   QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE application_name = '%1'")
                       .arg(tag),
                   &why);
}

QString taggedLocation(const PgServer &server, const QString &portfolio, const QString &tag)
{
    return pgLocation(server, portfolio) + QStringLiteral("&application_name=") + tag;
}

QString uniqueTag(const char *what)
{
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(what))
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch());
}

TEST(PgStoreReconnect, AReconnectListensAgainAndReportsWhatWasMissed)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString name = uniquePortfolioName(QStringLiteral("relisten"));
    const QString tag = uniqueTag("relisten");
    ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), richPortfolio()).ok());
    auto ann = storage::storeOpener().open(taggedLocation(*server, name, tag),
                                           PortfolioStore::Access::Write);
    auto bob
        = storage::storeOpener().open(pgLocation(*server, name), PortfolioStore::Access::Write);
    ASSERT_TRUE(ann.ok() && bob.ok());
    int notified = 0;
    ASSERT_TRUE((*ann)->watchChanges([&] { ++notified; }));

    // The server ends Ann's connection; Bob changes something meanwhile, which nobody tells her.
    ASSERT_TRUE(endConnectionsNamed(*server, tag));
    ASSERT_TRUE(waitUntil([&] { return connectionsNamed(*server, tag) == 0; }));
    ASSERT_TRUE((*bob)->upsertIdea(numberedIdea(600)).ok());
    // Ann's next calls: the first finds the connection gone, the next one connects again —
    // a silent reconnect inside the store, without a new watchChanges.
    (void)(*ann)->loadSettings();
    ASSERT_TRUE((*ann)->loadSettings().ok());
    // What she missed is reported once...
    ASSERT_TRUE(waitUntil([&] { return notified > 0; }));
    EXPECT_EQ(notified, 1);
    // ...and she listens again: Bob's next change reaches her.
    ASSERT_TRUE((*bob)->upsertIdea(numberedIdea(601)).ok());
    ASSERT_TRUE(waitUntil([&] { return notified > 1; }));
    EXPECT_EQ(notified, 2);
    // Her own changes on the new connection are still not reported to her.
    ASSERT_TRUE((*ann)->upsertIdea(numberedIdea(602)).ok());
    ASSERT_TRUE((*bob)->upsertIdea(numberedIdea(603)).ok());
    ASSERT_TRUE(waitUntil([&] { return notified > 2; }));
    EXPECT_EQ(notified, 3);
}

TEST(PgStoreThreads, AThreadStartedAfterAnotherEndedGetsItsOwnConnection)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("serial")));
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    auto store = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_TRUE(store.ok());
    PortfolioStore &shared = **store;
    // One thread after another: the system hands an ended thread's id to the next one, whose
    // connection must still be its own (a connection works only in the thread that opened it).
    for (int round = 0; round < 6; ++round) {
        QString failure;
        std::thread worker([&] {
            if (const Status saved = shared.upsertIdea(numberedIdea(700 + round)); !saved)
                failure = saved.error().message;
            else if (const auto loaded = shared.loadIdea(700 + round); !loaded)
                failure = loaded.error().message;
        });
        worker.join();
        EXPECT_TRUE(failure.isEmpty()) << "round " << round << ": " << failure.toStdString();
    }
    const auto loaded = shared.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->ideas.size(), richPortfolio().ideas.size() + 6);
}

TEST(PgStoreThreads, AThreadThatEndsClosesItsConnection)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString name = uniquePortfolioName(QStringLiteral("ended"));
    const QString tag = uniqueTag("ended");
    ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), richPortfolio()).ok());
    auto store = storage::storeOpener().open(taggedLocation(*server, name, tag),
                                             PortfolioStore::Access::Write);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->load().ok());
    ASSERT_EQ(connectionsNamed(*server, tag), 1); // this thread's
    for (int round = 0; round < 3; ++round) {
        std::thread worker([&] { EXPECT_TRUE((*store)->load().ok()); });
        worker.join();
    }
    // Each worker's connection went with it (the server notices a moment later); this
    // thread's stays while the store is open.
    EXPECT_TRUE(waitUntil([&] { return connectionsNamed(*server, tag) == 1; }))
        << connectionsNamed(*server, tag) << " connections";
    EXPECT_TRUE((*store)->load().ok());
    store->reset();
    EXPECT_TRUE(waitUntil([&] { return connectionsNamed(*server, tag) == 0; }));
}

TEST(PgTestServerScript, AnInterruptedStartLeavesNothingBehind)
{
    QTemporaryDir state;
    ASSERT_TRUE(state.isValid());
    const QString script = QStringLiteral(MLP_SOURCE_DIR "/scripts/pg-test-server.sh");
    const QString env = state.filePath(QStringLiteral("server.env"));
    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Whatever this test finds, the script is never left running nor its server behind.
    const auto cleanUp = qScopeGuard([&] {
        if (start.state() != QProcess::NotRunning) {
            start.terminate();
            start.waitForFinished(120000);
        }
        QProcess::execute(script, { QStringLiteral("stop"), state.path() });
    });
    start.start(script, { QStringLiteral("start"), state.path() });
    ASSERT_TRUE(start.waitForStarted());
    // server.env names the temporary folder as soon as there is one, before the server runs.
    QByteArray text;
    ASSERT_TRUE(waitUntil([&] {
        QFile file(env);
        text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return text.contains("MLP_PG_DATA=");
    }));
    EXPECT_FALSE(text.contains("MLP_PG_DATABASE")) << text.toStdString();
    const QString folder = QString::fromUtf8(text.split('\n').front().mid(18));
    ASSERT_TRUE(folder.contains(QStringLiteral("mlp-pg."))) << folder.toStdString();
    start.terminate(); // SIGTERM, as ctest's timeout or Ctrl+C
    ASSERT_TRUE(start.waitForFinished(120000));
    EXPECT_NE(start.exitCode(), 0);
    EXPECT_FALSE(QFile::exists(env));
    EXPECT_FALSE(QDir(folder).exists()) << folder.toStdString();
}

} // namespace
} // namespace mlp::test
