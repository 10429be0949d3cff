#pragma once

#include "core/domain/lifecycle.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace mlp::ui {

// What the flow view and the lifecycle tab share: a colour per stage and per outcome, and how a
// stay's length is written.
class FlowStyle
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::FlowStyle)

public:
    // The chart's "Colour by stage" colours, so that a stage looks the same everywhere.
    static QColor stageColor(Stage stage);
    static QColor shippedColor();
    static QColor shelvedColor();
    // "under a day", "1 day", "4.5 days", "37 days": a tenth of a day below ten days, whole
    // days above.
    static QString daysText(qint64 seconds);
    static double days(qint64 seconds);
};

} // namespace mlp::ui
