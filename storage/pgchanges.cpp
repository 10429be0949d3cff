#include "storage/pgchanges.h"

#include "storage/changetable.h"
#include "storage/ideacolumns.h"
#include "storage/pgconnection.h"

#include <QMetaObject>
#include <QSqlDriver>
#include <QSqlQuery>

namespace mlp::storage {

const QStringList &pgChangeTableStatements()
{
    // One row per changed field, as in the file (docs/file-format.md, "The change log"); the
    // server fills in `at` and `who`. Rows are only ever added, in the order of `id`.
    static const QStringList statements {
        QStringLiteral("CREATE TABLE mlplanner.changes ("
                       "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       "portfolio_id bigint NOT NULL REFERENCES mlplanner.portfolios (id) "
                       "ON DELETE CASCADE, "
                       "at timestamptz NOT NULL DEFAULT now(), "
                       "who text NOT NULL DEFAULT session_user, "
                       "idea_id bigint NOT NULL, idea_name text NOT NULL, field text NOT NULL, "
                       "item text NOT NULL, old_value text NOT NULL, new_value text NOT NULL, "
                       "note text NOT NULL)"),
        // The server, not the client, says who and when: whatever an INSERT gives is replaced,
        // so a role allowed to add entries cannot add them under another name or time.
        QStringLiteral("CREATE FUNCTION mlplanner.stamp_change() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN NEW.who := session_user; "
                       "NEW.at := now(); RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER stamp_change BEFORE INSERT ON mlplanner.changes "
                       "FOR EACH ROW EXECUTE FUNCTION mlplanner.stamp_change()"),
        QStringLiteral("CREATE INDEX changes_idea ON mlplanner.changes (portfolio_id, idea_id)"),
        QStringLiteral("CREATE INDEX changes_at ON mlplanner.changes (portfolio_id, at)"),
    };
    return statements;
}

Status pgWriteChanges(QSqlDatabase &db, const QString &location, qint64 portfolioId,
                      const QList<FieldChange> &changes)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "recording the change failed");
    QSqlQuery q(db);
    if (!changes.isEmpty()) {
        if (!q.prepare(QStringLiteral(
                "INSERT INTO mlplanner.changes (portfolio_id, idea_id, idea_name, field, item, "
                "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
            return pgError(location, q.lastError(), what);
        const auto text
            = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
        for (const FieldChange &change : changes) {
            q.bindValue(0, portfolioId);
            q.bindValue(1, change.ideaId);
            q.bindValue(2, text(change.ideaName));
            q.bindValue(3, text(change.field));
            q.bindValue(4, text(change.item));
            q.bindValue(5, text(change.oldValue));
            q.bindValue(6, text(change.newValue));
            q.bindValue(7, text(change.note));
            if (!q.exec())
                return pgError(location, q.lastError(), what);
        }
    }
    // Delivered to the listeners after COMMIT, and only then.
    if (!q.prepare(QStringLiteral("SELECT pg_notify(?, ?)")))
        return pgError(location, q.lastError(), what);
    q.bindValue(0, QString::fromLatin1(kPgChangesChannel));
    q.bindValue(1, QString::number(portfolioId));
    if (!q.exec())
        return pgError(location, q.lastError(), what);
    return Ok {};
}

Result<QList<FieldChange>> pgReadChanges(QSqlDatabase &db, const QString &location,
                                         qint64 portfolioId, const ChangeQuery &query)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "reading the change log failed");
    QString sql = QStringLiteral(
        "SELECT (extract(epoch FROM at) * 1000)::bigint, who, idea_id, idea_name, field, item, "
        "old_value, new_value, note FROM mlplanner.changes WHERE portfolio_id = :portfolio");
    if (query.ideaId)
        sql += QStringLiteral(" AND idea_id = :idea");
    if (query.since.isValid())
        sql += QStringLiteral(" AND at >= to_timestamp(:since / 1000.0)");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return pgError(location, q.lastError(), what);
    q.bindValue(QStringLiteral(":portfolio"), portfolioId);
    if (query.ideaId)
        q.bindValue(QStringLiteral(":idea"), *query.ideaId);
    if (query.since.isValid())
        q.bindValue(QStringLiteral(":since"), query.since.toMSecsSinceEpoch());
    if (!q.exec())
        return pgError(location, q.lastError(), what);
    QList<FieldChange> changes;
    while (q.next()) {
        QueryRow row(q);
        changes.append(changeFromRow(row, 0));
    }
    if (q.lastError().isValid())
        return pgError(location, q.lastError(), what);
    return changes;
}

bool pgWatchChanges(PgConnections &connections, qint64 portfolioId, std::function<void()> changed)
{
    const QString channel = QString::fromLatin1(kPgChangesChannel);
    const QString ours = QString::number(portfolioId);
    return connections.setOnConnect([channel, ours, changed = std::move(changed)](
                                        QSqlDatabase &db, bool again, QSqlError *error) {
        QSqlDriver *driver = db.driver();
        // A connection opened again has lost its LISTEN (the driver's list is cleared on close).
        if (!driver->subscribedToNotifications().contains(channel)
            && !driver->subscribeToNotification(channel)) {
            *error = driver->lastError();
            return false;
        }
        // The same driver object across a reconnect: one handler, never two.
        QObject::disconnect(driver, &QSqlDriver::notification, nullptr, nullptr);
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [changed, ours](const QString &, QSqlDriver::NotificationSource source,
                                         const QVariant &payload) {
                             if (source != QSqlDriver::SelfSource && payload.toString() == ours)
                                 changed();
                         });
        // Changes committed while the connection was away were never notified: say "changed"
        // once, from the event loop (never from inside the call that reconnected).
        if (again)
            QMetaObject::invokeMethod(driver, changed, Qt::QueuedConnection);
        return true;
    });
}

} // namespace mlp::storage
