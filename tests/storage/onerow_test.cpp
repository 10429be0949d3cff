// The reads of one part of a portfolio (loadSettings, loadIdea, ideasNamedBy, nextIdeaId) and
// the editor's open (Access::Edit): what a one-row edit of the command line rests on.
#include "storage/ideacodecs.h"
#include "storage/ideacolumns.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"
#include "storagetestutil.h"

#include <QDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace mlp;
using namespace mlp::storage;
using namespace mlp::test;

namespace {

std::string text(const Error &e)
{
    return e.message.toStdString();
}

// Names that differ by case, spaces, Unicode case folding, and names that look like ids.
Portfolio namesPortfolio()
{
    Portfolio p = richPortfolio();
    const QStringList names { QStringLiteral("Alpha"),   QStringLiteral("  alpha "),
                              QStringLiteral("Beta"),    QStringLiteral("ÉCOLE"),
                              QStringLiteral("école"),   QStringLiteral("ΣΊΣΥΦΟΣ"),
                              QStringLiteral("σίσυφος"), QStringLiteral("77"),
                              QStringLiteral("4242"),    QStringLiteral("Gamma"),
                              QStringLiteral("gamma"),   QStringLiteral("GAMMA") };
    qint64 id = 100;
    for (const QString &name : names) {
        Idea idea = numberedIdea(id++);
        idea.name = name;
        p.ideas.append(idea);
    }
    p.ideas.append(numberedIdea(77));
    return p;
}

const QStringList kQueries {
    QStringLiteral("alpha"),  QStringLiteral("Alpha"),   QStringLiteral(" ALPHA "),
    QStringLiteral("beta"),   QStringLiteral("école"),   QStringLiteral("Écolé"),
    QStringLiteral("ÉCOLE"),  QStringLiteral("σίσυφος"), QStringLiteral("ΣΊΣΥΦΟΣ"),
    QStringLiteral("77"),     QStringLiteral("4242"),    QStringLiteral("101"),
    QStringLiteral("gamma"),  QStringLiteral("Gamma"),   QStringLiteral("GaMMa"),
    QStringLiteral("nobody"), QStringLiteral(""),        QStringLiteral("   "),
    QStringLiteral("99999")
};

// Resolving among the ideas the store names gives what resolving in the whole portfolio does.
void expectResolvesLikeThePortfolio(const PortfolioStore &store, const Portfolio &whole)
{
    for (const QString &query : kQueries) {
        const auto named = store.ideasNamedBy(query);
        ASSERT_TRUE(named.ok()) << text(named.error());
        Portfolio among;
        among.ideas = *named;
        const Result<qint64> expected = whole.resolve(query);
        const Result<qint64> got = among.resolve(query);
        ASSERT_EQ(got.ok(), expected.ok()) << query.toStdString();
        if (expected.ok())
            EXPECT_EQ(*got, *expected) << query.toStdString();
        else
            EXPECT_EQ(got.error().message, expected.error().message) << query.toStdString();
    }
}

class OneRowTest : public StorageTest
{
protected:
    // A file of schema version 2 (before name_key) holding `portfolio`, as that version wrote
    // it: version 2's tables, the rows copied from a file this version wrote.
    QString versionTwoFile(const QString &name, const Portfolio &portfolio)
    {
        const QString source = create(QStringLiteral("source-") + name, portfolio);
        const QString path = file(name);
        Connection connection(path, OpenAs::Write);
        EXPECT_TRUE(connection.open());
        QSqlError error;
        const QString columns = QStringLiteral(
            "id, position, name, description, owner, archetype, accuracy, override_impact, "
            "override_feasibility, override_note, stage, outcome, outcome_reason, created_at, "
            "flywheel, checklist, raters, history, details, outcome_at, readiness");
        EXPECT_TRUE(createSchema(connection.db(), &error)) << error.text().toStdString();
        EXPECT_TRUE(updateSchema(connection.db(), 1, &error)) << error.text().toStdString();
        const QStringList statements {
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral("PRAGMA user_version = 2"),
            QStringLiteral("ATTACH DATABASE '%1' AS source").arg(source),
            QStringLiteral("INSERT INTO settings SELECT key, value FROM source.settings "
                           "WHERE key <> 'session'"),
            QStringLiteral("INSERT INTO ideas (%1) SELECT %1 FROM source.ideas").arg(columns),
            QStringLiteral("DETACH DATABASE source"),
        };
        for (const QString &sql : statements)
            EXPECT_TRUE(exec(connection.db(), sql, &error))
                << sql.toStdString() << error.text().toStdString();
        return path;
    }
};

} // namespace

