// The schema and the checks that refuse a file before it is loaded, on their own: files made
// here with plain SQL, without PortfolioFile.
#include "storage/schema.h"

#include "storage/portfoliofile.h"
#include "storagetestutil.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace mlp;
using namespace mlp::storage;
using namespace mlp::test;

namespace {

class SchemaTest : public StorageTest
{
protected:
    // A database with our schema, application id and version, then `extra` statements.
    QString made(const QString &name, const QStringList &extra = {},
                 qint32 applicationId = kApplicationId)
    {
        const QString path = file(name);
        Connection connection(path, OpenAs::Write);
        EXPECT_TRUE(connection.open());
        QSqlError error;
        EXPECT_TRUE(createLatestSchema(connection.db(), &error)) << error.text().toStdString();
        QStringList statements { QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                 QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion) };
        for (const QString &sql : statements + extra)
            EXPECT_TRUE(exec(connection.db(), sql, &error)) << sql.toStdString();
        return path;
    }

    Status verified(const QString &path)
    {
        Connection connection(path, OpenAs::ReadOnly);
        EXPECT_TRUE(connection.open());
        return verify(connection.handle(), path, Integrity::Full);
    }
};

TEST_F(SchemaTest, OurSchemaPassesEveryCheck)
{
    const QString path = made(QStringLiteral("ours.mlplan"));
    const Status status = verified(path);
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    const Result<Header> header = readHeader(path);
    ASSERT_TRUE(header.ok()) << header.error().message.toStdString();
    EXPECT_EQ(header->applicationId, kApplicationId);
    EXPECT_EQ(header->userVersion, kSchemaVersion);
}

// Three tables (settings, ideas, the change log), the ideas' position and name indexes and the
// change log's idea and time indexes; built from our own statements, so it cannot drift.
TEST_F(SchemaTest, TheExpectedSchemaIsWhatCreateSchemaMakes)
{
    const Result<QSet<QString>> expected = expectedSchema(kSchemaVersion);
    ASSERT_TRUE(expected.ok());
    QStringList names;
    for (const QString &object : *expected)
        names << object.section(QLatin1Char('\x1f'), 0, 1);
    names.sort();
    EXPECT_EQ(
        names,
        QStringList({ QStringLiteral("index\x1f"
                                     "changes_at"),
                      QStringLiteral("index\x1f"
                                     "changes_idea"),
                      QStringLiteral("index\x1fideas_name_key"),
                      QStringLiteral("index\x1fideas_position"),
                      QStringLiteral("table\x1f"
                                     "changes"),
                      QStringLiteral("table\x1fideas"), QStringLiteral("table\x1fsettings") }));
}

