#include "storage/pgschema.h"

#include "storage/ideacodecs.h"
#include "storage/ideacolumns.h"
#include "storage/pgchanges.h"
#include "storage/pgrows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

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

// Version 3: each rater's answers in a row of their own, so that the server can tell one rater's
// answers from another's (docs/team.md, "Roles"). Row-level security lets a login change only
// the rows of the rater named as it (ignoring case), unless it may add ideas (an editor, an
// owner): those change every row. The policies name no role, so the schema needs none to exist.
const QStringList &ratingsTableStatements()
{
    static const QStringList statements {
        QStringLiteral("CREATE TABLE mlplanner.ratings ("
                       "portfolio_id bigint NOT NULL, idea_id bigint NOT NULL, "
                       "position integer NOT NULL, rater text NOT NULL, "
                       "answers text NOT NULL CHECK (answers ~ '^[0-5]*$'), "
                       "PRIMARY KEY (portfolio_id, idea_id, position), "
                       "FOREIGN KEY (portfolio_id, idea_id) REFERENCES mlplanner.ideas "
                       "(portfolio_id, id) ON DELETE CASCADE)"),
        QStringLiteral("ALTER TABLE mlplanner.ratings ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY ratings_read ON mlplanner.ratings FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY ratings_write ON mlplanner.ratings FOR ALL "
                       "USING (%1) WITH CHECK (%1)")
            .arg(QStringLiteral("lower(rater) = lower(session_user) OR "
                                "(SELECT has_table_privilege('mlplanner.ideas', 'INSERT'))")),
        // Whoever could read or change ideas before can read or change their answers now.
        QStringLiteral("DO $$ DECLARE g record; BEGIN "
                       "FOR g IN SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
                       "ELSE a.grantee::regrole::text END AS who, a.privilege_type AS what "
                       "FROM pg_class c, aclexplode(c.relacl) a "
                       "WHERE c.oid = 'mlplanner.ideas'::regclass AND a.grantee <> c.relowner "
                       "AND a.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') LOOP "
                       "EXECUTE format('GRANT %s ON mlplanner.ratings TO %s', g.what, g.who); "
                       "END LOOP; END $$"),
    };
    return statements;
}

// Moves every idea's raters column into mlplanner.ratings, then drops the column. The answers
// are read in each portfolio's answer order and written in the catalogue's, which becomes every
// portfolio's answer order (the raters column was the only one that used it).
Status moveRatersToRatings(QSqlDatabase &db, const QString &location, const char *what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT i.portfolio_id, i.id, i.raters, s.value "
                               "FROM mlplanner.ideas i LEFT JOIN mlplanner.settings s "
                               "ON s.portfolio_id = i.portfolio_id AND s.key = 'answer-order' "
                               "WHERE i.raters <> '' ORDER BY i.portfolio_id, i.id")))
        return pgError(location, q.lastError(), what);
    std::vector<PgRating> rows;
    Interner names;
    while (q.next()) {
        const qint64 idea = q.value(1).toLongLong();
        const auto order = decodeAnswerOrder(q.value(3).toString());
        QList<Rater> raters;
        if (!order || !decodeRaters(q.value(2).toString(), *order, names, raters))
            return corruptValue(
                location,
                QCoreApplication::translate("mlp", "idea %1 has unreadable raters' answers")
                    .arg(idea));
        for (qsizetype r = 0; r < raters.size(); ++r)
            rows.push_back({ q.value(0).toLongLong(), idea, int(r), raters[r].name,
                             encodeAnswers(raters[r].answers) });
    }
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), what);
    q.finish();
    if (Status s = pgInsertRatings(db, location, rows, what); !s)
        return s;
    QSqlError e;
    if (!pgExec(db, QStringLiteral("ALTER TABLE mlplanner.ideas DROP COLUMN raters"), &e))
        return pgError(location, e, what);
    if (!q.prepare(
            QStringLiteral("UPDATE mlplanner.settings SET value = ? WHERE key = 'answer-order'")))
        return pgError(location, q.lastError(), what);
    q.bindValue(0, encodeAnswerOrder());
    if (!q.exec())
        return pgError(location, q.lastError(), what);
    return Ok {};
}

// Brings the schema from `from` to `from + 1`: 2 adds the change log, 3 the raters' own rows.
Status updatePgSchema(QSqlDatabase &db, const QString &location, int from, const char *what)
{
    QSqlError e;
    if (from == 1) {
        for (const QString &statement : pgChangeTableStatements()) {
            if (!pgExec(db, statement, &e))
                return pgError(location, e, what);
        }
        return Ok {};
    }
    if (from == 2) {
        for (const QString &statement : ratingsTableStatements()) {
            if (!pgExec(db, statement, &e))
                return pgError(location, e, what);
        }
        return moveRatersToRatings(db, location, what);
    }
    return tooNew(location, from);
}

} // namespace

const QString &pgIdeaColumns()
{
    static const QString columns = QStringLiteral(
        "id, position, name, description, owner, archetype, accuracy, override_impact, "
        "override_feasibility, override_note, stage, outcome, outcome_reason, created_at, "
        "flywheel, checklist, history, details, outcome_at, readiness, name_key");
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
        if (Status updated = updatePgSchema(db, location, from, what); !updated)
            return updated;
        if (!pgExec(
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
