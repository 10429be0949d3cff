// The core's speed targets (docs/performance.md) on a generated 10,000-idea portfolio.
#include "core/domain/flow.h"
#include "core/domain/sample.h"
#include "core/domain/scoretable.h"
#include "core/domain/scoring.h"
#include "core/domain/validation.h"
#include "core/io/csvformat.h"
#include "core/io/jsonformat.h"
#include "storage/portfoliofile.h"
#include "tests/support/generatedportfolio.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

using namespace mlp;

constexpr int kIdeas = 10000;
constexpr quint32 kSeed = 20240101;

// The machine is shared: with --benchmark_repetitions the least disturbed run is reported too.
double minimum(const std::vector<double> &values)
{
    return *std::min_element(values.begin(), values.end());
}

void inMilliseconds(benchmark::internal::Benchmark *registered)
{
    registered->Unit(benchmark::kMillisecond)->ComputeStatistics("min", minimum);
}

const QDateTime &benchNow()
{
    static const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    return now;
}

const Portfolio &bigPortfolio()
{
    static const Portfolio portfolio = generatedPortfolio(kIdeas, kSeed, benchNow());
    return portfolio;
}

QTemporaryDir &benchDir()
{
    static QTemporaryDir dir;
    return dir;
}

// A new file holding the big portfolio; each benchmark gets its own so none holds another's lock.
QString createBigFile(const QString &name, benchmark::State &state)
{
    const QString path = benchDir().filePath(name);
    if (!QFile::exists(path)) {
        const auto created = PortfolioFile::create(path, bigPortfolio());
        if (!created)
            state.SkipWithError(created.error().message.toStdString().c_str());
    }
    return path;
}

void BM_OpenPortfolio(benchmark::State &state)
{
    const QString path = createBigFile(QStringLiteral("open.mlplan"), state);
    for (auto _ : state) {
        auto file = PortfolioFile::open(path);
        if (!file) {
            state.SkipWithError(file.error().message.toStdString().c_str());
            break;
        }
        auto portfolio = (*file)->load();
        if (!portfolio || portfolio->ideas.size() != kIdeas) {
            state.SkipWithError("load failed");
            break;
        }
        benchmark::DoNotOptimize(portfolio->ideas.data());
    }
    state.counters["ideas"] = kIdeas;
}
BENCHMARK(BM_OpenPortfolio)->Apply(inMilliseconds)->UseRealTime();

// The two halves of opening, to tell where its time goes.
void BM_OpenOnly(benchmark::State &state)
{
    const QString path = createBigFile(QStringLiteral("open.mlplan"), state);
    for (auto _ : state) {
        auto file = PortfolioFile::open(path);
        if (!file) {
            state.SkipWithError(file.error().message.toStdString().c_str());
            break;
        }
    }
}
BENCHMARK(BM_OpenOnly)->Apply(inMilliseconds)->UseRealTime();

void BM_LoadOnly(benchmark::State &state)
{
    const QString path = createBigFile(QStringLiteral("open.mlplan"), state);
    auto file = PortfolioFile::open(path);
    if (!file) {
        state.SkipWithError(file.error().message.toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        auto portfolio = (*file)->load();
        if (!portfolio) {
            state.SkipWithError(portfolio.error().message.toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(portfolio->ideas.data());
    }
}
BENCHMARK(BM_LoadOnly)->Apply(inMilliseconds)->UseRealTime();

// After a weight change every idea is rescored and ranked: rankIdeas scores each idea (the
// scores come back with the ranking) and sorts.
void BM_RescoreAfterWeightChange(benchmark::State &state)
{
    Portfolio portfolio = bigPortfolio();
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        portfolio.config.driverWeights[0] = flip ? 3.5 : 3.0;
        portfolio.config.questionWeights[1] = flip ? 2.0 : 1.0;
        const QList<RankedIdea> ranked = rankIdeas(portfolio);
        benchmark::DoNotOptimize(ranked.constData());
    }
    state.counters["ideas"] = kIdeas;
}
BENCHMARK(BM_RescoreAfterWeightChange)->Apply(inMilliseconds);

// What the window does after a weight change: the table of the open portfolio (built once, at
// open) gives every score into the list it keeps, then the ranking.
void BM_RescoreFromTable(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    const ScoreTable table(portfolio);
    ScoringConfig config = portfolio.config;
    QList<Score> scores;
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        config.driverWeights[0] = flip ? 3.5 : 3.0;
        config.questionWeights[1] = flip ? 2.0 : 1.0;
        table.rescore(config, scores);
        const QList<RankedIdea> ranked = table.rank(scores);
        benchmark::DoNotOptimize(ranked.constData());
    }
    state.counters["ideas"] = kIdeas;
}
BENCHMARK(BM_RescoreFromTable)->Apply(inMilliseconds);

// The one-off cost of the table, paid when a portfolio is opened or replaced.
void BM_BuildScoreTable(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    for (auto _ : state) {
        const ScoreTable table(portfolio);
        benchmark::DoNotOptimize(&table);
    }
}
BENCHMARK(BM_BuildScoreTable)->Apply(inMilliseconds);

// The same with a separate scoreIdea pass first, as a caller that keeps its own scores and
// still asks rankIdeas for the order would do: every idea is scored twice.
void BM_ScoreEachThenRank(benchmark::State &state)
{
    Portfolio portfolio = bigPortfolio();
    std::vector<Score> scores(portfolio.ideas.size());
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        portfolio.config.driverWeights[0] = flip ? 3.5 : 3.0;
        portfolio.config.questionWeights[1] = flip ? 2.0 : 1.0;
        for (qsizetype i = 0; i < portfolio.ideas.size(); ++i)
            scores[i] = scoreIdea(portfolio.ideas[i], portfolio.config);
        const QList<RankedIdea> ranked = rankIdeas(portfolio);
        benchmark::DoNotOptimize(scores.data());
        benchmark::DoNotOptimize(ranked.constData());
    }
}
BENCHMARK(BM_ScoreEachThenRank)->Apply(inMilliseconds);

