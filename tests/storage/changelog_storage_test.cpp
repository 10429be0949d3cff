// The change log in a .mlplan file: every writer records what it changes in the same
// transaction (who, when, which idea, which field, old -> new), read back filtered; schema
// version 4 and its migration from version 3.
#include "storage/changetable.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"
#include "storagetestutil.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace mlp;
using namespace mlp::storage;
using namespace mlp::test;

namespace {

std::string text(const Error &e)
{
    return e.message.toStdString();
}

QList<FieldChange> changesOf(const PortfolioStore &store, const ChangeQuery &query = {})
{
    const auto changes = store.loadChanges(query);
    EXPECT_TRUE(changes.ok()) << text(changes.error());
    return changes.ok() ? *changes : QList<FieldChange>();
}

QStringList fieldsOf(const QList<FieldChange> &changes)
{
    QStringList fields;
    for (const FieldChange &c : changes)
        fields << c.field;
    return fields;
}

Portfolio twoIdeas()
{
    Portfolio p;
    p.name = QStringLiteral("Team");
    p.ideas << numberedIdea(1) << numberedIdea(2);
    return p;
}

class ChangeLogStorageTest : public StorageTest
{
protected:
    std::unique_ptr<PortfolioFile>
    open(const QString &path, PortfolioStore::Access access = PortfolioStore::Access::Edit)
    {
        auto store = PortfolioFile::open(path, access);
        EXPECT_TRUE(store.ok()) << text(store.error());
        return store.ok() ? std::move(*store) : nullptr;
    }

    // A file of schema version 3 (before the change log) holding `portfolio`, as that version
    // wrote it: version 3's tables, the rows copied from a file this version wrote.
    QString versionThreeFile(const QString &name, const Portfolio &portfolio)
    {
        const QString source = create(QStringLiteral("source-") + name, portfolio);
        const QString path = file(name);
        Connection connection(path, OpenAs::Write);
        EXPECT_TRUE(connection.open());
        QSqlError error;
        EXPECT_TRUE(createSchema(connection.db(), &error)) << error.text().toStdString();
        for (int from = 1; from < 3; ++from)
            EXPECT_TRUE(updateSchema(connection.db(), from, &error)) << error.text().toStdString();
        const QStringList statements {
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral("PRAGMA user_version = 3"),
            QStringLiteral("ATTACH DATABASE '%1' AS source").arg(source),
            QStringLiteral("INSERT INTO settings SELECT key, value FROM source.settings "
                           "WHERE key <> 'session'"),
            QStringLiteral("INSERT INTO ideas SELECT * FROM source.ideas"),
            QStringLiteral("DETACH DATABASE source"),
        };
        for (const QString &sql : statements)
            EXPECT_TRUE(exec(connection.db(), sql, &error))
                << sql.toStdString() << error.text().toStdString();
        return path;
    }
};

} // namespace

TEST_F(ChangeLogStorageTest, CreatingRecordsEveryIdeaAddedByTheAccountOfTheProcess)
{
    // Who is the operating system's account, not an environment variable anyone can set.
    const QByteArray user = qgetenv("USER");
    qputenv("USER", "not-the-account");
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    qputenv("USER", user);
    auto store = open(path, PortfolioStore::Access::Read);
    const QList<FieldChange> changes = changesOf(*store);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].ideaId, 2) << "newest first";
    EXPECT_EQ(changes[1].ideaId, 1);
    for (const FieldChange &c : changes) {
        EXPECT_EQ(c.field, QString::fromLatin1(kFieldAdded));
        EXPECT_EQ(c.who, processAccountName());
        EXPECT_NE(c.who, QStringLiteral("not-the-account"));
        EXPECT_FALSE(c.who.isEmpty());
        EXPECT_TRUE(c.at.isValid());
        EXPECT_LE(qAbs(c.at.secsTo(QDateTime::currentDateTimeUtc())), 3600);
    }
}

