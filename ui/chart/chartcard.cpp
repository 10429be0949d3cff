#include "ui/chart/chartcard.h"

#include "core/domain/scoreformat.h"
#include "ui/document/document.h"

namespace mlp::ui {

namespace {

ChartToolTip::Style styleFor(ExplanationLine::Kind kind)
{
    switch (kind) {
    case ExplanationLine::Kind::Coordinate:
        return ChartToolTip::Style::Strong;
    case ExplanationLine::Kind::Heading:
        return ChartToolTip::Style::Heading;
    case ExplanationLine::Kind::Detail:
    case ExplanationLine::Kind::Summary:
        break;
    }
    return ChartToolTip::Style::Normal;
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
        QString text = title + QStringLiteral(" ") + formatScore(value, tr("–"));
        if (overridden) {
            text += QStringLiteral(" ")
                + (computed
                       ? tr("(placed by hand; the answers give %1)").arg(formatScore(*computed))
                       : tr("(placed by hand)"));
        }
        return { text, Style::Strong, 0 };
    };
    lines.append(
        coordinate(tr("Impact"), score->impact, score->impactOverridden, score->computedImpact));
    lines.append(coordinate(tr("Feasibility"), score->feasibility, score->feasibilityOverridden,
                            score->computedFeasibility));
    if (item->raters.size() >= 2) {
        lines.append(
            { tr("%1 raters · spread: impact %2, feasibility %3")
                  .arg(item->raters.size())
                  .arg(formatScore(score->impactSpread), formatScore(score->feasibilitySpread)),
              Style::Normal, 0 });
    }
    // The breakdown as `explain` prints it, built once in the core.
    for (const ExplanationLine &line : explanationLines(explain(*item, config), config))
        lines.append({ line.text, styleFor(line.kind), line.indent });
    return lines;
}

} // namespace mlp::ui
