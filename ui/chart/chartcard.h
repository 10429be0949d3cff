#pragma once

#include "ui/chart/charttooltip.h"

#include <QCoreApplication>
#include <QList>

namespace mlp::ui {

class Document;

// The hover card's text for one idea: where it sits, why (the answers behind each coordinate),
// and whether it was placed by hand.
class ChartCard
{
    // The chart's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::PortfolioChartView)

public:
    static QList<ChartToolTip::Line> forIdea(const Document &doc, qint64 id);
};

} // namespace mlp::ui
