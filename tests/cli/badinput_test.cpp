// What the command line does with hostile or broken input: imports that would leave an
// unreadable portfolio, exports onto full disks and special files, out-of-range numbers,
// terminal escape sequences and oversized values.
#include "clitestsupport.h"

#include "core/domain/validation.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

    rlimit old {};
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

// Changes a portfolio file behind ML Planner's back, as another tool could.
void tamper(const QString &file, const QString &sql)
{
    const QString name = u"tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A weight or cost base of 1e308 used to be accepted everywhere, and rank printed
// "nan nan Avoid" or "inf", explain "×inf".
TEST_F(CliBadInput, HugeNumbersInAFileAreRefusedNotPrinted)
{
    for (const QString &sql :
         { u"INSERT OR REPLACE INTO settings VALUES ('cost-base', 1e308)"_s,
           u"INSERT OR REPLACE INTO settings VALUES ('driver-weight.data', 1e308)"_s,
           u"INSERT OR REPLACE INTO settings VALUES "
           u"('question-weight.impact-friction', 1e308)"_s }) {
        SCOPED_TRACE(sql.toStdString());
        const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
        tamper(file, sql);
        for (const QStringList &command :
             { QStringList { u"rank"_s, file }, QStringList { u"explain"_s, file, u"1"_s },
               QStringList { u"check"_s, file } }) {
            const CliResult result = cli(command);
            EXPECT_TRUE(isError(result, 1));
            EXPECT_FALSE(result.err.contains(u"nan"_s) || result.err.contains(u"inf"_s))
                << result.err.toStdString();
            EXPECT_TRUE(result.err.contains(u"must be"_s)) << result.err.toStdString();
        }
        QFile::remove(file);
    }
}

TEST_F(CliBadInput, HugeNumbersInAJsonImportAreRefused)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const FileState before = stateOf(file);
    const QString json = path(u"in.json"_s);
    for (const QByteArray &config :
         { QByteArray(R"("costBase": 1e308)"),
           QByteArray(R"("questionWeights": {"impact-friction": 1e308})"),
           QByteArray(R"("driverWeights": {"data": 101})") }) {
        SCOPED_TRACE(config.toStdString());
        write(json,
              R"({"formatVersion": 1, "config": {)" + config
                  + R"(}, "ideas": [{"id": 1, "name": "x"}]})");
        const CliResult imported = cli({ u"import"_s, file, json });
        EXPECT_TRUE(isError(imported, 1));
        EXPECT_TRUE(imported.err.contains(u"config."_s)) << imported.err.toStdString();
    }
    EXPECT_EQ(stateOf(file), before);
}

const QString kEscapes = u"\x1b]0;owned\x07\x1b[2J"_s;

// A name or reason holding ESC ]0;… BEL ESC [2J reached the terminal raw from rank and history.
TEST_F(CliBadInput, EscapeSequencesAreRefusedOnInput)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const FileState before = stateOf(file);
    const CliResult moved = cli({ u"move"_s, file, u"1"_s, u"data"_s, u"--who"_s, kEscapes });
    EXPECT_TRUE(isError(moved, 1));
    EXPECT_FALSE(moved.err.contains(QChar(0x1b)));
    EXPECT_TRUE(moved.err.contains(u"control character"_s)) << moved.err.toStdString();
    const CliResult shelved
        = cli({ u"outcome"_s, file, u"1"_s, u"shelved"_s, u"--reason"_s, u"gone"_s + kEscapes });
    EXPECT_TRUE(isError(shelved, 1));
    EXPECT_EQ(stateOf(file), before);

    const QString csv = path(u"in.csv"_s);
    write(csv, "name,rater\nNew,\"" + kEscapes.toUtf8() + "\"\n");
    EXPECT_TRUE(isError(cli({ u"import"_s, file, csv }), 1));
    const QString json = path(u"in.json"_s);
    write(json, R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "x\u001b[2J"}]})");
    EXPECT_TRUE(isError(cli({ u"import"_s, file, json }), 1));
    EXPECT_EQ(stateOf(file), before);
}

TEST_F(CliBadInput, EscapeSequencesFromADamagedFileNeverReachTheTerminal)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    tamper(file, u"UPDATE ideas SET name = 'Evil"_s + kEscapes + u"'"_s);
    for (const QStringList &command :
         { QStringList { u"rank"_s, file }, QStringList { u"history"_s, file },
           QStringList { u"check"_s, file } }) {
        const CliResult result = cli(command);
        EXPECT_TRUE(isError(result, 1));
        EXPECT_FALSE(result.err.contains(QChar(0x1b)) || result.err.contains(QChar(0x07)))
            << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QChar(0x241b))) << result.err.toStdString();
    }
    // An unknown command's name is echoed visibly too.
    const CliResult unknown = cli({ kEscapes });
    EXPECT_FALSE(unknown.err.contains(QChar(0x1b)));
}

// A 50 MB name took 18 s to rank and a 100 MB blob 96 s and 2.5 GB to export. Texts have size
// limits on every way in; a file holding a larger one is refused with a short message.
TEST_F(CliBadInput, OversizedTextsAreRefusedOnEveryWayIn)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"One"_s) });
    const FileState before = stateOf(file);
    const QString longReason(kMaxTextLength + 1, u'r');
    EXPECT_TRUE(
        isError(cli({ u"outcome"_s, file, u"1"_s, u"shelved"_s, u"--reason"_s, longReason }), 1));
    EXPECT_TRUE(isError(
        cli({ u"move"_s, file, u"1"_s, u"data"_s, u"--who"_s, QString(kMaxNameLength + 1, u'w') }),
        1));
    const QString json = path(u"in.json"_s);
    write(json,
          R"({"formatVersion": 1, "ideas": [{"id": 1, "name": ")"
              + QByteArray(kMaxNameLength + 1, 'n') + R"("}]})");
    const CliResult imported = cli({ u"import"_s, file, json });
    EXPECT_TRUE(isError(imported, 1));
    EXPECT_TRUE(imported.err.contains(u"the limit is 500"_s))
        << imported.err.left(300).toStdString();
    EXPECT_EQ(stateOf(file), before);

    tamper(file, u"UPDATE ideas SET description = printf('%.*c', 5000000, 'd')"_s);
    for (const QStringList &command : { QStringList { u"rank"_s, file },
                                        QStringList { u"export"_s, file, path(u"out.json"_s) } }) {
        const CliResult result = cli(command);
        EXPECT_TRUE(isError(result, 1));
        EXPECT_LT(result.err.size(), 300) << result.err.left(400).toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path(u"out.json"_s)));
}

} // namespace
} // namespace mlp::testing
