#pragma once

// Internal to storage/: the change log of shared portfolios (server schema version 2): the
// entries core/domain/changelog.h makes, written inside the transaction of the change they
// record. The server stamps each entry itself — `at` with the transaction's time and `who`
// with session_user, the role the server authenticated — so no client can write another name.
// A committed change also notifies the channel kPgChangesChannel with the portfolio's id, for
// the windows that follow the portfolio.

#include "core/domain/changelog.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace mlp::storage {

class PgConnections;

inline constexpr char kPgChangesChannel[] = "mlplanner_changes";

// The statements that bring the server's schema from version 1 to 2.
const QStringList &pgChangeTableStatements();

// Appends `changes` for the portfolio, and the notification, in the caller's transaction.
Status pgWriteChanges(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      const QList<FieldChange> &changes);
// The entries `query` asks for, newest first.
Result<QList<FieldChange>> pgReadChanges(QSqlDatabase &db, const QString &location,
                                         qint64 portfolioId, const ChangeQuery &query);

// LISTEN on this thread's connection of `connections`, and again on every new connection this
// thread opens (after the server went away): `changed` is called from this thread's event loop
// after another connection commits a change to the portfolio `portfolioId`, and once after each
// such reconnect, since what others committed while nobody listened is not known. A later call
// on the same thread replaces the earlier. False when the connection or the LISTEN fails.
bool pgWatchChanges(PgConnections &connections, qint64 portfolioId, std::function<void()> changed);

} // namespace mlp::storage
