#include "core/domain/metrics.h"

#include "core/domain/formulaengine.h"
#include "core/domain/idea.h"
#include "core/domain/keytable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mlp {

namespace {

constexpr KeyTable kDirectionKeys(std::array<KeyName<Direction>, 2> { {
    { Direction::HigherIsBetter, "higher" },
    { Direction::LowerIsBetter, "lower" },
} });

constexpr KeyTable kCombineKindKeys(std::array<KeyName<CombineKind>, 3> { {
    { CombineKind::WeightedAverage, "average" },
    { CombineKind::Threshold, "threshold" },
    { CombineKind::Formula, "formula" },
} });

} // namespace

QString directionKey(Direction direction)
{
    return kDirectionKeys.key(direction);
}

std::optional<Direction> directionFromKey(const QString &key)
{
    return kDirectionKeys.fromKey(key);
}

QString combineKindKey(CombineKind kind)
{
    return kCombineKindKeys.key(kind);
}

std::optional<CombineKind> combineKindFromKey(const QString &key)
{
    return kCombineKindKeys.fromKey(key);
}

QString metricVariableName(const QString &metricName)
{
    QString out;
    out.reserve(metricName.size() + 1);
    for (QChar c : metricName) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_';
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || (out.front() >= QLatin1Char('0') && out.front() <= QLatin1Char('9')))
        out.prepend(QLatin1Char('_'));
    return out;
}

