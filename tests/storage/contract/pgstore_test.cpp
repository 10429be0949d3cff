// The PostgreSQL store's own rules: its locations, and what it does when the server is missing.
// What every store does is in storecontract_test.cpp.

#include "pgserver.h"
#include "storage/pgconnection.h"
#include "storage/pglocation.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <functional>
#include <thread>

#include <gtest/gtest.h>

namespace mlp::test {

using storage::parsePgLocation;

TEST(PgLocation, ReadsTheServerTheDatabaseAndThePortfolio)
{
    const auto parsed = parsePgLocation(
        QStringLiteral("postgresql://ann@db.example.com:5433/planning?portfolio=Team%20ML"
                       "&sslmode=verify-full"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->portfolio, QStringLiteral("Team ML"));
    const QString options = parsed->connectOptions;
    EXPECT_TRUE(options.contains(QStringLiteral("host='db.example.com'")));
    EXPECT_TRUE(options.contains(QStringLiteral("port='5433'")));
    EXPECT_TRUE(options.contains(QStringLiteral("user='ann'")));
    EXPECT_TRUE(options.contains(QStringLiteral("dbname='planning'")));
    EXPECT_TRUE(options.contains(QStringLiteral("sslmode='verify-full'")));
    // A server that does not answer is given up on.
    EXPECT_TRUE(options.contains(QStringLiteral("connect_timeout='10'")));
}

TEST(PgLocation, TakesAServiceNameAndQuotesValues)
{
    const auto parsed = parsePgLocation(
        QString::fromUtf8("postgres:///?service=team&portfolio=%ED%8C%80%20%22ML%22%20it's"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->portfolio, QString::fromUtf8("팀 \"ML\" it's"));
    EXPECT_TRUE(parsed->connectOptions.contains(QStringLiteral("service='team'")));
    EXPECT_FALSE(parsed->connectOptions.contains(QStringLiteral("dbname")));
}

TEST(PgLocation, RefusesPasswordsAndLocationsWithoutAPortfolio)
{
    for (const char *refused :
         { "postgresql://ann:secret@db/planning?portfolio=A",
           "postgresql://db/planning?portfolio=A&password=secret", "postgresql://db/planning",
           "postgresql://db/planning?portfolio=A&portfolio=B",
           "postgresql://db/planning?portfolio=A&bad%20key=1" }) {
        const auto parsed = parsePgLocation(QString::fromLatin1(refused));
        ASSERT_FALSE(parsed.ok()) << refused;
        EXPECT_EQ(parsed.error().code, Error::Code::Invalid);
        // The message never repeats a password back.
        EXPECT_FALSE(parsed.error().message.contains(QStringLiteral("secret")))
            << parsed.error().message.toStdString();
    }
    const auto withPassword
        = parsePgLocation(QStringLiteral("postgresql://ann:secret@db/planning?portfolio=A"));
    EXPECT_TRUE(withPassword.error().message.contains(QStringLiteral(".pgpass")));
}

TEST(PgLocation, WithPortfolioKeepsTheServerAndEncodesTheName)
{
    const QString location = storage::withPortfolio(
        QStringLiteral("postgresql://db/planning?sslmode=require&portfolio=Old"),
        QString::fromUtf8("A&B = \"팀\" 100%"));
    const auto parsed = parsePgLocation(location);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->portfolio, QString::fromUtf8("A&B = \"팀\" 100%"));
    EXPECT_TRUE(parsed->connectOptions.contains(QStringLiteral("sslmode='require'")));
}

TEST(PgServerGone, NoServerIsAClearErrorWithoutWaiting)
{
    // A socket folder where nothing listens: refused at once by the operating system.
    QTemporaryDir empty;
    const QString location
        = QStringLiteral("postgresql:///mlp?host=%1&port=5432&portfolio=A").arg(empty.path());
    const auto opened = storage::storeOpener().open(location, PortfolioStore::Access::Read);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::Io);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("cannot be reached")))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.startsWith(location))
        << opened.error().message.toStdString();
}