TEST_F(ChangeLogStorageTest, AnEditRecordsItsFieldsWithTheValuesBeforeAndAfter)
{
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    auto store = open(path);
    Idea idea = *store->loadIdea(2);
    const Idea before = idea;
    idea.name = QStringLiteral("Renamed");
    idea.raters[0].answers[3] = idea.raters[0].answers[3] == 5 ? 1 : 5;
    ASSERT_TRUE(store->upsertIdea(idea).ok());

    ChangeQuery ofTwo;
    ofTwo.ideaId = 2;
    const QList<FieldChange> changes = changesOf(*store, ofTwo);
    QList<FieldChange> expected = diffIdea(before, idea, &store->loadSettings()->config);
    ASSERT_GE(changes.size(), 3); // the name, the answer, the creation
    ASSERT_EQ(changes.size(), expected.size() + 1);
    // The file records exactly what the shared diff gives (newest first: in reverse).
    for (qsizetype i = 0; i < expected.size(); ++i) {
        FieldChange got = changes[expected.size() - 1 - i];
        EXPECT_EQ(got.who, processAccountName());
        got.at = {};
        got.who.clear();
        EXPECT_TRUE(got == expected[i]) << got.field.toStdString();
    }
    EXPECT_EQ(changes.last().field, QString::fromLatin1(kFieldAdded));
    EXPECT_EQ(changes.first().ideaName, QStringLiteral("Renamed"));
    ChangeQuery ofOne;
    ofOne.ideaId = 1;
    EXPECT_EQ(changesOf(*store, ofOne).size(), 1) << "only the creation of idea 1";
}

TEST_F(ChangeLogStorageTest, UndoIsANewEntryAndHistoryIsNeverRewritten)
{
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    auto store = open(path, PortfolioStore::Access::Write);
    const Idea original = *store->loadIdea(1);
    Idea renamed = original;
    renamed.name = QStringLiteral("New name");
    ASSERT_TRUE(store->upsertIdea(renamed).ok());
    ASSERT_TRUE(store->upsertIdea(original).ok()); // what an undo writes
    ChangeQuery one;
    one.ideaId = 1;
    const QList<FieldChange> changes = changesOf(*store, one);
    ASSERT_EQ(fieldsOf(changes),
              QStringList({ QStringLiteral("name"), QStringLiteral("name"),
                            QString::fromLatin1(kFieldAdded) }));
    EXPECT_EQ(changes[0].oldValue, QStringLiteral("New name"));
    EXPECT_EQ(changes[0].newValue, original.name);
    EXPECT_EQ(changes[1].newValue, QStringLiteral("New name"));
    // Writing an unchanged idea records nothing.
    ASSERT_TRUE(store->upsertIdea(original).ok());
    EXPECT_EQ(changesOf(*store, one).size(), 3);
}

TEST_F(ChangeLogStorageTest, AddingRemovingSettingsAndReplacingAreRecorded)
{
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    auto store = open(path, PortfolioStore::Access::Write);
    ASSERT_TRUE(store->upsertIdea(numberedIdea(3)).ok());
    ASSERT_TRUE(store->removeIdea(1).ok());
    ASSERT_TRUE(store->removeIdea(99).ok()); // nothing there: nothing recorded
    ScoringConfig config = store->loadSettings()->config;
    config.impactThreshold = 7.5;
    ASSERT_TRUE(store->saveSettings(QStringLiteral("Team ML"), config).ok());
    QList<FieldChange> changes = changesOf(*store);
    ASSERT_GE(changes.size(), 5);
    EXPECT_EQ(fieldsOf(changes.mid(0, 5)),
              QStringList({ QStringLiteral("impact-threshold"), QStringLiteral("portfolio-name"),
                            QString::fromLatin1(kFieldRemoved), QString::fromLatin1(kFieldAdded),
                            QString::fromLatin1(kFieldAdded) }));
    EXPECT_EQ(changes[0].ideaId, 0);
    EXPECT_EQ(changes[0].newValue, QStringLiteral("7.5"));
    EXPECT_EQ(changes[2].ideaId, 1);
    EXPECT_EQ(changes[2].oldValue, numberedIdea(1).name);
    EXPECT_EQ(changes[3].ideaId, 3);

    // An import: one entry per idea added, removed or changed, none for those kept as they were.
    Portfolio replacement = *store->load();
    replacement.ideas.removeAt(replacement.indexOf(3));
    replacement.ideas.append(numberedIdea(4));
    replacement.ideas[replacement.indexOf(2)].description = QStringLiteral("imported text");
    const qsizetype before = changes.size();
    ASSERT_TRUE(store->replaceAll(replacement).ok());
    changes = changesOf(*store);
    ASSERT_EQ(changes.size(), before + 3);
    QStringList imported = fieldsOf(changes.mid(0, 3));
    imported.sort();
    EXPECT_EQ(imported,
              QStringList({ QString::fromLatin1(kFieldAdded), QString::fromLatin1(kFieldImported),
                            QString::fromLatin1(kFieldRemoved) }));
}

