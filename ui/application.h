#pragma once

class QApplication;

namespace mlp::ui {

// Sets application metadata, opens the file named on the command line (or, on first run, the
// sample portfolio in the user's data folder), shows the main window and runs the event loop.
int runApplication(QApplication &app);

} // namespace mlp::ui
