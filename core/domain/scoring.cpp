#include "core/domain/scoring.h"

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace mlp {

namespace {

constexpr int kGroupCount = 4;

// The catalogue's group of each question, known at compile time for the rescoring loop; a test
// checks it against questions().
constexpr std::array<int, kQuestionCount> kGroupOf {
    0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3
};

constexpr int groupOf(int question)
{
    return kGroupOf[question];
}

constexpr double mapAnswer(double answer)
{
    return (answer - 1.0) / 4.0 * 10.0;
}

// Median or mean over the 1..5 answers of several raters, from a histogram, so nothing allocates.
double aggregateOne(const std::array<int, 6> &counts, int n, Aggregation aggregation)
{
    if (n == 0)
        return 0.0;
    if (aggregation == Aggregation::Mean) {
        int sum = 0;
        for (int v = 1; v <= 5; ++v)
            sum += v * counts[v];
        return static_cast<double>(sum) / n;
    }
    const auto nth = [&counts](int k) { // k-th smallest, 1-based
        int seen = 0;
        for (int v = 1; v <= 5; ++v) {
            seen += counts[v];
            if (seen >= k)
                return v;
        }
        return 5;
    };
    if (n % 2 == 1)
        return nth(n / 2 + 1);
    return (nth(n / 2) + nth(n / 2 + 1)) / 2.0;
}

// The weight of every answered question inside its coordinate, and the coordinates.
struct Shares
{
    std::array<double, kQuestionCount> share {};
    std::array<std::optional<double>, kDriverCount> driverScore {};
    std::array<double, kDriverCount> driverShare {};
    std::optional<double> impact;
    std::optional<double> feasibility;
};

// Groups are contiguous in the catalogue: impact 0-3, data 4-8, accuracy 9-11, difficulty 12-15.
constexpr std::array<int, kGroupCount + 1> kGroupStart { 0, 4, 9, 12, kQuestionCount };

// Sums without branches on the answers, so that the rescoring loop over thousands of ideas
// does not stall on mispredicted "answered?" tests.
template<int Group, typename AnswerArray>
inline void sumGroup(const AnswerArray &answers, const ScoringConfig &config, double &weighted,
                     double &weight)
{
    for (int i = kGroupStart[Group]; i < kGroupStart[Group + 1]; ++i) {
        const double a = answers[i];
        const double w = (a >= 1.0 && a <= 5.0) ? std::max(0.0, config.questionWeights[i]) : 0.0;
        weighted += w * (a - 1.0);
        weight += w;
    }
}

template<typename AnswerArray>
void computeCoordinates(const AnswerArray &answers, const ScoringConfig &config,
                        std::optional<double> &impact, std::optional<double> &feasibility)
{
    std::array<double, kGroupCount> weighted {};
    std::array<double, kGroupCount> weights {};
    sumGroup<0>(answers, config, weighted[0], weights[0]);
    sumGroup<1>(answers, config, weighted[1], weights[1]);
    sumGroup<2>(answers, config, weighted[2], weights[2]);
    sumGroup<3>(answers, config, weighted[3], weights[3]);
    constexpr double kScale = 10.0 / 4.0; // answer 1..5 onto 0..10
    impact = weights[0] > 0.0 ? std::optional<double>(kScale * weighted[0] / weights[0])
                              : std::nullopt;
    double feas = 0.0;
    double driverTotal = 0.0;
    for (int d = 0; d < kDriverCount; ++d) {
        const double dw = config.driverWeights[d];
        if (weights[d + 1] <= 0.0 || dw <= 0.0)
            continue;
        feas += dw * weighted[d + 1] / weights[d + 1];
        driverTotal += dw;
    }
    feasibility
        = driverTotal > 0.0 ? std::optional<double>(kScale * feas / driverTotal) : std::nullopt;
}

Shares computeShares(const std::array<double, kQuestionCount> &answers, const ScoringConfig &config)
{
    Shares s;
    std::array<double, kGroupCount> weighted {};
    std::array<double, kGroupCount> weights {};
    for (int i = 0; i < kQuestionCount; ++i) {
        const double w = config.questionWeights[i];
        if (answers[i] <= 0.0 || w <= 0.0)
            continue;
        weighted[groupOf(i)] += w * mapAnswer(answers[i]);
        weights[groupOf(i)] += w;
    }
    double driverTotal = 0.0;
    for (int d = 0; d < kDriverCount; ++d) {
        if (weights[d + 1] > 0.0 && config.driverWeights[d] > 0.0) {
            s.driverScore[d] = weighted[d + 1] / weights[d + 1];
            driverTotal += config.driverWeights[d];
        } else if (weights[d + 1] > 0.0) {
            s.driverScore[d] = weighted[d + 1] / weights[d + 1];
        }
    }
    if (weights[0] > 0.0)
        s.impact = weighted[0] / weights[0];
    if (driverTotal > 0.0) {
        double feas = 0.0;
        for (int d = 0; d < kDriverCount; ++d) {
            if (weights[d + 1] > 0.0 && config.driverWeights[d] > 0.0) {
                s.driverShare[d] = config.driverWeights[d] / driverTotal;
                feas += s.driverShare[d] * *s.driverScore[d];
            }
        }
        s.feasibility = feas;
    }
    for (int i = 0; i < kQuestionCount; ++i) {
        const double w = config.questionWeights[i];
        if (answers[i] <= 0.0 || w <= 0.0)
            continue;
        const int g = groupOf(i);
        s.share[i] = g == 0 ? w / weights[0] : s.driverShare[g - 1] * w / weights[g];
    }
    return s;
}

void aggregateInto(const QList<Rater> &raters, Aggregation aggregation,
                   std::array<double, kQuestionCount> &out)
{
    if (raters.size() == 1) {
        const Answers &a = raters.front().answers;
        for (int i = 0; i < kQuestionCount; ++i)
            out[i] = (a[i] >= 1 && a[i] <= 5) ? a[i] : 0.0;
        return;
    }
    if (raters.size() <= 3) {
        // With at most three answers the median is the value, the mean of two, or the sum less
        // the extremes, so no histogram is needed.
        for (int i = 0; i < kQuestionCount; ++i) {
            int sum = 0, n = 0, lo = 6, hi = 0;
            for (const Rater &r : raters) {
                const int a = r.answers[i];
                if (a >= 1 && a <= 5) {
                    sum += a;
                    ++n;
                    lo = std::min(lo, a);
                    hi = std::max(hi, a);
                }
            }
            if (n == 0)
                out[i] = 0.0;
            else if (aggregation == Aggregation::Mean || n < 3)
                out[i] = static_cast<double>(sum) / n;
            else
                out[i] = sum - lo - hi;
        }
        return;
    }
    std::array<std::array<int, 6>, kQuestionCount> counts {};
    for (const Rater &r : raters) {
        for (int i = 0; i < kQuestionCount; ++i) {
            const int a = r.answers[i];
            counts[i][(a >= 1 && a <= 5) ? a : 0] += 1;
        }
    }
    for (int i = 0; i < kQuestionCount; ++i) {
        const int n = static_cast<int>(raters.size()) - counts[i][0];
        out[i] = aggregateOne(counts[i], n, aggregation);
    }
}

// costBase ^ nines(a) = (1 - a) ^ -log10(costBase); the exponent is remembered between calls
// because rescoring asks for it with the same base thousands of times.
double costFactorFor(double accuracy, double costBase)
{
    thread_local double lastBase = 0.0;
    thread_local double exponent = 0.0;
    if (costBase != lastBase) {
        lastBase = costBase;
        exponent = -std::log10(costBase);
    }
    return std::pow(1.0 - accuracy, exponent);
}

} // namespace

const std::array<Question, kQuestionCount> &questions()
{
    static const std::array<Question, kQuestionCount> list { {
        { QStringLiteral("impact-cheap-prediction"), QuestionGroup::Impact,
          QCoreApplication::translate("mlp",
                                      "Would cheap predictions change decisions that matter?"),
          QCoreApplication::translate("mlp", "No important decision depends on this prediction"),
          QCoreApplication::translate(
              "mlp", "Cheap predictions would change decisions that matter a lot") },
        { QStringLiteral("impact-friction"), QuestionGroup::Impact,
          QCoreApplication::translate("mlp", "Does it remove friction where users struggle?"),
          QCoreApplication::translate("mlp", "Users do not struggle here"),
          QCoreApplication::translate("mlp", "A major pain point for many users") },
        { QStringLiteral("impact-automation"), QuestionGroup::Impact,
          QCoreApplication::translate(
              "mlp", "Does it automate a complicated manual process or rules written by hand?"),
          QCoreApplication::translate("mlp", "Nothing complicated to automate"),
          QCoreApplication::translate(
              "mlp", "Replaces a complicated manual process or a large rule set") },
        { QStringLiteral("impact-comparable-orgs"), QuestionGroup::Impact,
          QCoreApplication::translate(
              "mlp", "Do comparable organisations already do this successfully with ML?"),
          QCoreApplication::translate("mlp", "No comparable organisation does this"),
          QCoreApplication::translate("mlp", "Comparable organisations do it successfully") },
        { QStringLiteral("data-acquisition"), QuestionGroup::DataAvailability,
          QCoreApplication::translate("mlp", "How hard is it to acquire the data?"),
          QCoreApplication::translate("mlp",
                                      "Very hard: the data does not exist or is out of reach"),
          QCoreApplication::translate("mlp",
                                      "Easy: the data is already collected and accessible") },
        { QStringLiteral("data-labeling-cost"), QuestionGroup::DataAvailability,
          QCoreApplication::translate("mlp", "How expensive is labeling?"),
          QCoreApplication::translate("mlp", "Slow, costly labels that need experts"),
          QCoreApplication::translate("mlp", "Cheap or free labels, e.g. from user behaviour") },
        { QStringLiteral("data-amount"), QuestionGroup::DataAvailability,
          QCoreApplication::translate("mlp", "How much data is needed?"),
          QCoreApplication::translate("mlp", "Far more than we can get"),
          QCoreApplication::translate("mlp", "Little, or we already have enough") },
        { QStringLiteral("data-stability"), QuestionGroup::DataAvailability,
          QCoreApplication::translate("mlp", "How stable is the data?"),
          QCoreApplication::translate("mlp", "It changes constantly; models go stale fast"),
          QCoreApplication::translate("mlp", "Stable over time") },
        { QStringLiteral("data-security"), QuestionGroup::DataAvailability,
          QCoreApplication::translate("mlp", "What are the security requirements on the data?"),
          QCoreApplication::translate("mlp", "Strict: sensitive data under heavy restrictions"),
          QCoreApplication::translate("mlp", "Few: the data can be used freely") },
        { QStringLiteral("accuracy-error-cost"), QuestionGroup::AccuracyRequirement,
          QCoreApplication::translate("mlp", "How costly are wrong predictions?"),
          QCoreApplication::translate("mlp", "Very costly or dangerous"),
          QCoreApplication::translate("mlp", "Cheap: errors are harmless or easily corrected") },
        { QStringLiteral("accuracy-how-often-right"), QuestionGroup::AccuracyRequirement,
          QCoreApplication::translate("mlp", "How often must the system be right to be useful?"),
          QCoreApplication::translate("mlp", "Almost always: many nines"),
          QCoreApplication::translate("mlp", "Useful even when it is often wrong") },
        { QStringLiteral("accuracy-ethics"), QuestionGroup::AccuracyRequirement,
          QCoreApplication::translate("mlp", "What are the ethical implications?"),
          QCoreApplication::translate("mlp", "Serious: fairness, safety or privacy at stake"),
          QCoreApplication::translate("mlp", "Negligible") },
        { QStringLiteral("difficulty-well-defined"), QuestionGroup::ProblemDifficulty,
          QCoreApplication::translate("mlp", "Is the problem well defined?"),
          QCoreApplication::translate("mlp", "Vague, with open-ended outputs"),
          QCoreApplication::translate("mlp", "Clear inputs and outputs") },
        { QStringLiteral("difficulty-published-work"), QuestionGroup::ProblemDifficulty,
          QCoreApplication::translate("mlp", "Is there good published work on similar problems?"),
          QCoreApplication::translate("mlp", "None that we know of"),
          QCoreApplication::translate("mlp", "Strong published results on similar problems") },
        { QStringLiteral("difficulty-compute"), QuestionGroup::ProblemDifficulty,
          QCoreApplication::translate("mlp", "What compute is needed for training and serving?"),
          QCoreApplication::translate("mlp", "Massive training compute or a tight serving budget"),
          QCoreApplication::translate("mlp", "Modest compute for both") },
        { QStringLiteral("difficulty-human-can-do"), QuestionGroup::ProblemDifficulty,
          QCoreApplication::translate("mlp", "Can a human do it?"),
          QCoreApplication::translate("mlp", "Not even experts can"),
          QCoreApplication::translate("mlp", "Anyone can, quickly") },
    } };
    return list;
}

std::optional<int> questionIndex(const QString &id)
{
    const auto &qs = questions();
    for (int i = 0; i < kQuestionCount; ++i) {
        if (qs[i].id == id)
            return i;
    }
    return std::nullopt;
}

QString groupKey(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Impact:
        return QStringLiteral("impact");
    case QuestionGroup::DataAvailability:
        return QStringLiteral("data");
    case QuestionGroup::AccuracyRequirement:
        return QStringLiteral("accuracy");
    case QuestionGroup::ProblemDifficulty:
        return QStringLiteral("difficulty");
    }
    return {};
}

