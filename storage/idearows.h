#pragma once

// Internal to storage/: the reads of one part of a portfolio (PortfolioStore::loadSettings,
// loadIdea, ideasNamedBy, nextIdeaId). Each goes through a key or an index, so its cost does not
// grow with the number of ideas; each checks what it read like the whole-portfolio load does.

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "storage/sqlsupport.h"

#include <QList>
#include <QString>

namespace mlp::storage {

// The name and settings, without ideas; checked (validatePortfolio).
Result<Portfolio> readSettingsOnly(SqliteHandle db, const QString &path);
// One idea by its id (the primary key); checked (validateIdea); NotFound when absent.
Result<Idea> readIdeaById(SqliteHandle db, const QString &path, qint64 id);
// The ideas `idOrName` may name: by id, and by name_key (a file of an older version, read
// without migrating, has no name_key: its names are compared one by one). Ids and names only,
// in position order.
Result<QList<Idea>> readIdeasNamedBy(SqliteHandle db, const QString &path, const QString &idOrName);
// The largest id + 1 (1 for no ideas).
Result<qint64> readNextId(SqliteHandle db, const QString &path);

} // namespace mlp::storage