TEST_F(ChangeLogStorageTest, ARefusedChangeRecordsNothing)
{
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    {
        auto store = open(path);
        Idea invalid = *store->loadIdea(1);
        invalid.name.clear();
        EXPECT_FALSE(store->upsertIdea(invalid).ok());
        ScoringConfig bad;
        bad.costBase = 0.5;
        EXPECT_FALSE(store->saveSettings(QStringLiteral("x"), bad).ok());
        EXPECT_EQ(changesOf(*store).size(), 2);
    }
    const QByteArray bytes = readBytes(path);
    auto reader = open(path, PortfolioStore::Access::Read);
    Idea renamed = *reader->loadIdea(1);
    renamed.name = QStringLiteral("x");
    EXPECT_FALSE(reader->upsertIdea(renamed).ok());
    EXPECT_FALSE(reader->removeIdea(1).ok());
    EXPECT_EQ(changesOf(*reader).size(), 2);
    reader.reset();
    EXPECT_EQ(readBytes(path), bytes);
}

TEST_F(ChangeLogStorageTest, QueriesFilterByIdeaTimeAndCount)
{
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    auto store = open(path);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QThread::msleep(5); // a later millisecond than the creation's entries
    for (int i = 0; i < 4; ++i) {
        Idea idea = *store->loadIdea(1 + i % 2);
        idea.name = QStringLiteral("Name %1").arg(i);
        ASSERT_TRUE(store->upsertIdea(idea).ok());
    }
    ChangeQuery since;
    since.since = start.addMSecs(1);
    const QList<FieldChange> recent = changesOf(*store, since);
    ASSERT_EQ(recent.size(), 4);
    EXPECT_EQ(recent[0].newValue, QStringLiteral("Name 3"));
    EXPECT_EQ(recent[3].newValue, QStringLiteral("Name 0"));
    ChangeQuery newest;
    newest.limit = 1;
    newest.ideaId = 1;
    const QList<FieldChange> last = changesOf(*store, newest);
    ASSERT_EQ(last.size(), 1);
    EXPECT_EQ(last[0].newValue, QStringLiteral("Name 2"));
    ChangeQuery settings;
    settings.ideaId = 0;
    EXPECT_TRUE(changesOf(*store, settings).isEmpty());
}

TEST_F(ChangeLogStorageTest, AVersionThreeFileIsReadAsItIsAndGetsTheChangeLogFromAWriter)
{
    const Portfolio original = twoIdeas();
    const QString path = versionThreeFile(QStringLiteral("old.mlplan"), original);
    ASSERT_EQ(readHeader(path)->userVersion, 3);
    const QByteArray before = readBytes(path);
    {
        auto reader = open(path, PortfolioStore::Access::Read);
        ASSERT_TRUE(reader);
        EXPECT_TRUE(changesOf(*reader).isEmpty()) << "an older file has no change log";
        EXPECT_TRUE(reader->load()->ideas == original.ideas);
    }
    EXPECT_EQ(readBytes(path), before) << "a reader does not migrate";
    {
        auto editor = open(path, PortfolioStore::Access::Edit);
        ASSERT_TRUE(editor);
        EXPECT_TRUE(changesOf(*editor).isEmpty()) << "the log starts empty at the upgrade";
        Idea idea = *editor->loadIdea(1);
        idea.owner = QStringLiteral("Mina");
        ASSERT_TRUE(editor->upsertIdea(idea).ok());
    }
    EXPECT_EQ(readHeader(path)->userVersion, kSchemaVersion);
    auto reader = open(path, PortfolioStore::Access::Read);
    const QList<FieldChange> changes = changesOf(*reader);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].field, QStringLiteral("owner"));
    EXPECT_EQ(changes[0].newValue, QStringLiteral("Mina"));
    const auto migrated = reader->load();
    ASSERT_TRUE(migrated.ok()) << text(migrated.error());
    EXPECT_TRUE(migrated->ideas[1] == original.ideas[1]);
}

TEST_F(ChangeLogStorageTest, AnUnreadableEntryIsRefusedAsDamageNotGuessed)
{
    const QString path = create(QStringLiteral("p.mlplan"), twoIdeas());
    {
        Connection connection(path, OpenAs::Write);
        ASSERT_TRUE(connection.open());
        QSqlError error;
        ASSERT_TRUE(exec(connection.db(),
                         QStringLiteral("INSERT INTO changes (at, who, idea_id, idea_name, field, "
                                        "item, old_value, new_value, note) VALUES ('yesterday', "
                                        "'x', 1, 'a', 'name', '', 'a', 'b', '')"),
                         &error))
            << error.text().toStdString();
    }
    auto store = open(path, PortfolioStore::Access::Read);
    const auto changes = store->loadChanges({});
    ASSERT_FALSE(changes.ok());
    EXPECT_EQ(changes.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(changes.error().message.contains(QStringLiteral("change log")))
        << text(changes.error());
    EXPECT_TRUE(store->load().ok()) << "the portfolio itself still loads";
}
