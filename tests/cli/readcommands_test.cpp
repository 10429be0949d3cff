// rank, history and export read each idea as its row comes (PortfolioStore::readEachIdea) and
// write their output as UTF-8: the output must be the one the whole loaded portfolio gave
// (built here the old way: TextTable, rankIdeas, exportJson of load()).

#include "cli/command.h"
#include "cli/texttable.h"
#include "core/domain/lifecycle.h"
#include "core/domain/scoreformat.h"
#include "core/domain/scoring.h"
#include "core/io/csvformat.h"
#include "core/io/formatkeys.h"
#include "core/io/jsonformat.h"
#include "tests/cli/clitestsupport.h"
#include "tests/support/generatedportfolio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace mlp;
using namespace mlp::testing;
using mlp::cli::TextTable;

namespace {

class ReadCommandsTest : public CliTest
{
protected:
    // A generated portfolio with moves, plus names the tables must align and clean: Hangul
    // (two columns each), a combining mark, a tab, and names equal but for case.
    Portfolio portfolio() const
    {
        Portfolio p = generatedHistoryPortfolio(400, 11, clock.now());
        const QStringList names { QString::fromUtf8("한국어 아이디어"),
                                  QString::fromUtf8("Cafe\u0301"), QStringLiteral("tab\there"),
                                  QStringLiteral("idea 00001"), QStringLiteral("IDEA 00001") };
        for (int i = 0; i < names.size(); ++i)
            p.ideas[i * 7].name = names[i];
        return p;
    }

    // Damages idea `id`'s row (its moves are no longer readable), as an outside tool could.
    static void damageRow(const QString &file, qint64 id)
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(file);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(
                q.exec(QStringLiteral("UPDATE ideas SET history = 'x' WHERE id = %1").arg(id)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    static QString oldRankTable(const Portfolio &portfolio)
    {
        const QList<RankedIdea> ranked = rankIdeas(portfolio);
        auto tr = [](const char *text) { return QCoreApplication::translate("mlp", text); };
        TextTable table({ tr("rank"), tr("impact"), tr("feasibility"), tr("quadrant"),
                          tr("complete"), tr("raters"), tr("stage"), tr("id"), tr("name") });
        for (int column : { 0, 1, 2, 4, 5, 7 })
            table.setRightAligned(column);
        for (const RankedIdea &entry : ranked) {
            const Idea &idea = portfolio.ideas.at(entry.index);
            table.addRow(
                { QString::number(entry.rank), formatScore(entry.score.impact, u"-"),
                  formatScore(entry.score.feasibility, u"-"),
                  quadrantName(entry.score.quadrant, portfolio.config),
                  QString::number(qRound(entry.score.completeness * 100)) + QLatin1Char('%'),
                  QString::number(idea.raters.size()), stageShortName(idea.lifecycle.stage),
                  QString::number(idea.id), idea.name });
        }
        return table.toString();
    }
};

TEST_F(ReadCommandsTest, RankGivesTheTableOfTheLoadedPortfolio)
{
    const Portfolio p = portfolio();
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    const CliResult result = cli({ QStringLiteral("rank"), file });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, oldRankTable(p));
}

TEST_F(ReadCommandsTest, ExportGivesTheBytesOfTheLoadedPortfolio)
{
    Portfolio p = portfolio();
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    const CliResult result = cli({ QStringLiteral("export"), file, QStringLiteral("-") });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out.toUtf8(), io::exportJson(p));
    const QStringList csvTo { QStringLiteral("-"), QStringLiteral("--format"),
                              QStringLiteral("csv") };
    const CliResult csv = cli(QStringList { QStringLiteral("export"), file } + csvTo);
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    EXPECT_EQ(csv.out.toUtf8(), io::exportCsv(p));

