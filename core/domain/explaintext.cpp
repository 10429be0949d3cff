#include "core/domain/scoreformat.h"
#include "core/domain/scoring.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlp {

namespace {

using Kind = ExplanationLine::Kind;

ExplanationLine contributionLine(const Contribution &c, int indent)
{
    QString text = QCoreApplication::translate("mlp", "%1 points: %2 (answer %3, weight %4)")
                       .arg(formatScore(c.points, 2), questions()[c.question].text,
                            formatFigure(c.answer), formatShare(c.weightShare));
    if (c.spread > 0.0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("mlp", "[raters differ by %1]")
                  .arg(formatFigure(c.spread));
    return { text, indent, Kind::Detail };
}

ExplanationLine coordinateLine(const QString &name, const std::optional<double> &computed)
{
    return {
        computed
            ? QCoreApplication::translate("mlp", "%1: %2 of 10 from the answers")
                  .arg(name, formatScore(*computed))
            : QCoreApplication::translate("mlp", "%1: not scored, no question answered").arg(name),
        0, Kind::Coordinate
    };
}

void appendFeasibility(QList<ExplanationLine> &lines, const Breakdown &breakdown)
{
    lines << coordinateLine(QCoreApplication::translate("mlp", "Feasibility"),
                            breakdown.score.computedFeasibility);
    for (const DriverSummary &d : breakdown.drivers) {
        if (!d.score) {
            lines << ExplanationLine { QCoreApplication::translate(
                                           "mlp", "%1: left out, no question answered")
                                           .arg(groupDisplayName(d.group)),
                                       1, Kind::Detail };
            continue;
        }
        lines << ExplanationLine {
            QCoreApplication::translate("mlp", "%1: %2 of 10, %3 of feasibility")
                .arg(groupDisplayName(d.group), formatScore(*d.score), formatShare(d.weightShare)),
            1, Kind::Detail
        };
        for (const Contribution &c : breakdown.feasibility) {
            if (questions()[c.question].group == d.group)
                lines << contributionLine(c, 2);
        }
    }
}

void appendOverride(QList<ExplanationLine> &lines, const Breakdown &breakdown)
{
    const Score &s = breakdown.score;
    if (!s.impactOverridden && !s.feasibilityOverridden)
        return;
    QStringList parts;
    if (s.impactOverridden)
        parts << QCoreApplication::translate("mlp", "impact %1").arg(formatScore(*s.impact));
    if (s.feasibilityOverridden)
        parts << QCoreApplication::translate("mlp", "feasibility %1")
                     .arg(formatScore(*s.feasibility));
    QString line
        = QCoreApplication::translate("mlp", "Manual override: %1 replaces the computed value.")
              .arg(parts.join(QStringLiteral(", ")));
    if (!breakdown.overrideNote.trimmed().isEmpty())
        line += QLatin1Char(' ')
            + QCoreApplication::translate("mlp", "Note: %1").arg(breakdown.overrideNote.trimmed());
    lines << ExplanationLine { line, 0, Kind::Summary };
}

void appendPlacement(QList<ExplanationLine> &lines, const Score &s, const ScoringConfig &config)
{
    if (s.quadrant == Quadrant::Unscored) {
        lines << ExplanationLine { QCoreApplication::translate("mlp", "Quadrant: %1.")
                                       .arg(quadrantName(s.quadrant, config)),
                                   0, Kind::Summary };
    } else {
        lines << ExplanationLine {
            QCoreApplication::translate(
                "mlp",
                "Quadrant: %1 (impact %2, feasibility %3; thresholds %4 and %5), priority %6.")
                .arg(quadrantName(s.quadrant, config), formatScore(*s.impact),
                     formatScore(*s.feasibility), formatScore(config.impactThreshold),
                     formatScore(config.feasibilityThreshold), formatScore(s.priority, 2)),
            0, Kind::Summary
        };
    }
    if (s.costFactor) {
        lines << ExplanationLine {
            QCoreApplication::translate("mlp",
                                        "Accuracy requirement cost factor: ×%1 (assumption: "
                                        "cost grows by %2× per nine of accuracy).")
                .arg(formatScore(*s.costFactor, 2), formatFigure(config.costBase)),
            0, Kind::Summary
        };
    }
}

} // namespace

QList<ExplanationLine> explanationLines(const Breakdown &breakdown, const ScoringConfig &config)
{
    const Score &s = breakdown.score;
    QList<ExplanationLine> lines;
    lines << coordinateLine(QCoreApplication::translate("mlp", "Impact"), s.computedImpact);
    for (const Contribution &c : breakdown.impact)
        lines << contributionLine(c, 1);
    appendFeasibility(lines, breakdown);
    appendOverride(lines, breakdown);

    if (!breakdown.unanswered.isEmpty()) {
        lines << ExplanationLine { QCoreApplication::translate(
                                       "mlp", "Unanswered, left out rather than counted as zero:"),
                                   0, Kind::Heading };
        for (int i : breakdown.unanswered)
            lines << ExplanationLine { questions()[i].text, 1, Kind::Detail };
    }
    lines << ExplanationLine { QCoreApplication::translate(
                                   "mlp", "Completeness: %1 of %2 questions answered.")
                                   .arg(s.answered)
                                   .arg(kQuestionCount),
                               0, Kind::Summary };
    appendPlacement(lines, s, config);
    return lines;
}

QString explainText(const Breakdown &breakdown, const ScoringConfig &config)
{
    QStringList texts;
    for (const ExplanationLine &line : explanationLines(breakdown, config))
        texts << QString(line.indent * 2, QLatin1Char(' ')) + line.text;
    return texts.join(QLatin1Char('\n'));
}

} // namespace mlp
