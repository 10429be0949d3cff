// `mlplanner report`: bad input is one error line before anything is read or written; the
// writer it is handed gets the options as given. (The PDF itself is tested in tests/report.)

#include "clitestsupport.h"

#include "core/report/reportwriter.h"

#include <QDir>

namespace mlp::testing {
namespace {

// Records what it was asked to write and writes a marker file.
class FakeReportWriter final : public report::ReportWriter
{
public:
    Result<report::ReportSummary> write(const Portfolio &portfolio,
                                        const report::ReportOptions &options, const QString &path,
                                        const report::ReportProgress &,
                                        const std::atomic_bool *) const override
    {
        ++calls;
        lastOptions = options;
        lastIdeas = int(portfolio.ideas.size());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("%PDF-fake");
        return report::ReportSummary { 7, 3, 2 };
    }
    mutable int calls = 0;
    mutable report::ReportOptions lastOptions;
    mutable int lastIdeas = 0;
};

class ReportCommand : public CliTest
{
protected:
    void SetUp() override
    {
        reports = &writer;
        file = createPortfolio(
            QStringLiteral("p.mlplan"),
            { makeIdea(1, QStringLiteral("Alpha")), makeIdea(2, QStringLiteral("베타")) });
    }
    FakeReportWriter writer;
    QString file;
};

TEST_F(ReportCommand, PassesTheOptionsToTheWriter)
{
    const CliResult r
        = cli({ QStringLiteral("report"), file, path(QStringLiteral("out.pdf")),
                QStringLiteral("--sections"), QStringLiteral("cover, Projects"),
                QStringLiteral("--ids"), QStringLiteral("2"), QStringLiteral("--paper"),
                QStringLiteral("letter"), QStringLiteral("--chart"), QStringLiteral("portrait") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out,
              QStringLiteral("Wrote %1: 7 pages, 3 of them project pages.\n"
                             "2 chart labels were left out so that none overlaps "
                             "another; the ranked table lists every idea.\n")
                  .arg(QDir::toNativeSeparators(path(QStringLiteral("out.pdf")))));
    ASSERT_EQ(writer.calls, 1);
    EXPECT_EQ(writer.lastIdeas, 2);
    const report::ReportOptions &o = writer.lastOptions;
    EXPECT_TRUE(o.has(report::Section::Cover));
    EXPECT_TRUE(o.has(report::Section::Projects));
    EXPECT_FALSE(o.has(report::Section::Chart));
    EXPECT_EQ(o.projectPages, report::ProjectPages::Chosen);
    EXPECT_EQ(o.chosenIds, QList<qint64> { 2 });
    EXPECT_EQ(o.paper, report::Paper::Letter);
    EXPECT_EQ(o.chartOrientation, report::ChartOrientation::Portrait);
    EXPECT_EQ(o.dataTime, clock.now());
}

TEST_F(ReportCommand, AsOfSetsTheTimeOfTheSummary)
{
    const CliResult r = cli({ QStringLiteral("report"), file, path(QStringLiteral("out.pdf")),
                              QStringLiteral("--as-of"), QStringLiteral("2025-03-01T09:00:00Z"),
                              QStringLiteral("--top"), QStringLiteral("5") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(writer.lastOptions.dataTime, QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(writer.lastOptions.projectPages, report::ProjectPages::Top);
    EXPECT_EQ(writer.lastOptions.topCount, 5);
}

TEST_F(ReportCommand, BadOptionsAreUsageErrorsAndNothingIsWritten)
{
    const QString out = path(QStringLiteral("out.pdf"));
    const QList<QStringList> bad {
        { QStringLiteral("--paper"), QStringLiteral("a5") },
        { QStringLiteral("--chart"), QStringLiteral("sideways") },
        { QStringLiteral("--sections"), QStringLiteral("cover,appendix") },
        { QStringLiteral("--sections"), QStringLiteral("") },
        { QStringLiteral("--top"), QStringLiteral("0") },
        { QStringLiteral("--top"), QStringLiteral("ten") },
        { QStringLiteral("--ids"), QStringLiteral("1,x") },
        { QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--filter"),
          QStringLiteral("a") },
        { QStringLiteral("--as-of"), QStringLiteral("yesterday") },
        { QStringLiteral("--colour"), QStringLiteral("red") },
    };
    for (const QStringList &options : bad) {
        const CliResult r = cli(QStringList { QStringLiteral("report"), file, out } + options);
        EXPECT_TRUE(isError(r, 2)) << options.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(writer.calls, 0);
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(ReportCommand, ProjectChoicesAreNotIgnoredSilently)
{
    const QString out = path(QStringLiteral("out.pdf"));
    // Choosing project pages while leaving the project pages out is a usage error.
    for (const QStringList &choice :
         { QStringList { QStringLiteral("--top"), QStringLiteral("3") },
           QStringList { QStringLiteral("--ids"), QStringLiteral("1") },
           QStringList { QStringLiteral("--filter"), QStringLiteral("Alpha") } }) {
        const CliResult r
            = cli(QStringList { QStringLiteral("report"), file, out, QStringLiteral("--sections"),
                                QStringLiteral("cover,chart") }
                  + choice);
        EXPECT_TRUE(isError(r, 2)) << choice.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(choice.first())) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--sections"))) << r.err.toStdString();
    }
    // An empty or blank filter would choose every project: refused.
    for (const QString &blank : { QString(), QStringLiteral("  ") }) {
        const CliResult r
            = cli({ QStringLiteral("report"), file, out, QStringLiteral("--filter"), blank });
        EXPECT_TRUE(isError(r, 2)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--filter"))) << r.err.toStdString();
    }
    // Ids no idea has are named.
    const CliResult r = cli(
        { QStringLiteral("report"), file, out, QStringLiteral("--ids"), QStringLiteral("2,7,9") });
    EXPECT_TRUE(isError(r, 1)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("7, 9"))) << r.err.toStdString();
    EXPECT_EQ(writer.calls, 0);
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(ReportCommand, AnOutputThatIsNotAPdfOrIsThePortfolioIsRefused)
{
    const FileState before = stateOf(file);
    CliResult r = cli({ QStringLiteral("report"), file, file });
    EXPECT_TRUE(isError(r, 2));
    r = cli({ QStringLiteral("report"), file, path(QStringLiteral("summary.txt")) });
    EXPECT_TRUE(isError(r, 2));
    EXPECT_TRUE(r.err.contains(QStringLiteral(".pdf")));
    EXPECT_EQ(writer.calls, 0);
    EXPECT_EQ(stateOf(file), before);
}

TEST_F(ReportCommand, AnUnwritableOutputIsRefusedBeforeReading)
{
    CliResult r = cli({ QStringLiteral("report"), path(QStringLiteral("missing.mlplan")),
                        path(QStringLiteral("no-such-folder/out.pdf")) });
    EXPECT_TRUE(isError(r, 1));
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-folder"))) << r.err.toStdString();
    QDir(dir.path()).mkdir(QStringLiteral("folder.pdf"));
    r = cli({ QStringLiteral("report"), file, path(QStringLiteral("folder.pdf")) });
    EXPECT_TRUE(isError(r, 1));
    EXPECT_EQ(writer.calls, 0);
}

TEST_F(ReportCommand, AMissingPortfolioIsRefused)
{
    const QString out = path(QStringLiteral("out.pdf"));
    const CliResult r
        = cli({ QStringLiteral("report"), path(QStringLiteral("missing.mlplan")), out });
    EXPECT_TRUE(isError(r, 1));
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.mlplan"))) << r.err.toStdString();
    EXPECT_EQ(writer.calls, 0);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("missing.mlplan"))));
}

TEST_F(ReportCommand, WithoutAWriterItSaysTheBuildHasNoReport)
{
    reports = nullptr;
    const CliResult r = cli({ QStringLiteral("report"), file, path(QStringLiteral("out.pdf")) });
    EXPECT_TRUE(isError(r, 1));
    EXPECT_TRUE(r.err.contains(QStringLiteral("built without the PDF summary")))
        << r.err.toStdString();
}

} // namespace
} // namespace mlp::testing
