#include "storage/idearows.h"

#include "core/domain/validation.h"
#include "storage/ideacolumns.h"
#include "storage/schema.h"
#include "storage/sqliterows.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace mlp::storage {

namespace {

const char *const kReadingIdeas = QT_TRANSLATE_NOOP("mlp", "reading the ideas failed");

} // namespace

Result<Portfolio> readSettingsOnly(SqliteHandle db, const QString &path)
{
    Portfolio portfolio;
    std::vector<int> answerOrder;
    if (Status read = readSettings(db, path, portfolio, answerOrder); !read)
        return read.error();
    if (const Status valid = validatePortfolio(portfolio); !valid)
        return corruptValue(path, valid.error().message);
    return portfolio;
}

Result<Idea> readIdeaById(SqliteHandle db, const QString &path, qint64 id)
{
    // The settings and the row as one state: the answer order decodes the raters' column.
    const ReadTransaction transaction(db);
    if (!transaction.ok())
        return sqlError(path, transaction.error(), kReadingIdeas);
    Portfolio settings;
    std::vector<int> answerOrder;
    if (Status read = readSettings(db, path, settings, answerOrder); !read)
        return read.error();
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    SqliteRows q(db,
                 QStringLiteral("SELECT %1 FROM ideas WHERE id = ?").arg(ideaColumns(*version)));
    const QList<QVariant> key { id };
    if (!q.bind(key))
        return sqlError(path, q.error(), kReadingIdeas);
    if (!q.next()) {
        if (q.error().isValid())
            return sqlError(path, q.error(), kReadingIdeas);
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("mlp", "%1 has no idea with the id %2.")
                             .arg(nativePath(path), QString::number(id)));
    }
    RowContext row { answerOrder, {}, {} };
    Idea idea;
    if (const auto unreadable = readIdea(q, row, idea))
        return corruptValue(path, *unreadable);
    if (const Status valid = validateIdea(idea); !valid)
        return corruptValue(path, valid.error().message);
    return idea;
}

Result<QList<Idea>> readIdeasNamedBy(SqliteHandle db, const QString &path, const QString &idOrName)
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return QList<Idea> {};
    const ReadTransaction transaction(db); // the schema version and the rows as one state
    if (!transaction.ok())
        return sqlError(path, transaction.error(), kReadingIdeas);
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    const QString folded = nameKey(key);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);

    // The name_key column (version 3) finds the names through its index; an older file read
    // as it is compares every name.
    const bool indexed = *version >= 3;
    const QString byName = indexed ? QStringLiteral("name_key = ?") : QStringLiteral("1");
    SqliteRows q(db,
                 QStringLiteral("SELECT id, name, position FROM ideas WHERE id = ? "
                                "UNION SELECT id, name, position FROM ideas WHERE %1")
                     .arg(byName));
    QList<QVariant> values { isNumber ? id : qint64(0) };
    if (indexed)
        values.append(folded);
    if (!q.bind(values))
        return sqlError(path, q.error(), kReadingIdeas);
    std::vector<std::pair<qint64, Idea>> found;
    while (q.next()) {
        Idea idea;
        idea.id = q.integer(0);
        idea.name = q.text(1);
        if (!indexed && !(isNumber && idea.id == id) && nameKey(idea.name) != folded)
            continue;
        found.emplace_back(q.integer(2), std::move(idea));
    }
    if (q.error().isValid())
        return sqlError(path, q.error(), kReadingIdeas);
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Idea> ideas;
    ideas.reserve(qsizetype(found.size()));
    for (auto &entry : found)
        ideas.append(std::move(entry.second));
    return ideas;
}

Result<qint64> readNextId(SqliteHandle db, const QString &path)
{
    SqliteRows q(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ideas"));
    if (!q.next())
        return sqlError(path, q.error(), kReadingIdeas);
    return q.integer(0);
}

} // namespace mlp::storage
