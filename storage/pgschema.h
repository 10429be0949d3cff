#pragma once

// Internal to storage/: the tables of shared portfolios on a PostgreSQL server (docs/team.md,
// "The schema on the server"). They live in the database's schema `mlplanner`; each portfolio
// is a row of mlplanner.portfolios, keyed by its name, and its settings and ideas rows carry
// its id. The ideas and settings tables mirror those of the .mlplan file (file-format.md), so
// the same codecs write and read their columns. mlplanner.schema_version holds the version;
// a writer brings an older schema up to date, one transaction per version, as for the file.

#include "core/domain/result.h"
#include "storage/pgconnection.h"

#include <QSqlDatabase>
#include <QString>

namespace mlp::storage {

// The version of the server's schema this build writes. 1: the first; 2 added the change log
// (mlplanner.changes, storage/pgchanges.h); 3 moved the raters' answers out of the ideas' packed
// `raters` column into mlplanner.ratings, a row per rater with row-level security.
inline constexpr int kPgSchemaVersion = 3;

// The columns of mlplanner.ideas an idea is written to, in ideaRowValues' order without its
// raters (kept in mlplanner.ratings).
const QString &pgIdeaColumns();

// Creates the schema if the database has none yet (inside the caller's transaction, serialised
// with any other client doing the same), or brings it to kPgSchemaVersion; refuses a newer one.
Status createOrUpdatePgSchema(QSqlDatabase &db, const QString &location);
// Checks the database's schema version before a portfolio is opened: NotFound when there is no
// ML Planner schema, TooNew for a newer one; an older one is brought up to date unless
// `readOnly` (then refused with what to do).
Status preparePgSchema(PgConnections &connections, bool readOnly);

} // namespace mlp::storage
