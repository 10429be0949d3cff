#pragma once

#include "core/domain/scoring.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace mlp {

struct Idea;
struct Portfolio;

// A portfolio prepared for rescoring. Answers, raters, overrides, accuracy requirements and
// names do not change when weights, thresholds, the cost base or the quadrant names do, so they
// are read out of the ideas once, into a few contiguous arrays: rescoring 10,000 ideas after a
// weight change then streams through them instead of chasing every Idea and its raters list
// through memory. The results are exactly those of scoreIdea() and rankIdeas().
//
// Indices are those of portfolio.ideas; the caller keeps the table in step with the ideas
// (update() when one changes, insert()/remove() when the list does).
class ScoreTable
{
public:
    ScoreTable() = default;
    explicit ScoreTable(const Portfolio &portfolio);
    explicit ScoreTable(const QList<Idea> &ideas);

    qsizetype size() const { return qsizetype(m_rows.size()); }

    void update(qsizetype index, const Idea &idea); // the idea at index changed
    void insert(qsizetype index, const Idea &idea); // before index; size() appends
    void remove(qsizetype index);

    // Every idea's score, as scoreIdea() gives it for the same config.
    QList<Score> rescore(const ScoringConfig &config) const;
    // The same into a list the caller keeps, so a rescore in the window allocates nothing.
    void rescore(const ScoringConfig &config, QList<Score> &scores) const;

    // The order of rankIdeas(): priority, then name (case-insensitively, then case-sensitively),
    // then id; unscored last. `scores` are this table's ideas' scores, in index order.
    QList<RankedIdea> rank(const QList<Score> &scores) const;
    // Indices into the ideas in that order, for callers that keep their own copies of scores.
    std::vector<int> rankOrder(const QList<Score> &scores) const;

    // rescore() then rank(): what rankIdeas() returns.
    QList<RankedIdea> rankIdeas(const ScoringConfig &config) const;

    // rankIdeas()'s order of ideas scored elsewhere, from their scores (scoreIdea()), names and
    // ids alone: for a reader that scores each idea as it reads it and keeps no Idea (`rank`
    // at 100,000 ideas), where a table of every idea's answers would only take memory.
    static QList<RankedIdea> rankScored(const QList<Score> &scores, const QList<QString> &names,
                                        const std::vector<qint64> &ids);

private:
    // Per question group, the raters' answers as one base-6 number (0 = unanswered), so the
    // group's weighted sum is one lookup in a table made per config.
    using GroupCodes = std::array<quint16, 4>;

    struct Row
    {
        quint32 firstRater = 0; // into m_raters
        quint32 raterCount = 0;
        qint32 aggregate = -1; // into m_median and m_mean; only with two or more raters
        qint32 accuracy = -1;  // into m_accuracies; -1 without a usable requirement
        qint32 answered = 0;
        bool impactOverridden = false;
        bool feasibilityOverridden = false;
        double impactOverride = 0.0;
        double feasibilityOverride = 0.0;
    };

    struct Prepared
    {
        Row row;
        std::vector<GroupCodes> raters;
        std::array<double, kQuestionCount> median {};
        std::array<double, kQuestionCount> mean {};
    };
    Prepared prepare(const Idea &idea);
    void place(qsizetype index, Prepared &&prepared, bool replace);
    int accuracyIndex(double accuracy);
    void compactAccuracies();

    // Name order: m_byName lists indices sorted as rankIdeas breaks ties; m_nameKey is each
    // index's position there, so the ranking compares integers instead of strings.
    bool nameLess(int a, int b) const;
    void setName(qsizetype index, const QString &name, qint64 id);
    void sortNames();
    void unlinkName(qsizetype index);
    void linkName(qsizetype index);
    void renumberNames();

    std::vector<Row> m_rows;
    std::vector<GroupCodes> m_raters;
    std::vector<std::array<double, kQuestionCount>> m_median;
    std::vector<std::array<double, kQuestionCount>> m_mean;
    std::vector<double> m_accuracies; // distinct requirements, so pow() runs once per value
    QHash<double, int> m_accuracyIndex;
    // Most names are ASCII, where Qt's case-insensitive order is that of the lower-cased
    // characters: their first 16 lower-cased characters, packed so that comparing the numbers
    // compares the text, decide most comparisons without calling into QString::compare.
    struct FoldedPrefix
    {
        quint64 high = 0;
        quint64 low = 0;
        bool ascii = false; // the whole name
    };
    QList<QString> m_names;
    std::vector<FoldedPrefix> m_folded;
    std::vector<qint64> m_ids;
    std::vector<int> m_byName;
    std::vector<int> m_nameKey;
};

} // namespace mlp
