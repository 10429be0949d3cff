#include "core/domain/idea.h"
#include "core/domain/sample.h"
#include "core/domain/scoretable.h"
#include "core/domain/scoring.h"
#include "printers.h"
#include "tests/support/generatedportfolio.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mlp;

namespace {

const QDateTime &now()
{
    static const QDateTime at(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    return at;
}

// The table must give scoreIdea()'s numbers; 1e-9 relative leaves room for nothing but the
// last bits, and the ranking checks below would catch those where they matter.
bool near(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

::testing::AssertionResult near(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return ::testing::AssertionFailure() << "one is empty";
    if (a && !near(*a, *b))
        return ::testing::AssertionFailure() << *a << " != " << *b;
    return ::testing::AssertionSuccess();
}

void expectSameScore(const Score &table, const Score &direct, qsizetype index)
{
    EXPECT_TRUE(near(table.impact, direct.impact)) << index;
    EXPECT_TRUE(near(table.feasibility, direct.feasibility)) << index;
    EXPECT_TRUE(near(table.computedImpact, direct.computedImpact)) << index;
    EXPECT_TRUE(near(table.computedFeasibility, direct.computedFeasibility)) << index;
    EXPECT_EQ(table.impactOverridden, direct.impactOverridden) << index;
    EXPECT_EQ(table.feasibilityOverridden, direct.feasibilityOverridden) << index;
    EXPECT_EQ(table.answered, direct.answered) << index;
    EXPECT_EQ(table.completeness, direct.completeness) << index;
    EXPECT_EQ(table.quadrant, direct.quadrant) << index;
    EXPECT_TRUE(near(table.priority, direct.priority)) << index;
    EXPECT_TRUE(near(table.impactSpread, direct.impactSpread)) << index;
    EXPECT_TRUE(near(table.feasibilitySpread, direct.feasibilitySpread)) << index;
    EXPECT_TRUE(near(table.costFactor, direct.costFactor)) << index;
}

void expectSameAsScoreIdea(const ScoreTable &table, const Portfolio &p)
{
    ASSERT_EQ(table.size(), p.ideas.size());
    const QList<Score> scores = table.rescore(p.config);
    ASSERT_EQ(scores.size(), p.ideas.size());
    for (qsizetype i = 0; i < p.ideas.size(); ++i)
        expectSameScore(scores[i], scoreIdea(p.ideas[i], p.config), i);

    const QList<RankedIdea> expected = rankIdeas(p);
    const QList<RankedIdea> ranked = table.rank(scores);
    ASSERT_EQ(ranked.size(), expected.size());
    for (qsizetype r = 0; r < ranked.size(); ++r) {
        ASSERT_EQ(ranked[r].index, expected[r].index) << "rank " << r + 1;
        EXPECT_EQ(ranked[r].rank, expected[r].rank);
        expectSameScore(ranked[r].score, expected[r].score, ranked[r].index);
    }
    const std::vector<int> order = table.rankOrder(scores);
    ASSERT_EQ(qsizetype(order.size()), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r)
        EXPECT_EQ(order[size_t(r)], expected[r].index);
}

// Settings a user can reach: weights (zero ones included), thresholds, the cost base,
// quadrant names, and both aggregations.
QList<ScoringConfig> configs()
{
    QList<ScoringConfig> list;
    list << ScoringConfig();
    ScoringConfig c;
    c.questionWeights
        = { 2.0, 1.0, 0.5, 3.0, 1.0, 0.0, 2.5, 1.0, 1.0, 4.0, 1.0, 0.25, 1.0, 1.5, 0.0, 2.0 };
    c.driverWeights = { 3.5, 2.0, 1.0 };
    list << c;
    c.aggregation = Aggregation::Mean;
    list << c;
    ScoringConfig d;
    d.aggregation = Aggregation::Mean;
    d.driverWeights = { 0.0, 1.0, 4.0 };
    d.impactThreshold = 3.5;
    d.feasibilityThreshold = 7.0;
    d.costBase = 3.7;
    d.quadrantNames[0] = QStringLiteral("Now");
    list << d;
    ScoringConfig e;
    e.questionWeights.fill(0.0);
    e.questionWeights[0] = 1.0;
    e.questionWeights[9] = 2.0;
    e.driverWeights = { 1.0, 1.0, 0.0 };
    list << e;
    return list;
}

// The generated portfolio has one to three raters per idea; add what it lacks: no raters, four
// and five (the histogram median), overrides on either coordinate, unanswered rows, names
// differing only in case (ties on priority are broken by name), and out-of-range requirements.
Portfolio variedPortfolio(int count)
{
    Portfolio p = generatedPortfolio(count, 11, now());
    quint32 state = 7;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    for (qsizetype i = 0; i < p.ideas.size(); ++i) {
        Idea &idea = p.ideas[i];
        switch (next(12)) {
        case 0:
            idea.raters.clear();
            break;
        case 1:
        case 2:
            while (idea.raters.size() < 4 + int(next(2))) {
                Rater r = idea.raters.front();
                for (qint8 &a : r.answers)
                    a = next(4) == 0 ? 0 : qint8(1 + next(5));
                idea.raters << r;
            }
            break;
        case 3:
            idea.manualOverride.impact = double(next(101)) / 10.0;
            break;
        case 4:
            idea.manualOverride.feasibility = double(next(101)) / 10.0;
            break;
        case 5:
            for (Rater &r : idea.raters)
                r.answers.fill(0);
            break;
        case 6:
            for (Rater &r : idea.raters) {
                for (int q = 4; q < 9; ++q)
                    r.answers[q] = 0; // no data-availability answer
            }
            break;
        default:
            break;
        }
        if (next(5) == 0) {
            // Copies of another idea under a name differing in case: equal priorities.
            const Idea &other = p.ideas[qsizetype(next(quint32(p.ideas.size())))];
            idea.raters = other.raters;
            idea.manualOverride = other.manualOverride;
            idea.name = next(2) == 0 ? other.name.toUpper() : other.name;
        }
        if (next(20) == 0)
            idea.accuracyRequirement = 1.0; // not in (0, 1): no cost factor
    }
    return p;
}

} // namespace

TEST(ScoreTable, EmptyPortfolio)
{
    const ScoreTable table { Portfolio {} };
    EXPECT_EQ(table.size(), 0);
    EXPECT_TRUE(table.rescore(ScoringConfig()).isEmpty());
    EXPECT_TRUE(table.rankIdeas(ScoringConfig()).isEmpty());
}

TEST(ScoreTable, SamplePortfolioScoresAndRanksAsScoreIdea)
{
    Portfolio p = samplePortfolio(now());
    const ScoreTable table(p);
    for (const ScoringConfig &config : configs()) {
        p.config = config;
        expectSameAsScoreIdea(table, p);
    }
}

TEST(ScoreTable, GeneratedPortfolioScoresAndRanksAsScoreIdea)
{
    Portfolio p = variedPortfolio(2000);
    const ScoreTable table(p);
    for (const ScoringConfig &config : configs()) {
        p.config = config;
        expectSameAsScoreIdea(table, p);
    }
}

TEST(ScoreTable, TiesAreBrokenByNameThenCaseThenId)
{
    Portfolio p;
    const auto idea = [](qint64 id, const char *name, qint8 answer) {
        Idea i;
        i.id = id;
        i.name = QString::fromUtf8(name);
        Rater r;
        r.answers[0] = answer;
        r.answers[4] = answer;
        i.raters << r;
        return i;
    };
    p.ideas << idea(1, "Unscored", 0) << idea(2, "beta", 3) << idea(3, "Top", 5)
            << idea(4, "Alpha", 3) << idea(6, "alpha", 3) << idea(5, "Alpha", 3)
            << idea(7, "Low", 1);
    const ScoreTable table(p);
    const QList<RankedIdea> ranked = table.rankIdeas(p.config);
    QList<qint64> ids;
    for (const RankedIdea &r : ranked)
        ids << p.ideas[r.index].id;
    EXPECT_EQ(ids, (QList<qint64> { 3, 4, 5, 6, 2, 7, 1 }));
    expectSameAsScoreIdea(table, p);
}

// An app keeps one table for the open file and changes it idea by idea; after any sequence of
// edits it must equal a table built afresh, i.e. scoreIdea() and rankIdeas().
TEST(ScoreTable, UpdateInsertAndRemoveKeepItInStep)
{
    Portfolio p = variedPortfolio(300);
    const Portfolio donors = variedPortfolio(600);
    ScoreTable table(p);
    quint32 state = 3;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    qint64 nextId = 10000;
    for (int step = 0; step < 400; ++step) {
        const quint32 kind = next(3);
        const Idea &donor = donors.ideas[qsizetype(next(quint32(donors.ideas.size())))];
        if (kind == 0 && !p.ideas.isEmpty()) {
            // Changed answers, raters, override, requirement, and sometimes the name.
            const qsizetype at = qsizetype(next(quint32(p.ideas.size())));
            Idea changed = p.ideas[at];
            changed.raters = donor.raters;
            changed.manualOverride = donor.manualOverride;
            changed.accuracyRequirement = donor.accuracyRequirement;
            if (next(2) == 0)
                changed.name = donor.name;
            p.ideas[at] = changed;
            table.update(at, changed);
        } else if (kind == 1) {
            const qsizetype at = qsizetype(next(quint32(p.ideas.size() + 1)));
            Idea added = donor;
            added.id = ++nextId;
            p.ideas.insert(at, added);
            table.insert(at, added);
        } else if (!p.ideas.isEmpty()) {
            const qsizetype at = qsizetype(next(quint32(p.ideas.size())));
            p.ideas.removeAt(at);
            table.remove(at);
        }
        if (step % 50 == 0)
            expectSameAsScoreIdea(table, p);
    }
    for (const ScoringConfig &config : configs()) {
        p.config = config;
        expectSameAsScoreIdea(table, p);
    }
    while (!p.ideas.isEmpty()) {
        p.ideas.removeFirst();
        table.remove(0);
    }
    expectSameAsScoreIdea(table, p);
}

// Many edits that each give an idea a new accuracy requirement must not leave the table
// computing a cost factor for every value ever seen; the results stay right after compaction.
TEST(ScoreTable, ManyRequirementChangesStayCorrect)
{
    Portfolio p = variedPortfolio(20);
    ScoreTable table(p);
    for (int step = 0; step < 500; ++step) {
        const qsizetype at = step % p.ideas.size();
        p.ideas[at].accuracyRequirement = 0.5 + step / 1001.0;
        table.update(at, p.ideas[at]);
    }
    expectSameAsScoreIdea(table, p);
}

TEST(ScoreTable, RescoreIntoAKeptList)
{
    Portfolio p = variedPortfolio(200);
    const ScoreTable table(p);
    QList<Score> kept;
    table.rescore(p.config, kept);
    p.config.questionWeights[2] = 4.0;
    table.rescore(p.config, kept);
    ASSERT_EQ(kept.size(), p.ideas.size());
    for (qsizetype i = 0; i < p.ideas.size(); ++i)
        expectSameScore(kept[i], scoreIdea(p.ideas[i], p.config), i);
}

// Names are compared without QString::compare where they are ASCII; the order must still be
// Qt's wherever priorities tie: punctuation between the cases, long shared prefixes, U+0000,
// names that are prefixes of others, and non-ASCII names beside ASCII ones.
TEST(ScoreTable, NameOrderIsQtsForAwkwardNames)
{
    const QStringList names {
        QStringLiteral("_under"),
        QStringLiteral("Apple"),
        QStringLiteral("apple"),
        QStringLiteral("APPLE"),
        QStringLiteral("apple pie with a very long name, part 2"),
        QStringLiteral("Apple pie with a very long name, part 10"),
        QStringLiteral("apple pie with a very long name"),
        QStringLiteral("appl"),
        QStringLiteral("[bracket"),
        QStringLiteral("Zebra"),
        QStringLiteral("zebra~"),
        QStringLiteral("Émile"),
        QStringLiteral("émile"),
        QStringLiteral("Ärger"),
        QStringLiteral("Straße"),
        QStringLiteral("STRASSE"),
        QStringLiteral("이서연"),
        QStringLiteral("a"),
        QString(QStringLiteral("a") + QChar(0)),
        QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
        QStringLiteral("ab"),
        QStringLiteral("1234567890abcdefXYZ"),
        QStringLiteral("1234567890ABCDEFxyz"),
        QStringLiteral("1234567890abcdef"),
        QString(),
        QStringLiteral(" "),
    };
    Portfolio p;
    qint64 id = 100;
    for (const QString &name : names) {
        for (int copy = 0; copy < 2; ++copy) {
            Idea idea;
            idea.id = id--; // ids against the list's order, so the last tie-break shows
            idea.name = name;
            Rater r;
            r.answers[0] = 4;
            r.answers[4] = 4;
            idea.raters << r;
            p.ideas << idea;
        }
    }
    ScoreTable table(p);
    expectSameAsScoreIdea(table, p);
    // The same order when the names arrive one by one.
    ScoreTable grown { Portfolio {} };
    for (qsizetype i = 0; i < p.ideas.size(); ++i)
        grown.insert(i, p.ideas[i]);
    expectSameAsScoreIdea(grown, p);
}
