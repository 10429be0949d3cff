// The command line needs nothing but the store interface: every command here runs against a
// store kept in memory, and no file is read or written.
#include "clitestsupport.h"
#include "memorystore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliStoreSeam : public CliTest
{
protected:
    void SetUp() override
    {
        Portfolio team;
        team.name = u"Team"_s;
        team.ideas = { makeIdea(1, u"Churn model"_s), makeIdea(2, u"Demand forecast"_s) };
        shelf.portfolios.insert(kTeam, team);
        stores = &opener;
    }

    bool nothingOnDisk() const
    {
        return QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty()
            && !QFileInfo::exists(kTeam);
    }

    const QString kTeam = u"memory:team"_s;
    test::MemoryShelf shelf;
    test::MemoryStoreOpener opener { shelf };
};

TEST_F(CliStoreSeam, ReadingCommandsOpenTheStoreForReading)
{
    const CliResult ranked = cli({ u"rank"_s, kTeam });
    ASSERT_EQ(ranked.code, 0) << ranked.err.toStdString();
    EXPECT_TRUE(ranked.out.contains(u"Churn model"_s)) << ranked.out.toStdString();
    EXPECT_TRUE(ranked.out.contains(u"Demand forecast"_s)) << ranked.out.toStdString();
    EXPECT_EQ(cli({ u"check"_s, kTeam }).code, 0);
    EXPECT_EQ(shelf.calls,
              QStringList({ u"open memory:team read"_s, u"load memory:team"_s,
                            u"open memory:team read"_s, u"load memory:team"_s }));
    EXPECT_TRUE(nothingOnDisk());
}

TEST_F(CliStoreSeam, AMoveReadsAndWritesOneIdeaThroughTheStore)
{
    const CliResult moved = cli({ u"move"_s, kTeam, u"churn MODEL "_s, u"data"_s });
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    // The settings, the idea the name means and that idea: never the whole portfolio. The
    // change is saved from the idea as read (its base), so the store reads that one idea and
    // the settings again to merge it onto what is stored now.
    EXPECT_EQ(shelf.calls,
              QStringList({ u"open memory:team edit"_s, u"load settings memory:team"_s,
                            u"look up churn MODEL "_s, u"load idea 1"_s,
                            u"load settings memory:team"_s, u"load idea 1"_s, u"upsert 1"_s }));
    EXPECT_EQ(shelf.portfolios.value(kTeam).find(1)->lifecycle.stage, Stage::Data);
    EXPECT_EQ(shelf.portfolios.value(kTeam).find(2)->lifecycle.stage, Stage::Planning);
    EXPECT_TRUE(shelf.writers.isEmpty()); // the command let go of its store
    EXPECT_TRUE(nothingOnDisk());
}

TEST_F(CliStoreSeam, EveryEditingCommandTouchesOnlyWhatItChanges)
{
    struct Edit
    {
        QStringList arguments;
        QStringList calls;
    };
    const QList<Edit> edits {
        { { u"outcome"_s, kTeam, u"2"_s, u"shipped"_s },
          { u"load settings memory:team"_s, u"look up 2"_s, u"load idea 2"_s,
            u"load settings memory:team"_s, u"load idea 2"_s, u"upsert 2"_s } },
        { { u"idea"_s, u"rename"_s, kTeam, u"Demand forecast"_s, u"Demand plan"_s },
          { u"load settings memory:team"_s, u"look up Demand forecast"_s, u"load idea 2"_s,
            u"load settings memory:team"_s, u"load idea 2"_s, u"upsert 2"_s } },
        { { u"idea"_s, u"add"_s, kTeam, u"Fraud alerts"_s },
          { u"load settings memory:team"_s, u"next id"_s, u"upsert 3"_s } },
        { { u"idea"_s, u"delete"_s, kTeam, u"3"_s },
          { u"load settings memory:team"_s, u"look up 3"_s, u"load idea 3"_s, u"remove 3"_s } },
        { { u"settings"_s, kTeam, u"cost-base=3"_s },
          { u"load settings memory:team"_s, u"settings"_s } },
    };
    for (const Edit &edit : edits) {
        shelf.calls.clear();
        const CliResult result = cli(edit.arguments);
        ASSERT_EQ(result.code, 0) << edit.arguments.join(u' ').toStdString() << ": "
                                  << result.err.toStdString();
        EXPECT_EQ(shelf.calls, QStringList { u"open memory:team edit"_s } + edit.calls)
            << edit.arguments.join(u' ').toStdString() << ": "
            << shelf.calls.join(u", "_s).toStdString();
    }
}

// A JSON import replaces everything: the portfolio it replaces is not loaded (at 30,000 ideas
// that was 30 MB and a second of work for nothing).
TEST_F(CliStoreSeam, AJsonImportReplacesWithoutLoadingWhatItReplaces)
{
    const QString json = path(u"team.json"_s);
    ASSERT_EQ(cli({ u"export"_s, kTeam, json }).code, 0);
    shelf.calls.clear();
    const CliResult imported = cli({ u"import"_s, kTeam, json });
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_EQ(shelf.calls, QStringList({ u"open memory:team write"_s, u"replace"_s }));

    // A CSV import merges into the portfolio, so it reads it.
    const QString csv = path(u"team.csv"_s);
    ASSERT_EQ(cli({ u"export"_s, kTeam, csv }).code, 0);
    shelf.calls.clear();
    ASSERT_EQ(cli({ u"import"_s, kTeam, csv }).code, 0);
    EXPECT_EQ(shelf.calls,
              QStringList({ u"open memory:team write"_s, u"load memory:team"_s, u"replace"_s }));
}

TEST_F(CliStoreSeam, AStoreThatRefusesTheWriteIsOneErrorLineAndNothingChanges)
{
    const Portfolio before = shelf.portfolios.value(kTeam);
    shelf.refuseWrites = makeError(Error::Code::Io, u"memory:team: the server said no"_s);
    const CliResult moved = cli({ u"move"_s, kTeam, u"1"_s, u"data"_s });
    EXPECT_TRUE(isError(moved, 1));
    EXPECT_TRUE(moved.err.contains(u"the server said no"_s)) << moved.err.toStdString();
    EXPECT_EQ(shelf.portfolios.value(kTeam), before);
}

TEST_F(CliStoreSeam, NewAndMissingLocationsAreTheStoresToJudge)
{
    const CliResult created = cli({ u"new"_s, u"memory:other"_s });
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    EXPECT_TRUE(shelf.portfolios.contains(u"memory:other"_s));
    EXPECT_EQ(shelf.portfolios.value(u"memory:other"_s).name, u"memory:other"_s);

    const CliResult missing = cli({ u"rank"_s, u"memory:absent"_s });
    EXPECT_TRUE(isError(missing, 1));
    EXPECT_TRUE(missing.err.contains(u"not on the shelf"_s)) << missing.err.toStdString();
    EXPECT_TRUE(nothingOnDisk());
}

} // namespace
} // namespace mlp::testing
