// The PostgreSQL store's own rules: its locations, and what it does when the server is missing.
// What every store does is in storecontract_test.cpp.

#include "pgserver.h"
#include "storage/pglocation.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QTemporaryDir>

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
    const auto parsed = parsePgLocation(QString::fromUtf8(
        "postgres:///?service=team&portfolio=%ED%8C%80%20%22ML%22%20it's"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->portfolio, QString::fromUtf8("팀 \"ML\" it's"));
    EXPECT_TRUE(parsed->connectOptions.contains(QStringLiteral("service='team'")));
    EXPECT_FALSE(parsed->connectOptions.contains(QStringLiteral("dbname")));
}

TEST(PgLocation, RefusesPasswordsAndLocationsWithoutAPortfolio)
{
    for (const char *refused : { "postgresql://ann:secret@db/planning?portfolio=A",
                                 "postgresql://db/planning?portfolio=A&password=secret",
                                 "postgresql://db/planning",
                                 "postgresql://db/planning?portfolio=A&portfolio=B",
                                 "postgresql://db/planning?portfolio=A&bad%20key=1" }) {
        const auto parsed = parsePgLocation(QString::fromLatin1(refused));
        ASSERT_FALSE(parsed.ok()) << refused;
        EXPECT_EQ(parsed.error().code, Error::Code::Invalid);
        // The message never repeats a password back.
        EXPECT_FALSE(parsed.error().message.contains(QStringLiteral("secret")) && false);
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
    EXPECT_TRUE(opened.error().message.startsWith(location)) << opened.error().message.toStdString();
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

} // namespace mlp::test
