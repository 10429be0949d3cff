#include "clitestsupport.h"

#include "cli/texttable.h"
#include "core/domain/scoring.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliFiles : public CliTest
{
};

TEST_F(CliFiles, NewCreatesAnEmptyPortfolio)
{
    const QString file = path(u"empty.mlplan"_s);
    const CliResult result = cli({ u"new"_s, file });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_TRUE(result.out.contains(u"0 idea"_s)) << result.out.toStdString();
    ASSERT_TRUE(QFileInfo::exists(file));

    const CliResult ranked = cli({ u"rank"_s, file, u"--json"_s });
    ASSERT_EQ(ranked.code, 0) << ranked.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(ranked.out.toUtf8()).array().isEmpty());
}

TEST_F(CliFiles, NewRefusesAnExistingFile)
{
    const QString file = path(u"taken.mlplan"_s);
    write(file, "precious");
    EXPECT_TRUE(isError(cli({ u"new"_s, file }), 1));
    EXPECT_EQ(bytes(file), QByteArray("precious"));

    const QString portfolio = createPortfolio(u"real.mlplan"_s, { makeIdea(1, u"One"_s) });
    const FileState before = stateOf(portfolio);
    EXPECT_TRUE(isError(cli({ u"new"_s, portfolio, u"--sample"_s }), 1));
    EXPECT_EQ(stateOf(portfolio), before);
}

TEST_F(CliFiles, NewWithABadPathLeavesNoFile)
{
    const QString file = path(u"no/such/folder/x.mlplan"_s);
    EXPECT_TRUE(isError(cli({ u"new"_s, file }), 1));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_F(CliFiles, SampleRanksAtLeastTwelveIdeas)
{
    const QString file = path(u"sample.mlplan"_s);
    ASSERT_EQ(cli({ u"new"_s, file, u"--sample"_s }).code, 0);

    const CliResult table = cli({ u"rank"_s, file });
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 13);
    EXPECT_TRUE(lines.first().startsWith(u"rank"_s));
    EXPECT_TRUE(lines.first().contains(u"feasibility"_s));
    EXPECT_TRUE(lines.at(1).trimmed().startsWith(u"1 "_s)) << lines.at(1).toStdString();

    const CliResult json = cli({ u"rank"_s, file, u"--json"_s });
    ASSERT_EQ(json.code, 0);
    QJsonParseError error;
    const QJsonArray ideas = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    ASSERT_GE(ideas.size(), 12);
    int previous = 0;
    for (const QJsonValue &value : ideas) {
        const QJsonObject idea = value.toObject();
        EXPECT_GT(idea[u"rank"_s].toInt(), previous);
        previous = idea[u"rank"_s].toInt();
        EXPECT_FALSE(idea[u"name"_s].toString().isEmpty());
        for (const QString &key : { u"id"_s, u"impact"_s, u"feasibility"_s, u"quadrant"_s,
                                    u"completeness"_s, u"raters"_s, u"stage"_s })
            EXPECT_TRUE(idea.contains(key)) << key.toStdString();
    }
    EXPECT_EQ(ideas.first().toObject()[u"rank"_s].toInt(), 1);
}

TEST_F(CliFiles, RankShowsScoresQuadrantAndCompleteness)
{
    Idea answered = makeIdea(1, u"Answered"_s);
    Idea empty = makeIdea(2, u"Nothing answered"_s);
    empty.raters.clear();
    const QString file = createPortfolio(u"p.mlplan"_s, { empty, answered });

    Portfolio expected;
    expected.ideas = { empty, answered };
    const Score score = scoreIdea(answered, expected.config);

    const CliResult result = cli({ u"rank"_s, file });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(1).contains(u"Answered"_s));
    EXPECT_TRUE(lines.at(1).contains(QString::number(*score.impact, 'f', 1)));
    EXPECT_TRUE(lines.at(1).contains(QString::number(*score.feasibility, 'f', 1)));
    EXPECT_TRUE(lines.at(1).contains(quadrantName(score.quadrant, expected.config)));
    EXPECT_TRUE(lines.at(1).contains(u"100%"_s));
    EXPECT_TRUE(lines.at(2).contains(u"Nothing answered"_s));
    EXPECT_TRUE(lines.at(2).contains(u"0%"_s));
    EXPECT_TRUE(lines.at(2).contains(u" - "_s));
    // The stage as a word for people (translated like the rest of the table), not a file key.
    EXPECT_TRUE(lines.at(1).contains(stageShortName(answered.lifecycle.stage)));
    EXPECT_FALSE(lines.at(1).contains(u" "_s + stageKey(answered.lifecycle.stage) + u" "_s));
}