TEST_F(OneRowTest, EachPartReadsAsTheWholeLoadReadsIt)
{
    const Portfolio original = namesPortfolio();
    const QString path = create(QStringLiteral("p.mlplan"), original);
    for (const auto access : { PortfolioStore::Access::Edit, PortfolioStore::Access::Read,
                               PortfolioStore::Access::Write }) {
        auto store = PortfolioFile::open(path, access);
        ASSERT_TRUE(store.ok()) << text(store.error());
        const auto whole = (*store)->load();
        ASSERT_TRUE(whole.ok()) << text(whole.error());
        const auto settings = (*store)->loadSettings();
        ASSERT_TRUE(settings.ok()) << text(settings.error());
        EXPECT_EQ(settings->name, whole->name);
        EXPECT_TRUE(settings->config == whole->config);
        EXPECT_TRUE(settings->ideas.isEmpty());
        for (const Idea &idea : whole->ideas) {
            const auto one = (*store)->loadIdea(idea.id);
            ASSERT_TRUE(one.ok()) << text(one.error());
            EXPECT_TRUE(*one == idea) << idea.id;
        }
        const auto missing = (*store)->loadIdea(99999);
        ASSERT_FALSE(missing.ok());
        EXPECT_EQ(missing.error().code, Error::Code::NotFound);
        const auto next = (*store)->nextIdeaId();
        ASSERT_TRUE(next.ok());
        EXPECT_EQ(*next, whole->nextId());
        expectResolvesLikeThePortfolio(**store, *whole);
    }
}

TEST_F(OneRowTest, AnUnknownIdIsNamedWithThePathAsItIs)
{
    // A path with "%2" in it: the id must not be written into the path, nor the path garbled.
    const QString path = create(QStringLiteral("100%2 done.mlplan"), namesPortfolio());
    auto store = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(store.ok()) << text(store.error());
    const auto missing = (*store)->loadIdea(99999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("100%2 done.mlplan has no idea")))
        << text(missing.error());
    EXPECT_TRUE(missing.error().message.endsWith(QStringLiteral("the id 99999.")))
        << text(missing.error());
}

TEST_F(OneRowTest, NamesFollowEveryChangeOfTheIdeas)
{
    const QString path = create(QStringLiteral("p.mlplan"), namesPortfolio());
    auto store = PortfolioFile::open(path, PortfolioStore::Access::Edit);
    ASSERT_TRUE(store.ok()) << text(store.error());
    Idea renamed = *(*store)->loadIdea(102);
    renamed.name = QStringLiteral("Delta");
    ASSERT_TRUE((*store)->upsertIdea(renamed).ok());
    Idea added = numberedIdea(*(*store)->nextIdeaId());
    added.name = QStringLiteral(" beta");
    ASSERT_TRUE((*store)->upsertIdea(added).ok());
    ASSERT_TRUE((*store)->removeIdea(100).ok());
    const auto whole = (*store)->load();
    ASSERT_TRUE(whole.ok());
    expectResolvesLikeThePortfolio(**store, *whole);
    EXPECT_EQ(whole->resolve(QStringLiteral("delta")).value(), 102);

    Portfolio replaced = namesPortfolio();
    replaced.ideas.removeLast();
    ASSERT_TRUE((*store)->replaceAll(replaced).ok());
    expectResolvesLikeThePortfolio(**store, replaced);
}

TEST_F(OneRowTest, AVersionTwoFileIsReadAsItIsAndGetsItsNameIndexFromAWriter)
{
    const Portfolio original = namesPortfolio();
    const QString path = versionTwoFile(QStringLiteral("old.mlplan"), original);
    ASSERT_EQ(readHeader(path)->userVersion, 2);
    const QByteArray before = readBytes(path);
    {
        auto reader = PortfolioFile::open(path, PortfolioStore::Access::Read);
        ASSERT_TRUE(reader.ok()) << text(reader.error());
        expectResolvesLikeThePortfolio(**reader, original);
        EXPECT_TRUE(*(*reader)->loadIdea(105) == *original.find(105));
    }
    EXPECT_EQ(readBytes(path), before);
    {
        // An editor of an older file migrates it (after the full check, as a writer does).
        auto editor = PortfolioFile::open(path, PortfolioStore::Access::Edit);
        ASSERT_TRUE(editor.ok()) << text(editor.error());
        expectResolvesLikeThePortfolio(**editor, original);
    }
    EXPECT_EQ(readHeader(path)->userVersion, kSchemaVersion);
    auto reader = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    const auto migrated = (*reader)->load();
    ASSERT_TRUE(migrated.ok()) << text(migrated.error());
    EXPECT_EQ(migrated->name, original.name);
    EXPECT_TRUE(migrated->config == original.config);
    ASSERT_EQ(migrated->ideas.size(), original.ideas.size());
    for (qsizetype i = 0; i < original.ideas.size(); ++i)
        EXPECT_TRUE(migrated->ideas[i] == original.ideas[i]) << i;
}

// An editor does not check every page, but what it depends on is checked: the settings in full
// (the damage a quick check misses is refused) and every page it reads as SQLite loads it.
TEST_F(OneRowTest, AnEditorRefusesDamageInWhatItReadsAndWritesNothing)
{
    const QString path = createRich();
    QByteArray bytes = readBytes(path);
    const qsizetype at = bytes.indexOf("cost-base");
    ASSERT_GT(at, 0);
    bytes.replace(at, 4, "zzzz");
    writeBytes(path, bytes);
    auto editor = PortfolioFile::open(path, PortfolioStore::Access::Edit);
    ASSERT_FALSE(editor.ok());
    EXPECT_EQ(editor.error().code, Error::Code::Corrupt) << text(editor.error());
    EXPECT_TRUE(editor.error().message.contains(QStringLiteral("PRIMARY KEY order")))
        << text(editor.error());
    EXPECT_EQ(readBytes(path), bytes);
}

