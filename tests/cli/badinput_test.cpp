// What the command line does with hostile or broken input: imports that would leave an
// unreadable portfolio, exports onto full disks and special files, out-of-range numbers,
// terminal escape sequences and oversized values.
#include "clitestsupport.h"

#include "domain/validation.h"

#include <QFileInfo>

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

} // namespace
} // namespace mlp::testing
