// The PostgreSQL store's schema on the server: its version checked before anything is read,
// and values the server holds that ML Planner cannot read refused as damage, like a file's.

#include "pgserver.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QUuid>

#include <gtest/gtest.h>

namespace mlp::test {

namespace {

// A database of its own for a test that changes the schema (the others share one).
class PgOwnDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        server = pgServer(&why);
        ASSERT_NE(server, nullptr) << why.toStdString();
        own = *server;
        own.database = QStringLiteral("mlp_") + QUuid::createUuid().toString(QUuid::Id128);
        ASSERT_TRUE(pgAdmin(*server, QStringLiteral("CREATE DATABASE %1").arg(own.database), &why))
            << why.toStdString();
    }
    void TearDown() override
    {
        QString why;
        if (!server)
            return;
        EXPECT_TRUE(pgAdmin(
            *server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(own.database),
            &why))
            << why.toStdString();
    }

    const PgServer *server = nullptr;
    PgServer own;
};

} // namespace

TEST_F(PgOwnDatabase, ADatabaseWithoutOurTablesHoldsNoPortfolioAndIsLeftAlone)
{
    const QString location = pgLocation(own, QStringLiteral("Team"));
    const auto opened = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotFound);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("publish")))
        << opened.error().message.toStdString();
    QString why;
    // Opening created nothing: the schema is still missing, so this fails.
    EXPECT_FALSE(pgAdmin(own, QStringLiteral("SELECT 1 FROM mlplanner.schema_version"), &why));
}

TEST_F(PgOwnDatabase, ANewerSchemaIsRefusedAndNothingIsWritten)
{
    const QString location = pgLocation(own, QStringLiteral("Team"));
    ASSERT_TRUE(storage::storeOpener().create(location, richPortfolio()).ok());
    QString why;
    ASSERT_TRUE(
        pgAdmin(own, QStringLiteral("UPDATE mlplanner.schema_version SET version = 99"), &why))
        << why.toStdString();
    for (const auto access : { PortfolioStore::Access::Read, PortfolioStore::Access::Write }) {
        const auto opened = storage::storeOpener().open(location, access);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::TooNew) << opened.error().message.toStdString();
    }
    const auto created
        = storage::storeOpener().create(pgLocation(own, QStringLiteral("Other")), richPortfolio());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, Error::Code::TooNew);
    EXPECT_TRUE(pgAdmin(own,
                        QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM mlplanner.portfolios) "
                                       "<> 1 THEN RAISE EXCEPTION 'written'; END IF; END $$"),
                        &why))
        << why.toStdString();
}

TEST_F(PgOwnDatabase, AValueThatCannotBeReadIsRefusedAsDamage)
{
    const Portfolio original = richPortfolio();
    const QString location = pgLocation(own, QStringLiteral("Team"));
    ASSERT_TRUE(storage::storeOpener().create(location, original).ok());
    const qint64 damaged = original.ideas.front().id;
    QString why;
    ASSERT_TRUE(pgAdmin(
        own,
        QStringLiteral("UPDATE mlplanner.ideas SET stage = 'nowhere' WHERE id = %1").arg(damaged),
        &why))
        << why.toStdString();
    auto store = storage::storeOpener().open(location, PortfolioStore::Access::Read);
    ASSERT_TRUE(store.ok());
    const auto loaded = (*store)->load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, Error::Code::Corrupt);
    const auto idea = (*store)->loadIdea(damaged);
    ASSERT_FALSE(idea.ok());
    EXPECT_EQ(idea.error().code, Error::Code::Corrupt);
    EXPECT_FALSE((*store)->checkIntegrity().ok());
    // The other ideas still read one by one.
    EXPECT_TRUE((*store)->loadIdea(original.ideas.back().id).ok());
}

// A database as version 2 kept it: each idea's raters packed in one column of mlplanner.ideas
// ("<length>:<name><one digit per question>\n" per rater), no mlplanner.ratings.
TEST_F(PgOwnDatabase, AVersion2DatabaseIsBroughtTo3KeepingEveryIdeaAndAnswer)
{
    Portfolio original = richPortfolio();
    // More ideas and raters than one batch of the move holds.
    for (int i = 0; i < 150; ++i) {
        Idea idea = original.ideas.first();
        idea.id = 1000 + i;
        idea.name = QStringLiteral("Copy %1").arg(i);
        idea.raters.append(Rater { QStringLiteral("Rater %1").arg(i), {} });
        idea.raters.last().answers[i % kQuestionCount] = qint8(1 + i % 5);
        original.ideas.append(idea);
    }
    const QString location = pgLocation(own, QStringLiteral("Team"));
    ASSERT_TRUE(storage::storeOpener().create(location, original).ok());
    QString why;
    for (const QString &statement : {
             QStringLiteral("ALTER TABLE mlplanner.ideas ADD COLUMN raters text NOT NULL "
                            "DEFAULT ''"),
             // length() counts characters as the packed text's UTF-16 length does for every name
             // here (none lies outside the Basic Multilingual Plane).
             QStringLiteral("UPDATE mlplanner.ideas i SET raters = COALESCE((SELECT "
                            "string_agg(length(r.rater) || ':' || r.rater || r.answers || E'\\n', "
                            "'' ORDER BY r.position) FROM mlplanner.ratings r WHERE "
                            "r.portfolio_id = i.portfolio_id AND r.idea_id = i.id), '')"),
             QStringLiteral("DROP TABLE mlplanner.ratings"),
             QStringLiteral("UPDATE mlplanner.schema_version SET version = 2"),
         }) {
        ASSERT_TRUE(pgAdmin(own, statement, &why)) << why.toStdString();
    }
    // Read-only, nothing is brought up to date: it says what to do.
    const auto reading = storage::storeOpener().open(location, PortfolioStore::Access::Read);
    ASSERT_FALSE(reading.ok());
    EXPECT_TRUE(reading.error().message.contains(QStringLiteral("older format")))
        << reading.error().message.toStdString();

    auto store = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_TRUE(*loaded == original);
    EXPECT_TRUE(*(*store)->loadIdea(original.ideas.first().id) == original.ideas.first());
    // The packed column is gone and every answer has its row.
    EXPECT_FALSE(pgAdmin(own, QStringLiteral("SELECT raters FROM mlplanner.ideas"), &why));
    qsizetype raters = 0;
    for (const Idea &idea : original.ideas)
        raters += idea.raters.size();
    EXPECT_TRUE(pgAdmin(own,
                        QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM mlplanner.ratings) "
                                       "<> %1 OR (SELECT max(version) FROM "
                                       "mlplanner.schema_version) <> 3 THEN RAISE EXCEPTION "
                                       "'not moved'; END IF; END $$")
                            .arg(raters),
                        &why))
        << why.toStdString();
    // And it is written as before.
    Idea changed = original.ideas.first();
    changed.raters.first().answers[0] = 5;
    ASSERT_TRUE((*store)->upsertIdea(changed, &original.ideas.first()).ok());
    EXPECT_TRUE(*(*store)->loadIdea(changed.id) == changed);
}

} // namespace mlp::test