QString groupDisplayName(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Impact:
        return QCoreApplication::translate("mlp", "Impact");
    case QuestionGroup::DataAvailability:
        return QCoreApplication::translate("mlp", "Data availability");
    case QuestionGroup::AccuracyRequirement:
        return QCoreApplication::translate("mlp", "Accuracy requirement");
    case QuestionGroup::ProblemDifficulty:
        return QCoreApplication::translate("mlp", "Problem difficulty");
    }
    return {};
}

ScoringConfig::ScoringConfig()
{
    questionWeights.fill(1.0);
    quadrantNames = { QCoreApplication::translate("mlp", "Do first"),
                      QCoreApplication::translate("mlp", "Big bet"),
                      QCoreApplication::translate("mlp", "Small win"),
                      QCoreApplication::translate("mlp", "Avoid") };
}

double accuracyNines(double accuracy)
{
    return -std::log10(1.0 - accuracy);
}

double accuracyCostFactor(double accuracy, double costBase)
{
    return std::pow(costBase, accuracyNines(accuracy));
}

std::array<double, kQuestionCount> aggregateAnswers(const QList<Rater> &raters,
                                                    Aggregation aggregation)
{
    std::array<double, kQuestionCount> out {};
    aggregateInto(raters, aggregation, out);
    return out;
}

