#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace mlp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mlp", text);
}

Error ideaError(const Idea &idea, const QString &field, const QString &problem)
{
    const QString who = idea.name.trimmed().isEmpty()
        ? QCoreApplication::translate("mlp", "Idea %1").arg(idea.id)
        : QCoreApplication::translate("mlp", "Idea “%1”").arg(excerpt(idea.name));
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate("mlp", "%1, %2: %3").arg(who, field, problem));
}

bool inRange(double v, double lo, double hi)
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// Why `text` cannot be stored as `kind`, or an empty string.
QString textProblem(QStringView text, TextKind kind)
{
    const qsizetype limit = maxLength(kind);
    if (text.size() > limit)
        return QCoreApplication::translate("mlp", "is %1 characters long; the limit is %2.")
            .arg(text.size())
            .arg(limit);
    const qsizetype at = forbiddenControlAt(text);
    if (at >= 0)
        return QCoreApplication::translate(
                   "mlp", "holds the control character U+%1 at position %2; remove it.")
            .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'))
            .arg(at + 1);
    return {};
}

// The name of a field in a message, translated only when a message is made: checking every
// text of 100,000 ideas translated the field names millions of times for no message.
struct Field
{
    const char *source;    // in the "mlp" context
    qsizetype number = -1; // for a source with %1

    QString text() const
    {
        const QString translated = QCoreApplication::translate("mlp", source);
        return number < 0 ? translated : translated.arg(number);
    }
};

// The first text of the idea that is too long or holds a control character.
Status validateIdeaTexts(const Idea &idea)
{
    const auto check = [&idea](const Field &field, QStringView text, TextKind kind) -> Status {
        if (text.size() <= maxLength(kind) && forbiddenControlAt(text) < 0)
            return Ok {};
        return ideaError(idea, field.text(), textProblem(text, kind));
    };
    const std::pair<Field, std::pair<QStringView, TextKind>> texts[] {
        { Field { QT_TRANSLATE_NOOP("mlp", "name") }, { idea.name, TextKind::Name } },
        { Field { QT_TRANSLATE_NOOP("mlp", "owner") }, { idea.owner, TextKind::Name } },
        { Field { QT_TRANSLATE_NOOP("mlp", "description") }, { idea.description, TextKind::Text } },
        { Field { QT_TRANSLATE_NOOP("mlp", "manual override note") },
          { idea.manualOverride.note, TextKind::Text } },
        { Field { QT_TRANSLATE_NOOP("mlp", "outcome reason") },
          { idea.lifecycle.outcomeReason, TextKind::Text } },
        { Field { QT_TRANSLATE_NOOP("mlp", "baseline metric") },
          { idea.baselineMetric, TextKind::Name } },
        { Field { QT_TRANSLATE_NOOP("mlp", "combine rule") },
          { idea.metrics.rule.optimize, TextKind::Name } },
        { Field { QT_TRANSLATE_NOOP("mlp", "formula") },
          { idea.metrics.rule.formula, TextKind::Formula } },
    };
    for (const auto &[field, value] : texts) {
        if (Status s = check(field, value.first, value.second); !s)
            return s;
    }
    for (auto it = idea.keyQuestionAnswers.cbegin(); it != idea.keyQuestionAnswers.cend(); ++it) {
        if (Status s
            = check(Field { QT_TRANSLATE_NOOP("mlp", "key question") }, it.key(), TextKind::Name);
            !s)
            return s;
        if (Status s
            = check(Field { QT_TRANSLATE_NOOP("mlp", "key question") }, it.value(), TextKind::Text);
            !s)
            return s;
    }
    for (qsizetype r = 0; r < idea.raters.size(); ++r) {
        if (Status s = check(Field { QT_TRANSLATE_NOOP("mlp", "rater %1"), r + 1 },
                             idea.raters[r].name, TextKind::Name);
            !s)
            return s;
    }
    for (qsizetype i = 0; i < idea.lifecycle.history.size(); ++i) {
        const Transition &t = idea.lifecycle.history[i];
        const Field field { QT_TRANSLATE_NOOP("mlp", "history entry %1"), i + 1 };
        for (const auto &[text, kind] :
             { std::pair<QStringView, TextKind> { t.who, TextKind::Name },
               { t.triggerId, TextKind::Name },
               { t.reason, TextKind::Text },
               { t.checklistOverrideNote, TextKind::Text } }) {
            if (Status s = check(field, text, kind); !s)
                return s;
        }
    }
    for (const MetricDef &m : idea.metrics.metrics) {
        if (Status s = check(Field { QT_TRANSLATE_NOOP("mlp", "metrics") }, m.name, TextKind::Name);
            !s)
            return s;
        if (Status s = check(Field { QT_TRANSLATE_NOOP("mlp", "metrics") }, m.unit, TextKind::Name);
            !s)
            return s;
    }
    for (const ModelResult &r : idea.metrics.results) {
        if (Status s
            = check(Field { QT_TRANSLATE_NOOP("mlp", "model results") }, r.model, TextKind::Name);
            !s)
            return s;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            if (Status s = check(Field { QT_TRANSLATE_NOOP("mlp", "model results") }, it.key(),
                                 TextKind::Name);
                !s)
                return s;
        }
    }
    for (const Baseline &b : idea.baselines) {
        if (Status s
            = check(Field { QT_TRANSLATE_NOOP("mlp", "baselines") }, b.label, TextKind::Name);
            !s)
            return s;
        if (Status s
            = check(Field { QT_TRANSLATE_NOOP("mlp", "baselines") }, b.source, TextKind::Text);
            !s)
            return s;
    }
    return Ok {};
}