    // Rows stored out of the order of their positions: still the portfolio's order.
    std::reverse(p.ideas.begin(), p.ideas.end());
    const QString reversed = path(QStringLiteral("r.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(reversed, p).ok());
    {
        auto f = PortfolioFile::open(reversed);
        ASSERT_TRUE(f.ok());
        ASSERT_TRUE((*f)->replaceAll(p).ok());
    }
    const CliResult again = cli({ QStringLiteral("export"), reversed, QStringLiteral("-") });
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(again.out.toUtf8(), io::exportJson(p));
    const CliResult csvAgain = cli(QStringList { QStringLiteral("export"), reversed } + csvTo);
    ASSERT_EQ(csvAgain.code, 0) << csvAgain.err.toStdString();
    EXPECT_EQ(csvAgain.out.toUtf8(), io::exportCsv(p));
}

// Times outside the years the export formats itself, and before 1970, as timestampText().
TEST_F(ReadCommandsTest, ExportWritesEveryTimeAsTimestampText)
{
    Portfolio p;
    p.name = QStringLiteral("times");
    const QList<QDateTime> times {
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 1), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 30, 5, 7), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 12, 2), QTime(15, 4, 5, 123), Qt::OffsetFromUTC, 9 * 3600),
    };
    for (int i = 0; i < times.size(); ++i) {
        Idea idea = makeIdea(i + 1, QStringLiteral("Idea %1").arg(i + 1));
        idea.lifecycle.createdAt = times[i];
        p.ideas.append(idea);
    }
    const QByteArray json = io::exportJson(p);
    for (const QDateTime &at : times)
        EXPECT_TRUE(
            json.contains(QByteArray("\"createdAt\": \"" + io::timestampText(at).toUtf8() + '"')))
            << io::timestampText(at).toStdString();
}

TEST_F(ReadCommandsTest, HistoryGivesTheMovesOfTheLoadedPortfolio)
{
    const Portfolio p = portfolio();
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    const CliResult result = cli({ QStringLiteral("history"), file });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();

    // The moves by time, ties in the portfolio's order (a stable sort), as a TextTable.
    struct Move
    {
        const Idea *idea;
        const Transition *t;
    };
    QList<Move> moves;
    LifecycleStats total;
    for (const Idea &idea : p.ideas) {
        for (const Transition &t : idea.lifecycle.history)
            moves.append({ &idea, &t });
        accumulate(total, lifecycleStats(idea.lifecycle, clock.now()));
    }
    std::stable_sort(moves.begin(), moves.end(),
                     [](const Move &a, const Move &b) { return a.t->at < b.t->at; });
    auto tr = [](const char *text) { return QCoreApplication::translate("mlp", text); };
    TextTable table({ tr("when"), tr("who"), tr("idea"), tr("from"), tr("to"), tr("reason") });
    for (const Move &move : moves)
        table.addRow({ cli::formatTimestamp(move.t->at), move.t->who, move.idea->name,
                       stageKey(move.t->from), stageKey(move.t->to), moveReasonText(*move.t) });
    EXPECT_TRUE(result.out.startsWith(table.toString() + QLatin1Char('\n')));
    EXPECT_TRUE(
        result.out.contains(QCoreApplication::translate("mlp", "Moves: %1 forward, %2 backward.")
                                .arg(total.forwardMoves)
                                .arg(total.backwardMoves)));

    // With --json the same moves, in the same order.
    const CliResult json = cli({ QStringLiteral("history"), file, QStringLiteral("--json") });
    ASSERT_EQ(json.code, 0);
    qsizetype at = 0;
    for (const Move &move : moves) {
        at = json.out.indexOf(
            QStringLiteral("\"at\": \"%1\"").arg(cli::formatTimestamp(move.t->at)), at);
        ASSERT_GE(at, 0);
    }
}

