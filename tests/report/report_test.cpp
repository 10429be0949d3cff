// The PDF summary read back with poppler-utils and qpdf: pages for the options, every name in
// the text (Hangul and quotes too), the table header on each page of a long table, "Page i of
// n", embedded fonts and no Type 3, no images (the chart is vectors), the title, qpdf --check,
// and nothing left behind by a cancelled or failed export.

#include "pdftools.h"

#include "core/domain/idea.h"
#include "report/pdfreport.h"
#include "tests/support/generatedportfolio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace mlp::testing {
namespace {

using report::ReportOptions;
using report::Section;

const QDateTime kNow(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

Idea smallIdea(qint64 id, const QString &name, int seed)
{
    Idea idea;
    idea.id = id;
    idea.name = name;
    idea.owner = QStringLiteral("김민준");
    idea.lifecycle.createdAt = kNow.addDays(-30);
    Rater rater;
    rater.name = QStringLiteral("Ana");
    for (int q = 0; q < kQuestionCount; ++q)
        rater.answers[q] = qint8(1 + (seed + q) % 5);
    idea.raters << rater;
    return idea;
}

// Names a report must carry through: Hangul, digits beside Hangul, quotes of both kinds.
QStringList trickyNames()
{
    return { QStringLiteral("고객 이탈 예측 2024"), QStringLiteral("O'Brien's \"quoted\" idea"),
             QStringLiteral("“Smart” reply 3.0"), QStringLiteral("리뷰 감성 분석 (v2)"),
             QStringLiteral("Plain invoice reader") };
}

Portfolio trickyPortfolio()
{
    Portfolio portfolio;
    portfolio.name = QStringLiteral("팀 포트폴리오 \"Q1\"");
    const QStringList names = trickyNames();
    for (int i = 0; i < names.size(); ++i)
        portfolio.ideas << smallIdea(i + 1, names[i], i * 2);
    return portfolio;
}

ReportOptions only(std::initializer_list<Section> sections)
{
    ReportOptions options;
    options.sections = {};
    for (Section s : sections)
        options.set(s, true);
    options.dataTime = kNow;
    options.appVersion = QStringLiteral("0.1.0");
    return options;
}

ReportOptions everything()
{
    ReportOptions options;
    options.dataTime = kNow;
    options.appVersion = QStringLiteral("0.1.0");
    return options;
}

// Spaces and line breaks as one space, so that a name wrapped in a cell still reads whole.
QString flat(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

class Report : public ::testing::Test
{
protected:
    QString write(const Portfolio &portfolio, const ReportOptions &options,
                  const QString &name = QStringLiteral("out.pdf"))
    {
        const QString file = dir.filePath(name);
        const auto written = report::writeReport(portfolio, options, file);
        EXPECT_TRUE(written.ok()) << (written ? std::string()
                                              : written.error().message.toStdString());
        return file;
    }
    QTemporaryDir dir;
};

TEST_F(Report, PageCountFollowsTheOptions)
{
    const Portfolio portfolio = trickyPortfolio();
    EXPECT_EQ(pdfPageCount(write(portfolio, only({ Section::Cover }))), 1);
    EXPECT_EQ(pdfPageCount(write(portfolio, only({ Section::Chart }))), 1);
    EXPECT_EQ(pdfPageCount(write(portfolio, only({ Section::Projects }))), 5);

    ReportOptions top = only({ Section::Projects });
    top.projectPages = report::ProjectPages::Top;
    top.topCount = 3;
    EXPECT_EQ(pdfPageCount(write(portfolio, top)), 3);

    ReportOptions chosen = only({ Section::Cover, Section::Projects });
    chosen.projectPages = report::ProjectPages::Chosen;
    chosen.chosenIds = { 2, 4 };
    const QString file = write(portfolio, chosen);
    EXPECT_EQ(pdfPageCount(file), 3);
    const QStringList pages = pdfPages(file);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_TRUE(pages[1].contains(trickyNames()[1]) || pages[2].contains(trickyNames()[1]));
    EXPECT_TRUE(pages[1].contains(trickyNames()[3]) || pages[2].contains(trickyNames()[3]));

    ReportOptions filtered = only({ Section::Projects });
    filtered.projectPages = report::ProjectPages::Filter;
    filtered.filterText = QStringLiteral("리뷰");
    EXPECT_EQ(pdfPageCount(write(portfolio, filtered)), 1);
}

// "Page    2 size: 842 x 595 pts (A4)" for each page.
QStringList pageSizes(const QString &pdf)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"),
                                 { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("99"), pdf });
    QStringList sizes;
    const QRegularExpression size(QStringLiteral("^Page +\\d+ size: +(.*)$"),
                                  QRegularExpression::MultilineOption);
    for (auto it = size.globalMatch(info.out); it.hasNext();)
        sizes << it.next().captured(1).simplified();
    return sizes;
}

TEST_F(Report, TheChartPageTakesItsOrientationAndThePaperItsSize)
{
    ReportOptions options = only({ Section::Cover, Section::Chart, Section::Glossary });
    EXPECT_EQ(
        pageSizes(write(trickyPortfolio(), options)),
        (QStringList { QStringLiteral("595 x 842 pts (A4)"), QStringLiteral("842 x 595 pts (A4)"),
                       QStringLiteral("595 x 842 pts (A4)") }));
    options.paper = report::Paper::Letter;
    options.chartOrientation = report::ChartOrientation::Portrait;
    EXPECT_EQ(pageSizes(write(trickyPortfolio(), options)),
              (QStringList { QStringLiteral("612 x 792 pts (letter)"),
                             QStringLiteral("612 x 792 pts (letter)"),
                             QStringLiteral("612 x 792 pts (letter)") }));
}

TEST_F(Report, EveryNameExtractsWithHangulDigitsAndQuotes)
{
    const QString text = flat(pdfText(write(trickyPortfolio(), everything())));
    for (const QString &name : trickyNames())
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("김민준")));
    EXPECT_TRUE(text.contains(QStringLiteral("팀 포트폴리오 \"Q1\"")));
    // Digits and spaces survive: with a CJK family first, Qt 6.4 drops them from the text.
    EXPECT_TRUE(text.contains(QStringLiteral("Data as of 2025-03-01 09:00 UTC")));
    EXPECT_TRUE(text.contains(QStringLiteral("The portfolio holds 5 ideas, 5 of them scored.")));
    // No ligatures: "fi" must extract as two letters, or "first" cannot be found.
    EXPECT_TRUE(text.contains(QStringLiteral("Do first"))) << text.toStdString();
}

