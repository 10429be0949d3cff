// A shared portfolio's store called off the calling thread (storage/offthreadstore.h), as the
// window calls it: a save the server does not answer for a while keeps the calling thread's
// event loop running (the window paints, its timers run) until the save returns, and the save
// then lands as it would have.

#include "pgserver.h"
#include "storage/offthreadstore.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

namespace mlp::test {
namespace {

using Access = PortfolioStore::Access;

// Another session of the server, as a colleague's long transaction: it holds one idea's row
// (SELECT … FOR UPDATE), so that the server answers no save of that idea until it lets go.
class RowHolder
{
public:
    RowHolder(const PgServer &server, const QString &portfolio, qint64 idea)
        : m_name(QStringLiteral("holder-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setConnectOptions(QStringLiteral("host=%1;port=%2;user=%3;dbname=%4")
                                 .arg(server.socketDir, server.port, server.user, server.database));
        if (!db.open()) {
            m_why = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN"))
            || !q.prepare(QStringLiteral(
                "SELECT i.id FROM mlplanner.ideas i JOIN mlplanner.portfolios p "
                "ON p.id = i.portfolio_id WHERE p.name = ? AND i.id = ? FOR UPDATE OF i"))) {
            m_why = q.lastError().text();
            return;
        }
        q.addBindValue(portfolio);
        q.addBindValue(idea);
        m_holding = q.exec() && q.next();
        if (!m_holding)
            m_why = q.lastError().text() + QStringLiteral(" (or no such row)");
    }
    ~RowHolder()
    {
        letGo();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool holding() const { return m_holding; }
    const QString &why() const { return m_why; }
    void letGo()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        }
        m_holding = false;
    }

private:
    QString m_name;
    QString m_why;
    bool m_holding = false;
};

TEST(PgOffThread, ASaveTheServerHoldsBackKeepsTheCallersEventLoopRunningAndThenLands)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString name = uniquePortfolioName(QStringLiteral("offthread"));
    const Portfolio initial = richPortfolio();
    ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), initial).ok());
    auto opened = storage::storeOpener().open(pgLocation(*server, name), Access::Write);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    storage::OffThreadStore store(std::move(*opened));
    EXPECT_EQ(store.location(), pgLocation(*server, name));
    const auto read = store.loadIdea(initial.ideas.first().id); // connects the store's thread
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Idea base = *read;

    QList<bool> told;
    store.setWaitObserver([&told](bool waiting) { told.append(waiting); }, 50);
    RowHolder holder(*server, name, base.id);
    ASSERT_TRUE(holder.holding()) << holder.why().toStdString();
    // Runs only if this thread's event loop runs while the save waits; lets the row go once the
    // wait has been told and a few more ticks have passed.
    int ticks = 0;
    int ticksWhileWaiting = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++ticks;
        if (store.isWaiting())
            ++ticksWhileWaiting;
        if (holder.holding() && !told.isEmpty() && ticksWhileWaiting >= 5)
            holder.letGo();
    });
    ticker.start();

    Idea changed = base;
    changed.name = QStringLiteral("서버가 잡고 있던 저장 \"held\"");
    const Status saved = store.upsertIdea(changed, &base);
    ticker.stop();
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_GE(ticksWhileWaiting, 5);
    EXPECT_FALSE(holder.holding()); // the save returned only after the row was let go
    EXPECT_EQ(told, (QList<bool> { true, false }));
    EXPECT_FALSE(store.isWaiting());
    const auto after = store.loadIdea(base.id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->name, changed.name);
    // A quick call is not told at all.
    told.clear();
    ASSERT_TRUE(store.loadSettings().ok());
    EXPECT_TRUE(told.isEmpty() || told == (QList<bool> { true, false }));
}

// The store's LISTEN lives on its own thread; a colleague's change is told on the caller's.
TEST(PgOffThread, AColleaguesChangeIsToldOnTheCallersThread)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString name = uniquePortfolioName(QStringLiteral("offthread-listen"));
    const Portfolio initial = richPortfolio();
    ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), initial).ok());
    auto mine = storage::storeOpener().open(pgLocation(*server, name), Access::Write);
    auto theirs = storage::storeOpener().open(pgLocation(*server, name), Access::Write);
    ASSERT_TRUE(mine.ok() && theirs.ok());
    storage::OffThreadStore store(std::move(*mine));
    QThread *toldOn = nullptr;
    int told = 0;
    ASSERT_TRUE(store.watchChanges([&] {
        toldOn = QThread::currentThread();
        ++told;
    }));
    Idea renamed = initial.ideas.first();
    renamed.name = QStringLiteral("Renamed by a colleague");
    ASSERT_TRUE((*theirs)->upsertIdea(renamed).ok());
    for (int i = 0; i < 1000 && told == 0; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    ASSERT_GE(told, 1);
    EXPECT_EQ(toldOn, QThread::currentThread());
}

} // namespace
} // namespace mlp::test
