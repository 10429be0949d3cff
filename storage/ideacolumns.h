#pragma once

// Internal to core/storage: the columns of the ideas and settings tables — packed text for an
// idea's lists and maps, setting keys, and the statements that write them
// (docs/file-format.md, "Schema").

#include "core/domain/idea.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

namespace mlp::storage {

// Short texts that repeat from idea to idea (rater names, who moved a project) share one
// string instead of each allocating its own: a few recent ones are remembered.
class Interner
{
public:
    QString get(QStringView text)
    {
        if (text.size() > 64)
            return text.toString();
        for (const QString &known : m_recent) {
            if (known.size() == text.size() && QStringView(known) == text)
                return known;
        }
        return remember(text.toString());
    }
    QString get(const QString &text)
    {
        if (text.size() > 64)
            return text;
        for (const QString &known : m_recent) {
            if (known == text)
                return known;
        }
        return remember(text);
    }

private:
    QString remember(const QString &fresh)
    {
        m_recent[m_next] = fresh;
        m_next = (m_next + 1) % int(m_recent.size());
        return fresh;
    }

    std::array<QString, 16> m_recent;
    int m_next = 0;
};

// Key lookups for loading: comparing against a few cached keys is much cheaper than the
// general (case-insensitive) *FromKey functions when done for every row.
template<typename E, int N>
class KeyTable
{
public:
    explicit KeyTable(QString (*keyOf)(E))
    {
        for (int i = 0; i < N; ++i)
            m_keys[i] = keyOf(static_cast<E>(i));
    }
    std::optional<E> find(QStringView key) const
    {
        for (int i = 0; i < N; ++i) {
            if (m_keys[i] == key)
                return static_cast<E>(i);
        }
        return std::nullopt;
    }

private:
    std::array<QString, N> m_keys;
};

// Most ideas share one of a few checklists (often all answered): equal columns decode to one
// shared Checklist, which also makes freeing a loaded portfolio cheaper.
class ChecklistCache
{
public:
    bool decode(const QString &text, Checklist &checklist);

private:
    QHash<QString, Checklist> m_known;
};

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
QString settingKeyForQuestion(int index);
QString settingKeyForDriver(int driver);
QString settingKeyForQuadrant(int quadrant);

// The file's answer order as catalogue indices; nullopt for an unknown or repeated id.
std::optional<std::vector<int>> decodeAnswerOrder(QStringView text);
bool decodeFlywheel(QStringView text, std::array<TriState, 3> &answers);
bool decodeRaters(QStringView text, const std::vector<int> &order, Interner &names, QList<Rater> &raters);
bool decodeHistory(QStringView text, Interner &names, QList<Transition> &history);
bool decodeDetails(QStringView text, Idea &idea);

bool deleteIdea(QSqlDatabase &db, qint64 id, QSqlError *error);
// Replaces every setting (the session row is written by the transaction itself).
bool writeSettings(QSqlDatabase &db, const QString &name, const ScoringConfig &config, QSqlError *error);

} // namespace mlp::storage