// A damaged row refuses each reading command with load()'s message, and nothing is written.
TEST_F(ReadCommandsTest, ADamagedRowRefusesEveryReadingCommand)
{
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, portfolio()).ok());
    ASSERT_NO_FATAL_FAILURE(damageRow(file, 200));
    QString expected;
    {
        auto f = PortfolioFile::open(file, PortfolioStore::Access::Read);
        ASSERT_TRUE(f.ok());
        const auto loaded = (*f)->load();
        ASSERT_FALSE(loaded.ok());
        expected = loaded.error().message;
    }
    const QList<QStringList> commands {
        { QStringLiteral("rank"), file },
        { QStringLiteral("rank"), file, QStringLiteral("--json") },
        { QStringLiteral("history"), file },
        { QStringLiteral("history"), file, QStringLiteral("--json") },
        { QStringLiteral("export"), file, QStringLiteral("-") },
        { QStringLiteral("export"), file, QStringLiteral("-"), QStringLiteral("--format"),
          QStringLiteral("csv") },
    };
    for (const QStringList &command : commands) {
        const CliResult result = cli(command);
        EXPECT_TRUE(isError(result, 1)) << command.join(u' ').toStdString();
        EXPECT_TRUE(result.err.contains(expected)) << result.err.toStdString();
    }
}

// An export is written a megabyte at a time as it is read. A damaged row found after the first
// megabyte: standard output has what came before it, which is never a whole JSON document, and
// the one error line; a file is not written at all, and one that was there stays as it was.
TEST_F(ReadCommandsTest, AnExportStoppedPartWayIsNeverTakenForAWholeOne)
{
    const Portfolio p = portfolio();
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    ASSERT_GT(io::exportJson(p).size(), 1024 * 1024) << "the damage must come after a chunk";
    ASSERT_NO_FATAL_FAILURE(damageRow(file, p.ideas.at(p.ideas.size() - 2).id));

    const CliResult json = cli({ QStringLiteral("export"), file, QStringLiteral("-") });
    EXPECT_EQ(json.code, 1);
    EXPECT_TRUE(json.err.startsWith(QStringLiteral("error: "))) << json.err.toStdString();
    EXPECT_EQ(json.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(json.out.startsWith(QStringLiteral("{")));
    QJsonParseError parseError;
    QJsonDocument::fromJson(json.out.toUtf8(), &parseError);
    EXPECT_NE(parseError.error, QJsonParseError::NoError);

    // A CSV has no end that would tell: nothing of it is written.
    EXPECT_TRUE(isError(cli({ QStringLiteral("export"), file, QStringLiteral("-"),
                              QStringLiteral("--format"), QStringLiteral("csv") }),
                        1));

    const QString previous = path(QStringLiteral("previous.json"));
    {
        QFile f(previous);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{}\n");
    }
    const QString fresh = path(QStringLiteral("fresh.json"));
    for (const QString &target : { previous, fresh })
        EXPECT_TRUE(isError(cli({ QStringLiteral("export"), file, target }), 1));
    QFile kept(previous);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("{}\n"));
    EXPECT_FALSE(QFileInfo::exists(fresh));
    // No temporary file is left beside them.
    const QStringList exports
        = QDir(dir.path())
              .entryList({ QStringLiteral("*fresh*"), QStringLiteral("*previous*") },
                         QDir::Files | QDir::Hidden);
    EXPECT_EQ(exports, QStringList { QStringLiteral("previous.json") });
}

// An export to a file is made in parts too: it holds the bytes of the loaded portfolio.
TEST_F(ReadCommandsTest, AnExportToAFileInPartsGivesTheBytesOfTheLoadedPortfolio)
{
    const Portfolio p = portfolio();
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    const QString json = path(QStringLiteral("p.json"));
    const QString csv = path(QStringLiteral("p.csv"));
    for (const QString &target : { json, csv })
        ASSERT_EQ(cli({ QStringLiteral("export"), file, target }).code, 0);
    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(jsonFile.readAll(), io::exportJson(p));
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(csvFile.readAll(), io::exportCsv(p));
}