void BM_ScoreAll(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    std::vector<Score> scores(portfolio.ideas.size());
    for (auto _ : state) {
        for (qsizetype i = 0; i < portfolio.ideas.size(); ++i)
            scores[i] = scoreIdea(portfolio.ideas[i], portfolio.config);
        benchmark::DoNotOptimize(scores.data());
    }
}
BENCHMARK(BM_ScoreAll)->Apply(inMilliseconds);

// One edit of one idea, committed: the cost of every acknowledged change in the window.
void BM_DurableEdit(benchmark::State &state)
{
    const QString path = createBigFile(QStringLiteral("edit.mlplan"), state);
    auto file = PortfolioFile::open(path);
    if (!file) {
        state.SkipWithError(file.error().message.toStdString().c_str());
        return;
    }
    Idea idea = bigPortfolio().ideas.at(kIdeas / 2);
    qint64 n = 0;
    for (auto _ : state) {
        idea.description = QStringLiteral("Edited %1").arg(++n);
        idea.raters.first().answers[0] = qint8(1 + n % 5);
        const Status saved = (*file)->upsertIdea(idea);
        if (!saved) {
            state.SkipWithError(saved.error().message.toStdString().c_str());
            break;
        }
    }
}
BENCHMARK(BM_DurableEdit)->Apply(inMilliseconds)->UseRealTime();

void BM_JsonRoundTrip(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray json = io::exportJson(portfolio);
        const auto imported = io::importJson(json);
        if (!imported) {
            state.SkipWithError(imported.error().message.toStdString().c_str());
            break;
        }
        bytes = json.size();
        benchmark::DoNotOptimize(imported->ideas.constData());
    }
    state.counters["json_MB"] = double(bytes) / (1024.0 * 1024.0);
}
BENCHMARK(BM_JsonRoundTrip)->Apply(inMilliseconds)->UseRealTime();

void BM_JsonExport(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    for (auto _ : state) {
        const QByteArray json = io::exportJson(portfolio);
        benchmark::DoNotOptimize(json.constData());
    }
}
BENCHMARK(BM_JsonExport)->Apply(inMilliseconds)->UseRealTime();

void BM_JsonImport(benchmark::State &state)
{
    const QByteArray json = io::exportJson(bigPortfolio());
    for (auto _ : state) {
        const auto imported = io::importJson(json);
        if (!imported) {
            state.SkipWithError(imported.error().message.toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(imported->ideas.constData());
    }
}
BENCHMARK(BM_JsonImport)->Apply(inMilliseconds)->UseRealTime();

// A CSV of 60,000 rows in both shapes (one idea with many raters; many ideas) and a merge of
// the second into its own result: the import must stay about linear (it once took minutes).
void BM_CsvImportLarge(benchmark::State &state)
{
    constexpr int kRows = 60000;
    QByteArray oneIdea = "name,rater,impact-friction\n";
    QByteArray manyIdeas = "id,name\n";
    for (int i = 0; i < kRows; ++i) {
        oneIdea += "Big,r" + QByteArray::number(i) + ",3\n";
        manyIdeas += QByteArray::number(i + 1) + ",Idea " + QByteArray::number(i) + "\n";
    }
    for (auto _ : state) {
        const auto raters = io::importCsv(oneIdea, Portfolio {});
        const auto ideas = io::importCsv(manyIdeas, Portfolio {});
        if (!raters || !ideas) {
            state.SkipWithError("the CSV import failed");
            break;
        }
        const auto merged = io::importCsv(manyIdeas, *ideas);
        benchmark::DoNotOptimize(merged.ok());
    }
}
BENCHMARK(BM_CsvImportLarge)->Apply(inMilliseconds)->UseRealTime();

// The whole-portfolio check every import runs, and every command after loading a file.
void BM_ValidatePortfolio(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    for (auto _ : state) {
        const Status valid = validatePortfolio(portfolio);
        if (!valid) {
            state.SkipWithError(valid.error().message.toStdString().c_str());
            break;
        }
    }
}
BENCHMARK(BM_ValidatePortfolio)->Apply(inMilliseconds);

// Not a target: replacing the whole file, as an import does.
void BM_ReplaceAll(benchmark::State &state)
{
    const QString path = createBigFile(QStringLiteral("replace.mlplan"), state);
    auto file = PortfolioFile::open(path);
    if (!file) {
        state.SkipWithError(file.error().message.toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        const Status replaced = (*file)->replaceAll(bigPortfolio());
        if (!replaced) {
            state.SkipWithError(replaced.error().message.toStdString().c_str());
            break;
        }
    }
}
BENCHMARK(BM_ReplaceAll)->Apply(inMilliseconds)->UseRealTime()->Iterations(3);

// The lifecycle board's and `mlplanner flow`'s analytics: every recorded move of 10,000 projects
// replayed into visits, percentiles, backward moves and the cumulative flow (target: 100 ms).
void BM_FlowAnalytics(benchmark::State &state)
{
    const Portfolio &portfolio = bigPortfolio();
    for (auto _ : state) {
        FlowAnalytics flow = analyseFlow(portfolio.ideas, benchNow());
        benchmark::DoNotOptimize(flow);
    }
}
BENCHMARK(BM_FlowAnalytics)->Apply(inMilliseconds)->UseRealTime();

} // namespace
