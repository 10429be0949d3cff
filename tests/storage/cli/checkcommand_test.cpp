// The command line over the storage rules: `check` (full integrity check, --recover), readers
// beside a window that has the file open, and one path per error line.
#include "cli/cli.h"
#include "core/domain/clock.h"
#include "storage/portfoliofile.h"

#include "clitestsupport.h"
#include "storagetestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace mlp;
using namespace mlp::test;
using mlp::testing::CliResult;

namespace {

class StorageCli : public mlp::testing::CliTest
{
protected:
    QString create(const QString &name)
    {
        const QString file = path(name);
        EXPECT_TRUE(PortfolioFile::create(file, richPortfolio()).ok());
        return file;
    }
};

TEST_F(StorageCli, CheckRunsTheFullIntegrityCheckAndChangesNothing)
{
    const QString path = create(QStringLiteral("p.mlplan"));
    ASSERT_EQ(cli({ QStringLiteral("check"), path }).code, 0);
    // Four bytes put two settings keys out of order; the quick check does not see it.
    QByteArray bytes = readBytes(path);
    const qsizetype at = bytes.indexOf("cost-base");
    ASSERT_GT(at, 0);
    bytes.replace(at, 4, "zzzz");
    writeBytes(path, bytes);

    const CliResult checked = cli({ QStringLiteral("check"), path });
    EXPECT_EQ(checked.code, 1);
    EXPECT_TRUE(checked.err.contains(QStringLiteral("PRIMARY KEY order")))
        << checked.err.toStdString();
    const CliResult moved
        = cli({ QStringLiteral("move"), path, QStringLiteral("1"), QStringLiteral("data") });
    EXPECT_EQ(moved.code, 1) << moved.out.toStdString();
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("p.mlplan") });
}

TEST_F(StorageCli, ReadersWorkWhileTheWindowWritesAndWritersAreRefused)
{
    const QString path = create(QStringLiteral("p.mlplan"));
    auto window = PortfolioFile::open(path);
    ASSERT_TRUE(window.ok());
    Idea added = numberedIdea(4242);
    added.name = QStringLiteral("Only in the window");
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(4241)).ok());
    ASSERT_TRUE((*window)->upsertIdea(added).ok());
    const QByteArray wal = readBytes(path + QStringLiteral("-wal"));
    ASSERT_FALSE(wal.isEmpty());

    const CliResult ranked = cli({ QStringLiteral("rank"), path });
    EXPECT_EQ(ranked.code, 0) << ranked.err.toStdString();
    EXPECT_TRUE(ranked.out.contains(added.name)) << ranked.out.toStdString();
    for (const char *command : { "check", "history" }) {
        const CliResult result = cli({ QString::fromLatin1(command), path });
        EXPECT_EQ(result.code, 0) << command << ": " << result.err.toStdString();
    }
    const CliResult exported = cli({ QStringLiteral("export"), path, QStringLiteral("-") });
    EXPECT_TRUE(exported.out.contains(added.name));
    EXPECT_EQ(readBytes(path + QStringLiteral("-wal")), wal);

    const CliResult moved
        = cli({ QStringLiteral("move"), path, QStringLiteral("4242"), QStringLiteral("data") });
    EXPECT_EQ(moved.code, 1);
    EXPECT_TRUE(moved.err.contains(QStringLiteral("close it there and try again")))
        << moved.err.toStdString();
    EXPECT_EQ(moved.err.count(QDir::toNativeSeparators(path)), 1) << moved.err.toStdString();
    ASSERT_TRUE((*window)->removeIdea(4241).ok());
}

TEST_F(StorageCli, ANamedPipeIsRefusedAtOnceNamingItOnce)
{
    const QString pipe = path(QStringLiteral("pipe.mlplan"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("rank"), pipe },
           QStringList { QStringLiteral("check"), pipe },
           QStringList { QStringLiteral("move"), pipe, QStringLiteral("1"),
                         QStringLiteral("data") } }) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.code, 1);
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("error: "))) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("named pipe"))) << result.err.toStdString();
        EXPECT_EQ(result.err.count(QDir::toNativeSeparators(pipe)), 1) << result.err.toStdString();
    }
}

} // namespace