TEST(PgServerGone, OpeningANameTheServerDoesNotHoldIsNotFound)
{
    MLP_REQUIRE_PG_SERVER(server);
    // Publishes something so that the server has the schema, then asks for another name.
    const QString present = pgLocation(*server, uniquePortfolioName(QStringLiteral("present")));
    ASSERT_TRUE(storage::storeOpener().create(present, richPortfolio()).ok());
    const auto opened = storage::storeOpener().open(
        pgLocation(*server, uniquePortfolioName(QStringLiteral("absent"))),
        PortfolioStore::Access::Write);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotFound) << opened.error().message.toStdString();
}

TEST(PgStoreWriters, TwoWritersAtOnceEachKeepEveryChange)
{
    MLP_REQUIRE_PG_SERVER(server);
    // Unlike a .mlplan file, whose second writer is refused (Locked), a shared portfolio takes
    // several writers at once: each call is its own transaction.
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("writers")));
    ASSERT_TRUE(storage::storeOpener().create(location, Portfolio {}).ok());
    auto ann = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    auto bob = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_TRUE(ann.ok()) << ann.error().message.toStdString();
    ASSERT_TRUE(bob.ok()) << bob.error().message.toStdString();
    for (qint64 id = 1; id <= 10; ++id) {
        ASSERT_TRUE((*ann)->upsertIdea(numberedIdea(id)).ok());
        ASSERT_TRUE((*bob)->upsertIdea(numberedIdea(100 + id)).ok());
    }
    ASSERT_TRUE((*bob)->removeIdea(3).ok());
    const auto seenByAnn = (*ann)->load();
    ASSERT_TRUE(seenByAnn.ok());
    EXPECT_EQ(seenByAnn->ideas.size(), 19);
    EXPECT_FALSE((*ann)->loadIdea(3).ok());
    EXPECT_TRUE((*ann)->loadIdea(110).ok());
}

TEST(PgStoreWriters, TwoPeopleAddingAnIdeaAtOnceNeverReplaceEachOther)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("adds")));
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    auto ann = storage::storeOpener().open(location, PortfolioStore::Access::Edit);
    auto bob = storage::storeOpener().open(location, PortfolioStore::Access::Edit);
    ASSERT_TRUE(ann.ok() && bob.ok());
    // Both are handed the same new id; Ann saves first.
    const auto annId = (*ann)->nextIdeaId();
    const auto bobId = (*bob)->nextIdeaId();
    ASSERT_TRUE(annId.ok() && bobId.ok());
    ASSERT_EQ(*annId, *bobId);
    Idea annsIdea = numberedIdea(*annId);
    annsIdea.name = QStringLiteral("Ann's idea");
    Idea bobsIdea = numberedIdea(*bobId);
    bobsIdea.name = QStringLiteral("Bob's idea");
    ASSERT_TRUE((*ann)->upsertIdea(annsIdea).ok());
    const Status refused = (*bob)->upsertIdea(bobsIdea);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Locked) << refused.error().message.toStdString();
    EXPECT_EQ((*ann)->loadIdea(*annId)->name, QStringLiteral("Ann's idea"));
    // Trying again with a new id works; Ann's later edits of her idea replace it as usual.
    const auto again = (*bob)->nextIdeaId();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *annId + 1);
    bobsIdea.id = *again;
    EXPECT_TRUE((*bob)->upsertIdea(bobsIdea).ok());
    annsIdea.description = QStringLiteral("edited");
    EXPECT_TRUE((*ann)->upsertIdea(annsIdea).ok());
    EXPECT_EQ((*bob)->loadIdea(*annId)->description, QStringLiteral("edited"));
}

