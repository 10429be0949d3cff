#include "core/domain/scoretable.h"

#include "core/domain/idea.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace mlp {

namespace {

constexpr int kGroupCount = 4;
// Groups are contiguous in the catalogue: impact 0-3, data 4-8, accuracy 9-11, difficulty 12-15.
// A test checks this against questions().
constexpr std::array<int, kGroupCount + 1> kGroupStart { 0, 4, 9, 12, kQuestionCount };
constexpr double kScale = 10.0 / 4.0; // answer 1..5 onto 0..10
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

bool answered(int a)
{
    return a >= 1 && a <= 5;
}

// One feasibility driver's share of the weighted sum: dw * mean, and dw itself; both 0 when the
// driver is left out (no answer or no weight), which adds nothing to either sum.
struct DriverTerm
{
    double term = 0.0;
    double weight = 0.0;
};

// For every answer code of a group, what scoreIdea() computes from that group's answers. Every
// entry is the same sequence of floating-point operations as scoreIdea()'s, in the same order,
// so a rater's coordinates from these tables are bit-for-bit scoreIdea()'s.
struct CodeTables
{
    std::vector<double> impact; // kNone when no impact question is answered
    std::array<std::vector<DriverTerm>, kDriverCount> drivers;
};

// Weighted sum and weight sum of a group for every code, question by question in catalogue
// order (the order scoreIdea() adds them in): the entries for the first k questions extend those
// for the first k - 1.
void groupSums(int group, const std::array<double, kQuestionCount> &weights,
               std::vector<double> &weighted, std::vector<double> &weight)
{
    weighted.assign(1, 0.0);
    weight.assign(1, 0.0);
    for (int i = kGroupStart[group]; i < kGroupStart[group + 1]; ++i) {
        const size_t prefixes = weighted.size();
        weighted.resize(prefixes * 6);
        weight.resize(prefixes * 6);
        // Digit 0 last: its entries are the prefixes themselves, read by the other digits.
        for (int d = 5; d >= 0; --d) {
            const double a = d;
            const double w = answered(d) ? weights[i] : 0.0;
            const double term = w * (a - 1.0);
            for (size_t low = 0; low < prefixes; ++low) {
                weighted[d * prefixes + low] = weighted[low] + term;
                weight[d * prefixes + low] = weight[low] + w;
            }
        }
    }
}

CodeTables codeTables(const ScoringConfig &config)
{
    std::array<double, kQuestionCount> weights;
    for (int i = 0; i < kQuestionCount; ++i)
        weights[i] = std::max(0.0, config.questionWeights[i]);
    CodeTables t;
    std::vector<double> weighted, weight;
    groupSums(0, weights, weighted, weight);
    t.impact.resize(weighted.size());
    for (size_t c = 0; c < weighted.size(); ++c)
        t.impact[c] = weight[c] > 0.0 ? kScale * weighted[c] / weight[c] : kNone;
    for (int d = 0; d < kDriverCount; ++d) {
        groupSums(d + 1, weights, weighted, weight);
        const double dw = config.driverWeights[d];
        std::vector<DriverTerm> &terms = t.drivers[d];
        terms.resize(weighted.size());
        for (size_t c = 0; c < weighted.size(); ++c) {
            if (weight[c] <= 0.0 || dw <= 0.0)
                terms[c] = DriverTerm {};
            else
                terms[c] = DriverTerm { dw * weighted[c] / weight[c], dw };
        }
    }
    return t;
}

template<typename Codes>
inline void raterCoordinates(const Codes &codes, const CodeTables &t, double &impact,
                             double &feasibility)
{
    impact = t.impact[codes[0]];
    const DriverTerm &a = t.drivers[0][codes[1]];
    const DriverTerm &b = t.drivers[1][codes[2]];
    const DriverTerm &c = t.drivers[2][codes[3]];
    double feas = 0.0;
    feas += a.term;
    feas += b.term;
    feas += c.term;
    double total = 0.0;
    total += a.weight;
    total += b.weight;
    total += c.weight;
    feasibility = total > 0.0 ? kScale * feas / total : kNone;
}

// scoreIdea()'s arithmetic on aggregated answers, which are fractional and so have no table.
void aggregateCoordinates(const std::array<double, kQuestionCount> &answers,
                          const std::array<double, kQuestionCount> &weights,
                          const ScoringConfig &config, double &impact, double &feasibility)
{
    std::array<double, kGroupCount> weighted {};
    std::array<double, kGroupCount> weightSum {};
    for (int g = 0; g < kGroupCount; ++g) {
        for (int i = kGroupStart[g]; i < kGroupStart[g + 1]; ++i) {
            const double a = answers[i];
            const double w = (a >= 1.0 && a <= 5.0) ? weights[i] : 0.0;
            weighted[g] += w * (a - 1.0);
            weightSum[g] += w;
        }
    }
    impact = weightSum[0] > 0.0 ? kScale * weighted[0] / weightSum[0] : kNone;
    double feas = 0.0;
    double driverTotal = 0.0;
    for (int d = 0; d < kDriverCount; ++d) {
        const double dw = config.driverWeights[d];
        if (weightSum[d + 1] <= 0.0 || dw <= 0.0)
            continue;
        feas += dw * weighted[d + 1] / weightSum[d + 1];
        driverTotal += dw;
    }
    feasibility = driverTotal > 0.0 ? kScale * feas / driverTotal : kNone;
}

std::optional<double> known(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

// Ascending in this key is descending in priority; unscored ideas (priority -1) come after
// every scored one. The bits of a non-negative double grow with its value.
quint64 priorityKey(double priority)
{
    constexpr quint64 kUnscored = ~quint64(0);
    if (!(priority >= 0.0))
        return kUnscored;
    const quint64 bits = priority == 0.0 ? 0 : std::bit_cast<quint64>(priority);
    return quint64(0x7fffffffffffffff) - bits;
}

} // namespace

ScoreTable::ScoreTable(const Portfolio &portfolio)
    : ScoreTable(portfolio.ideas)
{ }

ScoreTable::ScoreTable(const QList<Idea> &ideas)
{
    const size_t n = size_t(ideas.size());
    m_rows.reserve(n);
    m_raters.reserve(n * 2);
    for (const Idea &idea : ideas) {
        Prepared p = prepare(idea);
        p.row.firstRater = quint32(m_raters.size());
        m_raters.insert(m_raters.end(), p.raters.begin(), p.raters.end());
        if (p.row.raterCount > 1) {
            p.row.aggregate = qint32(m_median.size());
            m_median.push_back(p.median);
            m_mean.push_back(p.mean);
        }
        m_rows.push_back(p.row);
    }
    m_names.resize(ideas.size());
    m_folded.resize(n);
    m_ids.resize(n);
    for (qsizetype i = 0; i < ideas.size(); ++i)
        setName(i, ideas.at(i).name, ideas.at(i).id);
    sortNames();
}

ScoreTable::Prepared ScoreTable::prepare(const Idea &idea)
{
    Prepared p;
    p.row.raterCount = quint32(idea.raters.size());
    p.raters.reserve(size_t(idea.raters.size()));
    for (const Rater &r : idea.raters) {
        GroupCodes codes {};
        for (int g = 0; g < kGroupCount; ++g) {
            int code = 0;
            for (int i = kGroupStart[g + 1] - 1; i >= kGroupStart[g]; --i)
                code = code * 6 + (answered(r.answers[i]) ? r.answers[i] : 0);
            codes[g] = quint16(code);
        }
        p.raters.push_back(codes);
    }
    if (idea.raters.size() == 1) {
        for (qint8 a : idea.raters.front().answers)
            p.row.answered += answered(a) ? 1 : 0;
    } else if (idea.raters.size() > 1) {
        p.median = aggregateAnswers(idea.raters, Aggregation::Median);
        p.mean = aggregateAnswers(idea.raters, Aggregation::Mean);
        for (double a : p.median)
            p.row.answered += a > 0.0 ? 1 : 0;
    }
    const ManualOverride &mo = idea.manualOverride;
    p.row.impactOverridden = mo.impact.has_value();
    p.row.feasibilityOverridden = mo.feasibility.has_value();
    p.row.impactOverride = mo.impact.value_or(0.0);
    p.row.feasibilityOverride = mo.feasibility.value_or(0.0);
    if (idea.accuracyRequirement && *idea.accuracyRequirement > 0.0
        && *idea.accuracyRequirement < 1.0)
        p.row.accuracy = accuracyIndex(*idea.accuracyRequirement);
    return p;
}

int ScoreTable::accuracyIndex(double accuracy)
{
    const auto it = m_accuracyIndex.constFind(accuracy);
    if (it != m_accuracyIndex.cend())
        return *it;
    const int index = int(m_accuracies.size());
    m_accuracies.push_back(accuracy);
    m_accuracyIndex.insert(accuracy, index);
    return index;
}

// Edits leave requirements nobody uses any more; drop them before they cost pow() calls.
void ScoreTable::compactAccuracies()
{
    if (m_accuracies.size() <= 2 * m_rows.size() + 64)
        return;
    const std::vector<double> old = std::move(m_accuracies);
    m_accuracies.clear();
    m_accuracyIndex.clear();
    for (Row &row : m_rows) {
        if (row.accuracy >= 0)
            row.accuracy = accuracyIndex(old[size_t(row.accuracy)]);
    }
}

// Puts a prepared idea at `index`, replacing the one there or shifting the rest up. The raters
// and aggregates of all ideas stay in index order, so the offsets after it move by the
// difference.
void ScoreTable::place(qsizetype index, Prepared &&prepared, bool replace)
{
    const size_t at = size_t(index);
    quint32 firstRater;
    qint32 aggregateAt = -1;
    if (replace) {
        const Row old = m_rows[at];
        firstRater = old.firstRater;
        m_raters.erase(m_raters.begin() + old.firstRater,
                       m_raters.begin() + old.firstRater + old.raterCount);
        if (old.aggregate >= 0) {
            m_median.erase(m_median.begin() + old.aggregate);
            m_mean.erase(m_mean.begin() + old.aggregate);
        }
        for (size_t i = at + 1; i < m_rows.size(); ++i) {
            m_rows[i].firstRater -= old.raterCount;
            if (old.aggregate >= 0 && m_rows[i].aggregate >= 0)
                m_rows[i].aggregate -= 1;
        }
    } else {
        firstRater = at < m_rows.size() ? m_rows[at].firstRater : quint32(m_raters.size());
    }
    // The aggregate goes before the next idea's that has one.
    const size_t next = replace ? at + 1 : at;
    aggregateAt = qint32(m_median.size());
    for (size_t i = next; i < m_rows.size(); ++i) {
        if (m_rows[i].aggregate >= 0) {
            aggregateAt = m_rows[i].aggregate;
            break;
        }
    }

    Row row = prepared.row;
    row.firstRater = firstRater;
    m_raters.insert(m_raters.begin() + firstRater, prepared.raters.begin(), prepared.raters.end());
    const bool hasAggregate = row.raterCount > 1;
    if (hasAggregate) {
        row.aggregate = aggregateAt;
        m_median.insert(m_median.begin() + aggregateAt, prepared.median);
        m_mean.insert(m_mean.begin() + aggregateAt, prepared.mean);
    }
    for (size_t i = next; i < m_rows.size(); ++i) {
        m_rows[i].firstRater += row.raterCount;
        if (hasAggregate && m_rows[i].aggregate >= 0)
            m_rows[i].aggregate += 1;
    }
    if (replace)
        m_rows[at] = row;
    else
        m_rows.insert(m_rows.begin() + index, row);
}

void ScoreTable::update(qsizetype index, const Idea &idea)
{
    place(index, prepare(idea), true);
    if (m_names.at(index) != idea.name || m_ids[size_t(index)] != idea.id) {
        unlinkName(index);
        setName(index, idea.name, idea.id);
        linkName(index);
        renumberNames();
    }
    compactAccuracies();
}

void ScoreTable::insert(qsizetype index, const Idea &idea)
{
    place(index, prepare(idea), false);
    for (int &i : m_byName) {
        if (i >= index)
            ++i;
    }
    m_names.insert(index, QString());
    m_folded.insert(m_folded.begin() + index, FoldedPrefix {});
    m_ids.insert(m_ids.begin() + index, 0);
    m_nameKey.insert(m_nameKey.begin() + index, -1);
    setName(index, idea.name, idea.id);
    linkName(index);
    renumberNames();
}

void ScoreTable::remove(qsizetype index)
{
    const Row old = m_rows[size_t(index)];
    m_raters.erase(m_raters.begin() + old.firstRater,
                   m_raters.begin() + old.firstRater + old.raterCount);
    if (old.aggregate >= 0) {
        m_median.erase(m_median.begin() + old.aggregate);
        m_mean.erase(m_mean.begin() + old.aggregate);
    }
    for (size_t i = size_t(index) + 1; i < m_rows.size(); ++i) {
        m_rows[i].firstRater -= old.raterCount;
        if (old.aggregate >= 0 && m_rows[i].aggregate >= 0)
            m_rows[i].aggregate -= 1;
    }
    m_rows.erase(m_rows.begin() + index);

    unlinkName(index);
    for (int &i : m_byName) {
        if (i > index)
            --i;
    }
    m_names.removeAt(index);
    m_folded.erase(m_folded.begin() + index);
    m_ids.erase(m_ids.begin() + index);
    m_nameKey.erase(m_nameKey.begin() + index);
    renumberNames();
    compactAccuracies();
}

QList<Score> ScoreTable::rescore(const ScoringConfig &config) const
{
    QList<Score> scores;
    rescore(config, scores);
    return scores;
}

void ScoreTable::rescore(const ScoringConfig &config, QList<Score> &scores) const
{
    const CodeTables tables = codeTables(config);
    std::array<double, kQuestionCount> weights;
    for (int i = 0; i < kQuestionCount; ++i)
        weights[i] = std::max(0.0, config.questionWeights[i]);
    // scoreIdea()'s cost factor: (1 - a) ^ -log10(costBase), once per distinct requirement.
    const double exponent = -std::log10(config.costBase);
    std::vector<double> costFactors(m_accuracies.size());
    for (size_t i = 0; i < m_accuracies.size(); ++i)
        costFactors[i] = std::pow(1.0 - m_accuracies[i], exponent);
    const std::vector<std::array<double, kQuestionCount>> &aggregates
        = config.aggregation == Aggregation::Mean ? m_mean : m_median;

    const size_t n = m_rows.size();
    scores.resize(qsizetype(n));
    Score *out = scores.data();
    const GroupCodes *raters = m_raters.data();
    for (size_t i = 0; i < n; ++i) {
        const Row &row = m_rows[i];
        Score s;
        s.answered = row.answered;
        double impact = kNone;
        double feasibility = kNone;
        if (row.raterCount == 1) {
            raterCoordinates(raters[row.firstRater], tables, impact, feasibility);
        } else if (row.raterCount > 1) {
            aggregateCoordinates(aggregates[size_t(row.aggregate)], weights, config, impact,
                                 feasibility);
            double minI = 0, maxI = 0, minF = 0, maxF = 0;
            bool anyI = false, anyF = false;
            for (quint32 r = 0; r < row.raterCount; ++r) {
                double ri, rf;
                raterCoordinates(raters[row.firstRater + r], tables, ri, rf);
                if (!std::isnan(ri)) {
                    minI = anyI ? std::min(minI, ri) : ri;
                    maxI = anyI ? std::max(maxI, ri) : ri;
                    anyI = true;
                }
                if (!std::isnan(rf)) {
                    minF = anyF ? std::min(minF, rf) : rf;
                    maxF = anyF ? std::max(maxF, rf) : rf;
                    anyF = true;
                }
            }
            s.impactSpread = maxI - minI;
            s.feasibilitySpread = maxF - minF;
        }
        s.computedImpact = known(impact);
        s.computedFeasibility = known(feasibility);
        s.completeness = static_cast<double>(s.answered) / kQuestionCount;

        s.impactOverridden = row.impactOverridden;
        s.feasibilityOverridden = row.feasibilityOverridden;
        s.impact
            = row.impactOverridden ? std::optional<double>(row.impactOverride) : s.computedImpact;
        s.feasibility = row.feasibilityOverridden ? std::optional<double>(row.feasibilityOverride)
                                                  : s.computedFeasibility;
        if (s.impact && s.feasibility) {
            const bool highImpact = *s.impact >= config.impactThreshold;
            const bool highFeasibility = *s.feasibility >= config.feasibilityThreshold;
            s.quadrant = highImpact ? (highFeasibility ? Quadrant::DoFirst : Quadrant::BigBet)
                                    : (highFeasibility ? Quadrant::SmallWin : Quadrant::Avoid);
            s.priority = std::sqrt(std::max(0.0, *s.impact) * std::max(0.0, *s.feasibility));
        }
        if (row.accuracy >= 0)
            s.costFactor = costFactors[size_t(row.accuracy)];
        out[i] = s;
    }
}

std::vector<int> ScoreTable::rankOrder(const QList<Score> &scores) const
{
    // Taking the ideas in name order and then sorting stably by priority gives rankIdeas()'s
    // order without comparing names. A radix sort on the priority's bits: comparison sorts of
    // 10,000 keys took about a third of a rescore.
    struct Item
    {
        quint64 key;
        int index;
    };
    const size_t n = m_rows.size();
    std::vector<Item> items(n);
    std::vector<Item> spare(n);
    constexpr int kDigits = 8;
    std::array<std::array<quint32, 256>, kDigits> counts {};
    const Score *s = scores.constData();
    for (size_t p = 0; p < n; ++p) {
        const int index = m_byName[p];
        const quint64 key = priorityKey(s[index].priority);
        items[p] = Item { key, index };
        for (int d = 0; d < kDigits; ++d)
            ++counts[d][(key >> (8 * d)) & 0xff];
    }
    for (int d = 0; d < kDigits && n > 0; ++d) {
        std::array<quint32, 256> &count = counts[d];
        if (count[(items[0].key >> (8 * d)) & 0xff] == n)
            continue; // every key has this digit: the pass would not move anything
        quint32 sum = 0;
        for (quint32 &c : count) {
            const quint32 here = c;
            c = sum;
            sum += here;
        }
        for (const Item &item : items)
            spare[count[(item.key >> (8 * d)) & 0xff]++] = item;
        items.swap(spare);
    }
    std::vector<int> order(n);
    for (size_t r = 0; r < n; ++r)
        order[r] = items[r].index;
    return order;
}

QList<RankedIdea> ScoreTable::rank(const QList<Score> &scores) const
{
    const std::vector<int> order = rankOrder(scores);
    QList<RankedIdea> ranked(qsizetype(order.size()));
    RankedIdea *out = ranked.data();
    for (size_t r = 0; r < order.size(); ++r) {
        out[r].index = order[r];
        out[r].rank = int(r) + 1;
        out[r].score = scores.at(order[r]);
    }
    return ranked;
}

QList<RankedIdea> ScoreTable::rankScored(const QList<Score> &scores, const QList<QString> &names,
                                         const std::vector<qint64> &ids)
{
    // Only the name order and the rows' count are used by rank(): no answers are kept.
    ScoreTable table;
    const qsizetype n = scores.size();
    table.m_rows.resize(size_t(n));
    table.m_names.resize(n);
    table.m_folded.resize(size_t(n));
    table.m_ids.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        table.setName(i, names.at(i), ids[size_t(i)]);
    table.sortNames();
    return table.rank(scores);
}

QList<RankedIdea> ScoreTable::rankIdeas(const ScoringConfig &config) const
{
    return rank(rescore(config));
}

} // namespace mlp