Quadrant quadrantFor(double impact, double feasibility, const ScoringConfig &config)
{
    const bool highImpact = impact >= config.impactThreshold;
    const bool highFeasibility = feasibility >= config.feasibilityThreshold;
    if (highImpact && highFeasibility)
        return Quadrant::DoFirst;
    if (highImpact)
        return Quadrant::BigBet;
    if (highFeasibility)
        return Quadrant::SmallWin;
    return Quadrant::Avoid;
}

QString quadrantName(Quadrant quadrant, const ScoringConfig &config)
{
    if (quadrant == Quadrant::Unscored)
        return QCoreApplication::translate("mlp", "Unscored");
    return config.quadrantNames[static_cast<int>(quadrant)];
}

Score scoreIdea(const Idea &idea, const ScoringConfig &config)
{
    Score s;
    if (idea.raters.size() == 1) {
        const Answers &answers = idea.raters.front().answers;
        for (qint8 a : answers)
            s.answered += (a >= 1 && a <= 5) ? 1 : 0;
        computeCoordinates(answers, config, s.computedImpact, s.computedFeasibility);
    } else if (idea.raters.size() > 1) {
        std::array<double, kQuestionCount> agg {};
        aggregateInto(idea.raters, config.aggregation, agg);
        for (double a : agg)
            s.answered += a > 0.0 ? 1 : 0;
        computeCoordinates(agg, config, s.computedImpact, s.computedFeasibility);

        double minI = 0, maxI = 0, minF = 0, maxF = 0;
        bool anyI = false, anyF = false;
        for (const Rater &r : idea.raters) {
            std::optional<double> ri, rf;
            computeCoordinates(r.answers, config, ri, rf);
            if (ri) {
                minI = anyI ? std::min(minI, *ri) : *ri;
                maxI = anyI ? std::max(maxI, *ri) : *ri;
                anyI = true;
            }
            if (rf) {
                minF = anyF ? std::min(minF, *rf) : *rf;
                maxF = anyF ? std::max(maxF, *rf) : *rf;
                anyF = true;
            }
        }
        s.impactSpread = maxI - minI;
        s.feasibilitySpread = maxF - minF;
    }
    s.completeness = static_cast<double>(s.answered) / kQuestionCount;

    const ManualOverride &mo = idea.manualOverride;
    s.impactOverridden = mo.impact.has_value();
    s.feasibilityOverridden = mo.feasibility.has_value();
    s.impact = s.impactOverridden ? mo.impact : s.computedImpact;
    s.feasibility = s.feasibilityOverridden ? mo.feasibility : s.computedFeasibility;
    if (s.impact && s.feasibility) {
        s.quadrant = quadrantFor(*s.impact, *s.feasibility, config);
        s.priority = std::sqrt(std::max(0.0, *s.impact) * std::max(0.0, *s.feasibility));
    }
    if (idea.accuracyRequirement && *idea.accuracyRequirement > 0.0
        && *idea.accuracyRequirement < 1.0)
        s.costFactor = costFactorFor(*idea.accuracyRequirement, config.costBase);
    return s;
}