Status validateAnswers(const Idea &idea)
{
    const auto &qs = questions();
    for (qsizetype r = 0; r < idea.raters.size(); ++r) {
        const Rater &rater = idea.raters[r];
        const auto raterName = [&] {
            return rater.name.trimmed().isEmpty()
                ? QCoreApplication::translate("mlp", "rater %1").arg(r + 1)
                : QCoreApplication::translate("mlp", "rater “%1”").arg(excerpt(rater.name));
        };
        for (int q = 0; q < kQuestionCount; ++q) {
            const int a = rater.answers[q];
            if (a < 0 || a > 5) {
                return ideaError(idea,
                                 QCoreApplication::translate("mlp", "%1, answer to “%2”")
                                     .arg(raterName(), qs[q].id),
                                 QCoreApplication::translate(
                                     "mlp", "must be 1 to 5, or 0 for unanswered, not %1.")
                                     .arg(a));
            }
        }
    }
    return Ok {};
}

Status validateLifecycle(const Idea &idea)
{
    const Lifecycle &lc = idea.lifecycle;
    if (lc.outcome == Outcome::Shelved && lc.outcomeReason.trimmed().isEmpty())
        return ideaError(idea, tr("outcome"), tr("a shelved project needs a reason."));
    for (qsizetype i = 0; i < lc.history.size(); ++i) {
        const Transition &t = lc.history[i];
        const QString field = QCoreApplication::translate("mlp", "history entry %1").arg(i + 1);
        if (t.from == t.to)
            return ideaError(idea, field, tr("moves from a stage to itself."));
        if (i > 0 && lc.history[i - 1].to != t.from) {
            return ideaError(
                idea, field,
                QCoreApplication::translate("mlp",
                                            "starts in %1, but the previous move ended in %2.")
                    .arg(stageDisplayName(t.from), stageDisplayName(lc.history[i - 1].to)));
        }
        if (i > 0 && t.at.isValid() && lc.history[i - 1].at.isValid()
            && t.at < lc.history[i - 1].at)
            return ideaError(idea, field, tr("is dated before the previous move."));
        if (!t.triggerId.isEmpty()) {
            const std::optional<BackwardTrigger> trigger = triggerById(t.triggerId);
            if (!trigger || trigger->from != t.from || trigger->to != t.to) {
                return ideaError(
                    idea, field,
                    QCoreApplication::translate(
                        "mlp", "trigger “%1” is not a catalogued trigger for this move.")
                        .arg(excerpt(t.triggerId)));
            }
        }
    }
    if (!lc.history.isEmpty() && lc.history.back().to != lc.stage) {
        return ideaError(
            idea, tr("stage"),
            QCoreApplication::translate("mlp", "is %1, but the last recorded move went to %2.")
                .arg(stageDisplayName(lc.stage), stageDisplayName(lc.history.back().to)));
    }
    return Ok {};
}

QString magnitudeProblem()
{
    return QCoreApplication::translate("mlp", "must be a number from %1 to %2.")
        .arg(number(-kMaxMetricMagnitude), number(kMaxMetricMagnitude));
}

