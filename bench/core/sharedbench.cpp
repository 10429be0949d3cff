// A shared portfolio on PostgreSQL (docs/performance.md, "Shared portfolio"): opening and
// loading 10,000 ideas, publishing them, and one command-line edit, against a throw-away local
// server this program starts (scripts/pg-test-server.sh) and stops at exit. Set
// MLP_BENCH_PG_STATE to the state folder of a server already started to use that one instead.
#include "core/domain/idea.h"
#include "storage/stores.h"
#include "tests/support/generatedportfolio.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

using namespace mlp;

constexpr quint32 kSeed = 20240101;

double minimum(const std::vector<double> &values)
{
    return *std::min_element(values.begin(), values.end());
}

// The server: its state folder's server.env, read into a location prefix.
class Server
{
public:
    static Server &get()
    {
        static Server server;
        return server;
    }
    const QString &error() const { return m_error; }
    QString location(const QString &portfolio) const
    {
        return m_prefix + QString::fromLatin1(QUrl::toPercentEncoding(portfolio));
    }

    ~Server()
    {
        if (m_started)
            QProcess::execute(QStringLiteral(MLP_SOURCE_DIR "/scripts/pg-test-server.sh"),
                              { QStringLiteral("stop"), m_state });
    }

private:
    Server()
    {
        m_state = qEnvironmentVariable("MLP_BENCH_PG_STATE");
        if (m_state.isEmpty()) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_state = m_dir->path();
            QProcess start;
            start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            start.start(QStringLiteral(MLP_SOURCE_DIR "/scripts/pg-test-server.sh"),
                        { QStringLiteral("start"), m_state });
            if (!start.waitForFinished(120000) || start.exitCode() != 0) {
                m_error = QStringLiteral("the PostgreSQL test server did not start");
                return;
            }
            m_started = true;
        }
        QFile env(m_state + QStringLiteral("/server.env"));
        if (!env.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("no server.env in ") + m_state;
            return;
        }
        QHash<QByteArray, QString> values;
        for (const QByteArray &line : env.readAll().split('\n')) {
            const auto eq = line.indexOf('=');
            if (eq > 0)
                values.insert(line.left(eq), QString::fromUtf8(line.mid(eq + 1)));
        }
        auto enc = [](const QString &t) { return QString::fromLatin1(QUrl::toPercentEncoding(t)); };
        m_prefix
            = QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4&portfolio=")
                  .arg(enc(values.value("MLP_PG_DATABASE")), enc(values.value("MLP_PG_SOCKET_DIR")),
                       values.value("MLP_PG_PORT"), enc(values.value("MLP_PG_USER")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_state;
    QString m_prefix;
    QString m_error;
    bool m_started = false;
};

Portfolio generated(int ideas)
{
    const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    Portfolio portfolio = generatedPortfolio(ideas, kSeed, now);
    portfolio.ideas[portfolio.ideas.size() / 2].name = QStringLiteral("The idea in the middle");
    return portfolio;
}

// One published portfolio per size, made once.
QString publishedOf(int ideas)
{
    static QHash<int, QString> locations;
    if (!locations.contains(ideas)) {
        const QString location = Server::get().location(
            QStringLiteral("bench %1 %2").arg(ideas).arg(QUuid::createUuid().toString()));
        if (!storage::storeOpener().create(location, generated(ideas)))
            return {};
        locations.insert(ideas, location);
    }
    return locations.value(ideas);
}

// What opening a shared portfolio in a reader costs: connect, check the schema, find the
// portfolio, read and check every idea.
void BM_SharedOpenAndLoad(benchmark::State &state)
{
    if (!Server::get().error().isEmpty()) {
        state.SkipWithError(Server::get().error().toStdString().c_str());
        return;
    }
    const QString location = publishedOf(int(state.range(0)));
    for (auto _ : state) {
        auto store = storage::storeOpener().open(location, PortfolioStore::Access::Read);
        if (!store) {
            state.SkipWithError(store.error().message.toStdString().c_str());
            break;
        }
        const auto portfolio = (*store)->load();
        if (!portfolio || portfolio->ideas.size() != state.range(0)) {
            state.SkipWithError("loading failed");
            break;
        }
        benchmark::DoNotOptimize(portfolio->ideas.size());
    }
    state.counters["ideas"] = double(state.range(0));
}
BENCHMARK(BM_SharedOpenAndLoad)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

// publish: the schema checked, the portfolio created and every idea written, one transaction.
void BM_SharedPublish(benchmark::State &state)
{
    if (!Server::get().error().isEmpty()) {
        state.SkipWithError(Server::get().error().toStdString().c_str());
        return;
    }
    const Portfolio portfolio = generated(int(state.range(0)));
    for (auto _ : state) {
        const QString location = Server::get().location(QUuid::createUuid().toString());
        if (!storage::storeOpener().create(location, portfolio)) {
            state.SkipWithError("publishing failed");
            break;
        }
    }
    state.counters["ideas"] = double(state.range(0));
}
BENCHMARK(BM_SharedPublish)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

// The command line's edit of one idea by name, as for a file (onerowbench.cpp).
void BM_SharedEditOneIdea(benchmark::State &state)
{
    if (!Server::get().error().isEmpty()) {
        state.SkipWithError(Server::get().error().toStdString().c_str());
        return;
    }
    const QString location = publishedOf(int(state.range(0)));
    int round = 0;
    for (auto _ : state) {
        auto store = storage::storeOpener().open(location, PortfolioStore::Access::Edit);
        if (!store) {
            state.SkipWithError(store.error().message.toStdString().c_str());
            break;
        }
        const auto settings = (*store)->loadSettings();
        auto named = (*store)->ideasNamedBy(QStringLiteral("The idea in the middle"));
        if (!settings || !named || named->size() != 1) {
            state.SkipWithError("the idea was not found");
            break;
        }
        auto idea = (*store)->loadIdea(named->front().id);
        if (!idea) {
            state.SkipWithError("reading the idea failed");
            break;
        }
        idea->description = QStringLiteral("edited %1").arg(++round);
        if (!(*store)->upsertIdea(*idea)) {
            state.SkipWithError("the edit failed");
            break;
        }
    }
    state.counters["ideas"] = double(state.range(0));
}
BENCHMARK(BM_SharedEditOneIdea)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", minimum)
    ->UseRealTime();

} // namespace