TEST_F(CliFiles, HangulAndQuotesInNames)
{
    const QString name = u"데이터 \"라벨링\" 자동화, v2"_s;
    const QString file
        = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"Plain"_s), makeIdea(2, name) });

    const CliResult table = cli({ u"rank"_s, file });
    ASSERT_EQ(table.code, 0);
    EXPECT_TRUE(table.out.contains(name));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    // The name column starts at the same display column on every line.
    const auto nameColumn = [](const QString &line, const QString &cell) {
        return cli::displayWidth(line.left(line.indexOf(cell)));
    };
    EXPECT_EQ(nameColumn(lines.at(0), u"name"_s),
              nameColumn(lines.at(1), lines.at(1).contains(name) ? name : u"Plain"_s));
    EXPECT_EQ(nameColumn(lines.at(0), u"name"_s),
              nameColumn(lines.at(2), lines.at(2).contains(name) ? name : u"Plain"_s));

    const CliResult json = cli({ u"rank"_s, file, u"--json"_s });
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.out.toUtf8()).array())
        found = found || value.toObject()[u"name"_s].toString() == name;
    EXPECT_TRUE(found);

    const QString csv = path(u"ideas.csv"_s);
    ASSERT_EQ(cli({ u"export"_s, file, csv }).code, 0);
    const QString copy = path(u"copy.mlplan"_s);
    ASSERT_EQ(cli({ u"new"_s, copy }).code, 0);
    const CliResult imported = cli({ u"import"_s, copy, csv });
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(cli({ u"rank"_s, copy }).out.contains(name));
    EXPECT_EQ(cli({ u"explain"_s, copy, name }).code, 0);
}

TEST_F(CliFiles, JsonRoundTripIsIdentical)
{
    const QString sample = path(u"sample.mlplan"_s);
    ASSERT_EQ(cli({ u"new"_s, sample, u"--sample"_s }).code, 0);
    const QString first = path(u"first.json"_s);
    const CliResult exported = cli({ u"export"_s, sample, first });
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(first));

    const QString copy = path(u"copy.mlplan"_s);
    ASSERT_EQ(cli({ u"new"_s, copy }).code, 0);
    const CliResult imported = cli({ u"import"_s, copy, first });
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QString second = path(u"second.json"_s);
    ASSERT_EQ(cli({ u"export"_s, copy, second }).code, 0);

    EXPECT_FALSE(bytes(first).isEmpty());
    EXPECT_EQ(bytes(first), bytes(second));
    EXPECT_EQ(cli({ u"rank"_s, sample }).out, cli({ u"rank"_s, copy }).out);
}

TEST_F(CliFiles, ExportToStandardOutput)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"Only"_s) });
    const CliResult json = cli({ u"export"_s, file, u"-"_s });
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QString exported = path(u"p.json"_s);
    ASSERT_EQ(cli({ u"export"_s, file, exported }).code, 0);
    EXPECT_EQ(json.out.toUtf8(), bytes(exported));
    const CliResult csv = cli({ u"export"_s, file, u"-"_s, u"--format"_s, u"csv"_s });
    ASSERT_EQ(csv.code, 0);
    EXPECT_TRUE(csv.out.contains(u"Only"_s));
    EXPECT_TRUE(isError(cli({ u"export"_s, file, u"-"_s, u"--format"_s, u"xml"_s }), 2));
}

TEST_F(CliFiles, ExportToAFileDeviceWritesTheExportsBytes)
{
    // Standard output is a device: the export goes there as its bytes, not decoded and encoded
    // again; what arrives is what an export to a file holds, for any text of the names.
    const QString file
        = createPortfolio(u"p.mlplan"_s,
                          { makeIdea(1, u"데이터 품질"_s), makeIdea(2, u"caf\u00e9 \U0001F600"_s),
                            makeIdea(3, u"e\u0301 \u00ad \u2028 \"quoted\" back\\slash"_s) });
    const QString exported = path(u"p.json"_s);
    ASSERT_EQ(cli({ u"export"_s, file, exported }).code, 0);
    for (const QString &format : { u"json"_s, u"csv"_s }) {
        QBuffer device;
        ASSERT_TRUE(device.open(QIODevice::WriteOnly));
        QTextStream out(&device);
        QString errText;
        QTextStream err(&errText);
        const QStringList arguments { u"mlplanner"_s, u"export"_s,   file,
                                      u"-"_s,         u"--format"_s, format };
        ASSERT_EQ(cli::run(arguments, out, err, clock, *stores), 0) << errText.toStdString();
        out.flush();
        if (format == u"json"_s) {
            EXPECT_EQ(device.data(), bytes(exported));
        } else {
            EXPECT_EQ(device.data(),
                      cli({ u"export"_s, file, u"-"_s, u"--format"_s, format }).out.toUtf8());
            EXPECT_TRUE(device.data().contains("데이터 품질"));
        }
    }
}