Status validateMetrics(const Idea &idea)
{
    QSet<QString> metricNames;
    for (const MetricDef &m : idea.metrics.metrics) {
        const QString name = excerpt(m.name);
        if (m.name.trimmed().isEmpty())
            return ideaError(idea, tr("metrics"), tr("a metric needs a name."));
        if (metricNames.contains(m.name))
            return ideaError(idea, QCoreApplication::translate("mlp", "metric “%1”").arg(name),
                             tr("appears twice."));
        metricNames.insert(m.name);
        if (!inRange(m.weight, 0.0, kMaxWeight))
            return ideaError(idea,
                             QCoreApplication::translate("mlp", "metric “%1”, weight").arg(name),
                             QCoreApplication::translate("mlp", "must be 0 to %1, not %2.")
                                 .arg(number(kMaxWeight), number(m.weight)));
        if (m.bound && !inRange(*m.bound, -kMaxMetricMagnitude, kMaxMetricMagnitude))
            return ideaError(idea,
                             QCoreApplication::translate("mlp", "metric “%1”, bound").arg(name),
                             magnitudeProblem());
    }
    if (idea.metrics.rule.kind == CombineKind::Threshold && !idea.metrics.rule.optimize.isEmpty()
        && !metricNames.contains(idea.metrics.rule.optimize)) {
        return ideaError(
            idea, tr("combine rule"),
            QCoreApplication::translate("mlp", "optimizes “%1”, which is not one of the metrics.")
                .arg(excerpt(idea.metrics.rule.optimize)));
    }
    for (const ModelResult &r : idea.metrics.results) {
        if (r.model.trimmed().isEmpty())
            return ideaError(idea, tr("model results"), tr("a model result needs a model name."));
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            if (!inRange(it.value(), -kMaxMetricMagnitude, kMaxMetricMagnitude))
                return ideaError(idea,
                                 QCoreApplication::translate("mlp", "model “%1”, %2")
                                     .arg(excerpt(r.model), excerpt(it.key())),
                                 magnitudeProblem());
        }
    }
    for (const Baseline &b : idea.baselines) {
        if (!inRange(b.value, -kMaxMetricMagnitude, kMaxMetricMagnitude))
            return ideaError(
                idea, QCoreApplication::translate("mlp", "baseline “%1”").arg(excerpt(b.label)),
                magnitudeProblem());
    }
    return Ok {};
}

} // namespace

Status checkIdeaId(qint64 id)
{
    if (id < kMinIdeaId || id > kMaxIdeaId)
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("mlp", "idea id %1 is outside 1–%2")
                             .arg(id)
                             .arg(kMaxIdeaId));
    return Ok {};
}

bool isForbiddenControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r';
    return u >= 0x7F && u <= 0x9F;
}

qsizetype forbiddenControlAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isForbiddenControl(text[i]))
            return i;
    }
    return -1;
}

qsizetype maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
        return kMaxNameLength;
    case TextKind::Text:
        return kMaxTextLength;
    case TextKind::Formula:
        return kMaxFormulaLength;
    }
    return kMaxNameLength;
}

Status checkText(const QString &field, QStringView text, TextKind kind)
{
    const QString problem = textProblem(text, kind);
    if (problem.isEmpty())
        return Ok {};
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate("mlp", "%1: %2").arg(field, problem));
}

Status validateIdea(const Idea &idea)
{
    if (Status id = checkIdeaId(idea.id); !id)
        return ideaError(idea, tr("id"), id.error().message);
    if (idea.name.trimmed().isEmpty())
        return ideaError(idea, tr("name"), tr("must not be empty."));
    if (Status texts = validateIdeaTexts(idea); !texts)
        return texts;
    if (idea.accuracyRequirement
        && !(std::isfinite(*idea.accuracyRequirement) && *idea.accuracyRequirement > 0.0
             && *idea.accuracyRequirement < 1.0)) {
        return ideaError(idea, tr("accuracy requirement"),
                         QCoreApplication::translate(
                             "mlp", "must lie strictly between 0 and 1 (e.g. 0.99), not %1.")
                             .arg(*idea.accuracyRequirement));
    }
    if (Status answers = validateAnswers(idea); !answers)
        return answers;
    if (idea.manualOverride.impact && !inRange(*idea.manualOverride.impact, 0.0, kMaxScoreValue))
        return ideaError(idea, tr("manual impact"),
                         QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                             .arg(*idea.manualOverride.impact));
    if (idea.manualOverride.feasibility
        && !inRange(*idea.manualOverride.feasibility, 0.0, kMaxScoreValue)) {
        return ideaError(idea, tr("manual feasibility"),
                         QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                             .arg(*idea.manualOverride.feasibility));
    }
    if (Status lifecycle = validateLifecycle(idea); !lifecycle)
        return lifecycle;
    return validateMetrics(idea);
}

