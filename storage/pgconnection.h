#pragma once

// Internal to storage/: the connections of one shared (PostgreSQL) store, and its errors in our
// words. Qt's connections must be used in the thread that opened them: each thread that calls
// the store gets a connection of its own (with a unique name), opened on its first call, so the
// store can be called off the GUI thread. Threads are told apart by a serial number of their
// own, never reused (an ended thread's id may be given to the next one), and a thread that ends
// closes its connections. A connection whose server went away is dropped after the failed call
// and opened again by the next one; what a thread asked to be done on each of its connections
// (LISTEN, setOnConnect) is done again on the new one.

#include "core/domain/result.h"
#include "storage/pglocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace mlp::storage {

class PgConnections
{
public:
    // `location` as given (shown in messages); `readOnly` makes every transaction of its
    // connections read-only on the server (SET SESSION CHARACTERISTICS … READ ONLY).
    PgConnections(QString location, PgLocation parsed, bool readOnly);
    ~PgConnections();
    PgConnections(const PgConnections &) = delete;
    PgConnections &operator=(const PgConnections &) = delete;

    const QString &location() const { return m_location; }
    const PgLocation &parsed() const { return m_parsed; }

    // This thread's connection, opened (and its session set up) if it is not yet.
    Result<QSqlDatabase> database();
    // After a failed call: when the server no longer answers on this thread's connection, it is
    // closed, so that the next call connects again.
    void dropIfBroken();

    // `body` in one transaction on this thread's connection, committed when it returns Ok and
    // rolled back otherwise (also when the commit fails). `begin` is the statement that starts
    // it. A failed SQL step in `body` returns error(e, what).
    Status transaction(const char *what, const QString &begin,
                       const std::function<Status(QSqlDatabase &)> &body);

    Error error(const QSqlError &e, const char *what) const;

    // Runs `onConnect` on this thread's connection now (opening it if need be) and again on
    // every new connection this thread opens later (after the server went away), with `again`
    // true then; replaces what this thread set before. When it returns false, the call that
    // opened the connection fails (the connection is closed and tried anew by the next call).
    // False, leaving nothing set, when the connection cannot be opened or `onConnect` fails now.
    using OnConnect = std::function<bool(QSqlDatabase &db, bool again, QSqlError *error)>;
    bool setOnConnect(OnConnect onConnect);

    struct State; // the threads' connections, shared with each thread's clean-up when it ends

private:
    QString m_location;
    PgLocation m_parsed;
    bool m_readOnly = false;
    std::shared_ptr<State> m_state;
};

// One message for a failed step on a PostgreSQL portfolio: the location once, `what` (English
// text marked with QT_TRANSLATE_NOOP("mlp", ...)), the cause in our words and what to do next.
// A server that cannot be reached and a connection lost are Io; a refusal by the server's
// permissions says so.
Error pgError(const QString &location, const QSqlError &error, const char *what);

// No answer from the server: it cannot be reached, or the connection broke (libpq's own failure,
// with no SQLSTATE, or a connection or shutdown SQLSTATE).
bool isConnectionLoss(const QSqlError &error);

bool pgExec(QSqlDatabase &db, const QString &sql, QSqlError *error);

// Closes every connection this thread opened for a store, now, as its end would: for a thread
// whose end Qt has already partly taken down when C++ ends its thread-local objects (a QThread,
// whose connections would then be closed from what Qt takes for another thread).
void closeThisThreadsConnections();

} // namespace mlp::storage
