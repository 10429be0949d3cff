// `mlplanner report` run as a separate process with no display at all (no DISPLAY, no
// QT_QPA_PLATFORM) writes the same pages as the window's code path, writeReport() in-process.

#include "pdftools.h"

#include "core/domain/sample.h"
#include "report/pdfreport.h"
#include "storage/portfoliofile.h"
#include "translations/translators.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace mlp::testing {
namespace {

TEST(ReportCommandLine, WithoutADisplayWritesTheSamePagesAsTheWindow)
{
    QTemporaryDir dir;
    const QDateTime now(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    Portfolio portfolio = samplePortfolio(now);
    portfolio.ideas[0].name = QStringLiteral("고객 이탈 예측 \"2024\"");
    const QString file = dir.filePath(QStringLiteral("s.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(file, portfolio).ok());

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("MLP_LANGUAGE"), QStringLiteral("en"));
    cli.setProcessEnvironment(env);
    const QString fromCli = dir.filePath(QStringLiteral("cli.pdf"));
    cli.start(QStringLiteral(MLP_MLPLANNER),
              { QStringLiteral("report"), file, fromCli, QStringLiteral("--top"),
                QStringLiteral("4"), QStringLiteral("--as-of"),
                QStringLiteral("2025-03-01T09:00:00Z") });
    ASSERT_TRUE(cli.waitForFinished(120000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(cli.readAllStandardOutput()).startsWith(QStringLiteral("Wrote ")));

    report::ReportOptions options;
    options.projectPages = report::ProjectPages::Top;
    options.topCount = 4;
    options.dataTime = now;
    options.appVersion = QStringLiteral(MLP_VERSION);
    const auto loaded = PortfolioFile::open(file, PortfolioStore::Access::Read);
    ASSERT_TRUE(loaded.ok());
    const auto read = (*loaded)->load();
    ASSERT_TRUE(read.ok());
    const QString fromWindow = dir.filePath(QStringLiteral("window.pdf"));
    // The window speaks the language the command line was given (English, with its plurals).
    mlp::l10n::installTranslators(QLocale(QStringLiteral("en")));
    const bool written = report::writeReport(*read, options, fromWindow).ok();
    mlp::l10n::removeTranslators();
    ASSERT_TRUE(written);

    const QStringList cliPages = pdfPages(fromCli);
    const QStringList windowPages = pdfPages(fromWindow);
    ASSERT_GT(cliPages.size(), 6);
    ASSERT_EQ(cliPages.size(), windowPages.size());
    for (int i = 0; i < cliPages.size(); ++i)
        EXPECT_EQ(cliPages[i], windowPages[i]) << "page " << i + 1;
    // A count of one reads as English does.
    EXPECT_TRUE(cliPages.join(u'\n').contains(QStringLiteral("1 project shipped")));
    EXPECT_TRUE(cliPages.join(QString()).contains(QStringLiteral("고객 이탈 예측 \"2024\"")));
}

} // namespace
} // namespace mlp::testing
