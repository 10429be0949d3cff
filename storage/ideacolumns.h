#pragma once

// Internal to storage/: the statements that write the ideas and settings tables and read them
// back into a Portfolio (docs/file-format.md, "Schema"). The packed columns' text is
// ideacodecs.h's.

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace mlp::storage {

// A prepared statement for writing ideas, reused across the ideas of one transaction.
class IdeaWriter
{
public:
    explicit IdeaWriter(QSqlDatabase &db);

    bool ok() const { return m_ok; }
    QSqlError error() const { return m_error; }
    bool write(const Idea &idea, qint64 position);

private:
    QSqlQuery m_idea;
    bool m_ok = false;
    QSqlError m_error;
};

std::optional<double> toOptionalDouble(const QVariant &value);
QDateTime timestampFromValue(const QVariant &value);

bool deleteIdea(QSqlDatabase &db, qint64 id, QSqlError *error);
// Replaces every setting (the session row is written by the transaction itself).
bool writeSettings(QSqlDatabase &db, const QString &name, const ScoringConfig &config,
                   QSqlError *error);

// Reads the whole portfolio in one read transaction and checks it (validatePortfolio); a value
// that cannot be read is Error::Code::Corrupt, naming `path`.
Result<Portfolio> readPortfolio(QSqlDatabase &db, const QString &path);

} // namespace mlp::storage
