// What checking a 10,000-idea portfolio costs (docs/file-format.md, "Checks"): SQLite's quick
// check, which misses rows out of key order, against the full integrity check that a writer's
// open and "mlplanner check" run, and a reader's open against a writer's.
#include "core/domain/sample.h"
#include "storage/portfoliofile.h"
#include "tests/support/generatedportfolio.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

using namespace mlp;

constexpr int kIdeas = 10000;
constexpr quint32 kSeed = 20240101;

double minimum(const std::vector<double> &values)
{
    return *std::min_element(values.begin(), values.end());
}

// The file, created once for all the benchmarks here.
QString checkedFile(benchmark::State &state)
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("check.mlplan"));
        const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
        const auto created = PortfolioFile::create(path, generatedPortfolio(kIdeas, kSeed, now));
        if (!created)
            state.SkipWithError(created.error().message.toStdString().c_str());
    }
    return path;
}

void runPragma(benchmark::State &state, const QString &pragma)
{
    const QString path = checkedFile(state);
    const QString name = QStringLiteral("bench-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            state.SkipWithError("open failed");
            return;
        }
        for (auto _ : state) {
            QSqlQuery q(db);
            if (!q.exec(pragma) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
                state.SkipWithError("check failed");
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    state.counters["ideas"] = kIdeas;
}

void BM_QuickCheck(benchmark::State &state)
{
    runPragma(state, QStringLiteral("PRAGMA quick_check"));
}
BENCHMARK(BM_QuickCheck)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

void BM_IntegrityCheck(benchmark::State &state)
{
    runPragma(state, QStringLiteral("PRAGMA integrity_check"));
}
BENCHMARK(BM_IntegrityCheck)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

void openEach(benchmark::State &state, PortfolioFile::Access access)
{
    const QString path = checkedFile(state);
    for (auto _ : state) {
        auto file = PortfolioFile::open(path, access);
        if (!file) {
            state.SkipWithError(file.error().message.toStdString().c_str());
            break;
        }
    }
}

// Header, schema, full integrity check, writer lock.
void BM_OpenForWriting(benchmark::State &state)
{
    openEach(state, PortfolioFile::Access::Write);
}
BENCHMARK(BM_OpenForWriting)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

// Header, schema, quick check.
void BM_OpenForReading(benchmark::State &state)
{
    openEach(state, PortfolioFile::Access::Read);
}
BENCHMARK(BM_OpenForReading)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

} // namespace
