// Who may do what on a shared portfolio is decided by the server, not by ML Planner: a role
// granted only reading is refused every change by the server itself (the store does not hide
// anything from it), an editor may change ideas but not the settings, and a rater only their
// own answers (row-level security on mlplanner.ratings). The grants are those docs/team.md
// gives, "Roles".

#include "core/domain/changelog.h"
#include "pgserver.h"
#include "storage/stores.h"
#include "storagetestutil.h"

#include <QThread>
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
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON mlplanner.ratings TO %1").arg(role)
            << QStringLiteral("GRANT INSERT ON mlplanner.changes TO %1").arg(role)
            // The row lock every change takes (SELECT … FOR SHARE) needs an UPDATE grant.
            << QStringLiteral("GRANT UPDATE (created_at) ON mlplanner.portfolios TO %1").arg(role);
    // A rater whose login may also add ideas (but not change or remove them): the row
    // security of mlplanner.ratings lets such a login write every rater's answers.
    if (kind == QLatin1String("rater") || kind == QLatin1String("adder"))
        sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON mlplanner.ratings TO %1").arg(role)
            << QStringLiteral("GRANT INSERT ON mlplanner.changes TO %1").arg(role)
            << QStringLiteral("GRANT UPDATE (created_at) ON mlplanner.portfolios TO %1").arg(role)
            // The lock on the idea's row while its answers change (SELECT … FOR UPDATE).
            << QStringLiteral("GRANT UPDATE (revision) ON mlplanner.ideas TO %1").arg(role);
    if (kind == QLatin1String("adder"))
        sql << QStringLiteral("GRANT INSERT ON mlplanner.ideas TO %1").arg(role);
    // PostgreSQL refuses two GRANTs on one table at the same moment ("tuple concurrently
    // updated"), which tests running side by side do: such a statement is tried again.
    for (const QString &statement : sql) {
        QString why;
        bool done = false;
        for (int attempt = 0; attempt < 50 && !done; ++attempt) {
            why.clear();
            done = pgAdmin(server, statement, &why);
            if (!done && !why.contains(QLatin1String("concurrently updated")))
                break;
            if (!done)
                QThread::msleep(20);
        }
        EXPECT_TRUE(done) << why.toStdString();
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

void expectRefused(const Status &status)
{
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("your login may not do this")))
        << status.error().message.toStdString();
}

// A portfolio whose first idea has the rater `login` (written in capitals: a rater's name is
// the login ignoring case) beside others.
class PgRater : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        server = pgServer(&why);
        ASSERT_NE(server, nullptr) << why.toStdString();
        name = uniquePortfolioName(QStringLiteral("rater"));
        ASSERT_TRUE(storage::storeOpener().create(pgLocation(*server, name), Portfolio {}).ok());
        login = makeRole(*server, QStringLiteral("rater"));
        original = richPortfolio();
        Rater mine { login.toUpper(), {} };
        mine.answers[0] = 2;
        mine.answers[3] = 4;
        original.ideas.first().raters.insert(1, mine);
        auto owner = storage::storeOpener().open(pgLocation(*server, name), Access::Write);
        ASSERT_TRUE(owner.ok());
        ASSERT_TRUE((*owner)->replaceAll(original).ok());
        auto opened = storage::storeOpener().open(locationAs(*server, name, login), Access::Write);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(*opened);
    }

    Portfolio stored() const
    {
        auto owner = storage::storeOpener().open(pgLocation(*server, name), Access::Read);
        EXPECT_TRUE(owner.ok());
        return owner.ok() ? *(*owner)->load() : Portfolio {};
    }

    const PgServer *server = nullptr;
    QString name;
    QString login;
    Portfolio original;
    std::unique_ptr<PortfolioStore> store;
};

TEST_F(PgRater, ARaterChangesTheirOwnAnswersAndTheLogSaysWho)
{
    const Idea &base = original.ideas.first();
    const int logged = int(store->loadChanges({})->size());
    Idea changed = base;
    changed.raters[1].answers[0] = 5;
    changed.raters[1].answers[7] = 1;
    const Status kept = store->upsertIdea(changed, &base);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_TRUE(stored().ideas.first() == changed);
    const auto changes = store->loadChanges({});
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(int(changes->size()), logged + 2);
    for (const FieldChange &change : changes->mid(0, 2)) {
        EXPECT_EQ(change.who, login);
        EXPECT_EQ(change.item, login.toUpper());
        EXPECT_TRUE(change.field.startsWith(QStringLiteral("answer/")))
            << change.field.toStdString();
    }

    // Without a base too, and on an idea they had not rated yet: they add themselves.
    Idea other = original.ideas.last();
    other.raters.append(Rater { login, {} });
    other.raters.last().answers[2] = 3;
    const Status added = store->upsertIdea(other);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_TRUE(stored().ideas.last() == other);
    // And remove themselves again.
    Idea removed = other;
    removed.raters.removeLast();
    ASSERT_TRUE(store->upsertIdea(removed, &other).ok());
    EXPECT_TRUE(stored().ideas.last() == original.ideas.last());
}