// A CSV of several megabytes goes out in several chunks too, and ends as the whole CSV.
TEST_F(ReadCommandsTest, ACsvExportOfSeveralChunksIsTheWholeCsv)
{
    const Portfolio p = generatedPortfolio(9000, 5, clock.now());
    const QByteArray expected = io::exportCsv(p);
    ASSERT_GT(expected.size(), 1024 * 1024);
    const QString file = path(QStringLiteral("big.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    const QString csv = path(QStringLiteral("big.csv"));
    ASSERT_EQ(cli({ QStringLiteral("export"), file, csv }).code, 0);
    EXPECT_EQ(bytes(csv), expected);
    const CliResult out = cli({ QStringLiteral("export"), file, QStringLiteral("-"),
                                QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(out.code, 0) << out.err.toStdString();
    EXPECT_EQ(out.out.toUtf8(), expected);
}

// Standard output that stops taking bytes part-way (a full disk behind a redirect): the export
// fails with that reason, not as a success.
TEST_F(ReadCommandsTest, AnExportWhoseOutputFailsPartWaySaysSo)
{
    class FullAfter : public QIODevice
    {
    public:
        explicit FullAfter(qint64 room)
            : m_room(room)
        { }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *, qint64 size) override
        {
            if (size > m_room)
                return -1;
            m_room -= size;
            return size;
        }

    private:
        qint64 m_room;
    };
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, portfolio()).ok());
    FullAfter device(64 * 1024);
    ASSERT_TRUE(device.open(QIODevice::WriteOnly));
    QTextStream out(&device);
    QString errText;
    QTextStream err(&errText);
    const int code = cli::run(
        { QStringLiteral("mlplanner"), QStringLiteral("export"), file, QStringLiteral("-") }, out,
        err, clock, *stores);
    err.flush();
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(errText.startsWith(QStringLiteral("error: "))) << errText.toStdString();
    EXPECT_TRUE(errText.contains(QStringLiteral("cannot write to standard output")))
        << errText.toStdString();
    EXPECT_EQ(errText.count(QLatin1Char('\n')), 1);
}

// As a process: to a pipe (a reader that may stop reading), a JSON export is held until the
// portfolio is read and closed, so a damaged row leaves nothing on the pipe; redirected to a
// file, it streams, and what came before the damaged row is there without the document's end.
TEST_F(ReadCommandsTest, AnExportToAPipeIsWrittenOnlyWhenWhole)
{
    const Portfolio p = portfolio();
    const QString file = path(QStringLiteral("p.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, p).ok());
    const QStringList arguments { QStringLiteral("export"), file, QStringLiteral("-") };
    auto run = [&](const QString &outputFile, QByteArray &output) {
        QProcess process;
        process.setProgram(QStringLiteral(MLP_MLPLANNER));
        process.setArguments(arguments);
        if (!outputFile.isEmpty())
            process.setStandardOutputFile(outputFile);
        process.start();
        EXPECT_TRUE(process.waitForFinished(60000));
        output = outputFile.isEmpty() ? process.readAllStandardOutput() : bytes(outputFile);
        return process.exitCode();
    };
    QByteArray piped;
    ASSERT_EQ(run(QString(), piped), 0);
    EXPECT_EQ(piped, io::exportJson(p));

    ASSERT_NO_FATAL_FAILURE(damageRow(file, p.ideas.at(p.ideas.size() - 2).id));
    EXPECT_EQ(run(QString(), piped), 1);
    EXPECT_TRUE(piped.isEmpty()) << piped.size() << " bytes on the pipe";
    QByteArray redirected;
    EXPECT_EQ(run(path(QStringLiteral("redirected.json")), redirected), 1);
    EXPECT_TRUE(redirected.startsWith("{"));
    EXPECT_TRUE(io::exportJson(p).startsWith(redirected));
    EXPECT_LT(redirected.size(), io::exportJson(p).size());
}

} // namespace