Breakdown explain(const Idea &idea, const ScoringConfig &config)
{
    Breakdown b;
    b.score = scoreIdea(idea, config);
    b.overrideNote = idea.manualOverride.note;
    const std::array<double, kQuestionCount> agg
        = aggregateAnswers(idea.raters, config.aggregation);
    const Shares shares = computeShares(agg, config);

    for (int i = 0; i < kQuestionCount; ++i) {
        if (agg[i] <= 0.0) {
            b.unanswered << i;
            continue;
        }
        Contribution c;
        c.question = i;
        c.answer = agg[i];
        c.weightShare = shares.share[i];
        c.points = shares.share[i] * mapAnswer(agg[i]);
        int lo = 6, hi = 0;
        for (const Rater &r : idea.raters) {
            const int a = r.answers[i];
            if (a >= 1 && a <= 5) {
                lo = std::min(lo, a);
                hi = std::max(hi, a);
            }
        }
        c.spread = hi >= lo ? hi - lo : 0.0;
        if (groupOf(i) == 0)
            b.impact << c;
        else
            b.feasibility << c;
    }
    for (int d = 0; d < kDriverCount; ++d)
        b.drivers << DriverSummary { static_cast<QuestionGroup>(d + 1), shares.driverScore[d],
                                     shares.driverShare[d] };
    return b;
}

