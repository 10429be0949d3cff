#include "storage/pgconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <utility>
#include <vector>

namespace mlp::storage {

namespace {

const QLatin1String kDriver("QPSQL");

QString driverMissing()
{
    return QCoreApplication::translate(
        "mlp",
        "Qt's PostgreSQL driver (QPSQL) is not installed; install the package "
        "libqt6sql6-psql (Debian) and try again.");
}

} // namespace

bool pgExec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

bool isConnectionLoss(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || state.isEmpty()
        || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
}

Error pgError(const QString &location, const QSqlError &error, const char *what)
{
    // SQLSTATE: Qt's PostgreSQL driver gives it as the native error code.
    const QString state = error.nativeErrorCode();
    const QString words = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                   : error.databaseText().trimmed();
    QString reason;
    Error::Code code = Error::Code::Io;
    if (isConnectionLoss(error)) {
        // No SQLSTATE: libpq's own failure (no server, connection lost, timeout).
        reason = QCoreApplication::translate(
                     "mlp",
                     "the server cannot be reached or closed the connection (\"%1\"). "
                     "Nothing was changed by this step. Check that the server runs and "
                     "the network, then try again.")
                     .arg(words);
    } else if (state == QLatin1String("42501")) {
        reason = QCoreApplication::translate(
                     "mlp",
                     "the server refused it: your login may not do this (\"%1\"). Ask "
                     "the server's administrator for access (see docs/team.md).")
                     .arg(words);
    } else if (state == QLatin1String("25006")) {
        reason = QCoreApplication::translate(
            "mlp", "the portfolio was opened for reading only; nothing was changed.");
    } else if (state == QLatin1String("28P01") || state == QLatin1String("28000")) {
        reason = QCoreApplication::translate(
                     "mlp",
                     "the server refused the login (\"%1\"). Check the user name and "
                     "the password in ~/.pgpass or the service file (docs/team.md).")
                     .arg(words);
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        code = Error::Code::Locked;
        reason = QCoreApplication::translate(
            "mlp",
            "someone else changed the same data at the same moment; nothing "
            "was changed. Try again.");
    } else {
        reason = QCoreApplication::translate("mlp",
                                             "PostgreSQL reported \"%1\" (%2). Nothing "
                                             "was changed by this step.")
                     .arg(words, state);
    }
    return makeError(code,
                     QCoreApplication::translate("mlp", "%1: %2: %3")
                         .arg(location, QCoreApplication::translate("mlp", what), reason));
}

// The connections of one store's threads. A thread's clean-up (ThreadExit) holds it weakly: a
// store closed first has closed them all already.
struct PgConnections::State
{
    mutable QMutex mutex;
    QHash<quint64, QString> names;                      // thread serial → its connection's name
    QHash<quint64, PgConnections::OnConnect> onConnect; // thread serial → what each connection runs
};

namespace {

// A number of this thread's own: QThread::currentThreadId() may be given again to a thread
// started after this one ended, and a connection belongs to the thread that opened it.
quint64 threadSerial()
{
    static std::atomic<quint64> next { 1 };
    thread_local const quint64 serial = next.fetch_add(1);
    return serial;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// When a thread ends, the connections it opened for stores still open are closed, in the
// thread itself (their server processes end with them, instead of waiting for the store).
struct ThreadExit
{
    std::vector<std::weak_ptr<PgConnections::State>> stores;
    ~ThreadExit() { closeAll(); }
    void closeAll()
    {
        const quint64 serial = threadSerial();
        for (const auto &weak : std::exchange(stores, {})) {
            const auto state = weak.lock();
            if (!state)
                continue;
            QString name;
            {
                QMutexLocker locker(&state->mutex);
                name = state->names.take(serial);
                state->onConnect.remove(serial);
            }
            if (!name.isEmpty())
                closeConnection(name);
        }
    }
};

ThreadExit &threadExit()
{
    thread_local ThreadExit exit;
    return exit;
}

void closeWhenThreadEnds(const std::shared_ptr<PgConnections::State> &state)
{
    ThreadExit &exit = threadExit();
    // A long-lived thread (the window's) opens many stores over time: the closed ones go.
    std::erase_if(exit.stores, [](const auto &weak) { return weak.expired(); });
    exit.stores.push_back(state);
}

} // namespace

void closeThisThreadsConnections()
{
    threadExit().closeAll();
}

PgConnections::PgConnections(QString location, PgLocation parsed, bool readOnly)
    : m_location(std::move(location))
    , m_parsed(std::move(parsed))
    , m_readOnly(readOnly)
    , m_state(std::make_shared<State>())
{ }

PgConnections::~PgConnections()
{
    // The connections of threads still running are closed here, once they no longer call the
    // store; those of ended threads were closed as they ended.
    QMutexLocker locker(&m_state->mutex);
    for (const QString &name : std::as_const(m_state->names))
        closeConnection(name);
    m_state->names.clear();
    m_state->onConnect.clear();
}

Result<QSqlDatabase> PgConnections::database()
{
    const quint64 thread = threadSerial();
    QString name;
    {
        QMutexLocker locker(&m_state->mutex);
        name = m_state->names.value(thread);
    }
    if (!name.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        if (!QSqlDatabase::isDriverAvailable(kDriver))
            return makeError(Error::Code::Io, driverMissing());
        name = QStringLiteral("mlp-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
        db.setConnectOptions(m_parsed.connectOptions);
        {
            QMutexLocker locker(&m_state->mutex);
            m_state->names.insert(thread, name);
        }
        closeWhenThreadEnds(m_state);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open()) {
        const QSqlError e = db.lastError();
        db.close();
        return pgError(m_location, e, QT_TRANSLATE_NOOP("mlp", "connecting failed"));
    }
    QSqlError e;
    // Every text in and out is UTF-8 (the driver asks for it too); times are not used in SQL.
    if (!pgExec(db, QStringLiteral("SET client_encoding = 'UTF8'"), &e)
        || (m_readOnly
            && !pgExec(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
                       &e))) {
        db.close();
        return pgError(m_location, e, QT_TRANSLATE_NOOP("mlp", "connecting failed"));
    }
    // A new connection of a thread that listens (a reconnect): it listens again.
    OnConnect onConnect;
    {
        QMutexLocker locker(&m_state->mutex);
        onConnect = m_state->onConnect.value(thread);
    }
    if (onConnect && !onConnect(db, true, &e)) {
        db.close();
        return pgError(m_location, e, QT_TRANSLATE_NOOP("mlp", "listening for changes failed"));
    }
    return db;
}

bool PgConnections::setOnConnect(OnConnect onConnect)
{
    const quint64 thread = threadSerial();
    {
        // Not run by database() below: this thread's connection as it is, or a first one.
        QMutexLocker locker(&m_state->mutex);
        m_state->onConnect.remove(thread);
    }
    auto db = database();
    QSqlError ignored;
    if (!db || !onConnect(*db, false, &ignored))
        return false;
    QMutexLocker locker(&m_state->mutex);
    m_state->onConnect.insert(thread, std::move(onConnect));
    return true;
}

void PgConnections::dropIfBroken()
{
    QString name;
    {
        QMutexLocker locker(&m_state->mutex);
        name = m_state->names.value(threadSerial());
    }
    if (name.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen())
        return;
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT 1"))) {
        probe = QSqlQuery();
        db.close(); // reopened by the next call
    }
}

Error PgConnections::error(const QSqlError &e, const char *what) const
{
    return pgError(m_location, e, what);
}

Status PgConnections::transaction(const char *what, const QString &begin,
                                  const std::function<Status(QSqlDatabase &)> &body)
{
    auto db = database();
    if (!db)
        return db.error();
    QSqlError e;
    if (!pgExec(*db, begin, &e)) {
        dropIfBroken();
        return error(e, what);
    }
    if (Status done = body(*db); !done) {
        QSqlError ignored;
        pgExec(*db, QStringLiteral("ROLLBACK"), &ignored);
        dropIfBroken();
        return done;
    }
    if (!pgExec(*db, QStringLiteral("COMMIT"), &e)) {
        const bool lost = isConnectionLoss(e);
        QSqlError ignored;
        pgExec(*db, QStringLiteral("ROLLBACK"), &ignored);
        dropIfBroken();
        if (!lost)
            return error(e, what);
        // The server may have committed before the connection broke: say so, never "nothing".
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp",
                                                     "%1: %2: the connection to the "
                                                     "server was lost while the change "
                                                     "was being committed, so it may or "
                                                     "may not have been kept. Open the "
                                                     "portfolio again to see.")
                             .arg(m_location, QCoreApplication::translate("mlp", what)));
    }
    return Ok {};
}

} // namespace mlp::storage
