#include "clitestsupport.h"

#include "cli/texttable.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

const QStringList kCommands { u"new"_s,     u"import"_s,  u"export"_s,   u"rank"_s,  u"move"_s,
                              u"history"_s, u"explain"_s, u"triggers"_s, u"check"_s, u"log"_s };

TEST(CliWantsCommandLine, SubcommandsHelpAndVersion)
{
    for (const QString &command : kCommands)
        EXPECT_TRUE(cli::wantsCommandLine({ u"mlplanner"_s, command })) << command.toStdString();
    for (const QString &flag : { u"help"_s, u"-h"_s, u"--help"_s, u"-v"_s, u"--version"_s })
        EXPECT_TRUE(cli::wantsCommandLine({ u"mlplanner"_s, flag })) << flag.toStdString();
}

TEST(CliWantsCommandLine, WindowForNothingOrAFile)
{
    EXPECT_FALSE(cli::wantsCommandLine({}));
    EXPECT_FALSE(cli::wantsCommandLine({ u"mlplanner"_s }));
    EXPECT_FALSE(cli::wantsCommandLine({ u"mlplanner"_s, u"plans/team.mlplan"_s }));
    EXPECT_FALSE(cli::wantsCommandLine({ u"mlplanner"_s, u"ranking"_s }));
    // A lone "-" is not an option.
    EXPECT_FALSE(cli::wantsCommandLine({ u"mlplanner"_s, u"-"_s }));
}

// The window opens one file: a second argument, or a slip of a command's name that is no file,
// was meant for the command line.
TEST(CliWantsCommandLine, MoreThanAFileOrASlipOfACommand)
{
    for (const QString &slip : { u"rnak"_s, u"Rank"_s, u"histroy"_s, u"exprot"_s })
        EXPECT_TRUE(cli::wantsCommandLine({ u"mlplanner"_s, slip })) << slip.toStdString();
    EXPECT_TRUE(cli::wantsCommandLine({ u"mlplanner"_s, u"rnak"_s, u"team.mlplan"_s }));
    EXPECT_TRUE(cli::wantsCommandLine({ u"mlplanner"_s, u"a.mlplan"_s, u"b.mlplan"_s }));
}

TEST_F(CliTest, AFileNamedLikeASlipOpensInTheWindow)
{
    const QString named = path(u"rnak"_s);
    QFile file(named);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(dir.path()));
    const bool wanted = cli::wantsCommandLine({ u"mlplanner"_s, u"rnak"_s });
    QDir::setCurrent(previous);
    EXPECT_FALSE(wanted) << "an existing file is opened, whatever its name";
}

TEST(CliWantsCommandLine, AnyOptionEvenAnUnknownOne)
{
    for (const QString &option :
         { u"--bogus"_s, u"-x"_s, u"--"_s, u"--help=yes"_s, u"-platform"_s })
        EXPECT_TRUE(cli::wantsCommandLine({ u"mlplanner"_s, option, u"team.mlplan"_s }))
            << option.toStdString();
}

class CliUsage : public CliTest
{
};

TEST_F(CliUsage, HelpListsEveryCommand)
{
    for (const QStringList &arguments :
         { QStringList { u"--help"_s }, QStringList { u"-h"_s }, QStringList { u"help"_s } }) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.code, 0);
        EXPECT_TRUE(result.err.isEmpty());
        EXPECT_TRUE(result.out.startsWith(u"Usage: mlplanner"_s)) << result.out.toStdString();
        for (const QString &command : kCommands)
            EXPECT_TRUE(result.out.contains(u"\n  "_s + command + u' ')) << command.toStdString();
    }
}

TEST_F(CliUsage, Version)
{
    const CliResult result = cli({ u"--version"_s });
    EXPECT_EQ(result.code, 0);
    EXPECT_TRUE(result.err.isEmpty());
    // The project's version from CMake: "mlplanner MAJOR.MINOR.PATCH".
    EXPECT_TRUE(
        QRegularExpression(u"^mlplanner \\d+\\.\\d+\\.\\d+\n$"_s).match(result.out).hasMatch())
        << result.out.toStdString();
    EXPECT_EQ(cli({ u"-v"_s }).out, result.out);
}

TEST_F(CliUsage, UnknownOptionIsAnErrorNotTheWindow)
{
    const QStringList arguments { u"--bogus"_s };
    ASSERT_TRUE(cli::wantsCommandLine(QStringList { u"mlplanner"_s } + arguments));
    const CliResult result = cli(arguments);
    EXPECT_TRUE(isError(result, 2));
    EXPECT_TRUE(result.err.startsWith(u"error: unknown option"_s, Qt::CaseInsensitive))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"bogus"_s)) << result.err.toStdString();

    const CliResult withFile = cli({ u"-q"_s, u"team.mlplan"_s });
    EXPECT_TRUE(isError(withFile, 2));
    EXPECT_TRUE(withFile.err.contains(u"'q'"_s)) << withFile.err.toStdString();
}

