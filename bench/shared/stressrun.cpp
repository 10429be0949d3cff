// `run`: publishes the portfolio, starts the listener and the writers as processes, optionally
// kills the server in the middle (kill -9 of the postmaster) and starts it again, then checks
// the final state against the writers' logs and prints the figures.
#include "bench/shared/stress.h"

#include "storage/stores.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <memory>

#include <signal.h>

namespace mlp::stress {

namespace {

struct Options
{
    int writers = 20;
    int seconds = 60;
    int ideas = 10000;
    int hot = 0;        // 0: 1% of the ideas, at least 5
    QString state;      // a server's state folder (scripts/pg-test-server.sh); empty: start one
    double crashAt = 0; // seconds after the writers start; 0: no crash
    double down = 2;    // seconds the server stays down
    QString logs;       // where the logs go; empty: a temporary folder
};

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &key = args[i];
        const QString &value = args[i + 1];
        if (key == QLatin1String("--writers"))
            o.writers = value.toInt();
        else if (key == QLatin1String("--seconds"))
            o.seconds = value.toInt();
        else if (key == QLatin1String("--ideas"))
            o.ideas = value.toInt();
        else if (key == QLatin1String("--hot"))
            o.hot = value.toInt();
        else if (key == QLatin1String("--state"))
            o.state = value;
        else if (key == QLatin1String("--crash-at"))
            o.crashAt = value.toDouble();
        else if (key == QLatin1String("--down"))
            o.down = value.toDouble();
        else if (key == QLatin1String("--logs"))
            o.logs = value;
        else
            return std::nullopt;
    }
    if (args.size() % 2 != 0 || o.writers < 1 || o.seconds < 1 || o.ideas < 1)
        return std::nullopt;
    if (o.hot <= 0)
        o.hot = std::min(o.ideas, std::max(5, o.ideas / 100));
    return o;
}

QString script()
{
    return QStringLiteral(MLP_SOURCE_DIR "/scripts/pg-test-server.sh");
}

