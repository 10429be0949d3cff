#pragma once

#include "core/domain/idea.h"
#include "ui/chart/portfoliochartview.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPen>
#include <QString>

namespace mlp::ui {

// Points are grouped by colour and by size bucket: one layer per pair (and shelved or not),
// so that a whole group is stamped from one marker image.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::ChartStyle)

public:
    static constexpr int kSizeBuckets = 4;

    static int colorGroupCount(PortfolioChartView::ColorMode mode);
    static int colorGroupOf(const Idea &idea, PortfolioChartView::ColorMode mode);
    static QColor groupColor(PortfolioChartView::ColorMode mode, int group);
    static QString groupName(PortfolioChartView::ColorMode mode, int group);
    static QString colorModeTitle(PortfolioChartView::ColorMode mode);

    static int sizeBucketCount(PortfolioChartView::SizeMode mode);
    static int sizeBucketOf(const Idea &idea, const Score &score, const ScoringConfig &config,
                            PortfolioChartView::SizeMode mode);
    static double markerSize(PortfolioChartView::SizeMode mode, int bucket);
    static QString sizeBucketName(PortfolioChartView::SizeMode mode, int bucket,
                                  const ScoringConfig &config);
    static QString sizeModeTitle(PortfolioChartView::SizeMode mode);

    static QColor quadrantColor(Quadrant quadrant);
    // A point's marker as an image: a circle of `size` pixels filled and outlined, drawn for
    // a device of `devicePixelRatio` so that it is stamped without resampling.
    static QImage markerImage(double size, const QColor &fill, const QPen &outline,
                              qreal devicePixelRatio);
};

} // namespace mlp::ui