TEST_F(OneRowTest, AnEditorRefusesDamagedIdeaPagesItTouches)
{
    const QString path = file(QStringLiteral("big.mlplan"));
    {
        Portfolio p = richPortfolio();
        for (int i = 100; i < 400; ++i)
            p.ideas.append(numberedIdea(i));
        ASSERT_TRUE(PortfolioFile::create(path, p).ok());
    }
    QByteArray bytes = readBytes(path);
    const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    // Every page after the schema and the settings: the ideas' table and its indexes.
    for (qsizetype page = 2; page < bytes.size() / pageSize; ++page)
        for (int i = 8; i < 400; ++i)
            bytes[page * pageSize + i] = char(0xA5);
    writeBytes(path, bytes);
    auto editor = PortfolioFile::open(path, PortfolioStore::Access::Edit);
    ASSERT_TRUE(editor.ok()) << text(editor.error());
    const auto named = (*editor)->ideasNamedBy(QStringLiteral("150"));
    const auto idea = (*editor)->loadIdea(150);
    EXPECT_FALSE(named.ok() && idea.ok());
    const Error error = named.ok() ? idea.error() : named.error();
    EXPECT_EQ(error.code, Error::Code::Corrupt) << text(error);
    Idea changed = numberedIdea(150);
    EXPECT_FALSE((*editor)->upsertIdea(changed).ok());
    editor->reset();
    EXPECT_EQ(readBytes(path), bytes);
}

// A reader checks as an editor does: the settings in full when it opens, then every page of
// the ideas as it reads them, so damage there is refused instead of read (and nothing is
// written either way).
TEST_F(OneRowTest, AReaderRefusesDamagedIdeaPagesAsItReadsThem)
{
    const QString path = file(QStringLiteral("big.mlplan"));
    {
        Portfolio p = richPortfolio();
        for (int i = 100; i < 400; ++i)
            p.ideas.append(numberedIdea(i));
        ASSERT_TRUE(PortfolioFile::create(path, p).ok());
    }
    QByteArray bytes = readBytes(path);
    const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    for (qsizetype page = 2; page < bytes.size() / pageSize; ++page)
        for (int i = 8; i < 400; ++i)
            bytes[page * pageSize + i] = char(0xA5);
    writeBytes(path, bytes);
    auto reader = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    const auto loaded = (*reader)->load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, Error::Code::Corrupt) << text(loaded.error());
    Portfolio settings;
    int seen = 0;
    const Status each
        = (*reader)->readEachIdea(settings, [&seen](const Idea &, qint64) { ++seen; });
    ASSERT_FALSE(each.ok());
    EXPECT_EQ(each.error().code, Error::Code::Corrupt) << text(each.error());
    reader->reset();
    EXPECT_EQ(readBytes(path), bytes);
}

// A name_key that does not match its name (another tool changed the file) can hide an idea
// from a lookup by name, never make the lookup pick another idea.
TEST_F(OneRowTest, AStaleNameKeyNeverPicksAnotherIdea)
{
    const Portfolio original = namesPortfolio();
    const QString path = create(QStringLiteral("p.mlplan"), original);
    {
        Connection connection(path, OpenAs::Write);
        ASSERT_TRUE(connection.open());
        QSqlError error;
        // "Beta" (102) carries the key of "alpha"; "Gamma" (109) loses its own.
        ASSERT_TRUE(exec(connection.db(),
                         QStringLiteral("UPDATE ideas SET name_key = 'alpha' WHERE id = 102"),
                         &error));
        ASSERT_TRUE(exec(connection.db(),
                         QStringLiteral("UPDATE ideas SET name_key = 'x' WHERE id = 109"), &error));
    }
    auto store = PortfolioFile::open(path, PortfolioStore::Access::Edit);
    ASSERT_TRUE(store.ok()) << text(store.error());
    Portfolio among;
    among.ideas = *(*store)->ideasNamedBy(QStringLiteral("Alpha"));
    EXPECT_EQ(among.resolve(QStringLiteral("Alpha")).value(), 100);
    among.ideas = *(*store)->ideasNamedBy(QStringLiteral("Beta"));
    EXPECT_FALSE(among.resolve(QStringLiteral("Beta")).ok());
    // Hidden, "Gamma" is refused (the others differ in case) rather than taken for one of them.
    among.ideas = *(*store)->ideasNamedBy(QStringLiteral("Gamma"));
    EXPECT_FALSE(among.resolve(QStringLiteral("Gamma")).ok());
    among.ideas = *(*store)->ideasNamedBy(QStringLiteral("gamma"));
    EXPECT_EQ(among.resolve(QStringLiteral("gamma")).value(), 110);
}
