#pragma once

// Internal to storage/: the packed text of an idea's lists and maps, one column each of the
// ideas table, and the settings' keys (docs/file-format.md, "Schema"). Plain text in and out,
// no SQL: each codec is tested on its own (tests/storage/ideacodecs_test.cpp).

#include "core/domain/idea.h"

#include <QHash>
#include <QString>
#include <QStringView>

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
template<typename E, int N> class KeyTable
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

// The question ids in catalogue order, as the "answer-order" setting holds them.
QString encodeAnswerOrder();
// The file's answer order as catalogue indices; nullopt for an unknown or repeated id.
std::optional<std::vector<int>> decodeAnswerOrder(QStringView text);

// Each decoder adds to what it is given and returns false for text it cannot read wholly.
QString encodeFlywheel(const std::array<TriState, 3> &answers);
bool decodeFlywheel(QStringView text, std::array<TriState, 3> &answers);
QString encodeChecklist(const Checklist &checklist);
bool decodeChecklist(QStringView text, Checklist &checklist);
// Raters' answers are written in catalogue order and read in the file's `order`.
QString encodeRaters(const QList<Rater> &raters);
bool decodeRaters(QStringView text, const std::vector<int> &order, Interner &names,
                  QList<Rater> &raters);
// One rater's answers alone, as the raters column writes them after the name (the team store's
// ratings rows): one digit per question in catalogue order; read in `order`, wholly.
QString encodeAnswers(const Answers &answers);
bool decodeAnswers(QStringView text, const std::vector<int> &order, Answers &answers);
QString encodeHistory(const QList<Transition> &history);
bool decodeHistory(QStringView text, Interner &names, QList<Transition> &history);
// The ML Test Score answers: "data-schema=1;model-specs-reviewed=0.5"; unknown test ids and
// values are refused.
QString encodeReadiness(const ReadinessAnswers &answers);
bool decodeReadiness(QStringView text, ReadinessAnswers &answers);
// Metrics, model results, baselines, the baseline metric and key-question answers.
QString encodeDetails(const Idea &idea);
bool decodeDetails(QStringView text, Idea &idea);

QString settingKeyForQuestion(int index);
QString settingKeyForDriver(int driver);
QString settingKeyForQuadrant(int quadrant);

} // namespace mlp::storage
