// A reader's connection opens its file straight through SQLite, as Qt's SQLite driver would, and
// never opens a Qt SQL connection (storage/sqlsupport.h).
#include "storage/portfoliofile.h"
#include "storage/sqliterows.h"
#include "storage/sqlsupport.h"
#include "storagetestutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

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

    // The reads of one part, and a copy, through SQLite's API too.
    const Idea &first = loaded->ideas.first();
    const Result<Idea> idea = (*opened)->loadIdea(first.id);
    ASSERT_TRUE(idea.ok()) << idea.error().message.toStdString();
    EXPECT_EQ(idea->name, first.name);
    EXPECT_EQ(*idea, first);
    EXPECT_EQ((*opened)->loadIdea(renamed.id + 1000).error().code, Error::Code::NotFound);
    const Result<QList<Idea>> named = (*opened)->ideasNamedBy(first.name.toUpper());
    ASSERT_TRUE(named.ok()) << named.error().message.toStdString();
    ASSERT_EQ(named->size(), 1);
    EXPECT_EQ(named->first().id, first.id);
    const Result<QList<Idea>> byId = (*opened)->ideasNamedBy(QString::number(renamed.id));
    ASSERT_TRUE(byId.ok() && byId->size() == 1);
    EXPECT_EQ(byId->first().name, renamed.name);
    qint64 largest = 0;
    for (const Idea &each : loaded->ideas)
        largest = std::max(largest, each.id);
    EXPECT_EQ((*opened)->nextIdeaId().value(), largest + 1);
    const QString copy = this->file(QStringLiteral("copy.mlplan"));
    ASSERT_TRUE((*opened)->saveCopyAs(copy).ok());
    EXPECT_EQ(portfolioConnections(), 0);
    opened->reset();
    auto copied = PortfolioFile::open(copy, PortfolioStore::Access::Read);
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ((*copied)->load()->ideas.size(), rich.ideas.size());
}

// A reader's connection is read-only, and its statements report SQLite's extended result codes,
// as those of Qt's driver do (sqlError() and the tests read the codes the same way).
TEST_F(ReaderConnection, ReadsOnlyAndReportsExtendedCodesAsQtSqlDoes)
{
    const QString path = create(QStringLiteral("plain.mlplan"), mlp::test::richPortfolio());
    const QString duplicate = QStringLiteral("INSERT INTO t VALUES (1)");
    QSqlError expected;
    {
        Connection writer(path, OpenAs::Write);
        ASSERT_TRUE(writer.open());
        QSqlQuery q(writer.db());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TABLE t (x PRIMARY KEY)")));
        ASSERT_TRUE(q.exec(duplicate));
        EXPECT_FALSE(q.exec(duplicate));
        expected = q.lastError();
    }
    ASSERT_EQ(expected.nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_PRIMARYKEY));
    for (const OpenAs how : { OpenAs::ReadOnly, OpenAs::Immutable }) {
        Connection connection(path, how);
        ASSERT_TRUE(connection.open()) << connection.lastError().text().toStdString();
        QSqlError error;
        EXPECT_FALSE(execute(connection.handle(), QStringLiteral("DELETE FROM settings"), &error))
            << "a reader's connection is read-only";
        EXPECT_EQ(primaryCode(error), kSqliteReadOnly);
        // A temporary table is the one thing a read-only connection may write.
        const QString table = QStringLiteral("CREATE TEMP TABLE t (x PRIMARY KEY)");
        ASSERT_TRUE(execute(connection.handle(), table, &error));
        ASSERT_TRUE(execute(connection.handle(), duplicate, &error));
        EXPECT_FALSE(execute(connection.handle(), duplicate, &error));
        EXPECT_EQ(error.nativeErrorCode(), expected.nativeErrorCode());
        EXPECT_EQ(error.databaseText(), expected.databaseText());
    }
}

// A reader's connection runs no function a file's schema names and checks every page it loads
// in full (file-format.md, "Checks for untrusted files") from its first statement on, also where
// it reads a file nothing has verified yet (a session mark, judging leftover files).
TEST_F(ReaderConnection, TrustsNoSchemaAndChecksEveryCellBeforeItsFirstRead)
{
    const QString path = create(QStringLiteral("pragmas.mlplan"), mlp::test::richPortfolio());
    auto pragma = [](Connection &connection, const char *name) {
        SqliteRows q(connection.handle(), QStringLiteral("PRAGMA ") + QLatin1String(name));
        return q.next() ? q.integer(0) : -1;
    };
    for (const OpenAs how : { OpenAs::ReadOnly, OpenAs::Immutable }) {
        Connection connection(path, how);
        ASSERT_TRUE(connection.open()) << connection.lastError().text().toStdString();
        EXPECT_EQ(pragma(connection, "trusted_schema"), 0);
        EXPECT_EQ(pragma(connection, "cell_size_check"), 1);
    }
    // A writer trusts no schema function either (it checks pages as PortfolioFile::open says).
    Connection writer(path, OpenAs::Write);
    ASSERT_TRUE(writer.open()) << writer.lastError().text().toStdString();
    EXPECT_EQ(pragma(writer, "trusted_schema"), 0);
    // SQLite's own defaults are the other way round: the connection set them.
    sqlite3 *plain = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.toUtf8().constData(), &plain, SQLITE_OPEN_READONLY, nullptr),
              SQLITE_OK);
    {
        SqliteRows q(SqliteHandle(plain), QStringLiteral("PRAGMA cell_size_check"));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.integer(0), 0);
    }
    sqlite3_close(plain);
}

// Without a handle of this program's SQLite every statement fails, and the user is told it is
// the build, not the file: nothing to check or retry.
TEST_F(ReaderConnection, AnotherCopyOfSqliteIsReportedAsTheBuildsProblem)
{
    QSqlError error;
    EXPECT_FALSE(execute(SqliteHandle(nullptr), QStringLiteral("SELECT 1"), &error));
    SqliteRows rows(SqliteHandle(nullptr), QStringLiteral("SELECT 1"));
    EXPECT_FALSE(rows.next());
    EXPECT_EQ(rows.error().nativeErrorCode(), error.nativeErrorCode());
    const Error reported
        = sqlError(QStringLiteral("team.mlplan"), error, "opening the file failed");
    EXPECT_EQ(reported.code, Error::Code::Io);
    EXPECT_TRUE(reported.message.contains(QLatin1String("another copy of SQLite")))
        << reported.message.toStdString();
    EXPECT_TRUE(reported.message.contains(QLatin1String("Debian's Qt")));
    EXPECT_FALSE(reported.message.contains(QLatin1String("mlplanner check")))
        << "checking the file cannot help";
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
    // And the program's own check, which asks the driver, agrees: a handle is handed over.
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