TEST_F(CliFiles, ExportFailuresWriteNothing)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"Only"_s) });
    const QString unknown = path(u"out.xml"_s);
    EXPECT_TRUE(isError(cli({ u"export"_s, file, unknown }), 2));
    EXPECT_FALSE(QFileInfo::exists(unknown));

    const QString noFolder = path(u"missing/out.json"_s);
    EXPECT_TRUE(isError(cli({ u"export"_s, file, noFolder }), 1));
    EXPECT_FALSE(QFileInfo::exists(noFolder));

    const QString noPortfolio = path(u"absent.mlplan"_s);
    const QString out = path(u"out.json"_s);
    EXPECT_TRUE(isError(cli({ u"export"_s, noPortfolio, out }), 1));
    EXPECT_FALSE(QFileInfo::exists(noPortfolio));
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(CliFiles, BadImportsLeaveTheFileUnchanged)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"Keep me"_s) });
    const FileState before = stateOf(file);

    const QString badJson = path(u"bad.json"_s);
    write(badJson, "{\"format\": 1, \"ideas\": [");
    EXPECT_TRUE(isError(cli({ u"import"_s, file, badJson }), 1));
    EXPECT_EQ(stateOf(file), before);

    const QString wrongJson = path(u"wrong.json"_s);
    write(wrongJson, "[1, 2, 3]");
    EXPECT_TRUE(isError(cli({ u"import"_s, file, wrongJson }), 1));
    EXPECT_EQ(stateOf(file), before);

    const QString badCsv = path(u"bad.csv"_s);
    write(badCsv, "id,name\n1,\"unterminated\n");
    EXPECT_TRUE(isError(cli({ u"import"_s, file, badCsv }), 1));
    EXPECT_EQ(stateOf(file), before);

    const QString unknown = path(u"ideas.xlsx"_s);
    write(unknown, "whatever");
    EXPECT_TRUE(isError(cli({ u"import"_s, file, unknown }), 2));
    EXPECT_EQ(stateOf(file), before);

    EXPECT_TRUE(isError(cli({ u"import"_s, file, path(u"absent.json"_s) }), 1));
    EXPECT_EQ(stateOf(file), before);

    const QString absent = path(u"absent.mlplan"_s);
    const QString good = path(u"good.json"_s);
    ASSERT_EQ(cli({ u"export"_s, file, good }).code, 0);
    EXPECT_TRUE(isError(cli({ u"import"_s, absent, good }), 1));
    EXPECT_FALSE(QFileInfo::exists(absent));

    EXPECT_EQ(cli({ u"rank"_s, file }).code, 0);
    EXPECT_TRUE(cli({ u"rank"_s, file }).out.contains(u"Keep me"_s));
}

TEST_F(CliFiles, CsvImportMerges)
{
    const QString source
        = createPortfolio(u"source.mlplan"_s, { makeIdea(7, u"From the sheet"_s) });
    const QString csv = path(u"ideas.csv"_s);
    ASSERT_EQ(cli({ u"export"_s, source, csv }).code, 0);

    const QString target = createPortfolio(u"target.mlplan"_s, { makeIdea(1, u"Already here"_s) });
    const CliResult result = cli({ u"import"_s, target, csv });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QString ranked = cli({ u"rank"_s, target }).out;
    EXPECT_TRUE(ranked.contains(u"Already here"_s));
    EXPECT_TRUE(ranked.contains(u"From the sheet"_s));
}