TEST_F(PgRater, TheServerRefusesARaterAnythingButTheirOwnAnswers)
{
    const Idea &base = original.ideas.first();
    const int logged = int(store->loadChanges({})->size());
    Idea others = base;
    others.raters[0].answers[0] = others.raters[0].answers[0] == 5 ? 1 : 5;
    Idea renamedRater = base;
    renamedRater.raters[0].name = login;
    Idea removedRater = base;
    removedRater.raters.removeFirst();
    Idea addedRater = base;
    addedRater.raters.append(Rater { QStringLiteral("Someone else"), {} });
    Idea mineRenamed = base;
    mineRenamed.raters[1].name = QStringLiteral("Not my login");
    Idea renamed = base;
    renamed.name = QStringLiteral("Renamed by a rater");
    MoveRequest back;
    back.to = Stage::Data;
    back.reason = QStringLiteral("A rater's move");
    const auto movedBack
        = moveIdea(base, back, QDateTime::currentDateTimeUtc(), original.config.readinessGate);
    ASSERT_TRUE(movedBack.ok()) << movedBack.error().message.toStdString();
    const Idea &moved = *movedBack;
    Idea mixed = renamed; // the name with my own answer: all or nothing
    mixed.raters[1].answers[0] = 5;
    ScoringConfig config = original.config;
    config.impactThreshold = 7;
    Idea fresh;
    fresh.id = 999;
    fresh.name = QStringLiteral("A rater's idea");
    for (const Idea &attempt :
         { others, renamedRater, removedRater, addedRater, mineRenamed, renamed, moved, mixed }) {
        SCOPED_TRACE(attempt.name.toStdString());
        expectRefused(store->upsertIdea(attempt, &base));
        expectRefused(store->upsertIdea(attempt));
    }
    expectRefused(store->upsertIdea(fresh));
    expectRefused(store->removeIdea(base.id));
    expectRefused(store->saveSettings(QStringLiteral("Rater's name"), config));
    expectRefused(store->replaceAll(original));
    EXPECT_TRUE(stored() == original);
    EXPECT_EQ(int(store->loadChanges({})->size()), logged);
}

TEST_F(PgRater, TheStoreSaysWhatEachLoginMayDo)
{
    const auto mine = store->permissions();
    EXPECT_EQ(mine.login, login);
    EXPECT_FALSE(mine.ideas);
    EXPECT_FALSE(mine.settings);
    EXPECT_FALSE(mine.allAnswers);
    EXPECT_TRUE(mine.ownAnswers);
    EXPECT_TRUE(mine.mayRate(login.toUpper()));
    EXPECT_FALSE(mine.mayRate(original.ideas.first().raters.first().name));

    const QString viewer = makeRole(*server, QStringLiteral("viewer"));
    const QString editor = makeRole(*server, QStringLiteral("editor"));
    auto asViewer = storage::storeOpener().open(locationAs(*server, name, viewer), Access::Write);
    auto asEditor = storage::storeOpener().open(locationAs(*server, name, editor), Access::Write);
    auto asOwner = storage::storeOpener().open(pgLocation(*server, name), Access::Write);
    auto reading = storage::storeOpener().open(pgLocation(*server, name), Access::Read);
    ASSERT_TRUE(asViewer.ok() && asEditor.ok() && asOwner.ok() && reading.ok());
    const auto v = (*asViewer)->permissions();
    EXPECT_FALSE(v.ideas || v.settings || v.allAnswers || v.ownAnswers);
    const auto e = (*asEditor)->permissions();
    EXPECT_TRUE(e.ideas && e.allAnswers && e.ownAnswers);
    EXPECT_FALSE(e.settings);
    const auto o = (*asOwner)->permissions();
    EXPECT_TRUE(o.ideas && o.settings && o.allAnswers && o.ownAnswers);
    EXPECT_EQ(o.login, server->user);
    const auto r = (*reading)->permissions();
    EXPECT_FALSE(r.ideas || r.settings || r.allAnswers || r.ownAnswers);
}

// The window offers what the server allows, no less: a login that may add ideas but not change
// or remove them is told it may write every rater's answers, and the server accepts that.
TEST_F(PgRater, ALoginThatMayAddIdeasWritesEveryRatersAnswersAsThePolicySays)
{
    const QString adder = makeRole(*server, QStringLiteral("adder"));
    auto opened = storage::storeOpener().open(locationAs(*server, name, adder), Access::Write);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    auto &asAdder = *opened;
    const auto may = asAdder->permissions();
    EXPECT_TRUE(may.allAnswers);
    EXPECT_TRUE(may.ownAnswers);
    EXPECT_FALSE(may.ideas); // changing a name or a stage needs UPDATE on ideas
    const auto read = asAdder->loadIdea(original.ideas.first().id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Idea base = *read;
    ASSERT_FALSE(base.raters.isEmpty());
    Idea changed = base;
    changed.raters.first().answers[0] = changed.raters.first().answers[0] == 5 ? 1 : 5;
    const Status written = asAdder->upsertIdea(changed, &base);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const auto after = asAdder->loadIdea(base.id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->raters.first().answers[0], changed.raters.first().answers[0]);
}

TEST_F(PgRater, AnEditorChangesEveryRatersAnswers)
{
    const QString editor = makeRole(*server, QStringLiteral("editor"));
    auto asEditor = storage::storeOpener().open(locationAs(*server, name, editor), Access::Write);
    ASSERT_TRUE(asEditor.ok());
    const Idea &base = original.ideas.first();
    Idea changed = base;
    changed.raters[0].answers[0] = changed.raters[0].answers[0] == 5 ? 1 : 5;
    changed.raters[1].answers[1] = 5;
    changed.raters.swapItemsAt(0, 2); // a new order is kept too
    changed.raters.append(Rater { QStringLiteral("Added by the editor"), {} });
    const Status kept = (*asEditor)->upsertIdea(changed, &base);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_TRUE(stored().ideas.first() == changed);
}

} // namespace
} // namespace mlp::test
