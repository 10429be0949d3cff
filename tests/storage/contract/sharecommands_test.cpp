// The command line over a shared portfolio: publish, pull, and the commands that take FILE
// given a PostgreSQL location instead (through storage's store opener, as app/ passes it).

#include "clitestsupport.h"
#include "pgserver.h"
#include "storagetestutil.h"

namespace mlp::testing {

namespace {

using test::pgLocation;
using test::uniquePortfolioName;

class ShareCommands : public CliTest
{
protected:
    void SetUp() override
    {
        QString why;
        server = test::pgServer(&why);
        ASSERT_NE(server, nullptr) << why.toStdString();
    }

    QString newLocation(const QString &prefix = QStringLiteral("cli"))
    {
        return pgLocation(*server, uniquePortfolioName(prefix));
    }

    QString richFile(const QString &name = QStringLiteral("rich.mlplan"))
    {
        const QString file = path(name);
        EXPECT_TRUE(PortfolioFile::create(file, test::richPortfolio()).ok());
        return file;
    }

    Portfolio loadFile(const QString &file)
    {
        auto opened = PortfolioFile::open(file, PortfolioStore::Access::Read);
        EXPECT_TRUE(opened.ok());
        return opened ? *(*opened)->load() : Portfolio {};
    }

    const test::PgServer *server = nullptr;
};

} // namespace

TEST_F(ShareCommands, PublishThenPullGivesTheSamePortfolio)
{
    const QString file = richFile();
    const QString location = newLocation(QString::fromUtf8("팀 \"ML\" it's"));
    const CliResult published = cli({ QStringLiteral("publish"), file, location });
    ASSERT_EQ(published.code, 0) << published.err.toStdString();
    EXPECT_TRUE(published.out.contains(QStringLiteral("Published")));
    const QString copy = path(QStringLiteral("copy.mlplan"));
    const CliResult pulled = cli({ QStringLiteral("pull"), location, copy });
    ASSERT_EQ(pulled.code, 0) << pulled.err.toStdString();
    EXPECT_TRUE(loadFile(copy) == test::richPortfolio());
}

TEST_F(ShareCommands, PublishRefusesAnExistingPortfolioUnlessToldToReplaceIt)
{
    const QString location = newLocation();
    ASSERT_EQ(cli({ QStringLiteral("publish"), richFile(), location }).code, 0);
    Portfolio other;
    other.name = QStringLiteral("other");
    other.ideas.append(test::numberedIdea(42));
    const QString otherFile = path(QStringLiteral("other.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(otherFile, other).ok());

    const CliResult refused = cli({ QStringLiteral("publish"), otherFile, location });
    EXPECT_TRUE(isError(refused, 1));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--replace"))) << refused.err.toStdString();
    const QString first = path(QStringLiteral("first.mlplan"));
    ASSERT_EQ(cli({ QStringLiteral("pull"), location, first }).code, 0);
    EXPECT_TRUE(loadFile(first) == test::richPortfolio());

    const CliResult replaced
        = cli({ QStringLiteral("publish"), QStringLiteral("--replace"), otherFile, location });
    ASSERT_EQ(replaced.code, 0) << replaced.err.toStdString();
    const QString second = path(QStringLiteral("second.mlplan"));
    ASSERT_EQ(cli({ QStringLiteral("pull"), location, second }).code, 0);
    EXPECT_TRUE(loadFile(second) == other);
}

TEST_F(ShareCommands, PublishingARefusedFileChangesNothingOnTheServer)
{
    const QString location = newLocation();
    const QString notAPortfolio = path(QStringLiteral("notes.mlplan"));
    write(notAPortfolio, "just some text, not a portfolio");
    EXPECT_TRUE(isError(cli({ QStringLiteral("publish"), notAPortfolio, location }), 1));
    const CliResult pulled
        = cli({ QStringLiteral("pull"), location, path(QStringLiteral("x.mlplan")) });
    EXPECT_TRUE(isError(pulled, 1));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.mlplan"))));
}

TEST_F(ShareCommands, PullRefusesToOverwriteAFile)
{
    const QString location = newLocation();
    ASSERT_EQ(cli({ QStringLiteral("publish"), richFile(), location }).code, 0);
    const QString existing = path(QStringLiteral("existing.mlplan"));
    write(existing, "mine");
    const CliResult refused = cli({ QStringLiteral("pull"), location, existing });
    EXPECT_TRUE(isError(refused, 1));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already exists")))
        << refused.err.toStdString();
    EXPECT_EQ(bytes(existing), QByteArray("mine"));
}

TEST_F(ShareCommands, CommandsThatTakeAFileTakeALocation)
{
    const QString location = newLocation();
    ASSERT_EQ(cli({ QStringLiteral("publish"), richFile(), location }).code, 0);
    const CliResult rank = cli({ QStringLiteral("rank"), location });
    ASSERT_EQ(rank.code, 0) << rank.err.toStdString();
    EXPECT_TRUE(rank.out.contains(test::richPortfolio().ideas.front().name.left(5)))
        << rank.out.toStdString();

    const CliResult added = cli({ QStringLiteral("idea"), QStringLiteral("add"), location,
                                  QString::fromUtf8("새 아이디어 'shared'") });
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const CliResult described = cli({ QStringLiteral("idea"), QStringLiteral("describe"), location,
                                      QString::fromUtf8("새 아이디어 'SHARED'"),
                                      QStringLiteral("from the command line") });
    ASSERT_EQ(described.code, 0) << described.err.toStdString();
    const CliResult check = cli({ QStringLiteral("check"), location });
    ASSERT_EQ(check.code, 0) << check.err.toStdString();
    const CliResult exported = cli({ QStringLiteral("export"), location, QStringLiteral("-") });
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();

    const QString copy = path(QStringLiteral("after.mlplan"));
    ASSERT_EQ(cli({ QStringLiteral("pull"), location, copy }).code, 0);
    const Portfolio after = loadFile(copy);
    ASSERT_EQ(after.ideas.size(), test::richPortfolio().ideas.size() + 1);
    EXPECT_EQ(after.ideas.back().description, QStringLiteral("from the command line"));
}

TEST_F(ShareCommands, NewCreatesASharedPortfolioNamedAfterIt)
{
    const QString name = uniquePortfolioName(QString::fromUtf8("새 'team'"));
    const QString location = pgLocation(*server, name);
    const CliResult created = cli({ QStringLiteral("new"), location });
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    const QString copy = path(QStringLiteral("new.mlplan"));
    ASSERT_EQ(cli({ QStringLiteral("pull"), location, copy }).code, 0);
    EXPECT_EQ(loadFile(copy).name, name);
    EXPECT_TRUE(isError(cli({ QStringLiteral("new"), location }), 1));
}

TEST_F(ShareCommands, AnUnusableLocationIsOneErrorLine)
{
    const CliResult refused = cli(
        { QStringLiteral("rank"), QStringLiteral("postgresql://ann:secret@db/x?portfolio=A") });
    EXPECT_TRUE(isError(refused, 1));
    EXPECT_TRUE(refused.err.contains(QStringLiteral(".pgpass"))) << refused.err.toStdString();
}

} // namespace mlp::testing