namespace {

bool isIdentifierChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

QString renameFormulaVariable(const QString &formula, const QString &from, const QString &to)
{
    if (from.isEmpty() || from == to)
        return formula;
    QString out;
    out.reserve(formula.size());
    qsizetype i = 0;
    while (i < formula.size()) {
        if (!isIdentifierChar(formula[i])) {
            out += formula[i++];
            continue;
        }
        // A maximal run of identifier characters: a name, or (starting with a digit, or right
        // after a decimal point) part of a number such as 1.5e3.
        const qsizetype start = i;
        while (i < formula.size() && isIdentifierChar(formula[i]))
            ++i;
        const QStringView token = QStringView(formula).mid(start, i - start);
        const bool number
            = isDigit(token.front()) || (start > 0 && formula[start - 1] == QLatin1Char('.'));
        qsizetype next = i;
        while (next < formula.size() && formula[next].isSpace())
            ++next;
        const bool function = next < formula.size() && formula[next] == QLatin1Char('(');
        out += (!number && !function && token == from) ? QStringView(to) : token;
    }
    return out;
}

Status renameMetric(Idea &idea, const QString &from, const QString &to)
{
    ProjectMetrics &project = idea.metrics;
    const QString oldVariable = metricVariableName(from);
    const QString newVariable = metricVariableName(to);
    const bool known = std::any_of(project.metrics.cbegin(), project.metrics.cend(),
                                   [&](const MetricDef &m) { return m.name == from; });
    if (known && newVariable != oldVariable) {
        // The formula would then name two metrics alike, and could no longer tell them apart.
        for (const MetricDef &m : std::as_const(project.metrics)) {
            if (m.name != from && m.name != to && metricVariableName(m.name) == newVariable) {
                return makeError(
                    Error::Code::Invalid,
                    QCoreApplication::translate(
                        "mlp",
                        "The metric “%1” already has the formula name “%2”, so the formula could "
                        "no longer tell it from “%3”: choose another name for “%4”.")
                        .arg(m.name, newVariable, to, from));
            }
        }
    }
    int sharingOldVariable = 0;
    bool found = false;
    for (MetricDef &m : project.metrics) {
        if (metricVariableName(m.name) == oldVariable)
            ++sharingOldVariable;
        if (m.name == from) {
            m.name = to;
            found = true;
        }
    }
    if (!found || from == to)
        return Ok {};
    for (ModelResult &r : project.results) {
        if (r.values.contains(from))
            r.values.insert(to, r.values.take(from));
    }
    if (project.rule.optimize == from)
        project.rule.optimize = to;
    if (idea.baselineMetric == from)
        idea.baselineMetric = to;
    if (sharingOldVariable == 1) {
        project.rule.formula
            = renameFormulaVariable(project.rule.formula, oldVariable, newVariable);
    }
    return Ok {};
}

namespace {

bool meetsBound(const MetricDef &m, double value)
{
    if (!m.bound)
        return true;
    return m.direction == Direction::LowerIsBetter ? value <= *m.bound : value >= *m.bound;
}

const MetricDef *findMetric(const QList<MetricDef> &metrics, const QString &name)
{
    for (const MetricDef &m : metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

// The library's message without its own 0-based "at position N", which would contradict ours.
QString parserMessage(const formula::Failure &failure)
{
    static const QRegularExpression position(
        QStringLiteral("\\s*(\\(position:\\s*\\d+\\)|(found\\s+)?at position \\d+)\\.?\\s*$"));
    QString message = failure.message.trimmed();
    message.remove(position);
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

// muparser counts positions in the bytes of the UTF-8 text; the user sees characters.
int characterPosition(const std::string &utf8, std::size_t bytePosition)
{
    const std::size_t end = std::min(bytePosition, utf8.size());
    return static_cast<int>(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(end)).size());
}

// A parser with one variable per metric; `storage` must outlive the parser's use. On a parse
// error, `position` (when given) receives the 0-based character where the parser stopped.
Result<Ok> prepareParser(formula::Parser &parser, const QString &formula,
                         const QList<MetricDef> &metrics, std::vector<double> &storage,
                         int *position = nullptr)
{
    if (formula.trimmed().isEmpty())
        return makeError(
            Error::Code::Formula,
            QCoreApplication::translate(
                "mlp", "The formula is empty: write an expression over the metric names."));
    QSet<QString> seen;
    for (const MetricDef &m : metrics) {
        const QString var = metricVariableName(m.name);
        if (seen.contains(var)) {
            return makeError(
                Error::Code::Formula,
                QCoreApplication::translate(
                    "mlp", "Two metrics share the formula name “%1”: rename one of them.")
                    .arg(var));
        }
        seen.insert(var);
    }
    storage.assign(static_cast<size_t>(metrics.size()), 1.0);
    const std::string utf8 = formula.toStdString();
    bool prepared = true;
    for (qsizetype i = 0; prepared && i < metrics.size(); ++i)
        prepared = parser.defineVariable(metricVariableName(metrics[i].name).toStdString(),
                                         &storage[static_cast<size_t>(i)]);
    prepared = prepared && parser.setExpression(utf8) && parser.eval().has_value();
    if (prepared)
        return Ok {};
    const formula::Failure &failure = parser.failure();
    if (!parser.available()) // the message says what to install
        return makeError(Error::Code::Formula, failure.message);
    const int at = characterPosition(utf8, static_cast<std::size_t>(failure.bytePosition));
    if (position)
        *position = at;
    return makeError(Error::Code::Formula,
                     QCoreApplication::translate("mlp", "Formula error at position %1: %2.")
                         .arg(at + 1)
                         .arg(parserMessage(failure)));
}

} // namespace

Result<Ok> validateFormula(const QString &formula, const QList<MetricDef> &metrics)
{
    formula::Parser parser;
    std::vector<double> storage;
    return prepareParser(parser, formula, metrics, storage);
}

FormulaCheck checkFormula(const QString &formula, const QList<MetricDef> &metrics)
{
    formula::Parser parser;
    std::vector<double> storage;
    FormulaCheck check;
    const Result<Ok> prepared = prepareParser(parser, formula, metrics, storage, &check.position);
    if (!prepared) {
        check.ok = false;
        check.message = prepared.error().message;
    }
    return check;
}

namespace {

// The weighted average of a model's normalised metrics (each scaled to 0..1 between the worst
// and the best model); empty when a weighted metric has no value. Missing metrics are added
// to `missing`.
std::optional<double> weightedAverage(const ModelResult &r, const QList<MetricDef> &metrics,
                                      const QList<double> &lo, const QList<double> &hi,
                                      QStringList &missing)
{
    double sum = 0.0;
    double weights = 0.0;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const MetricDef &m = metrics[i];
        if (m.weight <= 0.0)
            continue;
        const auto it = r.values.constFind(m.name);
        if (it == r.values.cend()) {
            if (!missing.contains(m.name))
                missing << m.name;
            continue;
        }
        double normalised = 1.0;
        if (hi[i] > lo[i]) {
            normalised = (*it - lo[i]) / (hi[i] - lo[i]);
            if (m.direction == Direction::LowerIsBetter)
                normalised = 1.0 - normalised;
        }
        sum += m.weight * normalised;
        weights += m.weight;
    }
    if (missing.isEmpty() && weights > 0.0)
        return sum / weights;
    return std::nullopt;
}

// The formula over one model's values, into s.value, or why not into s.note.
void evaluateFormula(formula::Parser &parser, std::vector<double> &storage,
                     const QList<int> &usedMetrics, const QList<MetricDef> &metrics,
                     const ModelResult &r, QStringList &missing, ModelScore &s)
{
    for (int i : usedMetrics) {
        const auto it = r.values.constFind(metrics[i].name);
        if (it == r.values.cend()) {
            if (!missing.contains(metrics[i].name))
                missing << metrics[i].name;
        } else {
            storage[static_cast<size_t>(i)] = *it;
        }
    }
    if (!missing.isEmpty())
        return;
    const std::optional<double> v = parser.eval();
    if (!v)
        s.note = QCoreApplication::translate("mlp", "Formula error: %1.")
                     .arg(parserMessage(parser.failure()));
    else if (std::isfinite(*v))
        s.value = *v;
    else
        s.note = QCoreApplication::translate("mlp",
                                             "The formula gives no finite number for this model.");
}

// Min and max of each metric across the models.
void metricRanges(const ProjectMetrics &project, QList<double> &lo, QList<double> &hi)
{
    const QList<MetricDef> &metrics = project.metrics;
    QList<bool> seen(metrics.size(), false);
    for (const ModelResult &r : project.results) {
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            const auto it = r.values.constFind(metrics[i].name);
            if (it == r.values.cend())
                continue;
            lo[i] = seen[i] ? std::min(lo[i], *it) : *it;
            hi[i] = seen[i] ? std::max(hi[i], *it) : *it;
            seen[i] = true;
        }
    }
}

// The note in words (missing values, missed bounds, a formula's problem) and whether the model
// is out of the ranking.
void finishScore(ModelScore &s, const QStringList &missing)
{
    QStringList notes;
    if (!missing.isEmpty())
        notes << QCoreApplication::translate("mlp", "No value for %1.")
                     .arg(missing.join(QStringLiteral(", ")));
    if (!s.missedBounds.isEmpty())
        notes << QCoreApplication::translate("mlp", "Misses the bound on %1.")
                     .arg(s.missedBounds.join(QStringLiteral(", ")));
    if (!s.note.isEmpty())
        notes << s.note;
    s.note = notes.join(QLatin1Char(' '));
    s.out = !s.missedBounds.isEmpty() || !missing.isEmpty() || !s.value.has_value();
}

// Ranks 1, 2, ... for the models still in, best first; models out keep rank 0.
void rankScores(QList<ModelScore> &scores, Direction direction)
{
    QList<int> order;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (!scores[i].out)
            order << static_cast<int>(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return direction == Direction::LowerIsBetter ? *scores[a].value < *scores[b].value
                                                     : *scores[a].value > *scores[b].value;
    });
    for (qsizetype r = 0; r < order.size(); ++r)
        scores[order[r]].rank = static_cast<int>(r) + 1;
}

} // namespace