TEST_F(CliFiles, JsonImportReplaces)
{
    const QString source = createPortfolio(u"source.mlplan"_s, { makeIdea(7, u"Imported"_s) });
    const QString json = path(u"source.json"_s);
    ASSERT_EQ(cli({ u"export"_s, source, json }).code, 0);

    const QString target = createPortfolio(u"target.mlplan"_s, { makeIdea(1, u"Replaced"_s) });
    const CliResult result
        = cli({ u"import"_s, target, json }).code == 0 ? cli({ u"rank"_s, target }) : CliResult {};
    EXPECT_TRUE(result.out.contains(u"Imported"_s)) << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(u"Replaced"_s));
}

TEST_F(CliFiles, ReadingCommandsLeaveEveryByteAndTheTimeUnchanged)
{
    const QString file
        = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"Only"_s), makeIdea(2, u"Other"_s) });
    // One committed change first, so that the file has been through WAL and back like any
    // edited portfolio.
    ASSERT_EQ(cli({ u"move"_s, file, u"1"_s, u"data"_s }).code, 0);
    // Modification times have a resolution; make sure a write now would show.
    QThread::msleep(20);
    const FileState before = stateOf(file);

    const QList<QStringList> reading {
        { u"rank"_s, file },
        { u"rank"_s, file, u"--json"_s },
        { u"history"_s, file },
        { u"history"_s, file, u"Only"_s },
        { u"explain"_s, file, u"1"_s },
        { u"check"_s, file },
        { u"export"_s, file, u"-"_s },
        { u"export"_s, file, path(u"out.json"_s) },
        { u"export"_s, file, path(u"out.csv"_s) },
    };
    for (const QStringList &arguments : reading) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.code, 0) << arguments.join(u' ').toStdString() << ": "
                                  << result.err.toStdString();
        EXPECT_EQ(stateOf(file), before) << arguments.join(u' ').toStdString();
        for (const QString &side : { u"-wal"_s, u"-shm"_s, u"-journal"_s })
            EXPECT_FALSE(QFileInfo::exists(file + side)) << side.toStdString();
    }

    // A change still reaches the file.
    ASSERT_EQ(cli({ u"move"_s, file, u"1"_s, u"training"_s }).code, 0);
    EXPECT_NE(stateOf(file).bytes, before.bytes);
}

TEST_F(CliFiles, ExportNeverOverwritesThePortfolio)
{
    const QString file = createPortfolio(u"odd.json"_s, { makeIdea(1, u"Only"_s) });
    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(cli({ u"export"_s, file, file }), 1));
    EXPECT_EQ(stateOf(file), before);
}

TEST_F(CliFiles, NotAPortfolio)
{
    const QString file = path(u"notes.mlplan"_s);
    write(file, "just some text, not SQLite");
    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(cli({ u"rank"_s, file }), 1));
    EXPECT_TRUE(isError(cli({ u"check"_s, file }), 1));
    EXPECT_EQ(stateOf(file), before);
    EXPECT_TRUE(isError(cli({ u"rank"_s, dir.path() }), 1));
}

TEST_F(CliFiles, FileOpenElsewhereIsRefused)
{
    const QString file = createPortfolio(u"p.mlplan"_s, { makeIdea(1, u"Only"_s) });
    auto holder = PortfolioFile::open(file);
    ASSERT_TRUE(holder.ok());
    // The holder has not written anything yet: its lock alone keeps everyone else out.
    const FileState before = stateOf(file);
    const CliResult moved = cli({ u"move"_s, file, u"1"_s, u"data"_s, u"--who"_s, u"ana"_s });
    EXPECT_TRUE(isError(moved, 1));
    EXPECT_TRUE(moved.err.contains(u"open in another"_s)) << moved.err.toStdString();
    // Readers are let in beside a writer (docs/file-format.md, "Readers beside the writer").
    EXPECT_EQ(cli({ u"rank"_s, file }).code, 0);
    EXPECT_TRUE(isError(cli({ u"import"_s, file, path(u"absent.json"_s) }), 1));
    EXPECT_EQ(stateOf(file), before);
    holder->reset();
    EXPECT_EQ(cli({ u"move"_s, file, u"1"_s, u"data"_s, u"--who"_s, u"ana"_s }).code, 0);
}

TEST_F(CliFiles, Check)
{
    const QString file = path(u"sample.mlplan"_s);
    ASSERT_EQ(cli({ u"new"_s, file, u"--sample"_s }).code, 0);
    const CliResult result = cli({ u"check"_s, file });
    EXPECT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"ok"_s));
}

} // namespace
} // namespace mlp::testing
