// The portfolio's lifecycle analytics and the glossary with the assumptions behind the numbers.

#include "report/reportbuilder.h"

#include "core/domain/scoreformat.h"

#include <QLocale>

#include <algorithm>

namespace mlp::report {

namespace {

QString durationText(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const qint64 total = *seconds;
    if (total < 86400) {
        const int hours = int(total / 3600);
        return QCoreApplication::translate("mlp::report", "%n hours", nullptr, hours);
    }
    return ReportBuilder::daysText(*seconds);
}

} // namespace

void ReportBuilder::lifecycle()
{
    m_flow.startPage();
    m_flow.heading(tr("Lifecycle analytics"));
    m_flow.paragraph(tr("Replayed from every recorded move up to %1: %n forward moves, ", nullptr,
                        m_analytics.forwardMoves)
                         .arg(dateTimeText(m_now))
                     + tr("%n backward moves; ", nullptr, m_analytics.backwardMoves)
                     + tr("%n projects shipped, ", nullptr, m_analytics.shipped)
                     + tr("%n shelved.", nullptr, m_analytics.shelved));

    m_flow.heading(tr("Projects per stage and time in stage"), Style::Subheading);
    QList<QStringList> rows;
    for (Stage stage : kAllStages) {
        const StageTime &time = m_analytics.time[static_cast<int>(stage)];
        rows << QStringList { stageDisplayName(stage),
                              QLocale().toString(m_analytics.activeNow[static_cast<int>(stage)]),
                              QLocale().toString(time.visits),
                              QLocale().toString(time.finishedVisits),
                              durationText(time.medianSeconds),
                              durationText(time.p85Seconds) };
    }
    m_flow.table({ { tr("Stage"), 2.6 },
                   { tr("Active now"), 1, true },
                   { tr("Visits"), 0.8, true },
                   { tr("Finished"), 0.9, true },
                   { tr("Median stay"), 1.1, true },
                   { tr("85th percentile"), 1.2, true } },
                 rows);

    m_flow.heading(tr("Backward moves by stage pair"), Style::Subheading);
    if (m_analytics.backwardByPair.isEmpty()) {
        m_flow.paragraph(tr("No project has moved back a stage."));
    } else {
        QList<QStringList> pairs;
        for (auto it = m_analytics.backwardByPair.cbegin(); it != m_analytics.backwardByPair.cend();
             ++it) {
            QStringList reasons;
            for (const BackwardReasonCount &reason : m_analytics.reasonsByPair.value(it.key()))
                reasons << tr("%1 (%2)").arg(backwardReasonText(reason.key)).arg(reason.count);
            pairs << QStringList { stageShortName(it.key().first), stageShortName(it.key().second),
                                   QLocale().toString(it.value()),
                                   reasons.join(QStringLiteral("; ")) };
        }
        m_flow.table({ { tr("From"), 1 },
                       { tr("To"), 1 },
                       { tr("Moves"), 0.7, true },
                       { tr("Reasons"), 5 } },
                     pairs);

        QMap<QString, int> byReason;
        for (const QList<BackwardReasonCount> &reasons : m_analytics.reasonsByPair)
            for (const BackwardReasonCount &reason : reasons)
                byReason[reason.key] += reason.count;
        QList<QPair<QString, int>> sorted;
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
            sorted.append({ it.key(), it.value() });
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QList<QStringList> reasonRows;
        for (const auto &[key, count] : sorted)
            reasonRows << QStringList { backwardReasonText(key), QLocale().toString(count) };
        m_flow.heading(tr("Backward moves by reason"), Style::Subheading);
        m_flow.table({ { tr("Reason"), 5 }, { tr("Moves"), 0.7, true } }, reasonRows);
    }
}

void ReportBuilder::glossary()
{
    const ScoringConfig &config = m_portfolio.config;
    m_flow.startPage();
    m_flow.heading(tr("Glossary and assumptions"));
    m_flow.facts({
        { tr("Impact"),
          tr("0–10: the weighted mean of the raters' aggregated answers to the impact questions, "
             "each answer 1–5 mapped to 0–10. Unanswered questions are left out, not counted as "
             "zero.") },
        { tr("Feasibility"),
          tr("0–10, higher is cheaper and easier: the weighted mean of three cost drivers — data "
             "availability, accuracy requirement and problem difficulty.") },
        { tr("Priority"),
          tr("The geometric mean of impact and feasibility; the ranking orders by it.") },
        { tr("Quadrant"),
          tr("Where impact and feasibility fall against the thresholds: %1 (both high), %2 (high "
             "impact), %3 (high feasibility), %4 (neither).")
              .arg(quadrantName(Quadrant::DoFirst, config), quadrantName(Quadrant::BigBet, config),
                   quadrantName(Quadrant::SmallWin, config),
                   quadrantName(Quadrant::Avoid, config)) },
        { tr("Complete"),
          tr("The share of the %1 scoring questions answered by at least one "
             "rater.")
              .arg(kQuestionCount) },
        { tr("Spread"),
          tr("The highest minus the lowest rater's own coordinate: how much the "
             "raters disagree.") },
        { tr("Manual placement"),
          tr("A coordinate set by hand, with a note; it replaces the computed one on the chart "
             "and in the ranking, and the computed value is kept beside it.") },
        { tr("Accuracy requirement and cost factor"),
          tr("The accuracy the project needs, e.g. 0.99; its nines are −log10(1 − accuracy), "
             "and the cost factor is the cost base to the power of the nines.") },
        { tr("Days in stage"),
          tr("How long an active project has been in its current stage, replayed from its "
             "recorded moves.") },
        { tr("85th percentile"),
          tr("The stay in a stage that 85% of the portfolio's finished stays there did not "
             "exceed. A project longer in its stage looks stuck (once the stage has %n finished "
             "stays).",
             nullptr, m_analytics.minimumStays) },
        { tr("Backward move"),
          tr("A move to an earlier stage, with a catalogued trigger or a reason in words.") },
        { tr("Best model"),
          tr("The best model the project's combine rule still ranks on its chosen metric; a "
             "model that misses a metric's bound is out.") },
        { tr("Target and lower bound"),
          tr("The target is the requirement baseline; the lower bound is the best other "
             "baseline (a published result counts only when checked as a fair comparison).") },
        { tr("Readiness score"),
          tr("The ML Test Score: 28 tests in four sections of seven, each 0, 0.5 (by hand) or 1 "
             "(automated); a section's score is its sum, the project's the lowest section.") },
    });

    m_flow.heading(tr("Assumptions of this portfolio"), Style::Subheading);
    QStringList drivers;
    for (int d = 0; d < kDriverCount; ++d)
        drivers << tr("%1 %2").arg(groupDisplayName(static_cast<QuestionGroup>(d + 1)),
                                   formatFigure(config.driverWeights[d]));
    QStringList changedWeights;
    for (int q = 0; q < kQuestionCount; ++q) {
        if (config.questionWeights[q] != 1.0)
            changedWeights << tr("%1 %2").arg(questions()[q].id,
                                              formatFigure(config.questionWeights[q]));
    }
    QList<QPair<QString, QString>> facts {
        { tr("Driver weights"), drivers.join(QStringLiteral(", ")) },
        { tr("Question weights"),
          changedWeights.isEmpty()
              ? tr("1 for every question")
              : tr("1 except %1").arg(changedWeights.join(QStringLiteral(", "))) },
        { tr("Thresholds"),
          tr("impact %1, feasibility %2")
              .arg(formatScore(config.impactThreshold), formatScore(config.feasibilityThreshold)) },
        { tr("Cost base"), formatFigure(config.costBase) },
        { tr("Raters' answers combined by"),
          config.aggregation == Aggregation::Median ? tr("the median") : tr("the mean") },
        { tr("Readiness gate"),
          config.readinessGate.gatesDeploying
              ? tr("moving to deploying needs a readiness score of at least %1")
                    .arg(readinessPointsText(config.readinessGate.minimum))
              : tr("off (a low score only warns)") },
    };
    m_flow.facts(facts);
}

} // namespace mlp::report