TEST_F(CliUsage, HelpForEachCommandBothWays)
{
    for (const QString &command : kCommands) {
        const CliResult viaHelp = cli({ u"help"_s, command });
        const CliResult viaOption = cli({ command, u"--help"_s });
        EXPECT_EQ(viaHelp.code, 0);
        EXPECT_EQ(viaOption.code, 0);
        EXPECT_EQ(viaHelp.out, viaOption.out);
        EXPECT_TRUE(viaHelp.out.startsWith(u"Usage: mlplanner "_s + command + u" [options]"_s))
            << viaHelp.out.toStdString();
    }
    const CliResult move = cli({ u"help"_s, u"move"_s });
    for (const QString &option :
         { u"--reason"_s, u"--trigger"_s, u"--override-checklist"_s, u"--who"_s })
        EXPECT_TRUE(move.out.contains(option)) << option.toStdString();
    EXPECT_TRUE(move.out.simplified().contains(u"planning, data, training, deploying"_s))
        << move.out.toStdString();
}

TEST_F(CliUsage, Errors)
{
    EXPECT_TRUE(isError(cli({}), 2));
    EXPECT_TRUE(isError(cli({ u"frobnicate"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"help"_s, u"frobnicate"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"--frobnicate"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"rank"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"rank"_s, u"a.mlplan"_s, u"b.mlplan"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"rank"_s, u"a.mlplan"_s, u"--frobnicate"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"move"_s, u"a.mlplan"_s, u"idea"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"import"_s, u"a.mlplan"_s }), 2));

    // A slip of a command's name is named, with the command it most likely meant.
    for (const QStringList &arguments :
         { QStringList { u"rnak"_s, u"a.mlplan"_s }, QStringList { u"help"_s, u"Rank"_s } }) {
        const CliResult slip = cli(arguments);
        EXPECT_TRUE(isError(slip, 2));
        EXPECT_TRUE(slip.err.contains(u"did you mean 'rank'?"_s)) << slip.err.toStdString();
    }
    EXPECT_FALSE(cli({ u"frobnicate"_s }).err.contains(u"did you mean"_s));
    // Two files: the window opens one, and the message says so.
    const CliResult twoFiles = cli({ u"a.mlplan"_s, u"b.mlplan"_s });
    EXPECT_TRUE(isError(twoFiles, 2));
    EXPECT_TRUE(twoFiles.err.contains(u"one file at a time"_s)) << twoFiles.err.toStdString();

    const CliResult missing = cli({ u"move"_s, u"a.mlplan"_s, u"idea"_s });
    EXPECT_TRUE(missing.err.contains(u"STAGE"_s)) << missing.err.toStdString();
    EXPECT_TRUE(cli({ u"frobnicate"_s }).err.contains(u"frobnicate"_s));
}

TEST(CliDisplayWidth, WideCharactersCountTwo)
{
    EXPECT_EQ(cli::displayWidth(u"abc"_s), 3);
    EXPECT_EQ(cli::displayWidth(u"데이터"_s), 6);
    EXPECT_EQ(cli::displayWidth(u"e\u0301"_s), 1);
    EXPECT_EQ(cli::displayWidth(u"日本"_s), 4);
    // Latin-1 is counted without decoding, except the soft hyphen, a format character.
    EXPECT_EQ(cli::displayWidth(u"caf\u00e9 \u00bd"_s), 6);
    EXPECT_EQ(cli::displayWidth(u"co\u00adop"_s), 4);
    EXPECT_EQ(cli::displayWidth(u"\U0001F600"_s), 2);
}

TEST(CliTextTable, CellsWithBreaksAndTrailingBlanks)
{
    // A cell's tabs and line breaks become spaces; a line ends at its last visible character,
    // even when the last cells are empty or end in spaces.
    cli::TextTable table({ u"a"_s, u"b"_s, u"c"_s });
    table.addRow({ u"x\ty"_s, u"caf\u00e9"_s, u"end  "_s });
    table.addRow({ u"long one"_s, u""_s, u""_s });
    table.addRow({ u"z"_s });
    EXPECT_EQ(table.toString(),
              u"a         b     c\n"
              u"x y       caf\u00e9  end\n"
              u"long one\n"
              u"z\n"_s);
}

TEST(CliTextTable, AlignsByDisplayWidth)
{
    cli::TextTable table({ u"name"_s, u"n"_s, u"note"_s });
    table.setRightAligned(1);
    table.addRow({ u"데이터"_s, u"7"_s, u"first\nsecond"_s });
    table.addRow({ u"ab"_s, u"12"_s, u""_s });
    EXPECT_EQ(table.toString(),
              u"name     n  note\n"
              u"데이터   7  first second\n"
              u"ab      12\n"_s);
}

} // namespace
} // namespace mlp::testing
