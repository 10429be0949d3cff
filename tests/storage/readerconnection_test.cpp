// A reader's connection opens its file straight through SQLite, as Qt's SQLite driver would, and
// opens a Qt SQL connection only for the reads that need one (storage/sqlsupport.h).
#include "storage/portfoliofile.h"
#include "storage/sqlsupport.h"
#include "storagetestutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace mlp;
using namespace mlp::storage;

namespace {

class ReaderConnection : public mlp::test::StorageTest
{
};

int portfolioConnections()
{
    return int(QSqlDatabase::connectionNames().filter(QStringLiteral("mlp-portfolio-")).size());
}

int pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The error Qt's SQLite driver gives for opening `location` with `options`.
QSqlError qtOpenError(const QString &location, const QString &options)
{
    QSqlError error;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        db.setDatabaseName(location);
        db.setConnectOptions(options);
        EXPECT_FALSE(db.open());
        error = db.lastError();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    return error;
}

TEST_F(ReaderConnection, ReadsTheWholePortfolioWithoutQtSql)
{
    const Portfolio rich = mlp::test::richPortfolio();
    const QString path = create(QStringLiteral("rich.mlplan"), rich);
    ASSERT_EQ(portfolioConnections(), 0);

    auto opened = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    PortfolioFile &file = **opened;
    const Result<Portfolio> loaded = file.load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->ideas.size(), rich.ideas.size());
    EXPECT_EQ(loaded->name, rich.name);
    Portfolio settings;
    int visited = 0;
    ASSERT_TRUE(file.readEachIdea(settings, [&](const Idea &, qint64) { ++visited; }).ok());
    EXPECT_EQ(visited, rich.ideas.size());
    EXPECT_TRUE(file.loadSettings().ok());
    EXPECT_TRUE(file.checkIntegrity().ok());
    EXPECT_EQ(portfolioConnections(), 0);
    opened->reset();

    // The change log, with each filter bound as a parameter.
    Idea renamed = loaded->ideas.last();
    renamed.name = QStringLiteral("다시 이름 붙인 \"아이디어\"");
    {
        auto editor = PortfolioFile::open(path, PortfolioStore::Access::Edit);
        ASSERT_TRUE(editor.ok()) << editor.error().message.toStdString();
        ASSERT_TRUE((*editor)->upsertIdea(renamed).ok());
    }
    opened = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ChangeQuery query;
    query.ideaId = renamed.id;
    query.since = QDateTime::currentDateTimeUtc().addSecs(-600);
    query.limit = 1;
    const Result<QList<FieldChange>> changes = (*opened)->loadChanges(query);
    ASSERT_TRUE(changes.ok()) << changes.error().message.toStdString();
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().ideaId, renamed.id);
    EXPECT_EQ(changes->first().newValue, renamed.name);
    query.since = QDateTime::currentDateTimeUtc().addSecs(600);
    EXPECT_TRUE((*opened)->loadChanges(query)->isEmpty());
    query.since = QDateTime();
    query.ideaId = renamed.id + 1000;
    EXPECT_TRUE((*opened)->loadChanges(query)->isEmpty());
    EXPECT_EQ(portfolioConnections(), 0);

    // A read not yet written against SQLite's API opens Qt SQL's connection, and works.
    const Result<Idea> idea = (*opened)->loadIdea(loaded->ideas.first().id);
    ASSERT_TRUE(idea.ok()) << idea.error().message.toStdString();
    EXPECT_EQ(idea->name, loaded->ideas.first().name);
    EXPECT_EQ(portfolioConnections(), 1);
    opened->reset();
    EXPECT_EQ(portfolioConnections(), 0);
}

TEST_F(ReaderConnection, QtSqlOpenedLaterHasTheReadersSettings)
{
    const QString path = create(QStringLiteral("plain.mlplan"), mlp::test::richPortfolio());
    for (const OpenAs how : { OpenAs::ReadOnly, OpenAs::Immutable }) {
        Connection connection(path, how);
        ASSERT_TRUE(connection.open()) << connection.lastError().text().toStdString();
        QSqlDatabase &db = connection.db();
        ASSERT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
        EXPECT_EQ(pragma(db, QStringLiteral("trusted_schema")), 0);
        EXPECT_EQ(pragma(db, QStringLiteral("cell_size_check")), 1);
        QSqlQuery write(db);
        EXPECT_FALSE(write.exec(QStringLiteral("DELETE FROM settings")))
            << "a reader's Qt SQL connection is read-only too";
    }
}

// The program links SQLite and exports it (storage/CMakeLists.txt): Qt's SQLite driver must run
// that copy, whose handles this code uses, not the shared library it was built against.
TEST_F(ReaderConnection, QtSqliteDriverRunsTheProgramsSqlite)
{
    const QString path = create(QStringLiteral("driver.mlplan"), mlp::test::richPortfolio());
    const sqlite3_int64 before = sqlite3_memory_used();
    Connection connection(path, OpenAs::Write);
    ASSERT_TRUE(connection.open()) << connection.lastError().text().toStdString();
    QSqlQuery query(connection.db());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM ideas")) && query.next());
    // The driver's connection and its statement live in this copy's memory.
    EXPECT_GT(sqlite3_memory_used(), before);
    EXPECT_NE(connection.handle().get(), nullptr);
}

TEST_F(ReaderConnection, OpenErrorsAreThoseOfQtSql)
{
    // A folder that does not exist: SQLite cannot open the file, read-only or immutable.
    const QString missing = file(QStringLiteral("no-such-folder/x.mlplan"));
    Connection readOnly(missing, OpenAs::ReadOnly);
    EXPECT_FALSE(readOnly.open());
    const QSqlError expected = qtOpenError(missing, QStringLiteral("QSQLITE_OPEN_READONLY"));
    ASSERT_TRUE(expected.isValid());
    EXPECT_EQ(readOnly.lastError().type(), expected.type());
    EXPECT_EQ(readOnly.lastError().nativeErrorCode(), expected.nativeErrorCode());
    EXPECT_EQ(readOnly.lastError().driverText(), expected.driverText());
    EXPECT_EQ(readOnly.lastError().databaseText(), expected.databaseText());
    EXPECT_EQ(primaryCode(readOnly.lastError()), kSqliteCantOpen);

    Connection immutable(missing, OpenAs::Immutable);
    EXPECT_FALSE(immutable.open());
    EXPECT_EQ(primaryCode(immutable.lastError()), kSqliteCantOpen);
    EXPECT_EQ(immutable.lastError().driverText(), expected.driverText());
}

} // namespace
