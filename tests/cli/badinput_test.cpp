// What the command line does with hostile or broken input: imports that would leave an
// unreadable portfolio, exports onto full disks and special files, out-of-range numbers,
// terminal escape sequences and oversized values.
#include "clitestsupport.h"

#include "domain/validation.h"

#include <QFileInfo>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliBadInput : public CliTest
{
};

// "id,name / 9007199254740991,a / ,b" used to be accepted: the new idea got the id 2^53, and
// from then on every command refused the file.
TEST_F(CliBadInput, CsvImportNeedingAnIdPastTheLargestIsRefusedAndTheFileStaysReadable)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const QString csv = path(u"in.csv"_s);
    write(csv, "id,name\n9007199254740991,a\n,b\n");
    const FileState before = stateOf(file);
    const CliResult imported = cli({ u"import"_s, file, csv });
    EXPECT_TRUE(isError(imported, 1));
    EXPECT_TRUE(imported.err.contains(u"line 3"_s)) << imported.err.toStdString();
    EXPECT_EQ(stateOf(file), before);

    const CliResult ranked = cli({ u"rank"_s, file });
    EXPECT_EQ(ranked.code, 0) << ranked.err.toStdString();
    EXPECT_EQ(cli({ u"check"_s, file }).code, 0);
}

TEST_F(CliBadInput, CsvImportUpToTheLargestIdStillWorks)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const QString csv = path(u"in.csv"_s);
    write(csv, "id,name\n9007199254740990,a\n,b\n");
    const CliResult imported = cli({ u"import"_s, file, csv });
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const CliResult ranked = cli({ u"rank"_s, file, u"--json"_s });
    EXPECT_EQ(ranked.code, 0) << ranked.err.toStdString();
    EXPECT_TRUE(ranked.out.contains(u"9007199254740991"_s));
}

// Exporting onto a pipe replaced it with a regular file (as root, even /dev/null).
TEST_F(CliBadInput, ExportRefusesPipesAndFolders)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const QString fifo = path(u"pipe.json"_s);
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliResult onFifo = cli({ u"export"_s, file, fifo });
    EXPECT_TRUE(isError(onFifo, 1));
    EXPECT_TRUE(onFifo.err.contains(u"regular file"_s)) << onFifo.err.toStdString();
    EXPECT_FALSE(QFileInfo(fifo).isFile());

    const CliResult onFolder = cli({ u"export"_s, file, dir.path(), u"--format"_s, u"json"_s });
    EXPECT_TRUE(isError(onFolder, 1));
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
}

// A small export onto a full disk said "Exported", exited 0 and left an empty file in place
// of the previous export. A lowered file size limit makes the write fail the same way.
TEST_F(CliBadInput, ExportThatCannotBeWrittenFailsAndKeepsThePreviousExport)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const QString out = path(u"out.json"_s);
    ASSERT_EQ(cli({ u"export"_s, file, out }).code, 0);
    const QByteArray previous = bytes(out);
    ASSERT_GT(previous.size(), 200);

    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = old;
    limit.rlim_cur = 100;
    setrlimit(RLIMIT_FSIZE, &limit);
    const CliResult exported = cli({ u"export"_s, file, out });
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_TRUE(isError(exported, 1));
    EXPECT_EQ(bytes(out), previous);
}

} // namespace
} // namespace mlp::testing