QHash<QByteArray, QString> readEnv(const QString &state)
{
    QHash<QByteArray, QString> values;
    QFile env(state + QStringLiteral("/server.env"));
    if (env.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : env.readAll().split('\n')) {
            const auto eq = line.indexOf('=');
            if (eq > 0)
                values.insert(line.left(eq), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return values;
}

// The throw-away server: the one given, or one started here and stopped at the end.
class Server
{
public:
    explicit Server(const QString &state)
        : m_state(state)
    {
        if (m_state.isEmpty()) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_state = m_dir->path();
            m_started = QProcess::execute(script(), { QStringLiteral("start"), m_state }) == 0;
        }
        m_env = readEnv(m_state);
    }
    ~Server()
    {
        if (m_started)
            QProcess::execute(script(), { QStringLiteral("stop"), m_state });
    }
    bool ok() const { return !m_env.value("MLP_PG_DATABASE").isEmpty(); }
    const QString &state() const { return m_state; }
    QString location(const QString &portfolio) const
    {
        auto enc = [](const QString &t) { return QString::fromLatin1(QUrl::toPercentEncoding(t)); };
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4&portfolio=%5")
            .arg(enc(m_env.value("MLP_PG_DATABASE")), enc(m_env.value("MLP_PG_SOCKET_DIR")),
                 m_env.value("MLP_PG_PORT"), enc(m_env.value("MLP_PG_USER")), enc(portfolio));
    }
    qint64 postmasterPid() const
    {
        QFile pidFile(m_env.value("MLP_PG_DATA") + QStringLiteral("/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return 0;
        return pidFile.readLine().trimmed().toLongLong();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_state;
    QHash<QByteArray, QString> m_env;
    bool m_started = false;
};

double ms(qint64 us)
{
    return double(us) / 1000.0;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return ms(values[std::clamp<qsizetype>(index, 0, values.size() - 1)]);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// What happened around the crash, from the logs.
struct Crash
{
    qint64 startedAt = 0; // the writers were started
    qint64 killedAt = 0;
    qint64 upAt = 0; // the restart returned: the server takes connections again
    qint64 restartUs = 0;
};

bool reportCrash(const Crash &crash, const QList<QList<Event>> &perWriter,
                 const QList<qint64> &readFailures, const ListenerLog &listener)
{
    int inFlight = 0;
    int inFlightAck = 0;
    int inFlightRefused = 0;
    int inFlightDoubt = 0;
    int refusedWrites = 0;
    QList<qint64> firstAcks;
    bool allRecovered = true;
    for (const QList<Event> &events : perWriter) {
        qint64 first = 0;
        for (const Event &e : events) {
            if (e.start <= crash.killedAt && e.end >= crash.killedAt) {
                ++inFlight;
                if (e.kind == Event::Kind::Ack)
                    ++inFlightAck;
                else if (e.kind == Event::Kind::Doubt)
                    ++inFlightDoubt;
                else
                    ++inFlightRefused;
            }
            if (e.end >= crash.killedAt && e.kind == Event::Kind::Refused)
                ++refusedWrites;
            if (first == 0 && e.kind == Event::Kind::Ack && e.start >= crash.upAt)
                first = e.end;
        }
        if (first == 0)
            allRecovered = false;
        else
            firstAcks.append(first - crash.upAt);
    }
    int failedReads = 0;
    for (qint64 at : readFailures)
        failedReads += at >= crash.killedAt ? 1 : 0;
    say(QStringLiteral("crash: the postmaster killed (kill -9) after the writers ran %1 s; "
                       "down %2 s; starting it again (crash recovery) took %3 ms")
            .arg(ms(crash.killedAt - crash.startedAt) / 1000.0, 0, 'f', 1)
            .arg(ms(crash.upAt - crash.killedAt) / 1000.0, 0, 'f', 1)
            .arg(ms(crash.restartUs), 0, 'f', 0));
    say(QStringLiteral("crash: in flight at the kill: %1 writes (%2 acknowledged, %3 refused, "
                       "%4 in doubt)")
            .arg(inFlight)
            .arg(inFlightAck)
            .arg(inFlightRefused)
            .arg(inFlightDoubt));
    say(QStringLiteral("crash: refused while the server was away: %1 writes, %2 reads")
            .arg(refusedWrites)
            .arg(failedReads));
    say(QStringLiteral("crash: writers with an acknowledged edit after the restart: %1 of %2; "
                       "first one after the restart: median %3 ms, slowest %4 ms")
            .arg(firstAcks.size())
            .arg(perWriter.size())
            .arg(percentile(firstAcks, 0.5), 0, 'f', 0)
            .arg(percentile(firstAcks, 1.0), 0, 'f', 0));
    // The listener listens again: every change committed after it found the server again
    // reaches it (plus the one "changed" the store reports after a reconnect).
    bool listenerBack = false;
    qint64 reconnectedAt = 0;
    for (qint64 at : listener.reconnects) {
        if (at >= crash.killedAt) {
            reconnectedAt = at;
            break;
        }
    }
    if (reconnectedAt > 0) {
        int committedAfter = 0;
        for (const QList<Event> &events : perWriter) {
            for (const Event &e : events)
                committedAfter += e.kind == Event::Kind::Ack && e.start > reconnectedAt ? 1 : 0;
        }
        int notifiedAfter = 0;
        for (qint64 at : listener.notifications)
            notifiedAfter += at > reconnectedAt ? 1 : 0;
        listenerBack = committedAfter > 0 && notifiedAfter >= committedAfter;
        say(QStringLiteral("crash: the listener found the server again %1 ms after the restart; "
                           "notified after that: %2, changes committed after that: %3")
                .arg(ms(reconnectedAt - crash.upAt), 0, 'f', 0)
                .arg(notifiedAfter)
                .arg(committedAfter));
    } else {
        say(QStringLiteral("crash: the listener never found the server again"));
    }
    return allRecovered && listenerBack;
}

// The writers' logs, read and counted.
struct Tally
{
    QList<Event> events;
    QList<QList<Event>> perWriter;
    QList<qint64> readFailures;
    QList<qint64> acks; // when each acknowledged edit was acknowledged
    QList<qint64> writeTimes;
    int conflicts = 0;
    int refused = 0;
    int doubts = 0;
    bool ok = true;
};

Tally readWriterLogs(const QString &logs, int writers)
{
    Tally t;
    for (int w = 1; w <= writers; ++w) {
        QString error;
        const QList<Event> mine
            = readEvents(logs + QStringLiteral("/writer-%1.log").arg(w), &error, &t.readFailures);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            t.ok = false;
        }
        t.perWriter.append(mine);
        t.events += mine;
    }
    for (const Event &e : std::as_const(t.events)) {
        if (e.kind == Event::Kind::Ack) {
            t.acks.append(e.end);
            t.writeTimes.append(e.end - e.start);
        }
        t.conflicts += e.kind == Event::Kind::Conflict ? 1 : 0;
        t.refused += e.kind == Event::Kind::Refused ? 1 : 0;
        t.doubts += e.kind == Event::Kind::Doubt ? 1 : 0;
    }
    return t;
}

// Kills the postmaster `o.crashAt` seconds after `started`, starts it again after `o.down`
// seconds, lets the writers edit at least three more seconds, then tells them to stop.
std::optional<Crash> crashAndRestart(const Options &o, const Server &server, qint64 started,
                                     const QString &untilFile)
{
    QThread::usleep(qint64(o.crashAt * 1e6));
    const qint64 pid = server.postmasterPid();
    Crash c;
    c.startedAt = started;
    c.killedAt = nowUs();
    if (pid <= 0 || ::kill(pid_t(pid), SIGKILL) != 0) {
        std::fprintf(stderr, "the postmaster (pid %lld) could not be killed\n",
                     static_cast<long long>(pid));
        return std::nullopt;
    }
    QThread::usleep(qint64(o.down * 1e6));
    const qint64 restartStart = nowUs();
    QProcess restart;
    restart.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    restart.start(script(), { QStringLiteral("restart"), server.state() });
    if (!restart.waitForFinished(60000) || restart.exitCode() != 0) {
        std::fprintf(stderr, "the server did not start again\n");
        return std::nullopt;
    }
    c.upAt = nowUs();
    c.restartUs = c.upAt - restartStart;
    const qint64 stopAt = std::max(started + qint64(o.seconds) * 1000000, c.upAt + 3000000);
    if (const qint64 left = stopAt - nowUs(); left > 0)
        QThread::usleep(left);
    QFile until(untilFile);
    if (!until.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(untilFile));
        return std::nullopt;
    }
    return c;
}

std::vector<std::unique_ptr<QProcess>> startWriters(const Options &o, const QString &location,
                                                    const QString &logs, const QString &untilFile)
{
    const QString self = QCoreApplication::applicationFilePath();
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 1; w <= o.writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(self,
                       { QStringLiteral("writer"), location, QString::number(w),
                         QString::number(o.seconds), QString::number(o.ideas),
                         QString::number(o.hot), logs + QStringLiteral("/writer-%1.log").arg(w),
                         untilFile });
        writers.push_back(std::move(process));
    }
    return writers;
}

// The final state, read as a window opening the portfolio would.
CheckResult checkStored(const QString &location, const Portfolio &initial,
                        const QList<Event> &events)
{
    std::optional<Portfolio> final;
    QString loadError;
    if (auto reader = storage::storeOpener().open(location, PortfolioStore::Access::Read);
        !reader) {
        loadError = reader.error().message;
    } else if (auto loaded = (*reader)->load(); !loaded) {
        loadError = loaded.error().message;
    } else if (Status sound = (*reader)->checkIntegrity(); !sound) {
        loadError = sound.error().message;
    } else {
        final = *loaded;
    }
    return checkFinalState(initial, final, loadError, events);
}

// The k-th notification is that of the k-th commit (PostgreSQL delivers them in commit order);
// measured from when the writer was told its change was kept. True when every one arrived.
bool reportLatency(QList<qint64> acks, const QList<qint64> &notifications)
{
    std::sort(acks.begin(), acks.end());
    QList<qint64> latencies;
    for (qsizetype k = 0; k < std::min(acks.size(), notifications.size()); ++k)
        latencies.append(notifications[k] - acks[k]);
    say(QStringLiteral("notifications: %1 of %2 committed changes reached the listener; "
                       "latency median %3 ms, 99th percentile %4 ms, slowest %5 ms")
            .arg(notifications.size())
            .arg(acks.size())
            .arg(percentile(latencies, 0.5), 0, 'f', 1)
            .arg(percentile(latencies, 0.99), 0, 'f', 1)
            .arg(percentile(latencies, 1.0), 0, 'f', 1));
    return notifications.size() == acks.size();
}

void reportEdits(const Tally &t, double seconds)
{
    say(QStringLiteral("edits: %1 acknowledged (%2 per second), %3 conflicts reported, %4 "
                       "refused, %5 in doubt; a write took %6 ms (median), %7 ms (99th "
                       "percentile)")
            .arg(t.acks.size())
            .arg(double(t.acks.size()) / seconds, 0, 'f', 0)
            .arg(t.conflicts)
            .arg(t.refused)
            .arg(t.doubts)
            .arg(percentile(t.writeTimes, 0.5), 0, 'f', 1)
            .arg(percentile(t.writeTimes, 0.99), 0, 'f', 1));
}

void reportCheck(const CheckResult &check)
{
    say(QStringLiteral("final state: %1 ideas loaded and checked; %2 corrupt, %3 lost updates, "
                       "%4 refused changes kept; in doubt: %5 found kept, %6 not")
            .arg(check.ideasLoaded)
            .arg(check.corrupt)
            .arg(check.lost)
            .arg(check.kept)
            .arg(check.doubtKept)
            .arg(check.doubtGone));
    for (const QString &p : check.problems)
        say(QStringLiteral("  ") + p);
}

// Publishes a generated portfolio of `ideas` ideas under a new name; its location, or empty.
QString publish(const Server &server, const Portfolio &initial, const Options &o)
{
    const QString location = server.location(QStringLiteral("stress ")
                                             + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const qint64 publishStart = nowUs();
    if (auto created = storage::storeOpener().create(location, initial); !created) {
        std::fprintf(stderr, "publishing failed: %s\n", qPrintable(created.error().message));
        return {};
    }
    say(QStringLiteral("published %1 ideas in %2 ms; %3 writers for %4 s, half of their edits "
                       "on %5 hot ideas")
            .arg(o.ideas)
            .arg(ms(nowUs() - publishStart), 0, 'f', 0)
            .arg(o.writers)
            .arg(o.seconds)
            .arg(o.hot));
    return location;
}

} // namespace

// run [--writers W] [--seconds S] [--ideas N] [--hot H] [--state DIR] [--crash-at T]
//     [--down D] [--logs DIR]
int runStress(const QStringList &args)
{
    const auto options = parse(args);
    if (!options) {
        std::fprintf(stderr,
                     "usage: run [--writers W] [--seconds S] [--ideas N] [--hot H] [--state DIR] "
                     "[--crash-at SECONDS] [--down SECONDS] [--logs DIR]\n");
        return 2;
    }
    const Options &o = *options;
    const QString loadBefore = loadAverage();
    Server server(o.state);
    if (!server.ok()) {
        std::fprintf(stderr, "no PostgreSQL test server in %s (scripts/pg-test-server.sh)\n",
                     qPrintable(server.state()));
        return 1;
    }
    QTemporaryDir tempLogs;
    const QString logs = o.logs.isEmpty() ? tempLogs.path() : o.logs;
    QDir().mkpath(logs);
    const Portfolio initial = stressPortfolio(o.ideas);
    const QString location = publish(server, initial, o);
    if (location.isEmpty())
        return 1;

    const QString stopFile = logs + QStringLiteral("/stop");
    const QString listenerLog = logs + QStringLiteral("/listener.log");
    QFile::remove(stopFile);
    QProcess listener;
    listener.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    listener.start(QCoreApplication::applicationFilePath(),
                   { QStringLiteral("listener"), location, stopFile, listenerLog });
    if (!listener.waitForReadyRead(30000)
        || !listener.readAllStandardOutput().contains("listening")) {
        std::fprintf(stderr, "the listener did not start\n");
        return 1;
    }

    // With a crash, the writers go on until told, so that each edits on the server restarted.
    const QString untilFile = o.crashAt > 0 ? logs + QStringLiteral("/writers-stop") : QString();
    if (!untilFile.isEmpty())
        QFile::remove(untilFile);
    auto writers = startWriters(o, location, logs, untilFile);
    const qint64 started = nowUs();
    std::optional<Crash> crash;
    if (o.crashAt > 0 && !(crash = crashAndRestart(o, server, started, untilFile)))
        return 1;

    bool writersOk = true;
    for (auto &process : writers) {
        process->waitForFinished(-1);
        writersOk = writersOk && process->exitStatus() == QProcess::NormalExit
            && process->exitCode() == 0;
    }
    const qint64 elapsed = nowUs() - started;
    const Tally tally = readWriterLogs(logs, o.writers);

    // The listener waits for one notification per acknowledged change (without a crash, when
    // every commit is known), then stops.
    {
        QFile stop(stopFile);
        if (stop.open(QIODevice::WriteOnly))
            stop.write(
                QByteArray::number(crash || tally.doubts > 0 ? -1 : qint64(tally.acks.size())));
    }
    listener.waitForFinished(60000);
    QString error;
    const auto heard = readListenerLog(listenerLog, &error);
    if (!heard)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    const CheckResult check = checkStored(location, initial, tally.events);

    reportEdits(tally, double(elapsed) / 1e6);
    const bool notifiedAll = !heard || crash || reportLatency(tally.acks, heard->notifications);
    const bool recovered
        = !crash || (heard && reportCrash(*crash, tally.perWriter, tally.readFailures, *heard));
    reportCheck(check);
    say(QStringLiteral("load average: %1 before, %2 after").arg(loadBefore, loadAverage()));
    const bool pass = writersOk && tally.ok && heard && listener.exitCode() == 0
        && check.corrupt == 0 && check.lost == 0 && check.kept == 0 && notifiedAll && recovered
        && !tally.acks.isEmpty();
    say(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return pass ? 0 : 1;
}

} // namespace mlp::stress
