#include "ui/chart/chartstyle.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace mlp::ui {

namespace {

QString factorText(double value)
{
    return QString::number(value, 'g', 3);
}

// Nines of accuracy that bound each cost bucket: below 1 (under 90 %), 1–2, 2–3, 3 and more.
int costBucket(const Score &score, const ScoringConfig &config)
{
    if (!score.costFactor || *score.costFactor <= 1.0 || config.costBase <= 1.0)
        return 0;
    const double nines = std::log(*score.costFactor) / std::log(config.costBase);
    return std::clamp(static_cast<int>(std::floor(nines + 1e-9)), 0, ChartStyle::kSizeBuckets - 1);
}

int spreadBucket(const Idea &idea, const Score &score)
{
    if (idea.raters.size() < 2)
        return 0;
    const double spread = std::max(score.impactSpread, score.feasibilitySpread);
    if (spread < 1.0)
        return 1;
    if (spread < 3.0)
        return 2;
    return 3;
}

} // namespace

int ChartStyle::colorGroupCount(PortfolioChartView::ColorMode mode)
{
    return mode == PortfolioChartView::ColorMode::Archetype ? kArchetypeCount : kStageCount;
}

int ChartStyle::colorGroupOf(const Idea &idea, PortfolioChartView::ColorMode mode)
{
    const int group = mode == PortfolioChartView::ColorMode::Archetype
        ? static_cast<int>(idea.archetype)
        : static_cast<int>(idea.lifecycle.stage);
    return std::clamp(group, 0, colorGroupCount(mode) - 1);
}

QColor ChartStyle::groupColor(PortfolioChartView::ColorMode mode, int group)
{
    // Colour-blind safe (Okabe–Ito) hues, distinct between the two modes.
    static const std::array<QColor, kArchetypeCount> archetypes { QColor(0x00, 0x72, 0xB2),
                                                                  QColor(0xE6, 0x9F, 0x00),
                                                                  QColor(0xCC, 0x4C, 0x8C) };
    static const std::array<QColor, kStageCount> stages { QColor(0x77, 0x77, 0x99),
                                                          QColor(0x00, 0x9E, 0x73),
                                                          QColor(0xD5, 0x5E, 0x00),
                                                          QColor(0x56, 0xB4, 0xE9) };
    if (mode == PortfolioChartView::ColorMode::Archetype)
        return archetypes[static_cast<size_t>(std::clamp(group, 0, kArchetypeCount - 1))];
    return stages[static_cast<size_t>(std::clamp(group, 0, kStageCount - 1))];
}

QString ChartStyle::groupName(PortfolioChartView::ColorMode mode, int group)
{
    if (mode == PortfolioChartView::ColorMode::Archetype)
        return archetypeInfo(static_cast<Archetype>(group)).name;
    return stageDisplayName(static_cast<Stage>(group));
}

QString ChartStyle::colorModeTitle(PortfolioChartView::ColorMode mode)
{
    return mode == PortfolioChartView::ColorMode::Archetype ? tr("Colour: archetype")
                                                            : tr("Colour: stage");
}

int ChartStyle::sizeBucketCount(PortfolioChartView::SizeMode mode)
{
    return mode == PortfolioChartView::SizeMode::Uniform ? 1 : ChartStyle::kSizeBuckets;
}

int ChartStyle::sizeBucketOf(const Idea &idea, const Score &score, const ScoringConfig &config,
                             PortfolioChartView::SizeMode mode)
{
    switch (mode) {
    case PortfolioChartView::SizeMode::Uniform:
        return 0;
    case PortfolioChartView::SizeMode::EstimatedCost:
        return costBucket(score, config);
    case PortfolioChartView::SizeMode::RaterSpread:
        return spreadBucket(idea, score);
    }
    return 0;
}

double ChartStyle::markerSize(PortfolioChartView::SizeMode mode, int bucket)
{
    static const std::array<double, ChartStyle::kSizeBuckets> sizes { 7.0, 10.0, 14.0, 19.0 };
    if (mode == PortfolioChartView::SizeMode::Uniform)
        return 9.0;
    return sizes[static_cast<size_t>(std::clamp(bucket, 0, ChartStyle::kSizeBuckets - 1))];
}

QString ChartStyle::sizeBucketName(PortfolioChartView::SizeMode mode, int bucket,
                                   const ScoringConfig &config)
{
    switch (mode) {
    case PortfolioChartView::SizeMode::Uniform:
        return tr("every idea");
    case PortfolioChartView::SizeMode::EstimatedCost: {
        const double b = config.costBase;
        switch (bucket) {
        case 0:
            return tr("cost < ×%1 or no accuracy target").arg(factorText(b));
        case 1:
            return tr("cost ×%1–%2").arg(factorText(b), factorText(b * b));
        case 2:
            return tr("cost ×%1–%2").arg(factorText(b * b), factorText(b * b * b));
        default:
            return tr("cost ≥ ×%1").arg(factorText(b * b * b));
        }
    }
    case PortfolioChartView::SizeMode::RaterSpread:
        switch (bucket) {
        case 0:
            return tr("one rater");
        case 1:
            return tr("raters agree (spread < 1)");
        case 2:
            return tr("spread 1–3");
        default:
            return tr("spread ≥ 3");
        }
    }
    return {};
}

QString ChartStyle::sizeModeTitle(PortfolioChartView::SizeMode mode)
{
    switch (mode) {
    case PortfolioChartView::SizeMode::Uniform:
        return tr("Size: uniform");
    case PortfolioChartView::SizeMode::EstimatedCost:
        return tr("Size: estimated cost (accuracy requirement)");
    case PortfolioChartView::SizeMode::RaterSpread:
        return tr("Size: disagreement between raters");
    }
    return {};
}

QImage ChartStyle::markerImage(double size, const QColor &fill, const QPen &outline,
                               qreal devicePixelRatio)
{
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const int side = std::max(1, static_cast<int>(std::ceil(size)));
    const int pixels = std::max(1, static_cast<int>(std::ceil(side * ratio)));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pixels / qreal(side), pixels / qreal(side));
    QPen pen = outline;
    pen.setCosmetic(false);
    painter.setPen(pen);
    painter.setBrush(fill);
    const double inset = pen.widthF() / 2;
    painter.drawEllipse(QRectF(inset, inset, side - 2 * inset, side - 2 * inset));
    painter.end();
    image.setDevicePixelRatio(pixels / qreal(side));
    return image;
}

QColor ChartStyle::quadrantColor(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::DoFirst:
        return QColor(0x2E, 0xA0, 0x43, 30);
    case Quadrant::BigBet:
        return QColor(0xE6, 0x9F, 0x00, 30);
    case Quadrant::SmallWin:
        return QColor(0x00, 0x72, 0xB2, 24);
    case Quadrant::Avoid:
        return QColor(0x80, 0x80, 0x80, 30);
    case Quadrant::Unscored:
        break;
    }
    return QColor(Qt::transparent);
}

} // namespace mlp::ui
