#include "storage/pgconnection.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

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

PgConnections::PgConnections(QString location, PgLocation parsed, bool readOnly)
    : m_location(std::move(location))
    , m_parsed(std::move(parsed))
    , m_readOnly(readOnly)
{ }

PgConnections::~PgConnections()
{
    // A thread's connection is closed here, once that thread no longer calls the store.
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<QSqlDatabase> PgConnections::database()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        name = m_names.value(thread);
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
        QMutexLocker locker(&m_mutex);
        m_names.insert(thread, name);
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
    return db;
}

void PgConnections::dropIfBroken()
{
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        name = m_names.value(QThread::currentThreadId());
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
