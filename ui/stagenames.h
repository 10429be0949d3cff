#pragma once

#include "domain/lifecycle.h"

#include <QString>

namespace mlp::ui {

// The stage in a word ("Data"), translated, for narrow places: the table's Stage column and the
// Move column of the history. Tooltips there give stageDisplayName() in full.
QString stageShortName(Stage stage);

} // namespace mlp::ui