TEST_F(Report, LongTableRepeatsItsHeaderOnEveryPage)
{
    const Portfolio portfolio = generatedPortfolio(300, 7, kNow);
    const QStringList pages = pdfPages(write(portfolio, only({ Section::Ranking })));
    ASSERT_GT(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = flat(pages[i]);
        // Header words no cell holds.
        for (const char *header : { "Archetype", "Quadrant", "Feasibility", "Owner" })
            EXPECT_TRUE(page.contains(QLatin1String(header))) << header << " on page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << "page " << i + 1;
    }
    const QString all = flat(pages.join(QLatin1Char(' ')));
    for (const Idea &idea : portfolio.ideas)
        ASSERT_TRUE(all.contains(idea.name)) << idea.name.toStdString();
}

TEST_F(Report, EveryFontIsEmbeddedAndNoneIsType3)
{
    const ToolRun fonts
        = runTool(QStringLiteral("pdffonts"), { write(trickyPortfolio(), everything()) });
    ASSERT_EQ(fonts.code, 0) << fonts.err.toStdString();
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    bool hangul = false;
    for (const QString &line : lines) {
        EXPECT_FALSE(line.contains(QStringLiteral("Type 3"))) << line.toStdString();
        // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(words.size(), 7) << line.toStdString();
        EXPECT_EQ(words.at(words.size() - 5), QStringLiteral("yes")) << line.toStdString();
        hangul = hangul || line.contains(QStringLiteral("CJK"));
    }
    EXPECT_TRUE(hangul) << "the Korean text is not in a CJK font:\n" << fonts.out.toStdString();
}

TEST_F(Report, TheChartIsVectorsWithoutImages)
{
    const ToolRun images
        = runTool(QStringLiteral("pdfimages"),
                  { QStringLiteral("-list"), write(trickyPortfolio(), everything()) });
    ASSERT_EQ(images.code, 0) << images.err.toStdString();
    EXPECT_EQ(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2)
        << "only the two header lines expected:\n"
        << images.out.toStdString();
}

TEST_F(Report, TitleCreatorAndStructureAreRight)
{
    const QString file = write(trickyPortfolio(), everything());
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), { file });
    EXPECT_TRUE(info.out.contains(QStringLiteral("팀 포트폴리오 \"Q1\" — portfolio summary")))
        << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("ML Planner 0.1.0"))) << info.out.toStdString();
    const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), file });
    EXPECT_EQ(check.code, 0) << check.out.toStdString() << check.err.toStdString();
    const QStringList pages = pdfPages(file);
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(
            pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
}

TEST_F(Report, ACancelledExportLeavesNothingAndKeepsAnExistingFile)
{
    const QString file = dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the previous summary");
    }
    std::atomic_bool cancel = false;
    int calls = 0;
    const auto written = report::writeReport(
        generatedPortfolio(200, 3, kNow), everything(), file,
        [&](int done, int) {
            ++calls;
            if (done == 2)
                cancel = true;
        },
        &cancel);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("cancelled")));
    EXPECT_EQ(calls, 2);
    QFile kept(file);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("the previous summary"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList { QStringLiteral("kept.pdf") });

    const QString fresh = dir.filePath(QStringLiteral("fresh.pdf"));
    cancel = true;
    EXPECT_FALSE(report::writeReport(trickyPortfolio(), everything(), fresh, {}, &cancel).ok());
    EXPECT_FALSE(QFileInfo::exists(fresh));
}

TEST_F(Report, AnUnwritablePathIsRefusedBeforeAnyWork)
{
    int calls = 0;
    const auto count = [&](int, int) { ++calls; };
    const QString missingFolder = dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    auto written = report::writeReport(trickyPortfolio(), everything(), missingFolder, count);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("does not exist")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missingFolder));

    written = report::writeReport(trickyPortfolio(), everything(), dir.path(), count);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("not a regular file")))
        << written.error().message.toStdString();
    EXPECT_EQ(calls, 0);
}

TEST_F(Report, AnEmptyPortfolioStillMakesAReadableSummary)
{
    Portfolio empty;
    const QString file = write(empty, everything());
    EXPECT_GE(pdfPageCount(file), 3);
    EXPECT_TRUE(pdfText(file).contains(QStringLiteral("Untitled portfolio")));
    EXPECT_EQ(pdfPageCount(write(empty, only({ Section::Projects }))), 1);
}

} // namespace
} // namespace mlp::testing
