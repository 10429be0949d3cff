// A viewer's window taking in a colleague's change of K ideas out of 10,000 (MLP_BENCH_IDEAS says
// how many): Document::refreshFromStore with the views a window has on it (the ideas model, the
// sorted filter, the table, the chart and the selection). "Batch" is the product (one batch above
// 10 changed ideas); "OneByOne" forces every change through the single-idea path, as before
// batches, for comparison. The store is the tests' in-memory one, so the figure is the window's
// work, not the server's read (bench_core's shared benchmarks time that).

#include "tests/common/memorystore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/generatedportfolio.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/document.h"
#include "ui/document/selection.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"

#include <QApplication>
#include <QTableView>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

int ideaCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MLP_BENCH_IDEAS", &ok);
    return ok && n > 0 ? n : 10000;
}

double best(const std::vector<double> &runs)
{
    return runs.empty() ? 0.0 : *std::min_element(runs.begin(), runs.end());
}

const QString kTeam = QStringLiteral("postgresql:///?service=bench&portfolio=team");

void refresh(benchmark::State &state, bool batch)
{
    const int changed = int(state.range(0));
    mlp::FakeClock clock;
    mlp::test::MemoryShelf shelf;
    mlp::test::MemoryStoreOpener opener(shelf);
    const mlp::Portfolio before = mlp::generatedPortfolio(ideaCount(), 42, clock.now());
    mlp::Portfolio after = before;
    for (int i = 0; i < changed && i < after.ideas.size(); ++i) {
        mlp::Idea &idea = after.ideas[i];
        idea.name += QStringLiteral(" (imported)");
        if (!idea.raters.isEmpty())
            idea.raters.first().answers[0] = 1 + (i % 5);
    }
    shelf.portfolios.insert(kTeam, before);
    mlp::ui::Document document(clock, opener);
    if (!document.openFile(kTeam, mlp::PortfolioStore::Access::Read).ok())
        qFatal("cannot open the benchmark portfolio");
    if (!batch)
        document.setRefreshBatchAbove(std::numeric_limits<int>::max());
    mlp::ui::IdeasModel model(&document);
    mlp::ui::IdeaFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(mlp::ui::IdeasModel::RankColumn);
    QTableView table;
    table.setModel(&filter);
    table.resize(1000, 400);
    mlp::ui::PortfolioChartView chart(&document);
    chart.setFilterModel(&filter);
    chart.resize(1000, 600);
    mlp::ui::Selection selection(&document);
    selection.select({ before.ideas.at(0).id });
    table.show();
    chart.show();
    QCoreApplication::processEvents();
    bool forth = true;
    for (auto _ : state) {
        state.PauseTiming();
        shelf.portfolios.insert(kTeam, forth ? after : before);
        forth = !forth;
        state.ResumeTiming();
        const mlp::Result<int> taken = document.refreshFromStore();
        if (!taken || *taken != changed)
            qFatal("the refresh did not take in the change");
        QCoreApplication::processEvents(); // the views' deferred layout and paint
    }
    state.counters["ideas"] = double(ideaCount());
}

void BM_RefreshBatch(benchmark::State &state)
{
    refresh(state, true);
}
BENCHMARK(BM_RefreshBatch)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("best", best);

void BM_RefreshOneByOne(benchmark::State &state)
{
    refresh(state, false);
}
BENCHMARK(BM_RefreshOneByOne)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->ComputeStatistics("best", best);

} // namespace
