// One edit is one row (docs/performance.md, "One-row edits"): what the command line's editing
// commands do through the store — open for an edit, read the settings and the one idea the
// name means, write it back — at 1,000 to 100,000 ideas, beside the whole-portfolio way they
// used before (open for writing, load everything, write one idea).
#include "core/domain/idea.h"
#include "storage/portfoliofile.h"
#include "tests/support/generatedportfolio.h"

#include <QHash>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

using namespace mlp;

constexpr quint32 kSeed = 20240101;

double minimum(const std::vector<double> &values)
{
    return *std::min_element(values.begin(), values.end());
}

struct SizedFile
{
    QString path;
    QString middleName; // the name of an idea in the middle of the portfolio
};

// One file per size, created once for the benchmarks here.
const SizedFile &fileOf(int ideas)
{
    static QTemporaryDir dir;
    static QHash<int, SizedFile> files;
    if (!files.contains(ideas)) {
        const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
        Portfolio portfolio = generatedPortfolio(ideas, kSeed, now);
        // A name only this idea has, so it resolves by name.
        Idea &middle = portfolio.ideas[portfolio.ideas.size() / 2];
        middle.name = QStringLiteral("The idea in the middle");
        SizedFile sized { dir.filePath(QStringLiteral("edit-%1.mlplan").arg(ideas)), middle.name };
        if (!PortfolioFile::create(sized.path, portfolio))
            sized.path.clear();
        files.insert(ideas, sized);
    }
    return files[ideas];
}

Idea edited(Idea idea, int round)
{
    idea.description = QStringLiteral("edited %1").arg(round);
    return idea;
}

// The command line's edit: open (Edit), settings, the idea by name, one write, close.
void BM_EditOneIdea(benchmark::State &state)
{
    const SizedFile &file = fileOf(int(state.range(0)));
    int round = 0;
    for (auto _ : state) {
        auto store = PortfolioFile::open(file.path, PortfolioStore::Access::Edit);
        if (!store) {
            state.SkipWithError(store.error().message.toStdString().c_str());
            break;
        }
        const auto settings = (*store)->loadSettings();
        auto named = (*store)->ideasNamedBy(file.middleName);
        if (!settings || !named || named->size() != 1) {
            state.SkipWithError("the idea was not found");
            break;
        }
        const auto idea = (*store)->loadIdea(named->front().id);
        if (!idea || !(*store)->upsertIdea(edited(*idea, ++round))) {
            state.SkipWithError("the edit failed");
            break;
        }
    }
    state.counters["ideas"] = double(state.range(0));
}
BENCHMARK(BM_EditOneIdea)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(30000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

// Before: open for writing (full integrity check), load the whole portfolio, write one idea.
void BM_EditOneIdeaByLoadingAll(benchmark::State &state)
{
    const SizedFile &file = fileOf(int(state.range(0)));
    int round = 0;
    for (auto _ : state) {
        auto store = PortfolioFile::open(file.path, PortfolioStore::Access::Write);
        if (!store) {
            state.SkipWithError(store.error().message.toStdString().c_str());
            break;
        }
        const auto portfolio = (*store)->load();
        if (!portfolio) {
            state.SkipWithError(portfolio.error().message.toStdString().c_str());
            break;
        }
        const auto id = portfolio->resolve(file.middleName);
        if (!id || !(*store)->upsertIdea(edited(*portfolio->find(*id), ++round))) {
            state.SkipWithError("the edit failed");
            break;
        }
    }
    state.counters["ideas"] = double(state.range(0));
}
BENCHMARK(BM_EditOneIdeaByLoadingAll)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(30000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

} // namespace
