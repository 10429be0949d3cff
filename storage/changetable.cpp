#include "storage/changetable.h"

#include "storage/schema.h"
#include "storage/sqliterows.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace mlp::storage {

const QStringList &changeTableStatements()
{
    // One row per changed field. `at` is milliseconds since 1970 (UTC); idea_id 0 is the
    // portfolio's settings. Rows are only ever added, in the order of `id`.
    static const QStringList statements {
        QStringLiteral("CREATE TABLE changes (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
                       "who TEXT NOT NULL, idea_id INTEGER NOT NULL, idea_name TEXT NOT NULL, "
                       "field TEXT NOT NULL, item TEXT NOT NULL, old_value TEXT NOT NULL, "
                       "new_value TEXT NOT NULL, note TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_idea ON changes (idea_id)"),
        QStringLiteral("CREATE INDEX changes_at ON changes (at)"),
    };
    return statements;
}

bool writeChanges(QSqlDatabase &db, const QList<FieldChange> &changes, QSqlError *error)
{
    if (changes.isEmpty())
        return true;
    // Through SQLite's API, bound as Qt SQL binds (SqliteRows::execute): an import records one
    // change per idea, and QSqlQuery's binding was most of writing them.
    SqliteRows insert(db,
                      QStringLiteral("INSERT INTO changes (at, who, idea_id, idea_name, field, "
                                     "item, old_value, new_value, note) VALUES (?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?)"));
    if (!insert.ok()) {
        *error = insert.error();
        return false;
    }
    // QString() binds as NULL; the columns are NOT NULL, so empty texts are bound as "".
    const auto text
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    for (const FieldChange &change : changes) {
        const bool written
            = insert.execute({ change.at.toMSecsSinceEpoch(), text(change.who), change.ideaId,
                               text(change.ideaName), text(change.field), text(change.item),
                               text(change.oldValue), text(change.newValue), text(change.note) });
        if (!written) {
            *error = insert.error();
            return false;
        }
    }
    return true;
}

namespace {

Error corruptChange(const QString &path, qint64 row)
{
    return makeError(Error::Code::Corrupt,
                     QCoreApplication::translate(
                         "mlp",
                         "%1 is damaged: entry %2 of the change log is unreadable. The "
                         "portfolio itself can still be opened; the file was not changed.")
                         .arg(nativePath(path))
                         .arg(row));
}

} // namespace

Result<QList<FieldChange>> readChanges(SqliteHandle db, const QString &path,
                                       const ChangeQuery &query)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "reading the change log failed");
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (*version < 4) // the version that added the change log
        return QList<FieldChange>();
    QStringList where;
    QList<QVariant> values;
    if (query.ideaId) {
        where << QStringLiteral("idea_id = ?");
        values << QVariant(*query.ideaId);
    }
    if (query.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << QVariant(query.since.toMSecsSinceEpoch());
    }
    QString sql = QStringLiteral("SELECT id, at, who, idea_id, idea_name, field, item, old_value, "
                                 "new_value, note, typeof(at), typeof(idea_id) FROM changes");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    SqliteRows q(db, sql);
    if (!q.ok() || !q.bind(values))
        return sqlError(path, q.error(), what);
    QList<FieldChange> changes;
    while (q.next()) {
        const qint64 row = q.integer(0);
        if (q.text(10) != QLatin1String("integer") || q.text(11) != QLatin1String("integer")
            || q.integer(3) < 0)
            return corruptChange(path, row);
        changes.append(changeFromRow(q, 1));
    }
    if (q.error().isValid())
        return sqlError(path, q.error(), what);
    return changes;
}

FieldChange changeFromRow(RowValues &q, int first)
{
    FieldChange change;
    change.at = QDateTime::fromMSecsSinceEpoch(q.integer(first), Qt::UTC);
    change.who = q.text(first + 1);
    change.ideaId = q.integer(first + 2);
    change.ideaName = q.text(first + 3);
    change.field = q.text(first + 4);
    change.item = q.text(first + 5);
    change.oldValue = q.text(first + 6);
    change.newValue = q.text(first + 7);
    change.note = q.text(first + 8);
    return change;
}

QString processAccountName()
{
    const uid_t uid = geteuid();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buffer(static_cast<size_t>(size));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found
        && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

} // namespace mlp::storage
