// The PDF summary against a spreadsheet's PDF export (issue: LibreOffice Calc 7.4 takes about
// 2.1 s at 1,000 ideas and 82 s at 10,000 for a scoring sheet with its chart). Targets: the
// ranked table of all ideas and the chart in 0.2 s at 1,000 and 1.5 s at 10,000; the full
// summary of 1,000 with pages for the top 50 in 2 s. Figures in docs/performance.md.

#include "report/pdfreport.h"
#include "tests/support/generatedportfolio.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

namespace {

const QDateTime kNow(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

void run(benchmark::State &state, const mlp::report::ReportOptions &options)
{
    const mlp::Portfolio portfolio
        = mlp::generatedPortfolio(static_cast<int>(state.range(0)), 42, kNow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const auto written = mlp::report::writeReport(portfolio, options, path);
        if (!written) {
            state.SkipWithError(written.error().message.toUtf8().constData());
            return;
        }
        pages = written->pages;
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["pages"] = pages;
    state.counters["pdf_kB"] = double(QFileInfo(path).size()) / 1024.0;
    state.counters["maxRSS_MB"] = double(usage.ru_maxrss) / 1024.0;
    state.SetComplexityN(state.range(0));
}

mlp::report::ReportOptions base()
{
    mlp::report::ReportOptions options;
    options.dataTime = kNow;
    options.appVersion = QStringLiteral("bench");
    return options;
}

void BM_RankedTableAndChart(benchmark::State &state)
{
    auto options = base();
    options.sections = {};
    options.set(mlp::report::Section::Chart, true);
    options.set(mlp::report::Section::Ranking, true);
    run(state, options);
}
BENCHMARK(BM_RankedTableAndChart)
    ->Arg(1000)
    ->Arg(2000)
    ->Arg(5000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

void BM_FullSummaryTop50(benchmark::State &state)
{
    auto options = base();
    options.projectPages = mlp::report::ProjectPages::Top;
    options.topCount = 50;
    run(state, options);
}
BENCHMARK(BM_FullSummaryTop50)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace
