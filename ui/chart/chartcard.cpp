#include "ui/chart/chartcard.h"

#include "ui/document/document.h"

namespace mlp::ui {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

QString elided(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    return text.left(chars - 1) + QChar(0x2026);
}

} // namespace

QList<ChartToolTip::Line> ChartCard::forIdea(const Document &doc, qint64 id)
{
    using Style = ChartToolTip::Style;
    const Idea *item = doc.idea(id);
    const Score *score = doc.scoreFor(id);
    if (!item || !score)
        return {};
    const ScoringConfig &config = doc.portfolio().config;
    const Breakdown b = explain(*item, config);
    QList<ChartToolTip::Line> lines;
    lines.append({ elided(item->name, 70), Style::Title, 0 });
    lines.append({ tr("%1 · rank %2 of %3")
                       .arg(quadrantName(score->quadrant, config))
                       .arg(doc.rankOf(id))
                       .arg(doc.portfolio().ideas.size()),
                   Style::Strong, 0 });
    QString kind = archetypeInfo(item->archetype).name + QStringLiteral(" · ")
        + stageDisplayName(item->lifecycle.stage);
    if (item->lifecycle.outcome != Outcome::Active)
        kind += QStringLiteral(" · ") + outcomeDisplayName(item->lifecycle.outcome);
    lines.append({ kind, Style::Dim, 0 });

    auto coordinate = [&](const QString &title, const std::optional<double> &value, bool overridden,
                          const std::optional<double> &computed) -> ChartToolTip::Line {
        QString text = title + QStringLiteral(" ") + (value ? number(*value) : tr("–"));
        if (overridden) {
            text += QStringLiteral(" ")
                + (computed ? tr("(placed by hand; the answers give %1)").arg(number(*computed))
                            : tr("(placed by hand)"));
        }
        return { text, Style::Strong, 0 };
    };
    lines.append(
        coordinate(tr("Impact"), score->impact, score->impactOverridden, score->computedImpact));
    lines.append(coordinate(tr("Feasibility"), score->feasibility, score->feasibilityOverridden,
                            score->computedFeasibility));
    if (score->impactOverridden || score->feasibilityOverridden) {
        lines.append(
            { tr("Manual placement: %1")
                  .arg(b.overrideNote.isEmpty() ? tr("no note") : elided(b.overrideNote, 70)),
              Style::Normal, 0 });
    }

    const auto &catalogue = questions();
    auto answerLine = [&](const Contribution &c, int indent) -> ChartToolTip::Line {
        const Question &question = catalogue[static_cast<size_t>(c.question)];
        return { tr("%1  %2 → +%3")
                     .arg(elided(question.text, 60), number(c.answer),
                          QString::number(c.points, 'f', 2)),
                 Style::Normal, indent };
    };
    lines.append({ tr("Impact from the answers (answer → points)"), Style::Heading, 0 });
    for (const Contribution &c : b.impact) {
        if (c.question >= 0 && c.question < kQuestionCount)
            lines.append(answerLine(c, 1));
    }
    lines.append({ tr("Feasibility from the answers"), Style::Heading, 0 });
    for (const DriverSummary &driver : b.drivers) {
        lines.append({ tr("%1 %2 (%3 % of feasibility)")
                           .arg(groupDisplayName(driver.group),
                                driver.score ? number(*driver.score) : tr("–"))
                           .arg(qRound(driver.weightShare * 100)),
                       Style::Normal, 1 });
        for (const Contribution &c : b.feasibility) {
            if (c.question >= 0 && c.question < kQuestionCount
                && catalogue[static_cast<size_t>(c.question)].group == driver.group)
                lines.append(answerLine(c, 2));
        }
    }
    if (score->costFactor) {
        lines.append({ tr("The accuracy target multiplies cost by %1")
                           .arg(QString::number(*score->costFactor, 'g', 3)),
                       Style::Normal, 0 });
    }
    if (item->raters.size() >= 2) {
        lines.append({ tr("%1 raters · spread: impact %2, feasibility %3")
                           .arg(item->raters.size())
                           .arg(number(score->impactSpread), number(score->feasibilitySpread)),
                       Style::Normal, 0 });
    }
    if (!b.unanswered.isEmpty()) {
        lines.append({ tr("%n question(s) unanswered (left out, not counted as zero)", nullptr,
                          static_cast<int>(b.unanswered.size())),
                       Style::Dim, 0 });
    }
    return lines;
}

} // namespace mlp::ui
