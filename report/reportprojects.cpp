// A page per project: what it is, how it scored and why, where it is in the lifecycle, its
// metrics and models, its baselines and its readiness.

#include "report/reportbuilder.h"

#include "core/domain/baselines.h"
#include "core/domain/scoreformat.h"

#include <QLocale>

#include <algorithm>

namespace mlp::report {

namespace {

QString directionText(Direction direction)
{
    return direction == Direction::LowerIsBetter
        ? QCoreApplication::translate("mlp::report", "lower is better")
        : QCoreApplication::translate("mlp::report", "higher is better");
}

QString ruleText(const CombineRule &rule)
{
    switch (rule.kind) {
    case CombineKind::WeightedAverage:
        return QCoreApplication::translate("mlp::report",
                                           "Weighted average of the metrics, each by its weight.");
    case CombineKind::Threshold:
        return QCoreApplication::translate(
                   "mlp::report", "Optimise %1; the other metrics only have to meet their bounds.")
            .arg(rule.optimize);
    case CombineKind::Formula:
        return QCoreApplication::translate("mlp::report", "Formula %1 (%2).")
            .arg(rule.formula, directionText(rule.formulaDirection));
    }
    return {};
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? formatFigure(*value, 4) : QStringLiteral("–");
}

} // namespace

void ReportBuilder::projectPage(int index)
{
    const Idea &idea = m_portfolio.ideas.at(index);
    const Score &score = m_scores.at(index);
    m_flow.startPage();
    m_flow.heading(idea.name, Style::Heading, 2);
    QStringList byline { tr("Rank %1 of %2").arg(m_rankOf.at(index)).arg(m_ranked.size()),
                         tr("id %1").arg(idea.id) };
    if (!idea.owner.isEmpty())
        byline.insert(1, tr("owner %1").arg(idea.owner));
    m_flow.paragraph(byline.join(QStringLiteral(" · ")), Style::Small, 0, 0xff4a5866);
    if (!idea.description.trimmed().isEmpty())
        m_flow.paragraph(idea.description);

    // Archetype, key questions and the flywheel.
    const ArchetypeInfo &archetype = archetypeInfo(idea.archetype);
    m_flow.heading(tr("Archetype: %1").arg(archetype.name), Style::Subheading, 2);
    QList<QPair<QString, QString>> answered;
    for (const KeyQuestion &question : archetype.keyQuestions) {
        const QString answer = idea.keyQuestionAnswers.value(question.id).trimmed();
        if (!answer.isEmpty())
            answered.append({ question.text, answer });
    }
    if (answered.isEmpty())
        m_flow.paragraph(tr("No key question of the archetype is answered yet."), Style::Body, 0,
                         0xff4a5866);
    else
        m_flow.facts(answered);
    m_flow.paragraph(flywheelVerdictText(flywheelVerdict(idea.flywheel)));

    projectScoring(idea, score);
    projectLifecycle(idea);
    projectMetrics(idea);
    projectBaselines(idea);

    const ReadinessScore readiness = readinessScore(idea.readiness);
    m_flow.heading(tr("Readiness (ML Test Score)"), Style::Subheading, 2);
    QStringList sections;
    for (ReadinessSection section : kAllReadinessSections)
        sections << tr("%1 %2").arg(
            readinessSectionName(section),
            readinessPointsText(readiness.sections[static_cast<int>(section)]));
    m_flow.facts({ { tr("Score"),
                     tr("%1 of 7 (the lowest section)").arg(readinessPointsText(readiness.score)) },
                   { tr("Weakest section"), weakestSectionsText(readiness) },
                   { tr("Sections (of 7)"), sections.join(QStringLiteral(", ")) } });
}

void ReportBuilder::projectScoring(const Idea &idea, const Score &score)
{
    m_flow.heading(tr("Impact and feasibility"), Style::Subheading, 3);
    const Breakdown breakdown = explain(idea, m_portfolio.config);
    for (const ExplanationLine &line : explanationLines(breakdown, m_portfolio.config)) {
        const bool strong = line.kind == ExplanationLine::Kind::Coordinate
            || line.kind == ExplanationLine::Kind::Heading;
        m_flow.paragraph(line.text, strong ? Style::Body : Style::Small, 12.0 * line.indent,
                         strong ? 0xff000000 : 0xff333d47);
    }
    QList<QPair<QString, QString>> facts;
    if (idea.manualOverride.isSet()) {
        QStringList placed;
        if (idea.manualOverride.impact)
            placed << tr("impact %1").arg(formatScore(*idea.manualOverride.impact));
        if (idea.manualOverride.feasibility)
            placed << tr("feasibility %1").arg(formatScore(*idea.manualOverride.feasibility));
        QString text = placed.join(QStringLiteral(", "));
        if (!idea.manualOverride.note.trimmed().isEmpty())
            text += QStringLiteral(" — ") + idea.manualOverride.note;
        facts.append({ tr("Manual placement"), text });
    }
    if (idea.accuracyRequirement) {
        facts.append({ tr("Accuracy requirement"),
                       tr("%1 (%2 nines)")
                           .arg(formatFigure(*idea.accuracyRequirement, 6),
                                formatFigure(accuracyNines(*idea.accuracyRequirement))) });
        facts.append({ tr("Cost factor"),
                       tr("%1 (cost base %2 to the power of the nines)")
                           .arg(optionalNumber(score.costFactor),
                                formatFigure(m_portfolio.config.costBase)) });
    } else {
        facts.append({ tr("Accuracy requirement"), tr("not set") });
    }
    QStringList raters;
    for (const Rater &rater : idea.raters)
        raters << rater.name;
    facts.append(
        { tr("Raters"), raters.isEmpty() ? tr("none") : raters.join(QStringLiteral(", ")) });
    if (idea.raters.size() > 1)
        facts.append(
            { tr("Spread between raters"),
              tr("impact %1, feasibility %2 (highest minus lowest rater)")
                  .arg(formatScore(score.impactSpread), formatScore(score.feasibilitySpread)) });
    m_flow.facts(facts);
}

void ReportBuilder::projectLifecycle(const Idea &idea)
{
    const Lifecycle &lifecycle = idea.lifecycle;
    m_flow.heading(tr("Stage and lifecycle"), Style::Subheading, 3);
    QList<QPair<QString, QString>> facts {
        { tr("Stage"), stageDisplayName(lifecycle.stage) },
        { tr("Outcome"),
          lifecycle.outcomeReason.trimmed().isEmpty()
              ? outcomeDisplayName(lifecycle.outcome)
              : tr("%1: %2").arg(outcomeDisplayName(lifecycle.outcome), lifecycle.outcomeReason) },
    };
    if (lifecycle.outcome == Outcome::Active) {
        const CurrentStay stay = currentStay(idea, m_analytics, m_now);
        facts.append({ tr("Time in stage"),
                       stay.overP85 ? tr("%1, longer than 85% of the portfolio's finished stays "
                                         "there")
                                          .arg(daysText(stay.seconds))
                                    : daysText(stay.seconds) });
    }
    m_flow.facts(facts);
    if (lifecycle.history.isEmpty()) {
        m_flow.paragraph(tr("No stage move recorded."), Style::Small, 0, 0xff4a5866);
        return;
    }
    QList<QStringList> rows;
    for (const Transition &move : lifecycle.history)
        rows << QStringList { dateTimeText(move.at),
                              move.who,
                              stageShortName(move.from),
                              stageShortName(move.to),
                              move.isBackward() ? tr("back") : tr("forward"),
                              moveReasonText(move) };
    m_flow.table({ { tr("When"), 1.5 },
                   { tr("Who"), 1 },
                   { tr("From"), 0.9 },
                   { tr("To"), 0.9 },
                   { tr("Move"), 0.7 },
                   { tr("Reason"), 3 } },
                 rows);
}

void ReportBuilder::projectMetrics(const Idea &idea)
{
    const ProjectMetrics &metrics = idea.metrics;
    m_flow.heading(tr("Metrics and models"), Style::Subheading, 3);
    if (metrics.metrics.isEmpty()) {
        m_flow.paragraph(tr("No metric defined."), Style::Small, 0, 0xff4a5866);
        return;
    }
    QList<QStringList> rows;
    for (const MetricDef &metric : metrics.metrics)
        rows << QStringList { metric.name, metric.unit, directionText(metric.direction),
                              optionalNumber(metric.bound), formatFigure(metric.weight) };
    m_flow.table({ { tr("Metric"), 2 },
                   { tr("Unit"), 1 },
                   { tr("Direction"), 1.4 },
                   { tr("Bound"), 1, true },
                   { tr("Weight"), 0.8, true } },
                 rows);
    m_flow.paragraph(tr("Combine rule: %1").arg(ruleText(metrics.rule)));
    if (metrics.results.isEmpty()) {
        m_flow.paragraph(tr("No model result recorded."), Style::Small, 0, 0xff4a5866);
        return;
    }
    const auto scores = evaluateModels(metrics);
    if (!scores) {
        m_flow.paragraph(tr("The models cannot be ranked: %1").arg(scores.error().message),
                         Style::Body, 0, 0xffa12622);
        return;
    }
    QList<ModelScore> ordered = *scores;
    std::stable_sort(ordered.begin(), ordered.end(), [](const ModelScore &a, const ModelScore &b) {
        if (a.out != b.out)
            return !a.out;
        return a.rank < b.rank;
    });
    QList<QStringList> models;
    for (const ModelScore &model : ordered) {
        QString note = model.missedBounds.isEmpty()
            ? model.note
            : tr("misses the bound on %1").arg(model.missedBounds.join(QStringLiteral(", ")));
        models << QStringList { model.out ? tr("out") : QString::number(model.rank), model.model,
                                optionalNumber(model.value), note };
    }
    m_flow.table({ { tr("Rank"), 0.7, true },
                   { tr("Model"), 2 },
                   { tr("Combined"), 1, true },
                   { tr("Missed bounds"), 3 } },
                 models);
}

void ReportBuilder::projectBaselines(const Idea &idea)
{
    m_flow.heading(tr("Baselines"), Style::Subheading, 3);
    const MetricDef *metric = nullptr;
    for (const MetricDef &m : idea.metrics.metrics) {
        if (m.name == idea.baselineMetric)
            metric = &m;
    }
    if (idea.baselines.isEmpty() || !metric) {
        m_flow.paragraph(idea.baselines.isEmpty() ? tr("No baseline recorded.")
                                                  : tr("The baselines have no metric chosen."),
                         Style::Small, 0, 0xff4a5866);
        return;
    }
    QList<Baseline> rungs = idea.baselines;
    std::stable_sort(rungs.begin(), rungs.end(), [](const Baseline &a, const Baseline &b) {
        return int(a.kind) < int(b.kind);
    });
    QList<QStringList> rows;
    for (const Baseline &b : rungs)
        rows << QStringList { baselineKindDisplayName(b.kind), b.label, formatFigure(b.value, 4),
                              b.source };
    m_flow.paragraph(tr("On %1 (%2).").arg(metric->name, directionText(metric->direction)));
    m_flow.table({ { tr("Kind"), 1.6 },
                   { tr("Baseline"), 2 },
                   { tr("Value"), 0.8, true },
                   { tr("Source"), 2 } },
                 rows);
    const BaselineAnalysis a
        = analyseBaselines(idea.baselines, *metric, modelsInTheRanking(idea.metrics));
    auto gap = [&](const std::optional<double> &from,
                   const std::optional<double> &to) -> std::optional<double> {
        if (!from || !to)
            return std::nullopt;
        return metric->direction == Direction::LowerIsBetter ? *to - *from : *from - *to;
    };
    QList<QPair<QString, QString>> facts {
        { tr("Target"), optionalNumber(a.target) },
        { tr("Lower bound"),
          a.lowerBoundLabel.isEmpty()
              ? optionalNumber(a.lowerBound)
              : tr("%1 (%2)").arg(optionalNumber(a.lowerBound), a.lowerBoundLabel) },
        { tr("Best model"),
          a.bestModelName.isEmpty()
              ? optionalNumber(a.bestModel)
              : tr("%1 (%2)").arg(optionalNumber(a.bestModel), a.bestModelName) },
        { tr("Gap to the target"), optionalNumber(gap(a.bestModel, a.target)) },
        { tr("Ahead of the lower bound by"), optionalNumber(gap(a.bestModel, a.lowerBound)) },
    };
    m_flow.facts(facts);
    for (const QString &note : a.notes)
        m_flow.paragraph(note, Style::Small, 0, 0xff4a5866);
}

} // namespace mlp::report
