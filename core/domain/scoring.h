#pragma once

#include "core/domain/readiness.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace mlp {

struct Idea;
struct Portfolio;

// What a question feeds: impact, or one of the three feasibility cost drivers (docs/domain.md §2).
enum class QuestionGroup {
    Impact = 0,
    DataAvailability = 1,
    AccuracyRequirement = 2,
    ProblemDifficulty = 3
};
inline constexpr int kDriverCount
    = 3; // the feasibility groups, in the course's order of importance

// The fixed question catalogue. Answers are stored by index for speed (rescoring 10,000 ideas
// must take a few milliseconds) and by `id` in files, so indices never leave the process.
// Every answer is 1..5 where 5 is always the favourable end for its coordinate.
struct Question
{
    QString id; // stable key in files, e.g. "data-acquisition"
    QuestionGroup group;
    QString text;    // translated question
    QString anchor1; // what a 1 means
    QString anchor5; // what a 5 means
};
inline constexpr int kQuestionCount = 16;
const std::array<Question, kQuestionCount> &questions();
std::optional<int> questionIndex(const QString &id);
QString groupKey(QuestionGroup group); // impact, data, accuracy, difficulty
QString groupDisplayName(QuestionGroup group);

// 0 = unanswered, otherwise 1..5.
using Answers = std::array<qint8, kQuestionCount>;

struct Rater
{
    QString name;
    Answers answers {};
    friend bool operator==(const Rater &, const Rater &) = default;
};

enum class Aggregation { Median = 0, Mean = 1 };

enum class Quadrant { DoFirst = 0, BigBet = 1, SmallWin = 2, Avoid = 3, Unscored = 4 };

// Every number here is an adjustable assumption of ours, not the course's.
struct ScoringConfig
{
    std::array<double, kQuestionCount> questionWeights; // default 1 each
    // Data availability, accuracy requirement, problem difficulty: the course lists them in
    // order of importance, so the defaults are 3, 2, 1.
    std::array<double, kDriverCount> driverWeights { 3.0, 2.0, 1.0 };
    double impactThreshold = 5.0;      // impact >= threshold is "high"
    double feasibilityThreshold = 5.0; // feasibility >= threshold is "high"
    std::array<QString, 4>
        quadrantNames;     // indexed by Quadrant; defaults Do first, Big bet, Small win, Avoid
    double costBase = 2.0; // cost factor = costBase ^ nines of the accuracy requirement
    Aggregation aggregation = Aggregation::Median;
    ReadinessGate readinessGate; // a portfolio setting kept with the scoring settings

    ScoringConfig();
    friend bool operator==(const ScoringConfig &, const ScoringConfig &) = default;
};

// Nines of an accuracy requirement: -log10(1 - a). 0.99 -> 2. Requires 0 < a < 1.
double accuracyNines(double accuracy);
// costBase ^ nines: the super-linear cost of an accuracy requirement.
double accuracyCostFactor(double accuracy, double costBase);

struct Score
{
    // Effective coordinates on 0..10 (manual override applied); empty when nothing answered.
    std::optional<double> impact;
    std::optional<double> feasibility;
    // From the answers alone.
    std::optional<double> computedImpact;
    std::optional<double> computedFeasibility;
    bool impactOverridden = false;
    bool feasibilityOverridden = false;
    int answered = 0;          // questions answered in the aggregate
    double completeness = 0.0; // answered / kQuestionCount
    Quadrant quadrant = Quadrant::Unscored;
    double priority = -1.0; // sqrt(impact * feasibility); -1 when unscored
    // Range (max - min) of the raters' own coordinates; 0 with fewer than two raters.
    double impactSpread = 0.0;
    double feasibilitySpread = 0.0;
    std::optional<double> costFactor; // from the accuracy requirement
};

// Per-question aggregate over raters (median or mean of those who answered; 0 if none).
// Returns fractional values for the mean / even-count median.
std::array<double, kQuestionCount> aggregateAnswers(const QList<Rater> &raters,
                                                    Aggregation aggregation);

Score scoreIdea(const Idea &idea, const ScoringConfig &config);
Quadrant quadrantFor(double impact, double feasibility, const ScoringConfig &config);
QString quadrantName(Quadrant quadrant,
                     const ScoringConfig &config); // "Unscored" translated for Unscored

// How much each answer moved each coordinate. Contributions of one coordinate sum to it.
struct Contribution
{
    int question = -1;        // index into questions()
    double answer = 0.0;      // aggregated 1..5
    double weightShare = 0.0; // effective weight / total effective weight of the coordinate
    double points = 0.0;      // contribution on 0..10
    double spread = 0.0;      // max - min of raters' answers to this question
};
struct DriverSummary
{
    QuestionGroup group;
    std::optional<double> score; // 0..10, empty when unanswered
    double weightShare = 0.0;    // share of feasibility
};
struct Breakdown
{
    Score score;
    QList<Contribution> impact;
    QList<Contribution> feasibility;
    QList<DriverSummary> drivers;
    QList<int> unanswered; // question indices left out (not counted as zero)
    QString overrideNote;
};
Breakdown explain(const Idea &idea, const ScoringConfig &config);

// The breakdown in words, built once here (core/domain/explaintext.cpp) and shown as it is by
// the command line's `explain`, the editor and the chart's hover card. Numbers follow the
// locale (formatScore()).
struct ExplanationLine
{
    enum class Kind {
        Coordinate, // "Impact: 7.5 of 10 from the answers"
        Detail,     // a driver, a contribution, an unanswered question
        Heading,    // the title of a list that follows
        Summary,    // override, completeness, quadrant, cost factor
    };
    QString text;
    int indent = 0; // levels under the line above
    Kind kind = Kind::Detail;
};
QList<ExplanationLine> explanationLines(const Breakdown &breakdown, const ScoringConfig &config);
// The lines as plain text, two spaces per indent level, one line each.
QString explainText(const Breakdown &breakdown, const ScoringConfig &config);

struct RankedIdea
{
    int index = -1; // into portfolio.ideas
    int rank = 0;   // 1-based; unscored ideas come last
    Score score;
};
// Highest priority first; ties by name, then id. Unscored ideas last.
QList<RankedIdea> rankIdeas(const Portfolio &portfolio);

} // namespace mlp