Result<QList<ModelScore>> evaluateModels(const ProjectMetrics &project)
{
    const QList<MetricDef> &metrics = project.metrics;
    const CombineRule &rule = project.rule;
    QList<ModelScore> scores;
    scores.reserve(project.results.size());

    const MetricDef *optimized = nullptr;
    if (rule.kind == CombineKind::Threshold) {
        optimized = findMetric(metrics, rule.optimize);
        if (!optimized) {
            return makeError(
                Error::Code::Invalid,
                rule.optimize.isEmpty()
                    ? QCoreApplication::translate(
                        "mlp", "The threshold rule needs the metric to optimize.")
                    : QCoreApplication::translate(
                          "mlp",
                          "The threshold rule optimizes “%1”, which is not one of the metrics.")
                          .arg(rule.optimize));
        }
    }

    formula::Parser parser;
    std::vector<double> storage;
    QList<int> usedMetrics; // indices of the metrics the formula reads
    if (rule.kind == CombineKind::Formula) {
        Result<Ok> prepared = prepareParser(parser, rule.formula, metrics, storage);
        if (!prepared)
            return prepared.error();
        const std::optional<std::vector<std::string>> used = parser.usedVariables();
        if (!used)
            return makeError(Error::Code::Formula,
                             QCoreApplication::translate("mlp", "Formula error: %1.")
                                 .arg(parserMessage(parser.failure())));
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            if (std::find(used->cbegin(), used->cend(),
                          metricVariableName(metrics[i].name).toStdString())
                != used->cend())
                usedMetrics << static_cast<int>(i);
        }
    }

    // Min and max of each metric across the models, for the weighted average.
    QList<double> lo(metrics.size(), 0.0), hi(metrics.size(), 0.0);
    if (rule.kind == CombineKind::WeightedAverage)
        metricRanges(project, lo, hi);

    for (const ModelResult &r : project.results) {
        ModelScore s;
        s.model = r.model;
        QStringList missing;
        for (const MetricDef &m : metrics) {
            const bool skipBound = optimized && &m == optimized;
            const auto it = r.values.constFind(m.name);
            if (it == r.values.cend()) {
                if (m.bound && !skipBound)
                    missing << m.name;
                continue;
            }
            if (!skipBound && !meetsBound(m, *it))
                s.missedBounds << m.name;
        }

        switch (rule.kind) {
        case CombineKind::Threshold: {
            const auto it = r.values.constFind(optimized->name);
            if (it == r.values.cend()) {
                if (!missing.contains(optimized->name))
                    missing << optimized->name;
            } else {
                s.value = *it;
            }
            break;
        }
        case CombineKind::WeightedAverage:
            s.value = weightedAverage(r, metrics, lo, hi, missing);
            break;
        case CombineKind::Formula:
            evaluateFormula(parser, storage, usedMetrics, metrics, r, missing, s);
            break;
        }

        finishScore(s, missing);
        scores << s;
    }

    Direction direction = Direction::HigherIsBetter;
    if (rule.kind == CombineKind::Threshold)
        direction = optimized->direction;
    else if (rule.kind == CombineKind::Formula)
        direction = rule.formulaDirection;

    rankScores(scores, direction);
    return scores;
}

QList<ModelResult> modelsInTheRanking(const ProjectMetrics &metrics)
{
    const Result<QList<ModelScore>> scores = evaluateModels(metrics);
    if (!scores)
        return metrics.results;
    QList<ModelResult> in;
    for (qsizetype i = 0; i < metrics.results.size(); ++i) {
        if (!scores->at(i).out)
            in << metrics.results[i];
    }
    return in;
}

} // namespace mlp