QList<RankedIdea> rankIdeas(const Portfolio &portfolio)
{
    const qsizetype n = portfolio.ideas.size();
    QList<RankedIdea> out(n);
    RankedIdea *ranked = out.data();
    // Unscored ideas have priority -1 and scored ones at least 0, so one descending order puts
    // them last. Sorting small keys and then permuting the results in place keeps rescoring of
    // large portfolios within a few milliseconds; names are views so tie-breaks do not chase each
    // idea through memory again.
    struct Key
    {
        double priority;
        qsizetype index;
        QStringView name;
    };
    std::vector<Key> keys(static_cast<size_t>(n));
    constexpr qsizetype kPrefetchAhead = 8;
    for (qsizetype i = 0; i < n; ++i) {
#if defined(__GNUC__)
        if (i + kPrefetchAhead < n)
            __builtin_prefetch(portfolio.ideas[i + kPrefetchAhead].raters.constData());
#endif
        const Idea &idea = portfolio.ideas[i];
        ranked[i].index = static_cast<int>(i);
        ranked[i].score = scoreIdea(idea, portfolio.config);
        keys[static_cast<size_t>(i)] = Key { ranked[i].score.priority, i, QStringView(idea.name) };
    }
    std::sort(keys.begin(), keys.end(), [&portfolio](const Key &a, const Key &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        const int byCase = a.name.compare(b.name, Qt::CaseSensitive);
        if (byCase != 0)
            return byCase < 0;
        return portfolio.ideas[a.index].id < portfolio.ideas[b.index].id;
    });
    // Position r takes the result computed at keys[r].index; follow each cycle once, marking a
    // position done by pointing its key at itself.
    for (qsizetype start = 0; start < n; ++start) {
        if (keys[static_cast<size_t>(start)].index == start)
            continue;
        RankedIdea carried = std::move(ranked[start]);
        qsizetype at = start;
        for (;;) {
            const qsizetype from = keys[static_cast<size_t>(at)].index;
            keys[static_cast<size_t>(at)].index = at;
            if (from == start) {
                ranked[at] = std::move(carried);
                break;
            }
            ranked[at] = std::move(ranked[from]);
            at = from;
        }
    }
    for (qsizetype r = 0; r < n; ++r)
        ranked[r].rank = static_cast<int>(r) + 1;
    return out;
}

} // namespace mlp