Status validateConfig(const ScoringConfig &config)
{
    const auto error = [](const QString &field, const QString &problem) {
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("mlp", "Scoring settings, %1: %2").arg(field, problem));
    };
    const auto weightProblem = [](double w) {
        return QCoreApplication::translate("mlp", "must be 0 to %1, not %2.")
            .arg(number(kMaxWeight), number(w));
    };
    const auto &qs = questions();
    for (int i = 0; i < kQuestionCount; ++i) {
        const double w = config.questionWeights[i];
        if (!inRange(w, 0.0, kMaxWeight))
            return error(QCoreApplication::translate("mlp", "weight of “%1”").arg(qs[i].id),
                         weightProblem(w));
    }
    for (int d = 0; d < kDriverCount; ++d) {
        const double w = config.driverWeights[d];
        if (!inRange(w, 0.0, kMaxWeight)) {
            return error(QCoreApplication::translate("mlp", "weight of %1")
                             .arg(groupDisplayName(static_cast<QuestionGroup>(d + 1))),
                         weightProblem(w));
        }
    }
    if (!inRange(config.impactThreshold, 0.0, kMaxScoreValue))
        return error(tr("impact threshold"),
                     QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                         .arg(config.impactThreshold));
    if (!inRange(config.feasibilityThreshold, 0.0, kMaxScoreValue)) {
        return error(tr("feasibility threshold"),
                     QCoreApplication::translate("mlp", "must be within 0 to 10, not %1.")
                         .arg(config.feasibilityThreshold));
    }
    if (!inRange(config.costBase, kMinCostBaseExclusive, kMaxCostBase)
        || config.costBase <= kMinCostBaseExclusive)
        return error(
            tr("cost base"),
            QCoreApplication::translate("mlp", "must be greater than 1 and at most %1, not %2.")
                .arg(number(kMaxCostBase), number(config.costBase)));
    for (int q = 0; q < 4; ++q) {
        if (config.quadrantNames[q].trimmed().isEmpty())
            return error(QCoreApplication::translate("mlp", "quadrant name %1").arg(q + 1),
                         tr("must not be empty."));
        const QString problem = textProblem(config.quadrantNames[q], TextKind::Name);
        if (!problem.isEmpty())
            return error(QCoreApplication::translate("mlp", "quadrant name %1").arg(q + 1),
                         problem);
    }
    if (!inRange(config.readinessGate.minimum, 0.0, kMaxReadinessMinimum))
        return error(tr("readiness minimum"),
                     QCoreApplication::translate("mlp", "must be within 0 to %1, not %2.")
                         .arg(number(kMaxReadinessMinimum), number(config.readinessGate.minimum)));
    return Ok {};
}

Status validatePortfolio(const Portfolio &portfolio)
{
    if (Status name = checkText(tr("portfolio name"), portfolio.name, TextKind::Name); !name)
        return name;
    if (Status config = validateConfig(portfolio.config); !config)
        return config;
    QSet<qint64> ids;
    ids.reserve(portfolio.ideas.size());
    for (const Idea &idea : portfolio.ideas) {
        if (Status valid = validateIdea(idea); !valid)
            return valid;
        if (ids.contains(idea.id))
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "Two ideas have the id %1.").arg(idea.id));
        ids.insert(idea.id);
    }
    return Ok {};
}

QString visibleText(QStringView text, bool keepLineBreaks)
{
    auto replacement = [keepLineBreaks](char16_t u) -> char16_t {
        if (keepLineBreaks && (u == u'\n' || u == u'\t' || u == u'\r'))
            return u;
        if (u < 0x20)
            return char16_t(0x2400 + u); // ␀ … ␟
        if (u == 0x7F)
            return char16_t(0x2421); // ␡
        if (u >= 0x80 && u <= 0x9F)
            return char16_t(0xFFFD);
        return u;
    };
    // Written into a buffer of the final size: a command's whole output (an export of
    // 100,000 ideas is hundreds of megabytes) passes through here.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *to++ = u >= 0xA0 || (u >= 0x20 && u < 0x7F) ? u : replacement(u);
    }
    return out;
}

QString excerpt(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return visibleText(text);
    qsizetype cut = maxChars;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return visibleText(text.first(cut)) + QChar(0x2026);
}

} // namespace mlp
