// Who may do what on a shared portfolio is decided by the server, not by ML Planner: a role
// granted only reading is refused every change by the server itself (the store does not hide
// anything from it), and an editor may change ideas but not the settings. The grants are those
// docs/team.md gives, "Roles".

#include "core/domain/changelog.h"
#include "pgserver.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

namespace mlp::test {
namespace {

using Access = PortfolioStore::Access;

// A login role of its own with the grants of docs/team.md for `kind`.
QString makeRole(const PgServer &server, const QString &kind)
{
    const QString role
        = kind + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QStringList sql {
        QStringLiteral("CREATE ROLE %1 LOGIN").arg(role),
        QStringLiteral("GRANT USAGE ON SCHEMA mlplanner TO %1").arg(role),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA mlplanner TO %1").arg(role),
    };
    if (kind == QLatin1String("editor"))
        sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON mlplanner.ideas TO %1").arg(role)
            << QStringLiteral("GRANT INSERT ON mlplanner.changes TO %1").arg(role)
            // The row lock every change takes (SELECT … FOR SHARE) needs an UPDATE grant.
            << QStringLiteral("GRANT UPDATE (created_at) ON mlplanner.portfolios TO %1").arg(role);
    for (const QString &statement : sql) {
        QString why;
        EXPECT_TRUE(pgAdmin(server, statement, &why)) << why.toStdString();
    }
    return role;
}

QString locationAs(const PgServer &server, const QString &portfolio, const QString &role)
{
    QString location = pgLocation(server, portfolio);
    const QString user
        = QStringLiteral("user=") + QString::fromLatin1(QUrl::toPercentEncoding(server.user));
    location.replace(user, QStringLiteral("user=") + role);
    return location;
}

TEST(PgRoles, TheServerRefusesAViewerEveryChange)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString name = uniquePortfolioName(QStringLiteral("roles"));
    const Portfolio original = richPortfolio();
    ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), original).ok());
    const QString viewer = makeRole(*server, QStringLiteral("viewer"));

    // Opened for writing: nothing on this side stops the viewer; the server does.
    auto store = storage::storeOpener().open(locationAs(*server, name, viewer), Access::Write);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const int logged = int((*store)->loadChanges({})->size());

    Idea changed = original.ideas.front();
    changed.name = QStringLiteral("Changed by a viewer");
    ScoringConfig config = original.config;
    config.impactThreshold = 7;
    const Status refusals[] = {
        (*store)->upsertIdea(changed),
        (*store)->removeIdea(original.ideas.back().id),
        (*store)->saveSettings(QStringLiteral("Viewer's name"), config),
        (*store)->replaceAll(Portfolio {}),
    };
    for (const Status &refused : refusals) {
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("may not do this")))
            << refused.error().message.toStdString();
    }
    auto owner = storage::storeOpener().open(pgLocation(*server, name), Access::Read);
    ASSERT_TRUE(owner.ok());
    EXPECT_TRUE(*(*owner)->load() == original);
    EXPECT_EQ(int((*owner)->loadChanges({})->size()), logged);
}

TEST(PgRoles, AnEditorChangesIdeasButNotTheSettings)
{
    MLP_REQUIRE_PG_SERVER(server);
    const QString name = uniquePortfolioName(QStringLiteral("roles"));
    const Portfolio original = richPortfolio();
    ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), original).ok());
    const QString editor = makeRole(*server, QStringLiteral("editor"));
    auto store = storage::storeOpener().open(locationAs(*server, name, editor), Access::Write);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();

    Idea changed = original.ideas.front();
    changed.name = QStringLiteral("Changed by an editor");
    const Status kept = (*store)->upsertIdea(changed);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    // The change log names the role the server authenticated, whatever the client is.
    const auto changes = (*store)->loadChanges({});
    ASSERT_TRUE(changes.ok());
    ASSERT_FALSE(changes->isEmpty());
    EXPECT_EQ(changes->first().who, editor);
    // Nor can a row written straight into the log claim another name or time: the server
    // stamps it.
    QString why;
    ASSERT_TRUE(pgAdmin(*server,
                        QStringLiteral("INSERT INTO mlplanner.changes (portfolio_id, idea_id, "
                                       "idea_name, field, item, old_value, new_value, note, "
                                       "who, at) SELECT id, 1, 'x', 'name', '', 'a', 'b', '', "
                                       "'mallory', now() - interval '1 year' FROM "
                                       "mlplanner.portfolios WHERE name = '%1'")
                            .arg(name),
                        &why))
        << why.toStdString();
    const auto stamped = (*store)->loadChanges({});
    ASSERT_TRUE(stamped.ok());
    EXPECT_EQ(stamped->first().who, server->user);
    EXPECT_GT(stamped->first().at, QDateTime::currentDateTimeUtc().addDays(-1));

    ScoringConfig config = original.config;
    config.impactThreshold = 7;
    const Status refused = (*store)->saveSettings(QStringLiteral("Editor's name"), config);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("may not do this")))
        << refused.error().message.toStdString();
    EXPECT_EQ((*store)->loadSettings()->config.impactThreshold, original.config.impactThreshold);
}

} // namespace
} // namespace mlp::test
