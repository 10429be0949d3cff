#include "stagenames.h"

#include <QCoreApplication>

namespace mlp::ui {

QString stageShortName(Stage stage)
{
    switch (stage) {
    case Stage::Planning:
        return QCoreApplication::translate("mlp::ui::StageNames", "Planning", "stage, short");
    case Stage::Data:
        return QCoreApplication::translate("mlp::ui::StageNames", "Data", "stage, short");
    case Stage::Training:
        return QCoreApplication::translate("mlp::ui::StageNames", "Training", "stage, short");
    case Stage::Deploying:
        return QCoreApplication::translate("mlp::ui::StageNames", "Deploying", "stage, short");
    }
    return stageDisplayName(stage);
}

} // namespace mlp::ui