TEST(PgStoreThreads, AStoreOpenedOnOneThreadIsUsedFromOthers)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("threads")));
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    auto store = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_TRUE(store.ok());
    PortfolioStore &shared = **store;
    // Each thread gets a connection of its own: four at once, each writing its own ideas.
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (qint64 k = 0; k < 10; ++k) {
                if (!shared.upsertIdea(numberedIdea(1000 + t * 100 + k)).ok()
                    || !shared.load().ok())
                    ++failures[t];
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(failures, std::vector<int>(4, 0));
    const auto loaded = shared.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->ideas.size(), richPortfolio().ideas.size() + 40);
}

TEST(PgServerGone, ALostConnectionIsAClearErrorAndTheNextCallConnectsAgain)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString tag
        = QStringLiteral("gone_") + QString::number(QCoreApplication::applicationPid());
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("gone")))
        + QStringLiteral("&application_name=") + tag;
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    auto store = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->load().ok());
    // The server ends the store's connection (as when it restarts or an administrator ends it).
    QString why;
    ASSERT_TRUE(pgAdmin(*server,
                        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE application_name = '%1'")
                            .arg(tag),
                        &why))
        << why.toStdString();
    Idea changed = numberedIdea(77);
    const Status refused = (*store)->upsertIdea(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Io);
    EXPECT_TRUE(refused.error().message.startsWith(location))
        << refused.error().message.toStdString();
    // Nothing half-written, and the next call works on a new connection.
    const auto idea = (*store)->loadIdea(77);
    ASSERT_FALSE(idea.ok());
    EXPECT_EQ(idea.error().code, Error::Code::NotFound) << idea.error().message.toStdString();
    EXPECT_TRUE((*store)->upsertIdea(changed).ok());
    EXPECT_TRUE((*store)->loadIdea(77).ok());
}

TEST(PgStoreReader, AReadersConnectionIsReadOnlyOnTheServer)
{
    MLP_REQUIRE_PG_SERVER(server);
    // Not only refused by the store: the connections a reader opens cannot write at all.
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("reader")));
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    const auto parsed = storage::parsePgLocation(location);
    ASSERT_TRUE(parsed.ok());
    storage::PgConnections readers(location, *parsed, true);
    auto db = readers.database();
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    QSqlError e;
    EXPECT_FALSE(storage::pgExec(*db, QStringLiteral("DELETE FROM mlplanner.ideas"), &e));
    EXPECT_EQ(e.nativeErrorCode(), QStringLiteral("25006")) << e.text().toStdString();
    const auto loaded = storage::storeOpener().open(location, PortfolioStore::Access::Read);
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(*(*loaded)->load() == richPortfolio());
}

} // namespace mlp::test

namespace mlp::test {
namespace {

// Events until `done` or a generous bound: the notification arrives on the listener's socket.
bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(10000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

TEST(PgStoreWatch, AnotherWritersCommitIsNotifiedAndOwnChangesAreNot)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString location = pgLocation(*server, uniquePortfolioName(QStringLiteral("watch")));
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    auto ann = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    auto bob = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_TRUE(ann.ok() && bob.ok());
    int notified = 0;
    ASSERT_TRUE((*ann)->watchChanges([&] { ++notified; }));

    // Ann's own change is not reported to her.
    Idea own = numberedIdea(500);
    ASSERT_TRUE((*ann)->upsertIdea(own).ok());
    Idea bobs = numberedIdea(501);
    ASSERT_TRUE((*bob)->upsertIdea(bobs).ok());
    ASSERT_TRUE(waitFor([&] { return notified > 0; }));
    EXPECT_EQ(notified, 1);

    // A refused change commits nothing and notifies no one.
    Idea invalid = numberedIdea(502);
    invalid.name = QString(100000, u'x');
    EXPECT_FALSE((*bob)->upsertIdea(invalid).ok());
    ASSERT_TRUE((*bob)->removeIdea(501).ok());
    ASSERT_TRUE(waitFor([&] { return notified > 1; }));
    EXPECT_EQ(notified, 2);
}

TEST(PgStoreWatch, AFileCannotBeWatched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.mlplan"));
    auto file = storage::storeOpener().create(path, Portfolio {});
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE((*file)->watchChanges([] {}));
}

} // namespace
} // namespace mlp::test
