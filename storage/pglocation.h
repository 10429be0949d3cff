#pragma once

// Internal to storage/: where a shared (team) portfolio lives on a PostgreSQL server, read from
// its location, a URI (docs/team.md):
//   postgresql://[user@]host[:port]/database?portfolio=Team%20ML[&libpq keyword=value…]
//   postgresql:///?service=team&portfolio=Team%20ML      (host and database from a service file)
// "postgres://" is accepted as well. Every query item but `portfolio` is a libpq connection
// keyword (sslmode, sslrootcert, service, host for a socket folder, port, connect_timeout…).
// A password is refused, in the URI and as an item: it belongs in ~/.pgpass or the service file.

#include "core/domain/result.h"

#include <QString>

namespace mlp::storage {

struct PgLocation
{
    QString portfolio;      // the portfolio's name on the server (portfolios.name)
    QString connectOptions; // libpq "keyword='value'" pairs for QSqlDatabase::setConnectOptions
};

// True when `location` names a PostgreSQL portfolio rather than a file (its scheme).
bool isPgLocation(const QString &location);
// The parts of a PostgreSQL location, or why it cannot be used (Error::Code::Invalid).
Result<PgLocation> parsePgLocation(const QString &location);
// `location` with its portfolio= item replaced by `portfolio` (percent-encoded): another
// portfolio on the same server.
QString withPortfolio(const QString &location, const QString &portfolio);

} // namespace mlp::storage
