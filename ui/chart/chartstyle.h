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

// Points are grouped by colour and by size bucket: one scatter series per pair, so that a
// whole group is drawn with one pen and brush and a single point can be replaced in place.
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
    // A point's marker as an image: a circle of `size` pixels filled and outlined.
    static QImage markerImage(double size, const QColor &fill, const QPen &outline);
};

} // namespace mlp::ui
