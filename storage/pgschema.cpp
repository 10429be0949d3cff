#include "storage/pgschema.h"

#include "storage/pgchanges.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace mlp::storage {

namespace {

// Serialises the clients that create or update the schema (pg_advisory_xact_lock): "MLPl".
const QLatin1String kSchemaLock("SELECT pg_advisory_xact_lock(1296846956)");

const QStringList &schemaV1()
{
    static const QStringList statements {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS mlplanner"),
        QStringLiteral("CREATE TABLE mlplanner.schema_version (version integer NOT NULL)"),
        QStringLiteral("CREATE TABLE mlplanner.portfolios ("
                       "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       "name text NOT NULL UNIQUE, "
                       "created_at timestamptz NOT NULL DEFAULT now())"),
        QStringLiteral("CREATE TABLE mlplanner.settings ("
                       "portfolio_id bigint NOT NULL REFERENCES mlplanner.portfolios (id) "
                       "ON DELETE CASCADE, "
                       "key text NOT NULL, value text, PRIMARY KEY (portfolio_id, key))"),
        // The file's ideas table, one portfolio's ideas beside another's; `revision` counts
        // the writes of a row (for the conflict checks to come).
        QStringLiteral("CREATE TABLE mlplanner.ideas ("
                       "portfolio_id bigint NOT NULL REFERENCES mlplanner.portfolios (id) "
                       "ON DELETE CASCADE, "
                       "id bigint NOT NULL, position bigint NOT NULL, name text NOT NULL, "
                       "description text NOT NULL, owner text NOT NULL, archetype text NOT NULL, "
                       "accuracy double precision, override_impact double precision, "
                       "override_feasibility double precision, override_note text NOT NULL, "
                       "stage text NOT NULL, outcome text NOT NULL, outcome_reason text NOT NULL, "
                       "created_at bigint, flywheel text NOT NULL, checklist text NOT NULL, "
                       "raters text NOT NULL, history text NOT NULL, details text NOT NULL, "
                       "outcome_at bigint, readiness text NOT NULL, name_key text NOT NULL, "
                       "revision bigint NOT NULL DEFAULT 1, "
                       "PRIMARY KEY (portfolio_id, id))"),
        QStringLiteral("CREATE INDEX ideas_position ON mlplanner.ideas (portfolio_id, position)"),
        QStringLiteral("CREATE INDEX ideas_name_key ON mlplanner.ideas (portfolio_id, name_key)"),
        QStringLiteral("INSERT INTO mlplanner.schema_version (version) VALUES (1)"),
    };
    return statements;
}

// Brings the schema from `from` to `from + 1`: 2 adds the change log.
bool updatePgSchema(QSqlDatabase &db, int from, QSqlError *error)
{
    if (from != 1)
        return false;
    for (const QString &statement : pgChangeTableStatements()) {
        if (!pgExec(db, statement, error))
            return false;
    }
    return true;
}

// 0 when the database has no ML Planner schema.
bool readVersion(QSqlDatabase &db, int *version, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('mlplanner.schema_version') IS NOT NULL"))
        || !q.next()) {
        *error = q.lastError();
        return false;
    }
    if (!q.value(0).toBool()) {
        *version = 0;
        return true;
    }
    if (!q.exec(QStringLiteral("SELECT max(version) FROM mlplanner.schema_version")) || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *version = q.value(0).toInt();
    return true;
}

Error tooNew(const QString &location, int version)
{
    return makeError(
        Error::Code::TooNew,
        QCoreApplication::translate("mlp",
                                    "%1 is kept in a newer format (server schema version %2; this "
                                    "ML Planner knows up to %3). Update ML Planner to open it.")
            .arg(location)
            .arg(version)
            .arg(kPgSchemaVersion));
}

} // namespace

const QString &pgIdeaColumns()
{
    static const QString columns = QStringLiteral(
        "id, position, name, description, owner, archetype, accuracy, override_impact, "
        "override_feasibility, override_note, stage, outcome, outcome_reason, created_at, "
        "flywheel, checklist, raters, history, details, outcome_at, readiness, name_key");
    return columns;
}

Status createOrUpdatePgSchema(QSqlDatabase &db, const QString &location)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "preparing the server's tables failed");
    QSqlError e;
    int version = 0;
    if (!pgExec(db, kSchemaLock, &e) || !readVersion(db, &version, &e))
        return pgError(location, e, what);
    if (version > kPgSchemaVersion)
        return tooNew(location, version);
    if (version == 0) {
        for (const QString &statement : schemaV1()) {
            if (!pgExec(db, statement, &e))
                return pgError(location, e, what);
        }
        version = 1;
    }
    for (int from = version; from < kPgSchemaVersion; ++from) {
        if (!updatePgSchema(db, from, &e)
            || !pgExec(
                db,
                QStringLiteral("UPDATE mlplanner.schema_version SET version = %1").arg(from + 1),
                &e))
            return pgError(location, e, what);
    }
    return Ok {};
}

Status preparePgSchema(PgConnections &connections, bool readOnly)
{
    auto db = connections.database();
    if (!db)
        return db.error();
    QSqlError e;
    int version = 0;
    if (!readVersion(*db, &version, &e))
        return connections.error(e, QT_TRANSLATE_NOOP("mlp", "opening the portfolio failed"));
    if (version == 0)
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("mlp",
                                        "%1: this database holds no ML Planner portfolios yet. "
                                        "Publish one first: mlplanner publish FILE LOCATION.")
                .arg(connections.location()));
    if (version > kPgSchemaVersion)
        return tooNew(connections.location(), version);
    if (version == kPgSchemaVersion)
        return Ok {};
    if (readOnly)
        return makeError(Error::Code::TooNew,
                         QCoreApplication::translate(
                             "mlp",
                             "%1 is kept in an older format (server schema version %2). "
                             "Open it once for editing (the window, or any editing command) "
                             "to bring it up to date, then try again.")
                             .arg(connections.location())
                             .arg(version));
    // One transaction for the whole update, serialised with other clients doing the same.
    return connections.transaction(
        QT_TRANSLATE_NOOP("mlp", "updating the server's tables failed"), QStringLiteral("BEGIN"),
        [&](QSqlDatabase &tx) { return createOrUpdatePgSchema(tx, connections.location()); });
}

} // namespace mlp::storage