// expectedSchema works out what SQLite stores instead of running the statements: for every
// version it must be exactly what running createSchema and each updateSchema leaves in
// sqlite_master (an ALTER TABLE, a new kind of statement or an automatic index would show here).
TEST_F(SchemaTest, TheExpectedSchemaIsWhatSqliteStoresForEveryVersion)
{
    for (int version = 1; version <= kSchemaVersion; ++version) {
        Connection memory(QStringLiteral(":memory:"), OpenAs::Write);
        ASSERT_TRUE(memory.open());
        QSqlError error;
        ASSERT_TRUE(createSchema(memory.db(), &error)) << error.text().toStdString();
        for (int from = 1; from < version; ++from)
            ASSERT_TRUE(updateSchema(memory.db(), from, &error)) << error.text().toStdString();
        QSet<QString> stored;
        QSqlQuery query(memory.db());
        ASSERT_TRUE(
            query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")));
        while (query.next())
            stored.insert(query.value(0).toString() + QLatin1Char('\x1f')
                          + query.value(1).toString() + QLatin1Char('\x1f')
                          + query.value(2).toString() + QLatin1Char('\x1f')
                          + query.value(3).toString());
        const Result<QSet<QString>> expected = expectedSchema(version);
        ASSERT_TRUE(expected.ok()) << expected.error().message.toStdString();
        EXPECT_EQ(*expected, stored) << "version " << version;
    }
    EXPECT_FALSE(expectedSchema(kSchemaVersion + 1).ok()) << "no update leads past the latest";
}

TEST_F(SchemaTest, ForeignOrAlteredObjectsAreRefusedByName)
{
    const QList<std::pair<QString, QString>> attacks {
        { QStringLiteral(
              "CREATE TRIGGER evil AFTER INSERT ON ideas BEGIN DELETE FROM settings; END"),
          QStringLiteral("trigger 'evil'") },
        { QStringLiteral("CREATE VIEW peek AS SELECT * FROM ideas"),
          QStringLiteral("view 'peek'") },
        { QStringLiteral("CREATE TABLE extra (a)"), QStringLiteral("table 'extra'") },
        { QStringLiteral("DROP INDEX ideas_position"), QStringLiteral("index 'ideas_position'") },
    };
    int n = 0;
    for (const auto &[attack, named] : attacks) {
        const QString path = made(QStringLiteral("attack%1.mlplan").arg(++n), { attack });
        Connection connection(path, OpenAs::ReadOnly);
        ASSERT_TRUE(connection.open());
        const Status schema = checkSchema(connection.handle(), path, kSchemaVersion);
        ASSERT_FALSE(schema.ok()) << attack.toStdString();
        EXPECT_EQ(schema.error().code, Error::Code::UntrustedSchema);
        EXPECT_TRUE(schema.error().message.contains(named)) << schema.error().message.toStdString();
        EXPECT_EQ(verified(path).error().code, Error::Code::UntrustedSchema);
    }
}

TEST_F(SchemaTest, AnotherApplicationsDatabaseIsNotAPortfolio)
{
    const QString path = made(QStringLiteral("other.db"), {}, 0x12345678);
    const Result<Header> header = readHeader(path);
    ASSERT_FALSE(header.ok());
    EXPECT_EQ(header.error().code, Error::Code::NotAPortfolio);
    EXPECT_EQ(verified(path).error().code, Error::Code::NotAPortfolio);
}

TEST_F(SchemaTest, TheHeaderOfEmptyOrForeignBytesIsRefusedWithoutSQLite)
{
    writeBytes(file(QStringLiteral("empty.mlplan")), {});
    writeBytes(file(QStringLiteral("notes.mlplan")), QByteArray("just some notes\n").repeated(20));
    for (const QString &name : { QStringLiteral("empty.mlplan"), QStringLiteral("notes.mlplan") }) {
        const Result<Header> header = readHeader(file(name));
        ASSERT_FALSE(header.ok()) << name.toStdString();
        EXPECT_EQ(header.error().code, Error::Code::NotAPortfolio);
    }
    EXPECT_EQ(readHeader(file(QStringLiteral("absent.mlplan"))).error().code,
              Error::Code::NotFound);
}

TEST_F(SchemaTest, VersionsNewerThanThisBuildOrMissingAreRefused)
{
    EXPECT_TRUE(checkVersion(QStringLiteral("p.mlplan"), kSchemaVersion).ok());
    const Status newer = checkVersion(QStringLiteral("p.mlplan"), kSchemaVersion + 1);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, Error::Code::TooNew);
    EXPECT_TRUE(newer.error().message.contains(QString::number(kSchemaVersion + 1)));
    EXPECT_EQ(checkVersion(QStringLiteral("p.mlplan"), 0).error().code, Error::Code::NotAPortfolio);
}

TEST_F(SchemaTest, APathWithAPercentSignIsNamedAsItIs)
{
    const Status newer = checkVersion(QStringLiteral("p%1.mlplan"), kSchemaVersion + 1);
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().message.startsWith(QStringLiteral("p%1.mlplan was written")))
        << newer.error().message.toStdString();
    EXPECT_TRUE(newer.error().message.contains(
        QStringLiteral("(file format version %1)").arg(kSchemaVersion + 1)))
        << newer.error().message.toStdString();
}

} // namespace
